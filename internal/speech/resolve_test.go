package speech

import (
	"slices"
	"strings"
	"testing"
)

func sp(s string) *string { return &s }

func TestResolve(t *testing.T) {
	for _, tc := range []struct {
		name        string
		in          Input
		cloud       string
		region      string // "" for none
		subdomain   string
		token       string // recommended token endpoint
		resource    string
		warnings    int
		hasRegional bool
		hasCustom   bool
	}{
		{name: "seed public", in: Input{Region: sp("Japan West")}, cloud: "public", region: "japanwest",
			token: "https://japanwest.api.cognitive.microsoft.com/sts/v1.0/issueToken", resource: "https://japanwest.api.cognitive.microsoft.com/", hasRegional: true},
		{name: "seed china inferred", in: Input{Region: sp("chinaeast2")}, cloud: "china", region: "chinaeast2",
			token: "https://chinaeast2.api.cognitive.azure.cn/sts/v1.0/issueToken", resource: "https://chinaeast2.api.cognitive.azure.cn/", hasRegional: true},
		{name: "az cli cloud name", in: Input{Region: sp("chinaeast2"), Cloud: sp("AzureChinaCloud")}, cloud: "china", region: "chinaeast2",
			token: "https://chinaeast2.api.cognitive.azure.cn/sts/v1.0/issueToken", resource: "https://chinaeast2.api.cognitive.azure.cn/", hasRegional: true},
		{name: "legacy virginia", in: Input{Region: sp("virginia")}, cloud: "usgovernment", region: "usgovvirginia",
			token: "https://usgovvirginia.api.cognitive.microsoft.us/sts/v1.0/issueToken", resource: "https://usgovvirginia.api.cognitive.microsoft.us/", warnings: 1, hasRegional: true},
		{name: "endpoint only regional", in: Input{Endpoint: sp("https://usgovarizona.api.cognitive.microsoft.us/")}, cloud: "usgovernment", region: "usgovarizona",
			token: "https://usgovarizona.api.cognitive.microsoft.us/sts/v1.0/issueToken", resource: "https://usgovarizona.api.cognitive.microsoft.us/", hasRegional: true},
		{name: "endpoint only custom domain plans without a warning (the SDK's FromEndpoint is documented without a private endpoint)", in: Input{Endpoint: sp("https://my-speech.cognitiveservices.azure.com/")}, cloud: "public", subdomain: "my-speech",
			token: "https://my-speech.cognitiveservices.azure.com/sts/v1.0/issueToken", resource: "https://my-speech.cognitiveservices.azure.com/", hasCustom: true},
		{name: "endpoint only custom domain with private endpoint", in: Input{Endpoint: sp("https://my-speech.cognitiveservices.azure.com/"), PrivateEndpoint: true}, cloud: "public", subdomain: "my-speech",
			token: "https://my-speech.cognitiveservices.azure.com/sts/v1.0/issueToken", resource: "https://my-speech.cognitiveservices.azure.com/", hasCustom: true},
		{name: "foundry project endpoint with region", in: Input{Endpoint: sp("https://contoso.services.ai.azure.com/api/projects/p"), Region: sp("swedencentral")}, cloud: "public", region: "swedencentral", subdomain: "contoso",
			token: "https://swedencentral.api.cognitive.microsoft.com/sts/v1.0/issueToken", resource: "https://contoso.cognitiveservices.azure.com/", hasRegional: true, hasCustom: true},
		{name: "openai endpoint of an AIServices resource", in: Input{Endpoint: sp("https://contoso.openai.azure.com/"), Kind: sp("AIServices"), Region: sp("eastus2")}, cloud: "public", region: "eastus2", subdomain: "contoso",
			token: "https://eastus2.api.cognitive.microsoft.com/sts/v1.0/issueToken", resource: "https://contoso.cognitiveservices.azure.com/", hasRegional: true, hasCustom: true},
		{name: "virginia portal endpoint", in: Input{Endpoint: sp("https://virginia.api.cognitive.microsoft.us/")}, cloud: "usgovernment", region: "usgovvirginia",
			token: "https://usgovvirginia.api.cognitive.microsoft.us/sts/v1.0/issueToken", resource: "https://usgovvirginia.api.cognitive.microsoft.us/", hasRegional: true},
		{name: "region outside the table", in: Input{Region: sp("Poland Central")}, cloud: "public", region: "polandcentral",
			token: "https://polandcentral.api.cognitive.microsoft.com/sts/v1.0/issueToken", resource: "https://polandcentral.api.cognitive.microsoft.com/", warnings: 1, hasRegional: true},
		{name: "unknown name takes the given cloud", in: Input{Region: sp("newregion"), Cloud: sp("usgovernment")}, cloud: "usgovernment", region: "newregion",
			token: "https://newregion.api.cognitive.microsoft.us/sts/v1.0/issueToken", resource: "https://newregion.api.cognitive.microsoft.us/", warnings: 1, hasRegional: true},
		{name: "unknown name takes the provider's cloud", in: Input{Region: sp("newregion"), Default: China}, cloud: "china", region: "newregion",
			token: "https://newregion.api.cognitive.azure.cn/sts/v1.0/issueToken", resource: "https://newregion.api.cognitive.azure.cn/", warnings: 1, hasRegional: true},
		{name: "custom subdomain without private endpoint keeps regional", in: Input{Region: sp("westeurope"), Subdomain: sp("my-speech")}, cloud: "public", region: "westeurope", subdomain: "my-speech",
			token: "https://westeurope.api.cognitive.microsoft.com/sts/v1.0/issueToken", resource: "https://my-speech.cognitiveservices.azure.com/", hasRegional: true, hasCustom: true},
		{name: "private endpoint uses custom domain", in: Input{Region: sp("westeurope"), Subdomain: sp("my-speech"), PrivateEndpoint: true, Kind: sp("multi-service")}, cloud: "public", region: "westeurope", subdomain: "my-speech",
			token: "https://my-speech.cognitiveservices.azure.com/sts/v1.0/issueToken", resource: "https://my-speech.cognitiveservices.azure.com/", hasRegional: true, hasCustom: true},
		{name: "private endpoint subdomain from endpoint", in: Input{Endpoint: sp("https://my-speech.cognitiveservices.azure.cn/"), Region: sp("chinanorth3"), PrivateEndpoint: true}, cloud: "china", region: "chinanorth3", subdomain: "my-speech",
			token: "https://my-speech.cognitiveservices.azure.cn/sts/v1.0/issueToken", resource: "https://my-speech.cognitiveservices.azure.cn/", warnings: 1, hasRegional: true, hasCustom: true},
		{name: "provider default differs warns", in: Input{Region: sp("chinaeast2"), Default: Public}, cloud: "china", region: "chinaeast2",
			token: "https://chinaeast2.api.cognitive.azure.cn/sts/v1.0/issueToken", resource: "https://chinaeast2.api.cognitive.azure.cn/", warnings: 1, hasRegional: true},
		{name: "token url accepted with warning", in: Input{Endpoint: sp("https://japanwest.api.cognitive.microsoft.com/sts/v1.0/issueToken")}, cloud: "public", region: "japanwest",
			token: "https://japanwest.api.cognitive.microsoft.com/sts/v1.0/issueToken", resource: "https://japanwest.api.cognitive.microsoft.com/", warnings: 1, hasRegional: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, fs := Resolve(tc.in)
			if HasErrors(fs) {
				t.Fatalf("unexpected errors: %+v", fs)
			}
			if len(fs) != tc.warnings {
				t.Errorf("warnings = %+v, want %d", fs, tc.warnings)
			}
			gotRegion := ""
			if res.Region != nil {
				gotRegion = res.Region.Name
			}
			if res.Cloud.Name != tc.cloud || gotRegion != tc.region || res.Subdomain != tc.subdomain {
				t.Errorf("resolved %s/%s/%s, want %s/%s/%s", res.Cloud.Name, gotRegion, res.Subdomain, tc.cloud, tc.region, tc.subdomain)
			}
			if res.Recommended.Token != tc.token || res.ResourceEndpoint != tc.resource {
				t.Errorf("token %q resource %q, want %q %q", res.Recommended.Token, res.ResourceEndpoint, tc.token, tc.resource)
			}
			if (res.Regional != nil) != tc.hasRegional || (res.CustomDomain != nil) != tc.hasCustom {
				t.Errorf("regional %v custom %v", res.Regional != nil, res.CustomDomain != nil)
			}
			if as := res.AppSettings(); as["SPEECH_TOKEN_ENDPOINT"] != tc.token || as["SPEECH_ENDPOINT"] != tc.resource || as["SPEECH_REGION"] != tc.region {
				t.Errorf("app settings %v", as)
			}
		})
	}
}

func TestResolveRejects(t *testing.T) {
	for _, tc := range []struct {
		name    string
		setting Setting
		code    Code
		in      Input
	}{
		{"nothing", SettingRegion, CodeRegionOrEndpoint, Input{}},
		{"region of another cloud", SettingRegion, CodeRegionOtherCloud, Input{Region: sp("chinaeast2"), Cloud: sp("public")}},
		{"gov region in china", SettingRegion, CodeRegionOtherCloud, Input{Region: sp("usgovarizona"), Cloud: sp("china")}},
		{"public region in gov", SettingRegion, CodeRegionOtherCloud, Input{Region: sp("japanwest"), Cloud: sp("usgovernment")}},
		{"unknown cloud", SettingCloud, CodeCloudUnknown, Input{Region: sp("westus"), Cloud: sp("azure-public")}},
		{"legacy kind", SettingKind, CodeKindLegacy, Input{Region: sp("westus"), Kind: sp("Bing.Speech")}},
		{"bad subdomain", SettingSubdomain, CodeSubdomainInvalid, Input{Region: sp("westus"), Subdomain: sp("speech-")}},
		{"private without subdomain", SettingPrivateEndpoint, CodePrivateNeedsDomain, Input{Region: sp("westus"), PrivateEndpoint: true}},
		{"private with regional endpoint", SettingPrivateEndpoint, CodePrivateNeedsDomain, Input{Endpoint: sp("https://chinaeast2.api.cognitive.azure.cn/"), PrivateEndpoint: true}},
		{"endpoint not azure", SettingEndpoint, CodeEndpointNotAzure, Input{Endpoint: sp("https://speech.example.com/")}},
		{"endpoint vs cloud", SettingEndpoint, CodeEndpointOtherCloud, Input{Endpoint: sp("https://x1.cognitiveservices.azure.cn/"), Cloud: sp("public")}},
		{"endpoint vs region", SettingEndpoint, CodeEndpointRegion, Input{Endpoint: sp("https://japanwest.api.cognitive.microsoft.com/"), Region: sp("japaneast")}},
		{"endpoint vs region cloud", SettingEndpoint, CodeEndpointRegionFar, Input{Endpoint: sp("https://japanwest.api.cognitive.microsoft.com/"), Region: sp("chinaeast2")}},
		{"endpoint vs subdomain", SettingEndpoint, CodeEndpointSubdomain, Input{Endpoint: sp("https://one.cognitiveservices.azure.com/"), Subdomain: sp("two")}},
		{"region without speech", SettingRegion, CodeRegionNoSpeech, Input{Region: sp("southindia")}},
		{"foundry endpoint with another kind", SettingKind, CodeEndpointKind, Input{Endpoint: sp("https://contoso.services.ai.azure.com/api/projects/p"), Kind: sp("SpeechServices")}},
		{"openai endpoint without a kind", SettingEndpoint, CodeEndpointOpenAIKind, Input{Endpoint: sp("https://contoso.openai.azure.com/")}},
		{"openai endpoint with another kind", SettingEndpoint, CodeEndpointOpenAIKind, Input{Endpoint: sp("https://contoso.openai.azure.com/"), Kind: sp("CognitiveServices")}},
		{"azure region of another cloud", SettingRegion, CodeRegionOtherCloud, Input{Region: sp("polandcentral"), Cloud: sp("china")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, ps := Resolve(tc.in)
			errs := Errors(ps)
			if len(errs) != 1 || errs[0].Code != tc.code || errs[0].Setting != tc.setting {
				t.Errorf("problems %+v, want one error %s on setting %d", ps, tc.code, tc.setting)
			}
		})
	}
}

func TestResolveDeterministicID(t *testing.T) {
	in := Input{Region: sp("westeurope"), Subdomain: sp("My-Speech"), PrivateEndpoint: true}
	a, _ := Resolve(in)
	b, _ := Resolve(in)
	if a.ID() != b.ID() || a.ID() != "public/westeurope/my-speech/private" {
		t.Errorf("ID %q %q", a.ID(), b.ID())
	}
}

// The fixes a problem keeps (verifyFixes): a fix is kept when, applied, it
// removes its own problem and leaves no error related to it, neither a new
// one nor one about the settings the problem or the fix are about. An
// unrelated error stays without costing the other problem its fixes, and a
// fix is completed only for errors it caused. The renderer's tests apply
// every fix a message names (internal/provider/fixes_render_test.go).
func TestFixRule(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   Input
		code Code
		want []Fix
	}{
		// Two unrelated errors: each keeps its fixes.
		{"typo beside an unknown kind", Input{Region: sp("wetsus"), Kind: sp("foo")}, CodeRegionTypo, fixes("region=westus")},
		{"typo beside a bad port", Input{Region: sp("wetsus"), Endpoint: sp("https://westus.api.cognitive.microsoft.com:8443/")}, CodeRegionTypo, fixes("region=westus")},
		{"bad port beside a typo", Input{Region: sp("wetsus"), Endpoint: sp("https://westus.api.cognitive.microsoft.com:8443/")}, CodeEndpointPort,
			fixes("endpoint=https://westus.api.cognitive.microsoft.com/")},
		// Completed for the error the fix caused, beside an unrelated one.
		{"typo of another cloud's region beside an unknown kind", Input{Region: sp("chinaest2"), Cloud: sp("public"), Kind: sp("foo")}, CodeRegionTypo,
			fixes("region=chinaeast2 cloud=china")},
		{"typo of another cloud's region", Input{Region: sp("chinaest2"), Cloud: sp("public")}, CodeRegionTypo, fixes("region=chinaeast2 cloud=china")},
		// Related errors: a fix that leaves the other one is dropped.
		{"region and endpoint of another cloud: the region's fixes", Input{Region: sp("westus"), Cloud: sp("usgovernment"),
			Endpoint: sp("https://westus.api.cognitive.microsoft.com/")}, CodeRegionOtherCloud, fixes("cloud=public", "-cloud")},
		{"region and endpoint of another cloud: the endpoint's fixes", Input{Region: sp("westus"), Cloud: sp("usgovernment"),
			Endpoint: sp("https://westus.api.cognitive.microsoft.com/")}, CodeEndpointOtherCloud, fixes("cloud=public", "-cloud")},
		{"china region, public cloud and custom domain: the region's fixes", Input{Region: sp("chinaeast2"), Cloud: sp("public"),
			Endpoint: sp("https://myres.cognitiveservices.azure.com/")}, CodeRegionOtherCloud, fixes("region=koreacentral", "region=eastasia", "region=japanwest")},
		{"china region, public cloud and custom domain: the endpoint's fixes", Input{Region: sp("chinaeast2"), Cloud: sp("public"),
			Endpoint: sp("https://myres.cognitiveservices.azure.com/")}, CodeEndpointRegionFar, fixes("-region")},
		{"public endpoint and region, china cloud: the region's fixes", Input{Region: sp("japaneast"), Cloud: sp("china"),
			Endpoint: sp("https://japanwest.api.cognitive.microsoft.com/")}, CodeRegionOtherCloud, fixes("cloud=public region=japanwest", "-cloud region=japanwest")},
		{"public endpoint and region, china cloud: the endpoint's fixes", Input{Region: sp("japaneast"), Cloud: sp("china"),
			Endpoint: sp("https://japanwest.api.cognitive.microsoft.com/")}, CodeEndpointOtherCloud, fixes("cloud=public region=japanwest", "-cloud region=japanwest")},
		// A completion never undoes the fix: the endpoint's region wins.
		{"typo beside a regional endpoint", Input{Region: sp("wetsus"), Endpoint: sp("https://japanwest.api.cognitive.microsoft.com/")}, CodeRegionTypo, nil},
		// A key-shaped subdomain, even inside a URL, is refused without a fix.
		{"key-shaped subdomain given as URL", Input{Region: sp("westus"), Subdomain: sp("a1b2c3d4a1b2c3d4a1b2c3d4.cognitiveservices.azure.com")}, CodeKeyShaped, nil},
		// A warning's fixes are tried too.
		{"legacy region", Input{Region: sp("virginia")}, CodeRegionLegacy, fixes("region=usgovvirginia")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, ps := Resolve(tc.in)
			i := slices.IndexFunc(ps, func(p Problem) bool { return p.Code == tc.code })
			if i < 0 {
				t.Fatalf("no %s among %+v", tc.code, ps)
			}
			if got := ps[i].Fixes; !slices.EqualFunc(got, tc.want, sameChanges) {
				t.Errorf("fixes %+v, want %+v", got, tc.want)
			}
		})
	}
}

// fixes builds fixes from specs, one per fix: changes separated by spaces,
// each "setting=value" or "-setting".
func fixes(specs ...string) []Fix {
	names := map[string]Setting{"region": SettingRegion, "cloud": SettingCloud, "kind": SettingKind, "subdomain": SettingSubdomain,
		"endpoint": SettingEndpoint, "private_endpoint": SettingPrivateEndpoint}
	var out []Fix
	for _, spec := range specs {
		var f Fix
		for _, c := range strings.Fields(spec) {
			if name, ok := strings.CutPrefix(c, "-"); ok {
				f = append(f, Change{Setting: names[name], Remove: true})
				continue
			}
			name, v, _ := strings.Cut(c, "=")
			f = append(f, Change{Setting: names[name], Value: v})
		}
		out = append(out, f)
	}
	return out
}

// Relocating a configuration to any region of the table (where locate
// found the key) leaves no error, and names that region.
func TestRelocateLeavesNoError(t *testing.T) {
	inputs := []Input{
		{Region: sp("japanwest")},
		{Region: sp("japanwest"), Cloud: sp("public")},
		{Endpoint: sp("https://japanwest.api.cognitive.microsoft.com/")},
		{Endpoint: sp("https://myres.cognitiveservices.azure.com/"), Region: sp("japanwest")},
		{Endpoint: sp("https://myres.cognitiveservices.azure.com/"), Region: sp("japanwest"), PrivateEndpoint: true},
		{Region: sp("eastus"), Subdomain: sp("contoso"), PrivateEndpoint: true},
		{Endpoint: sp("https://contoso.openai.azure.com/"), Kind: sp("AIServices"), Region: sp("eastus2")},
		{Endpoint: sp("https://contoso.services.ai.azure.com/"), Region: sp("swedencentral")},
		{Region: sp("polandcentral")},
		{Region: sp("newregion"), Cloud: sp("usgovernment")},
		{Endpoint: sp("https://usgovarizona.api.cognitive.microsoft.us/")},
		{Region: sp("westus"), Default: China},
	}
	for _, in := range inputs {
		if _, ps := Resolve(in); HasErrors(ps) {
			t.Fatalf("%s does not resolve: %+v", show(in), ps)
		}
		for _, to := range Regions(nil) {
			f := Relocate(in, to)
			res, ps := Resolve(in.With(f))
			if HasErrors(ps) || res.Region == nil || res.Region.Name != to.Name || res.Cloud != to.Cloud {
				t.Errorf("%s relocated to %s with %+v: %+v %+v", show(in), to.Name, f, res.Region, Errors(ps))
			}
		}
	}
	// The seed case names only what must change.
	f := Relocate(Input{Region: sp("japanwest"), Cloud: sp("public")}, mustRegion("chinaeast2"))
	if want := (Fix{{Setting: SettingCloud, Value: "china"}, {Setting: SettingRegion, Value: "chinaeast2"}}); !slices.Equal(f, want) {
		t.Errorf("seed relocation %+v, want %+v", f, want)
	}
	// A custom-domain endpoint of the public cloud cannot stay beside a China region.
	f = Relocate(Input{Endpoint: sp("https://myres.cognitiveservices.azure.com/"), Region: sp("japanwest")}, mustRegion("chinaeast2"))
	if want := (Fix{{Setting: SettingEndpoint, Remove: true}, {Setting: SettingRegion, Value: "chinaeast2"}}); !slices.Equal(f, want) {
		t.Errorf("custom-domain relocation %+v, want %+v", f, want)
	}
}

func mustRegion(name string) Region {
	rg, ok := RegionByName(name)
	if !ok {
		panic(name)
	}
	return rg
}

func show(in Input) string {
	var parts []string
	for _, f := range []struct {
		n string
		v *string
	}{{"region", in.Region}, {"cloud", in.Cloud}, {"kind", in.Kind}, {"subdomain", in.Subdomain}, {"endpoint", in.Endpoint}} {
		if f.v != nil {
			parts = append(parts, f.n+"="+*f.v)
		}
	}
	if in.PrivateEndpoint {
		parts = append(parts, "private")
	}
	return "{" + strings.Join(parts, " ") + "}"
}

// sameChanges compares fixes by what they change, not the role of each
// change (TestFixRoles checks those).
func sameChanges(a, b Fix) bool {
	return slices.EqualFunc(a, b, func(x, y Change) bool {
		return x.Setting == y.Setting && x.Value == y.Value && x.Remove == y.Remove
	})
}

// TestFixRoles checks that each fix says what kind of change it is: the
// words rely on the roles, never on the order the fixes were built in.
func TestFixRoles(t *testing.T) {
	for _, tc := range []struct {
		in    Input
		code  Code
		roles [][]Role // per fix, per change
		from  Setting  // From of the RoleInferred changes
	}{
		{Input{Region: sp("japnwest")}, CodeRegionTypo, [][]Role{{RoleCandidate}}, SettingNone},
		{Input{Region: sp("southindia")}, CodeRegionNoSpeech,
			[][]Role{{RoleCandidate}}, SettingNone},
		{Input{Region: sp("https://westus.api.cognitive.microsoft.com/")}, CodeRegionIsURL,
			[][]Role{{RolePlain}, {RoleMoveURL, RoleMoveURL}}, SettingNone},
		{Input{Region: sp("westus"), Subdomain: sp("https://myres.cognitiveservices.azure.com/")}, CodeSubdomainIsURL,
			[][]Role{{RolePlain}, {RoleMoveURL, RoleMoveURL}}, SettingNone},
		{Input{Region: sp("westus"), Subdomain: sp("mуres")}, CodeNonASCII, [][]Role{{RoleCandidate}}, SettingNone},
		{Input{Region: sp("chinaeast2"), Cloud: sp("public")}, CodeRegionOtherCloud,
			[][]Role{{RolePlain}, {RoleInferred}, {RoleNearby}, {RoleNearby}, {RoleNearby}}, SettingRegion},
		{Input{Region: sp("japaneast"), Endpoint: sp("https://japanwest.api.cognitive.microsoft.com/")}, CodeEndpointRegion,
			[][]Role{{RolePlain}, {RoleInferred}}, SettingEndpoint},
	} {
		_, ps := Resolve(tc.in)
		i := slices.IndexFunc(ps, func(p Problem) bool { return p.Code == tc.code })
		if i < 0 {
			t.Errorf("%+v: no %s in %+v", tc.in, tc.code, ps)
			continue
		}
		var got [][]Role
		for _, f := range ps[i].Fixes {
			var rs []Role
			for _, c := range f {
				rs = append(rs, c.Role)
				if c.Role == RoleInferred && c.From != tc.from {
					t.Errorf("%s: inferred from %d, want %d", tc.code, c.From, tc.from)
				}
			}
			got = append(got, rs)
		}
		if !slices.EqualFunc(got, tc.roles, slices.Equal) {
			t.Errorf("%s: roles %v, want %v", tc.code, got, tc.roles)
		}
	}
}
