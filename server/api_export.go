//go:build !wasm

package server

import (
	"net/http"

	"whosaid/annotate"
	"whosaid/annotate/csvexport"
	"whosaid/annotate/native"
	"whosaid/annotate/w3c"
	"whosaid/internal/httpjson"
)

// exportFormat is one download format: the same bytes the browser's own
// export writes, from the same packages.
type exportFormat struct {
	contentType string
	filename    string
	encode      func(*annotate.Set) ([]byte, error)
}

var exportFormats = map[string]exportFormat{
	"native": {"application/json", "annotations.whosaid.json", native.Encode},
	"w3c":    {`application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"`, "annotations.w3c.jsonld", w3c.Export},
	"csv":    {"text/csv; charset=utf-8", "annotations.csv", csvexport.Export},
}

func (a *api) exportSet(w http.ResponseWriter, r *http.Request) *httpjson.Error {
	owner, e := ownerOf(r)
	if e != nil {
		return e
	}
	data, _, e := a.loadSet(r, owner, r.PathValue("id"))
	if e != nil {
		return e
	}
	return a.export(w, r, data)
}

// export writes a stored set (native JSON) in the format the URL names,
// re-encoded from the decoded set so that even the native download is
// byte for byte what the browser's export writes.
func (a *api) export(w http.ResponseWriter, r *http.Request, data []byte) *httpjson.Error {
	name := r.PathValue("format")
	f, ok := exportFormats[name]
	if !ok {
		return &httpjson.Error{Status: http.StatusNotFound, Message: "unknown export format",
			Problems: []httpjson.Problem{{Path: "format", Message: "\"" + name + "\" is not one of native, w3c, csv"}}}
	}
	s, err := native.Decode(data)
	if err != nil {
		return a.storeError(r, err, "annotation set")
	}
	out, err := f.encode(s)
	if err != nil {
		return httpjson.Invalid("the set cannot be exported as "+name, err)
	}
	w.Header().Set("Content-Disposition", `attachment; filename="`+f.filename+`"`)
	httpjson.WriteBody(w, http.StatusOK, f.contentType, out)
	return nil
}
