package exercise

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"whosaid/annotate"
	"whosaid/annotate/native"
)

// File kinds, in the "kind" field of each file.
const (
	ExerciseFileKind   = "whosaid-exercise"
	SubmissionFileKind = "whosaid-submission"
	FileVersion        = 1
)

// ExerciseFile is what a teacher hands out in the server-less flow: the
// article and the exercise, never the key. ID ties students' files to it.
type ExerciseFile struct {
	Kind     string            `json:"kind"`
	Version  int               `json:"version"`
	ID       string            `json:"id"`
	Exercise Exercise          `json:"exercise"`
	Document annotate.Document `json:"document"`
}

// NewExerciseFile makes the file of an exercise with a given id.
func NewExerciseFile(id string, e Exercise, doc annotate.Document) ExerciseFile {
	return ExerciseFile{Kind: ExerciseFileKind, Version: FileVersion, ID: id, Exercise: e, Document: doc}
}

// Encode writes the file as indented JSON.
func (f ExerciseFile) Encode() ([]byte, error) { return json.MarshalIndent(f, "", "  ") }

// DecodeExerciseFile reads an exercise file strictly: unknown fields (a
// key smuggled in, a typo) are refused; every problem is listed.
func DecodeExerciseFile(data []byte) (ExerciseFile, error) {
	var f ExerciseFile
	if err := decodeStrict(data, &f); err != nil {
		return ExerciseFile{}, err
	}
	var ps annotate.Problems
	checkHeader(&ps, f.Kind, f.Version, ExerciseFileKind)
	checkFileID(&ps, "id", f.ID)
	ps = append(ps, f.Exercise.Validate("exercise")...)
	ps = append(ps, checkDocument(f.Document, "document")...)
	return f, ps.Err()
}

// SubmissionFile is a student's work in the server-less flow.
type SubmissionFile struct {
	Kind       string        `json:"kind"`
	Version    int           `json:"version"`
	ExerciseID string        `json:"exercise"`
	Name       string        `json:"name"`
	Set        *annotate.Set `json:"set"`
}

// NewSubmissionFile makes a student's file.
func NewSubmissionFile(exerciseID, name string, s *annotate.Set) SubmissionFile {
	return SubmissionFile{Kind: SubmissionFileKind, Version: FileVersion, ExerciseID: exerciseID, Name: name, Set: s}
}

// submissionWire is the file's JSON: the set in the native format, read by
// native.Decode (which migrates older versions and locates every problem).
type submissionWire struct {
	Kind       string          `json:"kind"`
	Version    int             `json:"version"`
	ExerciseID string          `json:"exercise"`
	Name       string          `json:"name"`
	Set        json.RawMessage `json:"set"`
}

// Encode writes the file as indented JSON.
func (f SubmissionFile) Encode() ([]byte, error) {
	if f.Set == nil {
		return nil, annotate.Problems{{Path: "set", Message: "missing"}}
	}
	set, err := native.Encode(f.Set)
	if err != nil {
		return nil, err
	}
	return json.MarshalIndent(submissionWire{f.Kind, f.Version, f.ExerciseID, f.Name, set}, "", "  ")
}

// DecodeSubmissionFile reads a student's file: header, name, and a valid
// annotation set. Whether it belongs to an exercise is the caller's check
// (Matches), so that a teacher sees which file is for another exercise.
func DecodeSubmissionFile(data []byte) (SubmissionFile, error) {
	var w submissionWire
	if err := decodeStrict(data, &w); err != nil {
		return SubmissionFile{}, err
	}
	f := SubmissionFile{Kind: w.Kind, Version: w.Version, ExerciseID: w.ExerciseID, Name: w.Name}
	var ps annotate.Problems
	checkHeader(&ps, f.Kind, f.Version, SubmissionFileKind)
	checkFileID(&ps, "exercise", f.ExerciseID)
	if n, err := NormalizeName(f.Name); err != nil {
		ps.Add("name", "%v", err)
	} else {
		f.Name = n
	}
	if len(w.Set) == 0 || string(w.Set) == "null" {
		ps.Add("set", "missing: the student's annotation set")
	} else if s, err := native.Decode(w.Set); err != nil {
		for _, p := range asProblems(err) {
			ps.Add(join("set", p.Path), "%s", p.Message)
		}
	} else {
		f.Set = s
	}
	return f, ps.Err()
}

// Matches says whether a submission file is for the exercise file f.
func (f ExerciseFile) Matches(s SubmissionFile) error {
	var ps annotate.Problems
	if s.ExerciseID != f.ID {
		ps.Add("exercise", "%q is another exercise than this one (%q)", s.ExerciseID, f.ID)
	}
	if s.Set != nil && s.Set.Document.ID != f.Document.ID {
		ps.Add("set.document.id", "%q is another article than the exercise's (%q)", s.Set.Document.ID, f.Document.ID)
	}
	return ps.Err()
}

// MaxFileID is the longest exercise id in a file.
const MaxFileID = 64

func checkHeader(ps *annotate.Problems, kind string, version int, want string) {
	if kind != want {
		ps.Add("kind", "%q is not a %s file (want %q)", kind, want, want)
	}
	if version != FileVersion {
		ps.Add("version", "%d is not a version this whosaid reads (%d)", version, FileVersion)
	}
}

func checkFileID(ps *annotate.Problems, path, id string) {
	if id == "" || len(id) > MaxFileID {
		ps.Add(path, "%q is not an exercise id (1 to %d characters)", id, MaxFileID)
	}
}

func checkDocument(doc annotate.Document, path string) annotate.Problems {
	var ps annotate.Problems
	if err := annotate.Validate(annotate.NewSet(doc)); err != nil {
		for _, p := range asProblems(err) {
			ps.Add(join(path, trimPrefix(p.Path, "document")), "%s", p.Message)
		}
	}
	return ps
}

func trimPrefix(p, prefix string) string {
	if p == prefix {
		return ""
	}
	if len(p) > len(prefix) && p[:len(prefix)] == prefix && (p[len(prefix)] == '.' || p[len(prefix)] == '[') {
		rest := p[len(prefix):]
		if rest[0] == '.' {
			rest = rest[1:]
		}
		return rest
	}
	return p
}

// decodeStrict reads one JSON object with no unknown fields, within the
// native file size limit.
func decodeStrict(data []byte, v any) error {
	if len(data) > annotate.MaxFileBytes {
		return annotate.Problems{{Message: fmt.Sprintf("the file is %d bytes, more than the limit of %d", len(data), annotate.MaxFileBytes)}}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			// Offset counts the offending byte; point at it.
			line, col := lineCol(data, int(se.Offset)-1)
			return annotate.Problems{{Message: fmt.Sprintf("line %d, column %d: %v", line, col, se)}}
		case errors.As(err, &te):
			return annotate.Problems{{Path: te.Field, Message: fmt.Sprintf("want %s, got JSON %s", te.Type, te.Value)}}
		}
		return annotate.Problems{{Message: err.Error()}}
	}
	if dec.More() {
		return annotate.Problems{{Message: "data after the end of the file's JSON object"}}
	}
	return nil
}

func lineCol(data []byte, off int) (int, int) {
	off = min(max(off, 0), len(data))
	line, col := 1, 1
	for _, c := range data[:off] {
		if c == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}
