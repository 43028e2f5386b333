// Package goldspec reads hand-written gold annotations: an article as plain
// text (NAME.txt) and its claims in a line format (NAME.spec) that a person
// can type without offsets. docs/guidelines.md tells annotators what to mark;
// its appendix describes this format. The rules, in short:
//
//   - Blank lines and lines starting with # are ignored.
//   - S key | name | kind | title | aliases        one speaker (title and aliases may be empty;
//     aliases are separated by ;)
//   - C key | attribution | kind | claim text | cue  one claim (the cue may be empty)
//   - Fields are separated by |; write \| for a | inside a field. Spaces
//     around fields do not count.
//   - The claim text is copied from the article. Any run of white space in
//     it matches any run of white space in the article, so a quote over two
//     paragraphs is written on one line. It must start and end on word
//     boundaries (it is never matched inside a word).
//   - A claim text that occurs more than once must end with @N: the Nth
//     occurrence, counted from the top of the article. Without @N a repeated
//     text is an error rather than a silent first match, so that a claim is
//     never placed on the wrong passage.
//   - The cue is a word or phrase of the article; the occurrence nearest to
//     the claim is taken, and it must be in the claim's paragraphs or the one
//     before or after.
//   - Speakers may be defined anywhere in the file; every key used must be
//     defined once and every speaker must have a claim.
//   - Two claims may not have the same span, nor cross (overlap without one
//     containing the other). A claim inside another (a quote inside a quote)
//     must have a different speaker.
//
// Every problem is reported, located as FILE:LINE, and nothing is built
// from a spec with a problem.
package goldspec
