package speech

import (
	"strings"
	"testing"

	// arm/runtime adds Azure Resource Manager to azcore's clouds.
	_ "github.com/Azure/azure-sdk-for-go/sdk/azcore/arm/runtime"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/cloud"
)

// The Entra table agrees with azcore's clouds (SourceAzcoreCloud), line by
// line, and every cloud of the catalog has a row.
func TestEntraMatchesAzcore(t *testing.T) {
	sdk := map[*Cloud]cloud.Configuration{Public: cloud.AzurePublic, USGovernment: cloud.AzureGovernment, China: cloud.AzureChina}
	for _, c := range clouds {
		e, want := c.Entra(), sdk[c]
		if e.Scope == "" {
			t.Errorf("%s: no Entra facts", c.Name)
		}
		if e.AuthorityHost != want.ActiveDirectoryAuthorityHost {
			t.Errorf("%s: authority %q, azcore %q", c.Name, e.AuthorityHost, want.ActiveDirectoryAuthorityHost)
		}
		arm := want.Services[cloud.ResourceManager]
		if e.ManagementEndpoint != arm.Endpoint || e.ManagementAudience != arm.Audience {
			t.Errorf("%s: ARM %q %q, azcore %q %q", c.Name, e.ManagementEndpoint, e.ManagementAudience, arm.Endpoint, arm.Audience)
		}
		// The scope's host is the cloud's custom-domain suffix.
		if e.Scope != "https://"+c.CustomDomainSuffix+"/.default" {
			t.Errorf("%s: scope %q does not match the custom-domain suffix %q", c.Name, e.Scope, c.CustomDomainSuffix)
		}
	}
	if !Public.Entra().ScopeInSpeechDocs || USGovernment.Entra().ScopeInSpeechDocs || China.Entra().ScopeInSpeechDocs {
		t.Error("only the public scope is stated by the Speech docs")
	}
	if got := USGovernment.Entra().ManagementScope(); got != "https://management.core.usgovcloudapi.net/.default" {
		t.Errorf("ManagementScope = %q", got)
	}
	if (&Cloud{Name: "other"}).Entra() != (Entra{}) {
		t.Error("a cloud outside the catalog has Entra facts")
	}
}

func TestKeylessNeedsDomain(t *testing.T) {
	if p := KeylessNeedsDomain(Public, "contoso"); p != nil {
		t.Errorf("with a subdomain: %v", p)
	}
	p := KeylessNeedsDomain(China, "  ")
	if p == nil || p.Code != CodeKeylessNeedsDomain || p.Setting != SettingLocalAuth || p.Cloud != China {
		t.Errorf("without a subdomain: %+v", p)
	}
}

// Keyless through Resolve: the custom-domain forms are recommended, the app
// settings are keyless (scope, resource ID, no token endpoint), and no
// custom subdomain is an error naming the cloud.
func TestResolveKeyless(t *testing.T) {
	yes, id, region, subd := "false", rid, "eastus", "contoso"
	in := Input{Region: &region, Subdomain: &subd}.With(Fix{{Setting: SettingLocalAuth, Value: yes},
		{Setting: SettingResourceID, Value: id}})
	if !in.Keyless || in.ResourceID == nil {
		t.Fatalf("input %+v", in)
	}
	res, ps := Resolve(in)
	if HasErrors(ps) {
		t.Fatal(ps)
	}
	if !res.Keyless || res.Recommended != *res.CustomDomain || res.ResourceID == nil || res.ResourceID.String() != rid {
		t.Errorf("resolution %+v", res)
	}
	as := res.AppSettings()
	if _, ok := as["SPEECH_TOKEN_ENDPOINT"]; ok || as["SPEECH_TOKEN_SCOPE"] != Public.Entra().Scope ||
		as["SPEECH_RESOURCE_ID"] != rid || as["SPEECH_ENDPOINT"] != "https://contoso.cognitiveservices.azure.com/" {
		t.Errorf("app settings %v", as)
	}
	// local_auth_enabled = true is not keyless.
	if in2 := in.With(Fix{{Setting: SettingLocalAuth, Value: "true"}}); in2.Keyless {
		t.Error("true is keyless")
	}
	_, ps = Resolve(Input{Region: &region, Keyless: true})
	if len(ps) != 1 || ps[0].Code != CodeKeylessNeedsDomain || ps[0].Setting != SettingLocalAuth || ps[0].Cloud != Public {
		t.Errorf("problems %+v", ps)
	}
	bad := "/subscriptions/nope/resourceGroups/x/providers/Microsoft.CognitiveServices/accounts/y"
	if _, ps = Resolve(Input{Region: &region, ResourceID: &bad}); len(ps) != 1 || ps[0].Code != CodeResourceIDSubscription ||
		ps[0].Setting != SettingResourceID {
		t.Errorf("problems %+v", ps)
	}
}

const (
	sub = "00000000-1111-2222-3333-444444444444"
	rid = "/subscriptions/" + sub + "/resourceGroups/rg-speech/providers/Microsoft.CognitiveServices/accounts/contoso-speech"
)

func TestParseAccountID(t *testing.T) {
	ok := AccountID{Subscription: sub, ResourceGroup: "rg-speech", Name: "contoso-speech"}
	tests := []struct {
		name, in string
		want     AccountID
		code     Code
		given    string
		wantID   string
	}{
		{name: "canonical", in: rid, want: ok},
		{name: "lower-case segments and provider", in: strings.ToLower(rid), want: AccountID{sub, "rg-speech", "contoso-speech"}},
		{name: "upper-case provider", in: strings.Replace(rid, "Microsoft.CognitiveServices/accounts", "MICROSOFT.COGNITIVESERVICES/Accounts", 1), want: ok},
		{name: "trailing slash and blanks", in: "  " + rid + "/ \n", want: ok},
		{name: "group with parentheses and periods", in: strings.Replace(rid, "rg-speech", "rg.(prod)_1", 1),
			want: AccountID{sub, "rg.(prod)_1", "contoso-speech"}},
		{name: "empty", in: "", code: CodeEmpty},
		{name: "a name", in: "contoso-speech", code: CodeResourceIDNotARM},
		{name: "an endpoint", in: "https://contoso-speech.cognitiveservices.azure.com/", code: CodeResourceIDNotARM},
		{name: "a portal URL", in: "https://portal.azure.com/#@contoso.onmicrosoft.com/resource" + rid + "/overview",
			code: CodeResourceIDNotARM, wantID: rid},
		{name: "not subscriptions", in: "/providers/Microsoft.Management/managementGroups/mg", code: CodeResourceIDNotARM},
		{name: "subscription only", in: "/subscriptions/" + sub, code: CodeResourceIDMalformed},
		{name: "resource group only", in: "/subscriptions/" + sub + "/resourceGroups/rg", code: CodeResourceIDMalformed},
		{name: "misspelt resourceGroups", in: strings.Replace(rid, "resourceGroups", "resourceGroup", 1), code: CodeResourceIDMalformed},
		{name: "subscription not a GUID", in: strings.Replace(rid, sub, "my-subscription", 1), code: CodeResourceIDSubscription,
			given: "my-subscription"},
		{name: "group ends with a period", in: strings.Replace(rid, "rg-speech", "rg.", 1), code: CodeResourceIDGroup, given: "rg."},
		{name: "group too long", in: strings.Replace(rid, "rg-speech", strings.Repeat("g", 91), 1), code: CodeResourceIDGroup,
			given: strings.Repeat("g", 91)},
		{name: "another provider", in: "/subscriptions/" + sub + "/resourceGroups/rg/providers/Microsoft.Web/sites/app",
			code: CodeResourceIDProvider, given: "Microsoft.Web/sites"},
		{name: "another type", in: strings.Replace(rid, "/accounts/", "/commitmentPlans/", 1), code: CodeResourceIDProvider,
			given: "Microsoft.CognitiveServices/commitmentPlans"},
		{name: "name with a space", in: strings.Replace(rid, "contoso-speech", "contoso%20speech", 1), code: CodeResourceIDName,
			given: "contoso%20speech"},
		{name: "name of one character", in: strings.Replace(rid, "contoso-speech", "c", 1), code: CodeResourceIDName, given: "c"},
		{name: "a deployment", in: rid + "/deployments/gpt", code: CodeResourceIDChild, wantID: rid},
		{name: "control character", in: rid + "\x00", code: CodeControlChar, given: rid + "\x00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, p := ParseAccountID(tt.in)
			if tt.code == "" {
				if p != nil {
					t.Fatalf("problem %+v", p)
				}
				if got != tt.want {
					t.Fatalf("got %+v, want %+v", got, tt.want)
				}
				if again, q := ParseAccountID(got.String()); q != nil || again != got {
					t.Fatalf("String does not round-trip: %q", got.String())
				}
				return
			}
			if p == nil {
				t.Fatalf("no problem, got %+v", got)
			}
			if p.Code != tt.code || p.Setting != SettingResourceID || p.Given != tt.given || p.Want != tt.wantID {
				t.Fatalf("got %s (setting %d) given %q want %q; expected %s given %q want %q",
					p.Code, p.Setting, p.Given, p.Want, tt.code, tt.given, tt.wantID)
			}
			if got != (AccountID{}) {
				t.Fatalf("a refused ID returned %+v", got)
			}
		})
	}
}

func TestAccountIDForms(t *testing.T) {
	id, p := ParseAccountID(rid)
	if p != nil {
		t.Fatal(p)
	}
	if got := id.AADPrefix(); got != "aad#"+rid+"#" {
		t.Errorf("AADPrefix = %q", got)
	}
	if got := id.AADToken("eyJ0.x.y"); got != "aad#"+rid+"#eyJ0.x.y" {
		t.Errorf("AADToken = %q", got)
	}
	if got := id.ResourceGroupID(); got != "/subscriptions/"+sub+"/resourceGroups/rg-speech" {
		t.Errorf("ResourceGroupID = %q", got)
	}
	if got := id.SubscriptionID(); got != "/subscriptions/"+sub {
		t.Errorf("SubscriptionID = %q", got)
	}
}

func TestParsePrincipalID(t *testing.T) {
	if got, p := ParsePrincipalID(" AAAAAAAA-0000-0000-0000-000000000001 "); p != nil || got != "aaaaaaaa-0000-0000-0000-000000000001" {
		t.Errorf("got %q %v", got, p)
	}
	for in, code := range map[string]Code{"": CodeEmpty, "my-app": CodePrincipalIDNotGUID,
		"{aaaaaaaa-0000-0000-0000-000000000001}": CodePrincipalIDNotGUID, "a\x01": CodeControlChar} {
		if _, p := ParsePrincipalID(in); p == nil || p.Code != code || p.Setting != SettingPrincipalID {
			t.Errorf("%q: %+v, want %s", in, p, code)
		}
	}
}
