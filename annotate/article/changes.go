package article

import (
	"fmt"

	"whosaid/annotate"
)

// changes tallies how a plain-text import changed the file's characters:
// for each kind of change, how many lines it touched and the first one.
type changes struct {
	crlf                                           bool
	nfc, space, joined, single, blankRuns, leading tally
}

type tally struct{ n, first int }

func (c *changes) note(t *tally, lineNo int) {
	if t.n == 0 {
		t.first = lineNo
	}
	t.n++
}

// problems lists the changes as messages located at their first line, in
// the order a reader meets their effect on offsets.
func (c *changes) problems() annotate.Problems {
	var ps annotate.Problems
	if c.crlf {
		ps.Add("", "Windows line ends (CR LF) became LF: positions counted in the file with two characters per line end are one less per line")
	}
	add := func(t tally, one, many string) {
		if t.n == 0 {
			return
		}
		msg := one
		if t.n > 1 {
			msg = fmt.Sprintf(many, t.n)
		}
		ps.Add(fmt.Sprintf("line %d", t.first), "%s", msg)
	}
	add(c.leading, "blank lines before the text were removed", "blank lines before the text were removed")
	add(c.nfc, "characters were normalized to Unicode NFC (the same letters, fewer code points)",
		"characters on %d lines were normalized to Unicode NFC (the same letters, fewer code points)")
	add(c.space, "white space was tidied: runs of spaces and tabs became one space, spaces at the line's ends were removed",
		"white space was tidied on %d lines: runs of spaces and tabs became one space, spaces at line ends were removed")
	add(c.joined, "a line break inside a wrapped paragraph became a space",
		"%d line breaks inside wrapped paragraphs became spaces")
	add(c.single, "a paragraph followed a single line break; whosaid puts a blank line between paragraphs, so positions counted in the file grow by one from here",
		"%d paragraphs followed a single line break; whosaid puts a blank line between paragraphs, so positions counted in the file grow by one at each")
	add(c.blankRuns, "several blank lines became one", "%d runs of several blank lines became one each")
	return ps
}
