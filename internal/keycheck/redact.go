package keycheck

import (
	"encoding/base64"
	"errors"
	"net/url"
	"strings"
)

// KeyForms are the forms of a key that must never appear in output: raw,
// trimmed, base64 and URL-encoded.
func KeyForms(key string) []string {
	var forms []string
	add := func(s string) {
		if len(s) >= 8 {
			forms = append(forms, s)
		}
	}
	for _, k := range []string{key, strings.TrimSpace(key), strings.Trim(strings.TrimSpace(key), "\"'`")} {
		add(k)
		add(base64.StdEncoding.EncodeToString([]byte(k)))
		add(base64.RawURLEncoding.EncodeToString([]byte(k)))
		add(url.QueryEscape(k))
	}
	return forms
}

// Redact replaces every form of the key in s.
func Redact(s, key string) string {
	for _, f := range KeyForms(key) {
		s = strings.ReplaceAll(s, f, "[redacted key]")
	}
	return s
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
