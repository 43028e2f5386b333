package exercise

import (
	"fmt"

	"whosaid/annotate"
	"whosaid/annotate/score"
)

// KeyFromSet turns the teacher's annotation set into the answer key. The
// teacher marks key options in the ordinary annotator with tags (see
// score.TagOptional and score.TagAltPrefix). The set must be valid and on
// doc; the key must be scorable (every span a stretch of words, every
// speaker known). Every problem is listed.
func KeyFromSet(doc annotate.Document, s *annotate.Set) (score.Key, error) {
	if s == nil {
		return score.Key{}, annotate.Problems{{Path: "key", Message: "missing: the answer key's annotation set"}}
	}
	var ps annotate.Problems
	if err := annotate.Validate(s); err != nil {
		for _, p := range asProblems(err) {
			ps.Add(join("key", p.Path), "%s", p.Message)
		}
		return score.Key{}, ps
	}
	if s.Document.ID != doc.ID {
		ps.Add("key.document.id", "%q is not the exercise's article (%q)", s.Document.ID, doc.ID)
		return score.Key{}, ps
	}
	k, err := score.KeyFromSet(s)
	if err != nil {
		for _, p := range asProblems(err) {
			ps.Add(join("key", p.Path), "%s", p.Message)
		}
		return score.Key{}, ps
	}
	// Scoring an empty set runs every check the scorer makes of a key.
	if _, err := score.Score(k, annotate.NewSet(doc)); err != nil {
		ps.Add("key", "%v", err)
		return score.Key{}, ps
	}
	return k, nil
}

func asProblems(err error) annotate.Problems {
	if ps, ok := err.(annotate.Problems); ok {
		return ps
	}
	return annotate.Problems{{Message: err.Error()}}
}

// checkSetOn says what is wrong with a student's set for this exercise.
func checkSetOn(doc annotate.Document, s *annotate.Set, path string) annotate.Problems {
	var ps annotate.Problems
	if s == nil {
		ps.Add(path, "missing")
		return ps
	}
	if err := annotate.Validate(s); err != nil {
		for _, p := range asProblems(err) {
			ps.Add(join(path, p.Path), "%s", p.Message)
		}
		return ps
	}
	if s.Document.ID != doc.ID {
		ps.Add(path+".document.id", "%s", fmt.Sprintf("%q is not the exercise's article (%q)", s.Document.ID, doc.ID))
	}
	return ps
}

// CheckSet lists what is wrong with a student's set for an exercise on doc.
func CheckSet(doc annotate.Document, s *annotate.Set) error { return checkSetOn(doc, s, "set").Err() }
