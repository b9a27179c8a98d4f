package keycheck

import (
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/azcred"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

const (
	kwTenant  = "72f988bf-86f1-41af-91ab-2d7cd011db47"
	kwFabrik  = "22222222-2222-4222-8222-222222222222"
	scopePub  = "https://cognitiveservices.azure.com/.default"
	scopeChin = "https://cognitiveservices.azure.cn/.default"
)

// keylessFake starts a fake with the keyless world, and a client that
// reaches it through its proxy.
func keylessFake(t *testing.T) (*fakespeech.Service, *Client) {
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
	t.Setenv("HTTPS_PROXY", s.ProxyURL())
	t.Setenv("https_proxy", s.ProxyURL())
	c, err := NewClient(Config{Timeout: 5 * time.Second, CACertPEM: string(s.CAPEM()), Backoff: 10 * time.Millisecond}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return s, c
}

func secretCred(t *testing.T, c *Client, cache *azcred.Cache, env, tenant, clientID, secret string) *azcred.Credential {
	t.Helper()
	no := false
	cred, err := azcred.New(azcred.Settings{TenantID: tenant, ClientID: clientID, ClientSecret: secret, Environment: env,
		UseCLI: &no}, azcred.Options{Transport: c.Transporter(), Cache: cache,
		Getenv: func(string) (string, bool) { return "", false }})
	if err != nil {
		t.Fatal(err)
	}
	return cred
}

func keylessRes(t *testing.T, cloud, region, sub string) speech.Resolution {
	return resolve(t, speech.Input{Cloud: sp(cloud), Region: sp(region), Subdomain: sp(sub)})
}

func TestEntraCheckOutcomes(t *testing.T) {
	_, c := keylessFake(t)
	res := keylessRes(t, "public", "eastus", "contoso-keyless")
	tests := []struct {
		name, env, tenant, client, secret string
		res                               speech.Resolution
		scope                             string
		class                             Class
		cause                             Cause
		claimTenant                       string
	}{
		{"Speech User at the resource group", "", kwTenant, "c0000000-0000-4000-8000-000000000001", "fake-secret-plan-sp",
			res, scopePub, Passed, CauseAccepted, kwTenant},
		{"Contributor only", "", kwTenant, "c0000000-0000-4000-8000-000000000002", "fake-secret-contributor-sp",
			res, scopePub, Verdict, CauseNoDataRole, kwTenant},
		{"another tenant", "", kwFabrik, "c2000000-0000-4000-8000-000000000001", "fake-secret-fabrikam-sp",
			res, scopePub, Verdict, CauseOtherTenant, kwFabrik},
		{"a wrong secret", "", kwTenant, "c0000000-0000-4000-8000-000000000001", "wrong-secret-value-000000",
			res, scopePub, Verdict, CauseCredentialRefused, ""},
		{"Azure China", "china", "33333333-3333-4333-8333-333333333333", "c3000000-0000-4000-8000-000000000001",
			"fake-secret-china-sp", keylessRes(t, "china", "chinaeast2", "contoso-cn"), scopeChin, Passed, CauseAccepted,
			"33333333-3333-4333-8333-333333333333"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cred := secretCred(t, c, nil, tt.env, tt.tenant, tt.client, tt.secret)
			o := c.CheckEntra(bounded(t, 20*time.Second), EntraRequest{Resolution: tt.res, Credential: cred, Scope: tt.scope})
			if o.Class != tt.class || o.Cause != tt.cause || o.Claims.Tenant != tt.claimTenant {
				t.Errorf("outcome %+v", o)
			}
		})
	}
}

// No credential on the runner: nothing reaches Entra or Speech, and what
// was tried is said.
func TestEntraCheckNoCredential(t *testing.T) {
	s, c := keylessFake(t)
	t.Setenv("IDENTITY_ENDPOINT", "")
	no := false
	cred, err := azcred.New(azcred.Settings{UseCLI: &no}, azcred.Options{Transport: c.Transporter(),
		Getenv: func(string) (string, bool) { return "", false }})
	if err != nil {
		t.Fatal(err)
	}
	o := c.CheckEntra(bounded(t, 20*time.Second), EntraRequest{Resolution: keylessRes(t, "public", "eastus", "contoso-keyless"),
		Credential: cred, Scope: scopePub})
	if o.Class != Inconclusive || o.Cause != CauseNoCredential || len(o.Tried) != len(azcred.Order) || o.Call != nil {
		t.Errorf("outcome %+v", o)
	}
	if len(s.Requests()) != 0 {
		t.Errorf("%d requests", len(s.Requests()))
	}
}

// 100 checks of one identity make one token request and one Speech call.
func TestEntraCheckShared(t *testing.T) {
	s, c := keylessFake(t)
	cache := azcred.NewCache()
	res := keylessRes(t, "public", "eastus", "contoso-keyless")
	var wg sync.WaitGroup
	for range 100 {
		wg.Go(func() {
			cred := secretCred(t, c, cache, "", kwTenant, "c0000000-0000-4000-8000-000000000001", "fake-secret-plan-sp")
			if o := c.CheckEntra(bounded(t, 20*time.Second), EntraRequest{Resolution: res, Credential: cred,
				Scope: scopePub}); !o.Passed() {
				t.Errorf("outcome %+v", o)
			}
		})
	}
	wg.Wait()
	if n := s.EntraTokenCalls(); n != 1 {
		t.Errorf("%d token requests", n)
	}
	if n := s.Count("", "/voices/list"); n != 1 {
		t.Errorf("%d Speech calls", n)
	}
}
