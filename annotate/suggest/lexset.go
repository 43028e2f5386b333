package suggest

import (
	"strings"
	"sync"
)

// lexicon is a word list written as one string and turned into a set on
// first use, so that the package starts without building any map. With
// verbs set, each word is a verb lemma and the set holds its forms
// (inflect).
type lexicon struct {
	words string
	verbs bool
	once  sync.Once
	set   map[string]struct{}
}

func (l *lexicon) build() {
	fields := strings.Fields(l.words)
	l.set = make(map[string]struct{}, len(fields)*4)
	for _, w := range fields {
		if !l.verbs {
			l.set[w] = struct{}{}
			continue
		}
		for _, f := range inflect(w) {
			l.set[f] = struct{}{}
		}
	}
}

func (l *lexicon) has(w string) bool {
	l.once.Do(l.build)
	_, ok := l.set[w]
	return ok
}

func in(l *lexicon, w string) bool { return l.has(w) }

func isAbbrev(s string) bool { return abbreviations.has(strings.ToLower(s)) }
