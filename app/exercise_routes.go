package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// registerExerciseRoutes adds the classroom pages (exercise_*.go).
func registerExerciseRoutes() {
	app.RouteFunc("/teach", func() app.Composer { return &teachPage{} })
	app.RouteFunc("/teach/files", func() app.Composer { return &filesTeachPage{} })
	app.RouteWithRegexpFunc(`^/teach/[A-Za-z0-9_-]{16,64}$`, func() app.Composer { return &dashboardPage{} })
	app.RouteFunc("/join", func() app.Composer { return &joinPage{} })
	app.RouteFunc("/exercise/file", func() app.Composer { return &fileStudentPage{} })
	app.RouteWithRegexpFunc(`^/exercise/[A-Za-z0-9]{3}-?[A-Za-z0-9]{3}$`, func() app.Composer { return &studentPage{} })
}
