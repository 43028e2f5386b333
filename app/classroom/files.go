package classroom

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate/exercise"
	"whosaid/app/browser"
)

// readSubmissionFiles reads the student files chosen in the <input
// type=file multiple> that fired the event, decodes each, and calls done
// on the UI goroutine with the students (status submitted) and one line
// per file that could not be read.
func readSubmissionFiles(ctx app.Context, done func(ctx app.Context, students []exercise.Student, errs []string)) {
	browser.ReadFiles(ctx, browser.SourceFiles(ctx), func(ctx app.Context, files []browser.File) {
		var students []exercise.Student
		var errs []string
		for i, file := range files {
			if file.Err != nil {
				errs = append(errs, file.Err.Error())
				continue
			}
			f, err := exercise.DecodeSubmissionFile(file.Data)
			if err != nil {
				errs = append(errs, fmt.Sprintf("%s: %v", file.Name, err))
				continue
			}
			students = append(students, exercise.Student{ID: fmt.Sprintf("file-%d", i), Name: f.Name, Status: exercise.StatusSubmitted, Attempts: 1, Set: f.Set})
		}
		done(ctx, students, errs)
	})
}
