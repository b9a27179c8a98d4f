package keycheck

import (
	"encoding/base64"
	"encoding/hex"
	"errors"
	"net/url"
	"strings"
	"unicode/utf8"
)

// fragmentLen is the shortest run of a key's characters that redaction
// removes wherever it appears: a part of a key is a leak too.
const fragmentLen = 12

// redacted replaces a key, or any part of one, in text.
const redacted = "[redacted key]"

// KeyForms are the whole forms of a key that must never appear in output:
// as configured, trimmed, in upper and lower case; and each of those in
// base64 (standard and URL, with and without padding), URL-encoded and
// hex. Redact matches them case-insensitively.
func KeyForms(key string) []string {
	seen := map[string]bool{}
	var forms []string
	add := func(s string) {
		if len(s) >= 8 && !seen[s] {
			seen[s] = true
			forms = append(forms, s)
		}
	}
	trimmed := strings.Trim(strings.TrimSpace(key), "\"'`")
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

// Redact removes every form of the key from s, case-insensitively, and
// every run of fragmentLen or more of its characters. Call it before any
// cut: a cut can leave a part of a form that no longer matches as a whole.
func Redact(s, key string) string { return newRedactor(key).redact(s) }

// redactor holds what redaction looks for, lower-cased: the key's forms
// and its fragments, built once for every text of one result.
type redactor struct{ patterns []string }

func newRedactor(key string) redactor {
	trimmed := strings.Trim(strings.TrimSpace(key), "\"'`")
	if trimmed == "" {
		return redactor{}
	}
	var r redactor
	for _, f := range KeyForms(key) {
		r.patterns = append(r.patterns, asciiLower(f))
	}
	for i := 0; i+fragmentLen <= len(trimmed); i++ {
		r.patterns = append(r.patterns, asciiLower(trimmed[i:i+fragmentLen]))
	}
	return r
}

func (r redactor) redact(s string) string {
	if s == "" || len(r.patterns) == 0 {
		return s
	}
	low := asciiLower(s)
	mask := make([]bool, len(s))
	mark := func(p string) {
		for from := 0; ; {
			i := strings.Index(low[from:], p)
			if i < 0 {
				return
			}
			for j := from + i; j < from+i+len(p); j++ {
				mask[j] = true
			}
			from += i + 1
		}
	}
	for _, p := range r.patterns {
		mark(p)
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

// cutBytes cuts s to at most n bytes, on a rune boundary, the mark of the
// cut included.
func cutBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	const mark = "…"
	i := n - len(mark)
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + mark
}

// cutRunes cuts s to at most n runes, on a rune boundary, marking the cut.
func cutRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

func asProxyError(err error, target **ProxyError) bool { return err != nil && errors.As(err, target) }

// rootCause is the innermost error's text, which names the failure without
// repeating the URL.
func rootCause(err error) string {
	if err == nil {
		return "no detail"
	}
	for {
		next := errors.Unwrap(err)
		if next == nil {
			return err.Error()
		}
		err = next
	}
}

// Redacted is the result with every trace of the key removed from its
// words: the one step between a check and any diagnostic or state.
func (r Result) Redacted(key string) Result {
	rd := newRedactor(key)
	r.Summary, r.Detail = rd.redact(r.Summary), rd.redact(r.Detail)
	ws := make([]Warning, len(r.Warnings))
	for i, w := range r.Warnings {
		ws[i] = Warning{rd.redact(w.Summary), rd.redact(w.Detail)}
	}
	r.Warnings = ws
	return r
}
