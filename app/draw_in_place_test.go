package main

import (
	"testing"

	"whosaid/annotate"
)

func TestSplitRaw(t *testing.T) {
	for _, tc := range []struct{ html, open, inner string }{
		{`<p class="blk" data-base="3"><span>a &gt; b</span></p>`, `<p class="blk" data-base="3">`, `<span>a &gt; b</span>`},
		{`<h2 class="blk headline" data-base="0"></h2>`, `<h2 class="blk headline" data-base="0">`, ``},
		{emptyClaimGroup, `<div class="claim-group" role="none">`, ``},
	} {
		open, inner, ok := splitRaw(tc.html)
		if !ok || open != tc.open || inner != tc.inner {
			t.Errorf("splitRaw(%q) = %q, %q, %v; want %q, %q", tc.html, open, inner, ok, tc.open, tc.inner)
		}
	}
	for _, bad := range []string{"", "text", "<p>unclosed", "<p></div>", "<p"} {
		if _, _, ok := splitRaw(bad); ok {
			t.Errorf("splitRaw(%q) ok", bad)
		}
	}
}

// Every block's markup can be drawn in place: one root element whose
// start tag ends at the first '>' (attribute values are escaped).
func TestParaHTMLSplits(t *testing.T) {
	m := paraModel{Kind: annotate.BlockHeadline, Base: 7, Segs: []segModel{
		{Text: "a<b>"}, {Text: "c", Mark: true, Class: "hl d1", IDs: "x", Style: "#fff", Badge: "A>B", Title: `say "hi" >`},
	}}
	html := paraHTML(m)
	open, inner, ok := splitRaw(html)
	if !ok || open != `<h2 class="blk headline" data-base="7">` || open+inner+"</h2>" != html {
		t.Errorf("splitRaw(%q) = %q, %q, %v", html, open, inner, ok)
	}
}
