// Package csvexport writes an annotation set as a spreadsheet-safe CSV
// file: one row per claim in document order, RFC 4180 with CRLF line ends
// and every cell quoted (so that a spreadsheet that guesses another
// separator, such as the semicolon, still sees the same cells), UTF-8 with
// a byte-order mark (so Excel reads the encoding right), and every cell
// that a spreadsheet could run as a formula neutralized — and only those
// (see safe.go).
package csvexport
