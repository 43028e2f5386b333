package suggest

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"whosaid/annotate"
)

var update = flag.Bool("update", false, "rewrite testdata/gold/*.json from the .spec files")

// TestGoldFromSpec turns the hand-written .spec files into native gold sets
// (go test -run TestGoldFromSpec -update); without -update it checks that
// the committed JSON matches its spec.
func TestGoldFromSpec(t *testing.T) {
	specs, _ := filepath.Glob("testdata/gold/*.spec")
	if len(specs) < 4 {
		t.Fatalf("want at least 4 gold articles, found %d", len(specs))
	}
	for _, spec := range specs {
		base := strings.TrimSuffix(spec, ".spec")
		set, err := goldFromSpec(base+".txt", spec)
		if err != nil {
			t.Fatalf("%s: %v", spec, err)
		}
		if err := annotate.Validate(set); err != nil {
			t.Fatalf("%s: gold set does not validate:\n%v", spec, err)
		}
		data, _ := json.MarshalIndent(set, "", "  ")
		data = append(data, '\n')
		if *update {
			if err := os.WriteFile(base+".json", data, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		old, err := os.ReadFile(base + ".json")
		if err != nil || string(old) != string(data) {
			t.Errorf("%s.json is out of date with its spec: run go test -run TestGoldFromSpec -update ./annotate/suggest/", base)
		}
	}
}

func goldFromSpec(textPath, specPath string) (*annotate.Set, error) {
	raw, err := os.ReadFile(textPath)
	if err != nil {
		return nil, err
	}
	doc := annotate.DocumentFromText(annotate.Document{Title: filepath.Base(strings.TrimSuffix(textPath, ".txt")), Language: "en"}, string(raw))
	text := doc.Text()
	ix := annotate.NewTextIndex(text)
	set := annotate.NewSet(doc)
	keys := map[string]string{}
	f, err := os.Open(specPath)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	line := 0
	stamp := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	for sc.Scan() {
		line++
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		fields := strings.Split(l[2:], "|")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		switch l[0] {
		case 'S':
			if len(fields) != 5 {
				return nil, fmt.Errorf("line %d: speaker needs 5 fields", line)
			}
			id := "s" + strconv.Itoa(len(set.Speakers)+1)
			keys[fields[0]] = id
			sp := annotate.Speaker{ID: id, Name: fields[1], Kind: annotate.SpeakerKind(fields[2]), Title: fields[3]}
			if fields[4] != "" {
				sp.Aliases = strings.Split(fields[4], ";")
			}
			set.Speakers = append(set.Speakers, sp)
		case 'C':
			if len(fields) != 5 {
				return nil, fmt.Errorf("line %d: claim needs 5 fields", line)
			}
			exact := strings.ReplaceAll(fields[3], `\n`, "\n")
			nth := 1
			if i := strings.LastIndex(exact, "@"); i > 0 {
				if n, err := strconv.Atoi(exact[i+1:]); err == nil {
					exact, nth = exact[:i], n
				}
			}
			at := nthIndex(text, exact, nth)
			if at < 0 {
				return nil, fmt.Errorf("line %d: claim text not found: %q", line, exact)
			}
			if nth == 1 && strings.Count(text, exact) > 1 {
				return nil, fmt.Errorf("line %d: claim text occurs %d times; add @N", line, strings.Count(text, exact))
			}
			start, _ := ix.FromByte(at)
			end := start + annotate.RuneLen(exact)
			sid, ok := keys[fields[0]]
			if !ok {
				return nil, fmt.Errorf("line %d: unknown speaker %q", line, fields[0])
			}
			c := annotate.Claim{
				ID: "c" + strconv.Itoa(len(set.Claims)+1), Span: annotate.MakeSpan(ix, start, end), SpeakerID: sid,
				Attribution: annotate.AttributionType(fields[1]), Kind: annotate.ClaimKind(fields[2]),
				Created: stamp, Modified: stamp, Creator: "gold",
			}
			if cue := fields[4]; cue != "" {
				cs, ok := nearest(text, ix, cue, start, end)
				if !ok {
					return nil, fmt.Errorf("line %d: cue %q not found", line, cue)
				}
				c.Cue = &cs
			}
			set.Claims = append(set.Claims, c)
		default:
			return nil, fmt.Errorf("line %d: unknown record %q", line, l[:1])
		}
	}
	sort.SliceStable(set.Claims, func(i, j int) bool { return annotate.ClaimLess(set.Claims[i], set.Claims[j]) })
	return set, sc.Err()
}

func nthIndex(s, sub string, n int) int {
	at := -1
	for i := 0; i < n; i++ {
		j := strings.Index(s[at+1:], sub)
		if j < 0 {
			return -1
		}
		at += 1 + j
	}
	return at
}

// nearest finds the occurrence of a whole-word cue closest to a claim.
func nearest(text string, ix *annotate.TextIndex, cue string, start, end int) (annotate.Span, bool) {
	best, bestD := -1, 1<<30
	for at := 0; ; {
		j := strings.Index(text[at:], cue)
		if j < 0 {
			break
		}
		b := at + j
		at = b + 1
		cs, _ := ix.FromByte(b)
		ce := cs + annotate.RuneLen(cue)
		d := 0
		if ce <= start {
			d = start - ce
		} else if cs >= end {
			d = cs - end
		}
		if d < bestD {
			best, bestD = cs, d
		}
	}
	if best < 0 {
		return annotate.Span{}, false
	}
	return annotate.MakeSpan(ix, best, best+annotate.RuneLen(cue)), true
}
