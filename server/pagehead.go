//go:build !wasm

package server

import (
	"bytes"
	"html"
	"net/http"
	"regexp"
	"strconv"
	"strings"
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

// FixPageHead rewrites a page go-app rendered: the viewport allows
// zooming, og:url is url (the tag is removed when url is ""). go-app
// writes a tag's attributes in any order.
func FixPageHead(page []byte, url string) []byte {
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

// fixPages applies FixPageHead to the HTML pages next (go-app's handler)
// answers a GET with; everything else passes through untouched.
func fixPages(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet {
			next.ServeHTTP(w, r)
			return
		}
		pw := &pageWriter{ResponseWriter: w}
		next.ServeHTTP(pw, r)
		pw.finish()
	})
}

// pageWriter holds back an HTML body until it is complete, to rewrite it.
type pageWriter struct {
	http.ResponseWriter
	status  int
	decided bool // whether the body is held (html) or passed through
	html    bool
	body    bytes.Buffer
}

func (p *pageWriter) decide() {
	if !p.decided {
		p.decided = true
		p.html = strings.HasPrefix(p.Header().Get("Content-Type"), "text/html")
	}
}

func (p *pageWriter) WriteHeader(status int) {
	p.decide()
	// A page without a body (304 Not Modified) is not held.
	if !p.html || !bodyAllowed(status) {
		p.html = false
		p.ResponseWriter.WriteHeader(status)
		return
	}
	p.status = status
}

func (p *pageWriter) Write(b []byte) (int, error) {
	p.decide()
	if !p.html {
		return p.ResponseWriter.Write(b)
	}
	return p.body.Write(b)
}

// finish sends a held page, rewritten.
func (p *pageWriter) finish() {
	if !p.html {
		return
	}
	page := FixPageHead(p.body.Bytes(), "")
	p.Header().Set("Content-Length", strconv.Itoa(len(page)))
	if p.status != 0 {
		p.ResponseWriter.WriteHeader(p.status)
	}
	p.ResponseWriter.Write(page)
}

func bodyAllowed(status int) bool {
	return status >= 200 && status != http.StatusNoContent && status != http.StatusNotModified
}
