package keycheck

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

var fake *fakespeech.Service

func TestMain(m *testing.M) {
	var err error
	fake, err = fakespeech.StartForProcess()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	_ = fake.Close()
	os.Exit(code)
}

var keySeq int

func newKey(t *testing.T) string {
	t.Helper()
	keySeq++
	return fmt.Sprintf("%032x", uint64(time.Now().UnixNano())+uint64(keySeq)*7919)[:32]
}

func resolve(t *testing.T, in speech.Input) speech.Resolution {
	t.Helper()
	res, fs := speech.Resolve(in)
	if speech.HasErrors(fs) {
		t.Fatalf("resolve: %+v", fs)
	}
	return res
}

func sp(s string) *string { return &s }

func client(t *testing.T, timeout time.Duration, retries int) *Client {
	t.Helper()
	c, err := NewClient(Config{Timeout: timeout, MaxRetries: retries, CACertPEM: string(fake.CAPEM()), Backoff: 10 * time.Millisecond}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestCheckAcceptedAndShared(t *testing.T) {
	key := newKey(t)
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "japanwest"})
	c := client(t, 5*time.Second, 1)
	req := Request{Key: key, Resolution: resolve(t, speech.Input{Region: sp("japanwest")}), Voices: true}
	done := make(chan Result, 50)
	for i := 0; i < 50; i++ {
		go func() { done <- c.Check(context.Background(), req) }()
	}
	for i := 0; i < 50; i++ {
		r := <-done
		if !r.Passed || r.KeyValid == nil || !*r.KeyValid || r.TokenStatus != 200 || r.VoicesStatus != 200 || r.VoiceCount < 300 {
			t.Fatalf("result %+v", r)
		}
		if r.Claims.ClaimRegion() != "japanwest" || r.Claims.PricingTier() != "S0" {
			t.Errorf("claims %+v", r.Claims)
		}
	}
	if n, v := fake.TokenCalls(key), fake.VoicesCalls(key); n != 1 || v != 1 {
		t.Errorf("50 concurrent checks made %d token and %d voices calls, want 1 and 1", n, v)
	}
}

func TestCheckLocateSeedCase(t *testing.T) {
	key := newKey(t)
	fake.Add(fakespeech.Resource{Key: key, Cloud: "china", Region: "chinaeast2"})
	c := client(t, 5*time.Second, 1)
	r := c.Check(context.Background(), Request{Key: key, Resolution: resolve(t, speech.Input{Region: sp("japanwest"), Cloud: sp("public")}), Voices: true, Locate: true})
	if r.Passed || r.KeyValid == nil || *r.KeyValid || r.TokenStatus != 401 {
		t.Fatalf("result %+v", r)
	}
	if len(r.Located) != 1 || r.Located[0] != "china/chinaeast2" {
		t.Errorf("located %v", r.Located)
	}
	if !strings.Contains(r.Detail, `set cloud = "china" and region = "chinaeast2"`) || strings.Contains(r.Detail, key) {
		t.Errorf("detail %s", r.Detail)
	}
	if n, want := fake.TokenCalls(key), len(speech.Regions("")); n != want {
		t.Errorf("locate made %d token calls, want %d (the configured region, then every other)", n, want)
	}
}

func TestCountVoices(t *testing.T) {
	body, n := fakespeech.VoicesList("westus")
	for _, tc := range []struct {
		body  string
		count int
		ok    bool
	}{
		{string(body), n, true},
		{`[]`, 0, true},
		{` [ {"Name":"a"} , {"Name":"b\"}{,","S":[1,{"x":2}]} ] `, 2, true},
		{`[{"a":1}]`, 1, true},
		{`[1,2]`, 0, false},
		{`["a"]`, 0, false},
		{`[null]`, 0, false},
		{`{"a":[]}`, 0, false},
		{`<html></html>`, 0, false},
		{`[{"a":1}`, 0, false},
		{``, 0, false},
		{`[{"a":1}] [{"b":2}]`, 0, false},
		{`[{"a":1}] x`, 0, false},
	} {
		l, err := readVoices(strings.NewReader(tc.body), VoicesBodyLimit)
		got := 0
		if l != nil {
			got = l.Count
		}
		if ok := err == nil; (ok && got != tc.count) || ok != tc.ok || (!ok && !errors.Is(err, errNotVoices)) {
			t.Errorf("readVoices(%.40q) = %d, %v; want %d, ok=%v", tc.body, got, err, tc.count, tc.ok)
		}
	}
}

// A region outside the Speech table: a token issued there passes; no DNS
// answer while a region of the table answers is a verdict (Speech has no
// endpoint there); no DNS answer anywhere is the network, not a verdict.
func TestCheckRegionOutsideTheTable(t *testing.T) {
	c := client(t, 2*time.Second, 0)
	hosted := newKey(t)
	fake.AddRegion("public", "polandcentral")
	fake.Add(fakespeech.Resource{Key: hosted, Cloud: "public", Region: "polandcentral"})
	r := c.Check(context.Background(), Request{Key: hosted, Resolution: resolve(t, speech.Input{Region: sp("polandcentral")}), Voices: true})
	if !r.Passed || r.TokenStatus != 200 {
		t.Fatalf("a hosted region outside the table: %+v", r)
	}

	key := newKey(t)
	res := resolve(t, speech.Input{Region: sp("marsnorth")})
	r = c.Check(context.Background(), Request{Key: key, Resolution: res})
	if r.Passed || r.Inconclusive() || r.Summary != "No Speech Endpoint In Region" || !strings.Contains(r.Detail, "southafricanorth.api.cognitive.microsoft.com") {
		t.Errorf("no DNS answer in a region outside the table: %+v", r)
	}
	if fake.TokenCalls(key) != 0 {
		t.Error("the key reached a host that does not exist")
	}
	for _, rq := range fake.Requests() {
		if rq.Host == "southafricanorth.api.cognitive.microsoft.com" && rq.Path == "/" && rq.KeyHash != "" {
			t.Error("the DNS comparison sent a key")
		}
	}

	// A custom domain no resource has: the same comparison.
	r = c.Check(context.Background(), Request{Key: key, Resolution: resolve(t, speech.Input{Endpoint: sp("https://nobody-has-this-one.cognitiveservices.azure.us/"), PrivateEndpoint: true})})
	if r.Summary != "Custom Domain Not Found" || r.Inconclusive() {
		t.Errorf("a custom domain that does not exist: %+v", r)
	}

	// The resolver is down: nothing resolves, so nothing is judged.
	fake.SetDNSDown(true)
	defer fake.SetDNSDown(false)
	r = NewCheckClient(t).Check(context.Background(), Request{Key: key, Resolution: resolve(t, speech.Input{Region: sp("marseast")})})
	if !r.Inconclusive() || r.Summary != "Speech Host Not Found" {
		t.Errorf("with the resolver down: %+v", r)
	}
}

// NewCheckClient is a client with a fresh cache.
func NewCheckClient(t *testing.T) *Client { return client(t, 2*time.Second, 0) }

// A list past the limit is refused while streaming, without holding it.
func TestCountVoicesStreamLimit(t *testing.T) {
	body := "[" + strings.Repeat(`{"Name":"x"},`, 1000) + `{"Name":"x"}]`
	if _, err := readVoices(strings.NewReader(body), int64(len(body))-1); !errors.Is(err, errTooLarge) {
		t.Errorf("one byte over the limit: %v", err)
	}
	if l, err := readVoices(strings.NewReader(body), int64(len(body))); err != nil || l.Count != 1001 {
		t.Errorf("at the limit: %+v, %v", l, err)
	}
}
