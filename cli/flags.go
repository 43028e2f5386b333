package cli

import "flag"

// parseFlags parses fs's flags wherever they appear among args (so
// "convert FILE --to w3c" works) and returns the other arguments. Arguments
// after "--" are never flags.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for i, a := range args {
		if a == "--" {
			rest = args[i+1:]
			args = args[:i]
			break
		}
	}
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
	return append(pos, rest...), nil
}

// strictFlag adds --strict: warnings (what an import changed, approximated
// or left out) make the command fail with exit status 1.
func strictFlag(fs *flag.FlagSet, e *env) {
	fs.BoolVar(&e.strict, "strict", false, "fail (exit status 1) when reading changed, approximated or left out anything (the warnings)")
}

// formatFlag adds --format, for an article whose format its name does
// not tell (stdin, an odd extension).
func formatFlag(fs *flag.FlagSet) *string {
	return fs.String("format", "", "the article's `format`: txt, md or html (default: told from the file name; needed for stdin)")
}
