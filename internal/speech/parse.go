package speech

import (
	"fmt"
	"net/url"
	"strings"
)

// ParsedEndpoint is what a resource endpoint URL says about the resource.
type ParsedEndpoint struct {
	Cloud     string // canonical cloud name
	Region    string // set for regional hosts
	Subdomain string // set for custom-domain, Foundry and OpenAI hosts
	// Warning is set when the URL was accepted but is not the resource
	// endpoint the portal shows (a pasted token or speech URL).
	Warning string
	// Kind is the resource kind the host implies: "AIServices" for a
	// Foundry host; "" when the host does not tell.
	Kind string
	// OpenAI is set for a {name}.openai.azure.com host: an AIServices
	// resource answers there, and so does a resource of kind OpenAI, which
	// serves no Speech. Only resource_type can tell them apart.
	OpenAI bool

	region   Region // the region read from the host
	unlisted string // set when that region is outside the Speech table
}

// knownPaths are paths of Speech APIs (see endpoints.go) that a
// user may paste instead of the resource endpoint.
var knownPaths = []struct{ prefix, what string }{
	{"/sts/v1.0/issuetoken", "token endpoint"},
	{"/tts/cognitiveservices/", "text to speech endpoint"},
	{"/stt/speech/", "speech to text endpoint"},
	{"/cognitiveservices/", "text to speech endpoint"},
	{"/speech/recognition/", "speech to text endpoint"},
	{"/speechtotext", "speech-to-text REST API endpoint"},
	{"/speech/translation/", "speech translation endpoint"},
	{"/s2s/speech/", "speech translation endpoint"},
}

// ParseEndpoint reads a resource endpoint exactly as the portal's Keys and
// Endpoint page or azurerm_cognitive_account.endpoint shows it, such as
// https://japanwest.api.cognitive.microsoft.com/ or
// https://my-speech.cognitiveservices.azure.cn/.
func ParseEndpoint(input string) (ParsedEndpoint, error) { return Attributes.ParseEndpoint(input) }

// ParseEndpoint is ParseEndpoint with messages in the speaker's words.
func (sp Speaker) ParseEndpoint(input string) (ParsedEndpoint, error) {
	if err := checkText("Endpoint", input); err != nil {
		return ParsedEndpoint{}, err
	}
	s := strings.TrimSpace(input)
	if !strings.Contains(s, "://") {
		if _, err := sp.ParseEndpoint("https://" + s); err != nil {
			return ParsedEndpoint{}, err
		}
		return ParsedEndpoint{}, inputErr("Endpoint Without Scheme", "%s must be a URL starting with https://: %s.", upperFirst(sp.name(AttrEndpoint)), sp.set(AttrEndpoint, "https://"+strings.TrimSuffix(strings.ToLower(hostOf(s)), ".")+"/"))
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return ParsedEndpoint{}, inputErr("Invalid Endpoint", "%s is not a URL. Copy the Endpoint value from the resource's Keys and Endpoint page, for example \"https://westus.api.cognitive.microsoft.com/\".", Quote(redactURL(s)))
	}
	if u.User != nil {
		return ParsedEndpoint{}, inputErr("Credentials In Endpoint", "%s contains a user name or password before the host. Remove it: Speech keys never go in the URL (use the provider's key argument).", upperFirst(sp.name(AttrEndpoint)))
	}
	switch strings.ToLower(u.Scheme) {
	case "https":
	case "http":
		return ParsedEndpoint{}, inputErr("Endpoint Must Use HTTPS", "Azure Speech endpoints are HTTPS only: %s.", sp.set(AttrEndpoint, "https://"+strings.ToLower(u.Host)+"/"))
	case "wss", "ws":
		return ParsedEndpoint{}, inputErr("WebSocket URL Given As Endpoint", "%s takes the resource endpoint (https://...), not a WebSocket URL. Copy the Endpoint value from the resource's Keys and Endpoint page.", upperFirst(sp.name(AttrEndpoint)))
	default:
		return ParsedEndpoint{}, inputErr("Invalid Endpoint", "%s must start with https://, not %s://.", upperFirst(sp.name(AttrEndpoint)), u.Scheme)
	}
	if port := u.Port(); port != "" && port != "443" {
		return ParsedEndpoint{}, inputErr("Unexpected Port In Endpoint", "Azure Speech endpoints use the default HTTPS port; remove \":%s\" from %s.", port, sp.name(AttrEndpoint))
	}
	if u.RawQuery != "" || u.Fragment != "" {
		return ParsedEndpoint{}, inputErr("Query In Endpoint", "%s takes the resource endpoint without a query string or fragment, for example \"https://%s/\".", upperFirst(sp.name(AttrEndpoint)), strings.ToLower(u.Hostname()))
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	p, err := sp.parseHost(host)
	if err != nil {
		return ParsedEndpoint{}, err
	}
	path := strings.ToLower(u.EscapedPath())
	if p.Kind != "" || p.OpenAI {
		// Foundry and OpenAI names: the portal shows resource and project
		// endpoints with paths (/api/projects/{project}); only the name counts.
		return p, nil
	}
	if path != "" && path != "/" {
		what := ""
		for _, k := range knownPaths {
			if strings.HasPrefix(path, k.prefix) {
				what = k.what
				break
			}
		}
		if what == "" {
			return ParsedEndpoint{}, inputErr("Unexpected Path In Endpoint", "%s takes the resource endpoint, which has no path: %s.", upperFirst(sp.name(AttrEndpoint)), sp.set(AttrEndpoint, "https://"+host+"/"))
		}
		p.Warning = fmt.Sprintf("%s is a %s, not the resource endpoint; only its host is used. %s, the form the portal's Keys and Endpoint page shows.", upperFirst(sp.name(AttrEndpoint)), what, sp.Set(AttrEndpoint, "https://"+host+"/"))
	}
	return p, nil
}

// withScheme adds https:// to a bare host name, for hints.
func withScheme(s string) string {
	if strings.Contains(s, "://") {
		return s
	}
	return "https://" + s
}

func hostOf(s string) string {
	if i := strings.IndexAny(s, "/?#"); i >= 0 {
		return s[:i]
	}
	return s
}

// redactURL removes anything before an @ in a URL-like string, so that
// credentials are never echoed.
func redactURL(s string) string {
	if i := strings.LastIndex(s, "@"); i >= 0 {
		return "…" + s[i+1:]
	}
	return s
}

// parseHost reads a host name through the host-family table (hosts.go).
func (sp Speaker) parseHost(host string) (ParsedEndpoint, error) {
	if h, ok := ParseHost(host); ok {
		switch h.Family {
		case FamilyAPI:
			return sp.regionalHost(h.Cloud, h.Label, host)
		case FamilyCustomDomain:
			name, err := sp.ParseSubdomain(h.Label)
			if err != nil {
				return ParsedEndpoint{}, inputErr("Invalid Endpoint", "The custom subdomain in %s is not valid: %s", sp.name(AttrEndpoint), asInputError(err).Detail)
			}
			return ParsedEndpoint{Cloud: h.Cloud.Name, Subdomain: name}, nil
		case FamilyFoundry, FamilyOpenAI:
			name, err := sp.ParseSubdomain(h.Label)
			if err != nil {
				return ParsedEndpoint{}, inputErr("Invalid Endpoint", "The resource name in %s is not valid: %s", sp.name(AttrEndpoint), asInputError(err).Detail)
			}
			p := ParsedEndpoint{Cloud: h.Cloud.Name, Subdomain: name, OpenAI: h.Family == FamilyOpenAI}
			if h.Family == FamilyFoundry {
				p.Kind = "AIServices"
			}
			return p, nil
		default:
			p, err := sp.regionalHost(h.Cloud, h.Label, host)
			if err == nil {
				p.Warning = fmt.Sprintf("%s is a %s speech host, not the resource endpoint; only its region is used. %s, the form the portal's Keys and Endpoint page shows.", upperFirst(sp.name(AttrEndpoint)), h.Family, sp.Set(AttrEndpoint, "https://"+h.Cloud.HostName(FamilyAPI, p.Region)+"/"))
			}
			return p, err
		}
	}
	for _, foreign := range []string{".azure.com", ".azure.us", ".azure.cn", ".microsoft.com", ".microsoft.us"} {
		if strings.HasSuffix(host, foreign) {
			return ParsedEndpoint{}, inputErr("Not A Speech Endpoint", "%q is an Azure host, but not one that serves Speech. Copy the Endpoint of the Speech, Azure AI services or multi-service resource from its Keys and Endpoint page: https://{region}.api.cognitive.microsoft.com/ (or .microsoft.us, .azure.cn) or https://{name}.cognitiveservices.azure.com/ (or .azure.us, .azure.cn).", host)
		}
	}
	return ParsedEndpoint{}, inputErr("Not An Azure Speech Endpoint", "%q is not an Azure Cognitive Services host. %s takes the Endpoint shown on the resource's Keys and Endpoint page: https://{region}.api.cognitive.microsoft.com/ (or .microsoft.us, .azure.cn) or https://{name}.cognitiveservices.azure.com/ (or .azure.us, .azure.cn).", host, upperFirst(sp.name(AttrEndpoint)))
}

func (sp Speaker) regionalHost(c Cloud, label, host string) (ParsedEndpoint, error) {
	m, err := sp.ParseRegion(label)
	if err != nil {
		ie := asInputError(err)
		return ParsedEndpoint{}, inputErr(ie.Summary, "The region in the host %q of %s is not usable: %s", host, sp.name(AttrEndpoint), ie.Detail)
	}
	if _, legacy := legacyRegionNames[label]; m.Region.Name != label && !legacy {
		return ParsedEndpoint{}, inputErr("Invalid Endpoint", "The host %q does not exist: Speech hosts use the region identifier %q.", host, m.Region.Name)
	}
	// A legacy label (virginia.api.cognitive.microsoft.us, as
	// SourceSubdomains shows US Gov Virginia) reads as today's region; the
	// computed endpoints use today's label.
	if m.Region.Cloud != c.Name {
		if !m.Region.cloudGuessed {
			right, _ := CloudByName(m.Region.Cloud)
			return ParsedEndpoint{}, inputErr("Endpoint Mixes Clouds", "The host %q puts region %q (%s) under the %s suffix %q; that host does not exist. The endpoint of a %s resource is %q.", host, m.Region.Name, right.DisplayName, c.DisplayName, c.APISuffix, m.Region.Name, "https://"+m.Region.Name+"."+right.APISuffix+"/")
		}
		// A region outside every table: the host says its cloud.
		m.Region.Cloud = c.Name
	}
	return ParsedEndpoint{Cloud: c.Name, Region: m.Region.Name, region: m.Region, unlisted: m.Unlisted}, nil
}

// OpenAIKindError is the error for an OpenAI host when the configuration
// does not say the resource is AIServices (resourceType "" when not set).
func (sp Speaker) OpenAIKindError(p ParsedEndpoint, resourceType string) *InputError {
	given := "resource_type is not set"
	if resourceType != "" {
		given = fmt.Sprintf("resource_type is %q", resourceType)
	}
	if sp.args != nil {
		given = "a function cannot be told the kind"
	}
	return inputErr("OpenAI Endpoint Without An AI Services Kind", "%q is the OpenAI endpoint of a resource, and %s. A resource of kind OpenAI serves no Speech; an Azure AI services (Foundry) resource answers there too and serves Speech on https://%s.%s/. If the resource is an AI services resource, %s with this endpoint, or use that custom-domain endpoint.",
		"https://"+mustCloud(p.Cloud).HostName(FamilyOpenAI, p.Subdomain)+"/", given, p.Subdomain, mustCloud(p.Cloud).CustomDomainSuffix, sp.set(AttrResourceType, "AIServices"))
}
