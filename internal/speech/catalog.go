// Package speech is the pure domain of the provider: the catalog of Azure
// clouds, Speech regions and resource kinds, and the functions that
// normalise user input and compute Speech endpoints from it.
//
// It has no Terraform imports. Each table names the Microsoft page (URL and
// revision, see sources.go) it was taken from, so that a reader can check a
// row against its source. Facts no page states are marked derived or
// unconfirmed where they are used.
package speech

import "slices"

// Cloud is one Azure cloud and the host suffixes Speech uses in it. The
// catalog's clouds are values of this package (Public, USGovernment,
// China): compare them as pointers.
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
}

// The clouds. Sources: SourceSovereign (the sovereign API and speech
// suffixes and the features they lack); SourcePrivateEndpointDNS (the
// custom-domain suffixes cognitiveservices.azure.com and .azure.us, and the
// public cloud's OpenAI and Foundry names); SourceVoiceLive (the Foundry
// name). No page states a China custom-domain suffix:
// cognitiveservices.azure.cn follows the other clouds' pattern
// (CustomDomainConfirmed false). Custom voice (FamilyVoice) is public only (SourceRESTTTS; both
// sovereign clouds list it as unsupported, SourceSovereign). Speech
// translation (FamilyS2S): SourceGovCompare lists the US Government s2s
// hosts; SourceSovereign (revision of 2025-08-07) lists speech translation
// among China's supported features, and the Speech SDK for JavaScript
// builds wss://{region}.s2s.speech.azure.cn for it only with
// SPEECH-ForceV1Endpoint (by default, v2 on the stt host; SourceJSSDK). The canonical
// names are the azurerm provider's `environment` values; Azure Germany
// closed on 2021-10-29 and is not modelled.
var (
	// Public is Azure's public cloud.
	Public = &Cloud{
		Name: "public", DisplayName: "Azure public cloud",
		Aliases:   []string{"AzureCloud", "AzurePublicCloud"},
		APISuffix: "api.cognitive.microsoft.com", SpeechSuffix: "speech.microsoft.com",
		CustomDomainSuffix: "cognitiveservices.azure.com", CustomDomainConfirmed: true,
		CustomDomainTokenConfirmed: true,
		SpeechFamilies:             []HostFamily{FamilyTTS, FamilySTT, FamilyVoice, FamilyS2S},
		FoundrySuffix:              "services.ai.azure.com", OpenAISuffix: "openai.azure.com",
	}
	// USGovernment is Azure US Government.
	USGovernment = &Cloud{
		Name: "usgovernment", DisplayName: "Azure US Government",
		Aliases:   []string{"AzureUSGovernment", "usgov", "gov"},
		APISuffix: "api.cognitive.microsoft.us", SpeechSuffix: "speech.azure.us",
		CustomDomainSuffix: "cognitiveservices.azure.us", CustomDomainConfirmed: true,
		SpeechFamilies: []HostFamily{FamilyTTS, FamilySTT, FamilyS2S},
	}
	// China is Azure China, operated by 21Vianet.
	China = &Cloud{
		Name: "china", DisplayName: "Azure China (21Vianet)",
		Aliases:   []string{"AzureChinaCloud", "21Vianet", "mooncake"},
		APISuffix: "api.cognitive.azure.cn", SpeechSuffix: "speech.azure.cn",
		CustomDomainSuffix: "cognitiveservices.azure.cn", CustomDomainConfirmed: false,
		SpeechFamilies: []HostFamily{FamilyTTS, FamilySTT, FamilyS2S},
	}
	clouds = []*Cloud{Public, USGovernment, China}
)

// Features are what a region offers, as documented: true where a page
// says the feature is available, false where it says it is not, nil where
// no page says (undocumented: unknown).
type Features struct {
	FastTranscription *bool
	BatchSynthesis    *bool
	CustomVoice       *bool
	PreviewVoices     *bool
	// The regions page's availability tabs (featureTabs below).
	LLMSpeech       *bool // LLM speech, "Transcribe" column
	MAITranscribe   *bool // LLM speech, "Transcribe with mai-transcribe model" column
	VoiceLive       *bool // Voice Live: a row in its per-model table
	SpeechMCPServer *bool // Speech MCP server agent tool
	RealtimeAvatar  *bool // text to speech avatar, real-time
	BatchAvatar     *bool // text to speech avatar, batch
}

// Region is one Azure region with Speech, or a region name outside the
// table (Listed false).
type Region struct {
	Name        string // identifier, e.g. "japanwest"
	DisplayName string // e.g. "Japan West"; "" outside the table
	Cloud       *Cloud
	Features    Features
	// Listed is true for the regions of the Speech table below. A region
	// outside it is still usable (the open world): its endpoints follow
	// the regional pattern, its features are unknown.
	Listed bool
	// cloudGuessed is true when the cloud of an unlisted region comes from
	// its name's prefix, not from a table.
	cloudGuessed bool
}

// Column values for the region table below: documented as offered,
// documented as not offered, not documented either way (nil: unknown).
var (
	yes          = boolPtr(true)
	no           = boolPtr(false)
	undocumented *bool
)

func boolPtr(b bool) *bool { return &b }

// speechRegion is a row of the region table: a listed Speech region and
// its feature columns.
func speechRegion(cloud *Cloud, name, display string, fast, batch, voice, preview *bool) Region {
	return Region{Name: name, DisplayName: display, Cloud: cloud, Listed: true,
		Features: Features{FastTranscription: fast, BatchSynthesis: batch, CustomVoice: voice, PreviewVoices: preview}}
}

// The regions where Speech is offered, with the per-region feature gaps.
// Source: SourceRegions (public regions and their feature footnotes) and
// SourceSovereign (the US Government and China regions and the features
// those clouds list as supported or unsupported). Columns: fast
// transcription, batch synthesis, custom voice, preview voices.
var regions = []Region{
	speechRegion(Public, "southafricanorth", "South Africa North", no, yes, yes, no),
	speechRegion(Public, "eastasia", "East Asia", no, yes, yes, no),
	speechRegion(Public, "southeastasia", "Southeast Asia", yes, yes, yes, yes),
	speechRegion(Public, "australiaeast", "Australia East", yes, yes, yes, no),
	speechRegion(Public, "centralindia", "Central India", yes, yes, yes, no),
	speechRegion(Public, "japaneast", "Japan East", yes, yes, yes, no),
	speechRegion(Public, "japanwest", "Japan West", yes, no, yes, no),
	speechRegion(Public, "koreacentral", "Korea Central", yes, yes, yes, no),
	speechRegion(Public, "canadacentral", "Canada Central", yes, yes, yes, no),
	speechRegion(Public, "canadaeast", "Canada East", no, no, no, no),
	speechRegion(Public, "northeurope", "North Europe", yes, yes, yes, no),
	speechRegion(Public, "westeurope", "West Europe", yes, yes, yes, yes),
	speechRegion(Public, "francecentral", "France Central", yes, yes, yes, no),
	speechRegion(Public, "germanywestcentral", "Germany West Central", yes, yes, yes, no),
	speechRegion(Public, "italynorth", "Italy North", yes, no, yes, no),
	speechRegion(Public, "norwayeast", "Norway East", no, yes, yes, no),
	speechRegion(Public, "swedencentral", "Sweden Central", yes, yes, yes, no),
	speechRegion(Public, "switzerlandnorth", "Switzerland North", no, yes, yes, no),
	speechRegion(Public, "switzerlandwest", "Switzerland West", no, no, yes, no),
	speechRegion(Public, "uksouth", "UK South", yes, yes, yes, no),
	speechRegion(Public, "ukwest", "UK West", no, no, no, no),
	speechRegion(Public, "uaenorth", "UAE North", no, yes, yes, no),
	speechRegion(Public, "brazilsouth", "Brazil South", yes, yes, yes, no),
	speechRegion(Public, "qatarcentral", "Qatar Central", no, no, no, no),
	speechRegion(Public, "centralus", "Central US", no, yes, yes, no),
	speechRegion(Public, "eastus", "East US", yes, yes, yes, yes),
	speechRegion(Public, "eastus2", "East US 2", yes, yes, yes, no),
	speechRegion(Public, "northcentralus", "North Central US", yes, yes, yes, no),
	speechRegion(Public, "southcentralus", "South Central US", yes, yes, yes, no),
	speechRegion(Public, "westcentralus", "West Central US", no, no, yes, no),
	speechRegion(Public, "westus", "West US", yes, yes, yes, no),
	speechRegion(Public, "westus2", "West US 2", yes, yes, yes, no),
	speechRegion(Public, "westus3", "West US 3", yes, no, yes, no),

	// SourceSovereign (revision of 2025-08): US Government lists fast
	// transcription as unsupported; both sovereign clouds list custom voice
	// as unsupported. Neither page says anything of batch synthesis, of
	// fast transcription in China, or of preview voices in either cloud
	// (the regions page's preview list is public): unknown.
	speechRegion(USGovernment, "usgovarizona", "US Gov Arizona", no, undocumented, no, undocumented),
	speechRegion(USGovernment, "usgovvirginia", "US Gov Virginia", no, undocumented, no, undocumented),

	speechRegion(China, "chinaeast2", "China East 2", undocumented, undocumented, no, undocumented),
	speechRegion(China, "chinanorth2", "China North 2", undocumented, undocumented, no, undocumented),
	speechRegion(China, "chinanorth3", "China North 3", undocumented, undocumented, no, undocumented),
}

// featureTabs are the regions page's availability tabs that the table
// above has no column for, as SourceRegions (revision 01850fb, ms.date
// 2025-11-09) lists them: the public regions with a ✅ (or, in the Voice
// Live tab, a row); a listed public region outside a tab is documented
// unavailable. The sovereign values follow SourceSovereign (revision
// a39b784, ms.date 2025-08-07): both clouds list Voice Live, LLM speech and
// text to speech avatar as unsupported (false); neither says anything of
// the MCP server or of MAI-Transcribe by name (nil). No stored revision of
// the regions page has a post-stream refinement tab: it is not modelled.
var featureTabs = []struct {
	field       func(*Features) **bool
	public      []string // the public regions with a ✅
	everyPublic bool     // every public region has a ✅
	usgov, chna *bool
}{
	{func(f *Features) **bool { return &f.LLMSpeech },
		[]string{
			"centralindia",
			"eastus",
			"northeurope",
			"southeastasia",
			"westus",
		}, false, documentedNo, documentedNo},
	{func(f *Features) **bool { return &f.MAITranscribe }, []string{"eastus", "westus"}, false, nil, nil},
	{func(f *Features) **bool { return &f.VoiceLive }, []string{
		"australiaeast", "brazilsouth", "canadacentral", "canadaeast", "centralindia", "centralus", "eastus", "eastus2",
		"francecentral", "germanywestcentral", "italynorth", "japaneast", "japanwest", "koreacentral", "northcentralus",
		"norwayeast", "southafricanorth", "southcentralus", "southeastasia", "swedencentral", "switzerlandnorth",
		"uaenorth", "uksouth", "westcentralus", "westeurope", "westus", "westus2", "westus3"}, false, documentedNo, documentedNo},
	{func(f *Features) **bool { return &f.SpeechMCPServer }, nil, true, nil, nil},
	{func(f *Features) **bool { return &f.RealtimeAvatar }, avatarRegions, false, documentedNo, documentedNo},
	{func(f *Features) **bool { return &f.BatchAvatar }, avatarRegions, false, documentedNo, documentedNo},
}

// documentedNo is a feature a page documents as unavailable.
var documentedNo = boolPtr(false)

// avatarRegions are the text to speech avatar tab's regions: real-time
// and batch avatar in each.
var avatarRegions = []string{
	"eastus2", "northeurope", "southcentralus", "southeastasia", "swedencentral", "westeurope", "westus2",
}

func init() {
	for i := range regions {
		rg := &regions[i]
		for _, tab := range featureTabs {
			v := tab.usgov
			switch rg.Cloud {
			case China:
				v = tab.chna
			case Public:
				v = boolPtr(tab.everyPublic || slices.Contains(tab.public, rg.Name))
			}
			*tab.field(&rg.Features) = v
		}
	}
}

// legacyRegionNames map names that older docs and SDK samples use to the
// identifier of today, with the reason shown in the warning.
var legacyRegionNames = map[string]string{
	// older docs and SDK samples; SourceSubdomains (revision of 2025-10)
	// shows virginia.api.cognitive.microsoft.us
	"virginia": "usgovvirginia",
}

// azureRegion is an Azure region outside the Speech table.
type azureRegion struct {
	Name  string
	Cloud *Cloud
	// NoSpeech is true where SourceRegions says the region lacks Speech:
	// the only names outside the table that are errors.
	NoSpeech bool
	Nearby   []string   // Speech regions near it, nearest first (NoSpeech ones)
	Note     RegionNote // what else is known of it
}

// Azure regions outside the Speech table. southindia and spaincentral:
// SourceRegions (revision of 2025-11-09) says they lack Speech. The others
// are names on Azure's location list (SourceLocations) that the regions page
// does not list: not proof that Speech is absent, only that the table does
// not know. They are here so that a real region is never taken for a typo
// of a Speech region (norwaywest is one letter pair from norwayeast).
// jioindiawest is listed by an older revision of the text to speech
// endpoint include (SourceTTSIncludeOld), though not by the current one
// (SourceTTSInclude) nor by the regions page. SourceSovereign lists
// chinaeast2, chinanorth2 and chinanorth3 for Speech, while
// SourceSubdomains still shows https://chinanorth.api.cognitive.azure.cn
// for Azure AI services in general; chinaeast is only a name on the
// location list.
var azureRegions = []azureRegion{
	{Name: "southindia", Cloud: Public, NoSpeech: true, Nearby: []string{"centralindia"}},
	{
		Name:     "spaincentral",
		Cloud:    Public,
		NoSpeech: true,
		Nearby:   []string{"francecentral", "westeurope", "italynorth"},
	},
	{Name: "westindia", Cloud: Public, Note: NoteAzureRegion},
	{Name: "jioindiawest", Cloud: Public, Note: NoteTTSInclude},
	{Name: "jioindiacentral", Cloud: Public, Note: NoteAzureRegion},
	{Name: "australiasoutheast", Cloud: Public, Note: NoteAzureRegion},
	{Name: "australiacentral", Cloud: Public, Note: NoteAzureRegion},
	{Name: "australiacentral2", Cloud: Public, Note: NoteAzureRegion},
	{Name: "newzealandnorth", Cloud: Public, Note: NoteAzureRegion},
	{Name: "indonesiacentral", Cloud: Public, Note: NoteAzureRegion},
	{Name: "malaysiawest", Cloud: Public, Note: NoteAzureRegion},
	{Name: "koreasouth", Cloud: Public, Note: NoteAzureRegion},
	{Name: "francesouth", Cloud: Public, Note: NoteAzureRegion},
	{Name: "germanynorth", Cloud: Public, Note: NoteAzureRegion},
	{Name: "norwaywest", Cloud: Public, Note: NoteAzureRegion},
	{Name: "swedensouth", Cloud: Public, Note: NoteAzureRegion},
	{Name: "polandcentral", Cloud: Public, Note: NoteAzureRegion},
	{Name: "austriaeast", Cloud: Public, Note: NoteAzureRegion},
	{Name: "belgiumcentral", Cloud: Public, Note: NoteAzureRegion},
	{Name: "uaecentral", Cloud: Public, Note: NoteAzureRegion},
	{Name: "israelcentral", Cloud: Public, Note: NoteAzureRegion},
	{Name: "southafricawest", Cloud: Public, Note: NoteAzureRegion},
	{Name: "brazilsoutheast", Cloud: Public, Note: NoteAzureRegion},
	{Name: "mexicocentral", Cloud: Public, Note: NoteAzureRegion},
	{Name: "chilecentral", Cloud: Public, Note: NoteAzureRegion},
	{Name: "chinaeast", Cloud: China, Note: NoteAzureRegion},
	{Name: "chinanorth", Cloud: China, Note: NoteAIServicesRegion},
	{Name: "chinaeast3", Cloud: China, Note: NoteAzureRegion},
	{Name: "usgovtexas", Cloud: USGovernment, Note: NoteAzureRegion},
	{Name: "usgoviowa", Cloud: USGovernment, Note: NoteAzureRegion},
	{Name: "usdodeast", Cloud: USGovernment, Note: NoteAzureRegion},
	{Name: "usdodcentral", Cloud: USGovernment, Note: NoteAzureRegion},
}

// Kind is an ARM resource kind that carries Speech. Source: the ARM `kind`
// values of Microsoft.CognitiveServices/accounts that SourceRESTAuth and
// SourceSubdomains name. That multi-service and AI services keys work on
// the regional endpoints is stated for the regional API host by
// SourceAuthentication and implied for Speech by SourceBatch (a Foundry
// resource's key and region on the speech-to-text REST API, SourceRESTSTT);
// no page states it for the speech hosts ({region}.stt..., {region}.tts...).
type Kind struct {
	Name        string   // ARM kind, e.g. "SpeechServices"
	DisplayName string   // e.g. "Speech service"
	Aliases     []string // friendly names, matched case- and punctuation-insensitively
}

// The kinds that carry Speech.
var (
	KindSpeech = &Kind{Name: "SpeechServices", DisplayName: "Speech service",
		Aliases: []string{"Speech", "Speech Service", "Speech Services"}}
	KindMulti = &Kind{Name: "CognitiveServices", DisplayName: "multi-service Azure AI services (Cognitive Services)",
		Aliases: []string{"multi-service", "multiservice", "Cognitive Services", "Cognitive Service"}}
	KindAIServices = &Kind{Name: "AIServices", DisplayName: "Azure AI services (Foundry)",
		Aliases: []string{"AI Services", "AI Service", "Azure AI Services", "Foundry", "AI Foundry"}}
	kinds           = []*Kind{KindSpeech, KindMulti, KindAIServices}
	defaultKind     = KindSpeech
	legacyKindNames = []string{"CustomSpeech", "Bing.Speech", "SpeakerRecognition"}
)

// Clouds returns the catalog's clouds in a fixed order.
func Clouds() []*Cloud { return append([]*Cloud(nil), clouds...) }

// Regions returns the Speech regions of a cloud (nil for every cloud), in
// the catalog's fixed order.
func Regions(c *Cloud) []Region {
	var out []Region
	for _, rg := range regions {
		if c == nil || rg.Cloud == c {
			out = append(out, rg)
		}
	}
	return out
}

// CloudByName returns the cloud with the canonical name.
func CloudByName(name string) (*Cloud, bool) {
	for _, c := range clouds {
		if c.Name == name {
			return c, true
		}
	}
	return nil, false
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
