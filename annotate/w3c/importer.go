package w3c

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"whosaid/annotate"
)

// importer holds what one import has learnt so far.
type importer struct {
	r          reader // errors (our own extension values, the file as a whole)
	warnings   annotate.Problems
	warnedAt   []int                 // the annotation each warning is about (-1: the file)
	cur        int                   // the annotation being read or placed (-1: none)
	notes      map[string]*noteTally // repeated warnings, said once (see note)
	noteOrder  []string
	doc        annotate.Document
	ix         *annotate.TextIndex
	docURIs    map[string]bool // names of this document (see source.go)
	speakers   speakerBook
	claimIDs   map[string]bool
	claimPaths []string   // path of the annotation each claim came from
	mainSource string     // the page most targets name, for a document without a URL
	mismatches []mismatch // positions that did not hold their quote
	positioned int        // annotations placed with a position
}

func newImporter(r reader) *importer {
	return &importer{
		r:        r,
		notes:    map[string]*noteTally{},
		cur:      -1,
		speakers: speakerBook{byID: map[string]int{}, byName: map[string]string{}, list: []annotate.Speaker{}},
		claimIDs: map[string]bool{},
	}
}

// setDocument is the text the claims are placed in.
func (im *importer) setDocument(d annotate.Document) {
	im.doc = d
	im.ix = annotate.NewTextIndex(d.Text())
}

// warn records something the import changed, approximated or left out.
func (im *importer) warn(path, format string, args ...any) {
	im.warnings.Add(path, format, args...)
	im.warnedAt = append(im.warnedAt, im.cur)
}

// noteTally is a warning that would repeat for many annotations (a
// property no annotation's value is kept for): said once, at its first
// path, with how many more there were.
type noteTally struct {
	path, msg string
	n         int
}

func (im *importer) note(key, path, format string, args ...any) {
	if t, ok := im.notes[key]; ok {
		t.n++
		return
	}
	im.notes[key] = &noteTally{path: path, msg: fmt.Sprintf(format, args...), n: 1}
	im.noteOrder = append(im.noteOrder, key)
}

// allWarnings is every warning in file order (those about the whole file
// first), the repeated ones last.
func (im *importer) allWarnings() annotate.Problems {
	order := make([]int, len(im.warnings))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return im.warnedAt[order[i]] < im.warnedAt[order[j]] })
	out := make(annotate.Problems, 0, len(im.warnings)+len(im.noteOrder))
	for _, i := range order {
		out = append(out, im.warnings[i])
	}
	for _, k := range im.noteOrder {
		t := im.notes[k]
		msg := t.msg
		switch {
		case t.n == 2:
			msg += " (also in 1 more annotation)"
		case t.n > 2:
			msg += fmt.Sprintf(" (also in %d more annotations)", t.n-1)
		}
		out = append(out, annotate.Problem{Path: t.path, Message: msg})
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// speakerBook gathers speakers from full records (ours) and from bare
// names (other tools), one speaker per name.
type speakerBook struct {
	list   []annotate.Speaker
	paths  []string // where each speaker was read
	byID   map[string]int
	byName map[string]string // folded name or alias -> id
}

// record adds a full speaker record unless one with its id is known.
func (b *speakerBook) record(sp annotate.Speaker, path string) string {
	if _, ok := b.byID[sp.ID]; !ok {
		b.byID[sp.ID] = len(b.list)
		b.list = append(b.list, sp)
		b.paths = append(b.paths, path)
		for _, n := range append([]string{sp.Name}, sp.Aliases...) {
			if k := fold(n); k != "" && b.byName[k] == "" {
				b.byName[k] = sp.ID
			}
		}
	}
	return sp.ID
}

// named finds the speaker with that name or alias, or adds one whose kind
// is left to choose (a name alone does not say person or organization).
func (b *speakerBook) named(name, path string) string {
	name = strings.TrimSpace(name)
	if id, ok := b.byName[fold(name)]; ok {
		return id
	}
	id := ""
	for n := len(b.list) + 1; ; n++ {
		id = fmt.Sprintf("s%d", n)
		if _, taken := b.byID[id]; !taken {
			break
		}
	}
	return b.record(annotate.Speaker{ID: id, Name: name}, path)
}

func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// claimID picks the claim's id: ours as written, else the annotation's own
// id (made unique, with a warning, if taken), else a generated one.
func (im *importer) claimID(rec *record) string {
	id := rec.claimID
	if !rec.ours {
		base := rec.id
		if base == "" {
			base = fmt.Sprintf("c%d", len(im.claimPaths)+1)
		}
		id = base
		for n := 2; im.claimIDs[id]; n++ {
			id = fmt.Sprintf("%s-%d", base, n)
		}
		if id != base && rec.id != "" {
			im.warn(join(rec.path, "id"), "%q is also the id of an earlier annotation: imported as %q", clip(base), id)
		}
	}
	im.claimIDs[id] = true
	return id
}

// nativePath is compiled on first use: only an import with problems needs
// it, and one compiled at package level ran at every start of the browser
// app.
var nativePath = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(claims|speakers)\[(\d+)\](.*)$`) })

// explain turns Validate's problems (native paths) into problems located
// in the file: claims[i] becomes the path of the i-th annotation.
func (im *importer) explain(err error, docPath string) error {
	var ps annotate.Problems
	if !errors.As(err, &ps) {
		return err
	}
	out := make(annotate.Problems, 0, len(ps))
	for _, p := range ps {
		q := p
		switch m := nativePath().FindStringSubmatch(p.Path); {
		case m != nil && m[1] == "claims":
			i, _ := strconv.Atoi(m[2]) // \d+, from Validate's own paths
			if i < len(im.claimPaths) {
				q.Path = im.claimPaths[i]
				q.Message = "as claim " + strings.TrimPrefix(m[3], ".") + ": " + p.Message
				if m[3] == "" {
					q.Message = "as claim: " + p.Message
				}
			}
		case m != nil && m[1] == "speakers":
			i, _ := strconv.Atoi(m[2])
			if i < len(im.speakers.paths) {
				q.Path = im.speakers.paths[i] + m[3]
			}
		case strings.HasPrefix(p.Path, "document"):
			q.Path = docPath + strings.TrimPrefix(p.Path, "document")
		case p.Path == "format":
			q.Path = "whosaid:format"
		}
		out = append(out, q)
	}
	return out
}
