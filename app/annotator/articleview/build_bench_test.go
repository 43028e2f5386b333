package articleview

import (
	"fmt"
	"strings"
	"testing"

	"whosaid/annotate"
)

// BenchmarkBuildParaModels measures what every change costs before the DOM
// is touched: a long article (300 paragraphs) with 600 overlapping claims.
func BenchmarkBuildParaModels(b *testing.B) {
	var paras []string
	for i := range 300 {
		paras = append(paras, fmt.Sprintf("“Paragraph %d says a thing,” the speaker said. %s", i, strings.Repeat("More words follow here. ", 12)))
	}
	set := annotate.NewSet(annotate.DocumentFromText(annotate.Document{}, strings.Join(paras, "\n\n")))
	set.Speakers = []annotate.Speaker{{ID: "s1", Name: "Some One"}}
	starts := set.Document.BlockStarts()
	for i, st := range starts {
		set.Claims = append(set.Claims,
			annotate.Claim{ID: fmt.Sprintf("a%d", i), SpeakerID: "s1", Span: annotate.Span{Start: st + 1, End: st + 30}},
			annotate.Claim{ID: fmt.Sprintf("b%d", i), Span: annotate.Span{Start: st + 20, End: st + 60}})
	}
	runes := []rune(set.Document.Text())
	vs := View{Cur: "a10", Kbd: Cursor{On: true, Anchor: 100, Cursor: 120}}
	b.Run("all", func(b *testing.B) {
		for range b.N {
			Build(set, runes, starts, vs)
		}
	})
	// A cursor move: the cache rebuilds only the blocks that changed.
	b.Run("cached", func(b *testing.B) {
		var cache Cache
		cache.Build(set, runes, starts, vs)
		for i := range b.N {
			vs.Kbd.Cursor = 120 + i%5
			cache.Build(set, runes, starts, vs)
		}
	})
}
