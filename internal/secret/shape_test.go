package secret

import (
	"fmt"
	"strings"
	"testing"
)

// LooksLikeKey finds a run of 24 hexadecimal characters or 60 letters and
// digits (with a digit and a letter), white space aside; hasKeyFormat is
// the exact shape of a key (32 or 84), used only to note an unusual key.
func TestKeyShapes(t *testing.T) {
	hex := strings.Repeat("a1b2c3d4", 4)
	alnum := strings.Repeat("Xy7", 28)
	for _, s := range []string{
		hex, hex[:24], strings.ToUpper(hex[:24]), alnum, alnum[:60],
		hex[:12] + " " + hex[12:24], // white space inside
		"\t" + hex[:8] + "\n" + hex[8:24] + " ",
		"prefix-" + hex[:24] + "-suffix", // a run inside a longer value
		"key=" + alnum[:60],
	} {
		if !LooksLikeKey(s) {
			t.Errorf("LooksLikeKey(%q) = false", s)
		}
	}
	// Values that are not keys: claims, hosts, names, runs one short.
	for _, s := range []string{"0b1f6472-1ef6-4c1d-8f0a-123456789abc", "urn:ms.speechservices.westus", "SpeechServices.S0",
		"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/a1",
		"https://westus.api.cognitive.microsoft.com/sts/v1.0/issueToken", hex[:23], alnum[:59],
		strings.Repeat("abcdef", 5), strings.Repeat("1234", 8), "mycompanyspeechresourceproduction"} {
		if LooksLikeKey(s) {
			t.Errorf("LooksLikeKey(%q) = true", s)
		}
	}
	for key, want := range map[string]bool{hex: true, alnum: true, hex[:31]: false, hex + "a": false, hex[:31] + "g": false, alnum[:83]: false, alnum + "x": false, "": false} {
		if hasKeyFormat(key) != want {
			t.Errorf("hasKeyFormat(%q) = %v", key, !want)
		}
	}
}

func TestInspect(t *testing.T) {
	hex := strings.Repeat("a1b2c3d4", 4)
	for _, tc := range []struct {
		raw     string
		key     string
		refusal Refusal
		trim    Trimmed
		unusual bool
	}{
		{hex, hex, NotRefused, Trimmed{}, false},
		{" \n", "", RefusedEmpty, Trimmed{}, false},
		{"\"" + hex + "\"\n", hex, NotRefused, Trimmed{Newline: true, Quotes: true}, false},
		{hex + "\v", hex, NotRefused, Trimmed{Other: true}, false},
		{hex[:10] + " " + hex[10:], "", RefusedMalformed, Trimmed{}, false},
		{"{0b1f6472-1ef6-4c1d-8f0a-123456789abc}", "", RefusedGUID, Trimmed{}, false},
		{hex[:7], hex[:7], NotRefused, Trimmed{}, true},
	} {
		s := Inspect(tc.raw)
		if s.Key.Reveal() != tc.key || s.Refusal != tc.refusal || s.Trim != tc.trim || s.Unusual != tc.unusual {
			t.Errorf("Inspect(%q) = %+v", tc.raw, s)
		}
	}
	if s := Inspect(hex[:5] + "\x01" + hex); s.BadPos != 5 {
		t.Errorf("bad character at %d, want 5", s.BadPos)
	}
}

// A checked key never prints, whatever the verb.
func TestKeyDoesNotPrint(t *testing.T) {
	hex := strings.Repeat("a1b2c3d4", 4)
	k := Inspect(hex).Key
	for _, f := range []string{"%v", "%+v", "%#v", "%s"} {
		if out := fmt.Sprintf(f, k); strings.Contains(out, hex[:FragmentLen]) {
			t.Errorf("%s printed the key: %s", f, out)
		}
	}
	if out := fmt.Sprintf("%+v", struct{ K Key }{k}); strings.Contains(out, hex[:FragmentLen]) {
		t.Errorf("a struct printed the key: %s", out)
	}
}

func TestQuote(t *testing.T) {
	hex := strings.Repeat("a1b2c3d4", 4)
	for in, want := range map[string]string{
		"eastus":                 "\"eastus\"",
		"a\x01b":                 "\"a\\x01b\"",
		hex:                      Withheld,
		"x-" + hex[:24] + "-y":   Withheld,
		strings.Repeat("ab", 40): fmt.Sprintf("%q... (80 characters)", strings.Repeat("ab", 24)),
	} {
		if got := Quote(in); got != want {
			t.Errorf("Quote(%q) = %s, want %s", in, got, want)
		}
	}
}
