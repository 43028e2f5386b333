package annotate

import "slices"

// ReplaceContent makes the claims and speakers of the set those of other, a
// version of the same document changed elsewhere (a sync merge, another
// tab's save), as one undoable step: the page takes the change in without
// losing its undo history, and undo takes the change back out.
func ReplaceContent(label string, other *Set) Op {
	if other == nil {
		return replaceContent{label: label}
	}
	return replaceContent{label: label, docID: other.Document.ID, speakers: other.Speakers, claims: other.Claims}
}

type replaceContent struct {
	label    string
	docID    string
	speakers []Speaker
	claims   []Claim
}

func (o replaceContent) Label() string { return o.label }

func (o replaceContent) Apply(s *Set) (Op, error) {
	if o.docID == "" {
		return nil, opFailf(o.label, "document", "no set to take the content from")
	}
	if o.docID != s.Document.ID {
		return nil, opFailf(o.label, "document.id", "is %q, not the open document %q", o.docID, s.Document.ID)
	}
	inv := replaceContent{label: o.label, docID: o.docID, speakers: s.Speakers, claims: s.Claims}
	s.Speakers = slices.Clone(o.speakers)
	for i := range s.Speakers {
		s.Speakers[i] = cloneSpeaker(s.Speakers[i])
	}
	s.Claims = slices.Clone(o.claims)
	for i := range s.Claims {
		s.Claims[i] = s.Claims[i].clone()
	}
	return inv, nil
}
