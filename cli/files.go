package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"whosaid/annotate"
	"whosaid/annotate/article"
	"whosaid/annotate/detect"
	"whosaid/annotate/load"
	"whosaid/annotate/w3c"
)

// maxInput bounds what is read from one file or stdin: the largest file any
// decoder accepts, plus one byte to notice that it is bigger.
const maxInput = w3c.MaxBytes

// ioError is a file that could not be read or written (exit status 2), as
// opposed to a problem with what it holds (exit status 1).
type ioError struct{ err error }

func (e ioError) Error() string { return e.err.Error() }
func (e ioError) Unwrap() error { return e.err }

// statusOf is the exit status an error calls for.
func statusOf(err error) int {
	var ie ioError
	if errors.As(err, &ie) {
		return ExitIO
	}
	return ExitProblem
}

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
				return nil, ioError{fmt.Errorf("cannot open: %v", pe.Err)}
			}
			return nil, ioError{err}
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return nil, ioError{fmt.Errorf("cannot read: %v", err)}
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

// loadArticle reads and imports an article; how its text differs from the
// file's characters is printed as warnings. The format comes from the
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
	doc, changes, err := article.Read("article"+ext, data)
	if err != nil {
		// Read names the file "article"; name the real one.
		return annotate.Document{}, errors.New(trimPrefix(err.Error(), "article"+ext+": "))
	}
	e.warn(name, changes)
	return doc, nil
}

func trimPrefix(s, p string) string {
	if len(s) >= len(p) && s[:len(p)] == p {
		return s[len(p):]
	}
	return s
}

// loadSet reads an annotation file in any format (annotate/load) and
// prints its warnings. text, when not nil, is the document for files that
// do not carry theirs.
func (e *env) loadSet(name string, text *annotate.Document) (*annotate.Set, detect.Format, error) {
	data, err := e.readInput(name)
	if err != nil {
		return nil, "", err
	}
	f, err := load.Read(data, text)
	if err != nil {
		return nil, f.Format, err
	}
	// Every reader validates; checking again costs little and guards the
	// promise that every set the CLI writes is valid.
	if err := annotate.Validate(f.Set); err != nil {
		return nil, f.Format, err
	}
	e.warn(name, f.Warnings)
	return f.Set, f.Format, nil
}

// printProblems writes err to stderr, one problem per line, each prefixed
// with the file name, and returns the exit status it calls for.
func (e *env) printProblems(file string, err error) int {
	var ps annotate.Problems
	if errors.As(err, &ps) {
		for _, p := range ps {
			fmt.Fprintf(e.stderr, "%s: %s\n", displayName(file), p)
		}
		return ExitProblem
	}
	fmt.Fprintf(e.stderr, "%s: %v\n", displayName(file), err)
	return statusOf(err)
}

// warn prints what an import changed, approximated or left out, one line
// each: "FILE: warning: PATH: MESSAGE".
func (e *env) warn(file string, ws annotate.Problems) {
	for _, w := range ws {
		fmt.Fprintf(e.stderr, "%s: warning: %s\n", displayName(file), w)
	}
	e.warnings += len(ws)
}

// write puts a command's output on stdout.
func (e *env) write(cmd string, out []byte) int {
	if _, err := e.stdout.Write(out); err != nil {
		fmt.Fprintf(e.stderr, "whosaid %s: writing output: %v\n", cmd, err)
		return ExitIO
	}
	return ExitOK
}

// done is a command's exit status: with --strict, warnings make a
// successful run fail.
func (e *env) done(status int) int {
	if status == ExitOK && e.strict && e.warnings > 0 {
		fmt.Fprintf(e.stderr, "whosaid: %d warnings and --strict: exit status %d\n", e.warnings, ExitProblem)
		return ExitProblem
	}
	return status
}
