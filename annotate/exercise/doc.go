// Package exercise is the classroom domain: an exercise on one article, its
// answer key, class codes, display names, the files of the server-less flow
// (an exercise file without the key, a student's submission file) and the
// teacher dashboard's aggregates and results CSV. Scoring itself is package
// annotate/score; this package only gathers its reports.
//
// Pure Go: it runs in the server and, for the file-only flow, in the
// browser.
package exercise
