package annotate

import (
	"fmt"
	"strings"
)

// Op is one undoable change to an annotation set. Every mutation the UI
// makes goes through an Op so that it can be undone and redone.
type Op interface {
	// Label names the change for the UI ("Add claim", "Merge speakers").
	Label() string
	// Apply changes s and returns the op that undoes the change. On error
	// s is left exactly as it was.
	Apply(s *Set) (inverse Op, err error)
}

// OpError is why an op was refused: its label and every problem found, each
// naming the claim or speaker id and the field at fault.
type OpError struct {
	Label    string
	Problems Problems
}

func (e *OpError) Error() string {
	msgs := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		msgs[i] = p.String()
	}
	return e.Label + ": " + strings.Join(msgs, "; ")
}

// Unwrap exposes the problems, so errors.As finds a Problems too.
func (e *OpError) Unwrap() error { return e.Problems }

// opFail builds the error of a refused op, or nil when ps is empty.
func opFail(label string, ps Problems) error {
	if len(ps) == 0 {
		return nil
	}
	return &OpError{Label: label, Problems: ps}
}

// opFailf is opFail with a single problem.
func opFailf(label, path, format string, args ...any) error {
	var ps Problems
	ps.Add(path, format, args...)
	return opFail(label, ps)
}

// claimPath and speakerPath locate problems by id: ops work on ids, and an
// index would change under the user's feet.
func claimPath(id string) string   { return fmt.Sprintf("claim %q", id) }
func speakerPath(id string) string { return fmt.Sprintf("speaker %q", id) }
