package summary

import "whosaid/annotate"

// Group is one speaker and their claims, in document order.
type Group struct {
	Speaker annotate.Speaker // zero for the unattributed claims
	Claims  []annotate.Claim
}

// Groups groups the claims by speaker: speakers in the order of their
// first claim in the text, the unattributed claims last, speakers without
// claims left out.
func Groups(s *annotate.Set) []Group {
	var groups []Group
	at := map[string]int{}
	var none []annotate.Claim
	for _, c := range s.SortedClaims() {
		sp, ok := s.Speaker(c.SpeakerID)
		if !ok {
			none = append(none, c)
			continue
		}
		i, seen := at[sp.ID]
		if !seen {
			i = len(groups)
			at[sp.ID] = i
			groups = append(groups, Group{Speaker: *sp})
		}
		groups[i].Claims = append(groups[i].Claims, c)
	}
	if len(none) > 0 {
		groups = append(groups, Group{Claims: none})
	}
	return groups
}
