//go:build !wasm

package server

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"path"
	"strings"
	"sync/atomic"
)

// The app draws a page that opens a file by address (/?open=/web/…) on the
// server, before it is live in the browser; it reads the file here, from
// the web folder this process serves (the server's, or the static copy's
// being written).
var site atomic.Pointer[staticFiles]

// maxSiteFile bounds what a page is drawn from: a bigger file is left to
// the browser to open.
const maxSiteFile = 32 << 20

// SiteFile returns what this site serves at urlPath: files of the web
// folder (/web/…) only.
func SiteFile(urlPath string) ([]byte, error) {
	s := site.Load()
	if s == nil {
		return nil, errors.New("no web folder is served")
	}
	return s.read(urlPath)
}

// read reads a file of the web folder by its address, as /web/ serves it.
func (s *staticFiles) read(urlPath string) ([]byte, error) {
	name, ok := strings.CutPrefix(path.Clean("/"+urlPath), "/web/")
	if !ok || strings.Contains(urlPath, "?") || strings.Contains(urlPath, "#") {
		return nil, fmt.Errorf("%s: not a file of /web/", urlPath)
	}
	f, err := filesOnly{http.Dir(s.dir)}.Open("/" + name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxSiteFile+1))
	if err == nil && len(data) > maxSiteFile {
		err = fmt.Errorf("%s: larger than %d bytes", urlPath, maxSiteFile)
	}
	return data, err
}
