package main

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate/exercise"
)

// checkSuggestAllowed decides, when the annotator mounts, whether it may
// offer suggestions. The student pages (/exercise/{code}, /exercise/file)
// embed the annotator unchanged, so exercise mode is read from the
// address; whether the teacher allows suggestions comes from the exercise
// file kept in this browser, or from the class's /me answer. Until known,
// and on any failure, suggestions stay off.
func (p *annotatorPage) checkSuggestAllowed(ctx app.Context) {
	path := ctx.Page().URL().Path
	rest, ok := strings.CutPrefix(path, "/exercise/")
	if !ok {
		p.sg.allow = suggestAllowed
		return
	}
	p.sg.allow = suggestOff
	if rest == "file" {
		if raw, ok := newKV().get(exFileKey); ok {
			if ef, err := exercise.DecodeExerciseFile([]byte(raw)); err == nil && ef.Exercise.AllowSuggestions {
				p.sg.allow = suggestAllowed
			}
		}
		return
	}
	code, err := exercise.ParseClassCode(rest)
	var entry classEntry
	if err != nil || !kvGetJSON(classPrefix+code, &entry) || entry.Token == "" {
		return
	}
	p.sg.allow = suggestChecking
	callAPI(ctx, "GET", "/api/v1/classes/"+url.PathEscape(code)+"/me", entry.Token, nil, func(ctx app.Context, r apiResult) {
		var me struct {
			Exercise exercise.Exercise `json:"exercise"`
		}
		if err := r.decode(&me); err == nil && me.Exercise.AllowSuggestions {
			p.sg.allow = suggestAllowed
		} else {
			p.sg.allow = suggestOff
		}
		p.Update()
	})
}
