package keycheck

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hashicorp/terraform-plugin-log/tflog"
	"golang.org/x/net/http/httpproxy"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/secret"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// The defaults of the provider's HTTP settings: NewClient fills a field
// left zero from them, the provider's Configure starts from Defaults, and
// the provider's schema text is formatted from them. Nowhere else.
const (
	DefaultTimeout    = 10 * time.Second
	DefaultMaxRetries = 3
	// DefaultCheckTimeout bounds one whole check: every call, retry,
	// Retry-After wait and locate.
	DefaultCheckTimeout = 30 * time.Second
	// DefaultBackoff is the first retry delay without Retry-After.
	DefaultBackoff = 250 * time.Millisecond
	// MaxRetryAfter caps how long a Retry-After header can make us wait.
	MaxRetryAfter = 30 * time.Second
	// Jitter is how far a backoff delay is moved at random, each way: a
	// delay d waits from d*(1-Jitter) to d*(1+Jitter), so that the
	// checks of one plan do not retry in step.
	Jitter = 0.2
)

// Defaults is the configuration of a provider that sets nothing.
func Defaults() Config {
	return Config{
		Timeout: DefaultTimeout, MaxRetries: DefaultMaxRetries, CheckTimeout: DefaultCheckTimeout, Backoff: DefaultBackoff,
	}
}

// RetryStatuses are the HTTP statuses retried, the list azcore's retry
// policy uses: a request timeout, throttling, and the server errors that
// pass. A 501 (Not Implemented) or 505 (HTTP Version Not Supported)
// answers the same every time and is not retried.
var RetryStatuses = []int{
	http.StatusRequestTimeout,      // 408
	http.StatusTooManyRequests,     // 429
	http.StatusInternalServerError, // 500
	http.StatusBadGateway,          // 502
	http.StatusServiceUnavailable,  // 503
	http.StatusGatewayTimeout,      // 504
}

// Body limits and waits of the transport.
const (
	// Body limits: a token is a few hundred bytes, the public voices list
	// hundreds of KB (read as a stream, never held whole).
	TokenBodyLimit  = 16 << 10
	VoicesBodyLimit = 8 << 20
	// refusalPeek is how much of a refusal's body is read to recognise
	// Azure's message; it is never kept.
	refusalPeek = 4 << 10
	// refusalWait bounds the wait for a refusal's body: the status line
	// and headers decide, a body that trickles in cannot hold the check.
	refusalWait = 2 * time.Second
)

// Config are the provider's HTTP settings.
type Config struct {
	Timeout    time.Duration // per attempt
	MaxRetries int
	// CheckTimeout bounds one check from its first call to its verdict.
	CheckTimeout time.Duration
	CACertPEM    string // extra trusted CAs
	// Backoff is the first retry delay without Retry-After; it doubles,
	// moved by Jitter.
	Backoff time.Duration
	// Random returns a number in [0, 1) for the jitter; nil: math/rand.
	// Tests set it to make delays exact.
	Random func() float64
}

// Client makes the key check's HTTP calls. One Client serves a provider
// process (one plan); its cache makes every distinct (key, URL) call once.
type Client struct {
	cfg   Config
	http  *http.Client
	proxy func(*http.Request) (*url.URL, error)
	cache *Cache
	// ProxyEnvMalformed is set when HTTPS_PROXY (or https_proxy) is set
	// but is not a URL: Go then ignores it and connects directly.
	ProxyEnvMalformed bool
}

// NewClient builds a client over a clone of the default transport, so that
// HTTPS_PROXY and NO_PROXY keep working, trusting the system roots plus
// CACertPEM.
func NewClient(cfg Config, cache *Cache) (*Client, error) {
	def := Defaults()
	if cfg.Timeout <= 0 {
		cfg.Timeout = def.Timeout
	}
	if cfg.MaxRetries < 0 {
		cfg.MaxRetries = 0
	}
	if cfg.Backoff <= 0 {
		cfg.Backoff = def.Backoff
	}
	if cfg.CheckTimeout <= 0 {
		cfg.CheckTimeout = def.CheckTimeout
	}
	if cfg.Random == nil {
		cfg.Random = rand.Float64
	}
	if cache == nil {
		cache = NewCache()
	}
	tr, ok := http.DefaultTransport.(*http.Transport)
	if !ok {
		return nil, errors.New("the default HTTP transport is not an *http.Transport")
	}
	tr = tr.Clone()
	// The proxy settings are read when the provider is configured (Go's own
	// ProxyFromEnvironment reads them once per process).
	// Upper-case names first, as Go's net/http reads them (and
	// proxyEnvMalformed): golang.org/x/net's FromEnvironment reads the
	// lower-case ones first since v0.58 (which azidentity requires).
	proxyFor := (&httpproxy.Config{
		HTTPProxy:  envAny("HTTP_PROXY", "http_proxy"),
		HTTPSProxy: envAny("HTTPS_PROXY", "https_proxy"),
		NoProxy:    envAny("NO_PROXY", "no_proxy"),
		CGI:        os.Getenv("REQUEST_METHOD") != "",
	}).ProxyFunc()
	tr.Proxy = func(r *http.Request) (*url.URL, error) { return proxyFor(r.URL) }
	// HTTP/1.1 only: two small requests gain nothing from HTTP/2, and no
	// debug switch of Go's HTTP/2 transport (GODEBUG=http2debug=2 prints
	// header values) can then print the key.
	tr.ForceAttemptHTTP2 = false
	tr.TLSNextProto = map[string]func(string, *tls.Conn) http.RoundTripper{}
	tlsCfg := &tls.Config{MinVersion: tls.VersionTLS12, NextProtos: []string{"http/1.1"}}
	if strings.TrimSpace(cfg.CACertPEM) != "" {
		pool, err := x509.SystemCertPool()
		if err != nil || pool == nil {
			pool = x509.NewCertPool()
		}
		if err := addCAs(pool, cfg.CACertPEM); err != nil {
			return nil, err
		}
		tlsCfg.RootCAs = pool
	}
	tr.TLSClientConfig = tlsCfg
	tr.OnProxyConnectResponse = func(_ context.Context, proxyURL *url.URL, _ *http.Request, resp *http.Response) error {
		if resp.StatusCode == http.StatusOK {
			return nil
		}
		dns := strings.HasPrefix(resp.Header.Get("X-Squid-Error"), "ERR_DNS_FAIL")
		return &ProxyError{Proxy: proxyURL.Host, Status: resp.StatusCode, DNS: dns}
	}
	return &Client{
		cfg:               cfg,
		cache:             cache,
		proxy:             tr.Proxy,
		ProxyEnvMalformed: proxyEnvMalformed(),
		http: &http.Client{
			Transport: tr,
			Timeout:   cfg.Timeout,
			CheckRedirect: func(*http.Request, []*http.Request) error {
				return http.ErrUseLastResponse
			},
		},
	}, nil
}

// ErrNoPEM is the error of a CA setting that holds no PEM block at all.
var ErrNoPEM = errors.New("no PEM block")

// CAError is the error of a CA setting whose PEM blocks hold no usable
// certificate: Block (counted from 1) is the first block at fault, Type
// its type; Err is x509's error for a CERTIFICATE block it cannot parse
// (nil for a block of another type: a key, say).
type CAError struct {
	Block int
	Type  string
	Err   error
}

func (e *CAError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("PEM block %d (%s) is not a valid certificate: %v", e.Block, e.Type, e.Err)
	}
	return fmt.Sprintf("PEM block %d is a %s, not a CERTIFICATE", e.Block, e.Type)
}

func (e *CAError) Unwrap() error { return e.Err }

// addCAs adds the certificates of text's PEM blocks to pool. As
// x509.CertPool.AppendCertsFromPEM, it skips blocks it cannot use when at
// least one certificate is added; when none is, it says why: no PEM block
// (ErrNoPEM), or the first block at fault (*CAError).
func addCAs(pool *x509.CertPool, text string) error {
	rest := []byte(text)
	var first *CAError
	added := 0
	for n := 1; ; n++ {
		var b *pem.Block
		b, rest = pem.Decode(rest)
		if b == nil {
			break
		}
		if b.Type != "CERTIFICATE" || len(b.Headers) != 0 {
			if first == nil {
				first = &CAError{Block: n, Type: b.Type}
			}
			continue
		}
		cert, err := x509.ParseCertificate(b.Bytes)
		if err != nil {
			if first == nil {
				first = &CAError{Block: n, Type: b.Type, Err: err}
			}
			continue
		}
		pool.AddCert(cert)
		added++
	}
	switch {
	case added > 0:
		return nil
	case first != nil:
		return first
	}
	return ErrNoPEM
}

// envAny is the first of the variables that is set and not empty.
func envAny(names ...string) string {
	for _, n := range names {
		if v := os.Getenv(n); v != "" {
			return v
		}
	}
	return ""
}

// proxyEnvMalformed reports whether the HTTPS proxy variable is set but
// cannot be read as Go reads it (as a URL, or as a host with http://
// before it): Go then ignores it silently.
func proxyEnvMalformed() bool {
	v := os.Getenv("HTTPS_PROXY")
	if v == "" {
		v = os.Getenv("https_proxy")
	}
	if v == "" {
		return false
	}
	if u, err := url.Parse(v); err == nil && u.Scheme != "" && u.Host != "" {
		return false
	}
	_, err := url.Parse("http://" + v)
	return err != nil
}

// checkURL applies the safety rules: HTTPS to a Speech host the catalog
// computes (plain HTTP only to loopback).
func checkURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return err
	}
	host := u.Hostname()
	switch {
	case u.Scheme == "https" && speech.IsSpeechHost(host):
		return nil
	case u.Scheme == "http" && isLoopback(host):
		return nil
	}
	return fmt.Errorf("refusing to send a key to %s://%s", u.Scheme, host)
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// call is one call to make: method, URL, key (zero for none), the limit of
// the body read, and how a 200's body is read (nil: not read).
type call struct {
	// bearer is a Microsoft Entra access token sent as "Authorization:
	// Bearer" ("" for none): the Entra check's calls, never with a key.
	bearer string
	role   Role
	method string
	url    string
	key    secret.Key
	limit  int64
	read   func(io.Reader) error
}

// route is the path a call takes: the proxy (or "direct") and the host.
func (c *Client) route(raw string) (proxy, host string) {
	u, err := url.Parse(raw)
	if err != nil {
		return "", ""
	}
	proxy = "direct"
	if p, err := c.proxy(&http.Request{URL: u}); err == nil && p != nil {
		proxy = p.Host
	}
	return proxy, u.Hostname()
}

// do makes the call, retrying RetryStatuses and transient network failures
// (the proxy restarting included), and records or honours the evidence
// about its route. Only silence is evidence: a host that gave no answer for
// as long as any check may wait for it (evidenceWait) is not called again
// in this plan, on that route. Every other failure is cheap to meet again,
// so each check meets it for itself: a failure one check met never
// decides another's.
func (c *Client) do(ctx context.Context, cl call) Answer {
	if err := checkURL(cl.url); err != nil {
		return Answer{Role: cl.role, URL: cl.url, Failure: FailRefused, err: err}
	}
	proxy, host := c.route(cl.url)
	// A goroutine-local copy of the logger's fields: terraform-plugin-log
	// masks fields in place, which races when goroutines share a context.
	ctx = tflog.SetField(ctx, "speech_url", cl.url)
	var a Answer
	for attempt := 0; ; attempt++ {
		if ev := c.cache.routes.evidence(proxy, host); ev != nil {
			return Answer{Role: cl.role, URL: cl.url, Failure: FailRouteDown, Evidence: ev, Proxy: ev.Proxy, Attempts: attempt}
		}
		start := time.Now()
		a = c.attempt(ctx, cl)
		waited := time.Since(start)
		a.Attempts = attempt + 1
		if proxy != "direct" {
			a.Proxy = proxy
		}
		fields := map[string]any{"method": cl.method, "status": a.Status, "failure": string(a.Failure),
			"attempt": a.Attempts, "waited_ms": waited.Milliseconds()}
		if a.err != nil {
			// Transport errors name hosts and addresses, never headers.
			fields["error"] = a.err.Error()
		}
		tflog.Debug(ctx, "key check call", fields)
		if silent(a) && waited >= c.evidenceWait() {
			c.cache.routes.record(proxy, host, a)
			return a
		}
		if attempt >= c.cfg.MaxRetries || !retryable(a) {
			return a
		}
		wait := c.backoff(attempt)
		if d, ok := parseRetryAfter(a.retryAfter); ok {
			wait = d
		}
		if deadline, ok := ctx.Deadline(); ok && time.Now().Add(wait).After(deadline) {
			a.Cut = true // a wait that would pass check_timeout is not started
			return a
		}
		select {
		case <-ctx.Done():
			a.Failure = ctxFailure(ctx)
			return a
		case <-time.After(wait):
		}
	}
}

// backoff is the wait before retry attempt+1 when the answer gave no
// Retry-After: Backoff doubled attempt times, moved by Jitter at random.
func (c *Client) backoff(attempt int) time.Duration {
	d := float64(c.cfg.Backoff << attempt)
	return time.Duration(d * (1 - Jitter + 2*Jitter*c.cfg.Random()))
}

// evidenceWait is how long a host must have stayed silent for its silence
// to be evidence about its route: nine tenths of the longest wait any one
// attempt of any check gets (request_timeout, or check_timeout when it is
// shorter). An attempt cut short because its own check had used its time
// elsewhere waited less, and is evidence of nothing.
func (c *Client) evidenceWait() time.Duration {
	return min(c.cfg.Timeout, c.cfg.CheckTimeout) * 9 / 10
}

// parseRetryAfter reads seconds or an HTTP date, capped at MaxRetryAfter.
func parseRetryAfter(v string) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	var d time.Duration
	if secs, err := strconv.Atoi(v); err == nil && secs >= 0 {
		d = time.Duration(secs) * time.Second
	} else if t, err := http.ParseTime(v); err == nil {
		d = time.Until(t)
	} else {
		return 0, false
	}
	return min(max(d, 0), MaxRetryAfter), true
}

// attempt makes one attempt of a call.
func (c *Client) attempt(ctx context.Context, cl call) Answer {
	a := Answer{Role: cl.role, URL: cl.url}
	actx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()
	var connected atomic.Bool
	trace := &httptrace.ClientTrace{GotConn: func(httptrace.GotConnInfo) { connected.Store(true) }}
	actx = httptrace.WithClientTrace(actx, trace)
	req, err := http.NewRequestWithContext(actx, cl.method, cl.url, http.NoBody)
	if err != nil {
		a.Failure, a.err = FailRefused, err
		return a
	}
	if !cl.key.IsZero() {
		// The one place the key leaves the process: a header, never a query.
		req.Header.Set("Ocp-Apim-Subscription-Key", cl.key.Reveal())
	}
	req.Header.Set("User-Agent", "terraform-provider-speechendpoints")
	if cl.bearer != "" {
		req.Header.Set("Authorization", "Bearer "+cl.bearer)
	}
	if cl.method == http.MethodPost {
		req.ContentLength = 0
		req.Header.Set("Content-Length", "0")
	}
	resp, err := c.http.Do(req)
	a.Connected = connected.Load()
	if err != nil {
		a.Failure, a.Detail = classifyErr(ctx, actx, err)
		a.err = err
		var pe *ProxyError
		if errors.As(err, &pe) {
			a.ProxyStatus = pe.Status
			a.Responder = ResponderProxy
		}
		return a
	}
	defer func() { _ = resp.Body.Close() }()
	a.Status = resp.StatusCode
	a.retryAfter = resp.Header.Get("Retry-After")
	a.Media = mediaOf(resp.Header.Get("Content-Type"))
	switch {
	case resp.StatusCode >= 300 && resp.StatusCode < 400:
		a.Failure = FailRedirect
		a.Responder, a.Message = azureMarks(resp.Header, nil)
	case resp.StatusCode != http.StatusOK:
		// A refusal: its status and headers decide. A little of the body
		// is read, for a short while, to recognise Azure's message; then
		// it is dropped. A body that trickles in does not change what the
		// status said.
		timer := time.AfterFunc(refusalWait, cancel)
		peek, _ := io.ReadAll(io.LimitReader(resp.Body, refusalPeek))
		timer.Stop()
		a.Responder, a.Message = azureMarks(resp.Header, peek)
	default:
		a.Responder, _ = azureMarks(resp.Header, nil)
		if cl.read == nil {
			return a
		}
		if err := cl.read(&limitedReader{r: resp.Body, n: cl.limit}); err != nil {
			switch {
			case errors.Is(err, errTooLarge):
				a.Failure = FailTooLarge
			default:
				a.Failure, a.Detail = classifyErr(ctx, actx, err)
				if a.Failure == FailConn {
					a.Failure = FailTruncated
				}
			}
			a.err = err
		}
	}
	return a
}

// errTooLarge is the error of a body past its limit.
var errTooLarge = errors.New("the body is larger than the limit")

// limitedReader fails with errTooLarge once more than n bytes are read.
type limitedReader struct {
	r io.Reader
	n int64
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n < 0 {
		return 0, errTooLarge
	}
	if int64(len(p)) > l.n+1 {
		p = p[:l.n+1]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	if l.n < 0 {
		return n, errTooLarge
	}
	return n, err
}

// routes is the evidence each route gave in this plan: the silence of a
// host through a proxy (or directly). A check is shortened only on
// evidence about its own route: a failure on one host never decides
// another's.
type routes struct {
	mu     sync.Mutex
	byHost map[string]*Answer // proxy + " " + host
}

func (r *routes) evidence(proxy, host string) *Answer {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.byHost[proxy+" "+host]
}

// record keeps the first silence of a route.
func (r *routes) record(proxy, host string, a Answer) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.byHost == nil {
		r.byHost = map[string]*Answer{}
	}
	k := proxy + " " + host
	if r.byHost[k] == nil {
		ev := a
		ev.Evidence, ev.err = nil, nil
		r.byHost[k] = &ev
	}
}
