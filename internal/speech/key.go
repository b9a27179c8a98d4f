package speech

import (
	"regexp"
	"strings"
	"unicode"
)

// KeyShape is what can be told about a key without calling Azure. It never
// holds the key in its problems.
type KeyShape struct {
	// Trimmed is the key with surrounding whitespace and quotes removed:
	// the value to send (and to fix in the configuration).
	Trimmed string
	// Refused is set when the key must not be sent: it is empty, cannot go
	// in an HTTP header, or is a GUID.
	Refused *Problem
	// Notes are accepted oddities (warnings).
	Notes []Problem
}

var (
	guidRE   = regexp.MustCompile(`^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$`)
	hex32RE  = regexp.MustCompile(`^[0-9a-fA-F]{32}$`)
	alnum84R = regexp.MustCompile(`^[0-9A-Za-z]{84}$`)
)

// KeyFormats are the two resource key formats seen in use: 32 hexadecimal
// characters (older resources) and 84 letters and digits (newer ones). No
// Microsoft page states them: they are observed, so a key of another shape
// is sent all the same (Azure judges it) with a note, and never refused for
// its length alone.
var KeyFormats = [2]struct{ Len int }{{32}, {84}}

// CheckKeyShape inspects a key before any call: empty, surrounded by
// whitespace, quotes or a newline, with a character no HTTP header can
// carry, shaped like a GUID (a subscription or tenant ID), or of a length
// that is neither format seen in use.
func CheckKeyShape(key string) KeyShape {
	var ks KeyShape
	trimmed := strings.TrimFunc(key, func(r rune) bool { return unicode.IsSpace(r) || r == '"' || r == '\'' || r == '`' })
	if trimmed == "" {
		ks.Refused = &Problem{Code: CodeKeyEmpty, Setting: SettingKey}
		return ks
	}
	ks.Trimmed = trimmed
	if trimmed != key {
		var trims []Trim
		if strings.ContainsAny(key, "\r\n") {
			trims = append(trims, TrimNewline)
		}
		if strings.ContainsAny(key, "\"'`") {
			trims = append(trims, TrimQuotes)
		}
		if strings.ContainsAny(strings.NewReplacer("\r", "", "\n", "").Replace(key), " \t") {
			trims = append(trims, TrimSpaces)
		}
		if len(trims) == 0 {
			trims = append(trims, TrimWhitespace)
		}
		ks.Notes = append(ks.Notes, Problem{Code: CodeKeyTrimmed, Setting: SettingKey, Warning: true, Trims: trims})
	}
	for i, r := range trimmed {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r > unicode.MaxASCII {
			ks.Refused = &Problem{Code: CodeKeyMalformed, Setting: SettingKey, Pos: i}
			return ks
		}
	}
	switch {
	case guidRE.MatchString(trimmed):
		ks.Refused = &Problem{Code: CodeKeyGUID, Setting: SettingKey}
	case hex32RE.MatchString(trimmed), alnum84R.MatchString(trimmed):
	default:
		ks.Notes = append(ks.Notes, Problem{Code: CodeKeyUnusualLength, Setting: SettingKey, Warning: true, Len: len(trimmed)})
	}
	return ks
}
