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
	// FamilyCustomDomain is {name}.{CustomDomainSuffix}: a resource's custom
	// subdomain.
	FamilyCustomDomain HostFamily = "custom-domain"
)

// Host is a host name read against the family table.
type Host struct {
	Cloud  Cloud
	Family HostFamily
	// Label is the region label of a regional family, or the subdomain of a
	// custom domain, as written in the host (not checked against the
	// catalog).
	Label string
}

// HostName builds the host of a family in the cloud: label is a region
// for the regional families, a custom subdomain for FamilyCustomDomain.
func (c Cloud) HostName(f HostFamily, label string) string {
	switch f {
	case FamilyAPI:
		return label + "." + c.APISuffix
	case FamilyCustomDomain:
		return label + "." + c.CustomDomainSuffix
	}
	return label + "." + string(f) + "." + c.SpeechSuffix
}

// HasFamily reports whether the cloud has hosts of the family.
func (c Cloud) HasFamily(f HostFamily) bool {
	switch f {
	case FamilyAPI, FamilyCustomDomain:
		return true
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
	for _, c := range clouds {
		if label, ok := strings.CutSuffix(host, "."+c.APISuffix); ok && single(label) {
			return Host{Cloud: c, Family: FamilyAPI, Label: label}, true
		}
		if label, ok := strings.CutSuffix(host, "."+c.CustomDomainSuffix); ok && single(label) {
			return Host{Cloud: c, Family: FamilyCustomDomain, Label: label}, true
		}
		if rest, ok := strings.CutSuffix(host, "."+c.SpeechSuffix); ok {
			if label, fam, ok := strings.Cut(rest, "."); ok && single(label) && c.HasFamily(HostFamily(fam)) {
				return Host{Cloud: c, Family: HostFamily(fam), Label: label}, true
			}
		}
	}
	return Host{}, false
}

// IsSpeechHost reports whether a host name belongs to a family of the
// table: the only hosts the key check may send a key to.
func IsSpeechHost(host string) bool {
	_, ok := ParseHost(host)
	return ok
}
