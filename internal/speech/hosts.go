package speech

import "strings"

// HostFamily is a kind of Speech host name. Every host the provider
// computes, parses, sends a key to or fakes belongs to one family of one
// cloud: this file is the only place that knows how the names are built.
type HostFamily string

// The host families. Sources: SourceRESTAuth, SourceRESTTTS, SourcePrivateLink,
// SourceSovereign, SourceSubdomains.
const (
	// FamilyAPI is the regional API host {region}.{APISuffix}: the resource
	// endpoint, the token endpoint and the speech-to-text REST API.
	FamilyAPI HostFamily = "api"
	// FamilyTTS is {region}.tts.{SpeechSuffix}: text to speech and voices.
	FamilyTTS HostFamily = "tts"
	// FamilySTT is {region}.stt.{SpeechSuffix}: speech to text.
	FamilySTT HostFamily = "stt"
	// FamilyVoice is {region}.voice.{SpeechSuffix}: custom voice.
	FamilyVoice HostFamily = "voice"
	// FamilyS2S is {region}.s2s.{SpeechSuffix}: speech translation
	// (SourcePrivateLink names the s2s offering; SourceGovCompare lists
	// usgovvirginia.s2s.speech.azure.us and usgovarizona.s2s.speech.azure.us).
	FamilyS2S HostFamily = "s2s"
	// FamilyCustomDomain is {name}.{CustomDomainSuffix}: a resource's custom
	// subdomain.
	FamilyCustomDomain HostFamily = "custom-domain"
	// FamilyFoundry is {name}.{FoundrySuffix}: the Foundry name of an
	// AIServices resource (its resource and project endpoints). Parsed, never
	// computed or sent a key: Speech's forms are on the custom domain
	// (SourceVoiceLive; token, text to speech and speech to text there are
	// undocumented).
	FamilyFoundry HostFamily = "foundry"
	// FamilyOpenAI is {name}.{OpenAISuffix}: the OpenAI name of an
	// AIServices resource, or of a resource of kind OpenAI, which serves no
	// Speech. Parsed, never computed or sent a key.
	FamilyOpenAI HostFamily = "openai"
)

// keyDestination reports whether the provider may send a key to hosts of
// the family: the families it computes endpoints on.
func (f HostFamily) keyDestination() bool { return f != FamilyFoundry && f != FamilyOpenAI }

// Regional reports whether the family's label is a region (else it is a
// resource's name).
func (f HostFamily) Regional() bool {
	return f != FamilyCustomDomain && f != FamilyFoundry && f != FamilyOpenAI
}

// Host is a host name read against the family table.
type Host struct {
	Cloud  *Cloud
	Family HostFamily
	// Label is the region label of a regional family, or the subdomain of a
	// custom domain, as written in the host (not checked against the
	// catalog).
	Label string
}

// HostName builds the host of a family in the cloud: label is a region
// for the regional families, a custom subdomain for FamilyCustomDomain.
func (c *Cloud) HostName(f HostFamily, label string) string {
	switch f {
	case FamilyAPI:
		return label + "." + c.APISuffix
	case FamilyCustomDomain:
		return label + "." + c.CustomDomainSuffix
	case FamilyFoundry:
		return label + "." + c.FoundrySuffix
	case FamilyOpenAI:
		return label + "." + c.OpenAISuffix
	}
	return label + "." + string(f) + "." + c.SpeechSuffix
}

// ResourceEndpoint is the resource endpoint on a host of the cloud, the
// form the portal's Keys and Endpoint page shows:
// https://westus.api.cognitive.microsoft.com/.
func (c *Cloud) ResourceEndpoint(f HostFamily, label string) string {
	return rootURL(c.HostName(f, label))
}

// rootURL is the URL of a host's root: https://{host}/. Every resource
// endpoint is written by it.
func rootURL(host string) string { return "https://" + host + "/" }

// HasFamily reports whether the cloud has hosts of the family.
func (c *Cloud) HasFamily(f HostFamily) bool {
	switch f {
	case FamilyAPI, FamilyCustomDomain:
		return true
	case FamilyFoundry:
		return c.FoundrySuffix != ""
	case FamilyOpenAI:
		return c.OpenAISuffix != ""
	}
	for _, g := range c.SpeechFamilies {
		if g == f {
			return true
		}
	}
	return false
}

// ParseHost reads a host name (any case, an optional trailing dot) as a
// family of a cloud. It checks the shape only: one label before a suffix
// of the table. It does not check that the label is a region of the
// catalog or a valid subdomain.
func ParseHost(host string) (Host, bool) {
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	single := func(label string) bool { return label != "" && !strings.Contains(label, ".") }
	// label returns the single label before "."+suffix, without building
	// the joined string.
	label := func(suffix string) (string, bool) {
		rest, ok := strings.CutSuffix(host, suffix)
		if !ok || !strings.HasSuffix(rest, ".") || !single(rest[:len(rest)-1]) {
			return "", false
		}
		return rest[:len(rest)-1], true
	}
	for _, c := range clouds {
		if l, ok := label(c.APISuffix); ok {
			return Host{Cloud: c, Family: FamilyAPI, Label: l}, true
		}
		if l, ok := label(c.CustomDomainSuffix); ok {
			return Host{Cloud: c, Family: FamilyCustomDomain, Label: l}, true
		}
		if l, ok := label(c.FoundrySuffix); ok && c.FoundrySuffix != "" {
			return Host{Cloud: c, Family: FamilyFoundry, Label: l}, true
		}
		if l, ok := label(c.OpenAISuffix); ok && c.OpenAISuffix != "" {
			return Host{Cloud: c, Family: FamilyOpenAI, Label: l}, true
		}
		if rest, ok := strings.CutSuffix(host, c.SpeechSuffix); ok && strings.HasSuffix(rest, ".") {
			rest = rest[:len(rest)-1]
			if label, fam, ok := strings.Cut(rest, "."); ok && single(label) && c.HasFamily(HostFamily(fam)) {
				return Host{Cloud: c, Family: HostFamily(fam), Label: label}, true
			}
		}
	}
	return Host{}, false
}

// IsSpeechHost reports whether a host name belongs to a family of the
// table that the provider computes endpoints on: the only hosts the key
// check may send a key to.
func IsSpeechHost(host string) bool {
	h, ok := ParseHost(host)
	return ok && h.Family.keyDestination()
}
