package exercise

import (
	"strings"
	"time"
	"unicode"

	"whosaid/annotate"
)

// FeedbackMode says when students see their feedback.
type FeedbackMode string

const (
	// FeedbackAfterSubmit shows feedback as soon as a student submits.
	FeedbackAfterSubmit FeedbackMode = "after-submit"
	// FeedbackOnRelease shows feedback only once the teacher releases it.
	FeedbackOnRelease FeedbackMode = "on-release"
)

// Find says what students are asked to find; the teacher's instructions
// and the feedback follow it (a label not asked for is not shown as wrong).
type Find struct {
	Claims      bool `json:"claims"`
	Speakers    bool `json:"speakers"`
	Attribution bool `json:"attribution"` // direct / indirect / mixed
	Kind        bool `json:"kind"`        // fact / opinion / …
}

// Exercise is what a teacher sets: everything but the article and the key.
type Exercise struct {
	Title        string       `json:"title"`
	Instructions string       `json:"instructions,omitempty"`
	Find         Find         `json:"find"`
	Feedback     FeedbackMode `json:"feedback"`
	// Due is when the exercise is due (shown to students; the teacher
	// closes it); nil for no date.
	Due *time.Time `json:"due,omitempty"`
	// AllowSuggestions lets students use the annotator's suggestions.
	AllowSuggestions bool `json:"allowSuggestions,omitempty"`
	// OneSubmission: a student submits once (their work is saved as they
	// go until then); else up to MaxAttempts times while it is open.
	OneSubmission bool `json:"oneSubmission,omitempty"`
}

// AllowedAttempts is how many submissions a student may make.
func (e *Exercise) AllowedAttempts() int {
	if e.OneSubmission {
		return 1
	}
	return MaxAttempts
}

// Limits on what a teacher types.
const (
	MaxTitleRunes        = 200
	MaxInstructionsRunes = 10_000
)

// Validate lists every problem of the exercise settings, with paths under
// prefix ("exercise.title").
func (e *Exercise) Validate(prefix string) annotate.Problems {
	var ps annotate.Problems
	p := func(f string) string { return join(prefix, f) }
	switch n := annotate.RuneLen(strings.TrimSpace(e.Title)); {
	case n == 0:
		ps.Add(p("title"), "missing: give the exercise a title")
	case n > MaxTitleRunes:
		ps.Add(p("title"), "%d characters, more than the limit of %d", n, MaxTitleRunes)
	}
	if hasControl(e.Title, false) {
		ps.Add(p("title"), "holds a control character")
	}
	if n := annotate.RuneLen(e.Instructions); n > MaxInstructionsRunes {
		ps.Add(p("instructions"), "%d characters, more than the limit of %d", n, MaxInstructionsRunes)
	}
	if hasControl(e.Instructions, true) {
		ps.Add(p("instructions"), "holds a control character")
	}
	if e.Feedback != FeedbackAfterSubmit && e.Feedback != FeedbackOnRelease {
		ps.Add(p("feedback"), "%q is not %q or %q", e.Feedback, FeedbackAfterSubmit, FeedbackOnRelease)
	}
	if !e.Find.Claims && !e.Find.Speakers && !e.Find.Attribution && !e.Find.Kind {
		ps.Add(p("find"), "asks for nothing: choose at least one of claims, speakers, attribution, kind")
	}
	return ps
}

func join(prefix, field string) string {
	if prefix == "" {
		return field
	}
	return prefix + "." + field
}

// hasControl tells whether s holds a control character other than, when
// multiline, newline and tab.
func hasControl(s string, multiline bool) bool {
	for _, r := range s {
		if multiline && (r == '\n' || r == '\t') {
			continue
		}
		if unicode.IsControl(r) {
			return true
		}
	}
	return false
}
