package names

import (
	"sort"
	"strings"

	"whosaid/annotate"
)

// Rank is how well a speaker matches what is typed; lower is better.
type Rank int

const (
	Exact     Rank = iota // the name or an alias, folded
	Start                 // the name or an alias starts with the text
	SameName              // the word rule (SamePerson), the last word being typed
	Described             // the word rule over the name, title and affiliation
	Anywhere              // the text inside the name, an alias, title or affiliation
)

// Match is one speaker found for a query.
type Match struct {
	Speaker annotate.Speaker
	Rank    Rank
	// Via is the name, alias, title or affiliation that matched: the
	// picker shows an alias when that is what was found.
	Via string
}

// Speakers lists the speakers that match query, best first; ties keep
// the set's order. An empty query matches every speaker (Rank Exact).
func Speakers(speakers []annotate.Speaker, query string) []Match {
	var out []Match
	for _, sp := range speakers {
		if m, ok := matchSpeaker(sp, query); ok {
			out = append(out, m)
		}
	}
	if strings.TrimSpace(query) == "" {
		return out // all Exact, in the set's order (the picker opening, on every added claim)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Rank < out[j].Rank })
	return out
}

func matchSpeaker(sp annotate.Speaker, query string) (Match, bool) {
	fq := Fold(query)
	if fq == "" {
		return Match{Speaker: sp, Rank: Exact, Via: sp.Name}, strings.TrimSpace(query) == ""
	}
	names := append([]string{sp.Name}, sp.Aliases...)
	best := Match{Speaker: sp, Rank: -1}
	better := func(r Rank, via string) {
		if best.Rank < 0 || r < best.Rank {
			best.Rank, best.Via = r, via
		}
	}
	qw := Words(query)
	for _, n := range names {
		fn := Fold(n)
		switch {
		case fn == "":
		case fn == fq:
			better(Exact, n)
		case strings.HasPrefix(fn, fq):
			better(Start, n)
		case wordsMatch(qw, Words(n), true) || isAcronymOf(query, n) || isAcronymOf(n, query):
			better(SameName, n)
		case strings.Contains(fn, fq):
			better(Anywhere, n)
		}
	}
	described := append(Words(sp.Name), Words(sp.Title+" "+sp.Affiliation)...)
	if best.Rank < 0 || best.Rank > Described {
		if wordsMatch(qw, described, true) {
			better(Described, strings.TrimSpace(sp.Title+" "+sp.Name))
		}
	}
	for _, d := range []string{sp.Title, sp.Affiliation} {
		if f := Fold(d); f != "" && strings.Contains(f, fq) {
			better(Anywhere, d)
		}
	}
	return best, best.Rank >= 0
}

// Find is the speaker a mention in the text names ("Foreign Minister
// Sergei Lavrov", "Lavrov", "S. Lavrov"): the one whose name or alias
// folds alike, else the only one that may be the same (SamePerson); none
// when two may be ("Sergei" with Sergei Lavrov and Sergei Shoigu).
func Find(speakers []annotate.Speaker, mention string) (string, bool) {
	f := Fold(mention)
	if f == "" {
		return "", false
	}
	var maybe []string
	for _, sp := range speakers {
		same := false
		for _, n := range append([]string{sp.Name}, sp.Aliases...) {
			if Fold(n) == f {
				return sp.ID, true
			}
			same = same || SamePerson(mention, n)
		}
		if same {
			maybe = append(maybe, sp.ID)
		}
	}
	if len(maybe) == 1 {
		return maybe[0], true
	}
	return "", false
}
