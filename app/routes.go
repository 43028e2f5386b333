package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/app/annotator"
	"whosaid/app/classroom"
	"whosaid/app/library"
	"whosaid/app/storage"
	"whosaid/app/summary"
)

// registerRoutes must run in every process, server and browser alike: the
// server prerenders these paths and answers 404 for the others. Each page
// is set up here: the annotator of the main page with this browser's own
// store, sync and every tool; the classroom pages set up the annotators
// they mount themselves.
func registerRoutes() {
	own := func() *storage.Store { return storage.NewStore(storage.Local()) }
	app.RouteFunc("/", func() app.Composer {
		a := annotator.New()
		a.Files = siteFiles // the server draws /?open=… pages from its files
		return a
	})
	app.RouteFunc("/summary", func() app.Composer {
		return &summary.Page{Open: func(ctx app.Context) *annotate.Set { return annotator.OpenAtStart(ctx, own()) }}
	})
	app.RouteFunc("/library", func() app.Composer { return &library.Page{Store: own()} })
	app.RouteFunc("/teach", func() app.Composer { return &classroom.TeachPage{} })
	app.RouteFunc("/teach/files", func() app.Composer { return &classroom.FilesTeachPage{} })
	app.RouteWithRegexpFunc(`^/teach/[A-Za-z0-9_-]{16,64}$`, func() app.Composer { return &classroom.DashboardPage{} })
	app.RouteFunc("/join", func() app.Composer { return &classroom.JoinPage{} })
	app.RouteFunc("/exercise/file", func() app.Composer { return &classroom.FileStudentPage{} })
	app.RouteWithRegexpFunc(`^/exercise/[A-Za-z0-9]{3}-?[A-Za-z0-9]{3}$`, func() app.Composer { return &classroom.StudentPage{} })
}
