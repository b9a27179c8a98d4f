package rbac

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

	"golang.org/x/net/http/httpproxy"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/azcred"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// The fake Azure's example world (internal/fakespeech/worlds/keyless.json).
const (
	fwTenant   = "72f988bf-86f1-41af-91ab-2d7cd011db47"
	fwKeyless  = "/subscriptions/11111111-1111-4111-8111-111111111111/resourceGroups/rg-speech/providers/Microsoft.CognitiveServices/accounts/contoso-keyless"
	fwChinaRes = "/subscriptions/33333333-aaaa-4333-8333-333333333333/resourceGroups/rg-speech-cn/providers/" +
		"Microsoft.CognitiveServices/accounts/contoso-cn"
	fwWebApp   = "b0000000-0000-4000-8000-000000000001"
	fwWorker   = "b0000000-0000-4000-8000-000000000002"
	fwGitHub   = "a0000000-0000-4000-8000-000000000004"
	fwDenied   = "a0000000-0000-4000-8000-000000000005"
	fwAbac     = "a0000000-0000-4000-8000-000000000006"
	fwChinaOID = "a3000000-0000-4000-8000-000000000001"
)

// fakeAzure starts the fake Azure with the keyless world and an HTTP
// client that reaches it as the provider does: its proxy and CA, the real
// management hosts.
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

// fakeReader is a reader signed in as a service principal of the world.
func fakeReader(t *testing.T, hc *http.Client, cl *speech.Cloud, tenant, clientID, secret string) *Reader {
	t.Helper()
	no := false
	cred, err := azcred.New(azcred.Settings{TenantID: tenant, ClientID: clientID, ClientSecret: secret,
		Environment: cl.Name, UseCLI: &no},
		azcred.Options{Transport: hc, Getenv: func(string) (string, bool) { return "", false }})
	if err != nil {
		t.Fatal(err)
	}
	o := OptionsFor(cl, hc, nil)
	o.MaxRetries = -1
	return NewReader(cred, o)
}

func mustID(t *testing.T, s string) speech.AccountID {
	t.Helper()
	id, p := speech.ParseAccountID(s)
	if p != nil {
		t.Fatal(p)
	}
	return id
}

// The example world's principals, assessed by plan-sp (Speech User at the
// resource group, which may read role assignments) through the Azure SDK
// against the fake's Resource Manager.
func TestFakeARMAssessments(t *testing.T) {
	_, hc := fakeAzure(t)
	r := fakeReader(t, hc, speech.Public, fwTenant, "c0000000-0000-4000-8000-000000000001", "fake-secret-plan-sp")
	id := mustID(t, fwKeyless)
	tests := []struct {
		name, principal string
		verdict         Verdict
		check           func(Assessment) bool
	}{
		{"app identity with Speech User at the resource group", fwWebApp, Granted, func(a Assessment) bool {
			return a.Grants[0].Role.Name == SpeechUser.Name && a.Grants[0].Level == LevelResourceGroup
		}},
		{"Contributor only", fwWorker, NotGranted, func(a Assessment) bool {
			return len(a.Held) > 0 && a.Held[0].Role.Name == "Contributor" && a.Suggest[0] == SpeechUser
		}},
		{"Cognitive Services User through a group at the subscription", fwGitHub, Granted, func(a Assessment) bool {
			return a.Grants[0].ThroughGroup && a.Grants[0].Role.Name == CognitiveUser.Name &&
				a.Grants[0].Level == LevelSubscription
		}},
		{"a condition", fwAbac, Undecidable, func(a Assessment) bool { return len(a.Conditional) == 1 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := r.Assess(context.Background(), tt.principal, id)
			if err != nil {
				t.Fatal(err)
			}
			if a.Verdict != tt.verdict || !tt.check(a) {
				t.Errorf("assessment %+v", a)
			}
		})
	}
}

// 30 callers asking about one principal and resource make one listing.
func TestFakeARMOneListing(t *testing.T) {
	s, hc := fakeAzure(t)
	r := fakeReader(t, hc, speech.Public, fwTenant, "c0000000-0000-4000-8000-000000000001", "fake-secret-plan-sp")
	id := mustID(t, fwKeyless)
	var wg sync.WaitGroup
	for range 30 {
		wg.Go(func() {
			if _, err := r.Assess(context.Background(), fwWebApp, id); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if n := s.ARMCalls("/roleAssignments"); n != 1 {
		t.Errorf("%d role assignment listings, want 1", n)
	}
	if n := s.EntraTokenCalls(); n != 1 {
		t.Errorf("%d token requests, want 1", n)
	}
}

// A deny assignment makes a grant undecidable when the reader may read
// deny assignments (Contributor at the resource); Speech User may not, and
// the assessment says so.
func TestFakeARMDenyAssignment(t *testing.T) {
	_, hc := fakeAzure(t)
	id := mustID(t, fwKeyless)
	r := fakeReader(t, hc, speech.Public, fwTenant, "c0000000-0000-4000-8000-000000000002", "fake-secret-contributor-sp")
	a, err := r.Assess(context.Background(), fwDenied, id)
	if err != nil {
		t.Fatal(err)
	}
	if a.Verdict != Undecidable || len(a.Denies) != 1 || a.DeniesUnread {
		t.Errorf("assessment %+v", a)
	}
	r = fakeReader(t, hc, speech.Public, fwTenant, "c0000000-0000-4000-8000-000000000001", "fake-secret-plan-sp")
	if a, err = r.Assess(context.Background(), fwDenied, id); err != nil || a.Verdict != Granted || !a.DeniesUnread {
		t.Errorf("assessment %+v, %v", a, err)
	}
}

// A plan identity that may not read role assignments: 403
// AuthorizationFailed, naming the permission.
func TestFakeARMReaderWithoutRights(t *testing.T) {
	_, hc := fakeAzure(t)
	r := fakeReader(t, hc, speech.Public, fwTenant, "c0000000-0000-4000-8000-000000000003", "fake-secret-no-rights-sp")
	_, err := r.Assess(context.Background(), fwWebApp, mustID(t, fwKeyless))
	var re *ReadError
	if !errors.As(err, &re) || re.Kind != ReadForbidden || re.Permission != PermRoleAssignmentsRead ||
		re.Code != "AuthorizationFailed" {
		t.Fatalf("err %v", err)
	}
}

// Azure China: management.chinacloudapi.cn with a token of China's
// authority.
func TestFakeARMChina(t *testing.T) {
	s, hc := fakeAzure(t)
	r := fakeReader(t, hc, speech.China, "33333333-3333-4333-8333-333333333333",
		"c3000000-0000-4000-8000-000000000001", "fake-secret-china-sp")
	a, err := r.Assess(context.Background(), fwChinaOID, mustID(t, fwChinaRes))
	if err != nil {
		t.Fatal(err)
	}
	if a.Verdict != Granted {
		t.Errorf("assessment %+v", a)
	}
	saw := false
	for _, q := range s.Requests() {
		saw = saw || q.Host == "management.chinacloudapi.cn"
	}
	if !saw {
		t.Error("no request reached management.chinacloudapi.cn")
	}
}
