package secret

import (
	"strings"
	"testing"
)

// The forms of a key a redactor must remove, listed here by hand (not
// taken from the redactor): a leak is a leak in any of them. The key is
// 32 hexadecimal characters, so its base64 forms have padding ("=")
// and an unpadded twin that a padded pattern does not match.
func TestRedactsEveryListedForm(t *testing.T) {
	const key = "0123456789abcdef0123456789ABCDEF"
	forms := map[string]string{
		"raw":                   key,
		"lower":                 "0123456789abcdef0123456789abcdef",
		"upper":                 "0123456789ABCDEF0123456789ABCDEF",
		"base64 padded":         "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlBQkNERUY=",
		"base64 unpadded":       "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlBQkNERUY",
		"base64 of lower":       "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
		"base64 of lower, bare": "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY",
		"base64 of upper, bare": "MDEyMzQ1Njc4OUFCQ0RFRjAxMjM0NTY3ODlBQkNERUY",
		"hex":                   "3031323334353637383961626364656630313233343536373839414243444546",
		"first half":            key[:16],
		"a fragment":            key[7:19],
	}
	for _, configured := range []string{key, " " + key + "\n", "\"" + key + "\""} {
		r := NewRedactor(SpeechKey, configured)
		for name, f := range forms {
			text := "before " + f + " after"
			out := r.Redact(text)
			if strings.Contains(out, f) || !strings.Contains(out, Redacted) || !r.Holds(text) {
				t.Errorf("configured %q, %s: Redact left %q", configured, name, out)
			}
		}
	}
	// A key configured with a newline around it: the newline-escaped
	// forms go too.
	r := NewRedactor(SpeechKey, key+"\n")
	for _, f := range []string{key + "%0A", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlBQkNERUYK"} {
		if out := r.Redact("x " + f + " y"); strings.Contains(out, f) {
			t.Errorf("Redact left %q", out)
		}
	}
}

// The unpadded base64 forms of a 32-hex key (standard and URL alphabets)
// are redacted on their own, not only as part of a padded form.
func TestRedactsUnpaddedBase64(t *testing.T) {
	const key = "fb3e9d1a0c7f42e6b8d5a3c1e0f97b24"
	// base64 of key, and of its upper case, each without padding (the
	// URL alphabet gives the same text: no + or / here).
	for _, f := range []string{
		"ZmIzZTlkMWEwYzdmNDJlNmI4ZDVhM2MxZTBmOTdiMjQ",
		"RkIzRTlEMUEwQzdGNDJFNkI4RDVBM0MxRTBGOTdCMjQ",
	} {
		r := NewRedactor(SpeechKey, key)
		if out := r.Redact("token " + f + "!"); out != "token "+Redacted+"!" {
			t.Errorf("unpadded %q: got %q", f, out)
		}
	}
}

func TestRedactorOfNothing(t *testing.T) {
	if (Redactor{}).Redact("x") != "x" || NewRedactor(SpeechKey, "  ").Holds("anything") || len(NewRedactor(SpeechKey, "").Forms()) != 0 {
		t.Error("the redactor of no key changes text")
	}
	r := NewRedactor(SpeechKey, "0123456789abcdef0123456789abcdef")
	if got := r.Redact("nothing secret here"); got != "nothing secret here" {
		t.Errorf("Redact changed a clean text: %q", got)
	}
}

// Shows: a value shows a key when it holds a known one or has a key's
// shape, whoever's it is.
func TestShows(t *testing.T) {
	known := "short-secret-value"
	r := NewRedactor(SpeechKey, known)
	for s, want := range map[string]bool{
		known:                    true,
		"eastus":                 false,
		strings.Repeat("a1", 12): true,
		"x" + known[2:14] + "y":  true,
	} {
		if r.Shows(s) != want {
			t.Errorf("Shows(%q) = %v", s, !want)
		}
	}
}

// Adding a kind of secret is one function; a redactor holds several.
func TestKinds(t *testing.T) {
	token := func(v string) ([]string, string) { return []string{v}, v }
	r := NewRedactor(SpeechKey, "0123456789abcdef0123456789abcdef").With(token, "eyJhbGciOi.payload.sig")
	if out := r.Redact("a eyJhbGciOi.payload.sig b 0123456789abcdef0123456789abcdef"); strings.Count(out, Redacted) != 2 {
		t.Errorf("two kinds: %q", out)
	}
}
