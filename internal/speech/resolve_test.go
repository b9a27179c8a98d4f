package speech

import (
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
		{name: "endpoint only custom domain warns of the custom-domain forms", in: Input{Endpoint: sp("https://my-speech.cognitiveservices.azure.com/")}, cloud: "public", subdomain: "my-speech",
			token: "https://my-speech.cognitiveservices.azure.com/sts/v1.0/issueToken", resource: "https://my-speech.cognitiveservices.azure.com/", warnings: 1, hasCustom: true},
		{name: "endpoint only custom domain with private endpoint", in: Input{Endpoint: sp("https://my-speech.cognitiveservices.azure.com/"), PrivateEndpoint: true}, cloud: "public", subdomain: "my-speech",
			token: "https://my-speech.cognitiveservices.azure.com/sts/v1.0/issueToken", resource: "https://my-speech.cognitiveservices.azure.com/", hasCustom: true},
		{name: "foundry project endpoint with region", in: Input{Endpoint: sp("https://contoso.services.ai.azure.com/api/projects/p"), Region: sp("swedencentral")}, cloud: "public", region: "swedencentral", subdomain: "contoso",
			token: "https://swedencentral.api.cognitive.microsoft.com/sts/v1.0/issueToken", resource: "https://contoso.cognitiveservices.azure.com/", hasRegional: true, hasCustom: true},
		{name: "openai endpoint of an AIServices resource", in: Input{Endpoint: sp("https://contoso.openai.azure.com/"), ResourceType: sp("AIServices"), Region: sp("eastus2")}, cloud: "public", region: "eastus2", subdomain: "contoso",
			token: "https://eastus2.api.cognitive.microsoft.com/sts/v1.0/issueToken", resource: "https://contoso.cognitiveservices.azure.com/", hasRegional: true, hasCustom: true},
		{name: "virginia portal endpoint", in: Input{Endpoint: sp("https://virginia.api.cognitive.microsoft.us/")}, cloud: "usgovernment", region: "usgovvirginia",
			token: "https://usgovvirginia.api.cognitive.microsoft.us/sts/v1.0/issueToken", resource: "https://usgovvirginia.api.cognitive.microsoft.us/", hasRegional: true},
		{name: "region outside the table", in: Input{Region: sp("Poland Central")}, cloud: "public", region: "polandcentral",
			token: "https://polandcentral.api.cognitive.microsoft.com/sts/v1.0/issueToken", resource: "https://polandcentral.api.cognitive.microsoft.com/", warnings: 1, hasRegional: true},
		{name: "unknown name takes the given cloud", in: Input{Region: sp("newregion"), Cloud: sp("usgovernment")}, cloud: "usgovernment", region: "newregion",
			token: "https://newregion.api.cognitive.microsoft.us/sts/v1.0/issueToken", resource: "https://newregion.api.cognitive.microsoft.us/", warnings: 1, hasRegional: true},
		{name: "unknown name takes the provider's cloud", in: Input{Region: sp("newregion"), DefaultCloud: "china", DefaultCloudSource: "ARM_ENVIRONMENT"}, cloud: "china", region: "newregion",
			token: "https://newregion.api.cognitive.azure.cn/sts/v1.0/issueToken", resource: "https://newregion.api.cognitive.azure.cn/", warnings: 1, hasRegional: true},
		{name: "custom subdomain without private endpoint keeps regional", in: Input{Region: sp("westeurope"), Subdomain: sp("my-speech")}, cloud: "public", region: "westeurope", subdomain: "my-speech",
			token: "https://westeurope.api.cognitive.microsoft.com/sts/v1.0/issueToken", resource: "https://my-speech.cognitiveservices.azure.com/", hasRegional: true, hasCustom: true},
		{name: "private endpoint uses custom domain", in: Input{Region: sp("westeurope"), Subdomain: sp("my-speech"), PrivateEndpoint: true, ResourceType: sp("multi-service")}, cloud: "public", region: "westeurope", subdomain: "my-speech",
			token: "https://my-speech.cognitiveservices.azure.com/sts/v1.0/issueToken", resource: "https://my-speech.cognitiveservices.azure.com/", hasRegional: true, hasCustom: true},
		{name: "private endpoint subdomain from endpoint", in: Input{Endpoint: sp("https://my-speech.cognitiveservices.azure.cn/"), Region: sp("chinanorth3"), PrivateEndpoint: true}, cloud: "china", region: "chinanorth3", subdomain: "my-speech",
			token: "https://my-speech.cognitiveservices.azure.cn/sts/v1.0/issueToken", resource: "https://my-speech.cognitiveservices.azure.cn/", warnings: 1, hasRegional: true, hasCustom: true},
		{name: "provider default differs warns", in: Input{Region: sp("chinaeast2"), DefaultCloud: "public", DefaultCloudSource: "ARM_ENVIRONMENT"}, cloud: "china", region: "chinaeast2",
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
		name, attr, summary, frag string
		in                        Input
	}{
		{"nothing", AttrRegion, "Region Or Endpoint Required", "Set region", Input{}},
		{"region of another cloud", AttrRegion, "Region In Another Cloud", `cloud = "china"`, Input{Region: sp("chinaeast2"), Cloud: sp("public")}},
		{"gov region in china", AttrRegion, "Region In Another Cloud", `cloud = "usgovernment"`, Input{Region: sp("usgovarizona"), Cloud: sp("china")}},
		{"public region in gov", AttrRegion, "Region In Another Cloud", `"usgovarizona"`, Input{Region: sp("japanwest"), Cloud: sp("usgovernment")}},
		{"unknown cloud", AttrCloud, "Unknown Azure Cloud", `"public"`, Input{Region: sp("westus"), Cloud: sp("azure-public")}},
		{"legacy kind", AttrResourceType, "Legacy Speech Resource Type", "SpeechServices", Input{Region: sp("westus"), ResourceType: sp("Bing.Speech")}},
		{"bad subdomain", AttrSubdomain, "Invalid Custom Subdomain Name", "hyphen", Input{Region: sp("westus"), Subdomain: sp("speech-")}},
		{"private without subdomain", AttrPrivateEndpoint, "Private Endpoint Needs A Custom Subdomain", "custom_subdomain_name", Input{Region: sp("westus"), PrivateEndpoint: true}},
		{"private with regional endpoint", AttrPrivateEndpoint, "Private Endpoint Needs A Custom Subdomain", "cognitiveservices.azure.cn", Input{Endpoint: sp("https://chinaeast2.api.cognitive.azure.cn/"), PrivateEndpoint: true}},
		{"endpoint not azure", AttrEndpoint, "Not An Azure Speech Endpoint", "Keys and Endpoint", Input{Endpoint: sp("https://speech.example.com/")}},
		{"endpoint vs cloud", AttrEndpoint, "Endpoint In Another Cloud", `cloud = "china"`, Input{Endpoint: sp("https://x1.cognitiveservices.azure.cn/"), Cloud: sp("public")}},
		{"endpoint vs region", AttrEndpoint, "Endpoint And Region Disagree", `region = "japanwest"`, Input{Endpoint: sp("https://japanwest.api.cognitive.microsoft.com/"), Region: sp("japaneast")}},
		{"endpoint vs region cloud", AttrEndpoint, "Endpoint And Region In Different Clouds", "same resource", Input{Endpoint: sp("https://japanwest.api.cognitive.microsoft.com/"), Region: sp("chinaeast2")}},
		{"endpoint vs subdomain", AttrEndpoint, "Endpoint And Custom Subdomain Disagree", `"one"`, Input{Endpoint: sp("https://one.cognitiveservices.azure.com/"), Subdomain: sp("two")}},
		{"region without speech", AttrRegion, "Region Without Speech", "centralindia", Input{Region: sp("southindia")}},
		{"foundry endpoint with another kind", AttrResourceType, "Resource Type Contradicts Endpoint", `set it to "AIServices"`, Input{Endpoint: sp("https://contoso.services.ai.azure.com/api/projects/p"), ResourceType: sp("SpeechServices")}},
		{"openai endpoint without a kind", AttrEndpoint, "OpenAI Endpoint Without An AI Services Kind", `resource_type is not set. A resource of kind OpenAI serves no Speech`, Input{Endpoint: sp("https://contoso.openai.azure.com/")}},
		{"openai endpoint with another kind", AttrEndpoint, "OpenAI Endpoint Without An AI Services Kind", `set resource_type = "AIServices"`, Input{Endpoint: sp("https://contoso.openai.azure.com/"), ResourceType: sp("CognitiveServices")}},
		{"azure region of another cloud", AttrRegion, "Region In Another Cloud", `Set cloud = "public"`, Input{Region: sp("polandcentral"), Cloud: sp("china")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, fs := Resolve(tc.in)
			var found bool
			for _, f := range fs {
				if !f.Warning && f.Attribute == tc.attr && f.Summary == tc.summary && strings.Contains(f.Detail, tc.frag) {
					found = true
				}
			}
			if !found {
				t.Errorf("findings %+v lack error on %s %q containing %q", fs, tc.attr, tc.summary, tc.frag)
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
