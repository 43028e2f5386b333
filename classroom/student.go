//go:build !wasm

package classroom

import (
	"bytes"
	"net/http"

	"whosaid/annotate/exercise"
	"whosaid/annotate/native"
	"whosaid/annotate/score"
	"whosaid/internal/clientid"
	"whosaid/internal/httpjson"
	"whosaid/internal/sqldb"
	"whosaid/internal/wire"
)

// byCode finds the published exercise of the code in the path.
func (h *handler) byCode(r *http.Request) (exerciseRow, *httpjson.Error) {
	code, err := exercise.ParseClassCode(r.PathValue("code"))
	if err != nil {
		return exerciseRow{}, &httpjson.Error{Status: http.StatusNotFound, Message: "no class with this code",
			Problems: []httpjson.Problem{{Path: "code", Message: err.Error()}}}
	}
	ex, err := h.st.exerciseByCode(r.Context(), code)
	if err != nil {
		return exerciseRow{}, h.storeError(r, err, "class")
	}
	return ex, nil
}

func (h *handler) classInfo(w http.ResponseWriter, r *http.Request) *httpjson.Error {
	ex, e := h.byCode(r)
	if e != nil {
		return e
	}
	l, e := h.loadWithoutKey(r, ex)
	if e != nil {
		return e
	}
	info := wire.ClassInfo{Code: ex.Code, Title: l.settings.Title, Instructions: l.settings.Instructions,
		Due: l.settings.Due, Open: ex.State == wire.StateOpen}
	if raw := r.URL.Query().Get("name"); raw != "" {
		name, err := exercise.NormalizeName(raw)
		if err != nil {
			return &httpjson.Error{Status: http.StatusBadRequest, Message: "invalid display name", Problems: []httpjson.Problem{{Path: "name", Message: err.Error()}}}
		}
		taken, err := h.st.nameTaken(r.Context(), ex.ID, name)
		if err != nil {
			return h.storeError(r, err, "class")
		}
		info.NameTaken = &taken
	}
	httpjson.Write(w, http.StatusOK, info)
	return nil
}

// parseJoin decodes a join body and checks the name.
func parseJoin(body []byte) (string, *httpjson.Error) {
	var req wire.Join
	if e := httpjson.DecodeStrict(body, &req); e != nil {
		return "", e
	}
	name, err := exercise.NormalizeName(req.Name)
	if err != nil {
		return "", &httpjson.Error{Status: http.StatusBadRequest, Message: "invalid display name", Problems: []httpjson.Problem{{Path: "name", Message: err.Error()}}}
	}
	return name, nil
}

func (h *handler) join(w http.ResponseWriter, r *http.Request) *httpjson.Error {
	ex, e := h.byCode(r)
	if e != nil {
		return e
	}
	body, e := httpjson.ReadJSON(w, r, h.maxBody)
	if e != nil {
		return e
	}
	name, e := parseJoin(body)
	if e != nil {
		return e
	}
	token := newSecret()
	row := studentRow{ID: newID(), ExerciseID: ex.ID, Name: name, Joined: now()}
	if err := h.st.addStudent(writeCtx(r), row, hashSecret(token)); err != nil {
		return h.storeError(r, err, "class")
	}
	var out wire.Joined
	out.Token, out.Student.ID, out.Student.Name = token, row.ID, name
	httpjson.Write(w, http.StatusCreated, out)
	return nil
}

// student registers a route that needs a student token of the class in
// the path. A token of another class gets 404, as if the class were not
// there: one student's token reaches only their own work.
func (h *handler) student(pattern string, f func(w http.ResponseWriter, r *http.Request, ex exerciseRow, s studentRow) *httpjson.Error) {
	h.Handle(pattern, func(w http.ResponseWriter, r *http.Request) *httpjson.Error {
		token, e := clientid.Bearer(r, "student token")
		if e != nil {
			return e
		}
		s, err := h.st.studentByToken(r.Context(), hashSecret(token))
		if err != nil {
			if err == sqldb.ErrNotFound {
				return h.refused(w, r, httpjson.NewError(http.StatusUnauthorized, "this student token is not known: join the class again (the teacher may have deleted the class's data)"))
			}
			return h.storeError(r, err, "student")
		}
		ex, e := h.byCode(r)
		if e != nil {
			return e
		}
		if ex.ID != s.ExerciseID {
			return httpjson.NewError(http.StatusNotFound, "class not found")
		}
		return f(w, r, ex, s)
	})
}

// changedSinceSubmit tells whether s saved work that differs from what
// s submitted (both are stored in canonical native JSON).
func changedSinceSubmit(s studentRow) bool {
	return len(s.Submission) > 0 && !bytes.Equal(s.Work, s.Submission)
}

// keyShown tells whether students' feedback shows the key: only once the
// exercise is closed, when they can no longer submit (a student who read
// the key while it is open would copy it). Reopening hides it again.
func keyShown(ex exerciseRow) bool { return ex.State == wire.StateClosed }

// feedbackAllowed tells whether a student sees feedback on their
// submission: right after submitting, or once the teacher releases it.
func feedbackAllowed(l loaded, ex exerciseRow, s studentRow) bool {
	if len(s.Submission) == 0 || len(ex.Key) == 0 {
		return false
	}
	return l.settings.Feedback == exercise.FeedbackAfterSubmit || ex.Released
}

func (h *handler) me(w http.ResponseWriter, r *http.Request, ex exerciseRow, s studentRow) *httpjson.Error {
	l, e := h.loadWithoutKey(r, ex)
	if e != nil {
		return e
	}
	v := wire.Me{ID: s.ID, Name: s.Name, Status: statusOf(s), State: ex.State, Exercise: l.settings, Document: l.doc,
		Work: rawOrNull(s.Work), Feedback: feedbackAllowed(l, ex, s), Changed: changedSinceSubmit(s),
		Attempts: int(s.Attempts), AttemptsLeft: max(l.settings.AllowedAttempts()-int(s.Attempts), 0), KeyShown: keyShown(ex)}
	if !s.Submitted.IsZero() {
		t := s.Submitted
		v.Submitted = &t
	}
	httpjson.Write(w, http.StatusOK, v)
	return nil
}

func (h *handler) feedback(w http.ResponseWriter, r *http.Request, ex exerciseRow, s studentRow) *httpjson.Error {
	l, e := h.load(r, ex)
	if e != nil {
		return e
	}
	if !feedbackAllowed(l, ex, s) {
		msg := "no feedback yet: submit your work first"
		if len(s.Submission) > 0 {
			msg = "no feedback yet: your teacher releases it later"
		}
		return httpjson.NewError(http.StatusForbidden, msg)
	}
	set, err := native.Decode(s.Submission)
	if err != nil {
		return h.storeError(r, err, "submission")
	}
	rep, err := score.Score(l.key, set)
	if err != nil {
		return h.storeError(r, err, "submission")
	}
	fb := exercise.NewFeedback(l.settings, l.key, set, rep, keyShown(ex))
	httpjson.Write(w, http.StatusOK, wire.Feedback{Feedback: fb, Set: s.Submission})
	return nil
}
