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
