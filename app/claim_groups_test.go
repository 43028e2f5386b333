package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// groupHTML is the claims list as drawn, one entry per block.
func groupHTML(p *annotatorPage) []string {
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
	want := `<div class="claim-group" role="none"><li role="listitem" class="claim-item cur" data-claim-id="` + c.ID + `" aria-current="true">` +
		`<button type="button" class="claim-row" data-claim-id="` + c.ID + `"><span class="claim-who"><span class="swatch" style="background: ` + unattributedColour + `;" aria-hidden="true"></span>` +
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
	htmlText(&b, `a<b>&"c'`+"\r\n😀")
	if diff := cmp.Diff("a&lt;b&gt;&amp;&#34;c&#39;&#13;\n😀", b.String()); diff != "" {
		t.Error(diff)
	}
}
