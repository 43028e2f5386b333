package suggest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
)

// The failure kinds seen on articles the rules were not written on (issue
// 15), each with sentences written for these tests: they are general
// phenomena of news English, not phrases of any gold article.

type suggestCase struct {
	name string
	text string
	want []got
}

func runSuggestCases(t *testing.T, tests []suggestCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, suggestText(tc.text)); diff != "" {
				t.Errorf("suggestions (-want +got):\n%s", diff)
			}
		})
	}
}

const (
	direct   = annotate.AttrDirect
	indirect = annotate.AttrIndirect
	mixed    = annotate.AttrMixed
)

// Capitalized words that are not speakers: sentence-initial words, months,
// days, streets and places, and the tail of a longer organization name.
func TestCapitalizedNonSpeakers(t *testing.T) {
	runSuggestCases(t, []suggestCase{{
		name: "a quantifier opening the sentence is not the speaker",
		text: "Several residents said the tap water tasted of rust.",
		want: []got{{"residents", indirect, "the tap water tasted of rust", "said"}},
	}, {
		name: "a month opening the sentence",
		text: "In January, the clinic said it would stop taking new patients.",
		want: []got{{"clinic", indirect, "it would stop taking new patients", "said"}},
	}, {
		name: "a bare month and a weekday",
		text: "January was the wettest month on record, forecasters said on Sunday.",
		want: []got{{"forecasters", indirect, "January was the wettest month on record", "said"}},
	}, {
		name: "a street inside a relative clause",
		text: "Farid Osman, who runs a bakery on Linden Avenue, said the new parking rules had cost him customers.",
		want: []got{{"Farid Osman", indirect, "the new parking rules had cost him customers", "said"}},
	}, {
		name: "the whole organization name, not its tail",
		text: "The state Department of Labor said jobless claims rose for a third week.",
		want: []got{{"Department of Labor", indirect, "jobless claims rose for a third week", "said"}},
	}, {
		name: "an organization name with of, after the verb",
		text: "“Tolls will drive shoppers away,” warned the Chamber of Commerce.",
		want: []got{{"Chamber of Commerce", direct, "Tolls will drive shoppers away", "warned"}},
	}, {
		name: "a place at the end of the statement",
		text: "Traffic on Route 9 was backed up for miles near Dunmore, police said.",
		want: []got{{"police", indirect, "Traffic on Route 9 was backed up for miles near Dunmore", "said"}},
	}, {
		name: "a place before a titled name",
		text: "Across the river in Dunmore, Mayor Ellen Park said the town had no plans to merge.",
		want: []got{{"Ellen Park", indirect, "the town had no plans to merge", "said"}},
	}, {
		name: "a negation opening the sentence is no speaker",
		text: "Not one bus arrived on time, commuters complained.",
		want: []got{{"commuters", indirect, "Not one bus arrived on time", "complained"}},
	}})
}

// Places and dates are never people: a pronoun skips them.
func TestPlacesAreNotPronounAntecedents(t *testing.T) {
	runSuggestCases(t, []suggestCase{{
		name: "streets between the speaker and his pronoun",
		text: "Kemal Arda said the bridge was safe. The bridge links Elm Street and Harbor Road. “I drive over it every single day,” he said.",
		want: []got{
			{"Kemal Arda", indirect, "the bridge was safe", "said"},
			{"Kemal Arda", direct, "I drive over it every single day", "said"},
		},
	}})
}

// Role words written before a name are titles, like "Mayor": recognized from
// the role list, from their form, or from lower-case use in the article.
func TestRoleWordsBeforeNames(t *testing.T) {
	cases := []struct {
		name, text     string
		speaker, title string
	}{
		{"manager", "Manager Priya Kolb said the store would reopen on Friday.", "Priya Kolb", "Manager"},
		{"farmer", "Farmer Odell Briggs said the hail destroyed half his crop.", "Odell Briggs", "Farmer"},
		{"councilman with a surname only", "Councilman Ruiz said the vote had been rushed.", "Ruiz", "Councilman"},
		{"two title words", "Police Chief Aaron Velez said the suspect had been released.", "Aaron Velez", "Police Chief"},
		{"a role word by its form", "Groundskeeper Wendell Ames said the pitch would not be ready.", "Wendell Ames", "Groundskeeper"},
		{"a word that is also a surname, used in lower case elsewhere",
			"Every baker on the street opened late. Baker Tomasz Wrona said flour prices had doubled since March.", "Tomasz Wrona", "Baker"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := Suggest(annotate.DocumentFromText(annotate.Document{}, tc.text))
			if len(r.Suggestions) != 1 || len(r.Speakers) != 1 {
				t.Fatalf("want one suggestion by one speaker, got %+v", r)
			}
			sp := r.Speakers[0]
			if diff := cmp.Diff([2]string{tc.speaker, tc.title}, [2]string{sp.Name, sp.Title}); diff != "" {
				t.Errorf("name and title (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("a surname is not a title", func(t *testing.T) {
		r := Suggest(annotate.DocumentFromText(annotate.Document{}, "Spencer Baker Hale said the roof leaked."))
		if len(r.Speakers) != 1 || r.Speakers[0].Name != "Spencer Baker Hale" {
			t.Errorf("speakers = %+v, want Spencer Baker Hale", r.Speakers)
		}
	})
	// Hyphenated given names in the lexicon are whole words: a list
	// wrapped mid-name held "seo-" and "yeon" apart.
	for _, name := range []string{"Seo-yeon Park", "Kwang-soo Park", "Ji-yeon Park"} {
		t.Run(name+" is a person", func(t *testing.T) {
			r := Suggest(annotate.DocumentFromText(annotate.Document{}, name+", a nurse, said the ward was full."))
			if len(r.Speakers) != 1 || r.Speakers[0].Name != name || r.Speakers[0].Kind != annotate.SpeakerPerson {
				t.Errorf("speakers = %+v, want the person %s", r.Speakers, name)
			}
		})
	}
	t.Run("the titled and the bare name are one speaker", func(t *testing.T) {
		r := Suggest(annotate.DocumentFromText(annotate.Document{}, "Coach Dana Whitlow said the team was tired. Later, Whitlow said the schedule was unfair."))
		want := []annotate.Speaker{{ID: "s1", Name: "Dana Whitlow", Kind: annotate.SpeakerPerson, Title: "Coach", Aliases: []string{"Whitlow"}}}
		if diff := cmp.Diff(want, r.Speakers); diff != "" {
			t.Errorf("speakers (-want +got):\n%s", diff)
		}
	})
}

// A quote inside a direct quote, by someone else, is a claim of its own
// (guidelines 2.5); a speaker quoting themselves, and scare quotes, are not.
func TestNestedQuotes(t *testing.T) {
	runSuggestCases(t, []suggestCase{{
		name: "inner quote with its own speaker",
		text: "“The inspector told us, ‘This boiler is finished,’ so we shut the school,” Principal Gwen Adair said.",
		want: []got{
			{"Gwen Adair", direct, "The inspector told us, ‘This boiler is finished,’ so we shut the school", "said"},
			{"inspector", direct, "This boiler is finished", "told"},
		},
	}, {
		name: "straight marks and a relation as speaker",
		text: `"My landlord said, 'Pay by Friday or leave,' and that was the end of it," said tenant Rui Barros.`,
		want: []got{
			{"Rui Barros", direct, `My landlord said, 'Pay by Friday or leave,' and that was the end of it`, "said"},
			{"Rui Barros’s landlord", direct, "Pay by Friday or leave", "said"},
		},
	}, {
		name: "a speaker quoting themselves is one claim",
		text: "“I told them, ‘Not while I run this office,’ and I meant it,” said Ivy Strand.",
		want: []got{{"Ivy Strand", direct, "I told them, ‘Not while I run this office,’ and I meant it", "said"}},
	}, {
		name: "an inner report without marks",
		text: "“My doctor told me I had six months to live,” said Nora Quist.",
		want: []got{
			{"Nora Quist", direct, "My doctor told me I had six months to live", "said"},
			{"Nora Quist’s doctor", indirect, "I had six months to live", "told"},
		},
	}, {
		name: "a scare quote inside a quote is not a claim",
		text: "“The ‘new’ timetable is the old one with a new cover,” said commuter Bo Lind.",
		want: []got{{"Bo Lind", direct, "The ‘new’ timetable is the old one with a new cover", "said"}},
	}})
}

// Speakers given in another sentence or paragraph.
func TestSpeakersAcrossSentences(t *testing.T) {
	runSuggestCases(t, []suggestCase{{
		name: "a bare quote after a paragraph about someone else",
		text: "“We will rebuild,” said Mayor Tess Harlan.\n\nFire Chief Omar Diaz said crews had worked through the night.\n\n“We had twelve trucks out and every one of them was needed.”",
		want: []got{
			{"Tess Harlan", direct, "We will rebuild", "said"},
			{"Omar Diaz", indirect, "crews had worked through the night", "said"},
			{"Omar Diaz", direct, "We had twelve trucks out and every one of them was needed.", ""},
		},
	}, {
		name: "he after a paragraph about a woman",
		text: "Lena Marsh, a nurse at the county hospital, said staff were exhausted.\n\nThe hospital’s chief executive, Paul Greer, said new staff had been hired.\n\n“We are doing everything we can,” he said.",
		want: []got{
			{"Lena Marsh", indirect, "staff were exhausted", "said"},
			{"Paul Greer", indirect, "new staff had been hired", "said"},
			{"Paul Greer", direct, "We are doing everything we can", "said"},
		},
	}, {
		name: "a speaker introduced by an apposition after the quote",
		text: "“I have never seen the river this low,” said a 62-year-old retiree, Walt Embry, who fishes there daily.",
		want: []got{{"Walt Embry", direct, "I have never seen the river this low", "said"}},
	}, {
		name: "an apposition introducing the subject",
		text: "A retired teacher, Joan Pike, said the bus route had been cut twice.",
		want: []got{{"Joan Pike", indirect, "the bus route had been cut twice", "said"}},
	}, {
		name: "a continuing quote in the next paragraph",
		text: "“The water came up in minutes,” said Hal Brandt, who owns the hardware store.\n\n“By noon we were bailing with buckets.”",
		want: []got{
			{"Hal Brandt", direct, "The water came up in minutes", "said"},
			{"Hal Brandt", direct, "By noon we were bailing with buckets.", ""},
		},
	}, {
		name: "the subject of the sentence before, not a name in passing",
		text: "Rosa Kim met Ana Duarte at the depot on Monday. Kim said the drivers would strike. “They have waited long enough,” she said.",
		want: []got{
			{"Rosa Kim", indirect, "the drivers would strike", "said"},
			{"Rosa Kim", direct, "They have waited long enough", "said"},
		},
	}, {
		name: "an indirect statement interrupted by its attribution",
		text: "The pool, the manager said, will stay closed until May.",
		want: []got{{"manager", indirect, "The pool, the manager said, will stay closed until May", "said"}},
	}})
}

// Reported speech without "that" and after less common verbs and nouns.
func TestIndirectSpeech(t *testing.T) {
	runSuggestCases(t, []suggestCase{{
		name: "said without that",
		text: "Kessler said the bill was dead.",
		want: []got{{"Kessler", indirect, "the bill was dead", "said"}},
	}, {
		name: "assured the audience that",
		text: "The contractor assured the union on Monday that no jobs would be lost.",
		want: []got{{"contractor", indirect, "no jobs would be lost", "assured"}},
	}, {
		name: "told us without that",
		text: "A nurse told us the ward had been short of staff for months.",
		want: []got{{"nurse", indirect, "the ward had been short of staff for months", "told"}},
	}, {
		name: "told with a named audience and a day",
		text: "The clinic’s director, Dr. Amos Fell, told reporters on Friday the waiting list had grown to 900.",
		want: []got{{"Amos Fell", indirect, "the waiting list had grown to 900", "told"}},
	}, {
		name: "officials at a ministry",
		text: "Officials at the ministry said the border would reopen next week.",
		want: []got{{"Officials at the ministry", indirect, "the border would reopen next week", "said"}},
	}, {
		name: "expect with an infinitive",
		text: "Economists expect inflation to ease by the summer.",
		want: []got{{"Economists", indirect, "inflation to ease by the summer", "expect"}},
	}, {
		name: "fear with a clause",
		text: "Residents fear the plant will close before winter.",
		want: []got{{"Residents", indirect, "the plant will close before winter", "fear"}},
	}, {
		name: "vowed to",
		text: "Mayor Ines Soto vowed to appeal the ruling.",
		want: []got{{"Ines Soto", indirect, "appeal the ruling", "vowed"}},
	}, {
		name: "urged an audience to",
		text: "The governor urged residents to stay indoors.",
		want: []got{{"governor", indirect, "stay indoors", "urged"}},
	}, {
		name: "asked whether",
		text: "Councilwoman Dora Vance asked whether the contract was legal.",
		want: []got{{"Dora Vance", indirect, "whether the contract was legal", "asked"}},
	}, {
		name: "a speech act with no content is no claim",
		text: "The company declined to say whether jobs would be cut. Brandt did not say when the work would end. The firm dismissed the criticism.",
		want: nil,
	}, {
		name: "called with a quoted fragment",
		text: "Senator Iris Mahler called the budget “a raid on the pension fund.”",
		want: []got{{"Iris Mahler", mixed, "the budget “a raid on the pension fund", "called"}},
	}})
}

// Groups and documents are speakers as whole noun phrases.
func TestGroupsAndDocuments(t *testing.T) {
	runSuggestCases(t, []suggestCase{{
		name: "a group with a participle phrase",
		text: "Workers leaving the afternoon shift said they had not been told about the sale.",
		want: []got{{"Workers leaving the afternoon shift", indirect, "they had not been told about the sale", "said"}},
	}, {
		name: "the study found",
		text: "The study found that teenagers sleep less than they did a decade ago.",
		want: []got{{"study", indirect, "teenagers sleep less than they did a decade ago", "found"}},
	}, {
		name: "a report released last week",
		text: "A report released last week showed fines had tripled since 2020.",
		want: []got{{"report released last week", indirect, "fines had tripled since 2020", "showed"}},
	}, {
		name: "figures from an office",
		text: "Figures from the statistics office show exports fell 3 percent in May.",
		want: []got{{"Figures from the statistics office", indirect, "exports fell 3 percent in May", "show"}},
	}, {
		name: "according to a survey",
		text: "According to a survey by the tenants’ union, half of renters pay more than a third of their income on rent.",
		want: []got{{"survey by the tenants’ union", indirect, "half of renters pay more than a third of their income on rent", "According to"}},
	}, {
		name: "found is a reporting verb only for a source that can find",
		text: "Police found the car near the quarry.",
		want: nil,
	}})
}

// Confidence: what "accept all high-confidence" takes must be right, so
// guesses are marked low.
func TestConfidenceCalibration(t *testing.T) {
	conf := func(text string) []bool {
		var out []bool
		for _, s := range Suggest(annotate.DocumentFromText(annotate.Document{}, text)).Suggestions {
			out = append(out, s.High())
		}
		return out
	}
	cases := []struct {
		name, text string
		want       []bool
	}{
		{"a named speaker next to the quote is high", "“The roof is sound,” said Marta Ilves.", []bool{true}},
		{"a pronoun whose gender nothing tells is low", "Jordan Vale met Sam Obi on Monday. “It is over for all of us,” he said.", []bool{false}},
		{"a bare quote after another speaker's paragraph is low",
			"“We will rebuild,” said Tess Harlan.\n\nFire Chief Omar Diaz said crews had worked all night.\n\n“We had twelve trucks out and every one was needed.”", []bool{true, true, false}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, conf(tc.text)); diff != "" {
				t.Errorf("high-confidence flags (-want +got):\n%s", diff)
			}
		})
	}
}

// One reporting cue, one claim (guidelines 2.3): a second reporting verb
// of the same speaker starts a second claim; "and that" does not.
func TestOneCueOneClaim(t *testing.T) {
	runSuggestCases(t, []suggestCase{{
		name: "said and warned",
		text: "The mayor said the budget was balanced and warned that taxes could rise next year.",
		want: []got{
			{"mayor", indirect, "the budget was balanced", "said"},
			{"mayor", indirect, "taxes could rise next year", "warned"},
		},
	}, {
		name: "a participle adds a claim",
		text: "Dr. Lina Sorel said the results were promising, adding that larger trials were needed.",
		want: []got{
			{"Lina Sorel", indirect, "the results were promising", "said"},
			{"Lina Sorel", indirect, "larger trials were needed", "adding"},
		},
	}, {
		name: "and that stays in one claim",
		text: "Ortega said the pool was unsafe and that repairs would take a year.",
		want: []got{{"Ortega", indirect, "the pool was unsafe and that repairs would take a year", "said"}},
	}, {
		name: "a verb of the content's own subject is no new cue",
		text: "Okoro said city staff had counted cars for a month and found that half the spaces were empty.",
		want: []got{{"Okoro", indirect, "city staff had counted cars for a month and found that half the spaces were empty", "said"}},
	}, {
		name: "the journalist's gloss after the statement",
		text: "The union said talks had collapsed, a move that surprised commuters.",
		want: []got{{"union", indirect, "talks had collapsed", "said"}},
	}, {
		name: "a phone call is no nested report",
		text: "Maria Lopez said she learned of the fraud only when a debt collector called about a loan she never signed. Aldo Ruiz said the clinic called back within the hour.",
		want: []got{
			{"Maria Lopez", indirect, "she learned of the fraud only when a debt collector called about a loan she never signed", "said"},
			{"Aldo Ruiz", indirect, "the clinic called back within the hour", "said"},
		},
	}, {
		name: "calling something a name still reports",
		text: "Maria Lopez said she left after the manager called the complaint a waste of time.",
		want: []got{
			{"Maria Lopez", indirect, "she left", "said"},
			{"manager", indirect, "the complaint a waste of time", "called"},
		},
	}})
}

// Datelines, organization names written with commas, possessives or a
// parenthesized acronym.
func TestDatelinesAndOrganizationNames(t *testing.T) {
	runSuggestCases(t, []suggestCase{{
		name: "a dateline with a state",
		text: "HARBORTON, Maine — Ferry fares will rise in May, the operator said.",
		want: []got{{"operator", indirect, "Ferry fares will rise in May", "said"}},
	}, {
		name: "a dateline with a date",
		text: "KIGALI, March 3 — The ministry said schools would reopen on Monday.",
		want: []got{{"ministry", indirect, "schools would reopen on Monday", "said"}},
	}, {
		name: "commas inside an organization's name",
		text: "The Advisory, Mediation and Review Board said it had written to both sides.",
		want: []got{{"Advisory, Mediation and Review Board", indirect, "it had written to both sides", "said"}},
	}, {
		name: "a possessive and an acronym",
		text: "The Brookfield Nurses’ Union (BNU) said on Friday that its members would strike.",
		want: []got{{"Brookfield Nurses’ Union", indirect, "its members would strike", "said"}},
	}})
}

// A short mention joins the speaker it stands for; an article before a
// name marks a thing, not a person.
func TestShortFormsAndAntecedents(t *testing.T) {
	runSuggestCases(t, []suggestCase{{
		name: "the start of an organization's name",
		text: "Talks with Eastline Freight Railways stalled on Monday. Eastline said it would not raise its offer.",
		want: []got{{"Eastline Freight Railways", indirect, "it would not raise its offer", "said"}},
	}, {
		name: "a role names the person who holds it",
		text: "Walt Pomeroy, the fire chief, arrived at dawn. The fire chief said the roof could collapse.",
		want: []got{{"Walt Pomeroy", indirect, "the roof could collapse", "said"}},
	}, {
		name: "a pronoun skips a venue with an article",
		text: "Ruth Ilse bought the Rialto in 1975. The Rialto was built in 1928. “I never wanted to sell it,” she said.",
		want: []got{{"Ruth Ilse", direct, "I never wanted to sell it", "said"}},
	}, {
		name: "quotes nested three deep",
		text: "“Ben looked at the roof and he said, ‘We’ve got “Jaws” coming in June. Of course we reopen,’” said Ada Lind.",
		want: []got{
			{"Ada Lind", direct, "Ben looked at the roof and he said, ‘We’ve got “Jaws” coming in June. Of course we reopen,’", "said"},
			{"Ben", direct, "We’ve got “Jaws” coming in June. Of course we reopen", "said"},
		},
	}})
}

// Found on an article written for this test after the rules were tuned.
func TestFreshArticleFindings(t *testing.T) {
	runSuggestCases(t, []suggestCase{{
		name: "a noun-like verb as a modifier after and",
		text: "A landslide buried the road on Tuesday, and state transportation officials said the road could stay closed for weeks.",
		want: []got{{"state transportation officials", indirect, "the road could stay closed for weeks", "said"}},
	}, {
		name: "the journalist's question, then a short answer after a colon",
		text: "Mayor Ellen Tran spoke on Monday. Asked whether the city would seek emergency aid, she said: “We already have.”",
		want: []got{{"Ellen Tran", direct, "We already have.", "said"}},
	}, {
		name: "according to a source that said more",
		text: "Crews were still assessing the damage, according to the Oregon Department of Transportation, which said geologists would need a week.",
		want: []got{
			{"Oregon Department of Transportation", indirect, "Crews were still assessing the damage", "according to"},
			{"Oregon Department of Transportation", indirect, "geologists would need a week", "said"},
		},
	}, {
		name: "told reporters, then a clause without that",
		text: `Outside the courthouse, his lawyer, Sandra Ocampo, told reporters the prosecution had "built a case on a grudge."`,
		want: []got{{"Sandra Ocampo", mixed, `the prosecution had "built a case on a grudge`, "told"}},
	}, {
		name: "a subject with its apposition is no trailing attribution",
		text: `The club's captain, Owen Hale, wrote on Instagram that the squad was "embarrassed."`,
		want: []got{{"Owen Hale", mixed, `the squad was "embarrassed`, "wrote"}},
	}, {
		name: "an irregular participle after a group, and the journalist's timing",
		text: "Researchers led by Dr. Amara Singh found that most injuries happened late, hours after the clubs had denied it.",
		want: []got{{"Researchers led by Dr. Amara Singh", indirect, "most injuries happened late", "found"}},
	}, {
		name: "the people for the people familiar with the matter",
		text: "The firm is weighing a sale, three people familiar with the matter said. It has hired advisers, the people said.",
		want: []got{
			{"people familiar with the matter", indirect, "The firm is weighing a sale", "said"},
			{"people familiar with the matter", indirect, "It has hired advisers", "said"},
		},
	}, {
		name: "a long title, an audience and an adverbial before that",
		text: "Chief Financial Officer Piet van Rooyen told analysts on a conference call that rates had bottomed out.",
		want: []got{{"Piet van Rooyen", indirect, "rates had bottomed out", "told"}},
	}, {
		name: "a person of an organization stays a person",
		text: "“It makes sense to sell now,” said Mei Lin Tan of Harbour Securities.",
		want: []got{{"Mei Lin Tan", direct, "It makes sense to sell now", "said"}},
	}, {
		name: "a quote after a verb of disagreement and a colon",
		text: `Her neighbor, Arturo Vega, disagreed: "The town wanted someone to blame."`,
		want: []got{{"Arturo Vega", direct, "The town wanted someone to blame.", "disagreed"}},
	}, {
		name: "straight quotes around single ones, and the verb that has the content",
		text: `"My cousin called me from the coast and told me, 'Don't bother driving down,'" Bellini said.`,
		want: []got{
			{"Bellini", direct, `My cousin called me from the coast and told me, 'Don't bother driving down,'`, "said"},
			{"Bellini’s cousin", direct, "Don't bother driving down", "told"},
		},
	}})
}

// An interview printed as questions and answers (guidelines 2.8): each
// answer is a direct claim of the interviewee, over the paragraphs it runs
// on, without its label; questions are no claims.
func TestInterview(t *testing.T) {
	runSuggestCases(t, []suggestCase{{
		name: "Q and A labels",
		text: "A conversation with Ines Calloway\n\nInes Calloway has guided rafts for 31 years.\n\nQ: Why did you start?\n\nA: My father ran a fishing camp. Guiding was the only job I wanted.\n\nQ: What has changed?\n\nA: The water comes earlier.\n\nNow we scrape rocks by July. The forest service told us the season would keep shrinking.",
		want: []got{
			{"Ines Calloway", direct, "My father ran a fishing camp. Guiding was the only job I wanted.", ""},
			{"Ines Calloway", direct, "The water comes earlier.\n\nNow we scrape rocks by July. The forest service told us the season would keep shrinking.", ""},
			{"forest service", indirect, "the season would keep shrinking", "told"},
		},
	}, {
		name: "name labels",
		text: "Tomas Reyes on the drought\n\nInterviewer: Is the valley ready for another dry year?\n\nReyes: No. The reservoir is at a third of its capacity.\n\nInterviewer: What would help?\n\nReyes: Rain, and patience.",
		want: []got{
			{"Tomas Reyes", direct, "No. The reservoir is at a third of its capacity.", ""},
			{"Tomas Reyes", direct, "Rain, and patience.", ""},
		},
	}})
}
