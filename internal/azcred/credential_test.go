package azcred

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/cloud"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
)

const (
	tenant   = "11111111-2222-3333-4444-555555555555"
	clientID = "66666666-7777-8888-9999-000000000000"
	secret   = "s3cr3t~Client.Secret_value-XYZ"
	oidcTok  = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOmNvbnRvc28ifQ.c2lnbmF0dXJl"
	scope    = "https://cognitiveservices.azure.com/.default"
	issued   = "eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJjb2dzIn0.aXNzdWVkLXRva2Vu"
)

// entra is a fake Microsoft Entra authority: the OpenID configuration and
// token endpoints the confidential credentials call.
type entra struct {
	srv      *httptest.Server
	tokens   atomic.Int32
	refuse   bool
	lastForm sync.Map // field -> value of the last token request
	delay    time.Duration
}

func newEntra(t *testing.T) *entra {
	t.Helper()
	e := &entra{}
	e.srv = httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		base := e.srv.URL + "/" + tenant
		switch {
		case strings.HasSuffix(r.URL.Path, "/.well-known/openid-configuration"):
			_ = json.NewEncoder(w).Encode(map[string]any{
				"token_endpoint": base + "/oauth2/v2.0/token", "authorization_endpoint": base + "/oauth2/v2.0/authorize",
				"issuer": base + "/v2.0", "tenant_region_scope": "WW",
			})
		case strings.HasSuffix(r.URL.Path, "/oauth2/v2.0/token"):
			e.tokens.Add(1)
			_ = r.ParseForm()
			for k, v := range r.PostForm {
				e.lastForm.Store(k, v[0])
			}
			time.Sleep(e.delay)
			w.Header().Set("Content-Type", "application/json")
			if e.refuse {
				w.WriteHeader(http.StatusUnauthorized)
				// Entra does not echo secrets; this fake does, to prove
				// they are scrubbed.
				_ = json.NewEncoder(w).Encode(map[string]any{"error": "invalid_client",
					"error_description": "AADSTS7000215: Invalid client secret provided: " + r.PostForm.Get("client_secret") +
						r.PostForm.Get("client_assertion"),
					"error_codes": []int{7000215}})
				return
			}
			_ = json.NewEncoder(w).Encode(map[string]any{"token_type": "Bearer", "expires_in": 3600, "access_token": issued})
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(e.srv.Close)
	return e
}

func (e *entra) options(env map[string]string, cache *Cache) Options {
	return Options{
		Transport: e.srv.Client(),
		Getenv:    func(k string) (string, bool) { v, ok := env[k]; return v, ok },
		Cache:     cache,
		Cloud:     &cloud.Configuration{ActiveDirectoryAuthorityHost: e.srv.URL + "/"},
	}
}

func off() *bool { b := false; return &b }
func on() *bool  { b := true; return &b }

// errorTexts collects every text a credential's outcome can show.
func errorTexts(c *Credential, err error) []string {
	out := []string{}
	if err != nil {
		out = append(out, err.Error(), fmt.Sprintf("%+v", err))
	}
	for _, a := range c.Tried() {
		out = append(out, fmt.Sprintf("%+v", a))
	}
	return out
}

// assertNoSecret fails when a text holds a secret or a token.
func assertNoSecret(t *testing.T, texts []string, secrets ...string) {
	t.Helper()
	for _, s := range texts {
		for _, v := range secrets {
			if strings.Contains(s, v) {
				t.Errorf("a secret appears in %q", s)
			}
		}
	}
}

func reasons(tried []Attempt) map[Kind]Reason {
	m := map[Kind]Reason{}
	for _, a := range tried {
		m[a.Kind] = a.Reason
	}
	return m
}

func TestResolve(t *testing.T) {
	env := map[string]string{"ARM_TENANT_ID": "env-tenant", "ARM_CLIENT_ID": "env-client", "ARM_USE_MSI": "true",
		"ARM_CLIENT_SECRET": " env-secret ", "ARM_ENVIRONMENT": "china", "AZURE_FEDERATED_TOKEN_FILE": "/var/run/token"}
	getenv := func(k string) (string, bool) { v, ok := env[k]; return v, ok }
	r := Resolve(Settings{TenantID: " cfg-tenant ", UseMSI: off()}, getenv)
	if r.TenantID != "cfg-tenant" || r.From[FieldTenantID] != "" {
		t.Errorf("configured tenant: %q from %q", r.TenantID, r.From[FieldTenantID])
	}
	if r.ClientID != "env-client" || r.From[FieldClientID] != "ARM_CLIENT_ID" {
		t.Errorf("client ID from the environment: %q from %q", r.ClientID, r.From[FieldClientID])
	}
	if r.ClientSecret != "env-secret" || *r.UseMSI || !*r.UseCLI || *r.UseOIDC {
		t.Errorf("secret %q, use_msi %v (configured false wins), use_cli %v (default true), use_oidc %v",
			r.ClientSecret, *r.UseMSI, *r.UseCLI, *r.UseOIDC)
	}
	if r.OIDCTokenFilePath != "/var/run/token" || r.From[FieldOIDCTokenFilePath] != "AZURE_FEDERATED_TOKEN_FILE" {
		t.Errorf("workload identity token file: %q from %q", r.OIDCTokenFilePath, r.From[FieldOIDCTokenFilePath])
	}
	if r.Environment != "china" {
		t.Errorf("environment %q", r.Environment)
	}
}

func TestConfigErrors(t *testing.T) {
	for _, tt := range []struct {
		name  string
		s     Settings
		env   map[string]string
		field Field
		from  string
	}{
		{"bad boolean variable", Settings{}, map[string]string{"ARM_USE_MSI": "yes please"}, FieldUseMSI, "ARM_USE_MSI"},
		{"unknown environment", Settings{Environment: "mars"}, nil, FieldEnvironment, ""},
		{"unknown environment variable", Settings{}, map[string]string{"ARM_ENVIRONMENT": "german"}, FieldEnvironment, "ARM_ENVIRONMENT"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.s, Options{Getenv: func(k string) (string, bool) { v, ok := tt.env[k]; return v, ok }})
			var ce *ConfigError
			if !errors.As(err, &ce) || ce.Field != tt.field || ce.Env != tt.from {
				t.Fatalf("got %v", err)
			}
			if tt.field == FieldEnvironment && ce.Problem == nil {
				t.Error("no cloud problem")
			}
		})
	}
}

// The environment picks the authority of its cloud (azcore's hosts).
func TestAuthorityOfEnvironment(t *testing.T) {
	for env, want := range map[string]string{"": cloud.AzurePublic.ActiveDirectoryAuthorityHost,
		"usgovernment": cloud.AzureGovernment.ActiveDirectoryAuthorityHost, "AzureChinaCloud": cloud.AzureChina.ActiveDirectoryAuthorityHost} {
		c, err := New(Settings{Environment: env, UseCLI: off()}, Options{Getenv: func(string) (string, bool) { return "", false }})
		if err != nil {
			t.Fatal(err)
		}
		if got := c.Cloud().ActiveDirectoryAuthorityHost; got != want {
			t.Errorf("%q: authority %q, want %q", env, got, want)
		}
	}
}

func TestClientSecret(t *testing.T) {
	e := newEntra(t)
	c, err := New(Settings{TenantID: tenant, ClientID: clientID, ClientSecret: secret, UseCLI: off()}, e.options(nil, nil))
	if err != nil {
		t.Fatal(err)
	}
	tok, err := c.GetToken(context.Background(), policy.TokenRequestOptions{Scopes: []string{scope}})
	if err != nil {
		t.Fatal(err)
	}
	if tok.Token != issued {
		t.Errorf("token %q", tok.Token)
	}
	got := reasons(c.Tried())
	want := map[Kind]Reason{KindClientCertificate: ReasonNotConfigured, KindClientSecret: ReasonUsed, KindOIDC: ReasonNotTried,
		KindManagedIdentity: ReasonNotTried, KindAzureCLI: ReasonNotTried}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("tried %v, want %v", got, want)
	}
	if s, _ := e.lastForm.Load("scope"); !strings.Contains(fmt.Sprint(s), scope) {
		t.Errorf("scope sent %q", s)
	}
	if c.Identity() == "" || strings.Contains(c.Identity(), secret) {
		t.Errorf("identity %q", c.Identity())
	}
}

// 100 callers, through two credentials of the same settings, make one
// token request; another scope makes one more.
func TestOneRequestPerIdentityAndScope(t *testing.T) {
	e := newEntra(t)
	e.delay = 50 * time.Millisecond
	cache := NewCache()
	s := Settings{TenantID: tenant, ClientID: clientID, ClientSecret: secret, UseCLI: off()}
	creds := make([]*Credential, 2)
	for i := range creds {
		var err error
		if creds[i], err = New(s, e.options(nil, cache)); err != nil {
			t.Fatal(err)
		}
	}
	if creds[0].Identity() != creds[1].Identity() {
		t.Fatal("the same settings make two identities")
	}
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for i := range 100 {
		wg.Go(func() {
			_, err := creds[i%2].GetToken(context.Background(), policy.TokenRequestOptions{Scopes: []string{scope}})
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if n := e.tokens.Load(); n != 1 {
		t.Errorf("%d token requests for 100 callers, want 1", n)
	}
	if _, err := creds[0].GetToken(context.Background(), policy.TokenRequestOptions{
		Scopes: []string{"https://management.core.windows.net//.default"}}); err != nil {
		t.Fatal(err)
	}
	if n, r := e.tokens.Load(), cache.Requests(); n != 2 || r != 2 {
		t.Errorf("%d token requests, %d chains, want 2 (one per scope)", n, r)
	}
	// Another secret is another identity.
	other, _ := New(Settings{TenantID: tenant, ClientID: clientID, ClientSecret: secret + "2", UseCLI: off()}, e.options(nil, cache))
	if other.Identity() == creds[0].Identity() {
		t.Error("a different secret has the same identity")
	}
}

// A caller that gives up does not cancel the request the others wait for.
func TestCallerCancelDoesNotCancelOthers(t *testing.T) {
	e := newEntra(t)
	e.delay = 100 * time.Millisecond
	cache := NewCache()
	c, _ := New(Settings{TenantID: tenant, ClientID: clientID, ClientSecret: secret, UseCLI: off()}, e.options(nil, cache))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := c.GetToken(ctx, policy.TokenRequestOptions{Scopes: []string{scope}})
		done <- err
	}()
	time.Sleep(20 * time.Millisecond)
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled caller got %v", err)
	}
	if _, err := c.GetToken(context.Background(), policy.TokenRequestOptions{Scopes: []string{scope}}); err != nil {
		t.Errorf("the other caller got %v", err)
	}
	if n := e.tokens.Load(); n != 1 {
		t.Errorf("%d token requests, want 1", n)
	}
}

func TestRefusedSecretIsScrubbed(t *testing.T) {
	e := newEntra(t)
	e.refuse = true
	c, _ := New(Settings{TenantID: tenant, ClientID: clientID, ClientSecret: secret, UseMSI: on()}, e.options(nil, nil))
	_, err := c.GetToken(context.Background(), policy.TokenRequestOptions{Scopes: []string{scope}})
	var ae *AuthError
	if !errors.As(err, &ae) {
		t.Fatalf("got %T %v", err, err)
	}
	if ae.Attempt.Kind != KindClientSecret || ae.Attempt.Reason != ReasonRefused || ae.Attempt.Status != http.StatusUnauthorized ||
		!slices.Equal(ae.Attempt.Codes, []string{"AADSTS7000215"}) {
		t.Errorf("attempt %+v", ae.Attempt)
	}
	// The chain stops at a refusal: managed identity is not tried.
	if r := reasons(c.Tried()); r[KindManagedIdentity] != ReasonNotTried {
		t.Errorf("tried %v", r)
	}
	if !strings.Contains(ae.Attempt.Detail, "AADSTS7000215") {
		t.Errorf("detail lost Entra's code: %q", ae.Attempt.Detail)
	}
	assertNoSecret(t, errorTexts(c, err), secret)
}

func TestNoCredential(t *testing.T) {
	env := map[string]string{"ARM_OIDC_TOKEN": oidcTok, "ARM_CLIENT_SECRET": secret}
	c, err := New(Settings{UseCLI: off()}, Options{Getenv: func(k string) (string, bool) { v, ok := env[k]; return v, ok }})
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.GetToken(context.Background(), policy.TokenRequestOptions{Scopes: []string{scope}})
	var nc *NoCredentialError
	if !errors.As(err, &nc) {
		t.Fatalf("got %T %v", err, err)
	}
	want := []Attempt{
		{Kind: KindClientCertificate, Reason: ReasonNotConfigured},
		{Kind: KindClientSecret, Reason: ReasonMissing, Missing: []Field{FieldTenantID, FieldClientID}},
		{Kind: KindOIDC, Reason: ReasonDisabled, Missing: []Field{FieldUseOIDC}},
		{Kind: KindManagedIdentity, Reason: ReasonDisabled, Missing: []Field{FieldUseMSI}},
		{Kind: KindAzureCLI, Reason: ReasonDisabled, Missing: []Field{FieldUseCLI}},
	}
	if fmt.Sprintf("%+v", nc.Tried) != fmt.Sprintf("%+v", want) {
		t.Errorf("tried\n%+v\nwant\n%+v", nc.Tried, want)
	}
	for _, k := range Order {
		if !strings.Contains(err.Error(), string(k)) {
			t.Errorf("error %q does not name %s", err, k)
		}
	}
	assertNoSecret(t, errorTexts(c, err), secret, oidcTok)
}

// The Azure CLI, when the runner has none (or no account signed in), is
// unavailable, and the chain reports no credential. The test runs only
// where no az is on PATH: it never signs in anywhere.
func TestAzureCLIUnavailable(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	c, _ := New(Settings{}, Options{Getenv: func(string) (string, bool) { return "", false }})
	_, err := c.GetToken(context.Background(), policy.TokenRequestOptions{Scopes: []string{scope}})
	var nc *NoCredentialError
	if !errors.As(err, &nc) {
		t.Fatalf("got %T %v", err, err)
	}
	if r := reasons(nc.Tried); r[KindAzureCLI] != ReasonUnavailable {
		t.Errorf("tried %+v", nc.Tried)
	}
}

func TestOIDCTokenFile(t *testing.T) {
	e := newEntra(t)
	path := filepath.Join(t.TempDir(), "token")
	if err := os.WriteFile(path, []byte(oidcTok+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"ARM_USE_OIDC": "true", "ARM_OIDC_TOKEN_FILE_PATH": path, "ARM_TENANT_ID": tenant, "ARM_CLIENT_ID": clientID}
	c, err := New(Settings{UseCLI: off()}, e.options(env, nil))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.GetToken(context.Background(), policy.TokenRequestOptions{Scopes: []string{scope}}); err != nil {
		t.Fatal(err)
	}
	if a, _ := e.lastForm.Load("client_assertion"); a != oidcTok {
		t.Errorf("assertion sent %q", a)
	}
	if r := reasons(c.Tried()); r[KindOIDC] != ReasonUsed {
		t.Errorf("tried %v", r)
	}
	// Refused: the assertion read from the file is scrubbed too.
	e2 := newEntra(t)
	e2.refuse = true
	c2, _ := New(Settings{UseCLI: off()}, e2.options(env, nil))
	_, err = c2.GetToken(context.Background(), policy.TokenRequestOptions{Scopes: []string{scope}})
	if err == nil {
		t.Fatal("no error")
	}
	assertNoSecret(t, errorTexts(c2, err), oidcTok, "c2lnbmF0dXJl")
}

func selfSigned(t *testing.T) []byte {
	t.Helper()
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "plan"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour)}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	kder, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	return append(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}),
		pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: kder})...)
}

func TestClientCertificate(t *testing.T) {
	e := newEntra(t)
	path := filepath.Join(t.TempDir(), "cert.pem")
	if err := os.WriteFile(path, selfSigned(t), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := New(Settings{TenantID: tenant, ClientID: clientID, ClientCertificatePath: path, ClientSecret: secret, UseCLI: off()},
		e.options(nil, nil))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.GetToken(context.Background(), policy.TokenRequestOptions{Scopes: []string{scope}}); err != nil {
		t.Fatal(err)
	}
	// The certificate comes before the secret.
	if r := reasons(c.Tried()); r[KindClientCertificate] != ReasonUsed || r[KindClientSecret] != ReasonNotTried {
		t.Errorf("tried %v", r)
	}
	if a, _ := e.lastForm.Load("client_assertion_type"); !strings.Contains(fmt.Sprint(a), "jwt-bearer") {
		t.Errorf("no signed assertion sent: %v", a)
	}
}

func TestInvalidCertificate(t *testing.T) {
	for _, tt := range []struct {
		name  string
		s     Settings
		field Field
	}{
		{"not base64", Settings{ClientCertificate: "not base64 !!"}, FieldClientCertificate},
		{"not a bundle", Settings{ClientCertificate: "aGVsbG8="}, FieldClientCertificate},
		{"missing file", Settings{ClientCertificatePath: "/nonexistent/cert.pfx"}, FieldClientCertificatePath},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tt.s.TenantID, tt.s.ClientID, tt.s.ClientCertificatePassword, tt.s.UseCLI = tenant, clientID, secret, off()
			c, err := New(tt.s, Options{Getenv: func(string) (string, bool) { return "", false }})
			if err != nil {
				t.Fatal(err)
			}
			a := c.Tried()[0]
			if a.Kind != KindClientCertificate || a.Reason != ReasonInvalid || a.Field != tt.field {
				t.Errorf("attempt %+v", a)
			}
			_, err = c.GetToken(context.Background(), policy.TokenRequestOptions{Scopes: []string{scope}})
			assertNoSecret(t, errorTexts(c, err), secret)
		})
	}
}

// Managed identity through the App Service endpoint variables azidentity
// reads (IDENTITY_ENDPOINT, IDENTITY_HEADER), on loopback.
func TestScrub(t *testing.T) {
	c := &Credential{secrets: []string{secret}}
	got := c.scrub("refused " + secret + " token " + issued + "\nline2\nline3\nline4 " + secret)
	if strings.Contains(got, secret) || strings.Contains(got, issued) || strings.Contains(got, "line4") {
		t.Errorf("scrub left %q", got)
	}
	if !strings.Contains(got, "refused") {
		t.Errorf("scrub removed the message: %q", got)
	}
}

// A cached token is reused until RefreshMargin before its expiry, then
// asked for again; a failure is kept for the life of the cache.
func TestCacheRefreshAndErrors(t *testing.T) {
	cache := NewCache()
	now := time.Unix(1_000_000, 0)
	cache.now = func() time.Time { return now }
	runs := 0
	fetch := func() result {
		runs++
		return result{token: azcoreToken(now.Add(time.Hour))}
	}
	ctx := context.Background()
	cache.get(ctx, "k", fetch)
	now = now.Add(50 * time.Minute)
	cache.get(ctx, "k", fetch)
	if runs != 1 {
		t.Fatalf("%d requests within the token's life, want 1", runs)
	}
	now = now.Add(6 * time.Minute) // 4 minutes left: within the margin
	cache.get(ctx, "k", fetch)
	if runs != 2 || cache.Requests() != 2 {
		t.Fatalf("%d requests after the margin, want 2", runs)
	}
	fails := 0
	failing := func() result { fails++; return result{err: errors.New("refused")} }
	cache.get(ctx, "e", failing)
	cache.get(ctx, "e", failing)
	if fails != 1 {
		t.Errorf("a failure was retried %d times in one plan", fails-1)
	}
}

func azcoreToken(exp time.Time) azcore.AccessToken {
	return azcore.AccessToken{Token: issued, ExpiresOn: exp}
}
