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

var guidRE = regexp.MustCompile(`^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$`)

// KeyFormat is a shape of Speech resource key seen in use.
type KeyFormat struct {
	// Len is the length of a key of the format.
	Len int
	// Run is the shortest run of the format's characters that a value of
	// another setting may not hold: such a value is taken for a key, or a
	// part of one, given to the wrong setting. It is shorter than Len so
	// that a key cut short is caught too.
	Run int
	// Chars names the characters, for messages.
	Chars string
	in    func(byte) bool
}

// KeyFormats are the two resource key formats seen in use: 32 hexadecimal
// characters (older resources) and 84 letters and digits (newer ones). No
// Microsoft page states them: they are observed, so a key of another shape
// is sent all the same (Azure judges it) with a note, and never refused for
// its length alone. This table is the one definition of a key's shape:
// HasKeyFormat and LooksLikeKey read it.
var KeyFormats = [2]KeyFormat{
	{Len: 32, Run: 24, Chars: "hexadecimal characters", in: isHexDigit},
	{Len: 84, Run: 60, Chars: "letters and digits", in: isAlnum},
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func isAlnum(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// HasKeyFormat reports whether a key has exactly one of the formats seen
// in use. It says nothing of whether Azure accepts the key: a key of
// another shape only gets a note (CheckKeyShape).
func HasKeyFormat(key string) bool {
	for _, f := range KeyFormats {
		if len(key) == f.Len && longestRun(key, f.in) == f.Len {
			return true
		}
	}
	return false
}

// LooksLikeKey reports whether s, with its white space removed, holds a
// run of a key format's characters at least that format's Run long (24
// hexadecimal characters, or 60 letters and digits) with both a digit and
// a letter in it, as every key has but names do not. No region, cloud or
// kind name has one (the longest names are some 20 letters), nor a custom
// subdomain made of words: such a value is a key given to the wrong
// setting (swapped variables), refused without being echoed.
func LooksLikeKey(s string) bool {
	s = strings.Join(strings.Fields(s), "")
	for _, f := range KeyFormats {
		if keyRun(s, f.in, f.Run) {
			return true
		}
	}
	return false
}

// keyRun reports whether s has a run of bytes in the set, at least n long,
// holding a digit and a letter.
func keyRun(s string, in func(byte) bool, n int) bool {
	run, digit, letter := 0, false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !in(c) {
			run, digit, letter = 0, false, false
			continue
		}
		run++
		digit = digit || '0' <= c && c <= '9'
		letter = letter || c > '9'
		if run >= n && digit && letter {
			return true
		}
	}
	return false
}

// longestRun is the length of the longest run of bytes of s in the set.
func longestRun(s string, in func(byte) bool) int {
	longest, run := 0, 0
	for i := 0; i < len(s); i++ {
		if !in(s[i]) {
			run = 0
			continue
		}
		run++
		longest = max(longest, run)
	}
	return longest
}

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
	case HasKeyFormat(trimmed):
	default:
		ks.Notes = append(ks.Notes, Problem{Code: CodeKeyUnusualLength, Setting: SettingKey, Warning: true, Len: len(trimmed)})
	}
	return ks
}
