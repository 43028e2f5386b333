package w3c

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"whosaid/annotate"
)

// importer holds what one Import has learnt so far.
type importer struct {
	r          reader
	ix         *annotate.TextIndex
	speakers   speakerBook
	claimIDs   map[string]bool
	claimPaths []string // path of the annotation each claim came from
}

func newImporter(r reader) *importer {
	return &importer{r: r, speakers: speakerBook{byID: map[string]int{}, byName: map[string]string{}, list: []annotate.Speaker{}}, claimIDs: map[string]bool{}}
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

// named finds the speaker with that name or alias, or adds a person.
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
	return b.record(annotate.Speaker{ID: id, Name: name, Kind: annotate.SpeakerPerson}, path)
}

func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// claimID picks a unique id: ours as written, else the annotation's own id,
// else a generated one.
func (im *importer) claimID(own string, ours bool) string {
	id := strings.TrimSpace(own)
	if ours {
		id = own // duplicates and blanks are left for Validate to report
	}
	if !ours {
		base := id
		if base == "" {
			base = fmt.Sprintf("c%d", len(im.claimPaths)+1)
		}
		id = base
		for n := 2; im.claimIDs[id]; n++ {
			id = fmt.Sprintf("%s-%d", base, n)
		}
	}
	im.claimIDs[id] = true
	return id
}

var nativePath = regexp.MustCompile(`^(claims|speakers)\[(\d+)\](.*)$`)

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
		switch m := nativePath.FindStringSubmatch(p.Path); {
		case m != nil && m[1] == "claims":
			var i int
			fmt.Sscan(m[2], &i)
			if i < len(im.claimPaths) {
				q.Path = im.claimPaths[i]
				q.Message = "as claim " + strings.TrimPrefix(m[3], ".") + ": " + p.Message
				if m[3] == "" {
					q.Message = "as claim: " + p.Message
				}
			}
		case m != nil && m[1] == "speakers":
			var i int
			fmt.Sscan(m[2], &i)
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
