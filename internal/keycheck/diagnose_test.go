package keycheck

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// Table tests of the pure diagnosis: an observation in, the summary,
// key_valid and fragments of the detail out. The CLI tests prove the
// wiring; these prove every answer the checker distinguishes.

const (
	tokenURL  = "https://westus.api.cognitive.microsoft.com/sts/v1.0/issueToken"
	voicesURL = "https://westus.tts.speech.microsoft.com/cognitiveservices/voices/list"
)

func ans(url string, status int) Answer { return Answer{URL: url, Status: status, Attempts: 1} }

func failed(url string, f Failure, err error) Answer {
	return Answer{URL: url, Failure: f, Err: err, Attempts: 1}
}

type verdict int

const (
	valid verdict = iota
	invalid
	unjudged
)

func (v verdict) matches(b *bool) bool {
	switch v {
	case valid:
		return b != nil && *b
	case invalid:
		return b != nil && !*b
	}
	return b == nil
}

func TestDiagnose(t *testing.T) {
	westus := resolve(t, speech.Input{Region: sp("westus")})
	westusPublic := resolve(t, speech.Input{Region: sp("westus"), Cloud: sp("public")})
	westusEndpoint := resolve(t, speech.Input{Endpoint: sp("https://westus.api.cognitive.microsoft.com/")})
	outside := resolve(t, speech.Input{Region: sp("marsnorth")})
	control := &Answer{URL: "https://southafricanorth.api.cognitive.microsoft.com/", Status: 404}
	controlDown := &Answer{URL: "https://southafricanorth.api.cognitive.microsoft.com/", Failure: FailDNS}
	custom := resolve(t, speech.Input{Region: sp("eastus"), Subdomain: sp("contoso")})
	private := resolve(t, speech.Input{Region: sp("eastus"), Subdomain: sp("contoso"), PrivateEndpoint: true})
	customOnly := resolve(t, speech.Input{Endpoint: sp("https://contoso.cognitiveservices.azure.com/")})
	shortKey := speech.CheckKeyShape(strings.Repeat("a", 33))
	goodKey := speech.CheckKeyShape(strings.Repeat("a", 32))
	okToken := Answer{URL: tokenURL, Status: 200, Attempts: 1, Body: []byte("eyJhbGciOiJIUzI1NiJ9.eyJyZWdpb24iOiJ3ZXN0dXMifQ.c2ln")}
	okVoices := ans(voicesURL, 200)
	westusList := list(t, "westus")
	listed := Answer{URL: voicesURL, Status: 200, Voices: westusList, VoiceCount: westusList.Count}
	tooLong := Answer{URL: voicesURL, Status: 200, Voices: &VoiceList{Count: 9000}, VoiceCount: 9000}
	dnsProxy := &ProxyError{Proxy: "http://proxy:3128", Host: "westus.api.cognitive.microsoft.com", Status: 503, SquidError: "ERR_DNS_FAIL 0"}

	for _, tc := range []struct {
		name     string
		obs      observation
		summary  string
		keyValid verdict
		passed   bool
		contains []string
		lacks    []string
		warning  string // a warning's summary the result must carry
	}{
		{name: "accepted with voices", obs: observation{token: okToken, voices: &okVoices, voiceCount: 412},
			summary: "Azure Speech Key Accepted", keyValid: valid, passed: true, contains: []string{tokenURL, "returned 412 voices"}},
		{name: "required voices offered", obs: observation{req: Request{RequireVoices: []string{"en-US-JennyNeural"}}, token: okToken, voices: &listed, voiceCount: westusList.Count},
			summary: "Azure Speech Key Accepted", keyValid: valid, passed: true, contains: []string{"among them the 1 required"}},
		{name: "a required voice missing is a verdict", obs: observation{req: Request{RequireVoices: []string{"en-US-JenyNeural"}}, token: okToken, voices: &listed, voiceCount: westusList.Count},
			summary: "Voice Not Offered In Region", keyValid: valid, contains: []string{`does not offer: "en-US-JenyNeural" (closest offered: "en-US-JennyNeural"`, `region "westus" (West US)`}},
		{name: "required voices of a list too long to keep", obs: observation{req: Request{RequireVoices: []string{"en-US-JennyNeural"}}, token: okToken, voices: &tooLong, voiceCount: 9000},
			summary: "Required Voices Not Checked", keyValid: valid, contains: []string{"more than the provider keeps"}},
		{name: "accepted without voices", obs: observation{token: okToken, voiceCount: -1},
			summary: "Azure Speech Key Accepted", keyValid: valid, passed: true, lacks: []string{"voices"}},
		{name: "token 200 with an empty body is no token", obs: observation{token: ans(tokenURL, 200)},
			summary: "Unexpected Answer From Azure Speech", keyValid: unjudged, contains: []string{"answered 200 with a body that is not a token (0 bytes"}},
		{name: "token 200 with a page is no token", obs: observation{token: Answer{URL: tokenURL, Status: 200, Body: []byte("<html>captive portal</html>")}},
			summary: "Unexpected Answer From Azure Speech", keyValid: unjudged, contains: []string{"not a token"}},
		{name: "check timed out", obs: observation{token: Answer{URL: tokenURL, Failure: FailDeadline, Attempts: 2}, checkTimeout: 30e9},
			summary: "Key Check Timed Out", keyValid: unjudged, contains: []string{"within check_timeout (30s)", "after 2 attempts"}},
		{name: "retries cut by the deadline", obs: observation{token: Answer{URL: tokenURL, Status: 429, Attempts: 1, Cut: true}},
			summary: "Azure Speech Throttled", keyValid: unjudged, contains: []string{"retrying stopped: the next attempt would have started after check_timeout"}},
		{name: "network down earlier in the plan", obs: observation{token: Answer{URL: tokenURL, Failure: FailNetDown, Err: errors.New("westus.api.cognitive.microsoft.com: no DNS answer")}},
			summary: "Azure Speech Unreachable", keyValid: unjudged, contains: []string{"An earlier key check of this plan could not reach westus.api.cognitive.microsoft.com: no DNS answer"}},
		{name: "token names another region", obs: observation{token: okToken, claims: speech.TokenClaims{Region: "eastus"}, voiceCount: -1},
			summary: "Azure Speech Key Accepted", keyValid: valid, passed: true, warning: "Token Names Another Region"},
		{name: "token 401 without locate", obs: observation{token: ans(tokenURL, 401)},
			summary: "Azure Speech Key Rejected", keyValid: invalid, contains: []string{"answered 401", `region "westus" (West US) in Azure public cloud`, "set key_check.locate = true", "set custom_subdomain_name and private_endpoint = true"}},
		{name: "token 401 for the token resource", obs: observation{req: Request{Token: true}, token: ans(tokenURL, 401)},
			summary: "Azure Speech Key Rejected", keyValid: invalid, contains: []string{"add key_check { locate = true } to a speechendpoints data source"}},
		{name: "token 401 with a key of an odd length says the length once, as a warning", obs: observation{shape: shortKey, token: ans(tokenURL, 401)},
			summary: "Azure Speech Key Rejected", keyValid: invalid, lacks: []string{"33 characters long"}},
		{name: "token 401 custom subdomain suggests private endpoint", obs: observation{req: Request{Resolution: custom}, token: ans(tokenURL, 401)},
			summary: "Azure Speech Key Rejected", keyValid: invalid, contains: []string{"set private_endpoint = true to use https://contoso.cognitiveservices.azure.com/"}},
		{name: "token 401 private endpoint", obs: observation{req: Request{Resolution: private}, token: ans(tokenURL, 401)},
			summary: "Azure Speech Key Rejected", keyValid: invalid, contains: []string{"(2) the key is mistyped"}},
		{name: "locate found another cloud, cloud inferred", obs: observation{req: Request{Locate: true}, token: ans(tokenURL, 401), located: []string{"china/chinaeast2"}, locateTried: 37},
			summary: "Azure Speech Key Belongs Elsewhere", keyValid: invalid, contains: []string{"accepted in China East 2 (chinaeast2, Azure China (21Vianet))", `: set region = "chinaeast2".`}, lacks: []string{"cloud ="}},
		{name: "locate found another cloud, cloud set", obs: observation{req: Request{Locate: true, Resolution: westusPublic}, token: ans(tokenURL, 401), located: []string{"china/chinaeast2"}, locateTried: 37},
			summary: "Azure Speech Key Belongs Elsewhere", keyValid: invalid, contains: []string{`set cloud = "china" and region = "chinaeast2"`}},
		{name: "locate found another region, region from endpoint", obs: observation{req: Request{Locate: true, Resolution: westusEndpoint}, token: ans(tokenURL, 401), located: []string{"china/chinanorth3"}, locateTried: 37},
			summary: "Azure Speech Key Belongs Elsewhere", keyValid: invalid, contains: []string{`set endpoint = "https://chinanorth3.api.cognitive.azure.cn/"`}, lacks: []string{"region =", "cloud ="}},
		{name: "locate found another region", obs: observation{req: Request{Locate: true}, token: ans(tokenURL, 401), located: []string{"public/eastus", "public/westeurope"}, locateTried: 37},
			summary: "Azure Speech Key Belongs Elsewhere", keyValid: invalid, contains: []string{`set region = "eastus"`, "also accepted in public/westeurope"}, lacks: []string{"set cloud"}},
		{name: "locate found the public host of a private resource", obs: observation{req: Request{Locate: true, Resolution: private}, token: ans(tokenURL, 401), located: []string{"public/westus"}, locateTried: 37},
			summary: "Azure Speech Key Belongs Elsewhere", keyValid: invalid, contains: []string{"set private_endpoint = false and region = \"westus\""}},
		{name: "locate found nothing", obs: observation{req: Request{Locate: true}, token: ans(tokenURL, 401), locateTried: 37},
			summary: "Azure Speech Key Rejected", keyValid: invalid, contains: []string{"the other 37 Speech regions", "not a region or cloud mix-up"}},
		{name: "voices 401 after a token", obs: observation{token: okToken, voices: &Answer{URL: voicesURL, Status: 401}},
			summary: "Azure Speech Refused A Valid Key", keyValid: invalid, contains: []string{"then answered 401", "never the region", "set private_endpoint = true"}},
		{name: "voices 403 behind a private endpoint", obs: observation{req: Request{Resolution: private}, token: okToken, voices: &Answer{URL: voicesURL, Status: 403}},
			summary: "Azure Speech Refused A Valid Key", keyValid: invalid, contains: []string{"plan from inside the virtual network"}},
		{name: "voices not JSON", obs: observation{token: okToken, voices: &okVoices, voicesNotJSON: true},
			summary: "Unexpected Answer From Azure Speech", keyValid: unjudged, contains: []string{"not a JSON list of voices"}},
		{name: "token 403 quota", obs: observation{token: Answer{URL: tokenURL, Status: 403, Body: []byte(`{"error":{"code":"403","message":"Out of call volume quota."}}`)}},
			summary: "Azure Speech Access Forbidden", keyValid: invalid, contains: []string{"answered 403 (", "Out of call volume quota", "F0"}},
		{name: "token 400", obs: observation{token: ans(tokenURL, 400)},
			summary: "Azure Speech Access Forbidden", keyValid: invalid, contains: []string{"answered 400"}},
		{name: "token 404 regional", obs: observation{token: ans(tokenURL, 404)},
			summary: "Azure Speech Endpoint Not Found", keyValid: invalid, contains: []string{"Please report this"}},
		{name: "voices 404 on a custom domain without private endpoint", obs: observation{req: Request{Resolution: customOnly}, token: okToken, voices: &Answer{URL: voicesURL, Status: 404}},
			summary: "Azure Speech Endpoint Not Found", keyValid: invalid, contains: []string{"answer 404 unless the resource has a private endpoint"}},
		{name: "429 after retries", obs: observation{token: Answer{URL: tokenURL, Status: 429, Attempts: 4}},
			summary: "Azure Speech Throttled", keyValid: unjudged, contains: []string{"after 4 attempts", "not judged"}},
		{name: "503", obs: observation{token: Answer{URL: tokenURL, Status: 503, Attempts: 2}},
			summary: "Azure Speech Service Error", keyValid: unjudged, contains: []string{"answered 503 after 2 attempts", "not the key's"}},
		{name: "voices 502", obs: observation{token: okToken, voices: &Answer{URL: voicesURL, Status: 502, Attempts: 1}},
			summary: "Azure Speech Service Error", keyValid: unjudged, contains: []string{"voices list https://westus.tts.speech.microsoft.com/cognitiveservices/voices/list answered 502"}},
		{name: "an unused status", obs: observation{token: ans(tokenURL, 418)},
			summary: "Unexpected Answer From Azure Speech", keyValid: unjudged, contains: []string{"answered 418"}},
		{name: "refused URL", obs: observation{token: failed("https://evil.example/", FailRefused, errors.New("refusing to send a key"))},
			summary: "Key Not Sent", keyValid: unjudged},
		{name: "cancelled", obs: observation{token: failed(tokenURL, FailCanceled, nil)},
			summary: "Key Check Cancelled", keyValid: unjudged},
		{name: "DNS through a proxy", obs: observation{token: failed(tokenURL, FailDNS, dnsProxy)},
			summary: "Speech Host Not Found", keyValid: unjudged, contains: []string{"published Azure Speech host", "the proxy http://proxy:3128 could not resolve it: ERR_DNS_FAIL 0"}},
		{name: "DNS of a custom domain", obs: observation{req: Request{Resolution: customOnly}, token: failed(tokenURL, FailDNS, errors.New("no such host"))},
			summary: "Speech Host Not Found", keyValid: unjudged, contains: []string{`no resource in Azure public cloud has the custom subdomain "contoso"`}, lacks: []string{"privatelink"}},
		{name: "DNS of a private custom domain", obs: observation{req: Request{Resolution: private}, token: failed(tokenURL, FailDNS, errors.New("no such host"))},
			summary: "Speech Host Not Found", keyValid: unjudged, contains: []string{"privatelink.cognitiveservices.azure.com"}},
		{name: "token 401 in a region outside the table", obs: observation{req: Request{Resolution: outside}, token: ans(tokenURL, 401)},
			summary: "Azure Speech Key Rejected", keyValid: invalid, contains: []string{`checked for region "marsnorth" in Azure public cloud.`}, lacks: []string{"()"}},
		{name: "DNS outside the table while the table answers", obs: observation{req: Request{Resolution: outside}, token: failed(tokenURL, FailDNS, errors.New("no such host")), dnsControl: control},
			summary: "No Speech Endpoint In Region", keyValid: invalid, contains: []string{`region "marsnorth"`, "southafricanorth.api.cognitive.microsoft.com, a Speech host of Azure public cloud, answers"}},
		{name: "DNS outside the table while nothing answers", obs: observation{req: Request{Resolution: outside}, token: failed(tokenURL, FailDNS, errors.New("no such host")), dnsControl: controlDown},
			summary: "Speech Host Not Found", keyValid: unjudged},
		{name: "DNS of a custom domain while the table answers", obs: observation{req: Request{Resolution: customOnly}, token: failed(tokenURL, FailDNS, errors.New("no such host")), dnsControl: control},
			summary: "Custom Domain Not Found", keyValid: invalid, contains: []string{`custom subdomain "contoso"`}},
		{name: "TLS", obs: observation{token: failed(tokenURL, FailTLS, errors.New("x509: certificate signed by unknown authority"))},
			summary: "TLS Certificate Not Trusted", keyValid: unjudged, contains: []string{"ca_cert_pem", "certificate signed by unknown authority"}},
		{name: "timeout", obs: observation{token: Answer{URL: tokenURL, Failure: FailTimeout, Attempts: 2}},
			summary: "Azure Speech Did Not Answer", keyValid: unjudged, contains: []string{"within request_timeout after 2 attempts"}},
		{name: "proxy refused", obs: observation{token: failed(tokenURL, FailProxy, &ProxyError{Proxy: "http://proxy:3128", Status: 407})},
			summary: "Proxy Refused The Connection", keyValid: unjudged, contains: []string{"answered 407"}},
		{name: "redirect", obs: observation{token: Answer{URL: tokenURL, Status: 307, Failure: FailRedirect, Location: "portal.example"}},
			summary: "Unexpected Redirect From Azure Speech", keyValid: unjudged, contains: []string{`redirect to "portal.example"`, "not followed"}},
		{name: "too large", obs: observation{token: okToken, voices: &Answer{URL: voicesURL, Status: 200, Failure: FailTooLarge}},
			summary: "Unexpected Answer From Azure Speech", keyValid: unjudged, contains: []string{"larger than the provider reads (8388608 bytes)"}},
		{name: "too large token", obs: observation{token: Answer{URL: tokenURL, Status: 200, Failure: FailTooLarge}},
			summary: "Unexpected Answer From Azure Speech", keyValid: unjudged, contains: []string{"(16384 bytes)"}},
		{name: "truncated", obs: observation{token: okToken, voices: &Answer{URL: voicesURL, Status: 200, Failure: FailTruncated, Err: errors.New("unexpected EOF")}},
			summary: "Unexpected Answer From Azure Speech", keyValid: unjudged, contains: []string{"stopped in the middle"}},
		{name: "connection reset", obs: observation{token: Answer{URL: tokenURL, Failure: FailConn, Err: errors.New("connection reset by peer"), Attempts: 2}},
			summary: "Connection To Azure Speech Failed", keyValid: unjudged, contains: []string{"westus.api.cognitive.microsoft.com failed after 2 attempts (connection reset by peer)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := tc.obs
			if o.req.Resolution.Cloud.Name == "" {
				o.req.Resolution = westus
			}
			// The answers come from the endpoints the case resolved to.
			if o.token.URL == tokenURL {
				o.token.URL = o.req.Resolution.Recommended.Token
			}
			if o.voices != nil && o.voices.URL == voicesURL {
				v := *o.voices
				v.URL = o.req.Resolution.Recommended.Voices
				o.voices = &v
			}
			if o.shape.Trimmed == "" {
				o.shape = goodKey
			}
			if o.voiceCount == 0 && o.voices == nil {
				o.voiceCount = -1
			}
			r := diagnose(o)
			if r.Summary != tc.summary {
				t.Errorf("summary %q, want %q\ndetail: %s", r.Summary, tc.summary, r.Detail)
			}
			if !tc.keyValid.matches(r.KeyValid) {
				t.Errorf("key_valid %v, want %v", r.KeyValid, tc.keyValid)
			}
			if r.Passed != tc.passed {
				t.Errorf("passed %v, want %v", r.Passed, tc.passed)
			}
			for _, c := range tc.contains {
				if !strings.Contains(r.Detail, c) {
					t.Errorf("detail lacks %q:\n%s", c, r.Detail)
				}
			}
			for _, c := range tc.lacks {
				if strings.Contains(r.Detail, c) {
					t.Errorf("detail has %q:\n%s", c, r.Detail)
				}
			}
			if tc.warning != "" && (len(r.Warnings) == 0 || r.Warnings[0].Summary != tc.warning) {
				t.Errorf("warnings %+v, want %q", r.Warnings, tc.warning)
			}
			if strings.Contains(r.Detail, "..") || !strings.HasSuffix(strings.TrimSpace(r.Detail), ".") {
				t.Errorf("detail does not end with one period: %q", r.Detail)
			}
			if stray := strayPlaces(o, r.Detail); len(stray) > 0 {
				t.Errorf("the diagnosis names %v, which this case did not produce:\n%s", stray, r.Detail)
			}
		})
	}
}

// The quoted Azure message is cut, and never carries the key.
func TestAzureMessage(t *testing.T) {
	key := strings.Repeat("0123456789abcdef", 2)
	if got := azureMessage([]byte("  "), key); got != "" {
		t.Errorf("blank body gave %q", got)
	}
	got := azureMessage([]byte(`{"message":"bad key `+key+`"}`), key)
	if strings.Contains(got, key) || !strings.Contains(got, "[redacted key]") {
		t.Errorf("azureMessage = %q", got)
	}
	if got := azureMessage([]byte(strings.Repeat("x", 1000)), key); len(got) > 320 {
		t.Errorf("a long body was not cut: %d bytes", len(got))
	}
}

func TestRootCause(t *testing.T) {
	inner := errors.New("connection reset by peer")
	if got := rootCause(errors.Join(inner)); got != "connection reset by peer" && !strings.Contains(got, "reset") {
		t.Errorf("rootCause = %q", got)
	}
	if got := rootCause(nil); got != "no detail" {
		t.Errorf("rootCause(nil) = %q", got)
	}
	pe := &ProxyError{Proxy: "http://p", Host: "h", Status: 503, SquidError: "ERR_DNS_FAIL 0"}
	if !pe.DNSFailure() || !strings.Contains(pe.Error(), "503") {
		t.Errorf("ProxyError %v", pe)
	}
	if (Answer{URL: "://bad"}).Host() != "" || (Answer{URL: tokenURL}).Host() != "westus.api.cognitive.microsoft.com" {
		t.Error("Answer.Host")
	}
}

// strayPlaces returns the regions and clouds a diagnosis names that the
// case did not produce: only the configured region and cloud, and where
// locate found the key, may appear.
func strayPlaces(o observation, detail string) []string {
	res := o.req.Resolution
	regions := map[string]bool{}
	clouds := map[string]bool{res.Cloud.Name: true}
	if res.Region != nil {
		regions[res.Region.Name] = true
	}
	if o.dnsControl != nil {
		if h, ok := speech.ParseHost(o.dnsControl.Host()); ok {
			regions[h.Label] = true // the host the check compared with
		}
	}
	for _, l := range o.located {
		c, rg, _ := strings.Cut(l, "/")
		regions[rg], clouds[c] = true, true
	}
	var stray []string
	for _, rg := range speech.Regions("") {
		if !regions[rg.Name] && regexp.MustCompile(`\b`+rg.Name+`\b`).MatchString(detail) {
			stray = append(stray, rg.Name)
		}
	}
	for _, c := range speech.Clouds() {
		if !clouds[c.Name] && (strings.Contains(detail, c.DisplayName) || strings.Contains(detail, fmt.Sprintf("cloud = %q", c.Name))) {
			stray = append(stray, c.Name)
		}
	}
	return stray
}
