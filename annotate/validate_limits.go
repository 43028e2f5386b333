package annotate

// Size limits. They keep a hostile or corrupt file from exhausting memory in
// the browser or the server; real articles are far below them (a long
// feature is some 60,000 code points with a few hundred claims).
const (
	MaxFileBytes  = 32 << 20  // size of one native file
	MaxTextRunes  = 1_000_000 // document text, in code points
	MaxBlocks     = 20_000    // blocks in a document
	MaxSpeakers   = 2_000     // speakers in a set
	MaxClaims     = 20_000    // claims in a set
	MaxMentions   = 200       // mentions on one claim
	MaxTags       = 50        // tags on one claim
	MaxAliases    = 50        // aliases of one speaker
	MaxFieldRunes = 10_000    // any other string: ids, names, notes, tags, context…
)
