package speech

import (
	"fmt"
	"slices"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/secret"
)

// Code says what a problem is. Codes are stable identifiers for tests and
// logs; the words a user reads are the renderer's.
type Code string

// Codes of any text value.
const (
	CodeEmpty       Code = "empty"
	CodeTooLong     Code = "too-long"
	CodeNotUTF8     Code = "not-utf8"
	CodeControlChar Code = "control-character" // Char, Pos
	CodeNonASCII    Code = "non-ascii"         // Char, Pos; Want: the ASCII reading, when it parses
	// CodeKeyShaped is a region, subdomain or endpoint label that has the
	// shape of a Speech key: it is never echoed, and never sent anywhere.
	CodeKeyShaped Code = "key-shaped"
)

// Codes of a cloud.
const (
	CodeCloudUnknown Code = "cloud-unknown" // Near: the canonical names
	CodeCloudClosed  Code = "cloud-closed"  // Azure Germany; Want: the cloud to use instead
	CodeCloudStack   Code = "cloud-stack"   // Azure Stack has no Speech
)

// Codes of a resource kind.
const (
	CodeKindLegacy  Code = "kind-legacy"
	CodeKindUnknown Code = "kind-unknown"
)

// Codes of a custom subdomain.
const (
	CodeSubdomainIsURL   Code = "subdomain-is-url" // Want: the subdomain the URL holds
	CodeSubdomainNotName Code = "subdomain-not-a-name"
	CodeSubdomainShort   Code = "subdomain-too-short" // Len
	CodeSubdomainLong    Code = "subdomain-too-long"  // Len
	CodeSubdomainInvalid Code = "subdomain-invalid"
)

// Codes of a region.
const (
	CodeRegionIsURL       Code = "region-is-url" // Want: the region the URL holds, when it holds one
	CodeRegionLocale      Code = "region-locale"
	CodeRegionGlobal      Code = "region-global"
	CodeRegionPlaceholder Code = "region-placeholder"
	CodeRegionLegacy      Code = "region-legacy"    // warning; Want
	CodeRegionNoSpeech    Code = "region-no-speech" // Near: Speech regions near it
	CodeRegionUnlisted    Code = "region-unlisted"  // warning; Note
	CodeRegionMalformed   Code = "region-malformed"
	CodeRegionTypo        Code = "region-typo"        // Near
	CodeRegionOtherCloud  Code = "region-other-cloud" // Cloud: the region's; Other: the one given; Near: regions of Other
)

// Codes of an endpoint.
const (
	CodeEndpointNoScheme    Code = "endpoint-no-scheme" // Want
	CodeEndpointNotURL      Code = "endpoint-not-url"
	CodeEndpointCredentials Code = "endpoint-credentials"
	CodeEndpointHTTP        Code = "endpoint-http" // Want
	CodeEndpointWebsocket   Code = "endpoint-websocket"
	CodeEndpointScheme      Code = "endpoint-scheme" // Given: the scheme
	CodeEndpointPort        Code = "endpoint-port"   // Given: the port
	CodeEndpointQuery       Code = "endpoint-query"  // Want
	// CodeEndpointQueryParam is a query or fragment parameter outside the
	// Speech APIs' documented ones, or a value shaped like a key: it may
	// hold a credential, and the endpoint is kept as written. Nothing of it
	// is echoed. Want.
	CodeEndpointQueryParam Code = "endpoint-query-param"
	CodeEndpointPath       Code = "endpoint-path" // Want
	// CodeEndpointAPIURL is a pasted API URL (a token or speech URL): only
	// its host is used. Warning; Path; Want.
	CodeEndpointAPIURL Code = "endpoint-api-url"
	// CodeEndpointSpeechHost is a speech host, not the resource endpoint:
	// only its region is used. Warning; Family; Want.
	CodeEndpointSpeechHost Code = "endpoint-speech-host"
	CodeEndpointBadLabel   Code = "endpoint-bad-label"    // Host, Family; Cause: the label's problem
	CodeEndpointNoSuchHost Code = "endpoint-no-such-host" // Host; Want: the region identifier
	CodeEndpointMixesCloud Code = "endpoint-mixes-clouds" // Host, Region, Cloud (the region's), Other (the suffix's); Want
	CodeEndpointNotSpeech  Code = "endpoint-not-speech"   // Host: an Azure host that serves no Speech
	CodeEndpointNotAzure   Code = "endpoint-not-azure"    // Host
	// CodeEndpointOpenAIKind: Host, Given: the kind given ("" when none),
	// Want: the custom-domain host.
	CodeEndpointOpenAIKind Code = "endpoint-openai-kind"
	CodeEndpointOtherCloud Code = "endpoint-other-cloud"  // Cloud: the endpoint's; Other: the one given
	CodeEndpointRegionFar  Code = "endpoint-region-cloud" // Cloud: the endpoint's; Other: the region's; Region
	CodeEndpointRegion     Code = "endpoint-region"       // Region: the endpoint's; Given: the region given
	CodeEndpointKind       Code = "endpoint-kind"         // Host, Want: the kind the host implies; Given
	CodeEndpointSubdomain  Code = "endpoint-subdomain"    // Want: the endpoint's subdomain; Given
	CodeUnconfirmedDomain  Code = "unconfirmed-domain"    // warning, once per plan; Cloud
	CodeCloudNotDefault    Code = "cloud-not-default"     // warning; Cloud: the one used; Other: the default
	CodeRegionOrEndpoint   Code = "region-or-endpoint"    // neither was given
	CodePrivateNeedsDomain Code = "private-needs-domain"  // Cloud
	CodeInputHoldsKey      Code = "input-holds-key"       // a setting holds the key: never echoed, nothing sent
	CodeKeyMalformed       Code = "key-malformed"         // Pos
	CodeKeyGUID            Code = "key-guid"              // the key is a GUID
	CodeKeyTrimmed         Code = "key-trimmed"           // warning; Trims
	CodeKeyUnusualLength   Code = "key-unusual-length"    // warning; Len
	CodeKeyEmpty           Code = "key-empty"             // no key to send
)

// PathKind is the kind of API URL pasted instead of a resource endpoint.
type PathKind int

// The API URLs users paste.
const (
	PathNone PathKind = iota
	PathToken
	PathTTS
	PathSTT
	PathSTTAPI
	PathTranslation
	PathVoiceLive         // the Voice Live websocket (wss:// accepted)
	PathBatchSynthesis    // /texttospeech/batchsyntheses, /texttospeech/operations
	PathBatchAvatar       // /avatar/batchsyntheses, /avatar/operations
	PathAvatarRelay       // the avatar relay token
	PathFastTranscription // /speechtotext/transcriptions:transcribe
)

// RegionNote is what is known of a region outside the Speech table.
type RegionNote int

// The notes.
const (
	NoteNone RegionNote = iota
	// NoteAzureRegion: a name on Azure's location list that the regions
	// page does not list.
	NoteAzureRegion
	// NoteAIServicesRegion: a China region whose regional endpoint
	// SourceSubdomains lists for Azure AI services
	// (https://chinanorth.api.cognitive.azure.cn), while SourceSovereign
	// lists only chinaeast2, chinanorth2 and chinanorth3 for Speech.
	NoteAIServicesRegion
	// NoteTTSInclude: a name on Azure's location list that an older
	// revision of the text to speech endpoint include lists
	// (SourceTTSIncludeOld), though neither the current one
	// (SourceTTSInclude) nor the regions page does.
	NoteTTSInclude
)

// Trim is a kind of stray text around a key.
type Trim int

// The stray texts.
const (
	TrimNewline Trim = iota + 1
	TrimQuotes
	TrimSpaces
	TrimWhitespace
)

// Change is one setting to change: set to Value, or removed. Role says
// what the change does in its fix, so that the words need not guess it
// from the code or the order of the fixes.
type Change struct {
	Setting Setting
	Value   string
	Remove  bool
	Role    Role
	// From is the setting that tells a removed one (RoleInferred).
	From Setting
}

// Role is what a change does in its fix.
type Role int

// The roles.
const (
	// RolePlain sets or removes the setting.
	RolePlain Role = iota
	// RoleCandidate is a value in place of the one given: a region the
	// value is a typo of, a nearby Speech region, the ASCII reading of a
	// name. It is the first change of its fix.
	RoleCandidate
	// RoleNearby is a region of the cloud given near the region given in
	// another cloud.
	RoleNearby
	// RoleMoveURL is a part of moving a URL given as a region or a
	// subdomain to the endpoint: the removal of the setting, and the
	// endpoint's value.
	RoleMoveURL
	// RoleInferred removes a setting that another (From) already tells.
	RoleInferred
)

// inferred is the removal of a setting that another already tells.
func inferred(s, from Setting) Change {
	return Change{Setting: s, Remove: true, Role: RoleInferred, From: from}
}

// candidate is a value in place of the one given.
func candidate(s Setting, v string) Change { return Change{Setting: s, Value: v, Role: RoleCandidate} }

// Fix is a complete set of changes for one problem: applied together to
// the configuration that had the problem, they remove it and leave no error
// related to it (see verifyFixes; the renderer's tests apply every fix a
// message names).
type Fix []Change

// settings are the settings a fix changes.
func (f Fix) settings() []Setting {
	out := make([]Setting, 0, len(f))
	for _, c := range f {
		out = append(out, c.Setting)
	}
	return out
}

// echoesKey reports whether one of a fix's values has the shape of a key.
func (f Fix) echoesKey() bool {
	for _, c := range f {
		if secret.LooksLikeKey(c.Value) {
			return true
		}
	}
	return false
}

// Problem is a fact about a configuration: an error, or a warning, with
// what the renderer needs to word it for a surface. Which fields are set
// depends on the code (see each code's comment).
type Problem struct {
	Code    Code
	Setting Setting
	Warning bool
	// OncePerPlan marks a note that is the same for every configuration of
	// a plan (a fact about a cloud): surfaces show it once.
	OncePerPlan bool

	Given string   // the value as given (trimmed); never printed when key-shaped
	Want  string   // the value that would be right, when one is known
	Near  []string // candidates near the value, nearest first
	// Fixes are alternatives, each a complete set of changes.
	Fixes []Fix

	Cloud  *Cloud // the cloud the fact is about
	Other  *Cloud // the other cloud of a conflict
	Region string // a region identifier
	Host   string // a host name
	Family HostFamily
	Path   PathKind
	Note   RegionNote
	Char   rune
	Pos    int
	Len    int
	Trims  []Trim
	// Cause is the problem of a part: the region or subdomain label of an
	// endpoint's host.
	Cause *Problem
}

// Error makes a problem usable as an error. It names the code and the
// setting, never the value.
func (p *Problem) Error() string {
	return fmt.Sprintf("speech: %s (setting %d)", p.Code, p.Setting)
}

// same reports whether q is the same problem as p: the same code about
// the same setting.
func (p Problem) same(q Problem) bool { return p.Code == q.Code && p.Setting == q.Setting }

// about is every setting a problem is about: its own and, for a conflict,
// the settings it sets against each other. A fix of a problem may leave
// another error only when that error is about none of them.
func (p Problem) about() []Setting {
	switch p.Code {
	case CodeRegionOtherCloud, CodeEndpointOtherCloud, CodeCloudNotDefault:
		return []Setting{p.Setting, SettingCloud}
	case CodeEndpointRegionFar, CodeEndpointRegion, CodeRegionOrEndpoint:
		return []Setting{SettingEndpoint, SettingRegion}
	case CodeEndpointKind, CodeEndpointOpenAIKind:
		return []Setting{SettingEndpoint, SettingKind}
	case CodeEndpointSubdomain:
		return []Setting{SettingEndpoint, SettingSubdomain}
	case CodeKeylessNeedsDomain:
		return []Setting{SettingLocalAuth, SettingSubdomain, SettingEndpoint}
	case CodePrivateNeedsDomain:
		return []Setting{SettingPrivateEndpoint, SettingSubdomain, SettingEndpoint, SettingRegion}
	}
	return []Setting{p.Setting}
}

// overlap reports whether two lists of settings share one.
func overlap(a, b []Setting) bool {
	for _, s := range a {
		if slices.Contains(b, s) {
			return true
		}
	}
	return false
}

// on returns the problem about a setting.
func (p *Problem) on(s Setting) *Problem {
	p.Setting = s
	return p
}

func problem(c Code) *Problem { return &Problem{Code: c} }

// HasErrors reports whether any problem is an error.
func HasErrors(ps []Problem) bool {
	for _, p := range ps {
		if !p.Warning {
			return true
		}
	}
	return false
}

// Errors returns the problems that are errors.
func Errors(ps []Problem) []Problem {
	var out []Problem
	for _, p := range ps {
		if !p.Warning {
			out = append(out, p)
		}
	}
	return out
}
