package provider

import (
	"regexp"
	"strings"
)

// words builds a regexp that matches the words in order, allowing the line
// wrapping Terraform applies to diagnostics between any two of them.
func words(s string) *regexp.Regexp {
	fs := strings.Fields(s)
	for i, f := range fs {
		fs[i] = regexp.QuoteMeta(f)
	}
	return regexp.MustCompile(`(?s)` + strings.Join(fs, `\s+`))
}

// errorOn matches an error whose summary is given, reported on the
// attribute (Terraform shows the attribute's source line), whose detail
// contains the words of detail.
func errorOn(summary, attribute, detail string) *regexp.Regexp {
	return regexp.MustCompile(words("Error: "+summary).String() + `.*\b` + regexp.QuoteMeta(attribute) + `\s+[={].*` + words(detail).String()[4:])
}

// checkError matches a key check's error: shown at the data source's
// header (never at the key_check line, which may hold a literal key),
// with the words of detail.
func checkError(summary, detail string) *regexp.Regexp {
	return regexp.MustCompile(words("Error: "+summary).String() + `.*` + onDataSource + `.*` + words(detail).String()[4:])
}

// onDataSource matches the source line Terraform shows for a diagnostic
// on a speechendpoints data source as a whole: its header.
const onDataSource = `\d+:\s+data\s+"speechendpoints"\s+"\w+"\s+\{`

// keyCheckLine matches a source line holding the key_check block's opening,
// which a one-line block would fill with a literal key.
var keyCheckLine = regexp.MustCompile(`\d+:\s+key_check\s+\{`)
