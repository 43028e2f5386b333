package suggest

import "strings"

// The lexicon: curated word lists the extractor relies on. docs/suggest.md
// explains each; keep both in step.

// reportingVerbs are verbs that introduce speech, in every form news text
// uses. The value tells whether the verb takes a reported clause ("said
// that…", "warned allies that…") as well as a quote.
var reportingVerbs = wordSet(
	// say
	"say", "says", "said", "saying",
	"tell", "tells", "told", "telling",
	"add", "adds", "added", "adding",
	"warn", "warns", "warned", "warning",
	"note", "notes", "noted", "noting",
	"state", "states", "stated", "stating",
	"claim", "claims", "claimed", "claiming",
	"argue", "argues", "argued", "arguing",
	"insist", "insists", "insisted", "insisting",
	"announce", "announces", "announced", "announcing",
	"confirm", "confirms", "confirmed", "confirming",
	"deny", "denies", "denied", "denying",
	"explain", "explains", "explained", "explaining",
	"stress", "stresses", "stressed", "stressing",
	"suggest", "suggests", "suggested", "suggesting",
	"acknowledge", "acknowledges", "acknowledged", "acknowledging",
	"admit", "admits", "admitted", "admitting",
	"assert", "asserts", "asserted", "asserting",
	"declare", "declares", "declared", "declaring",
	"maintain", "maintains", "maintained", "maintaining",
	"predict", "predicts", "predicted", "predicting",
	"promise", "promises", "promised", "promising",
	"report", "reports", "reported", "reporting",
	"write", "writes", "wrote", "writing",
	"tweet", "tweets", "tweeted", "tweeting",
	"post", "posted",
	"reply", "replies", "replied", "replying",
	"respond", "responds", "responded",
	"recall", "recalls", "recalled", "recalling",
	"emphasize", "emphasizes", "emphasized", "emphasizing",
	"emphasise", "emphasises", "emphasised",
	"underscore", "underscores", "underscored", "underscoring",
	"caution", "cautions", "cautioned", "cautioning",
	"contend", "contends", "contended",
	"concede", "concedes", "conceded",
	"observe", "observes", "observed",
	"estimate", "estimates", "estimated",
	"allege", "alleges", "alleged",
	"mention", "mentions", "mentioned",
	"reveal", "reveals", "revealed",
	"disclose", "discloses", "disclosed",
	"agree", "agrees", "agreed",
	"believe", "believes", "believed",
	"ask", "asks", "asked",
	"urge", "urges", "urged",
	"propose", "proposes", "proposed",
	"complain", "complains", "complained",
	"boast", "boasts", "boasted",
	"vow", "vows", "vowed",
	"pledge", "pledges", "pledged",
	"threaten", "threatens", "threatened",
	"testify", "testifies", "testified",
	"repeat", "repeats", "repeated",
	"reiterate", "reiterates", "reiterated",
	"remark", "remarks", "remarked",
	"comment", "comments", "commented",
	"continue", "continued", // "…,” she continued.
	"trumpet", "trumpets", "trumpeted", "tout", "touts", "touted", "hail", "hails", "hailed",
	"call", "calls", "called", "describe", "describes", "described", "dismiss", "dismissed",
	"quip", "quipped", "joke", "joked", "shout", "shouted", "whisper", "whispered",
)

// clauseVerbs are reporting verbs that are unambiguous enough to take an
// indirect clause without quotation marks (others, such as "agree" or
// "continue", only attribute an adjacent quote).
var clauseVerbs = wordSet(
	"say", "says", "said", "saying", "tell", "tells", "told", "telling",
	"add", "adds", "added", "adding", "warn", "warns", "warned", "warning",
	"note", "notes", "noted", "noting", "state", "states", "stated",
	"claim", "claims", "claimed", "claiming", "argue", "argues", "argued",
	"insist", "insists", "insisted", "announce", "announces", "announced",
	"confirm", "confirms", "confirmed", "deny", "denies", "denied",
	"explain", "explained", "stress", "stressed", "suggest", "suggested",
	"acknowledge", "acknowledged", "admit", "admitted", "assert", "asserted",
	"declare", "declared", "maintain", "maintained", "predict", "predicted",
	"promise", "promised", "report", "reports", "reported", "write", "writes", "wrote",
	"emphasize", "emphasized", "emphasise", "emphasised", "contend", "contended",
	"concede", "conceded", "estimate", "estimated", "allege", "alleged",
	"reveal", "revealed", "disclose", "disclosed", "believe", "believes",
	"caution", "cautioned", "reiterate", "reiterated", "testify", "testified",
	"underscore", "underscored",
)

// reportingNouns introduce a reported clause: "the ministry’s statement
// that…", "his claim that…".
var reportingNouns = wordSet(
	"statement", "statements", "claim", "claims", "assertion", "comment", "comments",
	"warning", "remarks", "announcement", "insistence", "argument", "view", "belief",
	"promise", "pledge", "prediction", "allegation", "allegations", "report",
)

// objectWords may sit between a verb and its clause: "told reporters
// that", "warned allies that".
var objectWords = wordSet(
	"reporters", "journalists", "allies", "lawmakers", "parliament", "congress",
	"me", "us", "him", "her", "them", "viewers", "listeners", "supporters",
	"the", "a", "an", "his", "her", "their", "its", "state", "media", "television",
	"press", "audience", "crowd", "senators", "investors", "analysts", "colleagues",
)

// adverbials may sit between a speaker and the verb ("China on Monday
// said", "Lavrov also said") or after the verb ("said Tuesday").
var adverbials = wordSet(
	"also", "again", "later", "earlier", "previously", "repeatedly", "recently",
	"then", "further", "separately", "publicly", "privately", "once", "has", "had",
	"have", "last", "week", "month", "year", "on", "in", "at", "this", "day",
	"today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "morning", "evening", "night", "afternoon", "previously",
	"flatly", "firmly", "bluntly", "simply", "quietly", "angrily", "openly",
)

// roleWords are lower-case words that belong to a speaker phrase:
// "spokesperson Adrienne Watson", "chief executive".
var roleWords = wordSet(
	"spokesperson", "spokeswoman", "spokesman", "spokespeople", "minister", "secretary",
	"president", "vice", "prime", "chief", "executive", "director", "official", "officials",
	"ambassador", "envoy", "general", "commander", "adviser", "advisor", "senator",
	"governor", "mayor", "chairman", "chairwoman", "chair", "head", "leader", "founder",
	"analyst", "analysts", "expert", "experts", "economist", "economists", "researcher",
	"researchers", "professor", "scientist", "scientists", "lawyer", "attorney", "judge",
	"counterpart", "representative", "negotiator", "diplomat", "diplomats", "source",
	"sources", "aide", "aides", "news", "service", "agency", "press", "office", "ministry",
	"government", "department", "company", "company’s", "officer", "manager", "owner",
	"resident", "residents", "witness", "witnesses", "police", "authorities", "spokesperson’s",
	"member", "councilor", "councillor", "commissioner", "owner", "gp", "doctor", "nurse",
	"backers", "critics", "workers", "think", "tank", "operator", "operators", "teacher", "student", "students",
)

// anonymousHeads name unnamed sources when they stand alone.
var anonymousHeads = wordSet(
	"officials", "official", "sources", "source", "spokesperson", "spokesman", "spokeswoman",
	"diplomats", "diplomat", "aides", "aide", "people", "person", "insiders", "authorities",
)

// groupHeads name groups of speakers.
var groupHeads = wordSet(
	"analysts", "experts", "economists", "researchers", "scientists", "residents",
	"witnesses", "critics", "lawmakers", "activists", "allies", "countries", "investors",
	"protesters", "voters", "supporters", "opponents", "leaders", "backers", "workers",
	"teachers", "students", "parents", "doctors", "nurses", "scientists", "documents",
)

// organizationWords make a capitalized phrase an organization.
var organizationWords = wordSet(
	"house", "kremlin", "ministry", "department", "council", "government", "commission",
	"agency", "office", "pentagon", "parliament", "congress", "senate", "court", "police",
	"bank", "fund", "union", "organization", "organisation", "party", "committee",
	"inc", "inc.", "corp", "corp.", "company", "co.", "ltd", "ltd.", "group", "army", "navy",
	"nato", "u.n.", "imf", "opec", "administration", "board", "institute",
	"university", "association", "federation", "embassy", "cabinet", "military",
	"energy", "power", "holdings", "capital", "partners", "systems", "technologies", "motors",
	"airlines", "media", "college", "school", "hospital", "foundation", "fund", "trust",
	"network", "labs", "authority", "service", "nhs", "church",
)

// publicationWords make a phrase a publication or news agency.
var publicationWords = wordSet(
	"reuters", "interfax", "tass", "xinhua", "ap", "afp", "bloomberg", "bbc", "cnn",
	"times", "post", "journal", "guardian", "newspaper", "tribune", "herald", "gazette",
	"ria", "novosti", "kyodo", "yonhap", "dpa",
)

// countries are place names that stand for their governments when they speak
// ("China said", "the U.S. warned").
var countries = wordSet(
	"china", "russia", "u.s.", "us", "united", "states", "america", "ukraine", "beijing",
	"moscow", "washington", "kyiv", "kiev", "britain", "u.k.", "france", "germany", "japan",
	"india", "iran", "israel", "taiwan", "europe", "brussels", "london", "paris", "berlin",
	"tokyo", "seoul", "korea", "canada", "mexico", "brazil", "turkey", "poland", "nato",
	"eu", "kazakhstan", "switzerland", "pakistan", "egypt", "syria", "iraq", "saudi", "arabia",
)

// nationalities are adjectives that start a title ("Russian Foreign
// Minister"), never a name.
var nationalities = wordSet(
	"russian", "chinese", "american", "ukrainian", "british", "french", "german", "japanese",
	"indian", "iranian", "israeli", "european", "western", "eastern", "u.s.", "u.k.",
	"korean", "canadian", "mexican", "brazilian", "turkish", "polish", "italian", "spanish",
	"australian", "foreign", "former", "senior", "top", "deputy", "acting", "national",
	"security", "treasury", "defense", "defence", "state", "finance", "trade", "energy",
	"health", "interior", "justice", "economy", "commerce", "federal", "regional",
)

// titleWords are capitalized words that are part of a title, not a name.
var titleWords = wordSet(
	"president", "minister", "secretary", "ambassador", "chancellor", "premier", "king",
	"queen", "prince", "general", "gen.", "admiral", "senator", "sen.", "rep.", "gov.",
	"governor", "mayor", "judge", "justice", "mr.", "mrs.", "ms.", "dr.", "prof.", "professor",
	"chief", "executive", "director", "spokesperson", "spokeswoman", "spokesman", "chairman",
	"chairwoman", "commissioner", "foreign", "treasury", "defense", "state", "national",
	"security", "council", "vice", "prime", "deputy", "pope", "sheikh", "lt.", "col.", "capt.",
	"sgt.", "officer", "commander", "councilor", "councillor", "council", "member",
	"transportation", "city", "state", "health", "ceo", "cfo", "coo",
)

// femaleWords and maleWords give a person's gender for pronoun resolution:
// titles and common first names (a short list; unknown names fit either).
var femaleWords = wordSet(
	"spokeswoman", "chairwoman", "mrs.", "ms.", "queen", "princess", "she", "her",
	"janet", "adrienne", "mary", "maria", "anna", "anne", "elizabeth", "sarah", "susan",
	"karen", "nancy", "lisa", "emily", "emma", "olivia", "sophia", "kamala", "hillary",
	"angela", "ursula", "theresa", "nicola", "liz", "jacinda", "marine", "kaja", "annalena",
	"christine", "gina", "linda", "laura", "julia", "helen", "jane", "amy", "rachel",
	"rebecca", "jennifer", "jessica", "michelle", "patricia", "barbara", "margaret",
	"dana", "priya", "mei", "ning", "hua", "chunying", "olena", "irina", "natalia", "elena",
	"ana", "lucia", "fatima", "aisha", "yuki", "keiko", "sofia", "carla", "nadia", "ingrid",
	"gloria", "ruth", "teresa", "lena", "grace", "alice", "claire", "diana", "eva", "hannah",
	"kate", "katherine", "lucy", "megan", "monica", "natasha", "paula", "rosa", "sandra",
	"silvia", "tanya", "vera", "wendy", "zoe", "joanna", "joan", "carol", "sharon", "donna",
)

var maleWords = wordSet(
	"spokesman", "chairman", "mr.", "king", "prince", "he", "him", "his",
	"sergei", "vladimir", "dmitry", "dmitri", "xi", "joe", "donald", "barack", "john",
	"james", "robert", "michael", "william", "david", "richard", "thomas", "charles",
	"antony", "lloyd", "jake", "nicholas", "volodymyr", "emmanuel", "olaf", "boris", "rishi",
	"keir", "justin", "narendra", "benjamin", "recep", "jens", "mark", "peter", "paul",
	"george", "andrew", "alexei", "alexander", "ivan", "yuri", "viktor", "mikhail", "igor",
	"wang", "li", "qin", "colum", "lavrov", "putin", "biden", "kevin", "brian", "steven",
	"tom", "tim", "carlos", "juan", "luis", "ahmed", "mohammed", "omar", "hiroshi", "kenji",
	"alan", "marcus", "pete", "raj", "sam", "samuel", "daniel", "matthew", "anthony", "frank",
	"gary", "henry", "jack", "larry", "martin", "oliver", "patrick", "ray", "roger", "scott",
)

// abbreviations end with a dot that does not end a sentence.
var abbreviations = wordSet(
	"u.s.", "u.k.", "u.n.", "e.u.", "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "sen.",
	"rep.", "gov.", "lt.", "col.", "capt.", "sgt.", "st.", "jr.", "sr.", "inc.", "corp.",
	"co.", "ltd.", "no.", "vs.", "etc.", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.",
	"dec.", "a.m.", "p.m.", "d.c.",
)

// subordinators end an outer reported clause where a nested attribution
// begins: "…in Ukraine after the U.S. warned allies that…".
var subordinators = wordSet(
	"after", "as", "while", "when", "because", "since", "but", "and", "although", "though",
	"before", "whereas",
)

// pronouns that can be speakers.
var pronouns = wordSet("he", "she", "it", "they", "we", "i")

func isAbbrev(s string) bool { _, ok := abbreviations[strings.ToLower(s)]; return ok }

func wordSet(words ...string) map[string]struct{} {
	m := make(map[string]struct{}, len(words))
	for _, w := range words {
		m[w] = struct{}{}
	}
	return m
}

func in(set map[string]struct{}, w string) bool { _, ok := set[w]; return ok }
