package secret

import (
	"encoding/base64"
	"net/url"
	"strings"
	"testing"
)

func TestEntraSecret(t *testing.T) {
	const clientSecret = "Qx8~Q~fake.client_secret-VALUE.0123"
	r := NewRedactor(EntraSecret, clientSecret, "short")
	for _, leak := range []string{
		clientSecret,
		"  " + clientSecret + "\n",
		base64.StdEncoding.EncodeToString([]byte(clientSecret)),
		url.QueryEscape(clientSecret),
		clientSecret[3:20], // a part of it
		strings.ToUpper(clientSecret),
	} {
		if out := r.Redact("secret: " + leak + " end"); strings.Contains(out, leak) || !strings.Contains(out, Redacted) {
			t.Errorf("%q left %q", leak, out)
		}
	}
	if out := r.Redact("a short word"); out != "a short word" {
		t.Errorf("a short value masks words: %q", out)
	}
	if forms, core := EntraSecret("   "); forms != nil || core != "" {
		t.Errorf("blank: %v %q", forms, core)
	}
}
