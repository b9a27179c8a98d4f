package keycheck

import (
	"context"
	"io"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// A check's own deadline is not evidence about a route: when check A's
// locate is cut by A's check_timeout, the hosts it was still connecting to
// are not down, and a later check B with a bad key on one of them must
// still reach Azure and fail.
func TestAttack_checkDeadlineIsNotRouteEvidence(t *testing.T) {
	fake.SetHostRule("*.microsoft.com", fakespeech.HostRule{Delay: time.Second})
	defer fake.SetHostRule("*.microsoft.com", fakespeech.HostRule{})
	c, err := NewClient(Config{Timeout: 10 * time.Second, MaxRetries: 0, CheckTimeout: 1500 * time.Millisecond, CACertPEM: string(fake.CAPEM())}, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := bounded(t, 60*time.Second)
	a := c.Check(ctx, Request{Key: newKey(t), Resolution: resolve(t, speech.Input{Region: sp("westus")}), Locate: true})
	if a.Cause != CauseKeyRejected {
		t.Fatalf("check A: %+v", a)
	}
	bad := newKey(t)
	b := c.Check(ctx, Request{Key: bad, Resolution: resolve(t, speech.Input{Region: sp("eastus")})})
	if b.Class != Verdict || b.Cause != CauseKeyRejected {
		t.Errorf("check B (a bad key, eastus reachable in 1 s of its 1.5 s): class %d cause %q failure %q evidence %+v; %d token calls reached eastus",
			b.Class, b.Cause, b.Token.Failure, b.Token.Evidence, fake.TokenCalls(bad))
	}
}

// A caller that joins a shared call gets an answer within its own
// deadline, not the first caller's: the first caller's deadline (or
// cancellation) must not become everyone's answer.
func TestAttack_sharedCallOutlivesItsFirstCaller(t *testing.T) {
	fake.SetHostRule("eastus.api.cognitive.microsoft.com", fakespeech.HostRule{Delay: time.Second})
	defer fake.SetHostRule("eastus.api.cognitive.microsoft.com", fakespeech.HostRule{})
	c := client(t, 10*time.Second, 0)
	bad := newKey(t)
	req := Request{Key: bad, Resolution: resolve(t, speech.Input{Region: sp("eastus")})}
	first, cancel := context.WithTimeout(context.Background(), 400*time.Millisecond)
	defer cancel()
	go c.Check(first, req)
	time.Sleep(100 * time.Millisecond)
	o := c.Check(bounded(t, 30*time.Second), req) // ample time: the answer comes after 1 s
	if o.Class != Verdict || o.Cause != CauseKeyRejected {
		t.Errorf("the second caller got class %d cause %q failure %q (token calls %d): the first caller's deadline decided its check",
			o.Class, o.Cause, o.Token.Failure, fake.TokenCalls(bad))
	}
}

// Azure's own 401 on the voices list judges a bad key when the token host
// cannot be reached: a failure on the token host must not excuse it.
func TestAttack_voicesRefusalJudgesWhenTokenHostBlocked(t *testing.T) {
	defer fake.SetHostRule("westus.api.cognitive.microsoft.com", fakespeech.HostRule{})
	for _, rule := range []fakespeech.HostRule{{ConnectStatus: 403}, {Untrusted: true}, {BlockPage: 403}} {
		fake.SetHostRule("westus.api.cognitive.microsoft.com", rule)
		c := client(t, 5*time.Second, 0)
		bad := newKey(t)
		o := c.Check(bounded(t, 30*time.Second), Request{Key: bad, Resolution: resolve(t, speech.Input{Region: sp("westus")}), Voices: true})
		if o.Voices == nil || o.Voices.Status != 401 || o.Voices.Responder != ResponderAzure {
			t.Fatalf("rule %+v: the voices call did not get Azure's 401: %+v", rule, o.Voices)
		}
		if o.Class != Verdict || o.KeyValid == nil || *o.KeyValid {
			t.Errorf("rule %+v: Azure refused the key on the voices list, yet class %d cause %q key_valid %v", rule, o.Class, o.Cause, o.KeyValid)
		}
	}
}

// Locate names only regions where Azure issued a token: a web filter's 200
// page is not Azure accepting the key.
func TestAttack_locateTrustsOnlyAzureTokens(t *testing.T) {
	fake.SetHostRule("*.azure.cn", fakespeech.HostRule{BlockPage: 200})
	defer fake.SetHostRule("*.azure.cn", fakespeech.HostRule{})
	c := client(t, 5*time.Second, 0)
	o := c.Check(bounded(t, 60*time.Second), Request{Key: newKey(t), Resolution: resolve(t, speech.Input{Region: sp("westus")}), Locate: true})
	if len(o.Located) != 0 || o.Cause == CauseKeyElsewhere {
		t.Errorf("a web filter's 200 page located the key in %v (cause %q)", o.Located, o.Cause)
	}
}

// Locate counts a region as having refused the key only when Azure refused
// it there: a 503, a 429 or Azure's network rules judge nothing.
func TestAttack_locateCountsOnlyRefusals(t *testing.T) {
	for _, f := range []fakespeech.Fault{fakespeech.Fault503, fakespeech.Fault429NoRetry, fakespeech.FaultNetworkRules} {
		key := newKey(t)
		fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "eastus", Fault: f, FaultOn: "token"})
		c := client(t, 5*time.Second, 0)
		o := c.Check(bounded(t, 60*time.Second), Request{Key: key, Resolution: resolve(t, speech.Input{Region: sp("westus")}), Locate: true})
		// Every region but westus (checked first) and eastus (which did
		// not judge) refused the key.
		if want := len(speech.Regions(nil)) - 2; o.LocateRefused != want {
			t.Errorf("fault %s at eastus, the key's region: %d regions said to have answered and refused the key, want %d",
				f, o.LocateRefused, want)
		}
	}
}

// One refused connection to the proxy (a proxy restarting for a moment) is
// not evidence that every host behind it is down for the rest of the plan:
// a later check of a bad key on another host must still reach Azure.
func TestAttack_oneRefusedProxyConnectionExcusesNothingElse(t *testing.T) {
	var lc net.ListenConfig
	ln, err := lc.Listen(t.Context(), "tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	_ = ln.Close() // nothing listens: the next connection is refused
	t.Setenv("HTTPS_PROXY", "http://"+addr)
	t.Setenv("https_proxy", "http://"+addr)
	c := client(t, 5*time.Second, 3)
	ctx := bounded(t, 60*time.Second)
	good := newKey(t)
	fake.Add(fakespeech.Resource{Key: good, Cloud: "public", Region: "westus2"})
	a := c.Check(ctx, Request{Key: good, Resolution: resolve(t, speech.Input{Region: sp("westus2")})})
	if a.Token.Failure != FailProxyDown {
		t.Fatalf("check A: %+v", a.Token)
	}
	// The proxy is back.
	if ln, err = lc.Listen(t.Context(), "tcp", addr); err != nil {
		t.Skip("the port was taken:", err)
	}
	defer func() { _ = ln.Close() }()
	go forward(ln, strings.TrimPrefix(fake.ProxyURL(), "http://"))
	// A bad key on the same host as check A: nothing A met excuses it.
	bad := newKey(t)
	b := c.Check(ctx, Request{Key: bad, Resolution: resolve(t, speech.Input{Region: sp("westus2")})})
	if b.Class != Verdict {
		t.Errorf("check B (a bad key for westus2, the proxy up again): class %d cause %q failure %q; %d token calls reached westus2",
			b.Class, b.Cause, b.Token.Failure, fake.TokenCalls(bad))
	}
}

func forward(ln net.Listener, to string) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		go func() {
			var d net.Dialer
			up, err := d.DialContext(context.Background(), "tcp", to)
			if err != nil {
				_ = c.Close()
				return
			}
			go func() { _, _ = io.Copy(up, c); _ = up.Close() }()
			_, _ = io.Copy(c, up)
			_ = c.Close()
		}()
	}
}
