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
	// SpeechFamilies are the host families on the speech suffix
	// ({region}.{family}.SpeechSuffix) the cloud has: see hosts.go.
	SpeechFamilies []HostFamily
	// FoundrySuffix and OpenAISuffix are the other names of an AIServices
	// resource ({name}.FoundrySuffix, {name}.OpenAISuffix); "" where no page
	// gives them.
	FoundrySuffix, OpenAISuffix string
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
// Germany closed on 2021-10-29 and is not modelled. Speech translation
// (FamilyS2S) is documented for the public cloud and US Government
// (SourcePrivateLink, SourceGovServices); China's supported list
// (SourceSovereign) does not name translation, so China has no s2s hosts
// here. The Foundry and OpenAI names are documented for the public cloud
// (SourceVoiceLive, SourceSubdomains).
var clouds = []Cloud{
	{
		Name: "public", DisplayName: "Azure public cloud",
		Aliases:   []string{"AzureCloud", "AzurePublicCloud"},
		APISuffix: "api.cognitive.microsoft.com", SpeechSuffix: "speech.microsoft.com",
		CustomDomainSuffix: "cognitiveservices.azure.com", CustomDomainConfirmed: true,
		CustomDomainTokenConfirmed: true, Portal: "portal.azure.com",
		SpeechFamilies: []HostFamily{FamilyTTS, FamilySTT, FamilyVoice, FamilyS2S},
		FoundrySuffix:  "services.ai.azure.com", OpenAISuffix: "openai.azure.com",
	},
	{
		Name: "usgovernment", DisplayName: "Azure US Government",
		Aliases:   []string{"AzureUSGovernment", "usgov", "gov"},
		APISuffix: "api.cognitive.microsoft.us", SpeechSuffix: "speech.azure.us",
		CustomDomainSuffix: "cognitiveservices.azure.us", CustomDomainConfirmed: true,
		CustomDomainTokenConfirmed: false, Portal: "portal.azure.us",
		SpeechFamilies: []HostFamily{FamilyTTS, FamilySTT, FamilyS2S},
	},
	{
		Name: "china", DisplayName: "Azure China (21Vianet)",
		Aliases:   []string{"AzureChinaCloud", "21Vianet", "mooncake"},
		APISuffix: "api.cognitive.azure.cn", SpeechSuffix: "speech.azure.cn",
		CustomDomainSuffix: "cognitiveservices.azure.cn", CustomDomainConfirmed: false,
		CustomDomainTokenConfirmed: false, Portal: "portal.azure.cn",
		SpeechFamilies: []HostFamily{FamilyTTS, FamilySTT},
	},
}

// Features are what a region offers, as documented: true where a page
// says the feature is available, false where it says it is not, nil where
// no page says (undocumented: unknown).
type Features struct {
	FastTranscription *bool
	BatchSynthesis    *bool
	CustomVoice       *bool
	PreviewVoices     *bool
}

// Region is one Azure region with Speech, or a region name outside the
// table (Listed false).
type Region struct {
	Name        string // identifier, e.g. "japanwest"
	DisplayName string // e.g. "Japan West"; "" outside the table
	Cloud       string // canonical cloud name
	Features    Features
	// Listed is true for the regions of the Speech table below. A region
	// outside it is still usable (the open world): its endpoints follow
	// the regional pattern, its features are unknown.
	Listed bool
	// cloudGuessed is true when the cloud of an unlisted region comes from
	// its name's prefix, not from a table.
	cloudGuessed bool
}

// Column values for the region table below: documented available,
// documented unavailable, undocumented.
var (
	y = boolPtr(true)
	n = boolPtr(false)
	u *bool
)

func boolPtr(b bool) *bool { return &b }

func r(cloud, name, display string, fast, batch, voice, preview *bool) Region {
	return Region{Name: name, DisplayName: display, Cloud: cloud, Listed: true,
		Features: Features{FastTranscription: fast, BatchSynthesis: batch, CustomVoice: voice, PreviewVoices: preview}}
}

// SourceRegionsDate is the revision of the regions page the table follows,
// for messages.
const SourceRegionsDate = "2025-11-09"

// The regions where Speech is offered, with the per-region feature gaps.
// Source: SourceRegions (public regions and their feature footnotes) and
// SourceSovereign (the US Government and China regions and the features
// those clouds list as supported or unsupported). Columns: fast
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

	// SourceSovereign (revision of 2025-08): US Government lists fast
	// transcription as unsupported; both sovereign clouds list custom voice
	// as unsupported. Neither page says anything of batch synthesis, of
	// fast transcription in China, or of preview voices in either cloud
	// (the regions page's preview list is public): unknown.
	r("usgovernment", "usgovarizona", "US Gov Arizona", n, u, n, u),
	r("usgovernment", "usgovvirginia", "US Gov Virginia", n, u, n, u),

	r("china", "chinaeast2", "China East 2", u, u, n, u),
	r("china", "chinanorth2", "China North 2", u, u, n, u),
	r("china", "chinanorth3", "China North 3", u, u, n, u),
}

// legacyRegionNames map names that older docs and SDK samples use to the
// identifier of today, with the reason shown in the warning.
var legacyRegionNames = map[string]string{
	"virginia": "usgovvirginia", // older docs and SDK samples; SourceSubdomains (revision of 2025-10) shows virginia.api.cognitive.microsoft.us
}

// azureRegion is an Azure region outside the Speech table.
type azureRegion struct {
	Name  string
	Cloud string
	// NoSpeech is true where SourceRegions says the region lacks Speech:
	// the only names outside the table that are errors.
	NoSpeech bool
	Nearby   []string // Speech regions near it, nearest first (NoSpeech ones)
	Note     string   // what else is known of it
}

// Azure regions outside the Speech table. southindia and spaincentral:
// SourceRegions (revision of 2025-11-09) says they lack Speech. The others
// are names on Azure's location list (SourceLocations) that the regions page
// does not list: not proof that Speech is absent, only that the table does
// not know. They are here so that a real region is never taken for a typo
// of a Speech region (norwaywest is one letter pair from norwayeast).
var azureRegions = []azureRegion{
	{Name: "southindia", Cloud: "public", NoSpeech: true, Nearby: []string{"centralindia"}},
	{Name: "spaincentral", Cloud: "public", NoSpeech: true, Nearby: []string{"francecentral", "westeurope", "italynorth"}},
	{Name: "westindia", Cloud: "public"},
	{Name: "jioindiawest", Cloud: "public"},
	{Name: "jioindiacentral", Cloud: "public"},
	{Name: "australiasoutheast", Cloud: "public"},
	{Name: "australiacentral", Cloud: "public"},
	{Name: "australiacentral2", Cloud: "public"},
	{Name: "newzealandnorth", Cloud: "public"},
	{Name: "indonesiacentral", Cloud: "public"},
	{Name: "malaysiawest", Cloud: "public"},
	{Name: "koreasouth", Cloud: "public"},
	{Name: "francesouth", Cloud: "public"},
	{Name: "germanynorth", Cloud: "public"},
	{Name: "norwaywest", Cloud: "public"},
	{Name: "swedensouth", Cloud: "public"},
	{Name: "polandcentral", Cloud: "public"},
	{Name: "austriaeast", Cloud: "public"},
	{Name: "belgiumcentral", Cloud: "public"},
	{Name: "uaecentral", Cloud: "public"},
	{Name: "israelcentral", Cloud: "public"},
	{Name: "southafricawest", Cloud: "public"},
	{Name: "brazilsoutheast", Cloud: "public"},
	{Name: "mexicocentral", Cloud: "public"},
	{Name: "chilecentral", Cloud: "public"},
	// Notes are shown to users as they are (SourceSovereign is the page).
	{Name: "chinaeast", Cloud: "china", Note: "older docs used it; the China regions Microsoft's sovereign-clouds page lists for Speech are chinaeast2, chinanorth2 and chinanorth3"},
	{Name: "chinanorth", Cloud: "china", Note: "older docs used it; the China regions Microsoft's sovereign-clouds page lists for Speech are chinaeast2, chinanorth2 and chinanorth3"},
	{Name: "chinaeast3", Cloud: "china"},
	{Name: "usgovtexas", Cloud: "usgovernment"},
	{Name: "usgoviowa", Cloud: "usgovernment"},
	{Name: "usdodeast", Cloud: "usgovernment"},
	{Name: "usdodcentral", Cloud: "usgovernment"},
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
