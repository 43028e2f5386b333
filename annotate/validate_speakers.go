package annotate

import (
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
		p := rootItem("speakers", i)
		checkIDAt(ps, p.field("id"), sp.ID)
		if j, dup := first[sp.ID]; dup && sp.ID != "" {
			ps.addAt(p.field("id"), "%q is also the id of speakers[%d]", clip(sp.ID), j)
		} else {
			first[sp.ID] = i
		}
		ids[sp.ID] = true
		if strings.TrimSpace(sp.Name) == "" {
			ps.addAt(p.field("name"), "missing")
		}
		checkFieldAt(ps, p.field("name"), sp.Name)
		// Empty is "not chosen yet", as for claim labels.
		if sp.Kind != "" && !validSpeakerKind(sp.Kind) {
			ps.addAt(p.field("kind"), "%q is not a speaker kind (want one of %s)", clip(string(sp.Kind)), listOf(SpeakerKinds))
		}
		checkFieldAt(ps, p.field("title"), sp.Title)
		checkFieldAt(ps, p.field("affiliation"), sp.Affiliation)
		if len(sp.Aliases) > MaxAliases {
			ps.addAt(p.field("aliases"), "%d aliases is more than the limit of %d", len(sp.Aliases), MaxAliases)
		}
		for k, a := range sp.Aliases {
			ap := p.item("aliases", k)
			if strings.TrimSpace(a) == "" {
				ps.addAt(ap, "empty alias")
			}
			checkFieldAt(ps, ap, a)
		}
	}
	return ids
}

// checkID: ids are non-empty, bounded, and free of surrounding white space
// (which would make two ids look the same).
func checkID(ps *Problems, path, id string) { checkIDAt(ps, rootPath(path), id) }

func checkIDAt(ps *Problems, p fieldPath, id string) {
	switch {
	case id == "":
		ps.addAt(p, "missing")
	case strings.TrimSpace(id) != id:
		ps.addAt(p, "%q starts or ends with white space", clip(id))
	}
	checkFieldAt(ps, p, id)
}

func validSpeakerKind(k SpeakerKind) bool {
	for _, v := range SpeakerKinds {
		if k == v {
			return true
		}
	}
	return false
}
