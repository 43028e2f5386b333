package annotate

// SpeakerKind says what sort of source a speaker is.
type SpeakerKind string

const (
	SpeakerPerson       SpeakerKind = "person"
	SpeakerOrganization SpeakerKind = "organization"
	SpeakerGroup        SpeakerKind = "group"       // "officials", "Western countries"
	SpeakerPublication  SpeakerKind = "publication" // "Reuters", "Interfax"
	SpeakerAnonymous    SpeakerKind = "anonymous"   // unnamed sources
)

// SpeakerKinds lists every valid speaker kind, in display order.
var SpeakerKinds = []SpeakerKind{SpeakerPerson, SpeakerOrganization, SpeakerGroup, SpeakerPublication, SpeakerAnonymous}

// Speaker is a person or organization to whom claims are attributed.
type Speaker struct {
	ID          string      `json:"id"`
	Name        string      `json:"name"`
	Kind        SpeakerKind `json:"kind"`
	Title       string      `json:"title,omitempty"` // title or role: "Foreign Minister"
	Affiliation string      `json:"affiliation,omitempty"`
	Aliases     []string    `json:"aliases,omitempty"`
}
