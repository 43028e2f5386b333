package wire

import (
	"encoding/json"
	"time"

	"whosaid/annotate"
	"whosaid/annotate/exercise"
	"whosaid/annotate/score"
)

// The classroom API (docs/classroom.md). The teacher's requests carry the
// teacher secret, the student's their token; the key never reaches a
// student while the exercise is open.

// ExerciseState is where an exercise is in its life.
type ExerciseState string

const (
	StateDraft  ExerciseState = "draft"  // made, not published: no code, no students
	StateOpen   ExerciseState = "open"   // published: students join, save, submit
	StateClosed ExerciseState = "closed" // no joining, saving or submitting; reopen undoes it
)

// CreateExercise is the body of POST /api/v1/exercises.
type CreateExercise struct {
	Exercise exercise.Exercise  `json:"exercise"`
	Document *annotate.Document `json:"document"`
	Key      json.RawMessage    `json:"key,omitempty"` // a native annotation set on the document
}

// ExerciseCreated is the answer to POST /api/v1/exercises: the only time
// the teacher secret is ever shown.
type ExerciseCreated struct {
	ID            string `json:"id"`
	TeacherSecret string `json:"teacherSecret"`
	// TeacherPath is the private teacher link: the secret rides in the
	// fragment, which browsers never send to a server.
	TeacherPath string       `json:"teacherPath"`
	Exercise    ExerciseView `json:"view"`
}

// ExerciseView is what the teacher reads of an exercise.
type ExerciseView struct {
	ID       string            `json:"id"`
	State    ExerciseState     `json:"state"`
	Code     string            `json:"code,omitempty"`
	JoinPath string            `json:"joinPath,omitempty"`
	Released bool              `json:"released"`
	Exercise exercise.Exercise `json:"exercise"`
	Document annotate.Document `json:"document"`
	Key      json.RawMessage   `json:"key"` // native set, null when none yet
	Created  time.Time         `json:"created"`
	Updated  time.Time         `json:"updated"`
}

// Dashboard is the teacher's dashboard data.
type Dashboard struct {
	State     ExerciseState        `json:"state"`
	Code      string               `json:"code,omitempty"`
	Released  bool                 `json:"released"`
	Dashboard *exercise.Dashboard  `json:"dashboard"`
	Updated   map[string]time.Time `json:"updated"` // student id → last save
}

// StudentWork is one student's work over the key, for the teacher, with
// every attempt.
type StudentWork struct {
	ID         string             `json:"id"`
	Name       string             `json:"name"`
	Status     exercise.Status    `json:"status"`
	Work       json.RawMessage    `json:"work"`       // autosaved set, null when none
	Submission json.RawMessage    `json:"submission"` // submitted set, null when none
	Report     *score.Report      `json:"report,omitempty"`
	Feedback   *exercise.Feedback `json:"feedback,omitempty"`
	Attempts   []exercise.Attempt `json:"attempts"`
}

// StudentsDeleted is the answer of DELETE …/students.
type StudentsDeleted struct {
	Deleted int64 `json:"deleted"`
}

// ClassInfo is what anyone with the code sees before joining.
type ClassInfo struct {
	Code         string     `json:"code"`
	Title        string     `json:"title"`
	Instructions string     `json:"instructions,omitempty"`
	Due          *time.Time `json:"due,omitempty"`
	Open         bool       `json:"open"`
	// NameTaken answers ?name=…: whether a student of the class already
	// uses that display name (nil when no name was asked about). The join
	// page asks before joining, so a taken name is an answer, not a
	// refused join.
	NameTaken *bool `json:"nameTaken,omitempty"`
}

// Join is the body of a join: a display name and nothing else.
type Join struct {
	Name string `json:"name"`
}

// Joined is the answer to a join. Token is the student's secret, shown
// once; the browser keeps it.
type Joined struct {
	Token   string `json:"token"`
	Student struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	} `json:"student"`
}

// Me is what a student reads of their exercise: never the key.
type Me struct {
	ID        string            `json:"id"`
	Name      string            `json:"name"`
	Status    exercise.Status   `json:"status"`
	State     ExerciseState     `json:"state"`
	Exercise  exercise.Exercise `json:"exercise"`
	Document  annotate.Document `json:"document"`
	Work      json.RawMessage   `json:"work"` // null when nothing saved
	Submitted *time.Time        `json:"submitted,omitempty"`
	// Feedback tells whether GET …/me/feedback answers now.
	Feedback bool `json:"feedback"`
	// Changed: the work saved since the submission differs from it (the
	// teacher scores the submission: the student must submit again).
	Changed bool `json:"changed"`
	// Attempts made and left (exercise.Exercise.AllowedAttempts).
	Attempts     int `json:"attempts"`
	AttemptsLeft int `json:"attemptsLeft"`
	// KeyShown: the feedback shows the key (the exercise is closed).
	KeyShown bool `json:"keyShown"`
}

// WorkSaved is the answer to a student's save or submission.
type WorkSaved struct {
	Status       exercise.Status `json:"status"`
	Updated      time.Time       `json:"updated"`
	Changed      bool            `json:"changed"`
	Attempts     int64           `json:"attempts"`
	AttemptsLeft int64           `json:"attemptsLeft"`
	Submitted    *time.Time      `json:"submitted,omitempty"`
}

// Feedback is the student's feedback on their last submission.
type Feedback struct {
	Feedback exercise.Feedback `json:"feedback"`
	// Set is the submission the feedback is on.
	Set json.RawMessage `json:"set"`
}
