package annotate

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong with a set, located by a path in the native
// JSON shape, e.g. "claims[3].span.end".
type Problem struct {
	Path    string
	Message string
}

func (p Problem) String() string {
	if p.Path == "" {
		return p.Message
	}
	return p.Path + ": " + p.Message
}

// Problems is every problem found; it is an error so that callers can
// return it as is and still list them all to the user.
type Problems []Problem

// Error lists every problem, one per line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Add records a problem at path.
func (ps *Problems) Add(path, format string, args ...any) {
	*ps = append(*ps, Problem{Path: path, Message: fmt.Sprintf(format, args...)})
}

// Err is nil when there is no problem, else the problems as an error. (A nil
// Problems in an error interface would not compare equal to nil.)
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	return ps
}

// Validate checks everything about a set that can be checked without the
// user: format version, document, speakers, claims, references, spans and
// size limits. It returns nil or Problems listing every problem found.
func Validate(s *Set) error {
	var ps Problems
	if s == nil {
		ps.Add("", "no annotation set")
		return ps
	}
	if s.Format != FormatVersion {
		ps.Add("format", "%d is not the current format version (%d)", s.Format, FormatVersion)
	}
	ix := validateDocument(&ps, &s.Document)
	speakers := validateSpeakers(&ps, s.Speakers)
	validateClaims(&ps, s.Claims, speakers, ix)
	return ps.Err()
}
