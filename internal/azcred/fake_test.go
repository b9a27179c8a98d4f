package azcred

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net/http"
	"net/url"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"golang.org/x/net/http/httpproxy"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
)

// The fake Azure's example world (internal/fakespeech/worlds/keyless.json).
const (
	fwTenant  = "72f988bf-86f1-41af-91ab-2d7cd011db47"
	fwPlanSP  = "c0000000-0000-4000-8000-000000000001"
	fwSecret  = "fake-secret-plan-sp"
	fwChinaT  = "33333333-3333-4333-8333-333333333333"
	fwChinaSP = "c3000000-0000-4000-8000-000000000001"
	fwVoices  = "https://contoso-keyless.cognitiveservices.azure.com/tts/cognitiveservices/voices/list"
)

// fakeAzure starts the fake Azure with the keyless world and an HTTP
// client that reaches it as the provider does (through its proxy, trusting
// its CA): the real authority hosts, no Cloud override.
func fakeAzure(t *testing.T) (*fakespeech.Service, *http.Client) {
	t.Helper()
	s, err := fakespeech.Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	w, err := fakespeech.LoadWorld(filepath.Join("..", "fakespeech", "worlds", "keyless.json"))
	if err != nil {
		t.Fatal(err)
	}
	s.Apply(w)
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(s.CAPEM())
	proxy := (&httpproxy.Config{HTTPSProxy: s.ProxyURL()}).ProxyFunc()
	tr := &http.Transport{Proxy: func(r *http.Request) (*url.URL, error) { return proxy(r.URL) },
		TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}}
	t.Cleanup(tr.CloseIdleConnections)
	return s, &http.Client{Transport: tr, Timeout: 20 * time.Second}
}

func envOf(m map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
}

// speechStatus calls the keyless resource's voices list with a token.
func speechStatus(t *testing.T, c *http.Client, u, token string) int {
	t.Helper()
	req, err := http.NewRequestWithContext(context.Background(), http.MethodGet, u, http.NoBody)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	_ = resp.Body.Close()
	return resp.StatusCode
}

// ARM_* variables sign a service principal in at the public authority; its
// token opens the keyless resource; 20 concurrent callers sharing a cache
// make one token request to Entra.
func TestFakeEntraClientSecretFromEnv(t *testing.T) {
	s, hc := fakeAzure(t)
	cache := NewCache()
	env := envOf(map[string]string{"ARM_TENANT_ID": fwTenant, "ARM_CLIENT_ID": fwPlanSP, "ARM_CLIENT_SECRET": fwSecret,
		"ARM_USE_CLI": "false"})
	var wg sync.WaitGroup
	tokens := make([]string, 20)
	for i := range tokens {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := New(Settings{}, Options{Transport: hc, Getenv: env, Cache: cache})
			if err != nil {
				t.Error(err)
				return
			}
			tok, err := c.GetToken(context.Background(), policy.TokenRequestOptions{Scopes: []string{scope}})
			if err != nil {
				t.Error(err)
				return
			}
			tokens[i] = tok.Token
		}()
	}
	wg.Wait()
	if n := s.EntraTokenCalls(); n != 1 {
		t.Errorf("%d token requests reached Entra, want 1", n)
	}
	if st := speechStatus(t, hc, fwVoices, tokens[0]); st != http.StatusOK {
		t.Errorf("the keyless resource answered %d to the token", st)
	}
}

// A wrong secret is refused with Entra's code, and the secret stays out of
// every text.
func TestFakeEntraWrongSecret(t *testing.T) {
	_, hc := fakeAzure(t)
	wrong := "not-the-secret-of-plan-sp-0123456789"
	c, err := New(Settings{TenantID: fwTenant, ClientID: fwPlanSP, ClientSecret: wrong, UseCLI: off()},
		Options{Transport: hc, Getenv: envOf(nil)})
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.GetToken(context.Background(), policy.TokenRequestOptions{Scopes: []string{scope}})
	var ae *AuthError
	if !errors.As(err, &ae) || ae.Attempt.Kind != KindClientSecret || len(ae.Attempt.Codes) == 0 ||
		ae.Attempt.Codes[0] != "AADSTS7000215" {
		t.Fatalf("err %v", err)
	}
	assertNoSecret(t, errorTexts(c, err), wrong)
}

// App Service's managed identity endpoint, as azidentity finds it from
// IDENTITY_ENDPOINT and IDENTITY_HEADER: the system-assigned identity's
// token opens the keyless resource.
func TestFakeManagedIdentity(t *testing.T) {
	s, hc := fakeAzure(t)
	mi, err := s.ManagedIdentityEnv()
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range mi {
		t.Setenv(k, v)
	}
	c, err := New(Settings{UseMSI: on(), UseCLI: off()}, Options{Transport: hc, Getenv: envOf(nil)})
	if err != nil {
		t.Fatal(err)
	}
	tok, err := c.GetToken(context.Background(), policy.TokenRequestOptions{Scopes: []string{scope}})
	if err != nil {
		t.Fatal(err)
	}
	if r := reasons(c.Tried()); r[KindManagedIdentity] != ReasonUsed {
		t.Errorf("tried %v", r)
	}
	if st := speechStatus(t, hc, fwVoices, tok.Token); st != http.StatusOK {
		t.Errorf("the keyless resource answered %d to the managed identity's token", st)
	}
}

// environment = "china" signs in at login.chinacloudapi.cn with the China
// scope, and the token opens the China resource; the public scope is
// refused there (AADSTS500011).
func TestFakeEntraChina(t *testing.T) {
	s, hc := fakeAzure(t)
	c, err := New(Settings{TenantID: fwChinaT, ClientID: fwChinaSP, ClientSecret: "fake-secret-china-sp",
		Environment: "china", UseCLI: off()}, Options{Transport: hc, Getenv: envOf(nil)})
	if err != nil {
		t.Fatal(err)
	}
	tok, err := c.GetToken(context.Background(),
		policy.TokenRequestOptions{Scopes: []string{"https://cognitiveservices.azure.cn/.default"}})
	if err != nil {
		t.Fatal(err)
	}
	sawChina := false
	for _, r := range s.Requests() {
		sawChina = sawChina || r.Host == "login.chinacloudapi.cn"
	}
	if !sawChina {
		t.Error("no request reached login.chinacloudapi.cn")
	}
	u := "https://contoso-cn.cognitiveservices.azure.cn/tts/cognitiveservices/voices/list"
	if st := speechStatus(t, hc, u, tok.Token); st != http.StatusOK {
		t.Errorf("the China resource answered %d", st)
	}
	_, err = c.GetToken(context.Background(), policy.TokenRequestOptions{Scopes: []string{scope}})
	var ae *AuthError
	if !errors.As(err, &ae) || len(ae.Attempt.Codes) == 0 || ae.Attempt.Codes[0] != "AADSTS500011" {
		t.Errorf("the public scope in China: %v", err)
	}
}

// Nothing configured and no managed identity endpoint: no request reaches
// Entra and every kind says why.
func TestFakeNoCredential(t *testing.T) {
	s, hc := fakeAzure(t)
	t.Setenv("IDENTITY_ENDPOINT", "")
	t.Setenv("MSI_ENDPOINT", "")
	t.Setenv("AZURE_TOKEN_CREDENTIALS", "ManagedIdentityCredential")
	c, err := New(Settings{UseCLI: off()}, Options{Transport: hc, Getenv: envOf(nil)})
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.GetToken(context.Background(), policy.TokenRequestOptions{Scopes: []string{scope}})
	var nc *NoCredentialError
	if !errors.As(err, &nc) {
		t.Fatalf("err %v", err)
	}
	if n := s.EntraTokenCalls(); n != 0 {
		t.Errorf("%d token requests", n)
	}
	r := reasons(nc.Tried)
	if r[KindClientSecret] != ReasonNotConfigured || r[KindManagedIdentity] != ReasonDisabled || r[KindAzureCLI] != ReasonDisabled {
		t.Errorf("tried %v", r)
	}
}
