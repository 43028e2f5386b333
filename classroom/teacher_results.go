//go:build !wasm

package classroom

import (
	"encoding/json"
	"net/http"
	"time"

	"whosaid/annotate"
	"whosaid/annotate/exercise"
	"whosaid/annotate/native"
	"whosaid/annotate/score"
	"whosaid/internal/httpjson"
)

// The teacher's view of the class: dashboard, results CSV, the exercise
// file, one student's work, deleting the class's data.

// loaded is an exercise with its parts decoded.
type loaded struct {
	settings exercise.Exercise
	doc      annotate.Document
	key      score.Key
	hasKey   bool
}

func (h *handler) load(r *http.Request, ex exerciseRow) (loaded, *httpjson.Error) {
	var l loaded
	if err := json.Unmarshal(ex.Settings, &l.settings); err != nil {
		return l, h.storeError(r, err, "exercise")
	}
	if err := json.Unmarshal(ex.Document, &l.doc); err != nil {
		return l, h.storeError(r, err, "exercise")
	}
	if len(ex.Key) > 0 {
		s, err := native.Decode(ex.Key)
		if err != nil {
			return l, h.storeError(r, err, "answer key")
		}
		if l.key, err = exercise.KeyFromSet(l.doc, s); err != nil {
			return l, h.storeError(r, err, "answer key")
		}
		l.hasKey = true
	} else {
		l.key = score.Key{Document: l.doc}
	}
	return l, nil
}

// classStudents turns the stored students into the dashboard's: a
// submitted student's submission is scored, else their autosaved work. A
// stored set that no longer decodes counts as none (and is logged).
func (h *handler) classStudents(r *http.Request, rows []studentRow) []exercise.Student {
	out := make([]exercise.Student, 0, len(rows))
	for _, s := range rows {
		st := exercise.Student{ID: s.ID, Name: s.Name, Status: statusOf(s)}
		data := s.Work
		if len(s.Submission) > 0 {
			data = s.Submission
		}
		if len(data) > 0 {
			set, err := native.Decode(data)
			if err != nil {
				h.log.Error("classroom: stored work does not decode", "student", s.ID, "err", err)
			} else {
				st.Set = set
			}
		}
		out = append(out, st)
	}
	return out
}

func statusOf(s studentRow) exercise.Status {
	switch {
	case len(s.Submission) > 0:
		return exercise.StatusSubmitted
	case len(s.Work) > 0:
		return exercise.StatusWorking
	}
	return exercise.StatusJoined
}

// dashboardView is the teacher's dashboard data.
type dashboardView struct {
	State     State                `json:"state"`
	Code      string               `json:"code,omitempty"`
	Released  bool                 `json:"released"`
	Dashboard *exercise.Dashboard  `json:"dashboard"`
	Updated   map[string]time.Time `json:"updated"` // student id → last save
}

func (h *handler) buildDashboard(r *http.Request, ex exerciseRow) (*exercise.Dashboard, []studentRow, *httpjson.Error) {
	l, e := h.load(r, ex)
	if e != nil {
		return nil, nil, e
	}
	rows, err := h.st.students(r.Context(), ex.ID)
	if err != nil {
		return nil, nil, h.storeError(r, err, "students")
	}
	stamp := dashStamp(ex, rows)
	if d := h.dashes.get(ex.ID, stamp); d != nil {
		return d, rows, nil
	}
	d, err := exercise.BuildDashboard(l.key, h.classStudents(r, rows))
	if err != nil {
		return nil, nil, h.storeError(r, err, "dashboard")
	}
	h.dashes.put(ex.ID, stamp, d)
	return d, rows, nil
}

func (h *handler) dashboard(w http.ResponseWriter, r *http.Request, ex exerciseRow) *httpjson.Error {
	d, rows, e := h.buildDashboard(r, ex)
	if e != nil {
		return e
	}
	v := dashboardView{State: ex.State, Code: ex.Code, Released: ex.Released, Dashboard: d, Updated: map[string]time.Time{}}
	for _, s := range rows {
		v.Updated[s.ID] = s.Updated
	}
	httpjson.Write(w, http.StatusOK, v)
	return nil
}

func (h *handler) resultsCSV(w http.ResponseWriter, r *http.Request, ex exerciseRow) *httpjson.Error {
	d, _, e := h.buildDashboard(r, ex)
	if e != nil {
		return e
	}
	w.Header().Set("Content-Disposition", `attachment; filename="results.csv"`)
	httpjson.WriteBody(w, http.StatusOK, "text/csv; charset=utf-8", exercise.ResultsCSV(d))
	return nil
}

// exerciseFile is the file-only flow's handout: no key in it.
func (h *handler) exerciseFile(w http.ResponseWriter, r *http.Request, ex exerciseRow) *httpjson.Error {
	l, e := h.load(r, ex)
	if e != nil {
		return e
	}
	data, err := exercise.NewExerciseFile(ex.ID, l.settings, l.doc).Encode()
	if err != nil {
		return h.storeError(r, err, "exercise")
	}
	w.Header().Set("Content-Disposition", `attachment; filename="exercise.whosaid-exercise.json"`)
	httpjson.WriteBody(w, http.StatusOK, "application/json", data)
	return nil
}

// studentWorkView is one student's work over the key, for the teacher.
type studentWorkView struct {
	ID         string             `json:"id"`
	Name       string             `json:"name"`
	Status     exercise.Status    `json:"status"`
	Work       json.RawMessage    `json:"work"`       // autosaved set, null when none
	Submission json.RawMessage    `json:"submission"` // submitted set, null when none
	Report     *score.Report      `json:"report,omitempty"`
	Feedback   *exercise.Feedback `json:"feedback,omitempty"`
}

func (h *handler) studentWork(w http.ResponseWriter, r *http.Request, ex exerciseRow) *httpjson.Error {
	s, err := h.st.student(r.Context(), ex.ID, r.PathValue("sid"))
	if err != nil {
		return h.storeError(r, err, "student")
	}
	l, e := h.load(r, ex)
	if e != nil {
		return e
	}
	v := studentWorkView{ID: s.ID, Name: s.Name, Status: statusOf(s), Work: rawOrNull(s.Work), Submission: rawOrNull(s.Submission)}
	if st := h.classStudents(r, []studentRow{s})[0]; st.Set != nil && l.hasKey {
		if rep, err := score.Score(l.key, st.Set); err == nil {
			fb := exercise.NewFeedback(l.settings, l.key, st.Set, rep, true)
			v.Report, v.Feedback = rep, &fb
		}
	}
	httpjson.Write(w, http.StatusOK, v)
	return nil
}

func rawOrNull(b []byte) json.RawMessage {
	if len(b) == 0 {
		return json.RawMessage("null")
	}
	return b
}

func (h *handler) deleteStudents(w http.ResponseWriter, r *http.Request, ex exerciseRow) *httpjson.Error {
	n, err := h.st.deleteStudents(writeCtx(r), ex.ID)
	if err != nil {
		return h.storeError(r, err, "students")
	}
	httpjson.Write(w, http.StatusOK, map[string]int64{"deleted": n})
	return nil
}
