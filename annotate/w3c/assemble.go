package w3c

import (
	"net/url"
	"strings"

	"whosaid/annotate"
)

// assemble turns records into claims on the document: the same rules for
// every format. Records that cannot be placed are left out, with a warning
// saying why.
func (im *importer) assemble(recs []record) []annotate.Claim {
	im.cur = -1
	im.setSources(recs)
	conv := im.detectOffsets(recs)
	claims := make([]annotate.Claim, 0, len(recs))
	for i := range recs {
		rec := &recs[i]
		im.cur = rec.index
		span, orphan, ok := im.placeRecord(rec, conv)
		if !ok {
			continue
		}
		c := annotate.Claim{Span: span, Orphan: orphan}
		c.ID = im.claimID(rec)
		c.Created, c.Modified, c.Creator = rec.created, rec.modified, rec.creator
		c.Cue, c.Mentions = rec.cue, rec.mentions
		origin := im.origin(rec, c.ID)
		im.applyBodies(&c, rec, origin)
		if !origin.Equal(nil) {
			c.Origin = origin
		}
		claims = append(claims, c)
		im.claimPaths = append(im.claimPaths, rec.path)
	}
	im.cur = -1
	im.reportMismatches()
	return claims
}

// reportMismatches warns about positions that did not hold their quote:
// one by one when they are few, else once — then the positions were
// counted on another text (the whole web page the article was part of).
func (im *importer) reportMismatches() {
	ms := im.mismatches
	if len(ms) < 3 || 2*len(ms) <= im.positioned {
		for _, m := range ms {
			im.cur = m.at
			im.warn(m.path, "%s", m.msg)
		}
		im.cur = -1
		return
	}
	im.warn(ms[0].path, "the positions of %d of %d annotations do not hold their quotes (they were counted on another text, such as the whole web page): placed by their quotes", len(ms), im.positioned)
}

// origin keeps what an annotation was that whosaid would not write itself:
// its id, motivation and source, so that an export gives them back.
func (im *importer) origin(rec *record, claimID string) *annotate.Origin {
	o := &annotate.Origin{}
	if rec.id != "" && rec.id != annotationURI(&im.doc, claimID) {
		o.ID = rec.id
		if !isIRI(rec.id) && !rec.ours {
			im.note("id-not-iri", join(rec.path, "id"), "%q is not an IRI, as the W3C model requires: whosaid's W3C export names the annotation with an IRI of its own (urn:whosaid:annotations:…:claim:%s)",
				clip(rec.id), clip(claimID))
		}
	}
	if len(rec.motivation) > 0 && !(len(rec.motivation) == 1 && rec.motivation[0] == Motivation) {
		o.Motivation = rec.motivation
	}
	if t := rec.placedTarget; t != nil && t.source != "" && t.source != DocumentURI(&im.doc) {
		o.Source = t.source
	}
	return o
}

// isIRI tells whether s is an absolute IRI (a scheme, then something).
func isIRI(s string) bool {
	u, err := url.Parse(s)
	return err == nil && u.Scheme != "" && !strings.ContainsAny(s, " \t\n<>\"{}|\\^`")
}
