package annotate

import (
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// offsetsOracle lists, for every code-point offset 0..n, the byte and UTF-16
// offsets, computed the slow obvious way with the standard library.
func offsetsOracle(s string) (bytes, u16 []int) {
	b, u := 0, 0
	for _, r := range s {
		bytes = append(bytes, b)
		u16 = append(u16, u)
		b += utf8.RuneLen(r)
		u += len(utf16.Encode([]rune{r}))
	}
	return append(bytes, b), append(u16, u)
}

// offsetTexts covers the sample article, emoji outside the BMP, combining
// marks, and emoji placed on the index checkpoints (every 64 code points).
func offsetTexts(t *testing.T) map[string]string {
	return map[string]string{
		"sample":      sampleText(t),
		"empty":       "",
		"ascii 64":    strings.Repeat("a", 64),
		"emoji":       "Hi 👋🏽, “ok” — 😀 e\u0301 𝄞!",
		"only astral": strings.Repeat("😀", 200),
		"astral at checkpoints": strings.Repeat("x", 63) + "😀" + strings.Repeat("é", 63) + "🎉" +
			strings.Repeat("—", 64) + "𝄞",
	}
}

func TestTextIndexAgainstOracle(t *testing.T) {
	for name, text := range offsetTexts(t) {
		t.Run(name, func(t *testing.T) {
			ix := NewTextIndex(text)
			wantB, wantU := offsetsOracle(text)
			n := len(wantB) - 1
			if ix.Len() != n || RuneLen(text) != n {
				t.Fatalf("Len %d RuneLen %d, want %d", ix.Len(), RuneLen(text), n)
			}
			if got := UTF16Len(text); got != wantU[n] {
				t.Errorf("UTF16Len %d, want %d", got, wantU[n])
			}
			var gotB, gotU, backB, backU []int
			for cp := 0; cp <= n; cp++ {
				b, err := ix.Byte(cp)
				if err != nil {
					t.Fatalf("Byte(%d): %v", cp, err)
				}
				u, err := ix.UTF16(cp)
				if err != nil {
					t.Fatalf("UTF16(%d): %v", cp, err)
				}
				gotB, gotU = append(gotB, b), append(gotU, u)
				cb, err := ix.FromByte(wantB[cp])
				if err != nil {
					t.Fatalf("FromByte(%d): %v", wantB[cp], err)
				}
				cu, err := ix.FromUTF16(wantU[cp])
				if err != nil {
					t.Fatalf("FromUTF16(%d): %v", wantU[cp], err)
				}
				backB, backU = append(backB, cb), append(backU, cu)
			}
			if diff := cmp.Diff(wantB, gotB); diff != "" {
				t.Errorf("byte offsets (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(wantU, gotU); diff != "" {
				t.Errorf("UTF-16 offsets (-want +got):\n%s", diff)
			}
			identity := make([]int, n+1)
			for i := range identity {
				identity[i] = i
			}
			if diff := cmp.Diff(identity, backB); diff != "" {
				t.Errorf("FromByte round trip (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(identity, backU); diff != "" {
				t.Errorf("FromUTF16 round trip (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTextIndexSampleByHand(t *testing.T) {
	// Offsets worked out by hand on the first lines of the sample article:
	// the em dash is the first non-ASCII character (cp 192), the opening
	// curly quote follows it (each earlier char is 1 UTF-16 unit, the dash
	// is 3 bytes), and the first apostrophe ’ is at cp 838.
	ix := NewTextIndex(sampleText(t))
	tests := []struct {
		cp, b, u16 int
		char       string
	}{
		{0, 0, 0, "C"},
		{192, 192, 192, "—"},
		{193, 195, 193, " "},
		{275, 277, 275, "“"},
		{838, 860, 838, "’"},
	}
	for _, tt := range tests {
		b, _ := ix.Byte(tt.cp)
		u, _ := ix.UTF16(tt.cp)
		s, _ := ix.Slice(tt.cp, tt.cp+1)
		if diff := cmp.Diff([]any{tt.b, tt.u16, tt.char}, []any{b, u, s}); diff != "" {
			t.Errorf("cp %d: byte, UTF-16, char (-want +got):\n%s", tt.cp, diff)
		}
	}
	if ix.Len() != 3604 || UTF16Len(ix.Text()) != 3604 || len(ix.Text()) != 3668 {
		t.Errorf("lengths: %d code points, %d UTF-16, %d bytes", ix.Len(), UTF16Len(ix.Text()), len(ix.Text()))
	}
}

func TestTextIndexEmojiByHand(t *testing.T) {
	// "a😀b": 😀 is 1 code point, 2 UTF-16 units, 4 bytes.
	ix := NewTextIndex("a😀b")
	for _, tt := range []struct{ cp, b, u int }{{0, 0, 0}, {1, 1, 1}, {2, 5, 3}, {3, 6, 4}} {
		b, _ := ix.Byte(tt.cp)
		u, _ := ix.UTF16(tt.cp)
		if b != tt.b || u != tt.u {
			t.Errorf("cp %d: byte %d UTF-16 %d, want %d %d", tt.cp, b, u, tt.b, tt.u)
		}
	}
	if s, _ := ix.Slice(1, 2); s != "😀" {
		t.Errorf("Slice(1,2) = %q", s)
	}
}

func TestTextIndexErrors(t *testing.T) {
	ix := NewTextIndex("a😀b—")
	tests := []struct {
		name string
		f    func() (int, error)
		want string
	}{
		{"UTF-16 inside a surrogate pair", func() (int, error) { return ix.FromUTF16(2) }, "UTF-16 offset 2 splits a surrogate pair"},
		{"UTF-16 past the end", func() (int, error) { return ix.FromUTF16(6) }, "UTF-16 offset 6 is past the end of the text (5)"},
		{"UTF-16 negative", func() (int, error) { return ix.FromUTF16(-1) }, "UTF-16 offset -1 is negative"},
		{"byte inside a character", func() (int, error) { return ix.FromByte(3) }, "byte offset 3 splits a character"},
		{"byte inside the dash", func() (int, error) { return ix.FromByte(8) }, "byte offset 8 splits a character"},
		{"byte past the end", func() (int, error) { return ix.FromByte(10) }, "byte offset 10 is outside the text (0..9)"},
		{"byte negative", func() (int, error) { return ix.FromByte(-1) }, "byte offset -1 is outside the text (0..9)"},
		{"code point past the end", func() (int, error) { return ix.Byte(5) }, "offset 5 is outside the text (0..4)"},
		{"code point negative", func() (int, error) { return ix.UTF16(-1) }, "offset -1 is outside the text (0..4)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.f()
			if err == nil || err.Error() != tt.want {
				t.Errorf("error %v, want %q", err, tt.want)
			}
		})
	}
	if _, err := ix.Slice(3, 1); err == nil || err.Error() != "span 3..1 is inverted" {
		t.Errorf("Slice(3,1): %v", err)
	}
	if _, err := ix.Slice(2, 9); err == nil {
		t.Errorf("Slice(2,9) succeeded")
	}
}

func TestTextIndexPastEndLongText(t *testing.T) {
	// Past the end of a text longer than one checkpoint stride, the error
	// must report the real UTF-16 length.
	text := strings.Repeat("😀", 100) // 200 UTF-16 units
	ix := NewTextIndex(text)
	_, err := ix.FromUTF16(201)
	if err == nil || err.Error() != "UTF-16 offset 201 is past the end of the text (200)" {
		t.Errorf("error %v", err)
	}
}

func BenchmarkTextIndexFromUTF16(b *testing.B) {
	text := strings.Repeat(sampleText(b), 20)
	ix := NewTextIndex(text)
	n := UTF16Len(text)
	i := 0
	for b.Loop() {
		if _, err := ix.FromUTF16((i * 7919) % n); err != nil {
			// Random offsets may land inside a pair only in emoji text.
			b.Fatal(err)
		}
		i++
	}
}
