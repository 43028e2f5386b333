// Package score marks a student's annotation set against a teacher's key
// and measures how much a class agrees. The rules are in docs/scoring.md.
//
// Everything here is deterministic: the same key and student set always
// give the same report, whatever order the claims are stored in.
package score
