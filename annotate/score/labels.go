package score

import "whosaid/annotate"

// marker judges the labels of a student claim against a key claim.
type marker struct {
	key     *keySide
	student *studentSide
	// names: student speaker id → the one key speaker its name may
	// stand for (names.SamePerson), "" if none or several; filled as
	// needed, since exact names settle most claims.
	names map[string]string
}

type verdicts struct{ speaker, attribution, kind Verdict }

func (v verdicts) rightCount() int {
	n := 0
	for _, x := range []Verdict{v.speaker, v.attribution, v.kind} {
		if x == Right {
			n++
		}
	}
	return n
}

// verdicts: the speaker is right when the student's speaker's name folds
// to the key speaker's name, an alias or the title, or stands for that
// key speaker and no other (Lavrov, S. Lavrov → Sergei Lavrov; WHO → World
// Health Organization; not Smith when the key has two Smiths), or when
// both leave the claim unattributed (a student speaker id that names no
// speaker counts as unattributed). Type and kind are right when equal; an
// empty key label is not scored.
func (m *marker) verdicts(k, s annotate.Claim) verdicts {
	var v verdicts
	folded, attributed := m.student.folded[s.SpeakerID]
	switch {
	case k.SpeakerID == "":
		v.speaker = verdictOf(!attributed)
	case !attributed:
		v.speaker = Wrong
	default:
		v.speaker = verdictOf(m.key.names[k.SpeakerID][folded] || m.standsFor(s.SpeakerID) == k.SpeakerID)
	}
	if k.Attribution != "" {
		v.attribution = verdictOf(s.Attribution == k.Attribution)
	}
	if k.Kind != "" {
		v.kind = verdictOf(s.Kind == k.Kind)
	}
	return v
}

func verdictOf(ok bool) Verdict {
	if ok {
		return Right
	}
	return Wrong
}

func (m *marker) keyName(id string) string     { return m.key.speakers[id].Name }
func (m *marker) studentName(id string) string { return m.student.speakers[id].Name }
