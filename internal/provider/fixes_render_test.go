package provider

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/secret"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// badConfigs are configurations with errors that users write: the
// reviewer's reproductions, misspelt regions, regions and endpoints of
// another cloud, endpoints that disagree with the region, custom domains,
// private endpoints, malformed values. Key-shaped values are left out:
// they are refused without an echo and offer nothing to apply.
var badConfigs = []speech.Input{
	// Reproductions: each change the old messages proposed led into another error.
	{Region: sp("chinaeast2"), Cloud: sp("public"), Endpoint: sp("https://myres.cognitiveservices.azure.com/")},
	{Region: sp("japaneast"), Cloud: sp("china"), Endpoint: sp("https://japanwest.api.cognitive.microsoft.com/")},
	{Region: sp("westus"), Cloud: sp("usgovernment"), Endpoint: sp("https://westus.api.cognitive.microsoft.com/")},
	// Two unrelated errors.
	{Region: sp("wetsus"), Kind: sp("foo")},
	{Region: sp("chinaest2"), Cloud: sp("public"), Kind: sp("foo")},
	{Region: sp("wetsus"), Endpoint: sp("https://westus.api.cognitive.microsoft.com:8443/")},
	// One error each.
	{Region: sp("chinaeast2"), Cloud: sp("public")},
	{Region: sp("usgovarizona"), Cloud: sp("china")},
	{Region: sp("japanwest"), Cloud: sp("usgovernment")},
	{Region: sp("polandcentral"), Cloud: sp("china")},
	{Region: sp("westus"), Cloud: sp("germany")},
	{Region: sp("chinaest2"), Cloud: sp("public")},
	{Region: sp("chinaest2")},
	{Region: sp("swedentcentral")},
	{Region: sp("southindia")},
	{Region: sp("southindia"), Cloud: sp("china")},
	{Region: sp("jаpanwest")},
	{Region: sp("https://westus.api.cognitive.microsoft.com/")},
	{Region: sp("https://westus.api.cognitive.microsoft.com/"), Cloud: sp("china")},
	{Region: sp("westus"), Subdomain: sp("my-speech.cognitiveservices.azure.com")},
	{Region: sp("westus"), Subdomain: sp("mу-speech")},
	{Endpoint: sp("japanwest.api.cognitive.microsoft.com")},
	{Endpoint: sp("japanwest.api.cognitive.microsoft.com"), Region: sp("eastus")},
	{Endpoint: sp("http://japanwest.api.cognitive.microsoft.com/")},
	{Endpoint: sp("https://westus.api.cognitive.microsoft.com:8443/")},
	{Endpoint: sp("https://westus.api.cognitive.microsoft.com/?x=1")},
	{Endpoint: sp("https://westus.api.cognitive.microsoft.com/?api-version=2024-04-01")},
	{Endpoint: sp("https://westus.api.cognitive.microsoft.com/foo")},
	{Endpoint: sp("https://chinaeast2.api.cognitive.microsoft.com/")},
	{Endpoint: sp("https://chinaeast2.api.cognitive.microsoft.com/"), Region: sp("chinaeast2")},
	{Endpoint: sp("https://wetsus.api.cognitive.microsoft.com/")},
	{Endpoint: sp("https://chinaest2.api.cognitive.microsoft.com/")},
	{Endpoint: sp("https://southindia.api.cognitive.microsoft.com/")},
	{Endpoint: sp("https://japan-west.api.cognitive.microsoft.com/")},
	{Endpoint: sp("https://x1.cognitiveservices.azure.cn/"), Cloud: sp("public")},
	{Endpoint: sp("https://japanwest.api.cognitive.microsoft.com/"), Region: sp("japaneast")},
	{Endpoint: sp("https://japanwest.api.cognitive.microsoft.com/"), Region: sp("chinaeast2")},
	{Endpoint: sp("https://one.cognitiveservices.azure.com/"), Subdomain: sp("two")},
	{Endpoint: sp("https://contoso.services.ai.azure.com/api/projects/p"), Kind: sp("SpeechServices")},
	{Endpoint: sp("https://contoso.openai.azure.com/")},
	{Endpoint: sp("https://contoso.openai.azure.com/"), Kind: sp("CognitiveServices")},
	{Region: sp("westus"), PrivateEndpoint: true},
	{Endpoint: sp("https://myres.cognitiveservices.azure.com/"), Region: sp("chinaeast2")},
	{Endpoint: sp("https://myres.cognitiveservices.azure.cn/"), Region: sp("westus"), PrivateEndpoint: true},
}

// configs are badConfigs and the combinations of values users write.
func configs() []speech.Input {
	opt := func(vs ...string) []*string {
		out := []*string{nil}
		for _, v := range vs {
			out = append(out, sp(v))
		}
		return out
	}
	regions := opt("westus", "japaneast", "chinaeast2", "usgovarizona", "wetsus", "chinaest2", "southindia", "virginia", "polandcentral", "chinanorth",
		"global", "en-US", "Japan West", "https://westus.api.cognitive.microsoft.com/", "jаpanwest", "westus!")
	cloudValues := opt("public", "china", "usgovernment", "azure", "germany", "stack")
	endpoints := opt("https://japanwest.api.cognitive.microsoft.com/", "https://westus.api.cognitive.microsoft.com/", "https://myres.cognitiveservices.azure.com/",
		"https://x1.cognitiveservices.azure.cn/", "https://usgovarizona.api.cognitive.microsoft.us/", "japanwest.api.cognitive.microsoft.com",
		"http://westus.api.cognitive.microsoft.com/", "https://westus.api.cognitive.microsoft.com:8443/", "https://westus.api.cognitive.microsoft.com/foo",
		"https://westus.api.cognitive.microsoft.com/sts/v1.0/issueToken", "https://westus.tts.speech.microsoft.com/cognitiveservices/v1",
		"https://contoso.openai.azure.com/", "https://contoso.services.ai.azure.com/api/projects/p", "https://example.com/", "https://my.openai.azure.us/",
		"https://virginia.api.cognitive.microsoft.com/", "https://wetsus.api.cognitive.microsoft.com/", "https://my-.cognitiveservices.azure.com/")
	out := slices.Clone(badConfigs)
	for _, r := range regions {
		for _, c := range cloudValues {
			for _, e := range endpoints {
				out = append(out, speech.Input{Region: r, Cloud: c, Endpoint: e})
			}
		}
	}
	for _, r := range opt("westus", "wetsus", "chinaeast2") {
		for _, e := range opt("https://myres.cognitiveservices.azure.com/", "https://contoso.openai.azure.com/", "https://japanwest.api.cognitive.microsoft.com/") {
			for _, k := range opt("AIServices", "SpeechServices", "foo", "Bing.Speech") {
				for _, sd := range opt("myres", "two", "my-speech.cognitiveservices.azure.com", "mу-speech", "a") {
					for _, pe := range []bool{false, true} {
						for _, d := range []*speech.Cloud{nil, speech.China} {
							out = append(out, speech.Input{Region: r, Endpoint: e, Kind: k, Subdomain: sd, PrivateEndpoint: pe, Default: d})
						}
					}
				}
			}
		}
	}
	return out
}

// Directives that name a value: `region = "westus"`, `remove cloud` (the
// data source's words), `pass "westus" as the region argument` (a
// function's). A value in angle brackets is a placeholder for the user's
// own value ("<region>"), not a value proposed.
var (
	dataSourceDirectives = []*regexp.Regexp{
		regexp.MustCompile(`\b(region|cloud|resource_type|custom_subdomain_name|private_endpoint|endpoint) = ("[^"<]*"|true|false)`),
		regexp.MustCompile(`(?i)\bremove (region|cloud|resource_type|custom_subdomain_name|private_endpoint|endpoint)\b`),
	}
	functionDirectives = []*regexp.Regexp{
		regexp.MustCompile(`(?i)\bpass ("[^"<]*"|true|false) as\b`),
		regexp.MustCompile(`(?i)\bgive the [a-z_]+ argument the value\b`),
		regexp.MustCompile(`(?i)\bgive the speechendpoints data source's [a-z_]+ the value "[^"<]*"`),
	}
)

// A message proposes only checked changes: every change it tells the user
// to make is one of the problem's fixes (worded by fixesOf, which names
// them all), and every fix, applied, removes the problem and leads into no
// other error. A problem without fixes names no value to set. This is the
// test of speech.Resolve's fixes as users read them: it fails when a
// message words a change of its own (from Want, Cloud or Near) again.
func TestFixesRendered(t *testing.T) {
	surfaces := []struct {
		name       string
		w          surface
		directives []*regexp.Regexp
	}{
		{"data source", dataSourceWords(&providerData{defaultCloudSource: "ARM_ENVIRONMENT"}), dataSourceDirectives},
		{"function", endpointsArgs.words, functionDirectives},
	}
	ins := configs()
	problems, fixes, withoutFixes := 0, 0, 0
	for _, in := range ins {
		_, ps := speech.Resolve(in)
		before := speech.Errors(ps)
		for _, p := range ps {
			problems++
			if len(p.Fixes) == 0 {
				withoutFixes++
			}
			for _, sf := range surfaces {
				_, detail := sf.w.problem(p)
				rest := detail
				if len(p.Fixes) > 0 {
					named := sf.w.fixesOf(p)
					i := strings.Index(strings.ToLower(detail), strings.ToLower(named))
					if named == "" || i < 0 {
						t.Errorf("%s, %s: %s does not name its fixes %q:\n%s", show(in), sf.name, p.Code, named, detail)
						continue
					}
					rest = detail[:i] + detail[i+len(named):]
				}
				for _, re := range sf.directives {
					if m := re.FindString(rest); m != "" {
						t.Errorf("%s, %s: %s proposes %q, which is none of its fixes %+v:\n%s", show(in), sf.name, p.Code, m, p.Fixes, detail)
					}
				}
			}
			for _, f := range p.Fixes {
				fixes++
				_, after := speech.Resolve(in.With(f))
				for _, e := range after {
					if e.Code == p.Code && e.Setting == p.Setting {
						t.Errorf("%s: the fix %s of %s leaves it", show(in), showFix(f), p.Code)
					}
				}
				for _, e := range speech.Errors(after) {
					if !slices.ContainsFunc(before, func(b speech.Problem) bool { return b.Code == e.Code && b.Setting == e.Setting }) {
						t.Errorf("%s: the fix %s of %s leads into %s", show(in), showFix(f), p.Code, e.Code)
					}
				}
			}
		}
	}
	// The table is broad, and both kinds of message occur.
	t.Logf("%d configurations, %d problems, %d fixes applied, %d problems without fixes", len(ins), problems, fixes, withoutFixes)
	if len(ins) < 3000 || fixes < 1000 || withoutFixes < 1000 {
		t.Errorf("%d configurations, %d problems, %d fixes applied, %d problems without fixes", len(ins), problems, fixes, withoutFixes)
	}
}

// The reviewer's reproductions, in the words users read.
func TestFixesRenderedReproductions(t *testing.T) {
	ds := dataSourceWords(&providerData{defaultCloudSource: "ARM_ENVIRONMENT"})
	for _, tc := range []struct {
		in       speech.Input
		code     speech.Code
		has, not []string
	}{
		{speech.Input{Region: sp("chinaeast2"), Cloud: sp("public"), Endpoint: sp("https://myres.cognitiveservices.azure.com/")}, speech.CodeRegionOtherCloud,
			[]string{`Use a region of Azure public cloud near it, such as "koreacentral", "eastasia" or "japanwest".`}, []string{`cloud = "china"`, "remove cloud"}},
		// A custom domain says no region: removing the region is not "read from endpoint".
		{speech.Input{Region: sp("chinaeast2"), Cloud: sp("public"), Endpoint: sp("https://myres.cognitiveservices.azure.com/")}, speech.CodeEndpointRegionFar,
			[]string{"use the endpoint and region of the same resource, or remove region."}, []string{"read from"}},
		{speech.Input{Region: sp("chinaeast2"), Endpoint: sp("https://japanwest.api.cognitive.microsoft.com/")}, speech.CodeEndpointRegionFar,
			[]string{"or remove region (it is read from endpoint)."}, nil},
		{speech.Input{Region: sp("japaneast"), Cloud: sp("china"), Endpoint: sp("https://japanwest.api.cognitive.microsoft.com/")}, speech.CodeEndpointOtherCloud,
			[]string{`Set cloud = "public" and region = "japanwest", or remove cloud and set region = "japanwest"`}, []string{`Set cloud = "public",`}},
		{speech.Input{Region: sp("westus"), Cloud: sp("usgovernment"), Endpoint: sp("https://westus.api.cognitive.microsoft.com/")}, speech.CodeRegionOtherCloud,
			[]string{`Set cloud = "public" (or remove cloud: it is inferred from the region).`}, []string{"usgovarizona", "usgovvirginia"}},
		{speech.Input{Region: sp("wetsus"), Kind: sp("foo")}, speech.CodeRegionTypo, []string{`Did you mean "westus" (West US, public)?`}, nil},
	} {
		_, ps := speech.Resolve(tc.in)
		i := slices.IndexFunc(ps, func(p speech.Problem) bool { return p.Code == tc.code })
		if i < 0 {
			t.Errorf("%s: no %s in %+v", show(tc.in), tc.code, ps)
			continue
		}
		_, detail := ds.problem(ps[i])
		for _, s := range tc.has {
			if !strings.Contains(detail, s) {
				t.Errorf("%s: %s lacks %q:\n%s", show(tc.in), tc.code, s, detail)
			}
		}
		for _, s := range tc.not {
			if strings.Contains(detail, s) {
				t.Errorf("%s: %s says %q:\n%s", show(tc.in), tc.code, s, detail)
			}
		}
	}
}

// Host suffixes and key shapes in messages come from the speech package:
// the catalog's clouds and the key formats.
func TestMessagesReadTheCatalog(t *testing.T) {
	forms := endpointForms()
	for _, c := range speech.Clouds() {
		for _, suffix := range []string{c.APISuffix, c.CustomDomainSuffix} {
			if !strings.Contains(forms, suffix) {
				t.Errorf("endpoint forms %q lack %q", forms, suffix)
			}
		}
	}
	shape := keyShape()
	for _, f := range secret.KeyFormats {
		if !strings.Contains(shape, fmt.Sprintf("%d or more %s", f.Run, f.Chars)) {
			t.Errorf("key shape %q lacks %+v", shape, f)
		}
	}
}

func show(in speech.Input) string {
	var parts []string
	for _, rs := range resourceSettings {
		if v := in.Text(rs.setting); v != nil {
			parts = append(parts, rs.arg+"="+*v)
		}
	}
	if in.PrivateEndpoint {
		parts = append(parts, "private_endpoint")
	}
	if in.Keyless {
		parts = append(parts, "local_auth_enabled=false")
	}
	if in.Default != nil {
		parts = append(parts, "default="+in.Default.Name)
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func showFix(f speech.Fix) string { return dataSourceWords(nil).fix(f) }
