// Package summary holds the rules of the "who said what" summary: the
// claims grouped by speaker, and how each claim reads there.
//
// Only direct quotes are put in quotation marks. A paraphrase (an
// indirect claim) is the reporter's words, not the speaker's: printing it
// in quotation marks would misquote the speaker. A mixed claim is printed
// as the text has it, its quoted fragments in their own marks.
//
// A direct quote gets the quotation marks of the article's language
// (“…” in English, „…“ in German, «…» in French or Russian), whether its
// span took in the text's own marks or not, and a quotation inside it
// gets the inner marks (‘…’ in English), so a quote within a quote is not
// “ inside “. Punctuation the text set after the closing mark stays after
// it. A claim whose attribution was not chosen is taken as the text shows
// it (annotate.SuggestAttribution): inside quotation marks, a quote.
package summary
