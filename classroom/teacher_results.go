//go:build !wasm

package classroom

import (
	"encoding/json"
	"mime"
	"net/http"
	"time"

	"whosaid/annotate"
	"whosaid/annotate/exercise"
	"whosaid/annotate/filename"
	"whosaid/annotate/native"
	"whosaid/annotate/score"
	"whosaid/internal/httpjson"
	"whosaid/internal/wire"
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
	l, e := h.loadWithoutKey(r, ex)
	if e != nil || len(ex.Key) == 0 {
		return l, e
	}
	s, err := native.Decode(ex.Key)
	if err != nil {
		return l, h.storeError(r, err, "answer key")
	}
	if l.key, err = exercise.KeyFromSet(l.doc, s); err != nil {
		return l, h.storeError(r, err, "answer key")
	}
	l.hasKey = true
	return l, nil
}

// loadWithoutKey decodes the settings and the article only: an autosave
// needs no key, and decoding one is most of the work.
func (h *handler) loadWithoutKey(r *http.Request, ex exerciseRow) (loaded, *httpjson.Error) {
	var l loaded
	if err := json.Unmarshal(ex.Settings, &l.settings); err != nil {
		return l, h.storeError(r, err, "exercise")
	}
	if err := json.Unmarshal(ex.Document, &l.doc); err != nil {
		return l, h.storeError(r, err, "exercise")
	}
	l.key = score.Key{Document: l.doc}
	return l, nil
}

// decodeWork reads a student's stored set: their submission, else their
// autosaved work (nil when none). A stored set that no longer decodes
// counts as none (and is logged).
func (h *handler) decodeWork(s studentRow) *annotate.Set {
	data := s.Work
	if len(s.Submission) > 0 {
		data = s.Submission
	}
	if len(data) == 0 {
		return nil
	}
	set, err := native.Decode(data)
	if err != nil {
		h.log.Error("classroom: stored work does not decode", "student", s.ID, "err", err)
		return nil
	}
	return set
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

// classDashboard is the exercise's dashboard and the answer to send,
// computed as dashcache.go says. The cache's lock is held while building,
// so that polls arriving meanwhile wait for this build and share it.
func (h *handler) classDashboard(r *http.Request, ex exerciseRow) (*exercise.Dashboard, []byte, *httpjson.Error) {
	cc := h.dashes.class(ex.ID)
	cc.mu.Lock()
	defer cc.mu.Unlock()
	students, err := h.st.studentStamps(r.Context(), ex.ID)
	if err != nil {
		return nil, nil, h.storeError(r, err, "students")
	}
	stamp := dashStamp(ex, students)
	if cc.stamp == stamp && cc.dash != nil {
		return cc.dash, cc.body, nil
	}
	if cc.builder == nil || cc.exStamp != exerciseStamp(ex) {
		l, e := h.load(r, ex)
		if e != nil {
			return nil, nil, e
		}
		b, err := exercise.NewBuilder(l.key)
		if err != nil {
			return nil, nil, h.storeError(r, err, "dashboard")
		}
		cc.builder, cc.exStamp, cc.stamp, cc.dash = b, exerciseStamp(ex), "", nil
	}
	class, e := h.classSets(r, cc, ex.ID, students)
	if e != nil {
		return nil, nil, e
	}
	start := time.Now()
	d, err := cc.builder.Build(class)
	if err != nil {
		return nil, nil, h.storeError(r, err, "dashboard")
	}
	h.dashes.builds.Add(1)
	h.log.Debug("classroom: dashboard built", "students", len(class), "ms", time.Since(start).Milliseconds())
	v := wire.Dashboard{State: ex.State, Code: ex.Code, Released: ex.Released, Dashboard: d, Updated: map[string]time.Time{}}
	for _, s := range students {
		v.Updated[s.ID] = s.Updated
	}
	body, err := json.Marshal(v)
	if err != nil {
		return nil, nil, h.storeError(r, err, "dashboard")
	}
	cc.stamp, cc.dash, cc.body = stamp, d, append(body, '\n')
	return d, cc.body, nil
}

// classSets gives each student their set, decoding only those whose
// version is not in the cache; the cache keeps the class's only.
func (h *handler) classSets(r *http.Request, cc *classCache, exerciseID string, students []studentStamp) ([]exercise.Student, *httpjson.Error) {
	out := make([]exercise.Student, 0, len(students))
	sets := make(map[string]cachedSet, len(students))
	for _, st := range students {
		s := exercise.Student{ID: st.ID, Name: st.Name, Status: st.status(), Attempts: int(st.Attempts), Version: st.version()}
		if s.Version != "" {
			c, ok := cc.sets[st.ID]
			if !ok || c.version != s.Version {
				row, err := h.st.student(r.Context(), exerciseID, st.ID)
				if err != nil {
					return nil, h.storeError(r, err, "student")
				}
				// The row may be newer than the stamp: name what was read.
				c = cachedSet{version: row.stamp().version(), set: h.decodeWork(row)}
				h.dashes.decodes.Add(1)
				s.Version, s.Status = c.version, statusOf(row)
			}
			sets[st.ID] = c
			s.Set = c.set
		}
		out = append(out, s)
	}
	cc.sets = sets
	return out, nil
}

func (h *handler) dashboard(w http.ResponseWriter, r *http.Request, ex exerciseRow) *httpjson.Error {
	_, body, e := h.classDashboard(r, ex)
	if e != nil {
		return e
	}
	httpjson.WriteBody(w, http.StatusOK, "application/json", body)
	return nil
}

func (h *handler) resultsCSV(w http.ResponseWriter, r *http.Request, ex exerciseRow) *httpjson.Error {
	d, _, e := h.classDashboard(r, ex)
	if e != nil {
		return e
	}
	var settings exercise.Exercise
	json.Unmarshal(ex.Settings, &settings) // a title is all it needs; none names it "article"
	attachment(w, filename.Dated(settings.Title+" results", time.Now(), ".csv"))
	httpjson.WriteBody(w, http.StatusOK, "text/csv; charset=utf-8", exercise.ResultsCSV(d))
	return nil
}

// attachment names the download (filename.Dated: after the exercise and
// the day, so two classes' results never share a name); any script's
// letters are encoded as RFC 6266 asks.
func attachment(w http.ResponseWriter, name string) {
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
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
	attachment(w, filename.Dated(l.settings.Title, time.Now(), ".whosaid-exercise.json"))
	httpjson.WriteBody(w, http.StatusOK, "application/json", data)
	return nil
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
	v := wire.StudentWork{ID: s.ID, Name: s.Name, Status: statusOf(s), Work: rawOrNull(s.Work), Submission: rawOrNull(s.Submission)}
	if set := h.decodeWork(s); set != nil && l.hasKey {
		if rep, err := score.Score(l.key, set); err == nil {
			fb := exercise.NewFeedback(l.settings, l.key, set, rep, true)
			v.Report, v.Feedback = rep, &fb
		}
	}
	if v.Attempts, e = h.attemptsOf(r, ex.ID, s.ID); e != nil {
		return e
	}
	httpjson.Write(w, http.StatusOK, v)
	return nil
}

// attemptsOf reads a student's attempts.
func (h *handler) attemptsOf(r *http.Request, exerciseID, studentID string) ([]exercise.Attempt, *httpjson.Error) {
	rows, err := h.st.attempts(r.Context(), exerciseID, studentID)
	if err != nil {
		return nil, h.storeError(r, err, "attempts")
	}
	out := []exercise.Attempt{}
	for _, row := range rows {
		var a exercise.Attempt
		if err := json.Unmarshal(row.Scores, &a); err != nil {
			h.log.Error("classroom: a stored attempt does not decode", "student", studentID, "err", err)
		}
		a.N, a.Submitted = int(row.N), row.Submitted
		out = append(out, a)
	}
	return out, nil
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
	httpjson.Write(w, http.StatusOK, wire.StudentsDeleted{Deleted: n})
	return nil
}
