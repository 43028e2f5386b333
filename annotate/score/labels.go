package score

import "whosaid/annotate"

// marker judges the labels of a student claim against a key claim.
type marker struct {
	keySpeakers     map[string]annotate.Speaker
	keyNames        map[string]map[string]bool // key speaker id → folded names
	studentSpeakers map[string]annotate.Speaker
}

func newMarker(key Key, student *annotate.Set) *marker {
	m := &marker{
		keySpeakers:     map[string]annotate.Speaker{},
		keyNames:        map[string]map[string]bool{},
		studentSpeakers: map[string]annotate.Speaker{},
	}
	for _, sp := range key.Speakers {
		m.keySpeakers[sp.ID] = sp
		m.keyNames[sp.ID] = speakerNames(sp)
	}
	for _, sp := range student.Speakers {
		m.studentSpeakers[sp.ID] = sp
	}
	return m
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
// to the key speaker's name, an alias or the title, or when both leave the
// claim unattributed (a student speaker id that names no speaker counts as
// unattributed). Type and kind are right when equal; an empty key label is
// not scored.
func (m *marker) verdicts(k, s annotate.Claim) verdicts {
	var v verdicts
	ssp, attributed := m.studentSpeakers[s.SpeakerID]
	switch {
	case k.SpeakerID == "":
		v.speaker = verdictOf(!attributed)
	case !attributed:
		v.speaker = Wrong
	default:
		v.speaker = verdictOf(m.keyNames[k.SpeakerID][foldName(ssp.Name)])
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

func (m *marker) keyName(id string) string     { return m.keySpeakers[id].Name }
func (m *marker) studentName(id string) string { return m.studentSpeakers[id].Name }
