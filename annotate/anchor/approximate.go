package anchor

import "sort"

// Approximate search: the rarest whole words of the quote and its context
// vote for where the quote starts; Myers' algorithm verifies a window around
// each voted place and around the expected place.

// approximate verifies, with Myers' algorithm, the places that the rarest
// words of the quote and its context vote for, and the expected place.
func (x *Index) approximate(qr *query, k, weakK int) []candidate {
	m := len(qr.q)
	weakK = max(k, min(m-1, weakK))
	slack := k + 16
	diags := x.vote(qr, slack)
	mt := compile(qr.q)
	var out []candidate
	seen := make(map[[2]int]bool)
	add := func(mm Match) {
		start, end, errs := mm.Start, mm.End, mm.Errors
		if seen[[2]int{start, end}] {
			return
		}
		seen[[2]int{start, end}] = true
		wordSim := 0.0
		switch {
		case qr.tokenEdges() && (errs > 0 || !x.wholeWords(start, end)):
			start, end, errs, wordSim = x.alignAround(qr, mt, start, end, k)
		case errs > 0 && errs <= k:
			start, end, errs = x.refine(qr, mt, start, end, k)
		}
		c := x.score(qr, start, end, errs, wordSim)
		// Beyond the character budget, a place may still be taken on the
		// strength of its words and context (words replaced wholesale).
		c.weak = c.weak || errs > k && !c.wordBacked(qr) || qr.tokenEdges() && !x.wholeWords(start, end) ||
			x.crossesParagraph(qr, start, end)
		out = append(out, c)
	}
	// Voted places: the best match in a window around each.
	for _, d := range diags {
		lo := max(qr.lo, d-slack)
		hi := min(qr.hi, d+m+k+slack)
		if hi-lo < m-k {
			continue
		}
		var best *Match
		for _, mm := range mt.search(x.runes, lo, hi, weakK) {
			if best == nil || mm.Errors < best.Errors ||
				(mm.Errors == best.Errors && abs(mm.Start-d) < abs(best.Start-d)) {
				best = &mm
			}
		}
		if best != nil {
			add(*best)
		}
	}
	// The expected place: every match in a wide window, so that an edited
	// original there competes even when the expectation is a little off.
	lo := max(qr.lo, qr.hint-hintReach-weakK)
	hi := min(qr.hi, qr.hint+m+weakK+hintReach)
	if hi-lo >= m-k {
		for _, mm := range mt.search(x.runes, lo, hi, weakK) {
			add(mm)
		}
	}
	return out
}

// vote returns the expected starts ("diagonals") most words agree on.
func (x *Index) vote(qr *query, width int) []int {
	idx := x.wordIndex()
	ws := qr.words(false)
	type seed struct {
		off int
		ps  []int32
	}
	seeds := make([]seed, 0, len(ws))
	for _, w := range ws {
		if ps := idx[w.hash]; len(ps) > 0 && len(ps) <= seedCap {
			seeds = append(seeds, seed{w.off, ps})
		}
	}
	sort.Slice(seeds, func(i, j int) bool { return len(seeds[i].ps) < len(seeds[j].ps) })
	seeds = seeds[:min(len(seeds), maxSeeds)]
	var diags []int
	for _, sd := range seeds {
		for _, p := range sd.ps {
			if d := int(p) - sd.off; d >= qr.lo-width && d < qr.hi {
				diags = append(diags, d)
			}
		}
	}
	if len(diags) == 0 {
		return nil
	}
	sort.Ints(diags)
	// Greedily take the windows of the given width holding the most votes.
	taken := make([]bool, len(diags))
	var out []int
	for len(out) < maxCandidates {
		bestI, bestN := -1, 0
		j := 0
		for i := range diags {
			if taken[i] {
				continue
			}
			if j < i {
				j = i
			}
			for j < len(diags) && diags[j]-diags[i] <= width {
				j++
			}
			n := 0
			for t := i; t < j; t++ {
				if !taken[t] {
					n++
				}
			}
			if n > bestN {
				bestI, bestN = i, n
			}
		}
		if bestI < 0 || (bestN < 2 && len(out) > 0) {
			break
		}
		var n, sum int
		for t := bestI; t < len(diags) && diags[t]-diags[bestI] <= width; t++ {
			if !taken[t] {
				taken[t] = true
				sum += diags[t]
				n++
			}
		}
		out = append(out, sum/n)
	}
	return out
}
