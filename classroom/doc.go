//go:build !wasm

// Package classroom is the backend of classroom exercises (docs/classroom.md):
// teachers create an exercise with an answer key and publish it under a
// class code; students join with the code and a display name, save and
// submit their work and read their feedback; the teacher follows the class
// on a dashboard. Scoring is annotate/score, the class figures
// annotate/exercise.
//
// It keeps its own tables (prefixed classroom_, with their own schema
// version table) in SQLite or PostgreSQL, so it can live beside the main
// store in the same database or in its own file.
//
// Secrets: the teacher secret and the student tokens are made here (256
// random bits) and only their SHA-256 hashes are stored.
package classroom
