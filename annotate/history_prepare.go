package annotate

import "time"

// preparer is implemented by ops that need ids or times filled in by the
// History before they are applied.
type preparer interface {
	prepare(p *prep) Op
}

// prep carries what one Do fills in: a single time stamp for the whole step
// and fresh ids that clash with nothing in the set or in the step.
type prep struct {
	h      *History
	now    time.Time
	device string
	used   map[string]bool
}

func (h *History) prepare() *prep {
	clock := h.Clock
	if clock == nil {
		clock = func() time.Time { return time.Now().UTC() }
	}
	return &prep{h: h, now: clock(), device: h.Device, used: map[string]bool{}}
}

// fill returns op with ids and times filled in.
func (p *prep) fill(op Op) Op {
	if f, ok := op.(preparer); ok {
		return f.prepare(p)
	}
	return op
}

// id makes a fresh id; it retries on a clash, which with random ids is rare.
func (p *prep) id(prefix string) string {
	newID := p.h.NewID
	if newID == nil {
		newID = RandomID
	}
	var id string
	for range 100 {
		id = newID(prefix)
		if !p.used[id] && claimIndex(p.h.set, id) < 0 && speakerIndex(p.h.set, id) < 0 {
			break
		}
	}
	p.used[id] = true
	return id
}
