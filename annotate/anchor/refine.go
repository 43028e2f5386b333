package anchor

// Boundary refinement. Myers' search finds where the quote best fits, but
// when a word at its edge was replaced, or a word inserted next to it, many
// boundaries cost about the same and the cheapest may cut a word in half or
// drop one. The boundaries are therefore settled by aligning the quote's
// edge together with the remembered context (prefix then quote head at the
// start, quote tail then suffix at the end), counting insertions and
// deletions only: a replaced word then costs its full length, so a boundary
// does not wander into a neighbouring word that merely shares letters.

// edgeLen is how much of the quote's head and tail is aligned at its edges.
const edgeLen = 48

// refine moves the start and end of an approximate match s..e to the best
// alignment with the context nearby (within k), and returns the new bounds
// and the quote's edit distance there.
func (x *Index) refine(qr *query, mt *matcher, s, e, k int) (int, int, int) {
	rs := x.runes
	m := len(qr.q)
	h := min(m, edgeLen)
	reach := 2*k + 8 // a boundary may move past a whole inserted word

	start, end := s, e
	if !x.cleanStart(qr, s) {
		start = x.refineStart(qr, s, e, h, k, reach)
	}
	if !x.cleanEnd(qr, e) || start != s {
		end = x.refineEnd(qr, start, e, h, k, reach)
	}
	sco := mt.scores(rs, start, end, 1)
	return start, end, sco[len(sco)-1]
}

// cleanEdge is how many code points on each side of a boundary must agree
// with the quote and its context for the boundary to be taken as it is.
const cleanEdge = 6

// cleanStart tells whether the quote's head and the end of its prefix are
// intact around s: then there is nothing to refine there.
func (x *Index) cleanStart(qr *query, s int) bool {
	rs := x.runes
	n := min(len(qr.q), cleanEdge)
	if s+n > len(rs) || !slicesEqual(rs[s:s+n], qr.q[:n]) {
		return false
	}
	c := min(len(qr.pre), cleanEdge)
	return s >= c && slicesEqual(rs[s-c:s], qr.pre[len(qr.pre)-c:])
}

// cleanEnd is cleanStart for the quote's tail and the suffix.
func (x *Index) cleanEnd(qr *query, e int) bool {
	rs := x.runes
	n := min(len(qr.q), cleanEdge)
	if e-n < 0 || !slicesEqual(rs[e-n:e], qr.q[len(qr.q)-n:]) {
		return false
	}
	c := min(len(qr.suf), cleanEdge)
	return e+c <= len(rs) && slicesEqual(rs[e:e+c], qr.suf[:c])
}

func slicesEqual(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// refineStart: prefix ending at j (free start) + quote head starting at j
// (free end), for j near s.
func (x *Index) refineStart(qr *query, s, e, h, k, reach int) int {
	rs := x.runes
	jlo, jhi := max(qr.lo, s-reach), min(e-1, s+reach)
	start, bestCost := s, -1
	plo := max(0, jlo-len(qr.pre)-k)
	p := indelScores(qr.pre, rs[plo:jhi], false) // p[j-plo]
	shi := min(len(rs), jhi+h+k)
	a := indelScores(reverseRunes(qr.q[:h]), reverseRunes(rs[jlo:shi]), false) // a[shi-j]
	for j := jlo; j <= jhi; j++ {
		c := p[j-plo] + a[shi-j]
		if bestCost < 0 || c < bestCost || (c == bestCost && abs(j-s) < abs(start-s)) {
			start, bestCost = j, c
		}
	}
	return start
}

// refineEnd: quote tail ending at f (free start) + suffix starting at f
// (free end), for f near e.
func (x *Index) refineEnd(qr *query, start, e, h, k, reach int) int {
	rs := x.runes
	m := len(qr.q)
	flo, fhi := max(start+1, e-reach), min(qr.hi, e+reach)
	end, bestCost := e, -1
	tlo := max(start, flo-h-k)
	t := indelScores(qr.q[m-h:], rs[tlo:fhi], false) // t[f-tlo]
	sfhi := min(len(rs), fhi+len(qr.suf)+k)
	sc := indelScores(reverseRunes(qr.suf), reverseRunes(rs[flo:sfhi]), false) // sc[sfhi-f]
	for f := flo; f <= fhi; f++ {
		c := t[f-tlo] + sc[sfhi-f]
		if bestCost < 0 || c < bestCost || (c == bestCost && abs(f-e) < abs(end-e)) {
			end, bestCost = f, c
		}
	}
	return end
}

// indelScores aligns pat against text with insertions and deletions only
// (a substitution costs 2). out[j] is the cost of pat against a substring of
// text ending at j, starting anywhere (anchored false) or at 0 (true).
func indelScores(pat, text []rune, anchored bool) []int {
	col := make([]int, len(pat)+1)
	for i := range col {
		col[i] = i
	}
	out := make([]int, len(text)+1)
	out[0] = len(pat)
	for j, c := range text {
		diag := col[0]
		if anchored {
			col[0] = j + 1
		} else {
			col[0] = 0
		}
		for i := 1; i <= len(pat); i++ {
			up := col[i]
			v := min(up, col[i-1]) + 1
			if pat[i-1] == c && diag < v {
				v = diag
			}
			col[i] = v
			diag = up
		}
		out[j+1] = col[len(pat)]
	}
	return out
}
