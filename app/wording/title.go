package wording

import "whosaid/annotate"

// A set's name for people. The page's heading names the article by its
// title or headline; the Library and file names fall back to its first
// words, which tell articles apart where "Untitled article" would not.

// Title is the article's title, else its headline, else "Untitled
// article": the heading of the annotator and the summary.
func Title(s *annotate.Set) string {
	if s.Document.Title != "" {
		return s.Document.Title
	}
	for _, b := range s.Document.Blocks {
		if b.Kind == annotate.BlockHeadline {
			return b.Text
		}
	}
	return "Untitled article"
}

// Name is the article's title, else its first block shortened: how the
// Library lists it and downloads are named.
func Name(s *annotate.Set) string {
	if s.Document.Title != "" {
		return s.Document.Title
	}
	if len(s.Document.Blocks) > 0 {
		return Shorten(s.Document.Blocks[0].Text, 80)
	}
	return "Untitled article"
}
