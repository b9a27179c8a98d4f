package secret

import (
	"regexp"
	"strings"
	"unicode"
)

// Format is a shape of Speech resource key seen in use.
type Format struct {
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
// its length alone. This table is the one definition of a key's shape.
var KeyFormats = [2]Format{
	{Len: 32, Run: 24, Chars: "hexadecimal characters", in: isHexDigit},
	{Len: 84, Run: 60, Chars: "letters and digits", in: isAlnum},
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func isAlnum(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// hasKeyFormat reports whether a key has exactly one of the formats seen
// in use. It says nothing of whether Azure accepts the key.
func hasKeyFormat(key string) bool {
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

// GUIDPattern is the one definition of a GUID's shape (unanchored): Azure's
// request IDs, subscription and object IDs, and the value a key must not be.
const GUIDPattern = `[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}`

var (
	guidRE       = regexp.MustCompile(`^` + GUIDPattern + `$`)
	bracedGUIDRE = regexp.MustCompile(`^\{?` + GUIDPattern + `\}?$`)
)

// IsGUID reports whether s is a GUID, without braces or spaces.
func IsGUID(s string) bool { return guidRE.MatchString(s) }

// Refusal is why a key must not be sent.
type Refusal int

// The refusals.
const (
	NotRefused Refusal = iota
	// RefusedEmpty: nothing is left once trimmed.
	RefusedEmpty
	// RefusedMalformed: a character no HTTP header can carry (at BadPos).
	RefusedMalformed
	// RefusedGUID: the shape of a GUID (a subscription or tenant ID).
	RefusedGUID
)

// Trimmed says what was trimmed around a key.
type Trimmed struct {
	Newline, Quotes, Spaces bool
	// Other: only other white space (a tab at the end, say).
	Other bool
}

// Any reports whether anything was trimmed.
func (t Trimmed) Any() bool { return t != Trimmed{} }

// Shape is what can be told about a key without calling Azure. It holds
// the key only as the checked Key, which prints as nothing.
type Shape struct {
	// Key is the key to send, trimmed; zero when Refusal is set.
	Key     Key
	Refusal Refusal
	// BadPos is the byte offset of the character a RefusedMalformed key
	// cannot carry.
	BadPos int
	// Trim is what was removed around the key.
	Trim Trimmed
	// Length is the trimmed key's length.
	Length int
	// Unusual is set when the key has neither format seen in use.
	Unusual bool
}

// trimKey removes what surrounds a key as configured: white space and
// quotes. It is the one trimming rule: the checked key and the redactor
// both apply it.
func trimKey(raw string) string {
	return strings.TrimFunc(raw, func(r rune) bool { return unicode.IsSpace(r) || r == '"' || r == '\'' || r == '`' })
}

// Inspect checks a key before any call: empty, surrounded by white space,
// quotes or a newline, with a character no HTTP header can carry, shaped
// like a GUID, or of a length that is neither format seen in use. It is
// the only way to get a Key.
func Inspect(raw string) Shape {
	var s Shape
	trimmed := trimKey(raw)
	if trimmed == "" {
		s.Refusal = RefusedEmpty
		return s
	}
	if trimmed != raw {
		s.Trim = Trimmed{
			Newline: strings.ContainsAny(raw, "\r\n"),
			Quotes:  strings.ContainsAny(raw, "\"'`"),
			Spaces:  strings.ContainsAny(strings.NewReplacer("\r", "", "\n", "").Replace(raw), " \t"),
		}
		s.Trim.Other = !s.Trim.Any()
	}
	for i, r := range trimmed {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r > unicode.MaxASCII {
			s.Refusal, s.BadPos = RefusedMalformed, i
			return s
		}
	}
	if bracedGUIDRE.MatchString(trimmed) {
		s.Refusal = RefusedGUID
		return s
	}
	s.Key = Key{v: trimmed}
	s.Length = len(trimmed)
	s.Unusual = !hasKeyFormat(trimmed)
	return s
}
