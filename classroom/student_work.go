//go:build !wasm

package classroom

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"whosaid/annotate"
	"whosaid/annotate/exercise"
	"whosaid/annotate/native"
	"whosaid/annotate/score"
	"whosaid/internal/httpjson"
	"whosaid/internal/wire"
)

// MaxClaims is the most claims a student's work, or a key, may hold: far
// more than a news article has (a long one, a few hundred), and a bound on
// what scoring it costs (the dashboard scores every student and compares
// every pair of submissions).
const MaxClaims = 1000

// saveWork stores the student's set (autosave), and submits it when
// submit is set, as one more attempt. Only while the exercise is open.
func (h *handler) saveWork(submit bool) func(w http.ResponseWriter, r *http.Request, ex exerciseRow, s studentRow) *httpjson.Error {
	return func(w http.ResponseWriter, r *http.Request, ex exerciseRow, s studentRow) *httpjson.Error {
		if ex.State != wire.StateOpen {
			return errExerciseClosed()
		}
		body, e := httpjson.ReadJSON(w, r, h.maxBody)
		if e != nil {
			return e
		}
		load := h.loadWithoutKey // an autosave needs no key
		if submit {
			load = h.load
		}
		l, e := load(r, ex)
		if e != nil {
			return e
		}
		set, e := exerciseWork(body, l.doc)
		if e != nil {
			return e
		}
		data, err := native.Encode(set)
		if err != nil {
			return h.storeError(r, err, "work")
		}
		var sub *submission
		if submit {
			if sub, e = h.attempt(r, l, set); e != nil {
				return e
			}
		}
		saved, err := h.st.saveWork(writeCtx(r), s.ID, data, sub)
		if errors.Is(err, errAttemptsUsed) {
			return attemptsUsed(l.settings)
		}
		if err != nil {
			return h.storeError(r, err, "student")
		}
		out := wire.WorkSaved{Status: statusOf(saved), Updated: saved.Updated, Changed: changedSinceSubmit(saved),
			Attempts: saved.Attempts, AttemptsLeft: max(int64(l.settings.AllowedAttempts())-saved.Attempts, 0)}
		if !saved.Submitted.IsZero() {
			t := saved.Submitted
			out.Submitted = &t
		}
		httpjson.Write(w, http.StatusOK, out)
		return nil
	}
}

// exerciseWork decodes a student's set and checks that it is work on the
// exercise's article, of at most MaxClaims claims.
func exerciseWork(body []byte, doc annotate.Document) (*annotate.Set, *httpjson.Error) {
	set, err := native.Decode(body)
	if err != nil {
		return nil, httpjson.Invalid("invalid annotation set", err)
	}
	if set.Document.ID != doc.ID {
		return nil, &httpjson.Error{Status: http.StatusBadRequest,
			Message:  "this work is on another article than the exercise's: only work on the exercise's article can be saved or handed in",
			Problems: []httpjson.Problem{{Path: "document.id", Message: fmt.Sprintf("%q is not the exercise's article (%s)", set.Document.ID, doc.ID)}}}
	}
	return set, tooManyClaims(set, "claims")
}

// tooManyClaims refuses (413) a set of more than MaxClaims claims.
func tooManyClaims(set *annotate.Set, path string) *httpjson.Error {
	if n := len(set.Claims); n > MaxClaims {
		return &httpjson.Error{Status: http.StatusRequestEntityTooLarge, Message: fmt.Sprintf("too many claims: at most %d", MaxClaims),
			Problems: []httpjson.Problem{{Path: path, Message: fmt.Sprintf("%d claims, more than the limit of %d (no article has that many)", n, MaxClaims)}}}
	}
	return nil
}

// attempt scores a submission against the key for the teacher's record
// of attempts.
func (h *handler) attempt(r *http.Request, l loaded, set *annotate.Set) (*submission, *httpjson.Error) {
	sub := &submission{maxAttempts: int64(l.settings.AllowedAttempts())}
	a := exercise.Attempt{Claims: len(set.Claims)}
	if l.hasKey {
		rep, err := score.Score(l.key, set)
		if err != nil {
			return nil, h.storeError(r, err, "submission")
		}
		a = exercise.NewAttempt(rep)
	}
	sub.scores, _ = json.Marshal(a)
	return sub, nil
}

func attemptsUsed(e exercise.Exercise) *httpjson.Error {
	if e.OneSubmission {
		return httpjson.NewError(http.StatusConflict, "you have submitted already: this exercise takes one submission (your work is still saved as you go)")
	}
	return httpjson.NewError(http.StatusConflict, fmt.Sprintf("you have submitted %d times, the most this exercise takes (your work is still saved as you go)", exercise.MaxAttempts))
}
