package provider

import (
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
)

// errorOnAttr matches an error with the summary, shown on the attribute's
// source line.
func errorOnAttr(summary, attribute string) *regexp.Regexp {
	return regexp.MustCompile(words("Error: "+summary).String() + `.*\b` + regexp.QuoteMeta(attribute) + `\s+=`)
}

// errorOnBlock matches an error shown at the data source's header, never
// at the argument's line (which may hold a credential written literally).
func errorOnBlock(summary string) *regexp.Regexp {
	return regexp.MustCompile(words("Error: "+summary).String() + `.*` + onDataSource)
}

// The bad-input matrix: malformed values across every attribute, each
// answered by an error on that attribute through terraform plan; a crash
// would not match.
func TestBadInputs(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("a", 300)
	ds := func(body string) string { return "data \"speechendpoints\" \"x\" {\n" + body + "\n}\n" }
	withRegion := func(body string) string { return ds("region = \"westus\"\n" + body) }
	prov := func(body string) string {
		return "provider \"speechendpoints\" {\n" + body + "\n}\n" + ds(`region = "westus"`)
	}
	for _, tc := range []struct {
		name, config string
		err          *regexp.Regexp
	}{
		// region
		{"region empty", ds(`region = ""`), errorOnAttr("Empty Region", "region")},
		{"region blank", ds(`region = "   "`), errorOnAttr("Empty Region", "region")},
		{"region tab", ds(`region = "\t"`), errorOnAttr("Empty Region", "region")},
		{"region newline inside", ds(`region = "east\nus"`), errorOnAttr("Invalid Region", "region")},
		{"region bell", ds(`region = "west\u0007us"`), errorOnAttr("Invalid Region", "region")},
		{"region cyrillic look-alike", ds(`region = "wеstus"`), errorOn("Invalid Region", "region", `region = "westus"`)},
		{"region fullwidth", ds(`region = "ｗestus"`), errorOnAttr("Invalid Region", "region")},
		{"region emoji", ds(`region = "🙂"`), errorOnAttr("Invalid Region", "region")},
		{"region very long", ds(`region = "` + long + `"`), errorOnAttr("Region Too Long", "region")},
		{"region url with credentials", ds(`region = "https://user:pass@westus.api.cognitive.microsoft.com/"`), errorOnAttr("URL Given As Region", "region")},
		{"region host with port", ds(`region = "westus.api.cognitive.microsoft.com:443"`), errorOnAttr("URL Given As Region", "region")},
		{"region locale", ds(`region = "ja-JP"`), errorOnAttr("Locale Given As Region", "region")},
		{"region template literal", ds(`region = "$${var.region}"`), errorOnAttr("Placeholder Given As Region", "region")},
		{"region shell injection", ds(`region = "westus;rm -rf /"`), errorOnAttr("URL Given As Region", "region")},
		{"region punctuation", ds(`region = "west!us"`), errorOnAttr("Invalid Region", "region")},
		{"region number through variable", "variable \"r\" {\n  type    = any\n  default = 5\n}\n" + ds(`region = var.r`), errorOnAttr("Invalid Region", "region")},
		{"region list through variable", "variable \"r\" {\n  type    = any\n  default = [\"westus\"]\n}\n" + ds(`region = var.r`), errorOnAttr("Incorrect attribute value type", "region")},
		// cloud
		{"cloud empty", withRegion(`cloud = ""`), errorOnAttr("Empty Cloud", "cloud")},
		{"cloud trailing newline", withRegion(`cloud = "AzureCloud\n"`), errorOnAttr("Invalid Cloud", "cloud")},
		{"cloud capital I for l", withRegion(`cloud = "pubIic"`), errorOnAttr("Unknown Azure Cloud", "cloud")},
		{"cloud fullwidth", withRegion(`cloud = "ｐublic"`), errorOnAttr("Unknown Azure Cloud", "cloud")},
		{"cloud very long", withRegion(`cloud = "` + long + `"`), errorOnAttr("Cloud Too Long", "cloud")},
		{"cloud bool through variable", "variable \"c\" {\n  type    = any\n  default = true\n}\n" + withRegion(`cloud = var.c`), errorOnAttr("Unknown Azure Cloud", "cloud")},
		// resource_type
		{"kind empty", withRegion(`resource_type = ""`), errorOnAttr("Empty Resource Type", "resource_type")},
		{"kind zero-width space", withRegion(`resource_type = "Speech\u200b"`), errorOnAttr("Unknown Resource Type", "resource_type")},
		{"kind other service", withRegion(`resource_type = "OpenAI"`), errorOnAttr("Unknown Resource Type", "resource_type")},
		{"kind legacy", withRegion(`resource_type = "SpeakerRecognition"`), errorOnAttr("Legacy Speech Resource Type", "resource_type")},
		// custom_subdomain_name
		{"subdomain empty", withRegion(`custom_subdomain_name = ""`), errorOnAttr("Empty Custom Subdomain Name", "custom_subdomain_name")},
		{"subdomain one char", withRegion(`custom_subdomain_name = "a"`), errorOnAttr("Invalid Custom Subdomain Name", "custom_subdomain_name")},
		{"subdomain 65 chars", withRegion(`custom_subdomain_name = "` + strings.Repeat("b", 65) + `"`), errorOnAttr("Invalid Custom Subdomain Name", "custom_subdomain_name")},
		{"subdomain space", withRegion(`custom_subdomain_name = "my speech"`), errorOnAttr("Invalid Custom Subdomain Name", "custom_subdomain_name")},
		{"subdomain trailing hyphen", withRegion(`custom_subdomain_name = "my-speech-"`), errorOnAttr("Invalid Custom Subdomain Name", "custom_subdomain_name")},
		{"subdomain em dash", withRegion(`custom_subdomain_name = "my—speech"`), errorOnAttr("Invalid Custom Subdomain Name", "custom_subdomain_name")},
		{"subdomain as URL", withRegion(`custom_subdomain_name = "https://x1.cognitiveservices.azure.com/"`), errorOn("Invalid Custom Subdomain Name", "custom_subdomain_name", `custom_subdomain_name = "x1"`)},
		{"subdomain as host", withRegion(`custom_subdomain_name = "my-speech.cognitiveservices.azure.com"`), errorOnAttr("Invalid Custom Subdomain Name", "custom_subdomain_name")},
		// endpoint
		{"endpoint empty", ds(`endpoint = ""`), errorOnAttr("Empty Endpoint", "endpoint")},
		{"endpoint with credentials", ds(`endpoint = "https://user:secret@westus.api.cognitive.microsoft.com/"`), errorOnBlock("Credentials In Endpoint")},
		{"endpoint with port", ds(`endpoint = "https://westus.api.cognitive.microsoft.com:8443/"`), errorOnAttr("Unexpected Port In Endpoint", "endpoint")},
		{"endpoint with odd path", ds(`endpoint = "https://westus.api.cognitive.microsoft.com/speech/../sts"`), errorOnAttr("Unexpected Path In Endpoint", "endpoint")},
		{"endpoint with key in query", ds(`endpoint = "https://westus.api.cognitive.microsoft.com/?subscription-key=abc"`), errorOnBlock("Query Parameter Not Allowed In Endpoint")},
		{"endpoint ftp", ds(`endpoint = "ftp://westus.api.cognitive.microsoft.com/"`), errorOnAttr("Invalid Endpoint", "endpoint")},
		{"endpoint cyrillic host", ds(`endpoint = "https://wеstus.api.cognitive.microsoft.com/"`), errorOnAttr("Invalid Region", "endpoint")},
		{"endpoint suffix trick", ds(`endpoint = "https://westus.api.cognitive.microsoft.com.evil.example/"`), errorOnAttr("Not An Azure Speech Endpoint", "endpoint")},
		{"endpoint javascript", ds(`endpoint = "javascript:alert(1)"`), errorOnAttr("Invalid Endpoint", "endpoint")},
		{"endpoint bad escape", ds(`endpoint = "https://%zz/"`), errorOnAttr("Invalid Endpoint", "endpoint")},
		{"endpoint very long", ds(`endpoint = "https://` + long + `.api.cognitive.microsoft.com/"`), errorOnAttr("Endpoint Too Long", "endpoint")},
		// private_endpoint and key_check
		{"private endpoint string", withRegion(`private_endpoint = "yes"`), errorOnAttr("Incorrect attribute value type", "private_endpoint")},
		{"on_failure empty", withRegion("key_check {\n    on_failure = \"\"\n  }"), regexp.MustCompile(`(?s)Invalid Attribute Value Match.*on_failure`)},
		{"voices string", withRegion("key_check {\n    voices = \"maybe\"\n  }"), errorOnAttr("Incorrect attribute value type", "voices")},
		// provider
		{"provider cloud empty", prov(`cloud = ""`), errorOnAttr("Empty Cloud", "cloud")},
		{"provider negative timeout", prov(`request_timeout = "-5s"`), errorOnAttr("Invalid Duration", "request_timeout")},
		{"provider timeout too long", prov(`request_timeout = "1h"`), errorOnAttr("Invalid Duration", "request_timeout")},
		{"provider timeout words", prov(`request_timeout = "ten seconds"`), errorOnAttr("Invalid Duration", "request_timeout")},
		{"provider negative retries", prov(`max_retries = -1`), errorOnAttr("Invalid Attribute Value", "max_retries")},
		{"provider too many retries", prov(`max_retries = 11`), errorOnAttr("Invalid Attribute Value", "max_retries")},
		{"provider garbage CA", prov("ca_cert_pem = \"-----BEGIN CERTIFICATE-----\\ngarbage\\n-----END CERTIFICATE-----\""), errorOnAttr("Invalid CA Certificates", "ca_cert_pem")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			resource.UnitTest(t, resource.TestCase{
				ProtoV6ProviderFactories: testProviders,
				Steps:                    []resource.TestStep{{Config: tc.config, ExpectError: tc.err}},
			})
		})
	}
}
