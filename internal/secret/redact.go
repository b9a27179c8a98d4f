package secret

import (
	"encoding/base64"
	"encoding/hex"
	"net/url"
	"slices"
	"strings"
)

// Redacted replaces a secret, or any part of one, in text.
const Redacted = "[redacted key]"

// Kind is a kind of secret: given a value as configured, the whole forms
// that must never appear in output, and the core whose every run of
// FragmentLen characters is a leak too ("" core: no secret, nothing to
// redact). Adding a kind of secret (an access token, a client secret) is
// writing one Kind function.
type Kind func(value string) (forms []string, core string)

// FragmentLen is the shortest run of a secret's core that redaction
// removes wherever it appears: a part of a key is a leak too.
const FragmentLen = 12

// SpeechKey is the kind of a Speech resource key. Its forms: as
// configured, trimmed (as Inspect trims), in upper and lower case; and
// each of those in base64 (standard and URL, with and without padding),
// URL-encoded (query and path) and hex. Redaction matches them
// case-insensitively. The provider quotes no text from Azure's answers, so
// these forms guard the text a diagnostic builds from the configuration (a
// key given as a subdomain, say) and the log lines.
func SpeechKey(value string) (forms []string, core string) {
	core = trimKey(value)
	if core == "" {
		return nil, ""
	}
	seen := map[string]bool{}
	add := func(s string) {
		if len(s) >= 8 && !seen[s] {
			seen[s] = true
			forms = append(forms, s)
		}
	}
	for _, k := range []string{value, strings.TrimSpace(value), core, strings.ToUpper(core), strings.ToLower(core)} {
		for _, f := range encodings(k) {
			add(f)
		}
	}
	return forms, core
}

// encodings are s and the encodings a secret is seen in: base64 (standard
// and URL, padded and not), URL escaping (query and path) and hex.
func encodings(s string) []string {
	b := []byte(s)
	return []string{
		s,
		base64.StdEncoding.EncodeToString(b),
		base64.RawStdEncoding.EncodeToString(b),
		base64.URLEncoding.EncodeToString(b),
		base64.RawURLEncoding.EncodeToString(b),
		url.QueryEscape(s),
		url.PathEscape(s),
		hex.EncodeToString(b),
	}
}

// Redactor removes every trace of some secrets from text. The zero value
// removes nothing.
type Redactor struct {
	forms    []string // whole forms, for log masking
	patterns []string // lower-cased forms and fragments
}

// NewRedactor builds the redactor of values of a kind ("" ones are
// skipped).
func NewRedactor(kind Kind, values ...string) Redactor {
	var r Redactor
	for _, v := range values {
		r = r.With(kind, v)
	}
	return r
}

// With returns a redactor that also removes value, of its kind (a value
// with no core changes nothing). The receiver is left as it was, so a
// redactor built once can be shared.
func (r Redactor) With(kind Kind, value string) Redactor {
	forms, core := kind(value)
	if core == "" {
		return r
	}
	patterns := make([]string, 0, len(forms)+len(core))
	for _, f := range forms {
		patterns = append(patterns, asciiLower(f))
	}
	for i := 0; i+FragmentLen <= len(core); i++ {
		patterns = append(patterns, asciiLower(core[i:i+FragmentLen]))
	}
	return Redactor{forms: slices.Concat(r.forms, forms), patterns: slices.Concat(r.patterns, patterns)}
}

// WithKey returns a redactor that also removes a checked key.
func (r Redactor) WithKey(k Key) Redactor { return r.With(SpeechKey, k.v) }

// Forms are the whole forms of the secrets, for masking logs.
func (r Redactor) Forms() []string { return append([]string(nil), r.forms...) }

// Redact removes every form of the secrets from s, case-insensitively, and
// every run of FragmentLen or more of their cores' characters.
func (r Redactor) Redact(s string) string {
	if s == "" || len(r.patterns) == 0 {
		return s
	}
	low := asciiLower(s)
	mask := make([]bool, len(s))
	for _, p := range r.patterns {
		for from := 0; ; {
			i := strings.Index(low[from:], p)
			if i < 0 {
				break
			}
			for j := from + i; j < from+i+len(p); j++ {
				mask[j] = true
			}
			from += i + 1
		}
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if !mask[i] {
			j := i
			for j < len(s) && !mask[j] {
				j++
			}
			b.WriteString(s[i:j])
			i = j
			continue
		}
		for i < len(s) && mask[i] {
			i++
		}
		b.WriteString(Redacted)
	}
	return b.String()
}

// Holds reports whether s holds one of the secrets, or a run of
// FragmentLen of a core's characters, in any of its forms.
func (r Redactor) Holds(s string) bool { return r.Redact(s) != s }

// Shows reports whether showing s (in a message, in state) would show a
// key: it holds one of the secrets (Holds), or has the shape of a key
// (LooksLikeKey), whoever's it is.
func (r Redactor) Shows(s string) bool { return LooksLikeKey(s) || r.Holds(s) }

// asciiLower lower-cases ASCII letters only, so that byte offsets stay
// those of the original text.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
