package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"whosaid/annotate"
	"whosaid/annotate/article"
	"whosaid/annotate/native"
	"whosaid/annotate/w3c"
)

// maxInput bounds what is read from one file or stdin: the largest file any
// decoder accepts, plus one byte to notice that it is bigger.
const maxInput = w3c.MaxBytes

// readInput reads a file, or stdin for "-".
func (e *env) readInput(name string) ([]byte, error) {
	var r io.Reader
	if name == "-" {
		if e.stdinUsed {
			return nil, errors.New("stdin (\"-\") can be read only once")
		}
		e.stdinUsed = true
		r = e.stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) { // the caller names the file already
				return nil, fmt.Errorf("cannot open: %v", pe.Err)
			}
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxInput {
		return nil, fmt.Errorf("more than %d bytes; not an annotation file or article", maxInput)
	}
	return data, nil
}

// displayName is how messages name a file.
func displayName(name string) string {
	if name == "-" {
		return "stdin"
	}
	return name
}

// loadArticle reads and imports an article. The format comes from the
// extension, or from format ("txt", "md", "html"…) when given, which stdin
// needs.
func (e *env) loadArticle(name, format string) (annotate.Document, error) {
	data, err := e.readInput(name)
	if err != nil {
		return annotate.Document{}, err
	}
	ext := filepath.Ext(name)
	if format != "" {
		ext = "." + format
	} else if name == "-" {
		return annotate.Document{}, errors.New("reading an article from stdin needs --format txt|md|html")
	}
	doc, err := article.Import("article"+ext, data)
	if err != nil {
		// Import names the file "article"; name the real one.
		return annotate.Document{}, errors.New(trimPrefix(err.Error(), "article"+ext+": "))
	}
	return doc, nil
}

func trimPrefix(s, p string) string {
	if len(s) >= len(p) && s[:len(p)] == p {
		return s[len(p):]
	}
	return s
}

// fileFormat is an annotation file's format, told by its content.
type fileFormat string

const (
	formatNative fileFormat = "native"
	formatW3C    fileFormat = "w3c"
)

// detectFormat tells W3C Web Annotation JSON-LD (an array, or an object
// with "@context" or "type") from native JSON (anything else, so that a
// broken file gets the native decoder's detailed errors).
func detectFormat(data []byte) fileFormat {
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\uFEFF")), " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '[' {
		return formatW3C
	}
	var probe map[string]json.RawMessage
	if json.Unmarshal(trimmed, &probe) == nil {
		_, ctx := probe["@context"]
		_, typ := probe["type"]
		if ctx || typ {
			return formatW3C
		}
	}
	return formatNative
}

// loadSet reads an annotation file in either format. text, when not nil,
// is the document for W3C files that do not carry theirs.
func (e *env) loadSet(name string, text *annotate.Document) (*annotate.Set, fileFormat, error) {
	data, err := e.readInput(name)
	if err != nil {
		return nil, "", err
	}
	f := detectFormat(data)
	var s *annotate.Set
	if f == formatW3C {
		s, err = w3c.Import(data, text)
	} else {
		s, err = native.Decode(data)
	}
	if err != nil {
		return nil, f, err
	}
	// Both decoders validate; checking again costs little and guards the
	// promise that every set the CLI writes is valid.
	if err := annotate.Validate(s); err != nil {
		return nil, f, err
	}
	return s, f, nil
}

// printProblems writes err to stderr, one problem per line, each prefixed
// with the file name, and returns how many lines it wrote.
func (e *env) printProblems(file string, err error) int {
	var ps annotate.Problems
	if errors.As(err, &ps) {
		for _, p := range ps {
			fmt.Fprintf(e.stderr, "%s: %s\n", displayName(file), p)
		}
		return len(ps)
	}
	fmt.Fprintf(e.stderr, "%s: %v\n", displayName(file), err)
	return 1
}
