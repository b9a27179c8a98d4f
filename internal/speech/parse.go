package speech

import (
	"net/url"
	"strings"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/secret"
)

// ParsedEndpoint is what a resource endpoint URL says about the resource.
type ParsedEndpoint struct {
	Cloud  *Cloud
	Family HostFamily
	// Region is the region of a regional host; nil for the named families.
	Region *Region
	// Subdomain is the resource's name on custom-domain, Foundry and OpenAI
	// hosts.
	Subdomain string
	// Kind is the resource kind the host implies: AIServices for a Foundry
	// host; nil when the host does not tell.
	Kind *Kind
	// OpenAI is set for a {name}.openai.azure.com host: an AIServices
	// resource answers there, and so does a resource of kind OpenAI, which
	// serves no Speech. Only the kind setting can tell them apart.
	OpenAI bool
	// Path is the kind of API URL pasted (PathNone for a resource
	// endpoint); its query, if any, is not used (queryClean refuses one
	// that may hold a credential).
	Path PathKind
}

// Host is the resource endpoint's host name as computed from the parse.
func (p ParsedEndpoint) Host() string {
	if p.Region != nil {
		return p.Cloud.HostName(FamilyAPI, p.Region.Name)
	}
	return p.Cloud.HostName(p.Family, p.Subdomain)
}

// knownPath is a path prefix of a Speech API and the kind of URL it is.
type knownPath struct {
	prefix string
	kind   PathKind
}

// knownPaths are paths of Speech APIs (see endpoints.go) that a user may
// paste instead of the resource endpoint: the token's, those of the APIs
// of apis.go (from their rows), then the speech hosts' paths.
// The first prefix that matches wins. A URL of a known path may carry a
// query of the documented parameters (queryParams), which is not used;
// Voice Live's may be a wss:// URL.
var knownPaths = func() []knownPath {
	out := []knownPath{{"/sts/v1.0/issuetoken", PathToken}}
	for _, a := range (&Endpoints{}).apis() {
		for _, p := range a.def.pastedPrefixes() {
			out = append(out, knownPath{p, a.def.kind})
		}
	}
	return append(out, speechPaths...)
}()

// speechPaths are the paths of the speech hosts' APIs and the REST APIs.
var speechPaths = []knownPath{
	{"/tts/cognitiveservices/", PathTTS},
	{"/stt/speech/", PathSTT},
	{"/cognitiveservices/", PathTTS},
	{"/speech/recognition/", PathSTT},
	{"/speechtotext", PathSTTAPI},
	{"/speech/translation/", PathTranslation},
	{"/s2s/speech/", PathTranslation},
	{"/voice/cognitiveservices/", PathTTS},
}

// ParseEndpoint reads a resource endpoint exactly as the portal's Keys and
// Endpoint page or azurerm_cognitive_account.endpoint shows it, such as
// https://japanwest.api.cognitive.microsoft.com/ or
// https://my-speech.cognitiveservices.azure.cn/. The problems hold the
// warnings (a pasted API URL, a speech host, a region outside the table),
// or the one error.
func ParseEndpoint(input string) (ParsedEndpoint, []Problem) {
	p, warns, err := parseEndpoint(input)
	if err != nil {
		return ParsedEndpoint{}, []Problem{*err.on(SettingEndpoint)}
	}
	for i := range warns {
		warns[i].Setting = SettingEndpoint
	}
	return p, warns
}

func parseEndpoint(input string) (ParsedEndpoint, []Problem, *Problem) {
	if p := checkText(input); p != nil {
		p.Given = withoutUserinfo(p.Given) // never carry credentials
		return ParsedEndpoint{}, nil, p
	}
	s := strings.TrimSpace(input)
	if !strings.Contains(s, "://") {
		if _, _, err := parseEndpoint("https://" + s); err != nil {
			return ParsedEndpoint{}, nil, err
		}
		want := resourceRoot(hostOf(s))
		return ParsedEndpoint{}, nil, &Problem{
			Code:  CodeEndpointNoScheme,
			Given: s,
			Want:  want,
			Fixes: []Fix{{{Setting: SettingEndpoint, Value: want}}},
		}
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return ParsedEndpoint{}, nil, &Problem{Code: CodeEndpointNotURL, Given: withoutUserinfo(s)}
	}
	if u.User != nil {
		return ParsedEndpoint{}, nil, problem(CodeEndpointCredentials)
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	root := resourceRoot(host)
	path := strings.ToLower(u.EscapedPath())
	kind := pathKind(path)
	switch strings.ToLower(u.Scheme) {
	case "https":
	case "http":
		return ParsedEndpoint{}, nil, &Problem{
			Code:  CodeEndpointHTTP,
			Host:  host,
			Want:  root,
			Fixes: []Fix{{{Setting: SettingEndpoint, Value: root}}},
		}
	case "wss", "ws":
		if kind != PathVoiceLive || strings.ToLower(u.Scheme) != "wss" {
			return ParsedEndpoint{}, nil, &Problem{Code: CodeEndpointWebsocket, Host: host}
		}
	default:
		return ParsedEndpoint{}, nil, &Problem{Code: CodeEndpointScheme, Given: u.Scheme}
	}
	if port := u.Port(); port != "" && port != "443" {
		return ParsedEndpoint{}, nil, &Problem{
			Code:  CodeEndpointPort,
			Given: port,
			Want:  root,
			Fixes: []Fix{{{Setting: SettingEndpoint, Value: root}}},
		}
	}
	if !queryClean(u.RawQuery) || !queryClean(u.Fragment) {
		return ParsedEndpoint{}, nil, &Problem{
			Code:  CodeEndpointQueryParam,
			Want:  root,
			Fixes: []Fix{{{Setting: SettingEndpoint, Value: root}}},
		}
	}
	if (u.RawQuery != "" || u.Fragment != "") && kind == PathNone {
		return ParsedEndpoint{}, nil, &Problem{
			Code:  CodeEndpointQuery,
			Want:  root,
			Fixes: []Fix{{{Setting: SettingEndpoint, Value: root}}},
		}
	}
	p, warns, perr := parseHost(host)
	if perr != nil {
		return ParsedEndpoint{}, nil, perr
	}
	p.Path = kind
	if path != "" && path != "/" {
		want := rootURL(p.Host())
		if p.Kind != nil || p.OpenAI {
			// Foundry and OpenAI names: the portal shows resource and
			// project endpoints with paths (/api/projects/{project}), which
			// are fine; an API URL (Voice Live's) warns as on other hosts.
			if kind != PathNone {
				warns = append(warns, Problem{Code: CodeEndpointAPIURL, Warning: true, Path: kind, Host: host,
					Want: want, Fixes: []Fix{{{Setting: SettingEndpoint, Value: want}}}})
			}
			return p, warns, nil
		}
		if kind == PathNone {
			return ParsedEndpoint{}, nil, &Problem{
				Code:  CodeEndpointPath,
				Host:  host,
				Want:  want,
				Fixes: []Fix{{{Setting: SettingEndpoint, Value: want}}},
			}
		}
		if p.Family == FamilyAPI || !p.Family.Regional() {
			warns = append(warns, Problem{Code: CodeEndpointAPIURL, Warning: true, Path: kind, Host: host, Want: want,
				Fixes: []Fix{{{Setting: SettingEndpoint, Value: want}}}})
		}
	}
	return p, warns, nil
}

// queryParams are the query parameters, in lower case, of the Speech API
// URLs (apis.go) and of the SDKs' documented URLs: Voice Live's
// api-version, model and agent (https://learn.microsoft.com/azure/ai-services/speech-service/voice-live-how-to,
// 2026-04), the REST APIs' api-version, short audio's language, format,
// profanity and cid, custom voice's deploymentId, and translation's from
// and to. Any other parameter (subscription-key, api-key, a token or a
// signature) may hold a credential: the endpoint argument is kept in state
// as written, so such a URL is refused.
var queryParams = map[string]bool{
	"api-version": true, "model": true, "language": true, "format": true, "profanity": true, "cid": true,
	"deploymentid": true, "from": true, "to": true, "agent_id": true, "agent-id": true, "project_id": true,
	"agent-project-name": true, "project-name": true,
}

// queryClean reports whether a query (or fragment) holds only documented
// parameters (queryParams) and no value shaped like a key.
func queryClean(q string) bool {
	if q == "" {
		return true
	}
	if secret.LooksLikeKey(q) {
		return false
	}
	vals, err := url.ParseQuery(q)
	if err != nil {
		return false
	}
	for name, vs := range vals {
		if !queryParams[strings.ToLower(name)] {
			return false
		}
		for _, v := range vs {
			if secret.LooksLikeKey(v) {
				return false
			}
		}
	}
	return true
}

// pathKind is the kind of API a path is of; PathNone for the root or an
// unknown path.
func pathKind(path string) PathKind {
	for _, k := range knownPaths {
		if strings.HasPrefix(path, k.prefix) {
			return k.kind
		}
	}
	return PathNone
}

// resourceRoot is the resource endpoint a host stands for: the host's root
// URL, or the resource endpoint of the region a speech host names
// (https://westus.stt.speech.microsoft.com -> https://westus.api.cognitive.microsoft.com/),
// so that a fix of the scheme, port or query is the whole fix, not a step
// into the speech-host warning (issue 25).
func resourceRoot(host string) string {
	if p, _, err := parseHost(strings.ToLower(host)); err == nil {
		return rootURL(p.Host())
	}
	return rootURL(host)
}

// withoutUserinfo removes anything before an @ in a URL-like string, so
// that credentials are never echoed.
func withoutUserinfo(s string) string {
	if i := strings.LastIndex(s, "@"); i >= 0 {
		return "…" + s[i+1:]
	}
	return s
}

// foreignSuffixes are Azure and Microsoft domains that hold hosts which
// serve no Speech.
var foreignSuffixes = []string{".azure.com", ".azure.us", ".azure.cn", ".microsoft.com", ".microsoft.us"}

// parseHost reads a host name through the host-family table (hosts.go).
func parseHost(host string) (ParsedEndpoint, []Problem, *Problem) {
	h, ok := ParseHost(host)
	if !ok {
		for _, foreign := range foreignSuffixes {
			if strings.HasSuffix(host, foreign) {
				return ParsedEndpoint{}, nil, &Problem{Code: CodeEndpointNotSpeech, Host: host}
			}
		}
		return ParsedEndpoint{}, nil, &Problem{Code: CodeEndpointNotAzure, Host: host}
	}
	if !h.Family.Regional() {
		name, err := ParseSubdomain(h.Label)
		if err != nil {
			return ParsedEndpoint{}, nil, badLabel(h, host, err)
		}
		p := ParsedEndpoint{Cloud: h.Cloud, Family: h.Family, Subdomain: name, OpenAI: h.Family == FamilyOpenAI}
		if h.Family == FamilyFoundry {
			p.Kind = KindAIServices
		}
		return p, nil, nil
	}
	p, warns, err := regionalHost(h, host)
	if err == nil && h.Family != FamilyAPI {
		want := rootURL(p.Host())
		warns = append(
			warns,
			Problem{Code: CodeEndpointSpeechHost, Warning: true, Host: host, Family: h.Family, Want: want,
				Fixes: []Fix{{{Setting: SettingEndpoint, Value: want}}}},
		)
	}
	return p, warns, err
}

func regionalHost(h Host, host string) (ParsedEndpoint, []Problem, *Problem) {
	rg, warn, err := parseRegion(h.Label)
	if err != nil {
		return ParsedEndpoint{}, nil, badLabel(h, host, err.on(SettingRegion))
	}
	if _, legacy := legacyRegionNames[h.Label]; rg.Name != h.Label && !legacy {
		return ParsedEndpoint{}, nil, &Problem{Code: CodeEndpointNoSuchHost, Host: host, Want: rg.Name, Region: rg.Name,
			Fixes: []Fix{{{Setting: SettingEndpoint, Value: rg.Cloud.ResourceEndpoint(FamilyAPI, rg.Name)}}}}
	}
	// A legacy label (virginia.api.cognitive.microsoft.us, as
	// SourceSubdomains shows US Gov Virginia) reads as today's region; the
	// computed endpoints use today's label.
	if rg.Cloud != h.Cloud {
		if !rg.cloudGuessed {
			want := rg.Cloud.ResourceEndpoint(FamilyAPI, rg.Name)
			return ParsedEndpoint{}, nil, &Problem{
				Code:   CodeEndpointMixesCloud,
				Host:   host,
				Region: rg.Name,
				Cloud:  rg.Cloud,
				Other:  h.Cloud,
				Want:   want,
				Fixes:  []Fix{{{Setting: SettingEndpoint, Value: want}}},
			}
		}
		// A region outside every table: the host says its cloud.
		rg.Cloud, rg.cloudGuessed = h.Cloud, false
	}
	var warns []Problem
	if warn != nil && warn.Code == CodeRegionUnlisted {
		warns = append(warns, *warn)
	}
	return ParsedEndpoint{Cloud: h.Cloud, Family: h.Family, Region: &rg}, warns, nil
}

// badLabel is an endpoint whose host's label (a region, or a resource's
// name) has a problem, the cause. What the cause suggests for the label
// becomes a change of the endpoint, the setting the user gave: the host
// with the label suggested, as a resource endpoint.
func badLabel(h Host, host string, cause *Problem) *Problem {
	if cause.Code == CodeKeyShaped {
		// Said of the endpoint as a whole: the host is never shown.
		return problem(CodeKeyShaped)
	}
	p := &Problem{Code: CodeEndpointBadLabel, Host: host, Family: h.Family, Cause: cause}
	for _, f := range cause.Fixes {
		if len(f) != 1 || f[0].Remove {
			continue
		}
		label, c, fam := f[0].Value, h.Cloud, h.Family
		if f[0].Setting == SettingRegion {
			if rg, ok := RegionByName(label); ok {
				c = rg.Cloud
			}
			fam = FamilyAPI
		}
		p.Fixes = append(p.Fixes, Fix{{Setting: SettingEndpoint, Value: c.ResourceEndpoint(fam, label)}})
	}
	cause.Fixes = nil
	return p
}
