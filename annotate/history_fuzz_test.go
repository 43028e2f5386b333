package annotate

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// FuzzHistory plays a sequence of ops, undos and redos chosen by the input
// on the sample fixture. After every step the set must be exactly the state
// the history says (a refused op changes nothing, undo restores the state
// before, redo the state after), and must validate: ops must never make a
// set that saving would refuse.
func FuzzHistory(f *testing.F) {
	f.Add([]byte{0, 10, 40, 1, 2, 3, 9, 9, 10, 10})
	f.Add([]byte{4, 1, 7, 0, 0, 5, 2, 6, 1, 2, 9, 10, 8, 0, 3, 9, 9, 9})
	f.Add([]byte{0, 200, 17, 1, 0, 7, 0, 1, 8, 3, 5, 6, 0, 9, 10, 11})
	f.Add([]byte{0, 10, 40, 255, 0, 0, 4, 0}) // labels not chosen yet
	f.Fuzz(func(t *testing.T, data []byte) {
		fx := newFixture(t)
		h := fx.h
		n := fx.ix.Len()
		next := func() int {
			if len(data) == 0 {
				return 0
			}
			b := data[0]
			data = data[1:]
			return int(b)
		}
		span := func() Span {
			a := next() * n / 256
			return MakeSpan(fx.ix, a, a+1+next()%40)
		}
		claimID := func() string {
			cs := h.Set().Claims
			if k := next(); k < 250 && len(cs) > 0 {
				return cs[k%len(cs)].ID
			}
			return "c-none"
		}
		speakerID := func() string {
			ss := h.Set().Speakers
			if k := next(); k < 250 && len(ss) > 0 {
				return ss[k%len(ss)].ID
			}
			return ""
		}
		// "" is a label not chosen yet, as the annotator makes it.
		attrs := append([]AttributionType{""}, AttributionTypes...)
		kinds := append([]ClaimKind{""}, ClaimKinds...)
		speakerKinds := append([]SpeakerKind{""}, SpeakerKinds...)
		states := []*Set{h.Set().Clone()} // states[k]: after the k-th step on the undo stack
		var redo []*Set
		check := func(what string) {
			if diff := cmp.Diff(states[len(states)-1], h.Set()); diff != "" {
				t.Fatalf("after %s the set is not the recorded state (-want +got):\n%s", what, diff)
			}
			if err := Validate(h.Set()); err != nil {
				t.Fatalf("after %s the set does not validate:\n%v", what, err)
			}
		}
		for steps := 0; len(data) > 0 && steps < 64; steps++ {
			var op Op
			switch next() % 12 {
			case 0:
				op = AddClaim(Claim{Span: span(), SpeakerID: speakerID(), Attribution: attrs[next()%len(attrs)], Kind: kinds[next()%len(kinds)]})
			case 1:
				if c, ok := h.Set().Claim(claimID()); ok {
					e := c.clone()
					cue := span()
					e.Cue = &cue
					e.Mentions = append(e.Mentions, span())
					e.Tags = append(e.Tags, "t")
					op = EditClaim(e)
				} else {
					op = EditClaim(Claim{ID: "c-none", Span: span()})
				}
			case 2:
				op = DeleteClaim(claimID())
			case 3:
				op = AttributeClaim(claimID(), speakerID())
			case 4:
				op = AddSpeaker(Speaker{Name: "Speaker", Kind: speakerKinds[next()%len(speakerKinds)], Aliases: []string{"S"}})
			case 5:
				if sp, ok := h.Set().Speaker(speakerID()); ok {
					e := cloneSpeaker(*sp)
					e.Aliases = append(e.Aliases, "alias")
					op = EditSpeaker(e)
				} else {
					op = EditSpeaker(Speaker{ID: "s-none", Name: "Nobody"})
				}
			case 6:
				op = DeleteSpeaker(speakerID())
			case 7:
				op = MergeSpeakers(speakerID(), speakerID())
			case 8:
				op = Group("", DeleteClaim(claimID()), AttributeClaim(claimID(), speakerID()))
			case 9:
				if err := h.Undo(); err == nil {
					redo = append(redo, states[len(states)-1])
					states = states[:len(states)-1]
				}
				check("undo")
				continue
			case 10:
				if err := h.Redo(); err == nil {
					states = append(states, redo[len(redo)-1])
					redo = redo[:len(redo)-1]
				}
				check("redo")
				continue
			default:
				op = AddClaim(Claim{Span: Span{Start: next() - 8, End: next() * 100, Exact: "x"}})
			}
			if err := h.Do(op); err == nil {
				states = append(states, h.Set().Clone())
				redo = nil
			}
			check(op.Label())
		}
		// Undo everything: back to the start.
		for h.CanUndo() {
			if err := h.Undo(); err != nil {
				t.Fatal(err)
			}
			states = states[:len(states)-1]
			check("final undo")
		}
	})
}
