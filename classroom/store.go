//go:build !wasm

package classroom

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"whosaid/internal/sqldb"
	"whosaid/internal/wire"
)

var (
	errClosed       = errors.New("the exercise is not open")
	errNameTaken    = errors.New("display name taken")
	errClassFull    = errors.New("the class is full")
	errAttemptsUsed = errors.New("no submissions left")
)

// MaxStudents is the most students one exercise takes: a bound on what an
// anonymous joiner can make the server store.
const MaxStudents = 500

// exerciseRow is a stored exercise. Settings is an exercise.Exercise,
// Document an annotate.Document and Key a native annotation set, all JSON.
type exerciseRow struct {
	ID         string
	SecretHash string
	Code       string // "" until published
	Settings   []byte
	Document   []byte
	Key        []byte
	State      wire.ExerciseState
	Released   bool
	Created    time.Time
	Updated    time.Time
}

// studentRow is one student. Work is the autosaved set, Submission the set
// last submitted (native JSON; empty when none). Revision counts the
// saves, Attempts the submissions.
type studentRow struct {
	ID         string
	ExerciseID string
	Name       string
	Work       []byte
	Submission []byte
	Joined     time.Time
	Updated    time.Time
	Submitted  time.Time // zero when never submitted
	Revision   int64
	Attempts   int64
}

// Store keeps exercises and students.
type Store struct{ db sqldb.DB }

func newStore(ctx context.Context, db sqldb.DB) (*Store, error) {
	if _, err := schema.Migrate(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("classroom: %w", err)
	}
	return &Store{db: db}, nil
}

// Close waits for writes under way and releases the database.
func (s *Store) Close() error { return s.db.Close() }

func (s *Store) write(ctx context.Context, fn func(q sqldb.Querier) error) error {
	return s.db.Tx(ctx, true, fn)
}

func (s *Store) read(ctx context.Context, fn func(q sqldb.Querier) error) error {
	return s.db.Tx(ctx, false, fn)
}

func ms(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMilli()
}

func fromMS(v int64) time.Time {
	if v == 0 {
		return time.Time{}
	}
	return time.UnixMilli(v).UTC()
}

func now() time.Time { return time.Now().UTC().Truncate(time.Millisecond) }

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

const exerciseCols = `id, secret_hash, COALESCE(code, ''), settings, document, answer_key, state, released, created_at, updated_at`

func scanExercise(scan func(dest ...any) error) (exerciseRow, error) {
	var r exerciseRow
	var settings, doc, key, state string
	var released, created, updated int64
	if err := scan(&r.ID, &r.SecretHash, &r.Code, &settings, &doc, &key, &state, &released, &created, &updated); err != nil {
		return exerciseRow{}, err
	}
	r.Settings, r.Document, r.Key, r.State = []byte(settings), []byte(doc), []byte(key), wire.ExerciseState(state)
	r.Released, r.Created, r.Updated = released != 0, fromMS(created), fromMS(updated)
	return r, nil
}

func (s *Store) createExercise(ctx context.Context, r exerciseRow) error {
	return s.write(ctx, func(q sqldb.Querier) error {
		_, err := q.Exec(ctx, `INSERT INTO classroom_exercises (id, secret_hash, code, settings, document, answer_key, state, released, created_at, updated_at)
			VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)`,
			r.ID, r.SecretHash, string(r.Settings), string(r.Document), string(r.Key), string(r.State), b2i(r.Released), ms(r.Created), ms(r.Updated))
		return err
	})
}

func (s *Store) exercise(ctx context.Context, id string) (r exerciseRow, err error) {
	err = s.read(ctx, func(q sqldb.Querier) error {
		r, err = scanExercise(q.QueryRow(ctx, `SELECT `+exerciseCols+` FROM classroom_exercises WHERE id = ?`, id))
		return err
	})
	return r, err
}

func (s *Store) exerciseByCode(ctx context.Context, code string) (r exerciseRow, err error) {
	err = s.read(ctx, func(q sqldb.Querier) error {
		r, err = scanExercise(q.QueryRow(ctx, `SELECT `+exerciseCols+` FROM classroom_exercises WHERE code = ?`, code))
		return err
	})
	return r, err
}

// modifyExercise reads an exercise, lets fn change it and writes back its
// settings, key, state, release and code, all in one transaction.
func (s *Store) modifyExercise(ctx context.Context, id string, fn func(q sqldb.Querier, r *exerciseRow) error) (r exerciseRow, err error) {
	err = s.write(ctx, func(q sqldb.Querier) error {
		r, err = scanExercise(q.QueryRow(ctx, `SELECT `+exerciseCols+` FROM classroom_exercises WHERE id = ?`, id))
		if err != nil {
			return err
		}
		if err := fn(q, &r); err != nil {
			return err
		}
		r.Updated = now()
		var code any
		if r.Code != "" {
			code = r.Code
		}
		_, err = q.Exec(ctx, `UPDATE classroom_exercises SET code = ?, settings = ?, answer_key = ?, state = ?, released = ?, updated_at = ? WHERE id = ?`,
			code, string(r.Settings), string(r.Key), string(r.State), b2i(r.Released), ms(r.Updated), id)
		return err
	})
	return r, err
}

// codeInUse tells whether a class code names an exercise already.
func codeInUse(ctx context.Context, q sqldb.Querier, code string) (bool, error) {
	var n int64
	err := q.QueryRow(ctx, `SELECT COUNT(*) FROM classroom_exercises WHERE code = ?`, code)(&n)
	return n > 0, err
}

func (s *Store) deleteExercise(ctx context.Context, id string) error {
	return s.write(ctx, func(q sqldb.Querier) error {
		for _, del := range []string{`DELETE FROM classroom_attempts WHERE exercise_id = ?`, `DELETE FROM classroom_students WHERE exercise_id = ?`} {
			if _, err := q.Exec(ctx, del, id); err != nil {
				return err
			}
		}
		n, err := q.Exec(ctx, `DELETE FROM classroom_exercises WHERE id = ?`, id)
		if err == nil && n == 0 {
			return sqldb.ErrNotFound
		}
		return err
	})
}

const studentCols = `id, exercise_id, name, work, submission, joined_at, updated_at, submitted_at, revision, attempts`

func scanStudent(scan func(dest ...any) error) (studentRow, error) {
	var r studentRow
	var work, sub string
	var joined, updated, submitted int64
	if err := scan(&r.ID, &r.ExerciseID, &r.Name, &work, &sub, &joined, &updated, &submitted, &r.Revision, &r.Attempts); err != nil {
		return studentRow{}, err
	}
	r.Work, r.Submission = []byte(work), []byte(sub)
	r.Joined, r.Updated, r.Submitted = fromMS(joined), fromMS(updated), fromMS(submitted)
	return r, nil
}

// stamp is what the dashboard's cache knows of a student row.
func (r studentRow) stamp() studentStamp {
	return studentStamp{ID: r.ID, Name: r.Name, Revision: r.Revision, Attempts: r.Attempts,
		HasWork: len(r.Work) > 0, Submitted: len(r.Submission) > 0, Updated: r.Updated}
}

// nameKey makes display names compare case-insensitively, so a class
// cannot hold "Sam" and "sam" (the teacher could not tell them apart).
func nameKey(name string) string { return strings.ToLower(name) }

// addStudent records a student joining an open exercise.
func (s *Store) addStudent(ctx context.Context, r studentRow, tokenHash string) error {
	return s.write(ctx, func(q sqldb.Querier) error {
		var state string
		if err := q.QueryRow(ctx, `SELECT state FROM classroom_exercises WHERE id = ?`, r.ExerciseID)(&state); err != nil {
			return err
		}
		if wire.ExerciseState(state) != wire.StateOpen {
			return errClosed
		}
		var n int64
		if err := q.QueryRow(ctx, `SELECT COUNT(*) FROM classroom_students WHERE exercise_id = ?`, r.ExerciseID)(&n); err != nil {
			return err
		}
		if n >= MaxStudents {
			return errClassFull
		}
		if err := q.QueryRow(ctx, `SELECT COUNT(*) FROM classroom_students WHERE exercise_id = ? AND name_key = ?`, r.ExerciseID, nameKey(r.Name))(&n); err != nil {
			return err
		}
		if n > 0 {
			return errNameTaken
		}
		_, err := q.Exec(ctx, `INSERT INTO classroom_students (id, exercise_id, token_hash, name, name_key, work, submission, joined_at, updated_at, submitted_at)
			VALUES (?, ?, ?, ?, ?, '', '', ?, ?, 0)`, r.ID, r.ExerciseID, tokenHash, r.Name, nameKey(r.Name), ms(r.Joined), ms(r.Joined))
		return err
	})
}

// nameTaken tells whether a student of the exercise uses the display name
// (compared as addStudent compares them).
func (s *Store) nameTaken(ctx context.Context, exerciseID, name string) (bool, error) {
	var n int
	err := s.read(ctx, func(q sqldb.Querier) error {
		return q.QueryRow(ctx, `SELECT COUNT(*) FROM classroom_students WHERE exercise_id = ? AND name_key = ?`, exerciseID, nameKey(name))(&n)
	})
	return n > 0, err
}

func (s *Store) studentByToken(ctx context.Context, tokenHash string) (r studentRow, err error) {
	err = s.read(ctx, func(q sqldb.Querier) error {
		r, err = scanStudent(q.QueryRow(ctx, `SELECT `+studentCols+` FROM classroom_students WHERE token_hash = ?`, tokenHash))
		return err
	})
	return r, err
}

func (s *Store) student(ctx context.Context, exerciseID, id string) (r studentRow, err error) {
	err = s.read(ctx, func(q sqldb.Querier) error {
		r, err = scanStudent(q.QueryRow(ctx, `SELECT `+studentCols+` FROM classroom_students WHERE exercise_id = ? AND id = ?`, exerciseID, id))
		return err
	})
	return r, err
}

// students lists an exercise's students by name (ignoring case), then id:
// sorted here, not by the database, whose collation differs between SQLite
// and PostgreSQL installations.
func (s *Store) students(ctx context.Context, exerciseID string) (out []studentRow, err error) {
	err = s.read(ctx, func(q sqldb.Querier) error {
		return q.Query(ctx, `SELECT `+studentCols+` FROM classroom_students WHERE exercise_id = ?`, []any{exerciseID},
			func(scan func(dest ...any) error) error {
				r, err := scanStudent(scan)
				out = append(out, r)
				return err
			})
	})
	slices.SortFunc(out, func(a, b studentRow) int {
		return cmp.Or(strings.Compare(nameKey(a.Name), nameKey(b.Name)), strings.Compare(a.ID, b.ID))
	})
	return out, err
}

// submission is what a submit records beside the work: the attempt's
// scores (exercise.Attempt as JSON) and how many attempts the exercise
// takes.
type submission struct {
	scores      []byte
	maxAttempts int64
}

// studentStamps lists an exercise's students without their work, in the
// order of students(): what tells the dashboard whose work changed.
func (s *Store) studentStamps(ctx context.Context, exerciseID string) (out []studentStamp, err error) {
	err = s.read(ctx, func(q sqldb.Querier) error {
		return q.Query(ctx, `SELECT id, name, revision, attempts, work <> '', submission <> '', updated_at FROM classroom_students WHERE exercise_id = ?`,
			[]any{exerciseID}, func(scan func(dest ...any) error) error {
				var st studentStamp
				var updated int64
				err := scan(&st.ID, &st.Name, &st.Revision, &st.Attempts, &st.HasWork, &st.Submitted, &updated)
				st.Updated = fromMS(updated)
				out = append(out, st)
				return err
			})
	})
	slices.SortFunc(out, func(a, b studentStamp) int {
		return cmp.Or(strings.Compare(nameKey(a.Name), nameKey(b.Name)), strings.Compare(a.ID, b.ID))
	})
	return out, err
}

// saveWork stores a student's work, if the exercise is open; with sub it
// submits it too, as one more attempt (errAttemptsUsed when none is left).
func (s *Store) saveWork(ctx context.Context, studentID string, work []byte, sub *submission) (r studentRow, err error) {
	err = s.write(ctx, func(q sqldb.Querier) error {
		var state string
		var exerciseID string
		var attempts int64
		err := q.QueryRow(ctx, `SELECT e.state, e.id, s.attempts FROM classroom_exercises e JOIN classroom_students s ON s.exercise_id = e.id WHERE s.id = ?`, studentID)(&state, &exerciseID, &attempts)
		if err != nil {
			return err
		}
		if wire.ExerciseState(state) != wire.StateOpen {
			return errClosed
		}
		t := ms(now())
		if sub == nil {
			_, err = q.Exec(ctx, `UPDATE classroom_students SET work = ?, updated_at = ?, revision = revision + 1 WHERE id = ?`, string(work), t, studentID)
		} else {
			err = submit(ctx, q, studentID, exerciseID, work, attempts, t, sub)
		}
		if err != nil {
			return err
		}
		r, err = scanStudent(q.QueryRow(ctx, `SELECT `+studentCols+` FROM classroom_students WHERE id = ?`, studentID))
		return err
	})
	return r, err
}

// submit records the work as submitted and as attempt attempts+1.
func submit(ctx context.Context, q sqldb.Querier, studentID, exerciseID string, work []byte, attempts, t int64, sub *submission) error {
	if attempts >= sub.maxAttempts {
		return errAttemptsUsed
	}
	_, err := q.Exec(ctx, `UPDATE classroom_students SET work = ?, submission = ?, updated_at = ?, submitted_at = ?, revision = revision + 1, attempts = attempts + 1 WHERE id = ?`,
		string(work), string(work), t, t, studentID)
	if err != nil {
		return err
	}
	_, err = q.Exec(ctx, `INSERT INTO classroom_attempts (student_id, exercise_id, n, submitted_at, scores) VALUES (?, ?, ?, ?, ?)`,
		studentID, exerciseID, attempts+1, t, string(sub.scores))
	return err
}

// attemptRow is one stored attempt: Scores is an exercise.Attempt (its
// N and Submitted are the row's).
type attemptRow struct {
	N         int64
	Submitted time.Time
	Scores    []byte
}

// attempts lists a student's attempts, first first.
func (s *Store) attempts(ctx context.Context, exerciseID, studentID string) (out []attemptRow, err error) {
	err = s.read(ctx, func(q sqldb.Querier) error {
		return q.Query(ctx, `SELECT n, submitted_at, scores FROM classroom_attempts WHERE exercise_id = ? AND student_id = ? ORDER BY n`,
			[]any{exerciseID, studentID}, func(scan func(dest ...any) error) error {
				var a attemptRow
				var at int64
				var scores string
				if err := scan(&a.N, &at, &scores); err != nil {
					return err
				}
				a.Submitted, a.Scores = fromMS(at), []byte(scores)
				out = append(out, a)
				return nil
			})
	})
	return out, err
}

// deleteStudents removes every student of an exercise, their work and
// their tokens, in one step; it returns how many there were.
func (s *Store) deleteStudents(ctx context.Context, exerciseID string) (n int64, err error) {
	err = s.write(ctx, func(q sqldb.Querier) error {
		if _, err := q.Exec(ctx, `DELETE FROM classroom_attempts WHERE exercise_id = ?`, exerciseID); err != nil {
			return err
		}
		n, err = q.Exec(ctx, `DELETE FROM classroom_students WHERE exercise_id = ?`, exerciseID)
		return err
	})
	return n, err
}
