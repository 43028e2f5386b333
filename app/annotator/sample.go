package annotator

import (
	_ "embed"

	"whosaid/annotate"
	"whosaid/annotate/article"
)

// sampleArticle is the built-in article shown on a first visit (a copy of
// annotate/testdata/sample-article.txt).
//
//go:embed sample-article.txt
var sampleArticle []byte

// sampleSet is an empty annotation set on the sample article, imported like
// any uploaded .txt so its headline and captions get their block kinds.
func sampleSet() *annotate.Set {
	doc, err := article.Import("sample-article.txt", sampleArticle)
	if err != nil {
		// Cannot happen with the embedded file; still never fail the start.
		doc = annotate.DocumentFromText(annotate.Document{Title: "Sample article"}, string(sampleArticle))
	}
	return annotate.NewSet(doc)
}
