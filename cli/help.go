package cli

import (
	"flag"
	"fmt"
	"io"
	"strings"
)

// help is "whosaid help [COMMAND]", also reached by "whosaid COMMAND
// --help": the usage, or one command's usage, text and flags, on stdout.
func help(e *env, args []string) int {
	if len(args) == 0 {
		usage(e.stdout)
		return ExitOK
	}
	name := args[0]
	if name == "help" {
		fmt.Fprintln(e.stdout, "usage: whosaid help [COMMAND]\n\nPrints the list of commands, or a command's usage and flags.")
		return ExitOK
	}
	cmd, ok := commands[name]
	if !ok {
		fmt.Fprintf(e.stderr, "whosaid help: unknown command %q\n", name)
		fmt.Fprintf(e.stderr, "usage: whosaid help [COMMAND]; the commands are %s\n", strings.Join(Commands(), ", "))
		return ExitUsage
	}
	var b strings.Builder
	fmt.Fprintf(&b, "usage: whosaid %s %s\n\n%s\n", name, cmd.usage, cmd.summary)
	fs := newFlagSet(name)
	cmd.flags(fs, &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard})
	if lines := flagLines(fs); len(lines) > 0 {
		b.WriteString("\nflags:\n")
		for _, l := range lines {
			b.WriteString(l)
		}
	}
	io.WriteString(e.stdout, b.String())
	return ExitOK
}

// helpWidth is where help text wraps.
const helpWidth = 100

// flagLines lists fs's flags, one entry each: "  --name VALUE" then the
// description, aligned and wrapped, with the default when it is not the
// zero value. A back-quoted word of the description names the value.
func flagLines(fs *flag.FlagSet) []string {
	type entry struct{ head, text string }
	var entries []entry
	width := 0
	fs.VisitAll(func(f *flag.Flag) {
		value, text := flag.UnquoteUsage(f)
		head := "  --" + f.Name
		if value != "" {
			head += " " + strings.ToUpper(value)
		}
		if d := f.DefValue; d != "" && d != "false" && d != "0" && d != "0s" && d != "[]" {
			// "… (env X)" becomes "… (default D, env X)".
			if i := strings.LastIndex(text, " (env "); i >= 0 && strings.HasSuffix(text, ")") {
				text = text[:i] + fmt.Sprintf(" (default %s, %s", d, text[i+2:])
			} else {
				text += fmt.Sprintf(" (default %s)", d)
			}
		}
		entries = append(entries, entry{head, text})
		width = max(width, len(head))
	})
	width = min(width, 30)
	out := make([]string, len(entries))
	for i, en := range entries {
		var b strings.Builder
		b.WriteString(en.head)
		indent := width + 4
		if len(en.head) > width {
			b.WriteString("\n" + strings.Repeat(" ", indent))
		} else {
			b.WriteString(strings.Repeat(" ", indent-len(en.head)))
		}
		b.WriteString(wrap(en.text, indent, helpWidth))
		b.WriteString("\n")
		out[i] = b.String()
	}
	return out
}

// wrap breaks text into lines of at most width columns, the lines after
// the first indented by indent spaces (the first starts at column indent).
func wrap(text string, indent, width int) string {
	var b strings.Builder
	col := indent
	for i, w := range strings.Fields(text) {
		if i > 0 {
			if col+1+len([]rune(w)) > width {
				b.WriteString("\n" + strings.Repeat(" ", indent))
				col = indent
			} else {
				b.WriteByte(' ')
				col++
			}
		}
		b.WriteString(w)
		col += len([]rune(w))
	}
	return b.String()
}

// usage is the list of commands and what all of them share.
func usage(w io.Writer) {
	var b strings.Builder
	b.WriteString("whosaid: who said what in the news. Highlight the claims in an article and attribute each to\n")
	b.WriteString("the person or organization who made it, in the browser; this program serves the app and offers\n")
	b.WriteString("tools for annotation files.\n\n")
	b.WriteString("usage: whosaid COMMAND [ARGS]\n\ncommands:\n")
	for _, n := range Commands() {
		fmt.Fprintf(&b, "  %-16s%s\n", n, commands[n].short)
	}
	fmt.Fprintf(&b, "  %-16s%s\n", "help", "print a command's usage and flags")
	b.WriteString("\n\"whosaid help COMMAND\" or \"whosaid COMMAND --help\" prints a command's usage and flags.\n\n")
	b.WriteString("Annotation files are whosaid JSON, W3C Web Annotation JSON-LD, Hypothesis API JSON or\n")
	b.WriteString("Annotorious / Recogito JSON (told apart by content). What reading another tool's file changed,\n")
	b.WriteString("approximated or left out is printed as \"FILE: warning: PATH: MESSAGE\"; --strict makes warnings fail.\n")
	b.WriteString("Articles are .txt, .text, .md, .markdown, .html or .htm. \"-\" as a file reads stdin.\n")
	b.WriteString("Exit status: 0 ok, 1 problems found (or warnings, with --strict), 2 usage error or a file that\n")
	b.WriteString("cannot be read or written.\n")
	io.WriteString(w, b.String())
}
