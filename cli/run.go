// Package cli is whosaid's command line: it serves the app (serve), writes
// a static copy of it (static), and offers tools for researchers and
// scripts: validate, convert, import articles, re-anchor, suggest.
// Data goes to stdout, messages, problems and warnings to stderr; "-" as a
// file name reads stdin. Exit status: 0 success, 1 a problem with the data
// (or, with --strict, a warning), 2 a usage error or a file that cannot be
// read or written.
//
// Every command is described the same way (a command: usage, one-line
// summary, help text, flags), so "whosaid help NAME", "whosaid NAME
// --help" and a usage error all print the same help, and a flag's
// description lives once, on the flag.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
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
	short   string // one line for the list of commands
	summary string // what the command does, for its help
	// flags defines the command's flags on fs and returns its body, which
	// runs with the other arguments once the flags are parsed. Help calls
	// it too, to list the flags, and then never runs the body.
	flags func(fs *flag.FlagSet, e *env) func(args []string) int
}

var commands = map[string]command{}

// commandOrder is the order of the list of commands: serving first, then
// the tools in the order of a typical use.
var commandOrder = []string{"serve", "static", "validate", "convert", "import-article", "reanchor", "suggest"}

// Commands lists the subcommand names Run understands, in the order help
// lists them.
func Commands() []string {
	names := slices.Clone(commandOrder)
	for n := range commands {
		if !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	return names
}

// Run runs one subcommand (args[0]) and returns the exit status. Without
// arguments it prints the usage.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		usage(stdout)
		return ExitOK
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		return help(e, args[1:])
	}
	cmd, ok := commands[name]
	if !ok {
		fmt.Fprintf(stderr, "whosaid: unknown command %q\n", name)
		if strings.HasPrefix(name, "-") {
			fmt.Fprintf(stderr, "(the server's flags come after \"serve\": whosaid serve %s …)\n", name)
		}
		fmt.Fprintln(stderr, `Run "whosaid help" for the list of commands.`)
		return ExitUsage
	}
	fs := newFlagSet(name)
	body := cmd.flags(fs, e)
	rest, err := parseFlags(fs, args[1:])
	if errors.Is(err, flag.ErrHelp) {
		return help(e, []string{name})
	}
	if err != nil {
		return usageError(e, name, "%v", err)
	}
	return body(rest)
}

func newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported by Run, with usage
	return fs
}

// usageError reports a wrong command line for one subcommand.
func usageError(e *env, name, format string, args ...any) int {
	fmt.Fprintf(e.stderr, "whosaid %s: %s\n", name, fmt.Sprintf(format, args...))
	fmt.Fprintf(e.stderr, "usage: whosaid %s %s\n", name, commands[name].usage)
	fmt.Fprintf(e.stderr, "Run \"whosaid help %s\" for its flags.\n", name)
	return ExitUsage
}
