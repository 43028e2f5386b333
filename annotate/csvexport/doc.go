// Package csvexport writes an annotation set as a spreadsheet-safe CSV
// file: one row per claim in document order, RFC 4180 with CRLF line ends,
// UTF-8 with a byte-order mark (so Excel reads the encoding right), and
// every cell that a spreadsheet could take for a formula neutralized.
package csvexport
