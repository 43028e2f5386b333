package suggest

import "whosaid/annotate"

// ToSet makes an annotation set of the suggestions (all of them, or only
// the high-confidence ones), for the command line and for "accept all".
// Low-confidence claims are tagged "low-confidence" so a reviewer finds them.
func ToSet(doc annotate.Document, r Result, highOnly bool) *annotate.Set {
	s := annotate.NewSet(doc)
	used := map[string]bool{}
	for _, sg := range r.Suggestions {
		if highOnly && !sg.High() {
			continue
		}
		c := sg.Claim
		if !sg.High() {
			c.Tags = append(c.Tags, "low-confidence")
		}
		used[c.SpeakerID] = true
		s.Claims = append(s.Claims, c)
	}
	for _, sp := range r.Speakers {
		if used[sp.ID] {
			s.Speakers = append(s.Speakers, sp)
		}
	}
	return s
}
