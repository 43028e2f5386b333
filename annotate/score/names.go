package score

import (
	"whosaid/annotate"
	"whosaid/annotate/names"
)

// speakerNames is every folded name by which a key speaker may be called:
// its name, aliases and title.
func speakerNames(sp annotate.Speaker) map[string]bool {
	out := map[string]bool{}
	for _, n := range append([]string{sp.Name, sp.Title}, sp.Aliases...) {
		if f := names.Fold(n); f != "" {
			out[f] = true
		}
	}
	return out
}

// standsFor is the key speaker the student's speaker's name may stand for
// (names.SamePerson with the key speaker's name or an alias), when it is
// exactly one: a name that fits two key speakers (Smith, for John and
// Mary Smith; or a name made of both) names neither.
func (m *marker) standsFor(studentID string) string {
	if id, ok := m.names[studentID]; ok {
		return id
	}
	name := m.student.speakers[studentID].Name
	found, n := "", 0
	for id, sp := range m.key.speakers {
		if n < 2 && mayName(sp, name) {
			found, n = id, n+1
		}
	}
	if n != 1 {
		found = ""
	}
	if m.names == nil {
		m.names = map[string]string{}
	}
	m.names[studentID] = found
	return found
}

// mayName tells whether name may stand for the speaker: its name or one
// of its aliases (a title such as "spokesperson" is matched only whole).
func mayName(sp annotate.Speaker, name string) bool {
	if names.SamePerson(name, sp.Name) {
		return true
	}
	for _, a := range sp.Aliases {
		if names.SamePerson(name, a) {
			return true
		}
	}
	return false
}
