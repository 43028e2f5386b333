package suggest

// skipAdverbials moves forward over words such as "also", "on Monday",
// "Tuesday", "last month" that sit between a speaker and a verb.
func (x *extractor) skipAdverbials(i, hi int) int {
	for i < hi && x.toks[i].kind == tWord && (in(adverbials, x.toks[i].lower) || isMonth(x.toks[i].lower)) {
		if x.toks[i].is("on", "in", "at", "last", "this") && !(i+1 < hi && (in(adverbials, x.toks[i+1].lower) || isMonth(x.toks[i+1].lower))) {
			break
		}
		i++
	}
	return i
}

// skipAdverbialsBack moves backward over the same words.
func (x *extractor) skipAdverbialsBack(i, lo int) int {
	for i >= lo && x.toks[i].kind == tWord && (in(adverbials, x.toks[i].lower) || isMonth(x.toks[i].lower)) && !x.toks[i].capitalized() || i >= lo && isWeekday(x.toks[i].lower) {
		i--
	}
	return i
}

func isWeekday(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

func isMonth(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december":
		return true
	}
	return false
}
