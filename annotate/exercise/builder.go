package exercise

import (
	"cmp"
	"slices"
	"strings"

	"whosaid/annotate/score"
)

// MaxAgreementSets bounds class agreement, which compares every pair of
// submissions: past this many (1,770 pairs) it compares the first
// MaxAgreementSets in roster order. A class is rarely larger; a code
// shared with hundreds of made-up students must not make each dashboard
// compare tens of thousands of pairs.
const MaxAgreementSets = 60

// Builder computes the dashboard of one class again and again as its work
// changes, redoing only what changed: a student's report is reused while
// their Version stays the same, and so is the agreement of two
// submissions. Memory stays bounded by the class: what the last build did
// not use is dropped. Not safe for concurrent use.
type Builder struct {
	key       score.Key
	scorer    *score.Scorer
	summaries []KeyClaimSummary
	reports   map[string]*score.Report // version → report
	failed    map[string]error         // version → why it could not be scored
	pairs     map[[2]string]score.Pair // (version, version) → agreement
}

// NewBuilder prepares the key; it fails only on a key that cannot be
// scored.
func NewBuilder(key score.Key) (*Builder, error) {
	sc, err := score.NewScorer(key)
	if err != nil {
		return nil, err
	}
	b := &Builder{key: key, scorer: sc, reports: map[string]*score.Report{}, failed: map[string]error{}, pairs: map[[2]string]score.Pair{}}
	names := map[string]string{}
	for _, sp := range key.Speakers {
		names[sp.ID] = sp.Name
	}
	b.summaries = []KeyClaimSummary{}
	for _, k := range key.Claims {
		b.summaries = append(b.summaries, KeyClaimSummary{ID: k.ID, Span: k.Span, Speaker: names[k.SpeakerID], Optional: k.Optional})
	}
	slices.SortStableFunc(b.summaries, func(a, b KeyClaimSummary) int {
		return cmp.Or(cmp.Compare(a.Span.Start, b.Span.Start), cmp.Compare(b.Span.End, a.Span.End), strings.Compare(a.ID, b.ID))
	})
	return b, nil
}

// report scores a student's set, or reuses the report of its version.
func (b *Builder) report(st Student) (*score.Report, error) {
	if st.Version != "" {
		if r, ok := b.reports[st.Version]; ok {
			return r, nil
		}
		if err, ok := b.failed[st.Version]; ok {
			return nil, err
		}
	}
	r, err := b.scorer.Score(st.Set)
	if st.Version != "" {
		if err != nil {
			b.failed[st.Version] = err
		} else {
			b.reports[st.Version] = r
		}
	}
	return r, err
}

// agreement compares the submissions pairwise (nil with fewer than two),
// reusing the pairs of versions compared before.
func (b *Builder) agreement(subs []Student) (*score.Agreement, error) {
	subs = subs[:min(len(subs), MaxAgreementSets)]
	if len(subs) < 2 {
		return nil, nil
	}
	c := score.NewComparer(b.key.Document)
	var err error
	a := score.AgreementOf(len(subs), func(i, j int) score.Pair {
		id := [2]string{subs[i].Version, subs[j].Version}
		if p, ok := b.pairs[id]; ok && id[0] != "" && id[1] != "" {
			return p
		}
		p, e := c.Pair(subs[i].Set, subs[j].Set)
		if e != nil {
			err = e
		} else if id[0] != "" && id[1] != "" {
			b.pairs[id] = p
		}
		return p
	})
	return a, err
}

// forget drops what was computed for versions no student has now.
func (b *Builder) forget(students []Student) {
	live := map[string]bool{}
	for _, s := range students {
		live[s.Version] = true
	}
	for v := range b.reports {
		if !live[v] {
			delete(b.reports, v)
		}
	}
	for v := range b.failed {
		if !live[v] {
			delete(b.failed, v)
		}
	}
	for id := range b.pairs {
		if !live[id[0]] || !live[id[1]] {
			delete(b.pairs, id)
		}
	}
}
