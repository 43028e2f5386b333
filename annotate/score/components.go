package score

// pairUp is assign split into independent parts: rows and columns linked by
// positive weights form connected components, and as a zero weight is no
// pair, the best pairing of the whole is the best pairing of each part.
// Claims overlap only locally, so the parts are small and the O(n³)
// Hungarian step stays cheap on long articles.
func pairUp(w [][]weight) []int {
	rows := len(w)
	cols := 0
	if rows > 0 {
		cols = len(w[0])
	}
	// Union-find over rows 0..rows-1 and columns rows..rows+cols-1.
	parent := make([]int, rows+cols)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	var zero weight
	for i := range rows {
		for j := range cols {
			if zero.less(w[i][j]) {
				a, b := find(i), find(rows+j)
				if a != b {
					parent[max(a, b)] = min(a, b)
				}
			}
		}
	}
	groups := map[int]*[2][]int{} // root → rows, columns, each ascending
	var order []int
	for x := range rows + cols {
		r := find(x)
		g, ok := groups[r]
		if !ok {
			g = &[2][]int{}
			groups[r] = g
			order = append(order, r)
		}
		if x < rows {
			g[0] = append(g[0], x)
		} else {
			g[1] = append(g[1], x-rows)
		}
	}
	out := make([]int, rows)
	for i := range out {
		out[i] = -1
	}
	for _, r := range order {
		g := groups[r]
		if len(g[0]) == 0 || len(g[1]) == 0 {
			continue
		}
		sub := make([][]weight, len(g[0]))
		for a, i := range g[0] {
			sub[a] = make([]weight, len(g[1]))
			for b, j := range g[1] {
				sub[a][b] = w[i][j]
			}
		}
		for a, b := range assign(sub) {
			if b >= 0 {
				out[g[0][a]] = g[1][b]
			}
		}
	}
	return out
}
