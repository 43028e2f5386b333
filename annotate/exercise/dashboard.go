package exercise

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"whosaid/annotate"
	"whosaid/annotate/score"
)

// Status is where a student is in an exercise.
type Status string

const (
	StatusJoined    Status = "joined"    // has the code, saved nothing yet
	StatusWorking   Status = "working"   // has saved work, not submitted
	StatusSubmitted Status = "submitted" // has submitted (may resubmit)
)

// Student is one student's work as the dashboard sees it: Set is nil when
// nothing is saved yet. Version names the Set's content: a Builder reuses
// what it computed for a version it saw before ("": never reused).
// Attempts counts the student's submissions.
type Student struct {
	ID       string        `json:"id"`
	Name     string        `json:"name"`
	Status   Status        `json:"status"`
	Attempts int           `json:"attempts,omitempty"`
	Set      *annotate.Set `json:"-"`
	Version  string        `json:"-"`
}

// Row is one student's line of the roster.
type Row struct {
	ID       string        `json:"id"`
	Name     string        `json:"name"`
	Status   Status        `json:"status"`
	Attempts int           `json:"attempts"`
	Claims   int           `json:"claims"`
	Report   *score.Report `json:"report,omitempty"` // nil without a set, or when it could not be scored
	Error    string        `json:"error,omitempty"`  // why it could not be scored
}

// Dashboard is what a teacher sees of a class. Rows are scored for every
// student with saved work; the class figures (heat map aside) count
// submitted work only, so half-done work does not skew them. The heat map
// shows everyone's marks as they appear.
type Dashboard struct {
	Roster        []Row             `json:"roster"`
	Students      int               `json:"students"`
	Submitted     int               `json:"submitted"`
	Heat          []WordHeat        `json:"heat"`
	Missed        []KeyClaimTally   `json:"missed"`
	WrongSpeakers []WrongSpeaker    `json:"wrongSpeakers"`
	Agreement     *score.Agreement  `json:"agreement,omitempty"` // nil with fewer than two submissions
	Key           []KeyClaimSummary `json:"key"`
}

// KeyClaimSummary describes a key claim for display.
type KeyClaimSummary struct {
	ID       string        `json:"id"`
	Span     annotate.Span `json:"span"`
	Speaker  string        `json:"speaker,omitempty"`
	Optional bool          `json:"optional,omitempty"`
}

// KeyClaimTally counts what became of one key claim over the submissions.
type KeyClaimTally struct {
	KeyID  string `json:"key"`
	Text   string `json:"text"`
	Found  int    `json:"found"`
	Partly int    `json:"partly"`
	Missed int    `json:"missed"`
}

// WrongSpeaker is one wrong answer given for a key claim's speaker and how
// many submissions gave it. Given is "" when the claim was left
// unattributed.
type WrongSpeaker struct {
	KeyID      string `json:"key"`
	KeySpeaker string `json:"keySpeaker"`
	Given      string `json:"given"`
	Count      int    `json:"count"`
}

// BuildDashboard scores every student against the key and gathers the
// class figures. Students keep their order. It fails only on a key that
// cannot be scored.
func BuildDashboard(key score.Key, students []Student) (*Dashboard, error) {
	b, err := NewBuilder(key)
	if err != nil {
		return nil, err
	}
	return b.Build(students)
}

// Build is BuildDashboard with the key of b, reusing the reports and the
// agreement pairs of the student versions it saw in its last build.
func (b *Builder) Build(students []Student) (*Dashboard, error) {
	d := &Dashboard{Roster: []Row{}, Heat: []WordHeat{}, Missed: []KeyClaimTally{}, WrongSpeakers: []WrongSpeaker{}, Key: b.summaries}
	order := map[string]int{}
	tallies := map[string]*KeyClaimTally{}
	for i, k := range d.Key {
		order[k.ID] = i
		tallies[k.ID] = &KeyClaimTally{KeyID: k.ID, Text: k.Span.Exact}
	}
	wrong := map[[3]string]*WrongSpeaker{}
	var submitted []Student
	var withWork []*annotate.Set
	for _, st := range students {
		row := Row{ID: st.ID, Name: st.Name, Status: st.Status, Attempts: st.Attempts}
		d.Students++
		if st.Set != nil {
			row.Claims = len(st.Set.Claims)
			withWork = append(withWork, st.Set)
			r, err := b.report(st)
			if err != nil {
				row.Error = err.Error()
			} else {
				row.Report = r
			}
			if st.Status == StatusSubmitted && r != nil {
				submitted = append(submitted, st)
				tally(r, tallies, wrong)
			}
		}
		if st.Status == StatusSubmitted {
			d.Submitted++
		}
		d.Roster = append(d.Roster, row)
	}
	d.Missed = mostMissed(d.Key, tallies, order)
	for _, w := range wrong {
		d.WrongSpeakers = append(d.WrongSpeakers, *w)
	}
	slices.SortFunc(d.WrongSpeakers, func(a, b WrongSpeaker) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(order[a.KeyID], order[b.KeyID]), strings.Compare(a.Given, b.Given))
	})
	d.Heat = Heat(b.key.Document, withWork)
	a, err := b.agreement(submitted)
	if err != nil {
		return nil, fmt.Errorf("class agreement: %w", err)
	}
	d.Agreement = a
	b.forget(students)
	return d, nil
}

// mostMissed lists the key claims some submission missed or found only
// partly: most missed first, then most partly found, then document order.
func mostMissed(keys []KeyClaimSummary, tallies map[string]*KeyClaimTally, order map[string]int) []KeyClaimTally {
	out := []KeyClaimTally{}
	for _, k := range keys {
		if t := tallies[k.ID]; t.Missed+t.Partly > 0 {
			out = append(out, *t)
		}
	}
	slices.SortStableFunc(out, func(a, b KeyClaimTally) int {
		return cmp.Or(cmp.Compare(b.Missed, a.Missed), cmp.Compare(b.Partly, a.Partly), cmp.Compare(order[a.KeyID], order[b.KeyID]))
	})
	return out
}

// tally adds one scored submission to the per-key-claim counts and the
// wrong speakers. Wrong answers are grouped by key claim and by the given
// name folded to lower case with spaces collapsed.
func tally(r *score.Report, tallies map[string]*KeyClaimTally, wrong map[[3]string]*WrongSpeaker) {
	for _, k := range r.Keys {
		t := tallies[k.KeyID]
		if t == nil {
			continue
		}
		switch k.Outcome {
		case score.Found:
			t.Found++
		case score.Partly:
			t.Partly++
		case score.Missed:
			t.Missed++
		}
		if k.Speaker != score.Wrong {
			continue
		}
		given := strings.Join(strings.Fields(k.StudentSpeaker), " ")
		id := [3]string{k.KeyID, k.KeySpeaker, strings.ToLower(given)}
		w := wrong[id]
		if w == nil {
			w = &WrongSpeaker{KeyID: k.KeyID, KeySpeaker: k.KeySpeaker, Given: given}
			wrong[id] = w
		}
		w.Count++
	}
}
