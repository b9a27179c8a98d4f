package keycheck

import (
	"encoding/base64"
	"net"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// The key travels in the Ocp-Apim-Subscription-Key header and nowhere
// else: never as ?subscription-key= or any other query, never in a path.
// The fake records each request's target as sent; every request of a check
// (token, voices, locate) carries the key's header and a target without the
// key in any form.
func TestKeyTravelsInTheHeaderOnly(t *testing.T) {
	key := newKey(t)
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "norwayeast"})
	c := client(t, 5*time.Second, 0)
	before := len(fake.Requests())
	o := c.Check(bounded(t, 30*time.Second), Request{Key: key, Resolution: resolve(t, speech.Input{Region: sp("norwayeast")}), Voices: true})
	if !o.Passed() {
		t.Fatalf("check: %+v", o)
	}
	// A rejected key runs locate too: more calls, the same rule.
	wrong := newKey(t)
	c.Check(bounded(t, 60*time.Second), Request{Key: wrong, Resolution: resolve(t, speech.Input{Region: sp("norwayeast")}), Locate: true})

	forms := func(k string) []string {
		return []string{k, strings.ToUpper(k), url.QueryEscape(k), base64.StdEncoding.EncodeToString([]byte(k)),
			base64.RawURLEncoding.EncodeToString([]byte(k)), k[:12], k[20:]}
	}
	seen := map[string]int{}
	for _, r := range fake.Requests()[before:] {
		for _, k := range []string{key, wrong} {
			for _, f := range forms(k) {
				if strings.Contains(strings.ToLower(r.URI), strings.ToLower(f)) || strings.Contains(strings.ToLower(r.Query), strings.ToLower(f)) {
					t.Errorf("%s %s%s carries the key in its target", r.Method, r.Host, r.URI)
				}
			}
			if r.KeyHash == fakespeech.KeyHash(k) {
				seen[k]++
				if r.Query != "" || r.URI != r.Path {
					t.Errorf("%s %s%s: a keyed request with a query", r.Method, r.Host, r.URI)
				}
			}
		}
	}
	// Each check made its calls with the key in the header: the token and
	// the voices list; the token and locate's regions.
	if seen[key] < 2 || seen[wrong] < 10 {
		t.Errorf("requests carrying the key header: %d and %d, want the calls of both checks", seen[key], seen[wrong])
	}
}

// Silence is remembered per route, a proxy and a host: a host silent
// through one proxy is still called through another. Two proxies here: one
// that accepts connections and never answers, and the fake's. Both clients
// share one cache, as two provider configurations of one plan do.
func TestSilenceDoesNotCrossProxies(t *testing.T) {
	ln, err := (&net.ListenConfig{}).Listen(t.Context(), "tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = ln.Close() }()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			defer func() { _ = c.Close() }() // held open, silent, until the test ends
		}
	}()
	key := newKey(t)
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "swedencentral"})
	u := "https://swedencentral.api.cognitive.microsoft.com/sts/v1.0/issueToken"
	cache := NewCache()
	through := func(proxy string) *Client {
		t.Setenv("HTTPS_PROXY", proxy)
		c, err := NewClient(Config{Timeout: 300 * time.Millisecond, MaxRetries: 0, CACertPEM: string(fake.CAPEM())}, cache)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	silent, working := through("http://"+ln.Addr().String()), through(fake.ProxyURL())
	ctx := bounded(t, 20*time.Second)
	if a := tokenCall(ctx, silent, u, key); a.Failure == NoFailure || a.Connected {
		t.Fatalf("through the silent proxy: %+v", a)
	}
	if a := tokenCall(ctx, silent, u, key); a.Failure != FailRouteDown {
		t.Errorf("the silent proxy again: %+v, want the remembered silence", a)
	}
	if a := tokenCall(ctx, working, u, key); !a.OK() {
		t.Errorf("through the other proxy: %+v, want the call made", a)
	}
}
