package browsertest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/chromedp/chromedp"
)

// TestClaimKeyRightAfterSelection (issue 17, case 5): C pressed the moment
// a selection is made makes the claim every time. The browser reports a
// new selection with a selectionchange event of its own, later; a key that
// came first was answered "Select some words of the article first".
// Half the presses come in the same task as the selection (the worst
// case: the event has not even fired), half as real key presses right
// after it.
func TestClaimKeyRightAfterSelection(t *testing.T) {
	b := openSample(t)
	phrases := racePhrases(t, 30)
	for i, ph := range phrases {
		selectText(b, ph)
		if i%2 == 0 {
			eval[bool](b, `document.querySelector("#article").dispatchEvent(new KeyboardEvent("keydown", {key: "c", bubbles: true})) || true`)
		} else {
			b.Do(chromedp.KeyEvent("c"))
		}
		waitClaims(b, i+1)
		if status := eval[string](b, `document.querySelector("#status").textContent`); strings.Contains(status, "Select some words") {
			t.Fatalf("press %d: %q", i+1, status)
		}
		// The new claim opens in the editor with the selected words.
		b.Wait(fmt.Sprintf(`document.querySelector("#claim-editor .quote")?.textContent === %q`, ph))
	}
	quotes := claimQuotes(b)
	if len(quotes) != len(phrases) {
		t.Fatalf("%d claims, want %d", len(quotes), len(phrases))
	}
}

// racePhrases picks n three-word phrases of plain words that occur once
// each in the sample article, far apart, in text order.
func racePhrases(t *testing.T, n int) []string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(repoRoot, "annotate", "testdata", "sample-article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	plain := func(w string) bool {
		for _, r := range w {
			if !unicode.IsLetter(r) {
				return false
			}
		}
		return w != ""
	}
	var out []string
	for _, line := range strings.Split(text, "\n") {
		words := strings.Fields(line)
		for i := 0; i+3 <= len(words) && len(out) < n; i += 9 {
			if !plain(words[i]) || !plain(words[i+1]) || !plain(words[i+2]) {
				continue
			}
			ph := strings.Join(words[i:i+3], " ")
			if strings.Count(text, ph) == 1 {
				out = append(out, ph)
			}
		}
	}
	if len(out) < n {
		t.Fatalf("only %d phrases in the sample article", len(out))
	}
	return out
}
