package annotate

import (
	"fmt"
	"unicode/utf8"
)

// RuneLen is the length of s in code points (the unit of every offset).
func RuneLen(s string) int { return utf8.RuneCountInString(s) }

// TextIndex converts between code-point, UTF-16 and byte offsets of one text
// in O(log n) after an O(n) build. Build it once per document text.
type TextIndex struct {
	text  string
	runes int
	// Checkpoints every indexStride code points: byte and UTF-16 offsets.
	byteAt []int
	u16At  []int
}

const indexStride = 64

// NewTextIndex indexes text.
func NewTextIndex(text string) *TextIndex {
	ix := &TextIndex{text: text}
	u, n := 0, 0
	for i, r := range text {
		if n%indexStride == 0 {
			ix.byteAt = append(ix.byteAt, i)
			ix.u16At = append(ix.u16At, u)
		}
		u += utf16Width(r)
		n++
	}
	if n%indexStride == 0 {
		ix.byteAt = append(ix.byteAt, len(text))
		ix.u16At = append(ix.u16At, u)
	}
	ix.runes = n
	return ix
}

// Text is the indexed text.
func (ix *TextIndex) Text() string { return ix.text }

// Len is the text length in code points.
func (ix *TextIndex) Len() int { return ix.runes }

// Byte converts a code-point offset to a byte offset.
func (ix *TextIndex) Byte(cp int) (int, error) {
	if cp < 0 || cp > ix.runes {
		return 0, fmt.Errorf("offset %d is outside the text (0..%d)", cp, ix.runes)
	}
	k := cp / indexStride
	b := ix.byteAt[k]
	for n := k * indexStride; n < cp; n++ {
		_, size := utf8.DecodeRuneInString(ix.text[b:])
		b += size
	}
	return b, nil
}

// UTF16 converts a code-point offset to a UTF-16 code-unit offset.
func (ix *TextIndex) UTF16(cp int) (int, error) {
	if cp < 0 || cp > ix.runes {
		return 0, fmt.Errorf("offset %d is outside the text (0..%d)", cp, ix.runes)
	}
	k := cp / indexStride
	b, u := ix.byteAt[k], ix.u16At[k]
	for n := k * indexStride; n < cp; n++ {
		r, size := utf8.DecodeRuneInString(ix.text[b:])
		b += size
		u += utf16Width(r)
	}
	return u, nil
}

// FromUTF16 converts a UTF-16 offset (as a browser reports it) to code
// points. An offset inside a surrogate pair is an error.
func (ix *TextIndex) FromUTF16(u16 int) (int, error) {
	total := ix.u16At[len(ix.u16At)-1]
	if u16 < 0 {
		return 0, fmt.Errorf("UTF-16 offset %d is negative", u16)
	}
	// Binary search the last checkpoint at or before u16.
	lo, hi := 0, len(ix.u16At)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if ix.u16At[mid] <= u16 {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	cp, b, u := lo*indexStride, ix.byteAt[lo], ix.u16At[lo]
	for u < u16 {
		if b >= len(ix.text) {
			return 0, fmt.Errorf("UTF-16 offset %d is past the end of the text (%d)", u16, max(total, u))
		}
		r, size := utf8.DecodeRuneInString(ix.text[b:])
		b += size
		u += utf16Width(r)
		cp++
	}
	if u != u16 {
		return 0, fmt.Errorf("UTF-16 offset %d splits a surrogate pair", u16)
	}
	return cp, nil
}

// FromByte converts a byte offset to code points. An offset inside a
// multi-byte character is an error.
func (ix *TextIndex) FromByte(b int) (int, error) {
	if b < 0 || b > len(ix.text) {
		return 0, fmt.Errorf("byte offset %d is outside the text (0..%d)", b, len(ix.text))
	}
	if b < len(ix.text) && !utf8.RuneStart(ix.text[b]) {
		return 0, fmt.Errorf("byte offset %d splits a character", b)
	}
	lo, hi := 0, len(ix.byteAt)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if ix.byteAt[mid] <= b {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo*indexStride + utf8.RuneCountInString(ix.text[ix.byteAt[lo]:b]), nil
}

// Slice returns the text between two code-point offsets.
func (ix *TextIndex) Slice(start, end int) (string, error) {
	if start > end {
		return "", fmt.Errorf("span %d..%d is inverted", start, end)
	}
	bs, err := ix.Byte(start)
	if err != nil {
		return "", err
	}
	be, err := ix.Byte(end)
	if err != nil {
		return "", err
	}
	return ix.text[bs:be], nil
}

func utf16Width(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// UTF16Len is the length of s in UTF-16 code units (what JavaScript's
// String.length reports).
func UTF16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16Width(r)
	}
	return n
}
