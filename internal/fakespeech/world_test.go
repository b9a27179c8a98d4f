package fakespeech

import (
	"crypto/tls"
	"crypto/x509"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A world file's regions, clouds and kinds are read with the provider's
// catalog: any spelling the provider accepts becomes the canonical name;
// anything else is refused with the nearest names.
func TestWorldNamesReadWithTheProvidersCatalog(t *testing.T) {
	t.Parallel()
	ok := []struct {
		name, resource, region, cloud, kind string
	}{
		{"display name", `{"key": "k", "cloud": "public", "region": "Japan West"}`, "japanwest", "public", "SpeechServices"},
		{"upper case, no cloud", `{"key": "k", "region": "CHINAEAST2"}`, "chinaeast2", "china", "SpeechServices"},
		{"cloud alias", `{"key": "k", "cloud": "AzureChinaCloud", "region": "China North 3"}`, "chinanorth3", "china", "SpeechServices"},
		{"words reordered", `{"key": "k", "cloud": "public", "region": "India Central"}`, "centralindia", "public", "SpeechServices"},
		{"kind alias", `{"key": "k", "region": "westus", "kind": "Cognitive Services"}`, "westus", "public", "CognitiveServices"},
		{"declared new region", `{"key": "k", "cloud": "public", "region": "Atlantis North"}], "regions": [{"region": "atlantisnorth"}`,
			"atlantisnorth", "public", "SpeechServices"},
	}
	for _, c := range ok {
		w, err := loadWorldText(t, `{"resources": [`+c.resource+`]}`)
		if err != nil {
			t.Errorf("%s: refused: %v", c.name, err)
			continue
		}
		s, err := Start()
		if err != nil {
			t.Fatal(err)
		}
		s.Apply(w)
		r := s.lookup("k")
		if r.Region != c.region || r.Cloud != c.cloud || r.Kind != c.kind {
			t.Errorf("%s: region %q cloud %q kind %q, want %q %q %q", c.name, r.Region, r.Cloud, r.Kind, c.region, c.cloud, c.kind)
		}
		_ = s.Close()
	}

	refused := []struct {
		name, resource string
		want           []string
	}{
		{"typo", `{"key": "k", "cloud": "public", "region": "japanwset"}`, []string{`region "japanwset"`, "japanwest"}},
		{"not a region", `{"key": "k", "cloud": "public", "region": "Japan Wst"}`, []string{`"Japan Wst"`, "nearest: japanwest"}},
		{"undeclared new region", `{"key": "k", "cloud": "public", "region": "jpnwest"}`, []string{`"jpnwest"`, "nearest: japanwest", "declare it in regions"}},
		{"region of another cloud", `{"key": "k", "cloud": "public", "region": "chinaeast2"}`, []string{"china cloud", `set cloud to "china"`}},
		{"unknown cloud", `{"key": "k", "cloud": "azure", "region": "westus"}`, []string{`cloud "azure"`, "public, usgovernment, china"}},
		{"unknown kind", `{"key": "k", "region": "westus", "kind": "Bing.Speech"}`, []string{`kind "Bing.Speech"`, "SpeechServices, CognitiveServices, AIServices"}},
		{"a key in the region", `{"key": "k", "region": "0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0b"}`, []string{"shape of a Speech key (not shown)"}},
		{"region without Speech", `{"key": "k", "region": "brazilnortheast"}`, []string{`"brazilnortheast"`, "nearest"}},
	}
	for _, c := range refused {
		_, err := loadWorldText(t, `{"resources": [`+c.resource+`]}`)
		if err == nil {
			t.Errorf("%s: accepted", c.name)
			continue
		}
		for _, want := range c.want {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("%s: %q does not say %q", c.name, err, want)
			}
		}
		if strings.Contains(err.Error(), "0a0a0a0a") {
			t.Errorf("%s: %q echoes a key-shaped value", c.name, err)
		}
		if !strings.Contains(err.Error(), "resources[0]") {
			t.Errorf("%s: %q does not name the resource", c.name, err)
		}
	}
}

// The example world loads (its names are the canonical ones already).
func TestEveryOutcomeWorldLoads(t *testing.T) {
	t.Parallel()
	if _, err := LoadWorld("worlds/every-outcome.json"); err != nil {
		t.Fatal(err)
	}
}

// The request log has one line per request: host, path, status, the fault
// played and the key's fingerprint with its resource's name, never the key.
func TestRequestLogNamesEachRequestNeverTheKey(t *testing.T) {
	t.Parallel()
	s, err := Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	var buf syncBuffer
	s.Log = &buf
	const throttled, unknown = "0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e", "9f9f9f9f9f9f9f9f9f9f9f9f9f9f9f9f"
	s.Add(Resource{Name: "throttled", Key: throttled, Cloud: "public", Region: "eastus2", Fault: Fault429, FaultOn: "token"})
	c := clientOf(t, s)
	for _, key := range []string{throttled, unknown} {
		req, _ := http.NewRequestWithContext(t.Context(), http.MethodPost, "https://eastus2.api.cognitive.microsoft.com/sts/v1.0/issueToken", nil)
		req.Header.Set("Ocp-Apim-Subscription-Key", key)
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		_ = resp.Body.Close()
	}
	getAndClose(t, c, "https://nosuchregion.api.cognitive.microsoft.com/")
	log := buf.String()
	for _, want := range []string{
		"POST eastus2.api.cognitive.microsoft.com/sts/v1.0/issueToken 429 fault=429 key=" + KeyFingerprint(throttled) + " (throttled)",
		"POST eastus2.api.cognitive.microsoft.com/sts/v1.0/issueToken 401 key=" + KeyFingerprint(unknown) + " (no resource has it)",
		"CONNECT nosuchregion.api.cognitive.microsoft.com:443 503 no such host",
	} {
		if !strings.Contains(log, want) {
			t.Errorf("the log has no %q:\n%s", want, log)
		}
	}
	for _, key := range []string{throttled, unknown} {
		if strings.Contains(strings.ToLower(log), key[:12]) {
			t.Errorf("the log holds a key:\n%s", log)
		}
	}
	if len(KeyFingerprint(throttled)) != 8 {
		t.Errorf("fingerprint %q is not 8 hex digits", KeyFingerprint(throttled))
	}

	// Off: nothing is written (Log nil is the default).
	quiet, err := Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = quiet.Close() })
	getAndClose(t, clientOf(t, quiet), "https://westus.api.cognitive.microsoft.com/")
	if quiet.Log != nil {
		t.Error("a new service logs by default")
	}
}

func loadWorldText(t *testing.T, body string) (World, error) {
	t.Helper()
	p := filepath.Join(t.TempDir(), "world.json")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return LoadWorld(p)
}

// clientOf is a client that reaches the service as the provider does:
// through its proxy, trusting its CA.
func clientOf(t *testing.T, s *Service) *http.Client {
	t.Helper()
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(s.CAPEM())
	u, _ := url.Parse(s.ProxyURL())
	return &http.Client{Transport: &http.Transport{Proxy: http.ProxyURL(u), TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}}}
}

// getAndClose makes a GET whose outcome the test reads from the log.
func getAndClose(t *testing.T, c *http.Client, u string) {
	t.Helper()
	req, _ := http.NewRequestWithContext(t.Context(), http.MethodGet, u, nil)
	if resp, err := c.Do(req); err == nil {
		_ = resp.Body.Close()
	}
}
