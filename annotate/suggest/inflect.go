package suggest

import "strings"

// irregular returns the forms of an irregular lemma, or nil.
func irregular(lemma string) []string {
	switch lemma {
	case "say":
		return []string{"say", "says", "said", "saying"}
	case "tell":
		return []string{"tell", "tells", "told", "telling"}
	case "write":
		return []string{"write", "writes", "wrote", "written", "writing"}
	case "think":
		return []string{"think", "thinks", "thought", "thinking"}
	case "find":
		return []string{"find", "finds", "found", "finding"}
	case "show":
		return []string{"show", "shows", "showed", "shown", "showing"}
	case "feel":
		return []string{"feel", "feels", "felt", "feeling"}
	case "forecast":
		return []string{"forecast", "forecasts", "forecasted", "forecasting"}
	case "see":
		return []string{"see", "sees", "saw", "seen", "seeing"}
	case "hold":
		return []string{"hold", "holds", "held", "holding"}
	}
	return nil
}

// inflect lists the forms of a verb lemma: "note" → note, notes, noted,
// noting; "deny" → denies, denied, denying; "stress" → stresses; a lemma
// written with a final "+" doubles its last consonant ("admit+" →
// admitted, admitting).
func inflect(lemma string) []string {
	if f := irregular(lemma); f != nil {
		return f
	}
	double := strings.HasSuffix(lemma, "+")
	base := strings.TrimSuffix(lemma, "+")
	n := len(base)
	switch {
	case double:
		last := base[n-1:]
		return []string{base, base + "s", base + last + "ed", base + last + "ing"}
	case strings.HasSuffix(base, "ee"):
		return []string{base, base + "s", base + "d", base + "ing"}
	case strings.HasSuffix(base, "e"):
		return []string{base, base + "s", base + "d", base[:n-1] + "ing"}
	case strings.HasSuffix(base, "y") && n > 1 && !strings.ContainsRune("aeiou", rune(base[n-2])):
		return []string{base, base[:n-1] + "ies", base[:n-1] + "ied", base + "ing"}
	case strings.HasSuffix(base, "s") || strings.HasSuffix(base, "sh") || strings.HasSuffix(base, "ch") || strings.HasSuffix(base, "x"):
		return []string{base, base + "es", base + "ed", base + "ing"}
	}
	return []string{base, base + "s", base + "ed", base + "ing"}
}
