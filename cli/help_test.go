package cli

import (
	"flag"
	"slices"
	"strings"
	"testing"
)

// The bare command prints the usage (it used to start a server): every
// command with its one-line summary, on stdout, exit 0.
func TestBareCommandPrintsUsage(t *testing.T) {
	r := run(t, "")
	if r.code != ExitOK || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, "usage: whosaid COMMAND [ARGS]") {
		t.Errorf("no usage line:\n%s", r.stdout)
	}
	for _, name := range append(Commands(), "help") {
		if !strings.Contains(r.stdout, "\n  "+name+" ") {
			t.Errorf("the usage does not list %q:\n%s", name, r.stdout)
		}
	}
	for _, args := range [][]string{{"help"}, {"--help"}, {"-h"}} {
		if got := run(t, "", args...); got != r {
			t.Errorf("%q differs from the bare command: %+v", args, got)
		}
	}
}

// Every command is listed in commandOrder, so the usage shows it where it
// belongs.
func TestEveryCommandOrdered(t *testing.T) {
	for name := range commands {
		if !slices.Contains(commandOrder, name) {
			t.Errorf("command %q is not in commandOrder", name)
		}
	}
	for _, name := range commandOrder {
		if _, ok := commands[name]; !ok {
			t.Errorf("commandOrder names %q, which is no command", name)
		}
	}
}

// "whosaid help NAME", "whosaid NAME --help" and "NAME -h" print the same
// help on stdout with exit 0 (serve used to print Go's "flag: help
// requested" and exit 1): the usage line, the text, and every flag with
// its value's name, none of them a stray back-quoted phrase, within 100
// columns.
func TestHelpEveryCommand(t *testing.T) {
	for _, name := range append(Commands(), "help") {
		want := run(t, "", "help", name)
		if want.code != ExitOK || want.stderr != "" {
			t.Errorf("help %s: exit %d, stderr %q", name, want.code, want.stderr)
			continue
		}
		if !strings.HasPrefix(want.stdout, "usage: whosaid "+name+" ") {
			t.Errorf("help %s does not start with its usage line:\n%s", name, want.stdout)
		}
		for _, bad := range []string{"`", "flag: help requested", "-h, -help"} {
			if strings.Contains(want.stdout, bad) {
				t.Errorf("help %s has %q:\n%s", name, bad, want.stdout)
			}
		}
		for i, line := range strings.Split(want.stdout, "\n") {
			if n := len([]rune(line)); n > helpWidth {
				t.Errorf("help %s, line %d is %d columns: %q", name, i+1, n, line)
			}
		}
		if name == "help" {
			continue
		}
		fs := newFlagSet(name)
		commands[name].flags(fs, &env{})
		fs.VisitAll(func(f *flag.Flag) {
			if !strings.Contains(want.stdout, "\n  --"+f.Name+" ") && !strings.Contains(want.stdout, "\n  --"+f.Name+"\n") {
				t.Errorf("help %s does not list --%s:\n%s", name, f.Name, want.stdout)
			}
		})
		for _, flagArg := range []string{"--help", "-h"} {
			if got := run(t, "", name, flagArg); got != want {
				t.Errorf("%s %s: %+v\nwant what help %s prints", name, flagArg, got, name)
			}
		}
	}
}

// The serve flags are listed with their value names and defaults.
func TestHelpServe(t *testing.T) {
	r := run(t, "", "help", "serve")
	for _, want := range []string{
		"\n  --addr ADDRESS ", `(default :8000, env WHOSAID_ADDR)`, "\n  --db URL ", "\n  --shutdown-timeout DURATION",
		"\n  --web FOLDER ", "\n  --trusted-proxy PREFIXES",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("help serve lacks %q:\n%s", want, r.stdout)
		}
	}
}

// Server flags without "serve" (how the server used to start) say where
// they go; serve and static refuse what they do not take.
func TestServeAndStaticUsage(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--addr", ":0"}, "whosaid serve --addr"},
		{[]string{"serve", "extra"}, `unexpected argument "extra"`},
		{[]string{"serve", "--rate", "fast"}, `invalid value "fast" for flag -rate`},
		{[]string{"static"}, "want exactly one DIR, got 0"},
		{[]string{"static", "--url", "example.org", t.TempDir()}, "--url"},
	}
	for _, tt := range tests {
		r := run(t, "", tt.args...)
		if r.code != ExitUsage || !strings.Contains(r.stderr, tt.want) {
			t.Errorf("%q: exit %d, stderr %q; want exit 2 with %q", tt.args, r.code, r.stderr, tt.want)
		}
	}
}
