package csvexport

import "strings"

// neutralize stops a spreadsheet from running a cell as a formula (CSV
// injection): a cell starting with =, +, -, @, tab or carriage return gets
// a leading single quote, which spreadsheets show as text. Numbers we
// write ourselves (offsets) never start with such a character.
func neutralize(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
