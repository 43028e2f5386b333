package score

// weight is a pairing preference compared lexicographically: the first
// component matters most. Hungarian needs only addition, subtraction and
// order, and tuples with these form an ordered group, so the optimum is
// exact, with no scaling into one number that could overflow.
type weight [6]int64

func (a weight) add(b weight) weight {
	for i := range a {
		a[i] += b[i]
	}
	return a
}

func (a weight) sub(b weight) weight {
	for i := range a {
		a[i] -= b[i]
	}
	return a
}

func (a weight) less(b weight) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

// assign pairs rows with columns one-to-one to maximize the total weight
// (Hungarian algorithm). It returns, for each row, its column or -1. Pairs
// of zero weight are left out: they are no better than no pair. The result
// depends only on the matrix (the search scans in index order); callers who
// want a stated tie-break put it in the weights' last components.
func assign(w [][]weight) []int {
	rows := len(w)
	cols := 0
	if rows > 0 {
		cols = len(w[0])
	}
	if rows <= cols {
		return assignWide(w, rows, cols)
	}
	// Run on the transpose, so that the work is O(short² · long), not
	// O(long³): one student with thousands of claims over a few key claims
	// took seconds padded to a square.
	t := make([][]weight, cols)
	for j := range t {
		t[j] = make([]weight, rows)
		for i := range rows {
			t[j][i] = w[i][j]
		}
	}
	out := make([]int, rows)
	for i := range out {
		out[i] = -1
	}
	for j, i := range assignWide(t, cols, rows) {
		if i >= 0 {
			out[i] = j
		}
	}
	return out
}

// assignWide is assign for rows ≤ cols, in O(rows² · cols): every row is
// given a column (weights are never negative, so a row left with only zero
// weights costs nothing), then zero-weight pairs are dropped.
func assignWide(w [][]weight, rows, cols int) []int {
	out := make([]int, rows)
	for i := range out {
		out[i] = -1
	}
	if rows == 0 {
		return out
	}
	// cost(i, j) is the negated weight, 1-based.
	cost := func(i, j int) weight {
		var z weight
		return z.sub(w[i-1][j-1])
	}
	inf := weight{1 << 62}
	u := make([]weight, rows+1)
	v := make([]weight, cols+1)
	p := make([]int, cols+1) // p[j]: row matched to column j
	way := make([]int, cols+1)
	minv := make([]weight, cols+1)
	used := make([]bool, cols+1)
	for i := 1; i <= rows; i++ {
		p[0] = i
		j0 := 0
		for j := range minv {
			minv[j], used[j] = inf, false
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], inf, 0
			for j := 1; j <= cols; j++ {
				if used[j] {
					continue
				}
				cur := cost(i0, j).sub(u[i0]).sub(v[j])
				if cur.less(minv[j]) {
					minv[j], way[j] = cur, j0
				}
				if minv[j].less(delta) {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= cols; j++ {
				if used[j] {
					u[p[j]] = u[p[j]].add(delta)
					v[j] = v[j].sub(delta)
				} else {
					minv[j] = minv[j].sub(delta)
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	var zero weight
	for j := 1; j <= cols; j++ {
		if i := p[j]; i >= 1 && zero.less(w[i-1][j-1]) {
			out[i-1] = j - 1
		}
	}
	return out
}
