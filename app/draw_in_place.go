package main

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// drawInPlace makes a mounted component whose root is one app.Raw element
// show html now: it sets the content of that element, which stays in the
// DOM, instead of asking go-app for an update. go-app draws updates on its
// next frame, a ticker that restarts at each event, so a new claim waited
// 8 ms for its highlight and list row, and the element was swapped whole.
//
// drawn is the markup the component rendered last (same root tag and
// attributes as html, else false). The component's Render must return
// app.Raw(html) from now on: when go-app renders it again it then either
// finds the markup it mounted (nothing to do) or swaps in an element with
// the same content as this one.
//
// It returns false when it drew nothing (natively, not mounted, another
// root tag): the caller then asks go-app (Update).
func drawInPlace(c app.Composer, drawn, html string) bool {
	if !app.IsClient || !c.Mounted() {
		return false
	}
	open, inner, ok := splitRaw(html)
	if !ok || !strings.HasPrefix(drawn, open) {
		return false
	}
	c.JSValue().Set("innerHTML", inner)
	return true
}

// splitRaw cuts markup made here (one root element, attribute values
// escaped, so the first '>' ends its start tag) into the start tag and the
// content.
func splitRaw(html string) (open, inner string, ok bool) {
	end := strings.IndexByte(html, '>')
	sp := strings.IndexAny(html, " >")
	if !strings.HasPrefix(html, "<") || end < 0 || sp < 0 {
		return "", "", false
	}
	closing := "</" + html[1:sp] + ">"
	if !strings.HasSuffix(html, closing) || len(html)-len(closing) < end+1 {
		return "", "", false
	}
	return html[:end+1], html[end+1 : len(html)-len(closing)], true
}
