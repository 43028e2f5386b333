// Package article turns plain-text, Markdown and HTML articles into
// annotate.Documents: a list of typed blocks (headline, paragraph, caption,
// byline, other) whose joined text is what annotations point into.
//
// The importers never render anything: they extract text only, so nothing
// from the input is ever shown as markup later. They never drop article
// text either — a block whose role cannot be told is kept as a paragraph
// (or "other"), never discarded. Only markup, scripts, navigation and the
// like are dropped.
//
// Input rules shared by all formats (see CheckInput): at most MaxSize bytes,
// valid UTF-8 (invalid input is refused with the byte offset, not repaired,
// because a silent repair would change the text annotations bind to), no
// NUL or other control characters except tab, newline, carriage return,
// form feed and vertical tab; a leading byte-order mark is ignored. An
// article with no text at all is an error.
package article
