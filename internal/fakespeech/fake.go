// Package fakespeech stands in for Azure AI Speech in tests and the demo.
// It answers on the real host names through an HTTPS proxy (CONNECT) with a
// test certificate authority, as Microsoft documents Azure's answers:
// status, body bytes and headers. Clients reach it with HTTPS_PROXY and
// trust its CA; nothing in the provider knows it exists.
package fakespeech

import (
	"bufio"
	"context"
	"crypto/sha256"
	"crypto/tls"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// Fault is a misbehaviour the service shows for one resource's calls.
type Fault string

// The fault modes.
const (
	FaultNone         Fault = ""
	Fault429          Fault = "429"                // 429 with Retry-After: 1
	Fault429NoRetry   Fault = "429-no-retry-after" // 429 without Retry-After
	Fault500          Fault = "500"
	Fault502          Fault = "502"
	Fault503          Fault = "503"
	FaultSlow         Fault = "slow"      // answers after SlowDelay
	FaultReset        Fault = "reset"     // resets the connection
	FaultTruncated    Fault = "truncated" // promises more body than it sends
	FaultOversized    Fault = "oversized" // a 50 MB body
	FaultRedirect     Fault = "redirect"  // 307 to another host
	FaultNotJSON      Fault = "not-json"  // voices list that is not JSON
	FaultClaimsRegion Fault = "claims-region"
	// Attacks and resource exhaustion.
	FaultEchoKey    Fault = "echo-key"    // 403 whose body repeats the key: upper case, hex, base64, and raw across byte 300
	FaultClaimsKey  Fault = "claims-key"  // a token whose claims carry the key
	FaultEmptyToken Fault = "empty-token" // 200 with an empty body on the token endpoint
	FaultBigError   Fault = "big-error"   // 403 with an 8 MiB body
	FaultBigVoices  Fault = "big-voices"  // a valid voices list of almost 8 MiB
	FaultEndless    Fault = "endless"     // 200 whose body never ends
	Fault429Long    Fault = "429-long"    // 429 with Retry-After: 30, forever
	// Answers that look like refusals but say nothing of the key.
	FaultNetworkRules  Fault = "network-rules"  // Azure's 403: "Access denied due to Virtual Network/Firewall rules."
	FaultPublicAccess  Fault = "public-access"  // Azure's 403: "Public access is disabled. Please configure private endpoint."
	FaultBadRequest    Fault = "bad-request"    // Azure's 400, as a network-restricted resource answers a token request
	FaultTrickle401    Fault = "trickle-401"    // Azure's 401 whose body arrives a byte a second
	FaultEchoEncodings Fault = "echo-encodings" // a 403 whose body repeats the key in many encodings
	FaultUnmarked403   Fault = "unmarked-403"   // a JSON 403 without Azure's marks (an intermediary)
)

// Resource is one Speech resource the service knows.
type Resource struct {
	Key             string
	Cloud           string // canonical cloud name
	Region          string // region identifier
	Kind            string // ARM kind, default SpeechServices
	Tier            string // pricing tier, default S0
	Subdomain       string // custom subdomain, "" for none
	PrivateEndpoint bool   // reachable only on its custom domain
	// Name is a note for people; the request log names the resource a key
	// belongs to by it.
	Name string

	QuotaExhausted bool // 403 on every call (free tier exhausted)
	// QuotaExhaustedOn "voices": the token is issued, then the voices
	// list answers the quota 403 (the quota ran out between the calls).
	QuotaExhaustedOn string
	Disabled         bool // 403 on every call
	// VoicesStatus, when set, answers the voices list with this status
	// (401 or 403): the key and region are right, the resource's kind,
	// network rules or entitlement are not.
	VoicesStatus int
	// CustomDomainSpeech404 answers speech paths on the custom domain with
	// 404 when the resource has no private endpoint (older docs' behaviour).
	CustomDomainSpeech404 bool

	Fault      Fault
	FaultOn    string // "token", "voices" or "" for both
	FaultTimes int    // the fault shows this many times, then not; 0 for always
	// ClaimRegion overrides the region claim of its tokens.
	ClaimRegion string
	// UniqueVoices, when set, answers the voices list with that many voices
	// whose names are unique to this resource (UniqueVoicesList), as a
	// memory test needs.
	UniqueVoices int
	// Voices, when set, answers the voices list with exactly these voices
	// (VoicesOnly).
	Voices []string

	// Keyless (keyless.go): the resource's Entra tenant and ARM ID, and
	// whether keys are disabled (disableLocalAuth: a key gets 403
	// AuthenticationTypeDisabled). A keyless resource may have no Key.
	Tenant, ResourceID string
	DisableLocalAuth   bool
}

// HostRule is how the network between a client and Azure treats the hosts
// a pattern matches, as a corporate proxy, firewall or web filter would.
type HostRule struct {
	// ConnectStatus, when set, is the proxy's own answer to CONNECT (403,
	// 407, 502...), with an HTML page: the tunnel is refused.
	ConnectStatus int
	// Untrusted presents a certificate from a CA clients do not trust (TLS
	// inspection with an unknown root).
	Untrusted bool
	// Delay holds the answer to CONNECT this long (a slow path).
	Delay time.Duration
	// Blackhole accepts the connection and never answers.
	Blackhole bool
	// BlockPage, when set, answers every request inside the tunnel with this
	// status and an HTML page, without Azure's marks: a TLS-inspecting
	// proxy with a trusted root showing its web filter's page.
	BlockPage int
}

// Request is one request the service received.
type Request struct {
	Method, Host, Path string
	// URI is the request target as sent (path and query), Query its raw
	// query ("" when none): a key must travel in its header only.
	URI, Query string
	Proto      string // "HTTP/1.1" or "HTTP/2.0"
	KeyHash    string // sha256 of the key header, "" when absent
	At         time.Time
}

// Service is the fake Speech service with its proxy.
type Service struct {
	// Latency is added to every answer.
	Latency time.Duration
	// SlowDelay is how long a FaultSlow answer takes.
	SlowDelay time.Duration
	// Log, when set, receives one line per request (see requestlog.go).
	// Set it before the first request.
	Log io.Writer
	// Upstream is the proxy a tunnel to a host the fake does not answer
	// goes through (nil, or a nil URL: direct), as http.Transport's Proxy.
	Upstream func(*url.URL) (*url.URL, error)
	// Dial connects a tunnel to a host the fake does not answer (nil: the
	// network). Tests point names at loopback servers with it.
	Dial func(ctx context.Context, network, addr string) (net.Conn, error)
	// Passthrough, when set, tunnels a CONNECT to a host the fake does not
	// answer to its real destination, through Dial and Upstream
	// (passthrough.go). Unset, as in tests (no request leaves loopback),
	// such a host gets the proxy's DNS failure (503) and nothing is
	// dialled. The speechendpoints-fake command sets it (-passthrough);
	// a test that sets it also sets a loopback-only Dial.
	Passthrough bool

	ca, rogue *authority
	ln        net.Listener
	conns     chan net.Conn
	done      chan struct{}
	srv       *http.Server

	logMu          sync.Mutex
	mu             sync.Mutex
	resources      map[string]*Resource // by key
	faultsShown    map[string]int       // by key+endpoint
	requests       []Request
	unknownCAHosts map[string]bool
	hostRules      map[string]HostRule // by host, or "*." + suffix
	extraHosts     map[string]bool
	extraRegions   map[string]bool // "cloud/region" outside the Speech table
	dnsDown        bool            // no host resolves (a resolver outage)
	blackhole      bool            // the proxy accepts connections and never answers
	closed         bool

	// The fake Entra and ARM (identity.go), made on first use.
	identOnce sync.Once
	ident     *identityState
}

// Start starts the service's proxy on a loopback port.
func Start() (*Service, error) {
	ca, err := newAuthority("speechendpoints fake Speech CA")
	if err != nil {
		return nil, err
	}
	rogue, err := newAuthority("untrusted inspection CA")
	if err != nil {
		return nil, err
	}
	ln, err := (&net.ListenConfig{}).Listen(context.Background(), "tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	s := &Service{
		SlowDelay:      30 * time.Second,
		ca:             ca,
		rogue:          rogue,
		ln:             ln,
		conns:          make(chan net.Conn),
		done:           make(chan struct{}),
		resources:      map[string]*Resource{},
		faultsShown:    map[string]int{},
		unknownCAHosts: map[string]bool{},
		hostRules:      map[string]HostRule{},
		extraHosts:     map[string]bool{},
		extraRegions:   map[string]bool{},
	}
	s.srv = &http.Server{
		Handler:           s.logged(http.HandlerFunc(s.serveSpeech)),
		ReadHeaderTimeout: 10 * time.Second,
		ConnContext: func(ctx context.Context, c net.Conn) context.Context {
			return context.WithValue(ctx, connKey{}, c)
		},
		ErrorLog: nil,
	}
	go func() { _ = s.srv.Serve(&chanListener{s: s}) }()
	go s.acceptProxy()
	return s, nil
}

type connKey struct{}

// ProxyURL is the value for HTTPS_PROXY.
func (s *Service) ProxyURL() string { return "http://" + s.ln.Addr().String() }

// CAPEM is the PEM of the CA that signs the service's certificates.
func (s *Service) CAPEM() []byte { return s.ca.pem }

// Close stops the service.
func (s *Service) Close() error {
	s.mu.Lock()
	if !s.closed {
		close(s.done)
	}
	s.closed = true
	s.mu.Unlock()
	err := s.ln.Close()
	_ = s.srv.Close()
	return err
}

// Add registers resources.
func (s *Service) Add(rs ...Resource) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := range rs {
		r := rs[i]
		if r.Kind == "" {
			r.Kind = "SpeechServices"
		}
		if r.Tier == "" {
			r.Tier = "S0"
		}
		if r.Key == "" {
			// A keyless resource: no header can carry a NUL, so no key finds it.
			r.Key = "\x00" + r.ResourceID
		}
		s.resources[r.Key] = &r
	}
}

// PresentUnknownCA makes the service present, for host, a certificate from a
// CA that clients do not trust (as a TLS-inspecting proxy would).
func (s *Service) PresentUnknownCA(host string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.unknownCAHosts[host] = true
}

// SetHostRule makes the network treat the hosts a pattern matches as the
// rule says: pattern is a host name, or "*." and a suffix
// ("*.azure.cn"). A zero rule removes the pattern's rule.
func (s *Service) SetHostRule(pattern string, r HostRule) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r == (HostRule{}) {
		delete(s.hostRules, strings.ToLower(pattern))
		return
	}
	s.hostRules[strings.ToLower(pattern)] = r
}

// ruleFor is the rule of a host: its own, else the longest matching
// suffix pattern's.
func (s *Service) ruleFor(host string) HostRule {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r, ok := s.hostRules[host]; ok {
		return r
	}
	best, found := "", HostRule{}
	for p, r := range s.hostRules {
		if suffix, ok := strings.CutPrefix(p, "*"); ok && strings.HasSuffix(host, suffix) && len(suffix) > len(best) {
			best, found = suffix, r
		}
	}
	return found
}

// AddRegion makes a region outside the provider's Speech table exist in a
// cloud: its regional hosts resolve (as when Speech opens a new region).
// Other regions outside the table have no DNS answer.
func (s *Service) AddRegion(cloud, region string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.extraRegions[cloud+"/"+region] = true
}

// SetDNSDown makes every host the fake answers fail to resolve (the
// proxy's DNS failure), as when the network's resolver is down; a host it
// does not answer is unchanged (see Passthrough). It affects every client
// of the service: use it only in tests that do not run in parallel with
// others.
func (s *Service) SetDNSDown(down bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dnsDown = down
}

// SetBlackhole makes the proxy accept every connection to a host the fake
// answers and never answer it, as a network that drops packets does; a
// host it does not answer is unchanged (see Passthrough). Like SetDNSDown,
// it affects every client of the service.
func (s *Service) SetBlackhole(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.blackhole = on
}

// AddHost makes an extra host name resolvable (a redirect target, say).
func (s *Service) AddHost(host string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.extraHosts[host] = true
}

// KeyHash is how requests record a key.
func KeyHash(key string) string {
	if key == "" {
		return ""
	}
	h := sha256.Sum256([]byte(key))
	return hex.EncodeToString(h[:])
}

// Requests returns the requests received so far.
func (s *Service) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// Count counts requests carrying key whose path contains pathPart.
func (s *Service) Count(key, pathPart string) int {
	h := KeyHash(key)
	n := 0
	for _, r := range s.Requests() {
		if r.KeyHash == h && strings.Contains(strings.ToLower(r.Path), strings.ToLower(pathPart)) {
			n++
		}
	}
	return n
}

// TokenCalls counts token requests carrying key.
func (s *Service) TokenCalls(key string) int { return s.Count(key, "/sts/v1.0/issuetoken") }

// VoicesCalls counts voices list requests carrying key.
func (s *Service) VoicesCalls(key string) int { return s.Count(key, "/voices/list") }

// SawKeyAt reports whether any request to host carried key.
func (s *Service) SawKeyAt(key, host string) bool {
	h := KeyHash(key)
	for _, r := range s.Requests() {
		if r.KeyHash == h && r.Host == host {
			return true
		}
	}
	return false
}

// hostExists is the service's DNS, through the provider's host-family
// table: every family's hosts for the Speech regions of the table and the
// regions added with AddRegion; the custom-domain, Foundry and OpenAI names
// of registered resources; extra hosts.
func (s *Service) hostExists(host string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.dnsDown {
		return false
	}
	if s.extraHosts[host] {
		return true
	}
	if _, _, ok := identityHost(host); ok {
		return true // the fake Entra and ARM (entra.go, arm.go)
	}
	h, ok := speech.ParseHost(host)
	if !ok {
		return false
	}
	if h.Family.Regional() {
		rg, listed := speech.RegionByName(h.Label)
		return (listed && rg.Cloud == h.Cloud && h.Cloud.HasFamily(h.Family)) ||
			s.extraRegions[h.Cloud.Name+"/"+h.Label]
	}
	for _, r := range s.resources {
		if r.Subdomain == h.Label && r.Cloud == h.Cloud.Name &&
			(h.Family == speech.FamilyCustomDomain || r.Kind == "AIServices" || h.Family == speech.FamilyOpenAI) {
			return true
		}
	}
	return false
}

func (s *Service) acceptProxy() {
	for {
		c, err := s.ln.Accept()
		if err != nil {
			return
		}
		go s.handleProxyConn(c)
	}
}

// handleProxyConn answers one proxy connection: CONNECT to a host the fake
// does not own is tunnelled to its real destination when Passthrough is
// set (passthrough.go), else answered with the proxy's DNS failure;
// CONNECT to a known Azure host on 443 is tunnelled into the fake service
// over TLS; an Azure host nobody has gets the answer a Squid proxy gives
// when DNS has no answer.
func (s *Service) handleProxyConn(c net.Conn) {
	br := bufio.NewReader(c)
	_ = c.SetReadDeadline(time.Now().Add(10 * time.Second))
	req, err := http.ReadRequest(br)
	if err != nil {
		_ = c.Close()
		return
	}
	_ = c.SetReadDeadline(time.Time{})
	if req.Method != http.MethodConnect {
		s.logConnect(req.Method+" "+req.Host, http.StatusMethodNotAllowed, "")
		_, _ = io.WriteString(c, "HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
		_ = c.Close()
		return
	}
	host, port, err := net.SplitHostPort(req.Host)
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	if err == nil && !s.ownsHost(host) {
		if !s.Passthrough {
			s.logConnect(req.Host, http.StatusServiceUnavailable, "not tunnelled: passthrough off")
			_, _ = io.WriteString(c, "HTTP/1.1 503 Service Unavailable\r\nX-Squid-Error: ERR_DNS_FAIL 0\r\n"+
				"Content-Length: 0\r\nConnection: close\r\n\r\n")
			_ = c.Close()
			return
		}
		status, err := s.passthrough(c, br, req.Host)
		note := "tunnelled"
		if err != nil {
			note = "tunnel failed: " + err.Error()
		}
		s.logConnect(req.Host, status, note)
		return
	}
	s.mu.Lock()
	hole := s.blackhole
	s.mu.Unlock()
	if hole {
		// Read and drop until the client gives up or the service stops.
		s.logConnect(req.Host, 0, "blackhole")
		go func() { _, _ = io.Copy(io.Discard, br) }()
		<-s.done
		_ = c.Close()
		return
	}
	if err != nil || port != "443" {
		s.logConnect(req.Host, http.StatusForbidden, "not port 443")
		_, _ = io.WriteString(c, "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
		_ = c.Close()
		return
	}
	rule := s.ruleFor(host)
	if rule.Blackhole {
		s.logConnect(req.Host, 0, "host rule: blackhole")
		go func() { _, _ = io.Copy(io.Discard, br) }()
		<-s.done
		_ = c.Close()
		return
	}
	if rule.Delay > 0 {
		select {
		case <-time.After(rule.Delay):
		case <-s.done:
			_ = c.Close()
			return
		}
	}
	if rule.ConnectStatus != 0 {
		s.logConnect(req.Host, rule.ConnectStatus, "host rule: connect_status")
		page := "<html><body><h1>Access denied</h1><p>The requested site is blocked by your organisation's proxy policy.</p></body></html>"
		_, _ = fmt.Fprintf(
			c,
			"HTTP/1.1 %d %s\r\nContent-Type: text/html\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s",
			rule.ConnectStatus,
			http.StatusText(rule.ConnectStatus),
			len(page),
			page,
		)
		_ = c.Close()
		return
	}
	if !s.hostExists(host) {
		s.logConnect(req.Host, http.StatusServiceUnavailable, "no such host (ERR_DNS_FAIL)")
		_, _ = io.WriteString(
			c,
			"HTTP/1.1 503 Service Unavailable\r\nX-Squid-Error: ERR_DNS_FAIL 0\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
		)
		_ = c.Close()
		return
	}
	if _, err := io.WriteString(c, "HTTP/1.1 200 Connection established\r\n\r\n"); err != nil {
		_ = c.Close()
		return
	}
	s.mu.Lock()
	useRogue := s.unknownCAHosts[host] || rule.Untrusted
	s.mu.Unlock()
	auth := s.ca
	if useRogue {
		s.logConnect(req.Host, http.StatusOK, "certificate from an untrusted CA")
		auth = s.rogue
	}
	tc := tls.Server(&bufConn{Conn: c, r: br}, &tls.Config{
		MinVersion: tls.VersionTLS12,
		// HTTP/2 on offer, as Azure offers it: a client that speaks it
		// would use it.
		NextProtos: []string{"h2", "http/1.1"},
		GetCertificate: func(*tls.ClientHelloInfo) (*tls.Certificate, error) {
			return auth.leaf(host)
		},
	})
	select {
	case s.conns <- tc:
	case <-s.done:
		_ = c.Close()
	}
}

// bufConn reads first what the proxy's reader buffered.
type bufConn struct {
	net.Conn
	r *bufio.Reader
}

func (b *bufConn) Read(p []byte) (int, error) { return b.r.Read(p) }

// chanListener hands the tunnelled TLS connections to the HTTP server.
type chanListener struct{ s *Service }

func (l *chanListener) Accept() (net.Conn, error) {
	select {
	case c := <-l.s.conns:
		return c, nil
	case <-l.s.done:
		return nil, errors.New("fakespeech: closed")
	}
}
func (l *chanListener) Close() error   { return nil }
func (l *chanListener) Addr() net.Addr { return l.s.ln.Addr() }

// String describes the service.
func (s *Service) String() string { return fmt.Sprintf("fake Azure Speech via proxy %s", s.ProxyURL()) }
