package main

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate/exercise"
)

// readSubmissionFiles reads the student files chosen in the <input
// type=file multiple> that fired the event, decodes each, and calls done
// on the UI goroutine with the students (status submitted) and one line
// per file that could not be read.
func readSubmissionFiles(ctx app.Context, done func(ctx app.Context, students []exercise.Student, errs []string)) {
	files := jsGet(ctx.JSSrc(), "files")
	n, _ := jsInt(jsGet(files, "length"))
	if n == 0 {
		return
	}
	type result struct {
		name string
		data string
	}
	results := make([]result, n)
	left := n
	finish := func() {
		var students []exercise.Student
		var errs []string
		for i, r := range results {
			f, err := exercise.DecodeSubmissionFile([]byte(r.data))
			if err != nil {
				errs = append(errs, fmt.Sprintf("%s: %v", r.name, err))
				continue
			}
			students = append(students, exercise.Student{ID: fmt.Sprintf("file-%d", i), Name: f.Name, Status: exercise.StatusSubmitted, Attempts: 1, Set: f.Set})
		}
		done(ctx, students, errs)
	}
	for i := range n {
		file := files.Call("item", i)
		results[i].name = jsString(file.Get("name"))
		var fn app.Func
		fn = app.FuncOf(func(this app.Value, args []app.Value) any {
			if len(args) > 0 {
				results[i].data = jsString(args[0])
			}
			fn.Release()
			ctx.Dispatch(func(ctx app.Context) {
				left--
				if left == 0 {
					finish()
				}
			})
			return nil
		})
		file.Call("text").Call("then", fn)
	}
}
