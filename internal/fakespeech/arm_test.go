package fakespeech

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/cloud"
	"github.com/Azure/azure-sdk-for-go/sdk/azidentity"
	"github.com/Azure/azure-sdk-for-go/sdk/resourcemanager/authorization/armauthorization/v2"
)

// armClients makes armauthorization clients for a service principal of the
// example world, through the fake's proxy.
func armClients(t *testing.T, c *http.Client, cl cloud.Configuration, tenant, clientID, secret string) (
	*armauthorization.RoleAssignmentsClient, *armauthorization.RoleDefinitionsClient) {
	t.Helper()
	cred, err := azidentity.NewClientSecretCredential(tenant, clientID, secret,
		&azidentity.ClientSecretCredentialOptions{ClientOptions: clientOpts(c, cl)})
	if err != nil {
		t.Fatal(err)
	}
	opts := &arm.ClientOptions{ClientOptions: clientOpts(c, cl)}
	ra, err := armauthorization.NewRoleAssignmentsClient("", cred, opts)
	if err != nil {
		t.Fatal(err)
	}
	rd, err := armauthorization.NewRoleDefinitionsClient(cred, opts)
	if err != nil {
		t.Fatal(err)
	}
	return ra, rd
}

// listAt lists role assignments at a scope with a filter, counting pages.
func listAt(ra *armauthorization.RoleAssignmentsClient, scope, filter string) ([]*armauthorization.RoleAssignment, int, error) {
	var opts *armauthorization.RoleAssignmentsClientListForScopeOptions
	if filter != "" {
		opts = &armauthorization.RoleAssignmentsClientListForScopeOptions{Filter: &filter}
	}
	pager := ra.NewListForScopePager(scope, opts)
	var out []*armauthorization.RoleAssignment
	pages := 0
	for pager.More() {
		page, err := pager.NextPage(context.Background())
		if err != nil {
			return out, pages, err
		}
		pages++
		out = append(out, page.Value...)
	}
	return out, pages, nil
}

func roleIDs(as []*armauthorization.RoleAssignment) []string {
	var out []string
	for _, a := range as {
		id := *a.Properties.RoleDefinitionID
		out = append(out, id[strings.LastIndex(id, "/")+1:]+"@"+*a.Properties.Scope)
	}
	slices.Sort(out)
	return out
}

// TestARMRoleAssignmentsThroughSDK: armauthorization's pagers and filters
// against the fake ARM: inherited assignments, group membership through
// assignedTo, atScope, direct principalId, paging, role definitions by ID.
func TestARMRoleAssignmentsThroughSDK(t *testing.T) {
	s, c := keylessWorld(t)
	ra, rd := armClients(t, c, cloud.AzurePublic, kwTenant, kwPlanSP, "fake-secret-plan-sp")
	sub := "/subscriptions/" + kwSub
	mg := "/providers/Microsoft.Management/managementGroups/mg-platform"
	cases := []struct {
		name, scope, filter string
		want                []string
	}{
		{"the app's Speech User at the resource group", kwKeyless, "assignedTo('" + kwWebAppOID + "')",
			[]string{RoleSpeechUser + "@" + kwRG}},
		{"through a group at the subscription", kwKeyless, "assignedTo('" + kwGitHubOID + "')",
			[]string{RoleCognitiveServicesUser + "@" + sub}},
		{"direct only: the group's assignment is not the principal's", kwKeyless, "principalId eq '" + kwGitHubOID + "'", nil},
		{"direct only, encoded by the caller", kwKeyless, url.PathEscape("principalId eq '" + kwWebAppOID + "'"),
			[]string{RoleSpeechUser + "@" + kwRG}},
		{"inherited from a management group", kwKeyless, "atScope() and assignedTo('" + kwDeniedOID + "')",
			[]string{RoleSpeechUser + "@" + mg}},
		{"atScope keeps what is at and above", kwRG, "atScope()", []string{
			RoleContributor + "@" + kwRG, RoleCognitiveServicesContributor + "@" + kwRG, RoleCognitiveServicesUser + "@" + sub,
			RoleSpeechUser + "@" + kwRG, RoleSpeechUser + "@" + kwRG, RoleSpeechUser + "@" + mg}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, _, err := listAt(ra, tc.scope, tc.filter)
			if err != nil {
				t.Fatal(err)
			}
			want := append([]string(nil), tc.want...)
			slices.Sort(want)
			if g := roleIDs(got); strings.Join(g, " ") != strings.Join(want, " ") {
				t.Fatalf("got %q, want %q", g, want)
			}
		})
	}

	t.Run("below the scope without atScope", func(t *testing.T) {
		got, _, err := listAt(ra, kwRG, "")
		if err != nil {
			t.Fatal(err)
		}
		ids := roleIDs(got)
		if !slices.Contains(ids, RoleContributor+"@"+kwKeyless) || !slices.Contains(ids, RoleSpeechUser+"@"+kwKeyless) {
			t.Fatalf("the resource's own assignments are missing from the group's list: %q", ids)
		}
	})

	t.Run("paging through nextLink", func(t *testing.T) {
		all, pages, err := listAt(ra, kwRG, "atScope()")
		if err != nil || pages != 1 {
			t.Fatalf("one page: %d pages, err %v", pages, err)
		}
		s.SetARMPageSize(2)
		defer s.SetARMPageSize(100)
		before := s.ARMCalls("/roleAssignments")
		paged, pages, err := listAt(ra, kwRG, "atScope()")
		if n := s.ARMCalls("/roleAssignments") - before; n != 3 {
			t.Errorf("ARMCalls = %d for 3 pages", n)
		}
		if err != nil {
			t.Fatal(err)
		}
		if pages != 3 || len(paged) != len(all) {
			t.Fatalf("page size 2: %d pages and %d items, want 3 pages and %d items", pages, len(paged), len(all))
		}
	})

	t.Run("role definition by ID", func(t *testing.T) {
		got, _, err := listAt(ra, kwKeyless, "assignedTo('"+kwWebAppOID+"')")
		if err != nil || len(got) != 1 {
			t.Fatalf("%v %v", got, err)
		}
		def, err := rd.GetByID(context.Background(), *got[0].Properties.RoleDefinitionID, nil)
		if err != nil {
			t.Fatal(err)
		}
		p := def.Properties
		if *p.RoleName != "Cognitive Services Speech User" || *p.RoleType != "BuiltInRole" ||
			!slices.ContainsFunc(p.Permissions[0].DataActions, func(a *string) bool {
				return *a == "Microsoft.CognitiveServices/accounts/SpeechServices/*/frontend/action"
			}) {
			t.Fatalf("role definition: %s %s %v", *p.RoleName, *p.RoleType, p.Permissions[0].DataActions)
		}
		_, err = rd.GetByID(context.Background(), "/providers/Microsoft.Authorization/roleDefinitions/00000000-0000-4000-8000-000000000000", nil)
		var re *azcore.ResponseError
		if !errors.As(err, &re) || re.StatusCode != 404 || re.ErrorCode != "RoleDefinitionDoesNotExist" {
			t.Fatalf("unknown role: %v", err)
		}
	})

	// What the SDK sent: the scope's list path with api-version 2022-04-01.
	for _, r := range s.Requests() {
		if r.Host == "management.azure.com" && !strings.HasSuffix(r.Path, "/providers/Microsoft.Authorization/roleAssignments") &&
			!strings.Contains(r.Path, "/providers/Microsoft.Authorization/roleDefinitions/") {
			t.Errorf("unexpected ARM path %s", r.Path)
		}
	}
}

// TestARMRefusals: a reader without Microsoft.Authorization/roleAssignments/read
// gets 403 AuthorizationFailed; a token of another tenant 401.
func TestARMRefusals(t *testing.T) {
	s, c := keylessWorld(t)
	cases := []struct {
		name, tenant, client, secret string
		status                       int
		code, msg                    string
	}{
		{"no rights", kwTenant, kwNoRights, "fake-secret-no-rights-sp", 403, "AuthorizationFailed",
			"does not have authorization to perform action 'Microsoft.Authorization/roleAssignments/read' over scope '" + kwKeyless + "'"},
		{"another tenant", kwOtherTenant, kwFabrikam, "fake-secret-fabrikam-sp", 401, "InvalidAuthenticationTokenTenant", "wrong issuer"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ra, _ := armClients(t, c, cloud.AzurePublic, tc.tenant, tc.client, tc.secret)
			_, _, err := listAt(ra, kwKeyless, "assignedTo('"+kwWebAppOID+"')")
			var re *azcore.ResponseError
			if !errors.As(err, &re) || re.StatusCode != tc.status || re.ErrorCode != tc.code || !strings.Contains(err.Error(), tc.msg) {
				t.Fatalf("err = %v, want %d %s", err, tc.status, tc.code)
			}
		})
	}
	// Tokens ARM refuses before it looks at rights.
	u := "https://management.azure.com" + kwKeyless + "/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01"
	for _, tc := range []struct {
		name, authz, code string
	}{
		{"no token", "", "AuthenticationFailed"},
		{"expired", "Bearer " + s.MintToken(TokenSpec{Tenant: kwTenant, ObjectID: "a0000000-0000-4000-8000-000000000001",
			Audience: "https://management.core.windows.net/", Expires: time.Now().Add(-time.Minute)}), "ExpiredAuthenticationToken"},
		{"Speech's audience", "Bearer " + s.MintToken(TokenSpec{Tenant: kwTenant, ObjectID: "a0000000-0000-4000-8000-000000000001",
			Audience: "https://cognitiveservices.azure.com", Expires: time.Now().Add(time.Hour)}), "InvalidAuthenticationTokenAudience"},
	} {
		if st, body := call(t, c, http.MethodGet, u, tc.authz, ""); st != 401 || !strings.Contains(body, `"code":"`+tc.code+`"`) {
			t.Errorf("%s: %d %s, want 401 %s", tc.name, st, body, tc.code)
		}
	}
	// Contributor may read role assignments (its NotActions spare reads).
	ra, _ := armClients(t, c, cloud.AzurePublic, kwTenant, kwContribSP, "fake-secret-contributor-sp")
	if _, _, err := listAt(ra, kwKeyless, "atScope()"); err != nil {
		t.Fatalf("contributor: %v", err)
	}
}

// TestARMSovereignCloud: Azure China's management host and audience.
func TestARMSovereignCloud(t *testing.T) {
	s, c := keylessWorld(t)
	ra, _ := armClients(t, c, cloud.AzureChina, kwChinaTenant, kwChinaSP, "fake-secret-china-sp")
	got, _, err := listAt(ra, kwChinaRes, "atScope()")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || !strings.HasSuffix(*got[0].Properties.RoleDefinitionID, RoleSpeechUser) {
		t.Fatalf("China: %q", roleIDs(got))
	}
	if !sawHost(s, "management.chinacloudapi.cn") || sawHost(s, "management.azure.com") {
		t.Error("the China client did not use management.chinacloudapi.cn alone")
	}
}
