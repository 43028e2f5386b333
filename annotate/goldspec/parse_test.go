package goldspec

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
)

// article has curly quotes, an em dash, an interrupted quote, a quote over
// two paragraphs with a quote inside it, and a repeated sentence.
const article = `Bridge to close — for now

“It is not safe,” said Mayor Ana Ruiz, “and it will not be safe until we rebuild it.” She said the work would start in May.

“The engineers told us, ‘Close it today.’ We listened.

“Then we asked for the money.” It is not safe, residents said.`

const spec = `# a comment
S ruiz | Ana Ruiz | person | Mayor | Ruiz
C ruiz | direct | opinion | It is not safe,” said Mayor Ana Ruiz, “and it will not be safe until we rebuild it | said
C ruiz | indirect | prediction | the work would start in May | said
C ruiz | direct | experience | The engineers told us, 'Close it today.' We listened. "Then we asked for the money. |
C engineers | direct | opinion | Close it today | told
C residents | indirect | opinion | It is not safe@2 | said
S engineers | engineers | group | |
S residents | residents | group | |
`

type placed struct {
	Speaker, Attr, Kind, Exact, Cue string
	Start, End                      int
}

func places(s *annotate.Set) []placed {
	var out []placed
	for _, c := range s.Claims {
		p := placed{Speaker: s.SpeakerName(c), Attr: string(c.Attribution), Kind: string(c.Kind), Exact: c.Span.Exact, Start: c.Span.Start, End: c.Span.End}
		if c.Cue != nil {
			p.Cue = c.Cue.Exact + "@" + strconv.Itoa(c.Cue.Start)
		}
		out = append(out, p)
	}
	return out
}

func TestParse(t *testing.T) {
	set, err := Parse("t.spec", spec, "t.txt", article, "t")
	if err != nil {
		t.Fatal(err)
	}
	text := []rune(set.Document.Text())
	at := func(s string, nth int) int { // code point offset of the nth occurrence
		from := 0
		for ; nth > 0; nth-- {
			i := strings.Index(string(text[from:]), s)
			from += annotate.RuneLen(string(text[from:])[:i]) + 1
		}
		return from - 1
	}
	want := []placed{
		{"Ana Ruiz", "direct", "opinion", "It is not safe,” said Mayor Ana Ruiz, “and it will not be safe until we rebuild it", "said@" + strconv.Itoa(at("said", 1)), at("It is not safe", 1), at("rebuild it", 1) + 10},
		{"Ana Ruiz", "indirect", "prediction", "the work would start in May", "said@" + strconv.Itoa(at("said", 2)), at("the work", 1), at("in May", 1) + 6},
		{"Ana Ruiz", "direct", "experience", "The engineers told us, ‘Close it today.’ We listened.\n\n“Then we asked for the money.", "", at("The engineers", 1), at("the money.", 1) + 10},
		{"engineers", "direct", "opinion", "Close it today", "told@" + strconv.Itoa(at("told", 1)), at("Close it", 1), at("Close it", 1) + 14},
		{"residents", "indirect", "opinion", "It is not safe", "said@" + strconv.Itoa(at("said", 3)), at("It is not safe", 2), at("It is not safe", 2) + 14},
	}
	if diff := cmp.Diff(want, places(set)); diff != "" {
		t.Errorf("claims (-want +got):\n%s", diff)
	}
	wantSp := []annotate.Speaker{
		{ID: "s1", Name: "Ana Ruiz", Kind: annotate.SpeakerPerson, Title: "Mayor", Aliases: []string{"Ruiz"}},
		{ID: "s2", Name: "engineers", Kind: annotate.SpeakerGroup},
		{ID: "s3", Name: "residents", Kind: annotate.SpeakerGroup},
	}
	if diff := cmp.Diff(wantSp, set.Speakers); diff != "" {
		t.Errorf("speakers (-want +got):\n%s", diff)
	}
}

func TestParseProblems(t *testing.T) {
	for _, tc := range []struct {
		name, spec string
		want       []string
	}{
		{"record", "X ruiz | a | person\nS", []string{
			`t.spec:1: a line starts with "S " (a speaker), "C " (a claim) or # (a comment), not "X ruiz | a | person"`,
			`t.spec:2: a line starts with "S " (a speaker), "C " (a claim) or # (a comment), not "S"`,
		}},
		{"fields", "S ruiz | Ana Ruiz\nC ruiz | direct | opinion", []string{
			"t.spec:1: a speaker line has 3 to 5 fields (key | name | kind | title | aliases), not 2",
			"t.spec:2: a claim line has 4 or 5 fields (speaker key | attribution | kind | claim text | cue), not 3",
		}},
		{"enums and keys", "S ruiz | Ana Ruiz | human\nS ruiz | Ana | person\nC ana | quote | fact | the work would start in May | said", []string{
			`t.spec:1: speaker kind "human" is not one of person, organization, group, publication, anonymous`,
			`t.spec:1: speaker "ruiz" has no claim`,
			`t.spec:2: speaker key "ruiz" is already defined on line 1`,
			`t.spec:3: speaker key "ana" is not defined by any S line (defined: ruiz)`,
			`t.spec:3: attribution "quote" is not one of direct, indirect, mixed`,
		}},
		{"not found", "S r | Ruiz | person\nC r | direct | opinion | It is not safe, said Mayor\nC r | direct | opinion | ot safe\nC r | direct | opinion | Nothing like this", []string{
			`t.spec:2: claim text "It is not safe, said Mayor" is not in the article: it matches up to "It is not safe,", then the spec has " said Mayor" but the article has "” said Mayor Ana Rui…"`,
			`t.spec:3: claim text "ot safe" is not in the article: it occurs only inside longer words: start and end the claim text on whole words`,
			`t.spec:4: claim text "Nothing like this" is not in the article: no part of it is in the article (is it the right article?)`,
		}},
		{"repeated", "S r | Ruiz | person\nC r | direct | opinion | It is not safe\nC r | direct | opinion | It is not safe@3\nC r | direct | opinion | It is not safe@0", []string{
			`t.spec:2: claim text "It is not safe" occurs 2 times (paragraphs 2, 4): end it with @1 … @2 to say which`,
			`t.spec:3: claim text "It is not safe"@3: it occurs only 2 time(s)`,
			`t.spec:4: @0: the occurrence number counts from 1`,
		}},
		{"cue", "S r | Ruiz | person\nC r | indirect | fact | the work would start in May | stated\nC r | indirect | fact | Then we asked for the money | Mayor", []string{
			`t.spec:2: cue "stated" is not in the article as a whole word or phrase`,
			`t.spec:3: cue "Mayor": its nearest occurrence is in paragraph 2, far from the claim (paragraphs 4–4); leave the cue empty if the claim has none of its own`,
		}},
		{"overlaps", "S r | Ruiz | person\nS e | engineers | group\nC r | direct | fact | It is not safe@1\nC e | direct | fact | It is not safe@1\nC r | direct | fact | not safe,” said\nC e | direct | fact | The engineers told us\nC e | direct | fact | engineers", []string{
			`t.spec:4: the same claim text as line 3: one claim per passage`,
			`t.spec:5: the claim overlaps the claim on line 3 without containing it or lying inside it`,
			`t.spec:5: the claim overlaps the claim on line 4 without containing it or lying inside it`,
			`t.spec:7: the claim lies inside or around the claim on line 6 with the same speaker: a quote inside a quote is a claim of its own only for another speaker`,
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			set, err := Parse("t.spec", tc.spec, "t.txt", article, "t")
			if set != nil {
				t.Errorf("a set was built despite problems")
			}
			ps, _ := err.(annotate.Problems)
			var got []string
			for _, p := range ps {
				got = append(got, p.String())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseEmptyArticle(t *testing.T) {
	_, err := Parse("t.spec", "", "t.txt", " \n\n ", "t")
	if err == nil || err.Error() != "t.txt: the article is empty" {
		t.Errorf("err = %v", err)
	}
}

// TestSplitFields: \| is a bar inside a field, \n a line break, \\ a
// backslash; other backslashes stay.
func TestSplitFields(t *testing.T) {
	got := splitFields(` a \| b | c\nd | e\\f | \x `)
	if diff := cmp.Diff([]string{"a | b", "c\nd", `e\f`, `\x`}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// FuzzParse: any spec and article give a valid set or problems, never a
// panic.
func FuzzParse(f *testing.F) {
	f.Add(spec, article)
	f.Add("C a | direct | fact | x@99999999999999999999\nS a|b|person", "x x")
	f.Add("S \\| | \\\\ | person\nC \\| | mixed | other | “ | ”", "“ ”")
	f.Fuzz(func(t *testing.T, spec, article string) {
		set, err := Parse("f.spec", spec, "f.txt", strings.ToValidUTF8(article, ""), "f")
		if err == nil {
			if verr := annotate.Validate(set); verr != nil {
				t.Fatalf("built an invalid set: %v", verr)
			}
		}
	})
}
