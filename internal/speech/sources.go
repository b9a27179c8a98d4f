package speech

// Source is a Microsoft page a table of this package was taken from, with
// the revision (the page's ms.date) read, or the month it was last read
// when the page carries no revision we could see.
type Source struct {
	URL      string
	Revision string
}

// The sources of the catalog. Each table names the ones it follows; the
// docs' "Sources and confidence" section lists them too.
var (
	// SourceRegions lists the regions that offer Speech, grouped by
	// geography, with per-feature footnotes.
	SourceRegions = Source{"https://learn.microsoft.com/azure/ai-services/speech-service/regions", "2025-11-09"}
	// SourceSovereign gives the host suffixes of the US Government and China
	// clouds and the features each supports or lacks.
	SourceSovereign = Source{"https://learn.microsoft.com/azure/ai-services/speech-service/sovereign-clouds", "2025-08"}
	// SourcePrivateLink gives the custom-domain rule (the speech offering
	// moves into the first path segment) and when those forms are required.
	SourcePrivateLink = Source{"https://learn.microsoft.com/azure/ai-services/speech-service/speech-services-private-link", "read 2026-11"}
	// SourceSubdomains gives custom subdomain names and suffixes.
	SourceSubdomains = Source{"https://learn.microsoft.com/azure/ai-services/cognitive-services-custom-subdomains", "2025-10"}
	// SourceRESTAuth gives the token endpoint and its scoping.
	SourceRESTAuth = Source{"https://learn.microsoft.com/azure/ai-services/speech-service/rest-speech-to-text-short", "read 2026-11"}
	// SourceRESTTTS gives the text to speech, voices list and custom voice
	// endpoints.
	SourceRESTTTS = Source{"https://learn.microsoft.com/azure/ai-services/speech-service/rest-text-to-speech", "read 2026-11"}
	// SourceRESTSTT gives the speech-to-text REST API base.
	SourceRESTSTT = Source{"https://learn.microsoft.com/azure/ai-services/speech-service/rest-speech-to-text", "2025-11"}
	// SourcePrivateEndpointDNS gives the US Government custom-domain suffix.
	SourcePrivateEndpointDNS = Source{"https://learn.microsoft.com/azure/private-link/private-endpoint-dns", "read 2026-11"}
)

// String renders the source for a comment or message: URL (revision).
func (s Source) String() string { return s.URL + " (" + s.Revision + ")" }

// SourceJSSDK is the Speech SDK for JavaScript, whose connection factories
// map china* regions to the China suffixes and usgov* regions to the US
// Government ones (src/common.speech/ConnectionFactoryBase.ts).
var SourceJSSDK = Source{"https://github.com/microsoft/cognitive-services-speech-sdk-js", "read 2026-11"}

// SourceGovServices is the Azure Government page that lists the services'
// endpoints, among them usgovvirginia.s2s.speech.azure.us.
var SourceGovServices = Source{"https://learn.microsoft.com/azure/azure-government/documentation-government-developer-guide", "read 2026-11"}

// SourceVoiceLive documents Voice Live on an AIServices resource's Foundry
// name, wss://{name}.services.ai.azure.com/voice-live/realtime.
var SourceVoiceLive = Source{"https://learn.microsoft.com/azure/ai-services/speech-service/voice-live-how-to", "2025-11"}
