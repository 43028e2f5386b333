package annotate

import (
	"strconv"
	"strings"
)

// fieldPath is where a problem is, in the native JSON shape
// ("claims[3].mentions[0].prefix"). Validate builds one per field it checks
// but formats it only when it records a problem: a valid set has none, and
// formatting every path up front (fmt.Sprintf per claim, a concatenation per
// field) was a quarter of the time to decode a big file.
type fieldPath struct {
	up    *fieldPath
	name  string // "claims", "span" (a dot joins it to up)
	index int    // ≥ 0: "[index]" follows the name
}

// rootPath is a top-level field, or a whole path already written out.
func rootPath(name string) fieldPath { return fieldPath{name: name, index: -1} }

// rootItem is element i of a top-level list: "claims[3]".
func rootItem(name string, i int) fieldPath { return fieldPath{name: name, index: i} }

// field is a field below p: p.field("span") is "….span".
func (p *fieldPath) field(name string) fieldPath {
	return fieldPath{up: p, name: name, index: -1}
}

// item is element i of a list below p: p.item("tags", 2) is "….tags[2]".
func (p *fieldPath) item(name string, i int) fieldPath {
	return fieldPath{up: p, name: name, index: i}
}

func (p *fieldPath) String() string {
	var b strings.Builder
	p.write(&b)
	return b.String()
}

func (p *fieldPath) write(b *strings.Builder) {
	if p.up != nil {
		p.up.write(b)
		b.WriteByte('.')
	}
	b.WriteString(p.name)
	if p.index >= 0 {
		b.WriteByte('[')
		b.WriteString(strconv.Itoa(p.index))
		b.WriteByte(']')
	}
}

// addAt records a problem at p.
func (ps *Problems) addAt(p fieldPath, format string, args ...any) {
	ps.Add(p.String(), format, args...)
}
