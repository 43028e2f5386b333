package score

import (
	"whosaid/annotate"
	"whosaid/annotate/names"
)

// speakerNames is every folded name by which a key speaker may be called:
// its name, aliases and title.
func speakerNames(sp annotate.Speaker) map[string]bool {
	out := map[string]bool{}
	for _, n := range append([]string{sp.Name, sp.Title}, sp.Aliases...) {
		if f := names.Fold(n); f != "" {
			out[f] = true
		}
	}
	return out
}
