package goldspec

import (
	"regexp"
	"strconv"
	"strings"

	"whosaid/annotate"
)

// speakerLine is an S line: the speaker's key and its fields as written.
type speakerLine struct {
	line                          int
	key, name, kind, title, alias string
}

// claimLine is a C line; nth is the occurrence asked for with @N (0: none).
type claimLine struct {
	line                       int
	key, attr, kind, text, cue string
	nth                        int
}

// lines is a spec file split into its records.
type lines struct {
	speakers []speakerLine
	claims   []claimLine
}

// occurrenceSuffix is "@N" at the end of a claim text.
var occurrenceSuffix = regexp.MustCompile(`\s*@([0-9]+)$`)

// readLines splits a spec into records; problems name name:line.
func readLines(name, spec string, ps *annotate.Problems) lines {
	var out lines
	for i, l := range strings.Split(spec, "\n") {
		n := i + 1
		l = strings.TrimRight(l, " \t\r")
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if len(t) < 2 || (t[0] != 'S' && t[0] != 'C') || (t[1] != ' ' && t[1] != '\t') {
			ps.Add(loc(name, n), "a line starts with \"S \" (a speaker), \"C \" (a claim) or # (a comment), not %q", clip(t, 20))
			continue
		}
		fields := splitFields(t[2:])
		if t[0] == 'S' {
			if s, ok := speakerFields(name, n, fields, ps); ok {
				out.speakers = append(out.speakers, s)
			}
			continue
		}
		if c, ok := claimFields(name, n, fields, ps); ok {
			out.claims = append(out.claims, c)
		}
	}
	return out
}

func speakerFields(name string, n int, f []string, ps *annotate.Problems) (speakerLine, bool) {
	if len(f) < 3 || len(f) > 5 {
		ps.Add(loc(name, n), "a speaker line has 3 to 5 fields (key | name | kind | title | aliases), not %d", len(f))
		return speakerLine{}, false
	}
	f = append(f, "", "")
	s := speakerLine{line: n, key: f[0], name: f[1], kind: f[2], title: f[3], alias: f[4]}
	if s.key == "" || strings.ContainsAny(s.key, " \t") {
		ps.Add(loc(name, n), "the speaker key (first field) must be one word, not %q", s.key)
	}
	if s.name == "" {
		ps.Add(loc(name, n), "speaker %q has no name (second field)", s.key)
	}
	return s, true
}

func claimFields(name string, n int, f []string, ps *annotate.Problems) (claimLine, bool) {
	if len(f) < 4 || len(f) > 5 {
		ps.Add(loc(name, n), "a claim line has 4 or 5 fields (speaker key | attribution | kind | claim text | cue), not %d", len(f))
		return claimLine{}, false
	}
	f = append(f, "")
	c := claimLine{line: n, key: f[0], attr: f[1], kind: f[2], text: f[3], cue: f[4]}
	if m := occurrenceSuffix.FindStringSubmatchIndex(c.text); m != nil && m[0] > 0 {
		k, err := strconv.Atoi(c.text[m[2]:m[3]])
		if err != nil || k < 1 {
			ps.Add(loc(name, n), "@%s: the occurrence number counts from 1", c.text[m[2]:m[3]])
			return claimLine{}, false
		}
		c.text, c.nth = c.text[:m[0]], k
	}
	if strings.TrimSpace(c.text) == "" {
		ps.Add(loc(name, n), "the claim text (fourth field) is empty")
		return claimLine{}, false
	}
	return c, true
}

// splitFields splits at | and trims each field; \| is a literal |, \n a
// line break (white space, like any other) and \\ a backslash.
func splitFields(s string) []string {
	var fields []string
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s) && strings.IndexByte(`|n\`, s[i+1]) >= 0:
			i++
			b.WriteString(map[byte]string{'|': "|", 'n': "\n", '\\': `\`}[s[i]])
		case s[i] == '|':
			fields = append(fields, strings.TrimSpace(b.String()))
			b.Reset()
		default:
			b.WriteByte(s[i])
		}
	}
	return append(fields, strings.TrimSpace(b.String()))
}

// clip shortens s to about n runes for a message.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// loc is where a problem is: "dev/flu.spec:12", or the file alone.
func loc(name string, line int) string {
	if line <= 0 {
		return name
	}
	return name + ":" + strconv.Itoa(line)
}
