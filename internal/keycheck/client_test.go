package keycheck

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestParseRetryAfter(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"1", time.Second, true},
		{"0", 0, true},
		{" 5 ", 5 * time.Second, true},
		{"3600", MaxRetryAfter, true},
		{time.Now().Add(10 * time.Second).UTC().Format(http.TimeFormat), 10 * time.Second, true},
		{time.Now().Add(-time.Hour).UTC().Format(http.TimeFormat), 0, true},
		{"", 0, false},
		{"soon", 0, false},
		{"-3", 0, false},
	} {
		got, ok := parseRetryAfter(tc.in)
		if ok != tc.ok || got < tc.want-time.Second || got > tc.want {
			t.Errorf("parseRetryAfter(%q) = %s, %v; want about %s, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestCheckURLSendsKeysOnlyToSpeechHostsOverHTTPS(t *testing.T) {
	for u, ok := range map[string]bool{
		"https://westus.api.cognitive.microsoft.com/sts/v1.0/issueToken":                 true,
		"https://my-speech.cognitiveservices.azure.cn/tts/cognitiveservices/voices/list": true,
		"http://westus.api.cognitive.microsoft.com/sts/v1.0/issueToken":                  false,
		"https://evil.example.com/sts/v1.0/issueToken":                                   false,
		"https://westus.api.cognitive.microsoft.com.evil.example/":                       false,
		"http://127.0.0.1:8080/sts/v1.0/issueToken":                                      true,
		"http://localhost/sts": true,
		"http://10.0.0.1/sts":  false,
	} {
		if err := checkURL(u); (err == nil) != ok {
			t.Errorf("checkURL(%q) = %v, want allowed=%v", u, err, ok)
		}
	}
}

func TestRedactEveryForm(t *testing.T) {
	key := " 0123456789abcdef0123456789abcdef\n"
	forms := KeyForms(key)
	if len(forms) < 4 {
		t.Fatalf("only %d key forms", len(forms))
	}
	for _, f := range forms {
		out := Redact("before "+f+" after", key)
		if strings.Contains(out, f) || !strings.Contains(out, "[redacted key]") {
			t.Errorf("Redact left %q in %q", f, out)
		}
	}
}
