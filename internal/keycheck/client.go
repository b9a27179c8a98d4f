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
	"net/url"
	"strconv"
	"strings"
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
	// Body limits: a token is a few hundred bytes, the public voices list
	// hundreds of KB.
	TokenBodyLimit  = 16 << 10
	VoicesBodyLimit = 8 << 20
)

// Config are the provider's HTTP settings.
type Config struct {
	Timeout    time.Duration // per attempt
	MaxRetries int
	CACertPEM  string // extra trusted CAs
	// Backoff is the first retry delay without Retry-After; it doubles.
	Backoff time.Duration
}

// Client makes the key check's HTTP calls. One Client serves a provider
// process; its cache makes every distinct (key, URL) call once.
type Client struct {
	cfg   Config
	http  *http.Client
	cache *Cache
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
	if cache == nil {
		cache = NewCache()
	}
	tr, ok := http.DefaultTransport.(*http.Transport)
	if !ok {
		return nil, errors.New("the default HTTP transport is not an *http.Transport")
	}
	tr = tr.Clone()
	tr.Proxy = http.ProxyFromEnvironment
	tlsCfg := &tls.Config{MinVersion: tls.VersionTLS12}
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
	FailRefused   Failure = "refused" // not sent: the URL failed the safety rules
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
	// VoiceCount is the number of voices in a voices list answer, counted
	// once when the answer arrives (-1 when it is not a list of voices);
	// the list itself is then dropped.
	VoiceCount int
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

// CallVoices reads a voices list like Call, and counts the voices once for
// every caller that shares the answer.
func (c *Client) CallVoices(ctx context.Context, rawURL, key string) Answer {
	ck := cacheKey(http.MethodGet, rawURL, key)
	return c.cache.do(ctx, ck, func() Answer {
		a := c.callWithRetries(ctx, http.MethodGet, rawURL, key, VoicesBodyLimit)
		a.VoiceCount = -1
		if a.Status == http.StatusOK && a.Failure == NoFailure {
			if n, ok := countVoices(a.Body); ok {
				a.VoiceCount = n
			}
			a.Body = nil
		}
		return a
	})
}

func cacheKey(method, rawURL, key string) string {
	h := sha256.New()
	_, _ = io.WriteString(h, key)
	return method + " " + rawURL + " " + fmt.Sprintf("%x", h.Sum(nil))
}

func (c *Client) callWithRetries(ctx context.Context, method, rawURL, key string, limit int64) Answer {
	if err := checkURL(rawURL); err != nil {
		return Answer{URL: rawURL, Failure: FailRefused, Err: err}
	}
	// A goroutine-local copy of the logger's fields: terraform-plugin-log
	// masks fields in place, which races when goroutines share a context.
	ctx = tflog.SetField(ctx, "speech_url", rawURL)
	var a Answer
	for attempt := 0; ; attempt++ {
		a = c.once(ctx, method, rawURL, key, limit)
		a.Attempts = attempt + 1
		tflog.Debug(ctx, "key check call", map[string]any{"method": method, "status": a.Status, "failure": string(a.Failure), "attempt": a.Attempts})
		if attempt >= c.cfg.MaxRetries || !retryable(a) {
			return a
		}
		wait := c.cfg.Backoff << attempt
		if d, ok := parseRetryAfter(a.RetryAfter); ok {
			wait = d
		}
		select {
		case <-ctx.Done():
			a.Failure, a.Err = FailCanceled, ctx.Err()
			return a
		case <-time.After(wait):
		}
	}
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
	a := Answer{URL: rawURL}
	ctx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, method, rawURL, http.NoBody)
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
	if err != nil {
		a.Failure, a.Err = classify(ctx, err), err
		return a
	}
	defer func() { _ = resp.Body.Close() }()
	a.Status = resp.StatusCode
	a.RetryAfter = resp.Header.Get("Retry-After")
	if resp.StatusCode >= 300 && resp.StatusCode < 400 {
		a.Failure = FailRedirect
		if u, err := url.Parse(resp.Header.Get("Location")); err == nil {
			a.Location = u.Hostname()
		}
		return a
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	switch {
	case err != nil:
		a.Failure, a.Err = classify(ctx, err), err
		if a.Failure == FailConn {
			a.Failure = FailTruncated
		}
	case int64(len(body)) > limit:
		a.Failure = FailTooLarge
		a.Err = fmt.Errorf("the body is larger than %d bytes", limit)
		body = nil
	}
	a.Body = body
	return a
}

// classify names a transport error.
func classify(ctx context.Context, err error) Failure {
	var dnsErr *net.DNSError
	var proxyErr *ProxyError
	var unknownCA x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	var certErr x509.CertificateInvalidError
	var verifyErr *tls.CertificateVerificationError
	var netErr net.Error
	switch {
	case errors.Is(ctx.Err(), context.Canceled):
		return FailCanceled
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
