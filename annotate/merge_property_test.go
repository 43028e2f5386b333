package annotate

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

// Two devices edit one set at random, each through its own History, and
// sync through a server the way the browser does (PUT with the version
// last agreed; on a conflict, merge three-way and send again; a save whose
// answer is lost is sent again and found to be its own). Whatever they
// do, after a last round of syncing:
//   - both devices have the same set, and it is valid;
//   - no edit vanished without a trace: every note and tag either device
//     ever wrote is on the claim, or is a conflict version of it, unless
//     a user dropped it knowingly (edited it away, deleted the claim, used
//     another version, dismissed it, undid their own edit, or redid one of
//     these). An Undo never drops a value the other device wrote.

// world is the server and two devices.
type world struct {
	t       testing.TB
	pick    func(n int) int
	clock   time.Time
	srv     *Set
	srvVer  int
	devs    [2]*device
	seq     int
	origin  map[string]int  // written value → device index
	dropped map[string]bool // values a user dropped knowingly
	claimSp Span            // a span new claims use
	steady  bool            // no answer is lost any more (the last round)
}

type device struct {
	name   string
	h      *History
	base   *Set
	ver    int
	tomb   Tombstones
	known  map[string]bool // claim ids at the last look, for tombstones
	sent   *Set            // a save whose answer was lost
	offset time.Duration   // clock skew
}

func newWorld(t testing.TB, pick func(int) int) *world {
	f := newFixture(t)
	start := f.h.Set().Clone()
	w := &world{t: t, pick: pick, clock: t0, srv: start.Clone(), srvVer: 1,
		origin: map[string]int{}, dropped: map[string]bool{}, claimSp: spanOf(t, f.ix, "Eurasian security")}
	for i, name := range []string{"A", "B"} {
		d := &device{name: name, h: NewHistory(start.Clone()), base: start.Clone(), ver: 1, tomb: Tombstones{},
			offset: time.Duration(pick(5)-2) * time.Second}
		d.h.Device = name
		d.h.Clock = func() time.Time { return w.clock.Add(d.offset) }
		n := 0
		d.h.NewID = func(p string) string { n++; return fmt.Sprintf("%s-%s%d", p, name, n) }
		d.known = claimIDSetOf(d.h.Set())
		w.devs[i] = d
	}
	return w
}

func claimIDSetOf(s *Set) map[string]bool {
	m := map[string]bool{}
	for _, c := range s.Claims {
		m[c.ID] = true
	}
	return m
}

// values lists the tracked values a set holds: notes and tags, on claims
// and in their versions, as "claim/field/value".
func values(s *Set) map[string]bool {
	out := map[string]bool{}
	for _, c := range s.Claims {
		add := func(f ClaimField, v string) {
			if strings.Contains(v, "#") { // only values written by the test
				out[c.ID+"/"+string(f)+"/"+v] = true
			}
		}
		add(FieldNote, c.Note)
		for _, tag := range c.Tags {
			add(FieldTags, tag)
		}
		for _, v := range c.Conflicts {
			add(FieldNote, v.Note)
			for _, tag := range v.Tags {
				add(FieldTags, tag)
			}
		}
	}
	return out
}

// act does one random thing on device i.
func (w *world) act(i int) {
	d := w.devs[i]
	w.clock = w.clock.Add(time.Duration(1+w.pick(90)) * time.Second)
	before := values(d.h.Set())
	undoing := false
	switch k := w.pick(12); {
	case k < 3:
		w.editNote(i)
	case k < 5:
		w.editTags(i)
	case k < 6:
		w.editOther(d)
	case k < 7:
		if id := w.someClaim(d); id != "" {
			_ = d.h.Do(DeleteClaim(id))
		}
	case k < 8:
		_ = d.h.Do(AddClaim(Claim{Span: w.claimSp, Kind: KindFact}))
	case k < 9:
		w.settle(d)
	case k < 10:
		undoing = true
		_ = d.h.Undo()
	case k < 11:
		_ = d.h.Redo()
	default:
		w.sync(i)
		return
	}
	after := values(d.h.Set())
	for v := range before {
		if after[v] {
			continue
		}
		if undoing && w.origin[valuePart(v)] != i {
			w.t.Fatalf("%s's Undo dropped %q, written on the other device", d.name, v)
		}
		w.dropped[valuePart(v)] = true
	}
	w.noteDeletions(d)
}

func valuePart(v string) string { return v[strings.LastIndex(v, "/")+1:] }

func (w *world) fresh(i int) string {
	w.seq++
	v := fmt.Sprintf("%s#%d", w.devs[i].name, w.seq)
	w.origin[v] = i
	return v
}

func (w *world) someClaim(d *device) string {
	cs := d.h.Set().Claims
	if len(cs) == 0 {
		return ""
	}
	return cs[w.pick(len(cs))].ID
}

func (w *world) editNote(i int) {
	d := w.devs[i]
	if id := w.someClaim(d); id != "" {
		c, _ := d.h.Set().Claim(id)
		e := c.clone()
		e.Note = w.fresh(i)
		w.do(d, EditClaim(e), e.Note)
	}
}

func (w *world) editTags(i int) {
	d := w.devs[i]
	if id := w.someClaim(d); id != "" {
		c, _ := d.h.Set().Claim(id)
		e := c.clone()
		if len(e.Tags) > 0 && w.pick(2) == 0 {
			e.Tags = e.Tags[1:]
		}
		v := w.fresh(i)
		e.Tags = append(e.Tags, v)
		w.do(d, EditClaim(e), v)
	}
}

// do runs an edit that writes the fresh value v; an edit the set refuses
// (a claim at its limit of tags, say) wrote nothing, so v is not an edit
// that could be lost.
func (w *world) do(d *device, op Op, v string) {
	if err := d.h.Do(op); err != nil {
		delete(w.origin, v)
	}
}

// editOther changes an untracked field: kind, attribution or speaker.
func (w *world) editOther(d *device) {
	id := w.someClaim(d)
	if id == "" {
		return
	}
	c, _ := d.h.Set().Claim(id)
	e := c.clone()
	switch w.pick(3) {
	case 0:
		e.Kind = ClaimKinds[w.pick(len(ClaimKinds))]
	case 1:
		e.Attribution = AttributionTypes[w.pick(len(AttributionTypes))]
	default:
		sp := d.h.Set().Speakers
		if len(sp) > 0 {
			_ = d.h.Do(AttributeClaim(id, sp[w.pick(len(sp))].ID))
		}
		return
	}
	_ = d.h.Do(EditClaim(e))
}

// settle uses or dismisses a conflict version, as the user would.
func (w *world) settle(d *device) {
	for _, c := range d.h.Set().Claims {
		if len(c.Conflicts) == 0 {
			continue
		}
		v := c.Conflicts[w.pick(len(c.Conflicts))]
		if w.pick(2) == 0 {
			_ = d.h.Do(UseVersion(c.ID, v))
		} else {
			_ = d.h.Do(DismissVersion(c.ID, v))
		}
		return
	}
}

// noteDeletions keeps the tombstones as the app does after each save.
func (w *world) noteDeletions(d *device) {
	now := claimIDSetOf(d.h.Set())
	for id := range d.known {
		if !now[id] {
			if _, ok := d.tomb[id]; !ok {
				d.tomb[id] = d.h.Clock()
			}
		}
	}
	for id := range d.tomb {
		if now[id] {
			delete(d.tomb, id)
		}
	}
	d.known = now
}

// sync is one round of the browser's sync for device i.
func (w *world) sync(i int) {
	d := w.devs[i]
	for round := 0; round < 10; round++ {
		work := d.h.Set()
		if SameContent(work, d.base) {
			if d.ver != w.srvVer {
				w.takeIn(d, w.srv.Clone())
				d.base, d.ver = w.srv.Clone(), w.srvVer
			}
			return
		}
		if d.ver == w.srvVer { // PUT accepted
			w.srv, w.srvVer = work.Clone(), w.srvVer+1
			if !w.steady && w.pick(6) == 0 {
				d.sent = work.Clone() // the answer is lost: sent again later
				return
			}
			d.base, d.ver, d.tomb, d.sent = work.Clone(), w.srvVer, Tombstones{}, nil
			continue
		}
		// 409: the server's copy.
		theirs := w.srv.Clone()
		if d.sent != nil && SameContent(theirs, d.sent) {
			d.base, d.ver, d.tomb, d.sent = theirs, w.srvVer, Tombstones{}, nil // our own save
			continue
		}
		merged, _, err := Merge(d.base, work.Clone(), theirs, MergeOptions{Deleted: d.tomb, Device: d.name, Now: d.h.Clock()})
		if err != nil {
			w.t.Fatalf("%s: merge: %v", d.name, err)
		}
		w.takeIn(d, merged)
		d.base, d.ver = theirs, w.srvVer
	}
	w.t.Fatalf("%s: sync did not settle", d.name)
}

func (w *world) takeIn(d *device, s *Set) {
	if _, err := d.h.TakeIn("Take in changes from elsewhere", s); err != nil {
		w.t.Fatal(err)
	}
	d.known = claimIDSetOf(d.h.Set())
}

// check syncs both devices to the end and checks the two properties.
func (w *world) check() {
	w.steady = true
	for range 3 {
		w.sync(0)
		w.sync(1)
	}
	a, b := w.devs[0].h.Set(), w.devs[1].h.Set()
	if !SameContent(a, b) || !SameContent(a, w.srv) {
		w.t.Fatalf("after syncing, the devices differ:\nA %v\nB %v", values(a), values(b))
	}
	if err := Validate(a); err != nil {
		w.t.Fatalf("the synced set is not valid: %v", err)
	}
	have := map[string]bool{}
	for v := range values(a) {
		have[valuePart(v)] = true
	}
	var lost []string
	for v := range w.origin {
		if !have[v] && !w.dropped[v] {
			lost = append(lost, v)
		}
	}
	slices.Sort(lost)
	if len(lost) > 0 {
		w.t.Fatalf("edits vanished without a trace: %v", lost)
	}
}

func runTwoDevices(t testing.TB, pick func(int) int, steps int) {
	w := newWorld(t, pick)
	for range steps {
		w.act(pick(2))
	}
	w.check()
}

func TestTwoDevicesNoEditLost(t *testing.T) {
	for seed := range uint64(300) {
		r := rand.New(rand.NewPCG(seed, 17))
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			runTwoDevices(t, r.IntN, 80)
		})
	}
}

// FuzzTwoDevices drives the same two devices with the fuzzer's bytes.
func FuzzTwoDevices(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 11, 1, 0, 11, 4, 5, 6, 7, 8, 9, 10, 11})
	f.Add([]byte("the same note on both devices, then sync, undo, redo"))
	f.Fuzz(func(t *testing.T, data []byte) {
		i := 0
		pick := func(n int) int {
			if i >= len(data) {
				return 0
			}
			i++
			return int(data[i-1]) % n
		}
		runTwoDevices(t, pick, len(data))
	})
}
