package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// registerRoutes must run in every process, server and browser alike: the
// server prerenders these paths and answers 404 for the others.
func registerRoutes() {
	app.RouteFunc("/", func() app.Composer { return &annotatorPage{} })
	app.RouteFunc("/summary", func() app.Composer { return &summaryPage{} })
	app.RouteFunc("/library", func() app.Composer { return &libraryPage{} })
	registerExerciseRoutes() // classroom pages: exercise_routes.go
}
