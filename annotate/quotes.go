package annotate

// Quotation marks, for guessing how a claim is attributed: a span inside
// quotation marks is a direct quote, one that contains a quoted fragment is
// mixed, anything else indirect.

func isOpenQuote(r rune) bool  { return r == '“' || r == '«' || r == '„' }
func isCloseQuote(r rune) bool { return r == '”' || r == '»' }

// quoteDepthAt is whether position pos of text lies inside quotation marks,
// counted from the start of its block (the last newline before pos).
// Straight double quotes toggle; curly and guillemet quotes open and close.
func quoteDepthAt(text []rune, pos int) bool {
	from := pos
	for from > 0 && text[from-1] != '\n' {
		from--
	}
	in := false
	for i := from; i < pos && i < len(text); i++ {
		switch r := text[i]; {
		case r == '"':
			in = !in
		case isOpenQuote(r):
			in = true
		case isCloseQuote(r):
			in = false
		}
	}
	return in
}

// SuggestAttribution guesses the attribution type of the span start..end:
// direct when it lies wholly inside one pair of quotation marks, mixed when
// it contains a quotation mark, indirect otherwise.
func SuggestAttribution(text []rune, start, end int) AttributionType {
	start = min(max(start, 0), len(text))
	end = min(max(end, start), len(text))
	inner, whole := start, end
	// A span that carries its own quotation marks: look inside them.
	if inner < whole && (isOpenQuote(text[inner]) || text[inner] == '"') &&
		(isCloseQuote(text[whole-1]) || text[whole-1] == '"') && whole-inner >= 2 {
		inner, whole = inner+1, whole-1
		if !hasQuote(text[inner:whole]) {
			return AttrDirect
		}
	}
	if quoteDepthAt(text, inner) && !hasQuote(text[inner:whole]) {
		return AttrDirect
	}
	if hasQuote(text[start:end]) {
		return AttrMixed
	}
	return AttrIndirect
}

func hasQuote(rs []rune) bool {
	for _, r := range rs {
		if r == '"' || isOpenQuote(r) || isCloseQuote(r) {
			return true
		}
	}
	return false
}
