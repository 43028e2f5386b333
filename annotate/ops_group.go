package annotate

import (
	"errors"
	"fmt"
	"slices"
)

// Group makes several ops one undo step, e.g. create a speaker, attribute a
// claim to it and add a mention. It is atomic: if one op fails, those before
// it are rolled back and the set is left as it was. An empty label takes the
// first op's. Ops that refer to an id made earlier in the group need that id
// up front: take it from History.NewID.
func Group(label string, ops ...Op) Op {
	if label == "" && len(ops) > 0 && ops[0] != nil {
		label = ops[0].Label()
	}
	return group{label: label, ops: slices.Clone(ops)}
}

type group struct {
	label string
	ops   []Op
}

func (g group) Label() string { return g.label }

func (g group) Apply(s *Set) (Op, error) {
	if len(g.ops) == 0 {
		return nil, opFailf(g.label, "", "the group has no operations")
	}
	inv, err := applySeq(s, g.label, g.ops)
	if err != nil {
		// Say which step of the group failed; the op's own error follows.
		return nil, fmt.Errorf("%s (step %d of %d): %w", g.label, failedStep(err), len(g.ops), err)
	}
	return inv, nil
}

func (g group) prepare(p *prep) Op {
	ops := make([]Op, len(g.ops))
	for i, op := range g.ops {
		ops[i] = p.fill(op)
	}
	return group{label: g.label, ops: ops}
}

// applySeq applies ops in order and returns their inverses in reverse order
// as one op. If one fails, the ones already applied are undone.
func applySeq(s *Set, label string, ops []Op) (Op, error) {
	inv := make([]Op, 0, len(ops))
	for i, op := range ops {
		var (
			undo Op
			err  error
		)
		if op == nil {
			err = fmt.Errorf("operation %d of %q is nil", i+1, label)
		} else {
			undo, err = op.Apply(s)
		}
		if err != nil {
			err = &seqError{step: i + 1, err: err}
			if rerr := rollback(s, inv); rerr != nil {
				return nil, errors.Join(err, fmt.Errorf("rolling back %q failed, the set may be inconsistent: %w", label, rerr))
			}
			return nil, err
		}
		inv = append(inv, undo)
	}
	slices.Reverse(inv)
	return group{label: label, ops: inv}, nil
}

// rollback applies inverses newest first.
func rollback(s *Set, inv []Op) error {
	for i := len(inv) - 1; i >= 0; i-- {
		if _, err := inv[i].Apply(s); err != nil {
			return err
		}
	}
	return nil
}

// seqError remembers which op of a sequence failed.
type seqError struct {
	step int
	err  error
}

func (e *seqError) Error() string { return e.err.Error() }
func (e *seqError) Unwrap() error { return e.err }

func failedStep(err error) int {
	var se *seqError
	if errors.As(err, &se) {
		return se.step
	}
	return 0
}
