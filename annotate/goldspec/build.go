package goldspec

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"whosaid/annotate"
)

// stamp is the creation time of every gold claim, so that building the same
// spec twice gives the same bytes.
var stamp = time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)

// Parse builds the gold set of an article from its spec. specName and
// textName locate problems ("dev/flu.spec:12"); title becomes the
// document's title. Every problem is returned, and no set with them.
func Parse(specName, spec, textName, article, title string) (*annotate.Set, error) {
	var ps annotate.Problems
	doc := annotate.DocumentFromText(annotate.Document{Title: title, Language: "en"}, article)
	text := doc.Text()
	if strings.TrimSpace(text) == "" {
		ps.Add(textName, "the article is empty")
		return nil, ps
	}
	b := &builder{name: specName, text: text, ix: annotate.NewTextIndex(text), set: annotate.NewSet(doc), keys: map[string]int{}, ids: map[string]string{}, used: map[string]bool{}, ps: &ps}
	ls := readLines(specName, spec, &ps)
	b.speakers(ls.speakers)
	for _, c := range ls.claims {
		b.claim(c)
	}
	b.unused(ls.speakers)
	b.overlaps()
	if len(ps) > 0 {
		byLine(ps)
		return nil, ps
	}
	sort.SliceStable(b.set.Claims, func(i, j int) bool { return annotate.ClaimLess(b.set.Claims[i], b.set.Claims[j]) })
	if err := annotate.Validate(b.set); err != nil {
		return nil, err
	}
	return b.set, nil
}

type builder struct {
	name  string
	text  string
	ix    *annotate.TextIndex
	set   *annotate.Set
	keys  map[string]int    // speaker key → line of its S line
	ids   map[string]string // speaker key → speaker id
	used  map[string]bool   // speaker keys with a claim
	lines []int             // line of each claim in set.Claims
	ps    *annotate.Problems
}

func (b *builder) at(line int, format string, args ...any) {
	b.ps.Add(loc(b.name, line), format, args...)
}

func (b *builder) speakers(ss []speakerLine) {
	for _, s := range ss {
		if first, dup := b.keys[s.key]; dup {
			b.at(s.line, "speaker key %q is already defined on line %d", s.key, first)
			continue
		}
		b.keys[s.key] = s.line
		kind := annotate.SpeakerKind(s.kind)
		if !slices.Contains(annotate.SpeakerKinds, kind) {
			b.at(s.line, "speaker kind %q is not one of %s", s.kind, list(annotate.SpeakerKinds))
		}
		sp := annotate.Speaker{ID: speakerID(len(b.set.Speakers)), Name: s.name, Kind: kind, Title: s.title}
		for _, a := range strings.Split(s.alias, ";") {
			if a = strings.TrimSpace(a); a != "" {
				sp.Aliases = append(sp.Aliases, a)
			}
		}
		b.ids[s.key] = sp.ID
		b.set.Speakers = append(b.set.Speakers, sp)
	}
}

func speakerID(i int) string { return "s" + strconv.Itoa(i+1) }

func list[T ~string](vs []T) string {
	s := make([]string, len(vs))
	for i, v := range vs {
		s[i] = string(v)
	}
	return strings.Join(s, ", ")
}

// byLine sorts problems by line, so they read from the top of the file.
func byLine(ps annotate.Problems) {
	line := func(p annotate.Problem) int {
		n, _ := strconv.Atoi(p.Path[strings.LastIndexByte(p.Path, ':')+1:])
		return n
	}
	sort.SliceStable(ps, func(i, j int) bool { return line(ps[i]) < line(ps[j]) })
}
