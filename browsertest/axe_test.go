package browsertest

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/chromedp/chromedp"
)

// axe-core (testdata/axe, MPL-2.0) checks a page's accessibility in the
// browser: names of controls, landmarks, contrast, ARIA use, zooming…
// Every page's test runs it (TestAccessibilityEveryPage); a critical or
// serious violation fails the test, the others are logged.

//go:embed testdata/axe/axe.min.js
var axeSource string

// axeResult is one rule axe found broken, with the elements that break it.
type axeResult struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target  []any  `json:"target"`
		Summary string `json:"failureSummary"`
		HTML    string `json:"html"`
	} `json:"nodes"`
}

func (r axeResult) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s): %s — %d element(s)", r.ID, r.Impact, r.Help, len(r.Nodes))
	for i, n := range r.Nodes {
		if i == 4 {
			fmt.Fprintf(&b, "\n      … and %d more", len(r.Nodes)-i)
			break
		}
		fmt.Fprintf(&b, "\n      %v %.160s", n.Target, n.HTML)
	}
	return b.String()
}

// axeRun runs axe-core on the page as it is and returns its violations.
func axeRun(b *browser) []axeResult {
	b.t.Helper()
	if !eval[bool](b, `typeof window.axe === "object"`) {
		eval[bool](b, axeSource+"\n;true")
	}
	// resultTypes: only violations are wanted (faster); the app's own
	// animations are not waited for, nothing is scrolled.
	res, err := chromedp.Run(b.Ctx, chromedp.Evaluate[[]axeResult](
		`axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations)`, chromedp.EvalAwaitPromise))
	if err != nil {
		b.t.Fatalf("axe-core: %v", err)
	}
	return res
}

// axeCheck runs axe-core on the page, named page in the messages: a
// critical or serious violation fails the test, the others are logged.
func axeCheck(b *browser, page string) {
	b.t.Helper()
	for _, v := range axeRun(b) {
		switch v.Impact {
		case "critical", "serious":
			b.t.Errorf("axe, %s: %s", page, v)
		default:
			b.t.Logf("axe, %s: %s", page, v)
		}
	}
}
