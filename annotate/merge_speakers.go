package annotate

import "slices"

// mergeSpeakerLists is the three-way merge of the speaker lists, speaker by
// speaker and field by field; a speaker that a kept claim or one of its
// versions names is never dropped.
func mergeSpeakerLists(base *Set, mine []Speaker, theirs *Set, claims []Claim, rep *MergeReport) []Speaker {
	named := map[string]bool{}
	for i := range claims {
		named[claims[i].SpeakerID] = true
		for _, v := range claims[i].Conflicts {
			if v.Field == FieldSpeaker {
				named[v.SpeakerID] = true
			}
		}
	}
	baseS, theirS := speakerMap(base.Speakers), speakerMap(theirs.Speakers)
	mineS := speakerMap(mine)
	out := make([]Speaker, 0, len(mine)+len(theirs.Speakers))
	for _, m := range mine {
		b, inBase := baseS[m.ID]
		t, inTheirs := theirS[m.ID]
		switch {
		case inTheirs:
			var bp *Speaker
			if inBase {
				bp = &b
			}
			out = append(out, mergeSpeaker(bp, m, t, rep))
		case inBase && sameSpeaker(m, b) && !named[m.ID]:
			rep.Speakers++ // deleted there, untouched here
		default:
			out = append(out, m)
		}
	}
	for _, t := range theirs.Speakers {
		if _, ok := mineS[t.ID]; ok {
			continue
		}
		b, inBase := baseS[t.ID]
		if inBase && sameSpeaker(t, b) && !named[t.ID] {
			continue // deleted here, unchanged there
		}
		out = append(out, cloneSpeaker(t))
		rep.Speakers++
	}
	return out
}

// mergeSpeaker merges a speaker both sides have (b: the base's, or nil):
// a field changed on one side takes that side; on both, mine applies and
// their name is kept as an alias; aliases merge as a set.
func mergeSpeaker(b *Speaker, m, t Speaker, rep *MergeReport) Speaker {
	if sameSpeaker(m, t) {
		return m
	}
	out := cloneSpeaker(m)
	both := false
	pick := func(mine, theirs string, base func(Speaker) string) string {
		switch {
		case mine == theirs:
		case b != nil && mine == base(*b):
			return theirs
		case b != nil && theirs == base(*b):
		default:
			both = true
		}
		return mine
	}
	out.Name = pick(m.Name, t.Name, func(s Speaker) string { return s.Name })
	out.Kind = SpeakerKind(pick(string(m.Kind), string(t.Kind), func(s Speaker) string { return string(s.Kind) }))
	out.Title = pick(m.Title, t.Title, func(s Speaker) string { return s.Title })
	out.Affiliation = pick(m.Affiliation, t.Affiliation, func(s Speaker) string { return s.Affiliation })
	var baseAliases []string
	if b != nil {
		baseAliases = b.Aliases
	}
	out.Aliases = mergeStrings(baseAliases, m.Aliases, t.Aliases)
	if len(out.Aliases) > MaxAliases {
		out.Aliases = out.Aliases[:MaxAliases] // mine first
	}
	if out.Name != t.Name && aliasKey(t.Name) != aliasKey(out.Name) && !slices.ContainsFunc(out.Aliases, func(a string) bool { return aliasKey(a) == aliasKey(t.Name) }) &&
		len(out.Aliases) < MaxAliases && (b == nil || t.Name != b.Name) {
		out.Aliases = append(out.Aliases, t.Name) // their new name is not lost
	}
	if both {
		rep.SpeakerConflicts = append(rep.SpeakerConflicts, out.Name)
	}
	if !sameSpeaker(out, m) {
		rep.Speakers++
	}
	return out
}

// mergeStrings merges lists as sets, three-way: mine, without what base
// had and theirs dropped, then what theirs added.
func mergeStrings(base, mine, theirs []string) []string {
	var out []string
	for _, s := range mine {
		if !slices.Contains(base, s) || slices.Contains(theirs, s) {
			out = append(out, s)
		}
	}
	for _, s := range theirs {
		if !slices.Contains(mine, s) && !slices.Contains(base, s) {
			out = append(out, s)
		}
	}
	return out
}

func speakerMap(list []Speaker) map[string]Speaker {
	m := make(map[string]Speaker, len(list))
	for _, s := range list {
		m[s.ID] = s
	}
	return m
}

func sameSpeaker(a, b Speaker) bool {
	return a.ID == b.ID && a.Name == b.Name && a.Kind == b.Kind && a.Title == b.Title &&
		a.Affiliation == b.Affiliation && slices.Equal(a.Aliases, b.Aliases)
}
