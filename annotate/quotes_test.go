package annotate

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSuggestAttribution(t *testing.T) {
	text := []rune("“We have a goal,” Lavrov said. Wang proposed “double counteracting” the U.S.\n\"Plain quotes here\" she said.")
	at := func(sub string) (int, int) {
		i := strings.Index(string(text), sub)
		if i < 0 {
			t.Fatalf("%q not in text", sub)
		}
		s := RuneLen(string(text)[:i])
		return s, s + RuneLen(sub)
	}
	cases := []struct {
		sub  string
		want AttributionType
	}{
		{"We have a goal", AttrDirect},
		{"“We have a goal,”", AttrDirect},
		{"a goal", AttrDirect},
		{"Wang proposed “double counteracting” the U.S.", AttrMixed},
		{"Lavrov said", AttrIndirect},
		{"double counteracting", AttrDirect},
		{"Plain quotes here", AttrDirect},
		{"she said", AttrIndirect},
	}
	var got, want []string
	for _, c := range cases {
		s, e := at(c.sub)
		got = append(got, c.sub+" → "+string(SuggestAttribution(text, s, e)))
		want = append(want, c.sub+" → "+string(c.want))
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("(-want +got):\n%s", d)
	}
}
