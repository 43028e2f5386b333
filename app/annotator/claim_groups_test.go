package annotator

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/app/annotator/articleview"
	"whosaid/app/palette"
)

// groupHTML is the claims list as drawn, one entry per block.
func groupHTML(p *Annotator) []string {
	var out []string
	for _, g := range p.list.groups {
		out = append(out, g.html)
	}
	return out
}

func TestClaimsListRedrawsOnlyTheTouchedGroup(t *testing.T) {
	p, d := mountPage(t)
	before := groupHTML(p)
	selectKbd(t, p, "We have a common goal")
	if !p.makeClaim(d.Context()) {
		t.Fatalf("makeClaim failed: %s", p.status)
	}
	d.Consume()
	after := groupHTML(p)
	var changed []int
	for i := range after {
		if after[i] != before[i] {
			changed = append(changed, i)
		}
	}
	if diff := cmp.Diff([]int{1}, changed); diff != "" {
		t.Errorf("changed groups (-want +got):\n%s", diff)
	}
	c := p.h.Set().Claims[0]
	want := `<div class="claim-group" role="none" style="--rows:1"><li role="listitem" class="claim-item cur" data-claim-id="` + c.ID + `" aria-current="true">` +
		`<button type="button" class="claim-row" data-claim-id="` + c.ID + `"><span class="claim-who"><span class="swatch" style="background: ` + palette.Unattributed + `;" aria-hidden="true"></span>` +
		`<span>Unattributed</span><span class="tag">direct</span>`
	if !strings.HasPrefix(after[1], want) || !strings.Contains(after[1], `<span class="claim-quote">We have a common goal</span>`) {
		t.Errorf("group HTML\n got: %s\nwant prefix: %s", after[1], want)
	}
	if p.list.count != 1 {
		t.Errorf("count = %d, want 1", p.list.count)
	}
	// Closing the claim moves only the current mark: the group keeps its
	// key (no re-render) and its HTML drops the mark.
	key := p.list.groups[1].key
	p.vs.Cur = ""
	p.refresh()
	if p.list.groups[1].key != key || strings.Contains(p.list.groups[1].html, "cur") {
		t.Errorf("after closing: key changed %v, html %s", p.list.groups[1].key != key, p.list.groups[1].html)
	}
}

func TestHTMLTextEscapes(t *testing.T) {
	var b strings.Builder
	articleview.EscapeHTML(&b, `a<b>&"c'`+"\r\n😀")
	if diff := cmp.Diff("a&lt;b&gt;&amp;&#34;c&#39;&#13;\n😀", b.String()); diff != "" {
		t.Error(diff)
	}
}

// A big list mounts empty and is filled a moment later, so the article is
// drawn first.
func TestBigClaimsListFillsAfterMount(t *testing.T) {
	set := annotate.NewSet(annotate.DocumentFromText(annotate.Document{Title: "Big"}, strings.Repeat("Some words here. ", 200)))
	for i := range lazyListRows {
		set.Claims = append(set.Claims, annotate.Claim{ID: fmt.Sprintf("c%04d", i), Span: annotate.Span{Start: i * 5, End: i*5 + 4}})
	}
	p := &Annotator{}
	d := app.NewClientTester(p)
	t.Cleanup(d.Close)
	d.Consume()
	p.loadSet(d.Context(), set)
	d.Consume()
	mounted := 0
	for _, g := range p.list.groups {
		if g.Mounted() {
			mounted++
		}
	}
	if p.list.filler == nil || mounted != 0 || p.list.count != lazyListRows {
		t.Fatalf("filler %v, %d of %d groups mounted, %d claims listed", p.list.filler != nil, mounted, len(p.list.groups), p.list.count)
	}
	deadline := time.Now().Add(5 * time.Second)
	for p.list.filler != nil && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
		d.Consume()
	}
	d.Consume()
	for i, g := range p.list.groups {
		if !g.Mounted() {
			t.Fatalf("group %d not mounted", i)
		}
	}
	if n := strings.Count(p.list.groups[0].html, "<li "); n != lazyListRows {
		t.Errorf("%d rows drawn, want %d", n, lazyListRows)
	}
}
