package exercise

import (
	"sort"

	"whosaid/annotate"
	"whosaid/annotate/score"
)

// Feedback is what a student sees once feedback is allowed: each key claim
// with what became of it, their extra claims, and the scores. Labels the
// exercise did not ask for are left out (their verdicts are empty).
//
// Until the key is shown (KeyShown false: the exercise is still open),
// nothing of the key is in it: no key claim's text, span, length, speaker,
// quote type or kind, only the paragraph each key claim is in and what
// became of it, and for what the student found whether their own labels
// are right. A student who could read the key while they can still
// submit would copy it.
type Feedback struct {
	KeyShown bool            `json:"keyShown"`
	Keys     []KeyFeedback   `json:"keys"`
	Extras   []ExtraFeedback `json:"extras"`
	Strict   score.Figures   `json:"strict"`
	Lenient  score.Figures   `json:"lenient"`
	// Accuracies on paired claims, for the labels asked for (nil if not).
	Speaker     *score.Accuracy `json:"speaker,omitempty"`
	Attribution *score.Accuracy `json:"attribution,omitempty"`
	Kind        *score.Accuracy `json:"kind,omitempty"`
}

// KeyFeedback is one key claim as the student sees it. The fields marked
// "key" are set only when the key is shown.
type KeyFeedback struct {
	// Paragraph is the number (from 1) of the article's block the key
	// claim starts in.
	Paragraph int            `json:"paragraph"`
	Text      string         `json:"text,omitempty"` // key: the key claim's quote
	Span      *annotate.Span `json:"span,omitempty"` // key
	Optional  bool           `json:"optional,omitempty"`
	Outcome   score.Outcome  `json:"outcome"`
	Coverage  float64        `json:"coverage,omitempty"` // key: share of its words the student's claim covers
	// Their claim's quote when paired.
	Yours          string                   `json:"yours,omitempty"`
	Speaker        score.Verdict            `json:"speaker,omitempty"`
	KeySpeaker     string                   `json:"keySpeaker,omitempty"` // key
	YourSpeaker    string                   `json:"yourSpeaker,omitempty"`
	Attribution    score.Verdict            `json:"attribution,omitempty"`
	KeyAttribution annotate.AttributionType `json:"keyAttribution,omitempty"` // key
	Kind           score.Verdict            `json:"kind,omitempty"`
	KeyKind        annotate.ClaimKind       `json:"keyKind,omitempty"` // key
}

// ExtraFeedback is a claim of the student's that matches no key claim.
type ExtraFeedback struct {
	Text string        `json:"text"`
	Span annotate.Span `json:"span"`
}

// NewFeedback turns a report into the student's feedback; showKey puts
// the key's claims in it (see Feedback).
func NewFeedback(e Exercise, key score.Key, student *annotate.Set, r *score.Report, showKey bool) Feedback {
	kc := map[string]score.KeyClaim{}
	for _, k := range key.Claims {
		kc[k.ID] = k
	}
	f := Feedback{KeyShown: showKey, Keys: []KeyFeedback{}, Extras: []ExtraFeedback{}, Strict: r.Strict, Lenient: r.Lenient}
	if e.Find.Speakers {
		f.Speaker = &r.Speaker
	}
	if e.Find.Attribution {
		f.Attribution = &r.Attribution
	}
	if e.Find.Kind {
		f.Kind = &r.Kind
	}
	starts := key.Document.BlockStarts()
	for _, k := range r.Keys {
		c := kc[k.KeyID]
		kf := KeyFeedback{Paragraph: paragraphOf(starts, c.Span.Start), Optional: k.Optional, Outcome: k.Outcome}
		if sc, ok := student.Claim(k.StudentID); ok && k.StudentID != "" {
			kf.Yours = sc.Span.Exact
		}
		if e.Find.Speakers {
			kf.Speaker, kf.YourSpeaker = k.Speaker, k.StudentSpeaker
		}
		if e.Find.Attribution {
			kf.Attribution = k.Attribution
		}
		if e.Find.Kind {
			kf.Kind = k.Kind
		}
		if showKey {
			showKeyClaim(&kf, e, c, k)
		}
		f.Keys = append(f.Keys, kf)
	}
	for _, x := range r.Extras {
		f.Extras = append(f.Extras, ExtraFeedback{Text: x.Span.Exact, Span: x.Span})
	}
	return f
}

// showKeyClaim adds what the key says of a claim.
func showKeyClaim(kf *KeyFeedback, e Exercise, c score.KeyClaim, k score.KeyResult) {
	sp := c.Span
	kf.Text, kf.Span, kf.Coverage = sp.Exact, &sp, k.Coverage
	if e.Find.Speakers {
		kf.KeySpeaker = k.KeySpeaker
	}
	if e.Find.Attribution {
		kf.KeyAttribution = c.Attribution
	}
	if e.Find.Kind {
		kf.KeyKind = c.Kind
	}
}

// paragraphOf is the number (from 1) of the block that offset is in.
func paragraphOf(starts []int, offset int) int {
	return max(sort.SearchInts(starts, offset+1), 1)
}
