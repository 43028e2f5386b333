package annotate

import (
	"fmt"
	"strings"
)

// validateSpeakers checks the speakers and returns the set of their ids for
// the claims' references.
func validateSpeakers(ps *Problems, speakers []Speaker) map[string]bool {
	if len(speakers) > MaxSpeakers {
		ps.Add("speakers", "%d speakers is more than the limit of %d", len(speakers), MaxSpeakers)
	}
	ids := make(map[string]bool, len(speakers))
	first := make(map[string]int, len(speakers))
	for i, sp := range speakers {
		p := fmt.Sprintf("speakers[%d]", i)
		checkID(ps, p+".id", sp.ID)
		if j, dup := first[sp.ID]; dup && sp.ID != "" {
			ps.Add(p+".id", "%q is also the id of speakers[%d]", clip(sp.ID), j)
		} else {
			first[sp.ID] = i
		}
		ids[sp.ID] = true
		if strings.TrimSpace(sp.Name) == "" {
			ps.Add(p+".name", "missing")
		}
		checkField(ps, p+".name", sp.Name)
		// Empty is "not chosen yet", as for claim labels.
		if sp.Kind != "" && !validSpeakerKind(sp.Kind) {
			ps.Add(p+".kind", "%q is not a speaker kind (want one of %s)", clip(string(sp.Kind)), listOf(SpeakerKinds))
		}
		checkField(ps, p+".title", sp.Title)
		checkField(ps, p+".affiliation", sp.Affiliation)
		if len(sp.Aliases) > MaxAliases {
			ps.Add(p+".aliases", "%d aliases is more than the limit of %d", len(sp.Aliases), MaxAliases)
		}
		for k, a := range sp.Aliases {
			ap := fmt.Sprintf("%s.aliases[%d]", p, k)
			if strings.TrimSpace(a) == "" {
				ps.Add(ap, "empty alias")
			}
			checkField(ps, ap, a)
		}
	}
	return ids
}

// checkID: ids are non-empty, bounded, and free of surrounding white space
// (which would make two ids look the same).
func checkID(ps *Problems, path, id string) {
	switch {
	case id == "":
		ps.Add(path, "missing")
	case strings.TrimSpace(id) != id:
		ps.Add(path, "%q starts or ends with white space", clip(id))
	}
	checkField(ps, path, id)
}

func validSpeakerKind(k SpeakerKind) bool {
	for _, v := range SpeakerKinds {
		if k == v {
			return true
		}
	}
	return false
}
