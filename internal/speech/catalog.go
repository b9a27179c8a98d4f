// Package speech is the pure domain of the provider: the catalog of Azure
// clouds, Speech regions and resource kinds, and the functions that
// normalise user input and compute Speech endpoints from it.
//
// It has no Terraform imports. Each table names the Microsoft page (URL and
// revision, see sources.go) it was taken from, so that a reader can check a
// row against its source. Facts no page states are marked derived or
// unconfirmed where they are used.
package speech

// Cloud is one Azure cloud and the host suffixes Speech uses in it.
type Cloud struct {
	// Name is the canonical name, the same as the azurerm provider's
	// `environment` value.
	Name string
	// DisplayName is what a person reads in messages.
	DisplayName string
	// Aliases are other names users type (az CLI / ARM names and
	// nicknames). Matched case-insensitively.
	Aliases []string
	// APISuffix is the regional API suffix: {region}.APISuffix.
	APISuffix string
	// SpeechSuffix is the speech suffix: {region}.tts.SpeechSuffix.
	SpeechSuffix string
	// CustomDomainSuffix is the custom subdomain suffix: {name}.CustomDomainSuffix.
	CustomDomainSuffix string
	// CustomDomainConfirmed is false where no Microsoft page states the
	// custom-domain suffix (it is derived from the other clouds').
	CustomDomainConfirmed bool
	// CustomDomainTokenConfirmed is true where the custom-domain token path
	// is documented (public cloud only).
	CustomDomainTokenConfirmed bool
	// CustomVoice is true where the cloud offers custom voice at all.
	CustomVoice bool
	// SpeechFamilies are the host families on the speech suffix
	// ({region}.{family}.SpeechSuffix) the cloud has: see hosts.go.
	SpeechFamilies []HostFamily
	// Portal is the Azure portal host of the cloud.
	Portal string
}

// The clouds. Sources: SourceSovereign (the sovereign suffixes and the
// features they lack), SourcePrivateLink and SourceSubdomains (the
// custom-domain suffixes), SourcePrivateEndpointDNS (the US Government
// custom-domain suffix). The China custom-domain suffix is unconfirmed: no
// page states it; it follows the other clouds' pattern. Custom voice
// (FamilyVoice) is public only (SourceRESTTTS, SourceSovereign). The
// canonical names are the azurerm provider's `environment` values; Azure
// Germany closed on 2021-10-29 and is not modelled.
var clouds = []Cloud{
	{
		Name: "public", DisplayName: "Azure public cloud",
		Aliases:   []string{"AzureCloud", "AzurePublicCloud"},
		APISuffix: "api.cognitive.microsoft.com", SpeechSuffix: "speech.microsoft.com",
		CustomDomainSuffix: "cognitiveservices.azure.com", CustomDomainConfirmed: true,
		CustomDomainTokenConfirmed: true, CustomVoice: true, Portal: "portal.azure.com",
		SpeechFamilies: []HostFamily{FamilyTTS, FamilySTT, FamilyVoice},
	},
	{
		Name: "usgovernment", DisplayName: "Azure US Government",
		Aliases:   []string{"AzureUSGovernment", "usgov", "gov"},
		APISuffix: "api.cognitive.microsoft.us", SpeechSuffix: "speech.azure.us",
		CustomDomainSuffix: "cognitiveservices.azure.us", CustomDomainConfirmed: true,
		CustomDomainTokenConfirmed: false, CustomVoice: false, Portal: "portal.azure.us",
		SpeechFamilies: []HostFamily{FamilyTTS, FamilySTT},
	},
	{
		Name: "china", DisplayName: "Azure China (21Vianet)",
		Aliases:   []string{"AzureChinaCloud", "21Vianet", "mooncake"},
		APISuffix: "api.cognitive.azure.cn", SpeechSuffix: "speech.azure.cn",
		CustomDomainSuffix: "cognitiveservices.azure.cn", CustomDomainConfirmed: false,
		CustomDomainTokenConfirmed: false, CustomVoice: false, Portal: "portal.azure.cn",
		SpeechFamilies: []HostFamily{FamilyTTS, FamilySTT},
	},
}

// Features are the per-region feature flags (SourceRegions footnotes).
type Features struct {
	FastTranscription bool
	BatchSynthesis    bool
	CustomVoice       bool
	PreviewVoices     bool
}

// Region is one Azure region that offers Speech.
type Region struct {
	Name        string // identifier, e.g. "japanwest"
	DisplayName string // e.g. "Japan West"
	Cloud       string // canonical cloud name
	Features    Features
}

// Column shorthands for the region table below.
const (
	y = true
	n = false
)

func r(cloud, name, display string, fast, batch, voice, preview bool) Region {
	return Region{Name: name, DisplayName: display, Cloud: cloud,
		Features: Features{FastTranscription: fast, BatchSynthesis: batch, CustomVoice: voice, PreviewVoices: preview}}
}

// The regions where Speech is offered, with the per-region feature gaps.
// Source: SourceRegions (public regions and their feature footnotes) and
// SourceSovereign (the US Government and China regions). Columns: fast
// transcription, batch synthesis, custom voice, preview voices.
var regions = []Region{
	r("public", "southafricanorth", "South Africa North", n, y, y, n),
	r("public", "eastasia", "East Asia", n, y, y, n),
	r("public", "southeastasia", "Southeast Asia", y, y, y, y),
	r("public", "australiaeast", "Australia East", y, y, y, n),
	r("public", "centralindia", "Central India", y, y, y, n),
	r("public", "japaneast", "Japan East", y, y, y, n),
	r("public", "japanwest", "Japan West", y, n, y, n),
	r("public", "koreacentral", "Korea Central", y, y, y, n),
	r("public", "canadacentral", "Canada Central", y, y, y, n),
	r("public", "canadaeast", "Canada East", n, n, n, n),
	r("public", "northeurope", "North Europe", y, y, y, n),
	r("public", "westeurope", "West Europe", y, y, y, y),
	r("public", "francecentral", "France Central", y, y, y, n),
	r("public", "germanywestcentral", "Germany West Central", y, y, y, n),
	r("public", "italynorth", "Italy North", y, n, y, n),
	r("public", "norwayeast", "Norway East", n, y, y, n),
	r("public", "swedencentral", "Sweden Central", y, y, y, n),
	r("public", "switzerlandnorth", "Switzerland North", n, y, y, n),
	r("public", "switzerlandwest", "Switzerland West", n, n, y, n),
	r("public", "uksouth", "UK South", y, y, y, n),
	r("public", "ukwest", "UK West", n, n, n, n),
	r("public", "uaenorth", "UAE North", n, y, y, n),
	r("public", "brazilsouth", "Brazil South", y, y, y, n),
	r("public", "qatarcentral", "Qatar Central", n, n, n, n),
	r("public", "centralus", "Central US", n, y, y, n),
	r("public", "eastus", "East US", y, y, y, y),
	r("public", "eastus2", "East US 2", y, y, y, n),
	r("public", "northcentralus", "North Central US", y, y, y, n),
	r("public", "southcentralus", "South Central US", y, y, y, n),
	r("public", "westcentralus", "West Central US", n, n, y, n),
	r("public", "westus", "West US", y, y, y, n),
	r("public", "westus2", "West US 2", y, y, y, n),
	r("public", "westus3", "West US 3", y, n, y, n),

	// Custom voice is absent in both sovereign clouds (SourceSovereign);
	// preview voices only in three public regions (SourceRegions).
	r("usgovernment", "usgovarizona", "US Gov Arizona", y, y, n, n),
	r("usgovernment", "usgovvirginia", "US Gov Virginia", y, y, n, n),

	r("china", "chinaeast2", "China East 2", y, y, n, n),
	r("china", "chinanorth2", "China North 2", y, y, n, n),
	r("china", "chinanorth3", "China North 3", y, y, n, n),
}

// legacyRegionNames map names that older docs and SDK samples use to the
// identifier of today, with the reason shown in the warning.
var legacyRegionNames = map[string]string{
	"virginia": "usgovvirginia", // older docs and SDK samples (SourceSovereign's earlier revisions)
}

// nonSpeechRegion is an Azure region that exists but does not offer Speech.
type nonSpeechRegion struct {
	Name   string
	Cloud  string
	Nearby []string // Speech regions close to it, nearest first
	Note   string
}

// Azure regions without Speech. southindia and spaincentral: SourceRegions
// says they lack Speech; chinaeast and chinanorth appear in old docs but
// SourceSovereign lists neither. The others are Azure regions absent from
// SourceRegions' list of Speech regions (derived: absence, not a statement).
var nonSpeechRegions = []nonSpeechRegion{
	{Name: "southindia", Cloud: "public", Nearby: []string{"centralindia"}},
	{Name: "spaincentral", Cloud: "public", Nearby: []string{"francecentral", "westeurope", "italynorth"}},
	{Name: "westindia", Cloud: "public", Nearby: []string{"centralindia"}},
	{Name: "jioindiawest", Cloud: "public", Nearby: []string{"centralindia"}},
	{Name: "jioindiacentral", Cloud: "public", Nearby: []string{"centralindia"}},
	{Name: "australiasoutheast", Cloud: "public", Nearby: []string{"australiaeast"}},
	{Name: "australiacentral", Cloud: "public", Nearby: []string{"australiaeast"}},
	{Name: "australiacentral2", Cloud: "public", Nearby: []string{"australiaeast"}},
	{Name: "newzealandnorth", Cloud: "public", Nearby: []string{"australiaeast"}},
	{Name: "koreasouth", Cloud: "public", Nearby: []string{"koreacentral"}},
	{Name: "francesouth", Cloud: "public", Nearby: []string{"francecentral"}},
	{Name: "germanynorth", Cloud: "public", Nearby: []string{"germanywestcentral"}},
	{Name: "norwaywest", Cloud: "public", Nearby: []string{"norwayeast"}},
	{Name: "swedensouth", Cloud: "public", Nearby: []string{"swedencentral"}},
	{Name: "polandcentral", Cloud: "public", Nearby: []string{"germanywestcentral", "swedencentral"}},
	{Name: "uaecentral", Cloud: "public", Nearby: []string{"uaenorth"}},
	{Name: "israelcentral", Cloud: "public", Nearby: []string{"uaenorth", "italynorth"}},
	{Name: "southafricawest", Cloud: "public", Nearby: []string{"southafricanorth"}},
	{Name: "brazilsoutheast", Cloud: "public", Nearby: []string{"brazilsouth"}},
	{Name: "mexicocentral", Cloud: "public", Nearby: []string{"southcentralus"}},
	{Name: "chinaeast", Cloud: "china", Nearby: []string{"chinaeast2"},
		Note: "chinaeast appears in old docs but is not a Speech region today"},
	{Name: "chinanorth", Cloud: "china", Nearby: []string{"chinanorth2", "chinanorth3"},
		Note: "chinanorth appears in old docs but is not a Speech region today"},
	{Name: "chinaeast3", Cloud: "china", Nearby: []string{"chinaeast2"}},
	{Name: "usgovtexas", Cloud: "usgovernment", Nearby: []string{"usgovarizona", "usgovvirginia"}},
	{Name: "usgoviowa", Cloud: "usgovernment", Nearby: []string{"usgovvirginia", "usgovarizona"}},
}

// Kind is an ARM resource kind that carries Speech. Source: the ARM `kind`
// values of Microsoft.CognitiveServices/accounts that SourceRESTAuth and
// SourceSubdomains name; that multi-service and AI services keys work on
// the regional speech endpoints is implied by current docs, not stated.
type Kind struct {
	Name        string   // ARM kind, e.g. "SpeechServices"
	DisplayName string   // e.g. "Speech service"
	Aliases     []string // friendly names, matched case- and punctuation-insensitively
}

var kinds = []Kind{
	{Name: "SpeechServices", DisplayName: "Speech service", Aliases: []string{"Speech", "Speech Service", "Speech Services"}},
	{Name: "CognitiveServices", DisplayName: "multi-service Azure AI services (Cognitive Services)", Aliases: []string{"multi-service", "multiservice", "Cognitive Services", "Cognitive Service"}},
	{Name: "AIServices", DisplayName: "Azure AI services (Foundry)", Aliases: []string{"AI Services", "AI Service", "Azure AI Services", "Foundry", "AI Foundry"}},
}

// Legacy kinds that today's Speech endpoints do not accept (seen in old
// public threads; no current page names them).
var legacyKinds = []string{"CustomSpeech", "Bing.Speech", "SpeakerRecognition"}

// DefaultKind is the resource kind assumed when none is given.
const DefaultKind = "SpeechServices"

// Clouds returns the catalog's clouds in a fixed order.
func Clouds() []Cloud { return append([]Cloud(nil), clouds...) }

// Regions returns the Speech regions of a cloud ("" for every cloud), in the
// catalog's fixed order.
func Regions(cloud string) []Region {
	var out []Region
	for _, rg := range regions {
		if cloud == "" || rg.Cloud == cloud {
			out = append(out, rg)
		}
	}
	return out
}

// Kinds returns the resource kinds that carry Speech.
func Kinds() []Kind { return append([]Kind(nil), kinds...) }

// CloudByName returns the cloud with the canonical name.
func CloudByName(name string) (Cloud, bool) {
	for _, c := range clouds {
		if c.Name == name {
			return c, true
		}
	}
	return Cloud{}, false
}

// RegionByName returns the Speech region with the identifier.
func RegionByName(name string) (Region, bool) {
	for _, rg := range regions {
		if rg.Name == name {
			return rg, true
		}
	}
	return Region{}, false
}
