//go:build !wasm

package classroom

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"

	"whosaid/annotate"
	"whosaid/annotate/exercise"
	"whosaid/annotate/native"
	"whosaid/internal/clientid"
	"whosaid/internal/httpjson"
	"whosaid/internal/sqldb"
	"whosaid/internal/wire"
)

// teacher registers a route that needs the exercise's teacher secret.
func (h *handler) teacher(pattern string, f func(w http.ResponseWriter, r *http.Request, ex exerciseRow) *httpjson.Error) {
	h.Handle(pattern, func(w http.ResponseWriter, r *http.Request) *httpjson.Error {
		secret, e := clientid.Bearer(r, "teacher secret")
		if e != nil {
			return e
		}
		ex, err := h.st.exercise(r.Context(), r.PathValue("id"))
		if err != nil {
			return h.refused(w, r, h.storeError(r, err, "exercise"))
		}
		if !sameHash(hashSecret(secret), ex.SecretHash) {
			return h.refused(w, r, httpjson.NewError(http.StatusForbidden, "this is not the teacher secret of the exercise"))
		}
		return f(w, r, ex)
	})
}

func (h *handler) createExercise(w http.ResponseWriter, r *http.Request) *httpjson.Error {
	body, e := httpjson.ReadJSON(w, r, h.maxBody)
	if e != nil {
		return e
	}
	req, keyData, e := parseCreate(body)
	if e != nil {
		return e
	}
	settings, _ := json.Marshal(req.Exercise)
	doc, _ := json.Marshal(req.Document)
	t := now()
	secret := newSecret()
	row := exerciseRow{ID: newID(), SecretHash: hashSecret(secret), Settings: settings, Document: doc, Key: keyData,
		State: wire.StateDraft, Created: t, Updated: t}
	if err := h.st.createExercise(writeCtx(r), row); err != nil {
		return h.storeError(r, err, "exercise")
	}
	view, e := h.view(r, row)
	if e != nil {
		return e
	}
	httpjson.Write(w, http.StatusCreated, wire.ExerciseCreated{ID: row.ID, TeacherSecret: secret,
		TeacherPath: "/teach/" + row.ID + "#secret=" + url.QueryEscape(secret), Exercise: view})
	return nil
}

// parseCreate decodes and checks a POST /exercises body; keyData is the
// key's canonical native JSON (nil without a key).
func parseCreate(body []byte) (req wire.CreateExercise, keyData []byte, e *httpjson.Error) {
	if e := httpjson.DecodeStrict(body, &req); e != nil {
		return req, nil, e
	}
	var ps annotate.Problems
	ps = append(ps, req.Exercise.Validate("exercise")...)
	if req.Document == nil {
		ps.Add("document", "missing: the article of the exercise")
	} else if err := annotate.Validate(annotate.NewSet(*req.Document)); err != nil {
		ps = append(ps, asProblems(err)...)
	}
	if len(ps) == 0 && len(req.Key) > 0 && string(req.Key) != "null" {
		var err error
		if keyData, err = checkKey(*req.Document, req.Key); err != nil {
			ps = append(ps, asProblems(err)...)
		}
	}
	if len(ps) > 0 {
		return req, nil, httpjson.Invalid("invalid exercise", ps)
	}
	return req, keyData, nil
}

// checkKey decodes and checks a key set on doc; it returns its canonical
// native encoding. Problem paths start with "key".
func checkKey(doc annotate.Document, data []byte) ([]byte, error) {
	s, err := native.Decode(data)
	if err != nil {
		var ps annotate.Problems
		for _, p := range asProblems(err) {
			ps.Add(httpjson.JoinPath("key", p.Path), "%s", p.Message)
		}
		return nil, ps
	}
	if n := len(s.Claims); n > MaxClaims {
		return nil, annotate.Problems{{Path: "key.claims", Message: fmt.Sprintf("%d claims, more than the limit of %d (no article has that many)", n, MaxClaims)}}
	}
	if _, err := exercise.KeyFromSet(doc, s); err != nil {
		return nil, err
	}
	return native.Encode(s)
}

func asProblems(err error) annotate.Problems {
	var ps annotate.Problems
	if errors.As(err, &ps) {
		return ps
	}
	return annotate.Problems{{Message: err.Error()}}
}

func (h *handler) view(r *http.Request, ex exerciseRow) (wire.ExerciseView, *httpjson.Error) {
	v := wire.ExerciseView{ID: ex.ID, State: ex.State, Code: ex.Code, Released: ex.Released, Created: ex.Created, Updated: ex.Updated, Key: json.RawMessage("null")}
	if ex.Code != "" {
		v.JoinPath = "/join?code=" + ex.Code
	}
	if err := json.Unmarshal(ex.Settings, &v.Exercise); err != nil {
		return v, h.storeError(r, err, "exercise")
	}
	if err := json.Unmarshal(ex.Document, &v.Document); err != nil {
		return v, h.storeError(r, err, "exercise")
	}
	if len(ex.Key) > 0 {
		v.Key = ex.Key
	}
	return v, nil
}

func (h *handler) getExercise(w http.ResponseWriter, r *http.Request, ex exerciseRow) *httpjson.Error {
	v, e := h.view(r, ex)
	if e != nil {
		return e
	}
	httpjson.Write(w, http.StatusOK, v)
	return nil
}

func (h *handler) deleteExercise(w http.ResponseWriter, r *http.Request, ex exerciseRow) *httpjson.Error {
	if err := h.st.deleteExercise(writeCtx(r), ex.ID); err != nil {
		return h.storeError(r, err, "exercise")
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

func (h *handler) putSettings(w http.ResponseWriter, r *http.Request, ex exerciseRow) *httpjson.Error {
	body, e := httpjson.ReadJSON(w, r, h.maxBody)
	if e != nil {
		return e
	}
	var s exercise.Exercise
	if e := httpjson.DecodeStrict(body, &s); e != nil {
		return e
	}
	if ps := s.Validate(""); len(ps) > 0 {
		return httpjson.Invalid("invalid exercise settings", ps)
	}
	data, _ := json.Marshal(s)
	return h.modify(w, r, ex.ID, func(row *exerciseRow) *httpjson.Error { row.Settings = data; return nil })
}

func (h *handler) putKey(w http.ResponseWriter, r *http.Request, ex exerciseRow) *httpjson.Error {
	body, e := httpjson.ReadJSON(w, r, h.maxBody)
	if e != nil {
		return e
	}
	var doc annotate.Document
	if err := json.Unmarshal(ex.Document, &doc); err != nil {
		return h.storeError(r, err, "exercise")
	}
	key, err := checkKey(doc, body)
	if err != nil {
		return httpjson.Invalid("invalid answer key", err)
	}
	return h.modify(w, r, ex.ID, func(row *exerciseRow) *httpjson.Error { row.Key = key; return nil })
}

// modify changes an exercise in one transaction and answers with its view.
func (h *handler) modify(w http.ResponseWriter, r *http.Request, id string, fn func(row *exerciseRow) *httpjson.Error) *httpjson.Error {
	return h.modifyQ(w, r, id, func(_ sqldb.Querier, row *exerciseRow) *httpjson.Error { return fn(row) })
}

func (h *handler) modifyQ(w http.ResponseWriter, r *http.Request, id string, fn func(q sqldb.Querier, row *exerciseRow) *httpjson.Error) *httpjson.Error {
	var fe *httpjson.Error
	row, err := h.st.modifyExercise(writeCtx(r), id, func(q sqldb.Querier, row *exerciseRow) error {
		if fe = fn(q, row); fe != nil {
			return fe
		}
		return nil
	})
	if fe != nil {
		return fe
	}
	if err != nil {
		return h.storeError(r, err, "exercise")
	}
	return h.getExercise(w, r, row)
}

// publish gives the exercise its class code and opens it; publishing again
// keeps the code. A key with at least one claim is needed.
func (h *handler) publish(w http.ResponseWriter, r *http.Request, ex exerciseRow) *httpjson.Error {
	return h.modifyQ(w, r, ex.ID, func(q sqldb.Querier, row *exerciseRow) *httpjson.Error {
		if row.Code != "" {
			return nil
		}
		if e := needKey(row); e != nil {
			return e
		}
		// A fresh code is free but for a one-in-a-million chance: look.
		for range 20 {
			c := exercise.NewClassCode()
			used, err := codeInUse(r.Context(), q, c)
			if err != nil {
				return h.storeError(r, err, "exercise")
			}
			if !used {
				row.Code = c
				break
			}
		}
		if row.Code == "" {
			return h.storeError(r, errors.New("no free class code found"), "exercise")
		}
		row.State = wire.StateOpen
		return nil
	})
}

func needKey(row *exerciseRow) *httpjson.Error {
	if len(row.Key) == 0 {
		return &httpjson.Error{Status: http.StatusConflict, Message: "the exercise has no answer key yet",
			Problems: []httpjson.Problem{{Path: "key", Message: "missing: PUT /api/v1/exercises/{id}/key first"}}}
	}
	s, err := native.Decode(row.Key)
	if err == nil && len(s.Claims) == 0 {
		return &httpjson.Error{Status: http.StatusConflict, Message: "the answer key has no claims",
			Problems: []httpjson.Problem{{Path: "key.claims", Message: "empty: mark at least one claim"}}}
	}
	return nil
}

func (h *handler) setState(to wire.ExerciseState) func(w http.ResponseWriter, r *http.Request, ex exerciseRow) *httpjson.Error {
	return func(w http.ResponseWriter, r *http.Request, ex exerciseRow) *httpjson.Error {
		return h.modify(w, r, ex.ID, func(row *exerciseRow) *httpjson.Error {
			if row.State == wire.StateDraft {
				return httpjson.NewError(http.StatusConflict, "the exercise is not published yet: publish it first")
			}
			row.State = to
			return nil
		})
	}
}

func (h *handler) setReleased(v bool) func(w http.ResponseWriter, r *http.Request, ex exerciseRow) *httpjson.Error {
	return func(w http.ResponseWriter, r *http.Request, ex exerciseRow) *httpjson.Error {
		return h.modify(w, r, ex.ID, func(row *exerciseRow) *httpjson.Error { row.Released = v; return nil })
	}
}
