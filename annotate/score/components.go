package score

// edge is a row × column pair of positive weight (a key claim and a
// student claim that share tokens). Only these are stored: a dense matrix
// of every key × student pair took hundreds of megabytes for one student
// with thousands of claims.
type edge struct {
	i, j int
	w    weight
	fit  pairFit // how the two fit (scoring keeps it; pairing ignores it)
}

// pairUp is pairEdges on a dense matrix (zero weights are no pair).
func pairUp(w [][]weight) []int {
	rows := len(w)
	cols := 0
	if rows > 0 {
		cols = len(w[0])
	}
	var zero weight
	var edges []edge
	for i := range rows {
		for j := range cols {
			if zero.less(w[i][j]) {
				edges = append(edges, edge{i: i, j: j, w: w[i][j]})
			}
		}
	}
	return pairEdges(rows, cols, edges)
}

// pairEdges is assign split into independent parts: rows and columns
// linked by edges form connected components, and as a missing edge is no
// pair, the best pairing of the whole is the best pairing of each part.
// Claims overlap only locally, so the parts are small and the Hungarian step
// stays cheap on long articles. It returns, for each row, its column or -1.
func pairEdges(rows, cols int, edges []edge) []int {
	pt := splitParts(rows, cols, edges)
	parts, partOf, local, find := pt.parts, pt.partOf, pt.local, pt.find
	out := make([]int, rows)
	for i := range out {
		out[i] = -1
	}
	// One row and one column linked by an edge (most claims overlap one
	// other claim only): they pair, with no matrix to build.
	subs := make([][][]weight, len(parts))
	for n, g := range parts {
		switch {
		case len(g.rows) == 0 || len(g.cols) == 0:
		case len(g.rows) == 1 && len(g.cols) == 1:
			out[g.rows[0]] = g.cols[0]
		default:
			sub := make([][]weight, len(g.rows))
			for a := range sub {
				sub[a] = make([]weight, len(g.cols))
			}
			subs[n] = sub
		}
	}
	for _, e := range edges {
		if sub := subs[partOf[find(e.i)]-1]; sub != nil {
			sub[local[e.i]][local[rows+e.j]] = e.w
		}
	}
	for n, sub := range subs {
		if sub == nil {
			continue
		}
		g := parts[n]
		for a, b := range assign(sub) {
			if b >= 0 {
				out[g.rows[a]] = g.cols[b]
			}
		}
	}
	return out
}

// part is one connected part: its rows and columns, ascending.
type part struct{ rows, cols []int }

// partition is the edges' rows and columns split into connected parts
// (union-find over rows 0..rows-1 and columns rows..rows+cols-1): parts
// numbered in order of first appearance, partOf[root] = number + 1, and
// each row's and column's index within its part.
type partition struct {
	parts  []part
	partOf []int
	local  []int
	find   func(x int) int
}

func splitParts(rows, cols int, edges []edge) partition {
	parent := make([]int, rows+cols)
	for i := range parent {
		parent[i] = i
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for _, e := range edges {
		a, b := find(e.i), find(rows+e.j)
		if a != b {
			parent[max(a, b)] = min(a, b)
		}
	}
	p := partition{partOf: make([]int, rows+cols), local: make([]int, rows+cols), find: find}
	for x := range rows + cols {
		r := find(x)
		if p.partOf[r] == 0 {
			p.parts = append(p.parts, part{})
			p.partOf[r] = len(p.parts)
		}
		g := &p.parts[p.partOf[r]-1]
		if x < rows {
			p.local[x] = len(g.rows)
			g.rows = append(g.rows, x)
		} else {
			p.local[x] = len(g.cols)
			g.cols = append(g.cols, x-rows)
		}
	}
	return p
}
