//go:build !wasm

package server

import (
	"html"
	"regexp"
)

// go-app writes every page's head itself; two of its tags are wrong for
// whosaid and are rewritten in the page before anyone gets it:
//
//   - the viewport forbids zooming (maximum-scale=1, user-scalable=0);
//     people with low vision pinch to zoom, and WCAG 1.4.4 asks that text
//     can be enlarged. The page keeps go-app's other viewport settings.
//   - og:url is the address the page was rendered at: for a static copy
//     a loopback server on the build machine, for the server "http://" and
//     whatever Host the request named (wrong behind a TLS proxy). It is
//     set to the page's public address when that is known (a static copy
//     built with --url), and dropped otherwise: link previews then use
//     the address they fetched.
var (
	metaTag  = regexp.MustCompile(`<meta\s[^>]*>\n?`)
	metaAttr = regexp.MustCompile(`([a-zA-Z:-]+)(?:="([^"]*)")?`)
)

// Viewport is the viewport every page gets: zooming allowed.
const Viewport = "width=device-width, initial-scale=1, viewport-fit=cover"

// FixPageHead mends a page go-app rendered, for the server and the static
// copy alike: the viewport allows zooming, og:url is url (the tag is
// removed when url is ""), and no boolean attribute is written "false"
// (pages.go). go-app writes a tag's attributes in any order.
func FixPageHead(page []byte, url string) []byte {
	page = falseBoolAttr.ReplaceAll(page, nil)
	return metaTag.ReplaceAllFunc(page, func(tag []byte) []byte {
		attrs := map[string]string{}
		for _, m := range metaAttr.FindAllSubmatch(tag[len("<meta"):], -1) {
			attrs[string(m[1])] = string(m[2])
		}
		switch {
		case attrs["name"] == "viewport":
			return []byte(`<meta name="viewport" content="` + Viewport + `">` + "\n")
		case attrs["property"] == "og:url" && url == "":
			return nil
		case attrs["property"] == "og:url":
			return []byte(`<meta property="og:url" content="` + html.EscapeString(url) + `">` + "\n")
		}
		return tag
	})
}
