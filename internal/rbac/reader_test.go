package rbac

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/azcred"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

const armToken = "eyJhcm0iOiJ0b2tlbiJ9.eyJhdWQiOiJhcm0ifQ.c2ln"

// fakeCred hands out one ARM token, or an error.
type fakeCred struct {
	calls  atomic.Int32
	scopes sync.Map
	err    error
}

func (f *fakeCred) GetToken(_ context.Context, o policy.TokenRequestOptions) (azcore.AccessToken, error) {
	f.calls.Add(1)
	f.scopes.Store(strings.Join(o.Scopes, " "), true)
	if f.err != nil {
		return azcore.AccessToken{}, f.err
	}
	return azcore.AccessToken{Token: armToken, ExpiresOn: time.Now().Add(time.Hour)}, nil
}

// fakeARM serves role assignments (two pages), role definitions and deny
// assignments for one resource, as ARM's REST API does.
type fakeARM struct {
	srv                            *httptest.Server
	listings, definitions, denials atomic.Int32
	filters                        sync.Map
	assignments                    []map[string]any
	forbid                         string // "assignments", "definitions", "denies"
	unauthorized                   atomic.Bool
}

func armDef(d RoleDefinition) map[string]any {
	perms := []map[string]any{}
	for _, p := range d.Permissions {
		perms = append(perms, map[string]any{"actions": p.Actions, "notActions": p.NotActions,
			"dataActions": p.DataActions, "notDataActions": p.NotDataActions})
	}
	return map[string]any{"id": d.ID, "properties": map[string]any{"roleName": d.Name, "permissions": perms}}
}

// armAssign is an assignment at the resource group.
func armAssign(role RoleDefinition, principal, ptype string) map[string]any {
	scope := rg
	return map[string]any{"id": scope + "/providers/Microsoft.Authorization/roleAssignments/" + principal[:8],
		"properties": map[string]any{"principalId": principal, "principalType": ptype,
			"roleDefinitionId": "/subscriptions/" + sub + "/providers/Microsoft.Authorization/roleDefinitions/" + lastSegment(role.ID),
			"scope":            scope}}
}

func forbidden(w http.ResponseWriter, action string) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("x-ms-error-code", "AuthorizationFailed")
	w.WriteHeader(http.StatusForbidden)
	_ = json.NewEncoder(w).Encode(map[string]any{"error": map[string]any{"code": "AuthorizationFailed",
		"message": "The client does not have authorization to perform action '" + action + "'."}})
}

func newARM(t *testing.T, assignments ...map[string]any) *fakeARM {
	t.Helper()
	a := &fakeARM{assignments: assignments}
	defs := map[string]RoleDefinition{}
	for _, d := range allDefs {
		defs[lastSegment(d.ID)] = d
	}
	a.srv = httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+armToken {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		if a.unauthorized.Load() {
			w.Header().Set("x-ms-error-code", "InvalidAuthenticationToken")
			w.WriteHeader(http.StatusUnauthorized)
			_, _ = w.Write([]byte(`{"error":{"code":"InvalidAuthenticationToken","message":"The access token is invalid."}}`))
			return
		}
		w.Header().Set("Content-Type", "application/json")
		p := r.URL.Path
		switch {
		case strings.HasSuffix(p, "/providers/Microsoft.Authorization/roleAssignments"):
			if a.forbid == "assignments" {
				forbidden(w, PermRoleAssignmentsRead)
				return
			}
			if !strings.EqualFold(strings.TrimSuffix(p, "/providers/Microsoft.Authorization/roleAssignments"), resource) {
				http.NotFound(w, r)
				return
			}
			a.filters.Store(r.URL.Query().Get("$filter"), true)
			half := len(a.assignments) / 2
			if r.URL.Query().Get("page") == "2" {
				_ = json.NewEncoder(w).Encode(map[string]any{"value": a.assignments[half:]})
				return
			}
			a.listings.Add(1)
			next := "https://" + r.Host + p + "?api-version=2022-04-01&page=2&$filter=" + r.URL.Query().Get("$filter")
			_ = json.NewEncoder(w).Encode(map[string]any{"value": a.assignments[:half], "nextLink": next})
		case strings.Contains(p, "/providers/Microsoft.Authorization/roleDefinitions/"):
			a.definitions.Add(1)
			if a.forbid == "definitions" {
				forbidden(w, PermRoleDefinitionsRead)
				return
			}
			d, ok := defs[lastSegment(p)]
			if !ok {
				http.NotFound(w, r)
				return
			}
			_ = json.NewEncoder(w).Encode(armDef(d))
		case strings.HasSuffix(p, "/providers/Microsoft.Authorization/denyAssignments"):
			a.denials.Add(1)
			if a.forbid == "denies" {
				forbidden(w, PermDenyAssignmentsRead)
				return
			}
			_ = json.NewEncoder(w).Encode(map[string]any{"value": []any{}})
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(a.srv.Close)
	return a
}

func (a *fakeARM) reader(cred azcore.TokenCredential, cache *Cache) *Reader {
	return NewReader(cred, ReaderOptions{Endpoint: a.srv.URL, Audience: "https://management.core.windows.net/",
		Transport: a.srv.Client(), Cache: cache, MaxRetries: -1})
}

func accountID(t *testing.T) speech.AccountID {
	t.Helper()
	id, p := speech.ParseAccountID(resource)
	if p != nil {
		t.Fatal(p)
	}
	return id
}

// A group's Cognitive Services User at the resource group, on the second
// page, grants; 50 concurrent callers make one listing.
func TestReaderGrantedThroughGroup(t *testing.T) {
	arm := newARM(t, armAssign(defContributor, app, "ServicePrincipal"),
		armAssign(defCogUser, group, "Group"))
	cred := &fakeCred{}
	cache := NewCache()
	r := arm.reader(cred, cache)
	var wg sync.WaitGroup
	results := make(chan Assessment, 50)
	for range 50 {
		wg.Go(func() {
			a, err := r.Assess(context.Background(), app, accountID(t))
			if err != nil {
				t.Error(err)
			}
			results <- a
		})
	}
	wg.Wait()
	close(results)
	for a := range results {
		if a.Verdict != Granted || len(a.Grants) != 1 || !a.Grants[0].ThroughGroup || a.Grants[0].Role.Name != CognitiveUser.Name ||
			a.Grants[0].Level != LevelResourceGroup || len(a.Held) != 1 || a.DeniesUnread {
			t.Fatalf("assessment %+v", a)
		}
	}
	if n := arm.listings.Load(); n != 1 {
		t.Errorf("%d listings for 50 callers, want 1", n)
	}
	if n := arm.definitions.Load(); n != 2 {
		t.Errorf("%d definition reads, want 2 (one per role)", n)
	}
	if _, ok := arm.filters.Load("assignedTo('" + app + "')"); !ok {
		t.Errorf("filter sent: %v", func() (f []any) { arm.filters.Range(func(k, _ any) bool { f = append(f, k); return true }); return }())
	}
	if _, ok := cred.scopes.Load("https://management.core.windows.net//.default"); !ok {
		t.Error("no token asked for ARM's audience")
	}
	// Another principal is another listing; the definitions are cached.
	if _, err := r.Assess(context.Background(), group[:8]+"-0000-0000-0000-000000000009", accountID(t)); err != nil {
		t.Fatal(err)
	}
	if arm.listings.Load() != 2 || arm.definitions.Load() != 2 || arm.denials.Load() != 1 {
		t.Errorf("listings %d, definitions %d, deny listings %d (want 2, 2, 1)",
			arm.listings.Load(), arm.definitions.Load(), arm.denials.Load())
	}
}

func TestReaderErrors(t *testing.T) {
	tests := []struct {
		name   string
		forbid string
		cred   *fakeCred
		unauth bool
		kind   ReadKind
		op     Op
		perm   string
		status int
	}{
		{name: "cannot read role assignments", forbid: "assignments", kind: ReadForbidden, op: OpListRoleAssignments,
			perm: PermRoleAssignmentsRead, status: 403},
		{name: "cannot read role definitions", forbid: "definitions", kind: ReadForbidden, op: OpGetRoleDefinition,
			perm: PermRoleDefinitionsRead, status: 403},
		{name: "token refused", unauth: true, kind: ReadUnauthenticated, op: OpListRoleAssignments, status: 401},
		{name: "no credential", cred: &fakeCred{err: &azcred.NoCredentialError{}}, kind: ReadCredential, op: OpListRoleAssignments},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arm := newARM(t, armAssign(defSpeechUser, app, "ServicePrincipal"))
			arm.forbid = tt.forbid
			arm.unauthorized.Store(tt.unauth)
			cred := tt.cred
			if cred == nil {
				cred = &fakeCred{}
			}
			_, err := arm.reader(cred, nil).Assess(context.Background(), app, accountID(t))
			var re *ReadError
			if !errors.As(err, &re) {
				t.Fatalf("got %T %v", err, err)
			}
			if re.Kind != tt.kind || re.Op != tt.op || re.Permission != tt.perm || re.Status != tt.status {
				t.Errorf("read error %+v", re)
			}
			if tt.kind == ReadForbidden && re.Code != "AuthorizationFailed" {
				t.Errorf("code %q", re.Code)
			}
			if strings.Contains(err.Error(), armToken) || (tt.perm != "" && !strings.Contains(err.Error(), tt.perm)) {
				t.Errorf("error text %q", err)
			}
		})
	}
}

// A reader that may not read deny assignments still decides, and says so.
func TestReaderDeniesUnread(t *testing.T) {
	arm := newARM(t, armAssign(defSpeechUser, app, "ServicePrincipal"))
	arm.forbid = "denies"
	a, err := arm.reader(&fakeCred{}, nil).Assess(context.Background(), app, accountID(t))
	if err != nil {
		t.Fatal(err)
	}
	if a.Verdict != Granted || !a.DeniesUnread {
		t.Errorf("assessment %+v", a)
	}
}

func TestOptionsFor(t *testing.T) {
	o := OptionsFor(speech.China, nil, nil)
	if o.Endpoint != "https://management.chinacloudapi.cn" || o.Audience != "https://management.core.chinacloudapi.cn/" {
		t.Errorf("options %+v", o)
	}
	if AssignedToFilter("x") != "assignedTo('x')" {
		t.Error("filter")
	}
}
