package browsertest

import (
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"
)

// TestSyncPanelStyledByCSS: the Sync panel takes its look from files.css,
// not inline styles (which the stylesheet could only beat with
// !important), and still hangs under the top bar's right edge, on screen,
// on a desktop and on a phone.
func TestSyncPanelStyledByCSS(t *testing.T) {
	for _, c := range []struct {
		name  string
		phone bool
		want  []string
	}{
		// Right edge .75rem in from the bar's; just under the bar; 24rem wide.
		{"desktop", false, []string{"right 0.75", "top -0.25", "width 24", "in view true", "on top true", "rows flex,flex", "tokens monospace,monospace"}},
		// The width of the screen, less .5rem on the left and .75rem on the right.
		{"phone", true, []string{"right 0.75", "top -0.25", "width 24.75", "in view true", "on top true", "rows flex,flex", "tokens monospace,monospace"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := startServer(t)
			b := newBrowser(t, "")
			if c.phone {
				b.Do(chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateTouch))
			}
			openApp(b, s.URL+"/")
			b.Wait(`document.querySelectorAll("#article [data-base]").length > 5`)
			b.Wait(`["synced", "local"].includes(document.querySelector("#sync-status")?.dataset.state)`)
			eval[bool](b, `document.querySelector("#sync-status").click() || true`)
			b.Wait(`!!document.querySelector("#sync-token")`)
			styled := eval[[]string](b, `[document.querySelector(".sync"), ...document.querySelectorAll("#sync-panel, #sync-panel *")].filter(e => e.hasAttribute("style")).map(e => e.tagName + "#" + e.id + "." + e.className)`)
			if len(styled) > 0 {
				t.Errorf("elements with inline styles: %q", styled)
			}
			// Lengths in rem, rounded to hundredths.
			got := eval[[]string](b, `(() => {
				const rem = parseFloat(getComputedStyle(document.documentElement).fontSize), r2 = v => Math.round(v / rem * 100) / 100;
				// The bar's padding box, which the panel's top and right are of.
				const tb = document.querySelector(".topbar"), b = tb.getBoundingClientRect(), panel = document.querySelector("#sync-panel");
				const cs = getComputedStyle(tb), right = b.right - parseFloat(cs.borderRightWidth), bottom = b.bottom - parseFloat(cs.borderBottomWidth);
				const p = panel.getBoundingClientRect(), hit = document.elementFromPoint(p.x + p.width / 2, p.y + p.height / 2);
				return ["right " + r2(right - p.right), "top " + r2(p.top - bottom), "width " + r2(p.width),
					"in view " + (p.left >= 0 && p.right <= innerWidth && p.top >= 0 && p.bottom <= innerHeight),
					"on top " + panel.contains(hit),
					"rows " + [...panel.querySelectorAll(".sync-row")].map(e => getComputedStyle(e).display),
					"tokens " + [...panel.querySelectorAll(".sync-token")].map(e => getComputedStyle(e).fontFamily)];
			})()`)
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("the panel (-want +got):\n%s", diff)
			}
		})
	}
}
