package keycheck

import (
	"net/http"
	"testing"
	"time"
)

// With both spellings set, the upper-case proxy variable wins, as in Go's
// net/http (golang.org/x/net's FromEnvironment reads lower case first).
func TestProxyVariablePrecedence(t *testing.T) {
	t.Setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
	t.Setenv("https_proxy", "http://127.0.0.1:8080")
	t.Setenv("NO_PROXY", "")
	t.Setenv("no_proxy", "")
	c := client(t, time.Second, 0)
	req, err := http.NewRequestWithContext(t.Context(), http.MethodGet, "https://westus.api.cognitive.microsoft.com/", nil)
	if err != nil {
		t.Fatal(err)
	}
	u, err := c.proxy(req)
	if err != nil || u == nil || u.Host != "127.0.0.1:3128" {
		t.Fatalf("proxy %v, %v; want 127.0.0.1:3128", u, err)
	}
}
