package keycheck

import (
	"context"
	"errors"
	"io"
	"net/http"
	"testing"
	"time"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/secret"
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

// tokenCall is a token call with a key, through the client's transport.
func tokenCall(ctx context.Context, c *Client, u, key string) Answer {
	return c.do(ctx, call{role: RoleToken, method: http.MethodPost, url: u, key: secret.Inspect(key).Key, limit: TokenBodyLimit, read: func(r io.Reader) error {
		_, err := io.Copy(io.Discard, r)
		return err
	}})
}

// Each fault of the fake service is classified, through the real
// transport (proxy, TLS, retries): the failure, the status, and what
// answered.
func TestCallClassifiesFaults(t *testing.T) {
	fake.SlowDelay = 2 * time.Second
	for _, tc := range []struct {
		name     string
		res      fakespeech.Resource
		url      string // "" for the resource's token endpoint
		setup    func()
		status   int
		failure  Failure
		who      Responder
		msg      AzureMessage
		attempts int
	}{
		{name: "ok", res: fakespeech.Resource{Region: "westus"}, status: 200, who: ResponderAzure, attempts: 1},
		{name: "401", res: fakespeech.Resource{Region: "eastus"}, url: "https://westus.api.cognitive.microsoft.com/sts/v1.0/issueToken", status: 401, who: ResponderAzure, msg: MsgInvalidKey, attempts: 1},
		{name: "401 trickling in", res: fakespeech.Resource{Region: "westus", Fault: fakespeech.FaultTrickle401}, status: 401, who: ResponderAzure, attempts: 1},
		{name: "429 retried", res: fakespeech.Resource{Region: "westus", Fault: fakespeech.Fault429NoRetry}, status: 429, who: ResponderAzure, attempts: 2},
		{name: "503 retried", res: fakespeech.Resource{Region: "westus", Fault: fakespeech.Fault503}, status: 503, who: ResponderAzure, attempts: 2},
		{name: "503 once then ok", res: fakespeech.Resource{Region: "westus", Fault: fakespeech.Fault503, FaultTimes: 1}, status: 200, who: ResponderAzure, attempts: 2},
		{name: "slow", res: fakespeech.Resource{Region: "westus", Fault: fakespeech.FaultSlow}, failure: FailTimeout, attempts: 2},
		{name: "reset", res: fakespeech.Resource{Region: "westus", Fault: fakespeech.FaultReset}, failure: FailConn, attempts: 2},
		{name: "truncated", res: fakespeech.Resource{Region: "westus", Fault: fakespeech.FaultTruncated}, status: 200, failure: FailTruncated, who: ResponderOther, attempts: 2},
		{name: "oversized", res: fakespeech.Resource{Region: "westus", Fault: fakespeech.FaultOversized}, status: 200, failure: FailTooLarge, who: ResponderOther, attempts: 1},
		{name: "redirect", res: fakespeech.Resource{Region: "westus", Fault: fakespeech.FaultRedirect}, status: 307, failure: FailRedirect, who: ResponderOther, attempts: 1},
		{name: "network rules", res: fakespeech.Resource{Region: "westus", Fault: fakespeech.FaultNetworkRules}, status: 403, who: ResponderAzure, msg: MsgNetworkRules, attempts: 1},
		{name: "public access disabled", res: fakespeech.Resource{Region: "westus", Fault: fakespeech.FaultPublicAccess}, status: 403, who: ResponderAzure, msg: MsgPublicAccessDisabled, attempts: 1},
		{name: "an unmarked 403", res: fakespeech.Resource{Region: "westus", Fault: fakespeech.FaultUnmarked403}, status: 403, who: ResponderOther, attempts: 1},
		{name: "a web filter's block page", res: fakespeech.Resource{Region: "koreacentral"}, setup: func() {
			fake.SetHostRule("koreacentral.api.cognitive.microsoft.com", fakespeech.HostRule{BlockPage: 403})
		}, status: 403, who: ResponderOther, attempts: 1},
		{name: "a proxy refusing the tunnel", res: fakespeech.Resource{Region: "japaneast"}, setup: func() {
			fake.SetHostRule("japaneast.api.cognitive.microsoft.com", fakespeech.HostRule{ConnectStatus: 403})
		}, failure: FailProxy, who: ResponderProxy, attempts: 1},
		{name: "unknown custom domain", res: fakespeech.Resource{Region: "westus"}, url: "https://nobody-has-this.cognitiveservices.azure.com/sts/v1.0/issueToken", failure: FailDNS, who: ResponderProxy, attempts: 1},
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
			start := time.Now()
			a := tokenCall(bounded(t, 20*time.Second), client(t, 500*time.Millisecond, 1), u, key)
			if a.Status != tc.status || a.Failure != tc.failure || a.Attempts != tc.attempts || a.Responder != tc.who || a.Message != tc.msg {
				t.Errorf("status %d, failure %q, attempts %d, responder %d, message %d (err %v); want %d, %q, %d, %d, %d",
					a.Status, a.Failure, a.Attempts, a.Responder, a.Message, a.err, tc.status, tc.failure, tc.attempts, tc.who, tc.msg)
			}
			if tc.res.Fault == fakespeech.FaultTrickle401 && time.Since(start) > 3*time.Second {
				t.Errorf("a 401 whose body trickles in took %s: the status line decides", time.Since(start))
			}
		})
	}
}

// Only silence is evidence about a route: a proxy's refusal to connect to
// a blocked China host is met again by the next call (it costs nothing and
// is that call's own fact), and never touches a call to another host.
func TestOnlySilenceIsEvidence(t *testing.T) {
	key := newKey(t)
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "westus2"})
	fake.SetHostRule("*.azure.cn", fakespeech.HostRule{ConnectStatus: 403})
	defer fake.SetHostRule("*.azure.cn", fakespeech.HostRule{})
	c := client(t, time.Second, 0)
	ctx := bounded(t, 20*time.Second)
	china := "https://chinaeast2.api.cognitive.azure.cn/sts/v1.0/issueToken"
	for i := range 2 {
		if a := tokenCall(ctx, c, china, newKey(t)); a.Failure != FailProxy || a.ProxyStatus != 403 || a.Evidence != nil {
			t.Fatalf("China, call %d: %+v", i+1, a)
		}
	}
	if a := tokenCall(ctx, c, "https://westus2.api.cognitive.microsoft.com/sts/v1.0/issueToken", key); !a.OK() {
		t.Errorf("a blocked China host shortened a call to westus2: %+v", a)
	}
}

// A proxy that cannot be reached (restarting, say) is tried again within
// max_retries, named as the proxy, and is no evidence: the next call,
// to any host, tries it again.
func TestProxyDown(t *testing.T) {
	t.Setenv("HTTPS_PROXY", "http://127.0.0.1:9")
	t.Setenv("https_proxy", "http://127.0.0.1:9") // x/net v0.58 prefers the lower-case name
	c := client(t, time.Second, 2)
	ctx := bounded(t, 20*time.Second)
	a := tokenCall(ctx, c, "https://westus.api.cognitive.microsoft.com/sts/v1.0/issueToken", newKey(t))
	if a.Failure != FailProxyDown || a.Proxy != "127.0.0.1:9" || a.Attempts != 3 {
		t.Fatalf("proxy down: %+v", a)
	}
	if b := tokenCall(ctx, c, "https://eastus.api.cognitive.microsoft.com/sts/v1.0/issueToken", newKey(t)); b.Failure != FailProxyDown || b.Attempts != 3 {
		t.Errorf("another host through the dead proxy: %+v", b)
	}
}

// A malformed HTTPS_PROXY, which Go ignores, is noticed.
func TestProxyEnvMalformed(t *testing.T) {
	for v, bad := range map[string]bool{"http://us%zzer:pw@127.0.0.1:3128": true, "%zz": true, "http://127.0.0.1:3128": false, "proxy.corp:3128": false} {
		t.Setenv("HTTPS_PROXY", v)
		t.Setenv("https_proxy", v) // x/net v0.58 prefers the lower-case name
		if got := proxyEnvMalformed(); got != bad {
			t.Errorf("HTTPS_PROXY=%q: malformed %v, want %v", v, got, bad)
		}
	}
}

// A black hole: a proxy that accepts and never answers. The first call
// ends at request_timeout and is evidence; the next is not made.
func TestBlackholeIsEvidence(t *testing.T) {
	key := newKey(t)
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "uksouth"})
	fake.SetHostRule("uksouth.api.cognitive.microsoft.com", fakespeech.HostRule{Blackhole: true})
	defer fake.SetHostRule("uksouth.api.cognitive.microsoft.com", fakespeech.HostRule{})
	c := client(t, 300*time.Millisecond, 3)
	ctx := bounded(t, 20*time.Second)
	u := "https://uksouth.api.cognitive.microsoft.com/sts/v1.0/issueToken"
	if a := tokenCall(ctx, c, u, key); a.Failure != FailTimeout || a.Attempts != 1 {
		t.Errorf("black hole: %+v (a failure before any connection is not retried)", a)
	}
	if a := tokenCall(ctx, c, u, newKey(t)); a.Failure != FailRouteDown || a.Evidence == nil || a.Evidence.Failure != FailTimeout {
		t.Errorf("second call: %+v", a)
	}
	other := newKey(t)
	fake.Add(fakespeech.Resource{Key: other, Cloud: "public", Region: "ukwest"})
	if a := tokenCall(ctx, c, "https://ukwest.api.cognitive.microsoft.com/sts/v1.0/issueToken", other); !a.OK() {
		t.Errorf("a black hole on uksouth shortened a call to ukwest: %+v", a)
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
	if tr := c.token(ctx, u, secret.Inspect(key).Key, true); tr.Failure != FailCanceled {
		t.Errorf("failure %q, want %q", tr.Failure, FailCanceled)
	}
	if tr := c.token(bounded(t, 10*time.Second), u, secret.Inspect(key).Key, true); !tr.OK() {
		t.Errorf("the cancelled call was remembered: %+v", tr.Answer)
	}
}

// A CA setting without a usable certificate is refused with what is wrong
// with it; a block NewClient cannot use beside a good certificate is
// skipped, as crypto/x509 does.
func TestNewClientRejectsABadCA(t *testing.T) {
	if _, err := NewClient(Config{CACertPEM: "not a pem"}, nil); !errors.Is(err, ErrNoPEM) {
		t.Errorf("no PEM block: %v", err)
	}
	keyBlock := "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n"
	badCert := "-----BEGIN CERTIFICATE-----\nMIIBAA==\n-----END CERTIFICATE-----\n"
	for pemText, want := range map[string]CAError{
		keyBlock:           {Block: 1, Type: "PRIVATE KEY"},
		badCert + keyBlock: {Block: 1, Type: "CERTIFICATE"},
		keyBlock + badCert: {Block: 1, Type: "PRIVATE KEY"},
	} {
		_, err := NewClient(Config{CACertPEM: pemText}, nil)
		var ce *CAError
		if !errors.As(err, &ce) || ce.Block != want.Block || ce.Type != want.Type || (want.Type == "CERTIFICATE") != (ce.Err != nil) {
			t.Errorf("%q: %v, want block %d (%s)", pemText, err, want.Block, want.Type)
		}
	}
	if _, err := NewClient(Config{CACertPEM: keyBlock + badCert + string(fake.CAPEM())}, nil); err != nil {
		t.Errorf("a good certificate after unusable blocks: %v", err)
	}
	c, err := NewClient(Config{Timeout: -1, MaxRetries: -1}, nil)
	if err != nil || c.cfg.Timeout != DefaultTimeout || c.cfg.MaxRetries != 0 {
		t.Errorf("defaults: %+v, %v", c, err)
	}
}

// An answer whose retries stopped early at check_timeout is not the call's
// answer: the next check makes the call again.
func TestCutAnswerIsNotRemembered(t *testing.T) {
	key := newKey(t)
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "westus", Fault: fakespeech.Fault429Long, FaultOn: "token"})
	c, err := NewClient(Config{Timeout: 5 * time.Second, MaxRetries: 3, CheckTimeout: 3 * time.Second, CACertPEM: string(fake.CAPEM())}, nil)
	if err != nil {
		t.Fatal(err)
	}
	req := Request{Key: key, Resolution: resolve(t, speech.Input{Region: sp("westus")})}
	for i := 1; i <= 2; i++ {
		if o := c.Check(bounded(t, 30*time.Second), req); !o.Token.Cut || fake.TokenCalls(key) != i {
			t.Errorf("check %d: cut %v, %d token calls, want %d", i, o.Token.Cut, fake.TokenCalls(key), i)
		}
	}
}
