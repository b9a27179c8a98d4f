package fakespeech

import (
	"bytes"
	"context"
	"encoding/pem"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// registryHost stands for a host the fake must not answer (the Terraform
// registry, the Go module proxy): the test points it at a loopback server
// with its own certificate.
const registryHost = "example.com"

// In one environment with the fake's variables (HTTPS_PROXY, NO_PROXY,
// SSL_CERT_FILE at the trust bundle), a client process reaches a host that
// is not Azure's through the fake's proxy unchanged, with that host's own
// certificate (trusted through the system roots the bundle kept), and
// reaches Azure's Speech hosts on the fake, trusted through its CA.
func TestFakeEnvironmentKeepsOtherHostsWorking(t *testing.T) {
	if os.Getenv("FAKESPEECH_HELPER_CLIENT") != "" {
		t.Skip("the helper process")
	}
	registry := newRegistry(t)

	// The "system roots" of this machine: the registry's CA. The bundle must
	// keep them.
	dir := t.TempDir()
	systemRoots := filepath.Join(dir, "system-roots.pem")
	writePEM(t, systemRoots, registry.Certificate().Raw)
	t.Setenv("SSL_CERT_FILE", systemRoots)
	t.Setenv("SSL_CERT_DIR", "")

	s, err := Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	var logBuf syncBuffer
	s.Log = &logBuf
	s.Add(Resource{Key: "0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a", Cloud: "public", Region: "westus", Name: "accepted"})
	s.Passthrough = true // with the loopback-only Dial below
	s.Dial = func(ctx context.Context, network, addr string) (net.Conn, error) {
		if addr != registryHost+":443" {
			return nil, fmt.Errorf("the test dials only %s, not %s", registryHost, addr)
		}
		return (&net.Dialer{}).DialContext(ctx, network, registry.Listener.Addr().String())
	}
	bundle, from, err := s.TrustBundle()
	if err != nil || from != systemRoots {
		t.Fatalf("bundle from %q: %v", from, err)
	}
	bundlePath := filepath.Join(dir, "bundle.pem")
	if err := os.WriteFile(bundlePath, bundle, 0o600); err != nil {
		t.Fatal(err)
	}

	cmd := exec.CommandContext(t.Context(), os.Args[0], "-test.run=^TestHelperClient$", "-test.v")
	cmd.Env = append(os.Environ(), "FAKESPEECH_HELPER_CLIENT=1", "HTTPS_PROXY="+s.ProxyURL(), "https_proxy="+s.ProxyURL(),
		"NO_PROXY=", "no_proxy=", "SSL_CERT_FILE="+bundlePath)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("the client process failed: %v\n%s", err, out)
	}
	for _, want := range []string{
		"registry: 200 hello from the registry, certificate of " + registryHost,
		"speech: 401", // a key nobody has: the fake answered, its CA trusted
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("the client process did not print %q:\n%s", want, out)
		}
	}
	log := logBuf.String()
	for _, want := range []string{"CONNECT " + registryHost + ":443 200 tunnelled", "POST westus.api.cognitive.microsoft.com/sts/v1.0/issueToken 401"} {
		if !strings.Contains(log, want) {
			t.Errorf("the request log has no %q:\n%s", want, log)
		}
	}
}

// TestHelperClient is the client process of the test above: it uses only
// Go's defaults (the proxy and roots of its environment).
func TestHelperClient(t *testing.T) {
	if os.Getenv("FAKESPEECH_HELPER_CLIENT") == "" {
		t.Skip("run by TestFakeEnvironmentKeepsOtherHostsWorking")
	}
	req, _ := http.NewRequestWithContext(t.Context(), http.MethodGet, "https://"+registryHost+"/ping", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("registry: %v", err)
	}
	body, _ := io.ReadAll(resp.Body)
	_ = resp.Body.Close()
	fmt.Printf("registry: %d %s, certificate of %s\n", resp.StatusCode, body, resp.TLS.PeerCertificates[0].DNSNames[0])

	req, _ = http.NewRequestWithContext(t.Context(), http.MethodPost, "https://westus.api.cognitive.microsoft.com/sts/v1.0/issueToken", nil)
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("speech: %v", err)
	}
	_ = resp.Body.Close()
	fmt.Printf("speech: %d\n", resp.StatusCode)
}

// A host the fake does not answer, that does not resolve, gets a proxy's
// DNS failure; one that refuses the connection a 502.
func TestPassthroughFailuresAreAProxysAnswers(t *testing.T) {
	t.Parallel()
	s, err := Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	s.Passthrough = true // with the loopback-only Dial below
	s.Dial = func(context.Context, string, string) (net.Conn, error) {
		return nil, &net.DNSError{Err: "no such host", Name: "nowhere.example", IsNotFound: true}
	}
	if got := connectStatus(t, s, "nowhere.example:443"); got != "HTTP/1.1 503 Service Unavailable" {
		t.Errorf("unresolvable host: %q", got)
	}
	s2, err := Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s2.Close() })
	s2.Passthrough = true
	s2.Dial = func(context.Context, string, string) (net.Conn, error) { return nil, fmt.Errorf("connection refused") }
	if got := connectStatus(t, s2, "refuses.example:443"); got != "HTTP/1.1 502 Bad Gateway" {
		t.Errorf("refused host: %q", got)
	}
	// An Azure host nobody has is still the fake's: its DNS failure, not a tunnel.
	if got := connectStatus(t, s2, "nobody-has-this.cognitiveservices.azure.com:443"); got != "HTTP/1.1 503 Service Unavailable" {
		t.Errorf("Azure host: %q", got)
	}
}

func TestNoProxyWithoutAzure(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"":                                  "",
		"*":                                 "",
		"localhost,127.0.0.1,.corp.example": "localhost,127.0.0.1,.corp.example",
		".microsoft.com,registry.internal":  "registry.internal",
		"azure.com, .azure.cn ,*.azure.us":  "",
		"westus.api.cognitive.microsoft.com,10.0.0.0/8": "10.0.0.0/8",
		"login.microsoftonline.com":                     "login.microsoftonline.com",
	} {
		if got := NoProxyWithoutAzure(in); got != want {
			t.Errorf("NoProxyWithoutAzure(%q) = %q, want %q", in, got, want)
		}
	}
}

func connectStatus(t *testing.T, s *Service, target string) string {
	t.Helper()
	c, err := (&net.Dialer{}).DialContext(t.Context(), "tcp", strings.TrimPrefix(s.ProxyURL(), "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = c.Close() }()
	_, _ = fmt.Fprintf(c, "CONNECT %s HTTP/1.1\r\nHost: %s\r\n\r\n", target, target)
	b := make([]byte, 256)
	n, _ := io.ReadAtLeast(c, b, 12)
	line, _, _ := strings.Cut(string(b[:n]), "\r\n")
	return line
}

// newRegistry is an HTTPS server with its own certificate for registryHost.
// (httptest's certificate names example.com and is its own CA.)
func newRegistry(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		_, _ = io.WriteString(w, "hello from the registry")
	}))
	t.Cleanup(srv.Close)
	return srv
}

func writePEM(t *testing.T, path string, der []byte) {
	t.Helper()
	if err := os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// A fake as tests start it (Passthrough unset) dials nothing for a host it
// does not answer, with or without the blackhole or the DNS outage: it
// answers the proxy's DNS failure, so no request leaves loopback.
func TestFakeDialsNothingWithoutPassthrough(t *testing.T) {
	t.Parallel()
	for _, mode := range []string{"plain", "blackhole", "dns down"} {
		t.Run(mode, func(t *testing.T) {
			t.Parallel()
			s, err := Start()
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = s.Close() })
			var mu sync.Mutex
			var dialled []string
			s.Dial = func(_ context.Context, _, addr string) (net.Conn, error) {
				mu.Lock()
				defer mu.Unlock()
				dialled = append(dialled, addr)
				return nil, fmt.Errorf("refused by the test")
			}
			switch mode {
			case "blackhole":
				s.SetBlackhole(true)
			case "dns down":
				s.SetDNSDown(true)
			}
			for _, target := range []string{
				"westus.api.cognitive.microsoft.co:443", // a typo of an Azure host
				"example.invalid:8443",
				"registry.terraform.io:443",
				"20.42.0.1:443",
			} {
				if got := connectStatus(t, s, target); got != "HTTP/1.1 503 Service Unavailable" {
					t.Errorf("CONNECT %s: %q, want the proxy's DNS failure", target, got)
				}
			}
			mu.Lock()
			defer mu.Unlock()
			if len(dialled) > 0 {
				t.Errorf("the fake dialled %q", dialled)
			}
		})
	}
}

// A key given as a host name (swapped variables) is never written in the
// request log: neither in a CONNECT's target nor in a DNS error's text;
// its fingerprint stands for it.
func TestRequestLogHidesKeyShapedHost(t *testing.T) {
	t.Parallel()
	const key = "0123456789abcdef0123456789abcdef"
	for _, passthrough := range []bool{false, true} {
		t.Run(fmt.Sprintf("passthrough=%v", passthrough), func(t *testing.T) {
			t.Parallel()
			s, err := Start()
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = s.Close() })
			var log syncBuffer
			s.Log = &log
			s.Passthrough = passthrough
			s.Dial = func(_ context.Context, _, addr string) (net.Conn, error) {
				host, _, _ := net.SplitHostPort(addr)
				return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
			}
			for _, target := range []string{key + ".cognitiveservices.azure.com:443", key + ".example.invalid:443",
				"westus.api.cognitive.microsoft.com:8" + key} {
				connectStatus(t, s, target)
			}
			deadline := time.Now().Add(5 * time.Second)
			for strings.Count(log.String(), "\n") < 2 && time.Now().Before(deadline) {
				time.Sleep(10 * time.Millisecond)
			}
			out := log.String()
			if strings.Contains(out, key[:12]) || !strings.Contains(out, "key:"+KeyFingerprint(key)) {
				t.Errorf("the request log shows the key, or not its fingerprint:\n%s", out)
			}
		})
	}
}
