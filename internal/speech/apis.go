package speech

import (
	"slices"
	"strings"
)

// API is one endpoint of a Speech API that an app calls with more than the
// URL (an id, an api-version, a model), in one form. URL is "" where the
// form has none, and Absent says why; Source is where the form, or its
// absence, is stated.
type API struct {
	URL        string  // without the query and without an id
	APIVersion string  // the api-version query the URL needs; "" for none
	Source     Source  // the page, specification or sample that states the form
	Absent     Absence // why URL is "": AbsentNone when it is set
}

// Absence says why a form has no endpoint of an API.
type Absence int

// The reasons. Source says where each is stated.
const (
	AbsentNone Absence = iota
	// AbsentNoRegionalForm: the API is documented on a resource's own host
	// only (Voice Live).
	AbsentNoRegionalForm
	// AbsentUnsupported: the cloud lists the feature as unsupported
	// (SourceSovereign).
	AbsentUnsupported
	// AbsentUndocumented: no page states the feature or its endpoint in
	// the cloud.
	AbsentUndocumented
	// AbsentNotInRegion: the regions page lists the region without the
	// feature (SourceRegions).
	AbsentNotInRegion
	// AbsentRegionUnlisted: the region is outside the table: no page says
	// whether it offers the feature.
	AbsentRegionUnlisted
)

// apiDef is one API: its forms, version, sources and availability. One row
// per API; RegionalEndpoints and CustomDomainEndpoints build every form
// from it.
type apiDef struct {
	scheme string
	// regional is the host family of the regional form; "" for none.
	regional   HostFamily
	path       string // on the regional host
	domainPath string // on a custom domain
	version    string
	source     Source // the regional form
	// domainSource states the custom-domain form.
	domainSource Source
	// feature is the region's availability of the API; nil for none.
	feature func(Features) *bool
	// sovereign is the API's absence in the US Government and China
	// clouds (SourceSovereign, revision a39b784).
	usgov, china Absence
	// foundryHost: on an AIServices resource the custom-domain form is on
	// the Foundry name (SourceVoiceLive).
	foundryHost bool
	// kind is the kind of a pasted URL of the API (parse.go).
	kind PathKind
	// namespace: the first segment of the API's paths is its own
	// (/voice-live/, /texttospeech/, /avatar/), so a pasted URL is known by
	// it (batch operations, a job's id); else by the paths themselves.
	namespace bool
}

// pastedPrefixes are the lower-case path prefixes a pasted URL of the API
// starts with: the custom-domain form first (the longer, for the avatar
// relay token's /tts/ form).
func (d *apiDef) pastedPrefixes() []string {
	if d.namespace {
		seg, _, _ := strings.Cut(strings.TrimPrefix(d.domainPath, "/"), "/")
		return []string{"/" + strings.ToLower(seg) + "/"}
	}
	var out []string
	for _, p := range []string{d.domainPath, d.path} {
		if p = strings.ToLower(p); p != "" && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// The APIs. Sources: see each row. The custom-domain forms of the REST
// APIs follow the specifications' {endpoint} ("protocol and hostname",
// which a custom domain is) and, for the speech-to-text REST API,
// SourcePrivateLink ("fully equivalent" without a private endpoint).
var (
	apiVoiceLive = apiDef{
		scheme: "wss", domainPath: "/voice-live/realtime", version: "2026-04-10",
		source: SourceVoiceLive, domainSource: SourceVoiceLive,
		usgov: AbsentUnsupported, china: AbsentUnsupported, foundryHost: true,
		kind: PathVoiceLive, namespace: true,
	}
	apiBatchSynthesis = apiDef{
		scheme: "https", regional: FamilyAPI, version: "2024-04-01",
		path: "/texttospeech/batchsyntheses", domainPath: "/texttospeech/batchsyntheses",
		source: SourceBatchSynthesisSpec, domainSource: SourceBatchSynthesisSpec,
		feature: func(f Features) *bool { return f.BatchSynthesis },
		usgov:   AbsentUndocumented, china: AbsentUndocumented,
		kind: PathBatchSynthesis, namespace: true,
	}
	apiBatchAvatar = apiDef{
		scheme: "https", regional: FamilyAPI, version: "2024-08-01",
		path: "/avatar/batchsyntheses", domainPath: "/avatar/batchsyntheses",
		source: SourceBatchAvatarSpec, domainSource: SourceBatchAvatarSpec,
		feature: func(f Features) *bool { return f.BatchAvatar },
		usgov:   AbsentUnsupported, china: AbsentUnsupported,
		kind: PathBatchAvatar, namespace: true,
	}
	apiAvatarRelayToken = apiDef{
		scheme: "https", regional: FamilyTTS,
		path: pathAvatarRelay, domainPath: "/tts" + pathAvatarRelay,
		source: SourceAvatarSamples, domainSource: SourceAvatarSamples,
		feature: func(f Features) *bool { return f.RealtimeAvatar },
		usgov:   AbsentUnsupported, china: AbsentUnsupported,
		kind: PathAvatarRelay,
	}
	apiFastTranscription = apiDef{
		scheme: "https", regional: FamilyAPI, version: "2025-10-15",
		path: pathSTTAPI + pathTranscribe, domainPath: pathSTTAPI + pathTranscribe,
		source: SourceFastTranscription, domainSource: SourcePrivateLink,
		feature: func(f Features) *bool { return f.FastTranscription },
		usgov:   AbsentUnsupported, china: AbsentUndocumented,
		kind: PathFastTranscription,
	}
)

const (
	pathAvatarRelay = "/cognitiveservices/avatar/relay/token/v1"
	pathTranscribe  = "/transcriptions:transcribe"
)

// apis pairs each API field of the endpoints with its definition.
func (e *Endpoints) apis() []struct {
	def *apiDef
	api *API
} {
	return []struct {
		def *apiDef
		api *API
	}{
		{&apiVoiceLive, &e.VoiceLive},
		{&apiBatchSynthesis, &e.BatchSynthesis},
		{&apiBatchAvatar, &e.BatchAvatar},
		{&apiAvatarRelayToken, &e.AvatarRelayToken},
		{&apiFastTranscription, &e.FastTranscription},
	}
}

// domainOnlyAPIs gives the APIs that have no regional form by nature (Voice
// Live) the custom-domain form d holds, so that the recommended endpoints
// name every API a resource with a custom domain serves.
func (e *Endpoints) domainOnlyAPIs(d *Endpoints) {
	ours, domain := e.apis(), d.apis()
	for i, a := range ours {
		if a.api.Absent == AbsentNoRegionalForm && domain[i].api.URL != "" {
			*a.api = *domain[i].api
		}
	}
}

// inCloud is the API's absence in a cloud.
func (d *apiDef) inCloud(c *Cloud) Absence {
	switch c {
	case USGovernment:
		return d.usgov
	case China:
		return d.china
	}
	return AbsentNone
}

// absent is an API form that does not exist, and why.
func (d *apiDef) absent(why Absence, src Source) API {
	return API{APIVersion: d.version, Source: src, Absent: why}
}

// regionalForm is the API's regional form in a region.
func (d *apiDef) regionalForm(c *Cloud, rg Region) API {
	if why := d.inCloud(c); why != AbsentNone {
		return d.absent(why, SourceSovereign)
	}
	if d.regional == "" {
		return d.absent(AbsentNoRegionalForm, d.source)
	}
	if why := d.inRegion(rg); why != AbsentNone {
		return d.absent(why, SourceRegions)
	}
	return API{URL: d.scheme + "://" + c.HostName(d.regional, rg.Name) + d.path, APIVersion: d.version, Source: d.source}
}

// inRegion is the API's absence in a region of its cloud.
func (d *apiDef) inRegion(rg Region) Absence {
	if d.feature == nil {
		return AbsentNone
	}
	if !rg.Listed {
		return AbsentRegionUnlisted
	}
	if v := d.feature(rg.Features); v == nil || !*v {
		return AbsentNotInRegion
	}
	return AbsentNone
}

// domainForm is the API's custom-domain form, on the Foundry name of an
// AIServices resource where the API says so.
func (d *apiDef) domainForm(c *Cloud, subdomain string, k *Kind) API {
	if why := d.inCloud(c); why != AbsentNone {
		return d.absent(why, SourceSovereign)
	}
	fam := FamilyCustomDomain
	if d.foundryHost && k == KindAIServices && c.HasFamily(FamilyFoundry) {
		fam = FamilyFoundry
	}
	url := d.scheme + "://" + c.HostName(fam, subdomain) + d.domainPath
	return API{URL: url, APIVersion: d.version, Source: d.domainSource}
}

// inRegionOf removes the custom-domain forms of the APIs a known region
// lacks: the resource's custom domain serves what its region offers.
func (e *Endpoints) inRegionOf(rg Region) {
	if !rg.Listed {
		return // nothing is known of it: the forms stay
	}
	for _, a := range e.apis() {
		if a.api.URL == "" {
			continue
		}
		if why := a.def.inRegion(rg); why != AbsentNone {
			*a.api = a.def.absent(why, SourceRegions)
		}
	}
}
