package annotate

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"time"
)

// DefaultHistoryDepth is how many steps History keeps when Depth is 0.
const DefaultHistoryDepth = 500

// ErrNothingToUndo and ErrNothingToRedo are returned by Undo and Redo on an
// empty stack.
var (
	ErrNothingToUndo = errors.New("nothing to undo")
	ErrNothingToRedo = errors.New("nothing to redo")
)

// History applies ops to one set and keeps the undo and redo stacks. It is
// not safe for concurrent use (the browser app has one UI goroutine).
type History struct {
	// Clock gives the time stamped on claims (default time.Now().UTC()).
	Clock func() time.Time
	// NewID makes a fresh id with a prefix: "c" for claims, "s" for speakers
	// (default: prefix, "-" and 8 random hex digits, e.g. "c-3fa9e1b2").
	NewID func(prefix string) string
	// Depth bounds the undo stack; the oldest steps are dropped (0 means
	// DefaultHistoryDepth).
	Depth int
	// Device labels where the changes are made: it is stamped on every
	// claim an op changes (Claim.Device), with the time. "" leaves the
	// claims' devices as they are.
	Device string

	set        *Set
	undo, redo []step
	version    int
	// epoch counts TakeIns: a step done in an earlier epoch undoes and
	// redoes only its own changes (history_scoped.go).
	epoch int
}

// step is one undoable change: the op as applied (ids and times filled in,
// so redo repeats it exactly) and its inverse, the epoch it was done in,
// and what it touched as it was right after (nil when the ops do not say).
type step struct {
	do, undo Op
	epoch    int
	after    *snapshot
}

// NewHistory starts an empty history on s.
func NewHistory(s *Set) *History {
	return &History{
		Clock: func() time.Time { return time.Now().UTC() },
		NewID: RandomID,
		set:   s,
	}
}

// RandomID is the default History.NewID: prefix, "-" and 8 hex digits from
// crypto/rand.
func RandomID(prefix string) string {
	var b [4]byte
	rand.Read(b[:]) // never fails (crypto/rand panics rather)
	return prefix + "-" + hex.EncodeToString(b[:])
}

// Set is the set the history changes.
func (h *History) Set() *Set { return h.set }

// Version changes on every successful Do, Undo and Redo, so the UI can tell
// when to save.
func (h *History) Version() int { return h.version }

// Do fills in missing ids and times, applies op and records it for undo. It
// clears the redo stack. On error nothing changes.
func (h *History) Do(op Op) error {
	if op == nil {
		return errors.New("no operation")
	}
	op = h.prepare().fill(op)
	inv, err := op.Apply(h.set)
	if err != nil {
		return err
	}
	h.push(step{do: op, undo: inv, epoch: h.epoch, after: snapshotAfter(h.set, inv)})
	h.redo = nil
	h.version++
	return nil
}

// push adds a step to the undo stack, dropping the oldest past Depth (in
// place: a new stack per step was most of the time of a Do on a full one).
func (h *History) push(st step) {
	h.undo = append(h.undo, st)
	if d := h.depth(); len(h.undo) > d {
		n := copy(h.undo, h.undo[len(h.undo)-d:])
		clear(h.undo[n:]) // let the dropped steps go
		h.undo = h.undo[:n]
	}
}

// Undo reverts the last step.
func (h *History) Undo() error {
	if len(h.undo) == 0 {
		return ErrNothingToUndo
	}
	st := h.undo[len(h.undo)-1]
	if h.isScoped(st) {
		if err := h.applyScoped(st, true); err != nil {
			return err
		}
	} else if _, err := st.undo.Apply(h.set); err != nil {
		return err
	}
	h.undo = h.undo[:len(h.undo)-1]
	h.redo = append(h.redo, st)
	h.version++
	return nil
}

// Redo re-applies the last undone step with the same ids and times.
func (h *History) Redo() error {
	if len(h.redo) == 0 {
		return ErrNothingToRedo
	}
	st := h.redo[len(h.redo)-1]
	if h.isScoped(st) {
		if err := h.applyScoped(st, false); err != nil {
			return err
		}
	} else {
		inv, err := st.do.Apply(h.set)
		if err != nil {
			return err
		}
		st.undo = inv
	}
	h.redo = h.redo[:len(h.redo)-1]
	h.undo = append(h.undo, st)
	h.version++
	return nil
}

// CanUndo tells whether there is a step to undo.
func (h *History) CanUndo() bool { return len(h.undo) > 0 }

// CanRedo tells whether there is a step to redo.
func (h *History) CanRedo() bool { return len(h.redo) > 0 }

// UndoLabel names the step Undo would revert, or "".
func (h *History) UndoLabel() string {
	if len(h.undo) == 0 {
		return ""
	}
	return h.undo[len(h.undo)-1].do.Label()
}

// RedoLabel names the step Redo would re-apply, or "".
func (h *History) RedoLabel() string {
	if len(h.redo) == 0 {
		return ""
	}
	return h.redo[len(h.redo)-1].do.Label()
}

func (h *History) depth() int {
	if h.Depth > 0 {
		return h.Depth
	}
	return DefaultHistoryDepth
}
