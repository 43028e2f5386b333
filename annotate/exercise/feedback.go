package exercise

import (
	"whosaid/annotate"
	"whosaid/annotate/score"
)

// Feedback is what a student sees once feedback is allowed: each key claim
// with what became of it, their extra claims, and the scores. Labels the
// exercise did not ask for are left out (their verdicts are empty).
type Feedback struct {
	Keys    []KeyFeedback   `json:"keys"`
	Extras  []ExtraFeedback `json:"extras"`
	Strict  score.Figures   `json:"strict"`
	Lenient score.Figures   `json:"lenient"`
	// Accuracies on paired claims, for the labels asked for (nil if not).
	Speaker     *score.Accuracy `json:"speaker,omitempty"`
	Attribution *score.Accuracy `json:"attribution,omitempty"`
	Kind        *score.Accuracy `json:"kind,omitempty"`
}

// KeyFeedback is one key claim as the student sees it.
type KeyFeedback struct {
	Text     string        `json:"text"` // the key claim's quote
	Span     annotate.Span `json:"span"`
	Optional bool          `json:"optional,omitempty"`
	Outcome  score.Outcome `json:"outcome"`
	Coverage float64       `json:"coverage"`
	// Their claim's quote when paired.
	Yours          string                   `json:"yours,omitempty"`
	Speaker        score.Verdict            `json:"speaker,omitempty"`
	KeySpeaker     string                   `json:"keySpeaker,omitempty"`
	YourSpeaker    string                   `json:"yourSpeaker,omitempty"`
	Attribution    score.Verdict            `json:"attribution,omitempty"`
	KeyAttribution annotate.AttributionType `json:"keyAttribution,omitempty"`
	Kind           score.Verdict            `json:"kind,omitempty"`
	KeyKind        annotate.ClaimKind       `json:"keyKind,omitempty"`
}

// ExtraFeedback is a claim of the student's that matches no key claim.
type ExtraFeedback struct {
	Text string        `json:"text"`
	Span annotate.Span `json:"span"`
}

// NewFeedback turns a report into the student's feedback.
func NewFeedback(e Exercise, key score.Key, student *annotate.Set, r *score.Report) Feedback {
	kc := map[string]score.KeyClaim{}
	for _, k := range key.Claims {
		kc[k.ID] = k
	}
	f := Feedback{Keys: []KeyFeedback{}, Extras: []ExtraFeedback{}, Strict: r.Strict, Lenient: r.Lenient}
	if e.Find.Speakers {
		f.Speaker = &r.Speaker
	}
	if e.Find.Attribution {
		f.Attribution = &r.Attribution
	}
	if e.Find.Kind {
		f.Kind = &r.Kind
	}
	for _, k := range r.Keys {
		c := kc[k.KeyID]
		kf := KeyFeedback{Text: c.Span.Exact, Span: c.Span, Optional: k.Optional, Outcome: k.Outcome, Coverage: k.Coverage}
		if sc, ok := student.Claim(k.StudentID); ok && k.StudentID != "" {
			kf.Yours = sc.Span.Exact
		}
		if e.Find.Speakers {
			kf.Speaker, kf.KeySpeaker, kf.YourSpeaker = k.Speaker, k.KeySpeaker, k.StudentSpeaker
		}
		if e.Find.Attribution {
			kf.Attribution, kf.KeyAttribution = k.Attribution, c.Attribution
		}
		if e.Find.Kind {
			kf.Kind, kf.KeyKind = k.Kind, c.Kind
		}
		f.Keys = append(f.Keys, kf)
	}
	for _, x := range r.Extras {
		f.Extras = append(f.Extras, ExtraFeedback{Text: x.Span.Exact, Span: x.Span})
	}
	return f
}
