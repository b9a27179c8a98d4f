package keycheck

import (
	"encoding/base64"
	"encoding/hex"
	"net/url"
	"slices"
	"strings"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// fragmentLen is the shortest run of a key's characters that redaction
// removes wherever it appears: a part of a key is a leak too.
const fragmentLen = 12

// redacted replaces a key, or any part of one, in text.
const redacted = "[redacted key]"

// keyForms are the whole forms of a key that must never appear in output:
// as configured, trimmed, in upper and lower case; and each of those in
// base64 (standard and URL, with and without padding), URL-encoded and
// hex. Redaction matches them case-insensitively. The provider quotes no
// text from Azure's answers, so these forms guard the text a diagnostic
// builds from the configuration (a key given as a subdomain, say).
func keyForms(key, trimmed string) []string {
	seen := map[string]bool{}
	var forms []string
	add := func(s string) {
		if len(s) >= 8 && !seen[s] {
			seen[s] = true
			forms = append(forms, s)
		}
	}
	for _, k := range []string{key, strings.TrimSpace(key), trimmed, strings.ToUpper(trimmed), strings.ToLower(trimmed)} {
		b := []byte(k)
		add(k)
		add(base64.StdEncoding.EncodeToString(b))
		add(base64.RawStdEncoding.EncodeToString(b))
		add(base64.URLEncoding.EncodeToString(b))
		add(base64.RawURLEncoding.EncodeToString(b))
		add(url.QueryEscape(k))
		add(url.PathEscape(k))
		add(hex.EncodeToString(b))
	}
	return forms
}

// Redactor removes every trace of some keys from text.
type Redactor struct {
	forms    []string // for log masking
	patterns []string // lower-cased forms and fragments
}

// NewRedactor builds the redactor of keys ("" ones are skipped; none: a
// zero Redactor). A key is trimmed as the key check trims it.
func NewRedactor(keys ...string) Redactor {
	var r Redactor
	for _, key := range keys {
		r = r.With(key)
	}
	return r
}

// With returns a redactor that also removes key ("" changes nothing). The
// receiver is left as it was, so a redactor built once can be shared.
func (r Redactor) With(key string) Redactor {
	trimmed := speech.CheckKeyShape(key).Trimmed
	if trimmed == "" {
		return r
	}
	forms := keyForms(key, trimmed)
	patterns := make([]string, 0, len(forms)+len(trimmed))
	for _, f := range forms {
		patterns = append(patterns, asciiLower(f))
	}
	for i := 0; i+fragmentLen <= len(trimmed); i++ {
		patterns = append(patterns, asciiLower(trimmed[i:i+fragmentLen]))
	}
	return Redactor{forms: slices.Concat(r.forms, forms), patterns: slices.Concat(r.patterns, patterns)}
}

// Forms are the whole forms of the key, for masking logs.
func (r Redactor) Forms() []string { return append([]string(nil), r.forms...) }

// Redact removes every form of the key from s, case-insensitively, and
// every run of fragmentLen or more of its characters.
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
		b.WriteString(redacted)
	}
	return b.String()
}

// Holds reports whether s holds the key, or a run of fragmentLen of its
// characters, in any of its forms.
func (r Redactor) Holds(s string) bool { return r.Redact(s) != s }

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
