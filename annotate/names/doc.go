// Package names compares the names people give speakers, so that the
// same person or organization is found however it is written: "S.
// Lavrov", "Lavrov", "Sergei Lavrov", "Mr Lavrov" and "Lavrov Sergei"
// name one person; "U.N." and "United Nations" one organization.
//
// Names are compared folded (Fold): accents, case, punctuation and a
// leading "the" do not count. Two names can be the same (SamePerson) when
// every word of the shorter one stands for its own word of the longer
// one, in any order: the same word, or an initial of it ("S." for
// "Sergei"); at least one word must be more than an initial, so "S." alone
// names no one. An honorific ("Mr", "Dr") is not a word of the name. A
// run of capitals ("UN", "U.N.") also stands for the initials of a name's
// words ("United Nations"; "of", "the", "and" skipped).
//
// The speaker picker ranks speakers for what is typed (Speakers): the
// name or an alias exactly, then one starting with the typed text, then
// the same word rule with the last word still being typed ("S. Lav"),
// then a match taking the title and affiliation in ("Foreign Minister
// Lavrov", "minister"), then the typed text anywhere. So an existing
// speaker is offered before a duplicate gets made.
package names
