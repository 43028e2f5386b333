package filename

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Ça va? Über—alles 😀 2026":        "ca-va-uber-alles-2026",
		"—":                               "article",
		"":                                "article",
		"Week 3: who said what / Lavrov":  "week-3-who-said-what-lavrov",
		"Лавров: переговоры":              "лавров-переговоры",
		"../../etc/passwd":                "etc-passwd",
		strings.Repeat("long title ", 20): "long-title-long-title-long-title-long-title-long-title-long-t",
		"  CON  ":                         "con",
		"Report\u202Egnp.exe":             "report-gnp-exe",
	} {
		got := Slug(in)
		if got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
		if !utf8.ValidString(got) || len(got) > maxSlug+utf8.UTFMax {
			t.Errorf("Slug(%q) = %q: not a short valid name", in, got)
		}
	}
}

func TestDated(t *testing.T) {
	day := time.Date(2026, 11, 28, 23, 0, 0, 0, time.UTC)
	if got, want := Dated("Week 3 quiz results", day, ".csv"), "week-3-quiz-results-2026-11-28.csv"; got != want {
		t.Errorf("Dated = %q, want %q", got, want)
	}
}
