// Package keycheck calls the Speech token and voices endpoints with a key,
// the way an application would, and explains the answers.
package keycheck

import (
	"context"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/url"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// Defaults of the provider settings.
const (
	DefaultTimeout    = 10 * time.Second
	DefaultMaxRetries = 3
	// MaxRetryAfter caps how long a Retry-After header can make us wait.
	MaxRetryAfter = 30 * time.Second
	// DefaultCheckTimeout bounds one whole check: every call, retry,
	// Retry-After wait and locate.
	DefaultCheckTimeout = 30 * time.Second
	// Body limits: a token is a few hundred bytes, the public voices list
	// hundreds of KB (read as a stream, never held whole).
	TokenBodyLimit  = 16 << 10
	VoicesBodyLimit = 8 << 20
	// ErrorBodyLimit is how much of a refusal is kept, redacted: more than
	// a diagnosis quotes, far less than a body can be.
	ErrorBodyLimit = 4 << 10
)

// Config are the provider's HTTP settings.
type Config struct {
	Timeout    time.Duration // per attempt
	MaxRetries int
	// CheckTimeout bounds one check from its first call to its verdict.
	CheckTimeout time.Duration
	CACertPEM    string // extra trusted CAs
	// Backoff is the first retry delay without Retry-After; it doubles.
	Backoff time.Duration
}

// Client makes the key check's HTTP calls. One Client serves a provider
// process; its cache makes every distinct (key, URL) call once.
type Client struct {
	cfg   Config
	http  *http.Client
	cache *Cache
	// netDown is the first network failure (DNS, connect, TLS, proxy, or a
	// time-out before any connection) on a published Speech host: the checks
	// that start after it report it at once instead of each waiting for its
	// own deadline. One Client serves one plan.
	netDown atomic.Pointer[Answer]
}

// NewClient builds a client over a clone of the default transport, so that
// HTTPS_PROXY and NO_PROXY keep working, trusting the system roots plus
// CACertPEM.
func NewClient(cfg Config, cache *Cache) (*Client, error) {
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxRetries < 0 {
		cfg.MaxRetries = 0
	}
	if cfg.Backoff <= 0 {
		cfg.Backoff = 250 * time.Millisecond
	}
	if cfg.CheckTimeout <= 0 {
		cfg.CheckTimeout = DefaultCheckTimeout
	}
	if cache == nil {
		cache = NewCache()
	}
	tr, ok := http.DefaultTransport.(*http.Transport)
	if !ok {
		return nil, errors.New("the default HTTP transport is not an *http.Transport")
	}
	tr = tr.Clone()
	tr.Proxy = http.ProxyFromEnvironment
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
		if !pool.AppendCertsFromPEM([]byte(cfg.CACertPEM)) {
			return nil, errors.New("ca_cert_pem holds no PEM certificate")
		}
		tlsCfg.RootCAs = pool
	}
	tr.TLSClientConfig = tlsCfg
	tr.OnProxyConnectResponse = func(_ context.Context, proxyURL *url.URL, req *http.Request, resp *http.Response) error {
		if resp.StatusCode == http.StatusOK {
			return nil
		}
		return &ProxyError{Proxy: proxyURL.Redacted(), Host: req.URL.Hostname(), Status: resp.StatusCode, SquidError: resp.Header.Get("X-Squid-Error")}
	}
	return &Client{
		cfg:   cfg,
		cache: cache,
		http: &http.Client{
			Transport: tr,
			Timeout:   cfg.Timeout,
			CheckRedirect: func(*http.Request, []*http.Request) error {
				return http.ErrUseLastResponse
			},
		},
	}, nil
}

// ProxyError is a proxy's refusal of a CONNECT.
type ProxyError struct {
	Proxy, Host string
	Status      int
	SquidError  string
}

func (e *ProxyError) Error() string {
	return fmt.Sprintf("proxy %s answered %d to CONNECT %s %s", e.Proxy, e.Status, e.Host, e.SquidError)
}

// DNSFailure reports whether the proxy said the host has no DNS answer.
func (e *ProxyError) DNSFailure() bool { return strings.HasPrefix(e.SquidError, "ERR_DNS_FAIL") }

// Failure classes of an answer that is not an HTTP status.
type Failure string

// The failure classes.
const (
	NoFailure     Failure = ""
	FailDNS       Failure = "dns"
	FailTLS       Failure = "tls"
	FailTimeout   Failure = "timeout"
	FailConn      Failure = "connection"
	FailProxy     Failure = "proxy"
	FailRedirect  Failure = "redirect"
	FailTooLarge  Failure = "too-large"
	FailTruncated Failure = "truncated"
	FailCanceled  Failure = "canceled"
	FailRefused   Failure = "refused"  // not sent: the URL failed the safety rules
	FailDeadline  Failure = "deadline" // the check's check_timeout passed
	FailNetDown   Failure = "network"  // not sent: an earlier call found the network down
)

// Answer is the outcome of one call, after retries.
type Answer struct {
	URL        string
	Status     int // 0 when there was no HTTP answer
	Body       []byte
	RetryAfter string
	Location   string // redirect target host
	Failure    Failure
	Err        error
	Attempts   int
	// Connected is true once a connection to the host (through the proxy,
	// TLS included) was made: a failure after it is the server's, not the
	// network's.
	Connected bool
	// Cut is true when retries stopped because the next attempt would
	// start after check_timeout.
	Cut bool
	// VoiceCount is the number of voices in a voices list answer, read
	// from the stream as it arrives (-1 when it is not a list of voices);
	// the body itself is never held.
	VoiceCount int
	// Voices is what the answer keeps of a voices list: its documented
	// fields, shared by every check and data source that asks.
	Voices *VoiceList
}

// Host is the URL's host name.
func (a Answer) Host() string {
	if u, err := url.Parse(a.URL); err == nil {
		return u.Hostname()
	}
	return ""
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
	return fmt.Errorf("refusing to send a key to %s://%s: only HTTPS to Azure Speech hosts is allowed", u.Scheme, host)
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Call makes one call with the key, shared with every other caller of the
// same (method, key, URL) in this process, retrying 429, 5xx and transient
// network failures.
func (c *Client) Call(ctx context.Context, method, rawURL, key string, limit int64) Answer {
	ck := cacheKey(method, rawURL, key)
	return c.cache.do(ctx, ck, func() Answer { return c.callWithRetries(ctx, method, rawURL, key, limit) })
}

// CallVoices reads a voices list like Call, counting the voices from the
// stream once for every caller that shares the answer.
func (c *Client) CallVoices(ctx context.Context, rawURL, key string) Answer {
	ck := cacheKey(http.MethodGet, rawURL, key)
	return c.cache.do(ctx, ck, func() Answer { return c.callWithRetries(ctx, http.MethodGet, rawURL, key, VoicesBodyLimit) })
}

func cacheKey(method, rawURL, key string) string {
	h := sha256.New()
	_, _ = io.WriteString(h, key)
	return method + " " + rawURL + " " + fmt.Sprintf("%x", h.Sum(nil))
}

func (c *Client) callWithRetries(ctx context.Context, method, rawURL, key string, limit int64) Answer {
	if err := checkURL(rawURL); err != nil {
		return Answer{URL: rawURL, Failure: FailRefused, Err: err, VoiceCount: -1}
	}
	if down := c.netDown.Load(); down != nil {
		return Answer{URL: rawURL, Failure: FailNetDown, Err: fmt.Errorf("%s: %s", down.Host(), failureWords(*down)), VoiceCount: -1}
	}
	// A goroutine-local copy of the logger's fields: terraform-plugin-log
	// masks fields in place, which races when goroutines share a context.
	ctx = tflog.SetField(ctx, "speech_url", rawURL)
	var a Answer
	for attempt := 0; ; attempt++ {
		a = c.once(ctx, method, rawURL, key, limit)
		a.Attempts = attempt + 1
		tflog.Debug(ctx, "key check call", map[string]any{"method": method, "status": a.Status, "failure": string(a.Failure), "attempt": a.Attempts})
		if networkFailure(a) && publishedHost(rawURL) {
			c.netDown.CompareAndSwap(nil, &a)
		}
		if attempt >= c.cfg.MaxRetries || !retryable(a) {
			return a
		}
		if networkFailure(a) && c.netDown.Load() != nil {
			return a // the network is down: another attempt would only wait again
		}
		wait := c.cfg.Backoff << attempt
		if d, ok := parseRetryAfter(a.RetryAfter); ok {
			wait = d
		}
		if deadline, ok := ctx.Deadline(); ok && time.Now().Add(wait).After(deadline) {
			a.Cut = true // a wait that would pass check_timeout is not started
			return a
		}
		select {
		case <-ctx.Done():
			a.Failure, a.Err = ctxFailure(ctx), ctx.Err()
			return a
		case <-time.After(wait):
		}
	}
}

// networkFailure reports whether an answer failed before any connection
// was made: the network (resolver, firewall, proxy, TLS inspection), not
// the server.
func networkFailure(a Answer) bool {
	if a.Connected {
		return false
	}
	switch a.Failure {
	case FailDNS, FailConn, FailTLS, FailProxy, FailTimeout:
		return true
	}
	return false
}

// publishedHost reports whether a URL's host is a Speech host of a region
// of the table: one that exists, so that failing to reach it is the
// network's doing.
func publishedHost(rawURL string) bool {
	u, err := url.Parse(rawURL)
	if err != nil {
		return false
	}
	h, ok := speech.ParseHost(u.Hostname())
	if !ok || h.Family == speech.FamilyCustomDomain {
		return false
	}
	rg, ok := speech.RegionByName(h.Label)
	return ok && rg.Cloud == h.Cloud.Name
}

// ctxFailure names why a context ended: the check's deadline, or a
// cancellation (the plan was interrupted).
func ctxFailure(ctx context.Context) Failure {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return FailDeadline
	}
	return FailCanceled
}

func retryable(a Answer) bool {
	switch {
	case a.Status == http.StatusTooManyRequests, a.Status >= 500:
		return true
	case a.Failure == FailTimeout, a.Failure == FailConn, a.Failure == FailTruncated:
		return true
	}
	return false
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

func (c *Client) once(ctx context.Context, method, rawURL, key string, limit int64) Answer {
	a := Answer{URL: rawURL, VoiceCount: -1}
	actx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()
	var connected atomic.Bool
	actx = httptrace.WithClientTrace(actx, &httptrace.ClientTrace{GotConn: func(httptrace.GotConnInfo) { connected.Store(true) }})
	req, err := http.NewRequestWithContext(actx, method, rawURL, http.NoBody)
	if err != nil {
		a.Failure, a.Err = FailRefused, err
		return a
	}
	if key != "" {
		req.Header.Set("Ocp-Apim-Subscription-Key", key)
	}
	req.Header.Set("User-Agent", "terraform-provider-speechendpoints")
	if method == http.MethodPost {
		req.ContentLength = 0
		req.Header.Set("Content-Length", "0")
	}
	resp, err := c.http.Do(req)
	a.Connected = connected.Load()
	if err != nil {
		a.Failure, a.Err = classify(ctx, actx, err), err
		return a
	}
	defer func() { _ = resp.Body.Close() }()
	a.Status = resp.StatusCode
	a.RetryAfter = resp.Header.Get("Retry-After")
	readFailed := func(err error) {
		a.Failure, a.Err = classify(ctx, actx, err), err
		if a.Failure == FailConn {
			a.Failure = FailTruncated
		}
	}
	switch {
	case resp.StatusCode >= 300 && resp.StatusCode < 400:
		a.Failure = FailRedirect
		if u, err := url.Parse(resp.Header.Get("Location")); err == nil {
			a.Location = u.Hostname()
		}
	case resp.StatusCode != http.StatusOK:
		// A refusal: keep a few KiB, redacted before anything else reads
		// them. The margin lets redaction see a key that straddles the cut.
		body, err := io.ReadAll(io.LimitReader(resp.Body, ErrorBodyLimit+256))
		if err != nil {
			readFailed(err)
		}
		a.Body = []byte(cutBytes(Redact(strings.ToValidUTF8(string(body), "\uFFFD"), key), ErrorBodyLimit))
	case strings.HasSuffix(strings.ToLower(req.URL.Path), "/voices/list"):
		list, err := readVoices(resp.Body, limit)
		switch {
		case errors.Is(err, errTooLarge):
			a.Failure, a.Err = FailTooLarge, fmt.Errorf("the body is larger than %d bytes", limit)
		case errors.Is(err, errNotVoices):
			a.VoiceCount = -1
		case err != nil:
			readFailed(err)
		default:
			a.VoiceCount, a.Voices = list.Count, list
		}
	default:
		body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
		switch {
		case err != nil:
			readFailed(err)
		case int64(len(body)) > limit:
			a.Failure, a.Err = FailTooLarge, fmt.Errorf("the body is larger than %d bytes", limit)
		default:
			a.Body = body
		}
	}
	return a
}

// classify names a transport error: ctx is the check's, actx the attempt's.
func classify(ctx, actx context.Context, err error) Failure {
	var dnsErr *net.DNSError
	var proxyErr *ProxyError
	var unknownCA x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	var certErr x509.CertificateInvalidError
	var verifyErr *tls.CertificateVerificationError
	var netErr net.Error
	switch {
	case ctx.Err() != nil:
		return ctxFailure(ctx)
	case actx.Err() != nil && errors.Is(err, context.DeadlineExceeded):
		return FailTimeout
	case errors.As(err, &proxyErr) && proxyErr.DNSFailure(), errors.As(err, &dnsErr):
		return FailDNS
	case errors.As(err, &proxyErr):
		return FailProxy
	case errors.As(err, &unknownCA), errors.As(err, &hostErr), errors.As(err, &certErr), errors.As(err, &verifyErr):
		return FailTLS
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &netErr) && netErr.Timeout():
		return FailTimeout
	case errors.Is(err, io.ErrUnexpectedEOF):
		return FailTruncated
	}
	return FailConn
}

// dnsControl tells a DNS failure that is a verdict from one that is the
// network's. When the token host of a region outside the Speech table, or
// of a custom domain, has no DNS answer, it asks the API host of a Speech
// region of the table in the same cloud, without the key: if that host
// answers, this network resolves Azure's names, so the first host does not
// exist. It returns nil when no comparison applies. The answer is shared
// like any call.
func (c *Client) dnsControl(ctx context.Context, res speech.Resolution, token Answer) *Answer {
	if token.Failure != FailDNS || (!res.UsesCustomDomain() && (res.Region == nil || res.Region.Listed)) {
		return nil
	}
	table := speech.Regions(res.Cloud.Name)
	if len(table) == 0 {
		return nil
	}
	u := "https://" + res.Cloud.HostName(speech.FamilyAPI, table[0].Name) + "/"
	a := c.cache.do(ctx, cacheKey(http.MethodGet, u, ""), func() Answer {
		if err := checkURL(u); err != nil {
			return Answer{URL: u, Failure: FailRefused, Err: err}
		}
		a := c.once(ctx, http.MethodGet, u, "", TokenBodyLimit)
		a.Body = nil
		return a
	})
	return &a
}

// resolved reports whether an answer shows that its host's name resolved:
// an HTTP answer, or a failure after the name was found.
func (a Answer) resolved() bool {
	switch a.Failure {
	case NoFailure, FailRedirect, FailTooLarge, FailTruncated, FailTLS:
		return true
	}
	return false
}

// failureWords says in a few words what kind of failure an answer is.
func failureWords(a Answer) string {
	switch a.Failure {
	case FailDNS:
		return "no DNS answer"
	case FailTLS:
		return "a certificate this machine does not trust"
	case FailProxy:
		return "the proxy refused the connection"
	case FailTimeout:
		return "no connection within request_timeout"
	case FailConn:
		return "the connection failed (" + rootCause(a.Err) + ")"
	}
	return string(a.Failure)
}
