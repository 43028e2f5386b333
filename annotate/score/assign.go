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
// (Hungarian algorithm, O(n³) for n = max(rows, cols)). It returns, for each
// row, its column or -1. Pairs of zero weight are left out: they are no
// better than no pair. The result depends only on the matrix (the search
// scans in index order); callers who want a stated tie-break put it in the
// weights' last components.
func assign(w [][]weight) []int {
	rows := len(w)
	cols := 0
	if rows > 0 {
		cols = len(w[0])
	}
	n := max(rows, cols)
	out := make([]int, rows)
	for i := range out {
		out[i] = -1
	}
	if n == 0 {
		return out
	}
	// cost(i, j) is the negated weight, 1-based, zero outside the matrix.
	cost := func(i, j int) weight {
		if i-1 < rows && j-1 < cols {
			var z weight
			return z.sub(w[i-1][j-1])
		}
		return weight{}
	}
	inf := weight{1 << 62}
	u := make([]weight, n+1)
	v := make([]weight, n+1)
	p := make([]int, n+1) // p[j]: row matched to column j
	way := make([]int, n+1)
	minv := make([]weight, n+1)
	used := make([]bool, n+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		for j := range minv {
			minv[j], used[j] = inf, false
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], inf, 0
			for j := 1; j <= n; j++ {
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
			for j := 0; j <= n; j++ {
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
	for j := 1; j <= n; j++ {
		i := p[j]
		if i >= 1 && i <= rows && j <= cols && zero.less(w[i-1][j-1]) {
			out[i-1] = j - 1
		}
	}
	return out
}
