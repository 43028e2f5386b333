package anchor

// Myers' 1999 bit-vector algorithm for approximate string matching, on runes,
// with the block-based extension for patterns longer than 64 code points:
// each text rune advances one 64-row block of the dynamic-programming column
// per word, passing the horizontal delta of the block's last row to the next.

// Match is an approximate occurrence: text[Start:End] is within Errors edits
// (insertions, deletions, substitutions of code points) of the pattern.
type Match struct {
	Start  int
	End    int
	Errors int
}

// Search finds the approximate occurrences of pattern in text with at most
// maxErrors edits. Of each run of adjacent match ends it reports the best
// one, with the start that makes it best (closest to the pattern length on
// ties). Matches come in text order.
func Search(text, pattern []rune, maxErrors int) []Match {
	if len(pattern) == 0 || maxErrors < 0 {
		return nil
	}
	maxErrors = min(maxErrors, len(pattern)-1)
	return compile(pattern).search(text, 0, len(text), maxErrors)
}

// matcher is a pattern compiled for the bit-vector algorithm.
type matcher struct {
	pat     []rune
	m       int
	blocks  int
	ascii   [128]int32     // symbol id of an ASCII rune (0: not in the pattern)
	others  map[rune]int32 // symbol id of other runes
	peq     []uint64       // match masks: peq[id*blocks+b]; id 0 is all zero
	lastBit uint64         // the pattern's last row within the last block
	pv, mv  []uint64       // the column's vertical deltas (+1, -1) per block
	rev     *matcher       // the reversed pattern, for finding starts
}

func compile(p []rune) *matcher {
	mt := &matcher{pat: p, m: len(p), blocks: (len(p) + 63) / 64}
	// Number the distinct runes first, so the masks are one allocation.
	next := int32(1)
	for _, r := range p {
		if mt.id(r) != 0 {
			continue
		}
		if r >= 0 && r < 128 {
			mt.ascii[r] = next
		} else {
			if mt.others == nil {
				mt.others = make(map[rune]int32)
			}
			mt.others[r] = next
		}
		next++
	}
	words := make([]uint64, (int(next)+2)*mt.blocks)
	mt.peq = words[:int(next)*mt.blocks]
	mt.pv = words[int(next)*mt.blocks : (int(next)+1)*mt.blocks]
	mt.mv = words[(int(next)+1)*mt.blocks:]
	for i, r := range p {
		mt.peq[mt.id(r)*mt.blocks+i/64] |= 1 << uint(i%64)
	}
	if len(p) > 0 {
		mt.lastBit = 1 << uint((len(p)-1)%64)
	}
	return mt
}

func (mt *matcher) id(r rune) int {
	if r >= 0 && r < 128 {
		return int(mt.ascii[r])
	}
	return int(mt.others[r])
}

// reset starts a new column 0: D[i][0] = i, all vertical deltas +1.
func (mt *matcher) reset() {
	for b := range mt.pv {
		mt.pv[b] = ^uint64(0)
		mt.mv[b] = 0
	}
}

// column advances every block by one text rune. hin is the horizontal delta
// of row 0 (0: a match may start anywhere; +1: anchored at the first rune).
// It returns the change of the last row's score.
func (mt *matcher) column(r rune, hin int) int {
	id := mt.id(r)
	if mt.blocks == 1 {
		return mt.column1(mt.peq[id], hin)
	}
	eqs := mt.peq[id*mt.blocks : (id+1)*mt.blocks]
	last := mt.blocks - 1
	for b, eq := range eqs {
		pv, mv := mt.pv[b], mt.mv[b]
		xv := eq | mv
		if hin < 0 {
			eq |= 1
		}
		xh := (((eq & pv) + pv) ^ pv) | eq
		ph := mv | ^(xh | pv)
		mh := pv & xh
		hb := uint64(1) << 63
		if b == last {
			hb = mt.lastBit
		}
		hout := 0
		if ph&hb != 0 {
			hout = 1
		} else if mh&hb != 0 {
			hout = -1
		}
		ph <<= 1
		mh <<= 1
		if hin < 0 {
			mh |= 1
		} else if hin > 0 {
			ph |= 1
		}
		mt.pv[b] = mh | ^(xv | ph)
		mt.mv[b] = ph & xv
		hin = hout
	}
	return hin
}

// column1 is column for a pattern of one block (up to 64 code points),
// the common case, without the block loop.
func (mt *matcher) column1(eq uint64, hin int) int {
	pv, mv := mt.pv[0], mt.mv[0]
	xv := eq | mv
	if hin < 0 {
		eq |= 1
	}
	xh := (((eq & pv) + pv) ^ pv) | eq
	ph := mv | ^(xh | pv)
	mh := pv & xh
	hout := 0
	if ph&mt.lastBit != 0 {
		hout = 1
	} else if mh&mt.lastBit != 0 {
		hout = -1
	}
	ph <<= 1
	mh <<= 1
	if hin < 0 {
		mh |= 1
	} else if hin > 0 {
		ph |= 1
	}
	mt.pv[0] = mh | ^(xv | ph)
	mt.mv[0] = ph & xv
	return hout
}

// scores returns, for every end j in lo+1..hi, the edit distance between
// the pattern and text[?:j] (index j-lo-1 holds the end j). With hin 0 the
// substring may start anywhere in text[lo:j] (semi-global); with hin +1 it
// starts at lo (anchored).
func (mt *matcher) scores(text []rune, lo, hi, hin int) []int {
	mt.reset()
	out := make([]int, 0, max(0, hi-lo))
	score := mt.m
	for j := lo; j < hi; j++ {
		score += mt.column(text[j], hin)
		out = append(out, score)
	}
	return out
}

// search finds the best match end of each run of ends within k errors in
// text[lo:hi] and the start that goes with it.
func (mt *matcher) search(text []rune, lo, hi, k int) []Match {
	var out []Match
	mt.reset()
	score := mt.m
	bestEnd, best := -1, 0
	for j := lo; j < hi; j++ {
		score += mt.column(text[j], 0)
		if score <= k {
			if bestEnd < 0 || score < best {
				bestEnd, best = j+1, score
			}
			continue
		}
		if bestEnd >= 0 {
			out = append(out, mt.withStart(text, lo, bestEnd, k))
			bestEnd = -1
		}
	}
	if bestEnd >= 0 {
		out = append(out, mt.withStart(text, lo, bestEnd, k))
	}
	return out
}

// withStart finds where the best match ending at end starts, by running the
// reversed pattern backwards from end, anchored there.
func (mt *matcher) withStart(text []rune, lo, end, k int) Match {
	rv := mt.reversed()
	rv.reset()
	score := rv.m // matching the pattern against the empty string
	bestStart, best := end, score
	floor := max(lo, end-mt.m-k)
	for j := end - 1; j >= floor; j-- {
		score += rv.column(text[j], 1)
		n := end - j
		if score < best || (score == best && abs(n-mt.m) < abs(end-bestStart-mt.m)) {
			bestStart, best = j, score
		}
	}
	return Match{Start: bestStart, End: end, Errors: best}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// reversed returns the matcher of the reversed pattern.
func (mt *matcher) reversed() *matcher {
	if mt.rev == nil {
		mt.rev = compile(reverseRunes(mt.pat))
	}
	return mt.rev
}

func reverseRunes(rs []rune) []rune {
	out := make([]rune, len(rs))
	for i, r := range rs {
		out[len(rs)-1-i] = r
	}
	return out
}

// distance is the edit distance between the pattern and all of text.
func (mt *matcher) distance(text []rune) int {
	mt.reset()
	score := mt.m
	for _, r := range text {
		score += mt.column(r, 1)
	}
	return score
}
