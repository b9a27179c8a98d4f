package keycheck

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
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

// Each fault of the fake service is classified as the checker's failure
// class, through the real transport (proxy, TLS, retries).
func TestCallClassifiesFaults(t *testing.T) {
	fake.SlowDelay = 2 * time.Second
	for _, tc := range []struct {
		name     string
		res      fakespeech.Resource
		url      string // "" for the resource's token endpoint
		setup    func()
		status   int
		failure  Failure
		attempts int
	}{
		{name: "ok", res: fakespeech.Resource{Region: "westus"}, status: 200, attempts: 1},
		{name: "401", res: fakespeech.Resource{Region: "eastus"}, url: "https://westus.api.cognitive.microsoft.com/sts/v1.0/issueToken", status: 401, attempts: 1},
		{name: "429 retried", res: fakespeech.Resource{Region: "westus", Fault: fakespeech.Fault429NoRetry}, status: 429, attempts: 2},
		{name: "503 retried", res: fakespeech.Resource{Region: "westus", Fault: fakespeech.Fault503}, status: 503, attempts: 2},
		{name: "503 once then ok", res: fakespeech.Resource{Region: "westus", Fault: fakespeech.Fault503, FaultTimes: 1}, status: 200, attempts: 2},
		{name: "slow", res: fakespeech.Resource{Region: "westus", Fault: fakespeech.FaultSlow}, failure: FailTimeout, attempts: 2},
		{name: "reset", res: fakespeech.Resource{Region: "westus", Fault: fakespeech.FaultReset}, failure: FailConn, attempts: 2},
		{name: "truncated", res: fakespeech.Resource{Region: "westus", Fault: fakespeech.FaultTruncated}, status: 200, failure: FailTruncated, attempts: 2},
		{name: "oversized", res: fakespeech.Resource{Region: "westus", Fault: fakespeech.FaultOversized}, status: 200, failure: FailTooLarge, attempts: 1},
		{name: "redirect", res: fakespeech.Resource{Region: "westus", Fault: fakespeech.FaultRedirect}, status: 307, failure: FailRedirect, attempts: 1},
		{name: "unknown custom domain", res: fakespeech.Resource{Region: "westus"}, url: "https://nobody-has-this.cognitiveservices.azure.com/sts/v1.0/issueToken", failure: FailDNS, attempts: 1},
		{name: "untrusted certificate", res: fakespeech.Resource{Region: "canadacentral"}, setup: func() { fake.PresentUnknownCA("canadacentral.api.cognitive.microsoft.com") }, failure: FailTLS, attempts: 1},
		{name: "not a Speech host", res: fakespeech.Resource{Region: "westus"}, url: "https://example.com/sts/v1.0/issueToken", failure: FailRefused},
		{name: "plain HTTP", res: fakespeech.Resource{Region: "westus"}, url: "http://westus.api.cognitive.microsoft.com/sts/v1.0/issueToken", failure: FailRefused},
	} {
		t.Run(tc.name, func(t *testing.T) {
			key := newKey(t)
			r := tc.res
			r.Key, r.Cloud = key, "public"
			fake.Add(r)
			if tc.setup != nil {
				tc.setup()
			}
			u := tc.url
			if u == "" {
				u = "https://" + r.Region + ".api.cognitive.microsoft.com/sts/v1.0/issueToken"
			}
			a := client(t, 500*time.Millisecond, 1).Call(context.Background(), http.MethodPost, u, key, TokenBodyLimit)
			if a.Status != tc.status || a.Failure != tc.failure || a.Attempts != tc.attempts {
				t.Errorf("status %d, failure %q, attempts %d (err %v); want %d, %q, %d", a.Status, a.Failure, a.Attempts, a.Err, tc.status, tc.failure, tc.attempts)
			}
		})
	}
}

// A proxy that refuses CONNECT is a proxy failure, not a DNS one.
func TestCallProxyRefusal(t *testing.T) {
	key := newKey(t)
	c := client(t, time.Second, 0)
	// The fake proxy answers 403 to CONNECT on another port than 443.
	a := c.Call(context.Background(), http.MethodPost, "https://westus.api.cognitive.microsoft.com:8443/sts/v1.0/issueToken", key, TokenBodyLimit)
	if a.Failure != FailProxy {
		t.Errorf("failure %q (%v), want %q", a.Failure, a.Err, FailProxy)
	}
}

// A cancelled context stops a call and is not remembered for others.
func TestCallCancelled(t *testing.T) {
	key := newKey(t)
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "westus"})
	c := client(t, time.Second, 0)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	u := "https://westus.api.cognitive.microsoft.com/sts/v1.0/issueToken"
	if a := c.Call(ctx, http.MethodPost, u, key, TokenBodyLimit); a.Failure != FailCanceled {
		t.Errorf("failure %q, want %q", a.Failure, FailCanceled)
	}
	if a := c.Call(context.Background(), http.MethodPost, u, key, TokenBodyLimit); a.Status != 200 {
		t.Errorf("the cancelled call was remembered: %+v", a)
	}
}

func TestIssueToken(t *testing.T) {
	key := newKey(t)
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "westus3", ClaimRegion: "eastus"})
	c := client(t, 5*time.Second, 1)
	res := resolve(t, speech.Input{Region: sp("westus3")})

	tok, r := c.IssueToken(context.Background(), " "+key+"\n", res)
	if !r.Passed || strings.Count(tok.Value, ".") != 2 || tok.IssuedBy != res.Recommended.Token || time.Until(tok.ExpiresAt) > TokenLifetime+time.Minute {
		t.Fatalf("token %+v, result %+v", tok, r)
	}
	var summaries []string
	for _, w := range r.Warnings {
		summaries = append(summaries, w.Summary)
	}
	if got := strings.Join(summaries, "|"); got != "Speech Key Needs Attention|Token Names Another Region" {
		t.Errorf("the token path reports %q; want the key-shape and region warnings the check reports", got)
	}
	// Every call issues a token: nothing is cached.
	if _, r := c.IssueToken(context.Background(), key, res); !r.Passed || fake.TokenCalls(key) != 2 {
		t.Errorf("second token: %+v, token calls %d", r, fake.TokenCalls(key))
	}
	if _, r := c.IssueToken(context.Background(), "0b1f6472-1ef6-4c1d-8f0a-123456789abc", res); r.Passed || r.Summary != "Key Looks Like A GUID" {
		t.Errorf("GUID: %+v", r)
	}
	if _, r := c.IssueToken(context.Background(), newKey(t), res); r.Passed || r.Summary != "Azure Speech Key Rejected" {
		t.Errorf("unknown key: %+v", r)
	}
}

func TestNewClientRejectsABadCA(t *testing.T) {
	if _, err := NewClient(Config{CACertPEM: "not a pem"}, nil); err == nil {
		t.Error("NewClient accepted a CA that is not PEM")
	}
	c, err := NewClient(Config{Timeout: -1, MaxRetries: -1}, nil)
	if err != nil || c.cfg.Timeout != DefaultTimeout || c.cfg.MaxRetries != 0 {
		t.Errorf("defaults: %+v, %v", c, err)
	}
}

// Locate's concurrency follows the catalog: every other region at once.
func TestLocateIsOneRound(t *testing.T) {
	if want := len(speech.Regions("")) - 1; LocateConcurrency < want {
		t.Errorf("LocateConcurrency = %d, below the %d other regions: locate would take more than one round", LocateConcurrency, want)
	}
}
