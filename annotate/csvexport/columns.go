package csvexport

// Header is the first row. Offsets are code points into the document text,
// end exclusive; orphan is "yes" for a claim whose quote could not be
// placed in the current text (its offsets are then not to be trusted).
var Header = []string{
	"id", "quote", "start", "end", "speaker", "speaker title", "speaker id",
	"attribution type", "cue", "claim kind", "note", "tags", "orphan",
}

// TagSeparator joins a claim's tags in the tags cell.
const TagSeparator = "; "
