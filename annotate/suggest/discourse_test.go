package suggest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The third round's discourse rules (issue 15): who a pronoun can stand
// for, and when that is sure. Every sentence is written for these tests.

func runFlagCases(t *testing.T, cases []flagCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, suggestFlags(tc.text)); diff != "" {
				t.Errorf("speakers and confidence (-want +got):\n%s", diff)
			}
		})
	}
}

type flagCase struct {
	name, text string
	want       [][2]string
}

// A subject is a subject past its appositions: ages, descriptions and
// relative clauses stand between it and its verb.
func TestSubjectPastAppositions(t *testing.T) {
	runFlagCases(t, []flagCase{{
		name: "a description, a name and an age before the verb",
		text: "“Nobody asked us,” says Maeve Quinlan, who runs the post office.\n\n" +
			"A retired ferryman, Thomas Wren, 79, sits by the harbour wall every afternoon. He has fished here since 1961.\n\n" +
			"“The village used to have three banks,” he says.",
		want: [][2]string{{"Maeve Quinlan", "high"}, {"Thomas Wren", "high"}},
	}, {
		name: "a name, an age and a relative clause before the verb",
		text: "Helen Harrow said the hall was cold.\n\nMartin Bede, 54, who has coached the under-twelves since 2010, keeps the keys.\n\n“We bring our own heaters,” he says.",
		want: [][2]string{{"Helen Harrow", "high"}, {"Martin Bede", "high"}},
	}})
}

// A sentence that says who an unnamed person is makes the description a
// name of that person, not a rival for "she" or "he".
func TestIdentitySentence(t *testing.T) {
	runFlagCases(t, []flagCase{{
		name: "the head gardener was a man named …",
		text: "Agnieszka Kral has tended the abbey lawns since 1990.\n\n" +
			"The head gardener then was a Welshman named Peter Pryce, who retired in 2001.\n\n" +
			"“Peter taught me to read the grass,” she says.",
		want: [][2]string{{"Agnieszka Kral", "high"}},
	}, {
		name: "the description is an alias of the name",
		text: "Her lawyer is Ana Ruiz. “We will appeal,” the lawyer said.",
		want: [][2]string{{"Ana Ruiz", "high"}},
	}})
}

// A pronoun is sure only when no other compatible person was mentioned
// from the paragraph before its antecedent's latest mention on: a profile's
// main person mentioned next to a secondary one is a rival when the
// secondary one's "she says" is continued two paragraphs later.
func TestPronounWindowFromItsAntecedent(t *testing.T) {
	runFlagCases(t, []flagCase{{
		name: "a rival in the antecedent's paragraph",
		text: "Margaret Holm has run the ferry café since 1988.\n\n" +
			"Holm’s niece, Sara Dahl, says the café will close when her aunt retires.\n\n" +
			"“I grew up behind that counter,” she says.\n\n" +
			"Outside, the ferry sounds its horn. The last crossing leaves at six.\n\n" +
			"“I will miss the noise,” she says.",
		want: [][2]string{{"Sara Dahl", "high"}, {"Sara Dahl", "low"}, {"Sara Dahl", "low"}},
	}, {
		name: "nobody else: the chain stays sure",
		text: "Margaret Holm has run the ferry café since 1988. “I never planned it,” she says.\n\n" +
			"Outside, the ferry sounds its horn. The last crossing leaves at six.\n\n" +
			"“I will miss the noise,” she says.",
		want: [][2]string{{"Margaret Holm", "high"}, {"Margaret Holm", "high"}},
	}})
}

// Honorifics of several words are titles, not part of the name.
func TestHonorificsOfSeveralWords(t *testing.T) {
	runSuggestCases(t, []suggestCase{{
		name: "the Very Rev.",
		text: "The Very Rev. Tobias Amery, the dean of Wexcombe, says the roof will cost £2m.",
		want: []got{{"Tobias Amery", indirect, "the roof will cost £2m", "says"}},
	}, {
		name: "the Rt Hon",
		text: "The Rt. Hon. Lydia Marsh said the bill would be amended.",
		want: []got{{"Lydia Marsh", indirect, "the bill would be amended", "said"}},
	}})
}

// First names give a gender with or without their accents; ~1,500 more
// names were listed in the third round (Irene, Gareth, Siobhan…).
func TestFirstNamesAccentsAside(t *testing.T) {
	runFlagCases(t, []flagCase{{
		name: "Lucía is a woman, so he is not her",
		text: "Lucía Ferrer runs the clinic with Tomás Vidal. Vidal said the roof leaked.\n\n“We patch it every spring,” he says.",
		want: [][2]string{{"Tomás Vidal", "high"}, {"Tomás Vidal", "high"}},
	}, {
		name: "a first name the lists lack fits either pronoun, as a guess",
		text: "Ozren Tabak said the roof leaked. “We patch it every spring,” he says.",
		want: [][2]string{{"Ozren Tabak", "high"}, {"Ozren Tabak", "low"}},
	}})
	for w, want := range map[string][2]bool{"lucía": {true, false}, "irene": {true, false}, "josé": {false, true}, "gareth": {false, true}, "ozren": {false, false}} {
		if f, m := genderOf(w); [2]bool{f, m} != want {
			t.Errorf("genderOf(%q) = %v, %v; want %v", w, f, m, want)
		}
	}
}

// "It" and "the company" are sure only when one organization is about.
func TestOrganizationsItWhenUnambiguous(t *testing.T) {
	runFlagCases(t, []flagCase{{
		name: "one company: it is sure",
		text: "Harlow Foods lost $3 million last year.\n\nIt said it would close two bakeries in the spring.",
		want: [][2]string{{"Harlow Foods", "high"}},
	}, {
		name: "two companies: it is a guess",
		text: "Harlow Foods agreed to buy Brantwood Dairies for $40 million.\n\nIt said the deal would close in the spring.",
		want: [][2]string{{"Harlow Foods", "low"}},
	}, {
		name: "two companies: the company is a guess",
		text: "Harlow Foods agreed to buy Brantwood Dairies for $40 million.\n\nThe company said the deal would close in the spring.",
		want: [][2]string{{"Harlow Foods", "low"}},
	}})
}

// A verb with a noun object and an attachment reports nothing: "reported
// a loss", "agree a truce after…" are acts; a clause keeps its verb.
func TestNounObjectIsNoClause(t *testing.T) {
	runSuggestCases(t, []suggestCase{{
		name: "reported a loss on Tuesday",
		text: "Harlow Foods reported a loss on Tuesday.",
	}, {
		name: "agree a truce after talks",
		text: "Two villages agree truce after a week of talks",
	}, {
		name: "a clause without that keeps its verb",
		text: "The bureau says all branches remain open on Sundays.",
		want: []got{{"bureau", indirect, "all branches remain open on Sundays", "says"}},
	}})
}

// A subject in three parts or more: the part that is a name speaks; an
// aside about a group ("many of them…") leaves the group the speaker; a
// second relative clause ("…, and who asked not to be named,") is no
// speaker; two people joined by "and" speak together.
func TestSubjectsInSeveralParts(t *testing.T) {
	runSuggestCases(t, []suggestCase{{
		name: "a relation, a name and a job",
		text: "Odile Marchand’s brother, Luc Marchand, a dentist in Lyon, says she never takes holidays.",
		want: []got{{"Luc Marchand", indirect, "she never takes holidays", "says"}},
	}, {
		name: "a relation, a description with a relative clause, a first name",
		text: "His cousin, a retired postman who gave only his first name, Anwar, said the road had flooded twice.",
		want: []got{{"Anwar", indirect, "the road had flooded twice", "said"}},
	}, {
		name: "a group and an aside about many of them",
		text: "The growers, many of them from the same three villages, say the new quota will ruin them.",
		want: []got{{"growers", indirect, "the new quota will ruin them", "say"}},
	}, {
		name: "two relative clauses, the second after and",
		text: "A guard at the station who saw the crash, and who asked not to be named because he feared for his job, said the signal was red.",
		want: []got{{"guard at the station", indirect, "the signal was red", "said"}},
	}, {
		name: "a couple speaking together",
		text: "Its founders, Ivo and Mara Petrak, both in their 70s, announced in May that they had sold the press.",
		want: []got{{"Ivo and Mara Petrak", indirect, "they had sold the press", "announced"}},
	}})
}

// A statement broken by its attribution after a clause or an adverbial is
// one claim across the break (guidelines 2.2); what the journalist adds
// after an attribution is not part of it.
func TestInterruptedAfterAClause(t *testing.T) {
	runSuggestCases(t, []suggestCase{{
		name: "after an adverbial",
		text: "Owen Price runs the mill museum. In the 1970s, he says, the mill employed half the valley.",
		want: []got{{"Owen Price", indirect, "In the 1970s, he says, the mill employed half the valley", "says"}},
	}, {
		name: "after a conditional clause, with a named speaker",
		text: "If the bridge closes for a year, Tamsin Rowe said, the ferry will not cope.",
		want: []got{{"Tamsin Rowe", indirect, "If the bridge closes for a year, Tamsin Rowe said, the ferry will not cope", "said"}},
	}, {
		name: "the journalist's timing after the attribution",
		text: "The mayor has lost her lead, a Harbor Poll survey showed on Friday, three days before the vote.",
		want: []got{{"Harbor Poll", indirect, "The mayor has lost her lead", "showed"}},
	}})
}

// A pronoun that reports inside a quote stands for someone the paragraph
// mentioned before it — a sentence's subject first —, never the quoted
// speaker; what others think is no report.
func TestPronounsInsideQuotes(t *testing.T) {
	runSuggestCases(t, []suggestCase{{
		name: "my grandmother, then she",
		text: "“My grandmother kept bees,” said Oskar Lind. “She used to tell me, ‘Never run from a bee.’ I still don’t.”",
		want: []got{
			{"Oskar Lind", direct, "My grandmother kept bees", "said"},
			{"Oskar Lind", direct, "She used to tell me, ‘Never run from a bee.’ I still don’t.", ""},
			{"Oskar Lind’s grandmother", direct, "Never run from a bee.", "tell"},
		},
	}, {
		name: "a name as the subject beats a later name",
		text: "“Dr. Okonjo sat with us for an hour, the night Tomas was born. He told us the valve would hold,” said Ines Varga.",
		want: []got{
			{"Ines Varga", direct, "Dr. Okonjo sat with us for an hour, the night Tomas was born. He told us the valve would hold", "said"},
			{"Okonjo", indirect, "the valve would hold", "told"},
		},
	}, {
		name: "it: a document in the quote",
		text: "“I answered a notice on the church door. It said, ‘Bell ringers wanted, no experience needed.’ I had none,” says Petra Vos.",
		want: []got{
			{"Petra Vos", direct, "I answered a notice on the church door. It said, ‘Bell ringers wanted, no experience needed.’ I had none", "says"},
			{"notice on the church door", direct, "Bell ringers wanted, no experience needed.", "said"},
		},
	}, {
		name: "what people think is no report",
		text: "“People think the lighthouse is empty. It never was,” said Agnes Moll.",
		want: []got{{"Agnes Moll", direct, "People think the lighthouse is empty. It never was", "said"}},
	}})
}

// A bare surname two people share is the one named first: relatives are
// called by their first names.
func TestSharedSurname(t *testing.T) {
	runFlagCases(t, []flagCase{{
		name: "the surgeon, not his wife",
		text: "Dr. Pavel Novak operates on Tuesdays. His wife, Eva Novak, teaches chemistry.\n\nBack in his office, Novak reads the scans. “It never gets easier,” he says.",
		want: [][2]string{{"Pavel Novak", "high"}},
	}})
}

// A Q&A printed without labels: the short paragraphs that ask are the
// journalist's, the paragraphs after each are one answer of the person
// the article names first, until the next question; narration with a
// "says" between answers is no answer.
func TestInterviewWithoutLabels(t *testing.T) {
	text := "Tove Lund: ‘I paint what the fog leaves’\n\n" +
		"Tove Lund has painted the same fjord for thirty years.\n\n" +
		"Why the same view?\n\n" +
		"Because it is never the same. I go out at six and the water has changed.\n\n" +
		"It changes again by noon.\n\n" +
		"You left Bergen in 1994. Do you miss it?\n\n" +
		"I miss the bookshops. Nothing else.\n\n" +
		"Her gallerist, Arne Dahl, says she has never missed a deadline.\n\n" +
		"What will you paint next?\n\n" +
		"The same fjord. I am not finished with it."
	runSuggestCases(t, []suggestCase{{
		name: "three questions, four answers, one narration",
		text: text,
		want: []got{
			{"Tove Lund", direct, "Because it is never the same. I go out at six and the water has changed.\n\nIt changes again by noon.", ""},
			{"Tove Lund", direct, "I miss the bookshops. Nothing else.", ""},
			{"Arne Dahl", indirect, "she has never missed a deadline", "says"},
			{"Tove Lund", direct, "The same fjord. I am not finished with it.", ""},
		},
	}})
}

// Words on a sign are a claim of whoever put it up, or of those who carry
// it; a headline's quotation is the speaker's who says the same words in
// the body. Both are low-confidence.
func TestSignsAndRepeatedQuotes(t *testing.T) {
	runSuggestCases(t, []suggestCase{{
		name: "carried by the sentence's subject",
		text: "Parents of the pupils lined the school gate, some holding banners reading “Keep Our Library Open.”",
		want: []got{{"Parents of the pupils", direct, "Keep Our Library Open.", "reading"}},
	}, {
		name: "two signs, the group named before",
		text: "On Monday about 80 cleaners were picketing the hospital, some carrying placards that read “Fair Pay Now” and “We Clean, You Heal.”",
		want: []got{
			{"cleaners", direct, "Fair Pay Now", "read"},
			{"cleaners", direct, "We Clean, You Heal.", "read"},
		},
	}, {
		name: "put up by someone named",
		text: "A sign taped to the window by the owners read: “Back in spring, thank you all.”",
		want: []got{{"owners", direct, "Back in spring, thank you all.", "read"}},
	}, {
		name: "a headline's quotation repeated in the body",
		text: "‘The sea takes a little every winter’: a village loses its road\n\n" +
			"“The sea takes a little every winter, and this year it took the road,” says Agnes Trewin, who keeps the shop.",
		want: []got{
			{"Agnes Trewin", direct, "The sea takes a little every winter", ""},
			{"Agnes Trewin", direct, "The sea takes a little every winter, and this year it took the road", "says"},
		},
	}})
}

// A description before a pronoun subject ("The son of a trucker and a
// nurse, he says…") describes the pronoun's person: it is no person of
// its own to steal later pronouns.
func TestDescriptionBeforeAPronoun(t *testing.T) {
	runFlagCases(t, []flagCase{{
		name: "the surgeon stays the antecedent",
		text: "Dr. Samuel Okafor, 51, runs the heart unit. He operates four days a week.\n\n" +
			"The son of a miner and a school cook in Durham, he says he wanted to be a pilot.\n\n" +
			"“I was terrible at physics,” he says.",
		want: [][2]string{{"Samuel Okafor", "high"}, {"Samuel Okafor", "high"}},
	}})
}

// Nationality words before a title modifier are part of a description,
// not names: "Kyrgyz state television", "the Tajik foreign ministry"; an
// -ed word between a noun and a determiner is a verb with its object.
func TestNationalityDescriptions(t *testing.T) {
	runSuggestCases(t, []suggestCase{{
		name: "state television and a foreign ministry",
		text: "The Latvian foreign ministry said the talks had stalled.\n\n" +
			"Estonian state television on Sunday showed the border post and said the crossing had reopened.\n\n" +
			"The Estonian foreign ministry rejected the claim. It said no talks had been planned.",
		want: []got{
			{"Latvian foreign ministry", indirect, "the talks had stalled", "said"},
			{"Estonian state television", indirect, "the crossing had reopened", "said"},
			{"Estonian foreign ministry", indirect, "no talks had been planned", "said"},
		},
	}, {
		name: "a country's possessive is not part of an agency's name",
		text: "Finland’s Energy Market Authority said it would review the tariff.",
		want: []got{{"Energy Market Authority", indirect, "it would review the tariff", "said"}},
	}})
}

// The audience of a report may carry an apposition or be followed by a
// time before "that"; "everyone" is an audience; a request's audience may
// hold "or"; "that" followed by a verb is the clause's subject.
func TestAudiencesAndThat(t *testing.T) {
	runSuggestCases(t, []suggestCase{{
		name: "an audience with an age",
		text: "Judge Ada Pryce told Owen Marsh, 44, that he had treated the charity as a piggy bank.",
		want: []got{{"Ada Pryce", indirect, "he had treated the charity as a piggy bank", "told"}},
	}, {
		name: "a time after the audience",
		text: "The coach had told reporters after Sunday's match that the referee was a disgrace.",
		want: []got{{"coach", indirect, "the referee was a disgrace", "told"}},
	}, {
		name: "everyone",
		text: "Her coach told everyone she was ready for the final.",
		want: []got{{"coach", indirect, "she was ready for the final", "told"}},
	}, {
		name: "a request's audience with or",
		text: "The health director urged people with colds or coughs to stay at home.",
		want: []got{{"health director", indirect, "stay at home", "urged"}},
	}, {
		name: "that as the subject",
		text: "Mayor Ana Ruiz spoke on Monday. Asked about the delay, she said that was a matter for the council.",
		want: []got{{"Ana Ruiz", indirect, "that was a matter for the council", "said"}},
	}})
}

// A relative clause or an apposition that names what came before with a
// quotation ends the content and is a claim of its own (2.3: the
// quotation alone, direct).
func TestNamingAsideEndsTheContent(t *testing.T) {
	runSuggestCases(t, []suggestCase{{
		name: "which she described as",
		text: "Councillor Ruth Amos said she backed the scheme but feared for the junction at Mill Lane, which she described as “a death trap at school time.”",
		want: []got{
			{"Ruth Amos", indirect, "she backed the scheme but feared for the junction at Mill Lane", "said"},
			{"Ruth Amos", direct, "a death trap at school time.", "described"},
		},
	}, {
		name: "a pledge X has called",
		text: "Kerr has promised to hire 40 more nurses, a pledge Patel has called \"a fantasy costed on a napkin.\"",
		want: []got{
			{"Kerr", indirect, "hire 40 more nurses", "promised"},
			{"Patel", direct, "a fantasy costed on a napkin.", "called"},
		},
	}})
}

// An apposition that is a description ending in a name gives the name:
// "Her challenger, businesswoman Claire Fenwick, said".
func TestAppositionEndingInAName(t *testing.T) {
	runSuggestCases(t, []suggestCase{{
		name: "a role word before the name",
		text: "Her opponent, shopkeeper Dana Whitlow, said the bypass would empty the high street.",
		want: []got{{"Dana Whitlow", indirect, "the bypass would empty the high street", "said"}},
	}})
}

// Companies: corporate words make a name a company's ("Tessar
// Semiconductor"), a weekday after "on" is no part of a name, and "the
// company" is the latest subject company first, as a pronoun would be.
func TestCompaniesInABidStory(t *testing.T) {
	runFlagCases(t, []flagCase{{
		name: "the bidder, not the target",
		text: "Corvane Systems on Monday offered to buy Tessar Semiconductor for $2 billion.\n\n" +
			"The company said the deal would save $150 million a year. Tessar said its board would review the offer.",
		want: [][2]string{{"Corvane Systems", "low"}, {"Tessar Semiconductor", "high"}},
	}})
}

// A country's name is no definite description: "China" after "Russia and
// China" is China, not the pair.
func TestCountryIsNoDescription(t *testing.T) {
	runSuggestCases(t, []suggestCase{{
		name: "China after Russia and China",
		text: "Peru and Chile agreed to talk. Chile on Monday said it had not sought to benefit from the dispute.",
		want: []got{{"Chile", indirect, "it had not sought to benefit from the dispute", "said"}},
	}})
}
