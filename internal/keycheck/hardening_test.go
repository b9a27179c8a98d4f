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

// noPartOfKey fails when any run of fragmentLen characters of the key, or
// any whole form of it, appears in text, in any case.
func noPartOfKey(t *testing.T, where, text, key string) {
	t.Helper()
	if Redact(text, key) != text {
		t.Errorf("%s holds the key or a part of it: %q", where, text)
	}
}

// A 403 that repeats the key (upper case, hex, base64, and whole across
// byte 300) leaves no part of it in the diagnosis, nor in the answer kept.
func TestEchoedKeyIsRedactedBeforeTheCut(t *testing.T) {
	key := newKey(t)
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "westus", Fault: fakespeech.FaultEchoKey})
	c := client(t, 2*time.Second, 0)
	res := resolve(t, speech.Input{Region: sp("westus")})
	r := c.Check(context.Background(), Request{Key: key, Resolution: res, Voices: true})
	if r.Summary != "Azure Speech Access Forbidden" || !strings.Contains(r.Detail, "[redacted key]") {
		t.Fatalf("result %+v", r)
	}
	noPartOfKey(t, "the diagnosis", r.Detail, key)
	a := c.Call(context.Background(), http.MethodPost, res.Recommended.Token, key, TokenBodyLimit)
	noPartOfKey(t, "the cached answer", string(a.Body), key)
	_, tr := c.IssueToken(context.Background(), key, res)
	noPartOfKey(t, "the token's error", tr.Detail, key)

	// Redaction itself: every encoding, any case, parts of it.
	body := fakespeech.EchoBody(key)
	for _, text := range []string{body, strings.ToUpper(body), body[:300], "…" + key[5:25] + "…"} {
		noPartOfKey(t, "Redact", Redact(text, key), key)
	}
	if got := Redact("nothing secret here", key); got != "nothing secret here" {
		t.Errorf("Redact changed a clean text: %q", got)
	}
}

// Claims that carry the key are dropped; the others keep only their shape.
func TestClaimsCarryingTheKeyAreDropped(t *testing.T) {
	key := "a" + newKey(t)[1:] // starts with a letter: a well-formed region name
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "westus", Fault: fakespeech.FaultClaimsKey})
	r := client(t, 2*time.Second, 0).Check(context.Background(), Request{Key: key, Resolution: resolve(t, speech.Input{Region: sp("westus")})})
	if !r.Passed {
		t.Fatalf("result %+v", r)
	}
	if r.Claims.ClaimRegion() != "" || r.Claims.PricingTier() != "" || r.Claims.ResourceID != "" {
		t.Errorf("claims carrying the key were kept: %+v", r.Claims)
	}
}

// A 200 from the token endpoint whose body is not a token is no success.
func TestEmptyTokenIsNoToken(t *testing.T) {
	key := newKey(t)
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "westus", Fault: fakespeech.FaultEmptyToken})
	c := client(t, 2*time.Second, 0)
	res := resolve(t, speech.Input{Region: sp("westus")})
	if r := c.Check(context.Background(), Request{Key: key, Resolution: res}); r.Passed || !r.Inconclusive() {
		t.Errorf("check: %+v", r)
	}
	if tok, r := c.IssueToken(context.Background(), key, res); r.Passed || tok.Value != "" {
		t.Errorf("token: %+v %+v", tok, r)
	}
}

// The cache keeps answers, not bodies: an 8 MiB refusal leaves a few KiB,
// an 8 MiB voices list leaves a count.
func TestBigBodiesAreNotKept(t *testing.T) {
	c := client(t, 10*time.Second, 0)
	for _, f := range []fakespeech.Fault{fakespeech.FaultBigError, fakespeech.FaultBigVoices, fakespeech.FaultEndless} {
		key := newKey(t)
		fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "eastus", Fault: f, FaultOn: "voices"})
		a := c.CallVoices(context.Background(), "https://eastus.tts.speech.microsoft.com/cognitiveservices/voices/list", key)
		if len(a.Body) > ErrorBodyLimit {
			t.Errorf("%s: the answer keeps %d bytes of body", f, len(a.Body))
		}
		if f == fakespeech.FaultBigVoices && a.VoiceCount < 10000 {
			t.Errorf("%s: counted %d voices (%v)", f, a.VoiceCount, a.Err)
		}
		if f == fakespeech.FaultEndless && a.Failure != FailTooLarge {
			t.Errorf("%s: failure %q (%v)", f, a.Failure, a.Err)
		}
	}
}

// One deadline bounds the whole check: a Retry-After wait that would pass
// it is not started.
func TestCheckTimeoutCutsRetries(t *testing.T) {
	key := newKey(t)
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "westus2", Fault: fakespeech.Fault429Long})
	c, err := NewClient(Config{Timeout: 2 * time.Second, MaxRetries: 3, CheckTimeout: 5 * time.Second, CACertPEM: string(fake.CAPEM())}, nil)
	if err != nil {
		t.Fatal(err)
	}
	r := c.Check(context.Background(), Request{Key: key, Resolution: resolve(t, speech.Input{Region: sp("westus2")}), Voices: true})
	if !r.Inconclusive() || r.Summary != "Azure Speech Throttled" || !strings.Contains(r.Detail, "check_timeout") {
		t.Errorf("result %+v", r)
	}
	if n := fake.TokenCalls(key); n != 1 {
		t.Errorf("%d token calls: a 30 s Retry-After within a 5 s deadline must not be waited", n)
	}
}

// When the network drops everything, the first check finds it, and the
// checks after it report it without calling.
func TestNetworkDownIsReportedOnce(t *testing.T) {
	fake.SetBlackhole(true)
	defer fake.SetBlackhole(false)
	c, err := NewClient(Config{Timeout: 300 * time.Millisecond, MaxRetries: 1, CheckTimeout: 5 * time.Second, CACertPEM: string(fake.CAPEM())}, nil)
	if err != nil {
		t.Fatal(err)
	}
	first := c.Check(context.Background(), Request{Key: newKey(t), Resolution: resolve(t, speech.Input{Region: sp("japaneast")})})
	if !first.Inconclusive() || first.Summary != "Azure Speech Did Not Answer" {
		t.Fatalf("first: %+v", first)
	}
	second := c.Check(context.Background(), Request{Key: newKey(t), Resolution: resolve(t, speech.Input{Region: sp("koreacentral")})})
	if !second.Inconclusive() || second.Summary != "Azure Speech Unreachable" || !strings.Contains(second.Detail, "japaneast.api.cognitive.microsoft.com") {
		t.Errorf("second: %+v", second)
	}
}

// Speech is spoken HTTP/1.1 only, even to a host that offers HTTP/2: no
// debug switch of the HTTP/2 transport can print the key.
func TestHTTP1Only(t *testing.T) {
	key := newKey(t)
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "uksouth"})
	if r := client(t, 2*time.Second, 0).Check(context.Background(), Request{Key: key, Resolution: resolve(t, speech.Input{Region: sp("uksouth")}), Voices: true}); !r.Passed {
		t.Fatalf("result %+v", r)
	}
	h := fakespeech.KeyHash(key)
	for _, rq := range fake.Requests() {
		if rq.KeyHash == h && rq.Proto != "HTTP/1.1" {
			t.Errorf("%s %s went over %s", rq.Method, rq.Path, rq.Proto)
		}
	}
}
