// Package cli is whosaid's command line for researchers and scripts:
// validate, convert, import articles and re-anchor annotation sets.
// Data goes to stdout, messages, problems and warnings to stderr; "-" as a
// file name reads stdin. Exit status: 0 success, 1 a problem with the data
// (or, with --strict, a warning), 2 a usage error or a file that cannot be
// read or written.
package cli

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Exit statuses.
const (
	ExitOK      = 0
	ExitProblem = 1 // the input has problems (with --strict: or warnings)
	ExitUsage   = 2 // the command line is wrong
	ExitIO      = 2 // a file cannot be read or written
)

// env is what a subcommand runs with.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	stdinUsed      bool // "-" may be read once
	strict         bool // --strict: warnings fail the command
	warnings       int  // warnings printed so far
}

type command struct {
	usage   string // after "whosaid NAME "
	summary string
	run     func(e *env, args []string) int
}

var commands = map[string]command{}

// Commands lists the subcommand names Run understands, sorted.
func Commands() []string {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Run runs one subcommand (args[0]) and returns the exit status.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		fmt.Fprintln(stderr, "whosaid: no command given")
		usage(stderr)
		return ExitUsage
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		return help(e, args[1:])
	}
	cmd, ok := commands[name]
	if !ok {
		fmt.Fprintf(stderr, "whosaid: unknown command %q\n", name)
		usage(stderr)
		return ExitUsage
	}
	return cmd.run(e, args[1:])
}

func help(e *env, args []string) int {
	if len(args) == 0 {
		usage(e.stdout)
		return ExitOK
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "whosaid help: unknown command %q\n", args[0])
		usage(e.stderr)
		return ExitUsage
	}
	fmt.Fprintf(e.stdout, "usage: whosaid %s %s\n\n%s\n", args[0], cmd.usage, cmd.summary)
	return ExitOK
}

func usage(w io.Writer) {
	var b strings.Builder
	b.WriteString("usage: whosaid COMMAND [ARGS]\n\ncommands:\n")
	for _, n := range Commands() {
		fmt.Fprintf(&b, "  %s %s\n", n, commands[n].usage)
	}
	b.WriteString("  help [COMMAND]\n")
	b.WriteString("  serve [--addr :8000] [--data ./data] [--db postgres://…] [--web ./web]   (the default)\n")
	b.WriteString("  static [--web ./web] DIR\n\n")
	b.WriteString("Annotation files are whosaid JSON, W3C Web Annotation JSON-LD, Hypothesis API JSON or\n")
	b.WriteString("Annotorious / Recogito JSON (told apart by content). What reading another tool's file changed,\n")
	b.WriteString("approximated or left out is printed as \"FILE: warning: PATH: MESSAGE\"; --strict makes warnings fail.\n")
	b.WriteString("Articles are .txt, .text, .md, .markdown, .html or .htm. \"-\" as a file reads stdin.\n")
	b.WriteString("Exit status: 0 ok, 1 problems found (or warnings, with --strict), 2 usage error or a file that\n")
	b.WriteString("cannot be read or written.\n")
	io.WriteString(w, b.String())
}

// usageError reports a wrong command line for one subcommand.
func usageError(e *env, name, format string, args ...any) int {
	fmt.Fprintf(e.stderr, "whosaid %s: %s\n", name, fmt.Sprintf(format, args...))
	fmt.Fprintf(e.stderr, "usage: whosaid %s %s\n", name, commands[name].usage)
	return ExitUsage
}
