package keycheck

import (
	"strings"
	"testing"
	"time"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

func TestCheckAcceptedAndShared(t *testing.T) {
	key := newKey(t)
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "japanwest"})
	c := client(t, 5*time.Second, 1)
	req := Request{Key: key, Resolution: resolve(t, speech.Input{Region: sp("japanwest")}), Voices: true}
	ctx := bounded(t, 30*time.Second)
	done := make(chan Outcome, 50)
	for i := 0; i < 50; i++ {
		go func() { done <- c.Check(ctx, req) }()
	}
	_, n := fakespeech.VoicesList("japanwest")
	for i := 0; i < 50; i++ {
		o := <-done
		if !o.Passed() || o.KeyValid == nil || !*o.KeyValid || o.Token.Status != 200 || o.Voices == nil || o.Voices.Status != 200 || o.VoiceCount != n {
			t.Fatalf("outcome %+v", o)
		}
		if o.Claims.ClaimRegion() != "japanwest" || o.Claims.PricingTier() != "S0" {
			t.Errorf("claims %+v", o.Claims)
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
	o := c.Check(bounded(t, 60*time.Second), Request{Key: key, Resolution: resolve(t, speech.Input{Region: sp("japanwest"), Cloud: sp("public")}), Voices: true, Locate: true})
	if o.Class != Verdict || o.Cause != CauseKeyElsewhere || o.Token.Status != 401 {
		t.Fatalf("outcome %+v", o)
	}
	if len(o.Located) != 1 || o.Located[0].Name != "chinaeast2" || o.LocateRefused != len(speech.Regions(nil))-2 || len(o.LocateUnreachable) != 0 {
		t.Errorf("located %v, refused %d, unreachable %v", o.Located, o.LocateRefused, o.LocateUnreachable)
	}
	want := speech.Fix{{Setting: speech.SettingCloud, Value: "china"}, {Setting: speech.SettingRegion, Value: "chinaeast2"}}
	if len(o.Fix) != 2 || o.Fix[0] != want[0] || o.Fix[1] != want[1] {
		t.Errorf("fix %+v, want %+v", o.Fix, want)
	}
	if n, want := fake.TokenCalls(key), len(speech.Regions(nil)); n != want {
		t.Errorf("locate made %d token calls, want %d (the configured region, then every other)", n, want)
	}
}

// Locate beside a blocked host never claims calls it did not make: the
// regions it could not reach are named, and the key is still found where
// Azure accepts it.
func TestLocateBesideABlockedCloud(t *testing.T) {
	key := newKey(t)
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "eastus"})
	fake.SetHostRule("*.azure.cn", fakespeech.HostRule{ConnectStatus: 403})
	defer fake.SetHostRule("*.azure.cn", fakespeech.HostRule{})
	c := client(t, 2*time.Second, 0)
	o := c.Check(bounded(t, 60*time.Second), Request{Key: key, Resolution: resolve(t, speech.Input{Region: sp("westus")}), Locate: true})
	if o.Cause != CauseKeyElsewhere || len(o.Located) != 1 || o.Located[0].Name != "eastus" {
		t.Fatalf("outcome %+v", o)
	}
	if len(o.LocateUnreachable) != 3 || o.LocateRefused != len(speech.Regions(nil))-2-3 {
		t.Errorf("refused %d, unreachable %v: the three China regions could not be reached", o.LocateRefused, o.LocateUnreachable)
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
	ctx := bounded(t, 60*time.Second)
	o := c.Check(ctx, Request{Key: hosted, Resolution: resolve(t, speech.Input{Region: sp("polandcentral")}), Voices: true})
	if !o.Passed() {
		t.Fatalf("a hosted region outside the table: %+v", o)
	}

	key := newKey(t)
	o = c.Check(ctx, Request{Key: key, Resolution: resolve(t, speech.Input{Region: sp("marsnorth")})})
	if o.Cause != CauseNoSuchRegion || o.Control == nil || o.Control.Host() != "southafricanorth.api.cognitive.microsoft.com" {
		t.Errorf("no DNS answer in a region outside the table: %+v", o)
	}
	if fake.TokenCalls(key) != 0 {
		t.Error("the key reached a host that does not exist")
	}
	for _, rq := range fake.Requests() {
		if rq.Host == "southafricanorth.api.cognitive.microsoft.com" && rq.Path == "/" && rq.KeyHash != "" {
			t.Error("the DNS comparison sent a key")
		}
	}

	o = c.Check(ctx, Request{Key: key, Resolution: resolve(t, speech.Input{Endpoint: sp("https://nobody-has-this-one.cognitiveservices.azure.us/")})})
	if o.Cause != CauseNoSuchDomain {
		t.Errorf("a custom domain that does not exist: %+v", o)
	}
	// Behind a private endpoint, a private DNS zone without the record
	// answers the same: no verdict.
	o = c.Check(ctx, Request{Key: key, Resolution: resolve(t, speech.Input{Endpoint: sp("https://nobody-has-this-one.cognitiveservices.azure.us/"), PrivateEndpoint: true})})
	if o.Class != Inconclusive || o.KeyValid != nil {
		t.Errorf("no DNS answer behind a private endpoint: %+v", o)
	}

	// The resolver is down: nothing resolves, so nothing is judged.
	fake.SetDNSDown(true)
	defer fake.SetDNSDown(false)
	o = client(t, 2*time.Second, 0).Check(ctx, Request{Key: key, Resolution: resolve(t, speech.Input{Region: sp("marseast")})})
	if o.Class != Inconclusive || o.Cause != CauseNoAnswer || o.Call.Failure != FailDNS {
		t.Errorf("with the resolver down: %+v", o)
	}
}

// A voices data source reads the full list again when the plan kept only
// its names.
func TestFullListReadAgainPastTheBudget(t *testing.T) {
	key := newKey(t)
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "westus3"})
	c := client(t, 5*time.Second, 0)
	c.cache.SetListBudget(1 << 10) // room for names, not for a full list
	ctx := bounded(t, 30*time.Second)
	res := resolve(t, speech.Input{Region: sp("westus3")})
	o := c.Check(ctx, Request{Key: key, Resolution: res, Voices: true, RequireVoices: []string{"en-US-JennyNeural"}})
	if !o.Passed() || o.List == nil {
		t.Fatalf("check: %+v", o)
	}
	if _, kept := o.List.Voices(); kept {
		t.Error("a list over the budget was kept whole")
	}
	full := c.Check(ctx, Request{Key: key, Resolution: res, Voices: true, FullList: true})
	if vs, kept := full.List.Voices(); !kept || len(vs) != full.VoiceCount {
		t.Errorf("the voices data source got %d voices (kept %v) of %d", len(vs), kept, full.VoiceCount)
	}
	if n := fake.VoicesCalls(key); n != 2 {
		t.Errorf("%d voices calls, want 2 (the check, then the full list again)", n)
	}
	// A missing voice with only the hashes kept: the list is read again
	// for its suggestions.
	c.cache.SetListBudget(0)
	other := newKey(t)
	fake.Add(fakespeech.Resource{Key: other, Cloud: "public", Region: "westus3"})
	o = c.Check(ctx, Request{Key: other, Resolution: res, Voices: true, RequireVoices: []string{"en-US-JenyNeural"}})
	if o.Cause != CauseVoicesMissing || len(o.Missing) != 1 || len(o.Missing[0].Names) == 0 || o.Missing[0].Names[0] != "en-US-JennyNeural" {
		t.Errorf("suggestions past the budget: %+v", o.Missing)
	}
}

func TestIssueToken(t *testing.T) {
	key := newKey(t)
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "westus3", ClaimRegion: "eastus"})
	c := client(t, 5*time.Second, 1)
	res := resolve(t, speech.Input{Region: sp("westus3")})
	ctx := bounded(t, 30*time.Second)

	tok, o := c.IssueToken(ctx, " "+key+"\n", res)
	if !o.Passed() || strings.Count(tok.Value, ".") != 2 || tok.IssuedBy != res.Recommended.Token || time.Until(tok.ExpiresAt) > TokenLifetime+time.Minute {
		t.Fatalf("token %+v, outcome %+v", tok, o)
	}
	if len(o.KeyNotes) != 1 || o.KeyNotes[0].Code != speech.CodeKeyTrimmed || len(o.Notes) != 1 || o.Notes[0] != NoteTokenOtherRegion {
		t.Errorf("the token path notes %+v %+v; want the key-shape and region notes the check gives", o.KeyNotes, o.Notes)
	}
	// Every call issues a token: nothing is shared.
	if _, o := c.IssueToken(ctx, key, res); !o.Passed() || fake.TokenCalls(key) != 2 {
		t.Errorf("second token: %+v, token calls %d", o, fake.TokenCalls(key))
	}
	if _, o := c.IssueToken(ctx, "{0b1f6472-1ef6-4c1d-8f0a-123456789abc}", res); o.Cause != CauseKeyNotSendable || o.KeyRefused.Code != speech.CodeKeyGUID {
		t.Errorf("a braced GUID: %+v", o)
	}
	if _, o := c.IssueToken(ctx, newKey(t), res); o.Cause != CauseKeyRejected {
		t.Errorf("unknown key: %+v", o)
	}
}

// A 200 from the token endpoint whose body is not a token is no success.
func TestEmptyTokenIsNoToken(t *testing.T) {
	key := newKey(t)
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "westus", Fault: fakespeech.FaultEmptyToken})
	c := client(t, 2*time.Second, 0)
	res := resolve(t, speech.Input{Region: sp("westus")})
	ctx := bounded(t, 30*time.Second)
	if o := c.Check(ctx, Request{Key: key, Resolution: res}); o.Cause != CauseNotToken {
		t.Errorf("check: %+v", o)
	}
	if tok, o := c.IssueToken(ctx, key, res); o.Passed() || tok.Value != "" {
		t.Errorf("token: %+v %+v", tok, o)
	}
}

// Claims that carry the key are dropped; the others keep only their shape.
func TestClaimsCarryingTheKeyAreDropped(t *testing.T) {
	key := "a" + newKey(t)[1:] // starts with a letter: a well-formed region name
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "westus", Fault: fakespeech.FaultClaimsKey})
	o := client(t, 2*time.Second, 0).Check(bounded(t, 30*time.Second), Request{Key: key, Resolution: resolve(t, speech.Input{Region: sp("westus")})})
	if !o.Passed() {
		t.Fatalf("outcome %+v", o)
	}
	if o.Claims.ClaimRegion() != "" || o.Claims.PricingTier() != "" || o.Claims.ResourceID != "" {
		t.Errorf("claims carrying the key were kept: %+v", o.Claims)
	}
}

// The check's deadline bounds it: an answer slower than check_timeout ends
// the check at check_timeout, whatever request_timeout allows.
func TestCheckTimeoutBoundsTheCheck(t *testing.T) {
	key := newKey(t)
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "northeurope", Fault: fakespeech.FaultSlow})
	fake.SlowDelay = 30 * time.Second
	c, err := NewClient(Config{Timeout: time.Minute, MaxRetries: 3, CheckTimeout: time.Second, CACertPEM: string(fake.CAPEM())}, nil)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	o := c.Check(bounded(t, 30*time.Second), Request{Key: key, Resolution: resolve(t, speech.Input{Region: sp("northeurope")})})
	if o.Cause != CauseNoAnswer || o.Call.Failure != FailDeadline || time.Since(start) > 5*time.Second {
		t.Errorf("outcome %+v after %s", o, time.Since(start))
	}
}
