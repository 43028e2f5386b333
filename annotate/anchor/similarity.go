package anchor

// Scoring of a candidate place: how much the quote, the context around it
// and its position agree with what the span remembered.

const (
	weightQuote   = 0.5
	weightContext = 0.4
	weightPos     = 0.1
)

// similarity is 1 when text equals the pattern of mt and 0 for nothing in
// common. Unrelated text of the same language already shares about a third
// of its letters by alignment, so that baseline is scaled away.
func similarity(mt *matcher, text []rune) float64 {
	n := max(mt.m, len(text))
	if n == 0 {
		return 1
	}
	raw := 1 - float64(mt.distance(text))/float64(n)
	const baseline = 0.3
	return max(0, (raw-baseline)/(1-baseline))
}

// contextScore compares the remembered prefix and suffix with the text
// around start..end. One intact side counts for much: the other side may
// just have been edited (a paragraph inserted right before the quote).
func (x *Index) contextScore(qr *query, start, end int) float64 {
	rs := x.runes
	var sides [2]float64
	n := 0
	if len(qr.pre) > 0 {
		if qr.preM == nil {
			qr.preM = compile(qr.pre)
		}
		sides[n] = similarity(qr.preM, rs[max(0, start-len(qr.pre)):start])
		n++
	} else if start == 0 {
		sides[n] = 1
		n++
	}
	if len(qr.suf) > 0 {
		if qr.sufM == nil {
			qr.sufM = compile(qr.suf)
		}
		sides[n] = similarity(qr.sufM, rs[end:min(len(rs), end+len(qr.suf))])
		n++
	} else if end == len(rs) {
		sides[n] = 1
		n++
	}
	switch n {
	case 0:
		return 0.5 // nothing to compare: neither for nor against
	case 1:
		return sides[0]
	}
	avg := (sides[0] + sides[1]) / 2
	return max(avg, 0.75*max(sides[0], sides[1]))
}
