package suggest

// extend looks past what may stand between a speaker phrase and its
// reporting verb — a prepositional attachment ("for the utility
// commission", "at the King’s Fund think tank", kept in the phrase), an
// anonymity clause ("who declined to be named"), an apposition or relative
// clause between commas (", a GP in Bradford,", ", who lives nearby,"),
// and adverbials ("also", "on Monday") — and returns the phrase and the
// index of the reporting verb, or -1 when no reporting verb follows.
func (x *extractor) extend(p phrase, hi int) (phrase, int) {
	t := x.toks
	verbAt := func(i int) int {
		i = x.skipAdverbials(i, hi)
		if i < hi && t[i].kind == tWord && in(reportingVerbs, t[i].lower) && !t[i].capitalized() {
			return i
		}
		return -1
	}
	if v := verbAt(p.to); v >= 0 {
		return p, v
	}
	i := p.to
	// The comma closing an apposition: "The plant’s owner, Granite Energy, said".
	if i < hi && t[i].text == "," {
		if v := verbAt(i + 1); v >= 0 {
			return p, v
		}
	}
	// A prepositional attachment.
	if i < hi && t[i].is("for", "at", "of", "from", "with", "in") {
		for k := i + 1; k < hi && k <= i+7; k++ {
			if t[k].is("who") {
				p.to = k
				i = k
				break
			}
			if v := verbAt(k); v >= 0 && k > i+1 {
				p.to = k
				return p, v
			}
			if t[k].kind != tWord {
				break
			}
		}
	}
	// An anonymity or relative clause without commas.
	if i < hi && t[i].is("who") {
		anon := false
		for k := i + 1; k < hi && k <= i+12; k++ {
			if t[k].is("named", "identified", "anonymity", "publicly", "authorized") {
				anon = true
			}
			if v := verbAt(k); v >= 0 && k > i+1 && (anon || t[k-1].kind == tPunct) {
				p.anonymous = p.anonymous || anon
				return p, v
			}
			if t[k].kind == tPunct && t[k].text != "," {
				break
			}
		}
	}
	// An apposition or relative clause between commas.
	if i < hi && t[i].text == "," {
		for k := i + 1; k < hi && k <= i+14; k++ {
			if t[k].kind == tOpenQ || t[k].kind == tCloseQ || t[k].text == "." {
				break
			}
			if t[k].text == "," {
				if v := verbAt(k + 1); v >= 0 {
					return p, v
				}
				break
			}
		}
	}
	return p, -1
}
