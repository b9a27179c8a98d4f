package speech

import "strings"

// Source is a page (or a commit of a public repository) a table or rule of
// this package was taken from: its URL, the revision read (the page's
// ms.date, or a commit's date), and what it states that we rely on.
type Source struct {
	URL      string
	Revision string
	States   string
}

// String renders the source for a message or an output: URL (revision).
func (s Source) String() string { return s.URL + " (revision of " + s.Revision + ")" }

// Date is the revision's date (or first words), without the commit that
// may follow it: what a message cites.
func (s Source) Date() string {
	if i := strings.IndexAny(s.Revision, ",("); i > 0 {
		return strings.TrimSpace(s.Revision[:i])
	}
	return s.Revision
}

// The sources. Each table and rule names the ones it follows; the docs'
// "Sources and confidence" section lists them too. Read in 2026-11.
var (
	SourceRegions = Source{
		"https://learn.microsoft.com/azure/ai-services/speech-service/regions",
		"2025-11-09, MicrosoftDocs/azure-ai-docs commit 01850fbb85959cfdc0dd37e7e905db549e1469d3",
		"the public regions that offer Speech, the per-feature tabs (fast transcription, batch synthesis API, custom " +
			"voice, preview voices, text to speech avatar, LLM speech, Voice Live, Speech MCP server), and that " +
			"southindia and spaincentral are not supported for speech processing",
	}
	SourceSovereign = Source{
		"https://learn.microsoft.com/azure/ai-services/speech-service/sovereign-clouds",
		"2025-08-07, MicrosoftDocs/azure-ai-docs commit a39b784a7a96cec2066ace7c18acbc28f0e83704",
		"the US Government and China regions and host suffixes; supported features (both: real-time speech " +
			"translation; China: pronunciation assessment); unsupported features (both: custom voice, text to speech " +
			"avatar, Voice Live, LLM speech, live interpreter, video translation; US Government: fast " +
			"transcription); the Speech SDK there is configured with FromEndpoint",
	}
	SourceGovCompare = Source{
		"https://learn.microsoft.com/azure/azure-government/compare-azure-government-global-azure",
		"2023-06-08",
		"the US Government speech translation endpoints https://usgovvirginia.s2s.speech.azure.us and " +
			"https://usgovarizona.s2s.speech.azure.us",
	}
	SourcePrivateLink = Source{
		"https://learn.microsoft.com/azure/ai-services/speech-service/speech-services-private-link",
		"2026-03-23 (its section \"Usage without private endpoints\" reads the same at MicrosoftDocs/azure-ai-docs " +
			"commit 97a8e9a13c466470c603b137d9cce815fae19e3c, ms.date 2025-09-11)",
		"the offerings (stt, tts, voice, s2s), the voices list on a custom domain " +
			"(https://{name}.cognitiveservices.azure.com/tts/cognitiveservices/voices/list), and that a token " +
			"request works only with the All networks access option (Forbidden or BadRequest otherwise); without a " +
			"private endpoint, the Speech SDK with FromEndpoint(https://{name}.cognitiveservices.azure.com) and the " +
			"speech-to-text REST API on the custom domain are \"equivalent\" / \"fully equivalent\" to the " +
			"private-endpoint case, while the short-audio and text to speech REST APIs \"have no differences from " +
			"the general case\" (the regional forms, with the key header)",
	}
	SourcePrivateLink2021 = Source{
		"https://github.com/MicrosoftDocs/azure-docs/blob/5004c2bd2193106401f668220f0cccb773af5bfd/" +
			"articles/cognitive-services/Speech-Service/speech-services-private-link.md",
		"2021-04-07",
		"the custom-domain rule: the second element of the original host name (stt, tts, voice, s2s) becomes the first " +
			"element of the URL path; " +
			"wss://{name}.cognitiveservices.azure.com/tts/cognitiveservices/websocket/v1",
	}
	SourcePrivateLink2020 = Source{
		"https://github.com/MicrosoftDocs/azure-docs/commits/main/articles/cognitive-services/Speech-Service/" +
			"speech-services-private-link.md",
		"2020-12-15",
		"custom voice on a custom domain: " +
			"https://{name}.cognitiveservices.azure.com/voice/cognitiveservices/v1?deploymentId=...",
	}
	SourceSubdomains = Source{
		"https://learn.microsoft.com/azure/ai-services/cognitive-services-custom-subdomains",
		"2025-10-02",
		"custom subdomain names (2 to 64 letters, digits and hyphens, not ending in a hyphen), US Gov Virginia's " +
			"https://virginia.api.cognitive.microsoft.us and China's " +
			"https://chinanorth.api.cognitive.azure.cn regional endpoints",
	}
	SourcePrivateEndpointDNS = Source{
		"https://learn.microsoft.com/azure/private-link/private-endpoint-dns",
		"2026-07-16",
		"the custom-domain names of Cognitive Services accounts: cognitiveservices.azure.com, openai.azure.com and " +
			"services.ai.azure.com (public), cognitiveservices.azure.us (US " +
			"Government); no zone for China",
	}
	SourceVoiceLive = Source{
		"https://learn.microsoft.com/azure/ai-services/speech-service/voice-live-how-to",
		"2026-05-25, MicrosoftDocs/azure-ai-docs commit 00bb5540c93f4bf3d1d78fe21e36c6dbc2930026",
		"wss://{name}.services.ai.azure.com/voice-live/realtime?api-version=2026-04-10 or, for older resources, " +
			"wss://{name}.cognitiveservices.azure.com/voice-live/realtime; a model query (or agent_id and " +
			"project_id) is required; Entra tokens need the Cognitive Services User and Foundry User roles",
	}
	SourceBatchSynthesisSpec = Source{
		"https://github.com/Azure/azure-rest-api-specs/blob/3a8fb9576679ab5640de5e4ff30196151f3005bd/" +
			"specification/cognitiveservices/data-plane/Speech/BatchTextToSpeech/stable/2024-04-01/batchsynthesis.json",
		"commit 3a8fb95, stable/2024-04-01",
		"host template {endpoint}/texttospeech, the endpoint being \"protocol and hostname, for example: " +
			"https://eastus.api.cognitive.microsoft.com\" (a regional API host or a custom domain); paths " +
			"/batchsyntheses/{id} and /operations/{id}; the batch-synthesis page " +
			"(https://learn.microsoft.com/azure/ai-services/speech-service/batch-synthesis) shows " +
			"https://YourSpeechRegion.api.cognitive.microsoft.com/texttospeech/batchsyntheses/YourSynthesisId" +
			"?api-version=2024-04-01",
	}
	SourceBatchAvatarSpec = Source{
		"https://github.com/Azure/azure-rest-api-specs/blob/c93887028b4d26ea3c19a1c5be394b4f69e636c3/" +
			"specification/cognitiveservices/data-plane/Speech/BatchAvatar/stable/2024-08-01/batchavatar.json",
		"commit c938870, stable/2024-08-01",
		"host template {endpoint}/avatar, the endpoint being a regional API host or a custom domain; paths " +
			"/batchsyntheses/{id} and /operations/{id}",
	}
	// SourceAvatarSamples is the only source of the avatar relay token
	// endpoint: Microsoft's samples build it; no reference page states it.
	SourceAvatarSamples = Source{
		"https://github.com/Azure-Samples/cognitive-services-speech-sdk/blob/af304cc2298f99c58e21d1e17e00afd8496bf2f1/" +
			"samples/js/browser/avatar/js/basic.js#L253-L255",
		"commit af304cc of 2026-04-20 (samples only)",
		"GET https://{region}.tts.speech.microsoft.com/cognitiveservices/avatar/relay/token/v1, or " +
			"https://{name}.cognitiveservices.azure.com/tts/cognitiveservices/avatar/relay/token/v1 for a private " +
			"endpoint (also samples/python/web/avatar/app.py, samples/js/node/web/avatar/server.js, " +
			"samples/csharp/web/avatar/Services/IceTokenService.cs)",
	}
	SourceFastTranscription = Source{
		"https://learn.microsoft.com/azure/ai-services/speech-service/fast-transcription-create",
		"2026-01-31, its include includes/common/transcription-rest-api.md at MicrosoftDocs/azure-ai-docs commit " +
			"0ec90195e3da108aa4db5ade4fbd5d6178d1f1e3",
		"POST https://{region}.api.cognitive.microsoft.com/speechtotext/transcriptions:transcribe" +
			"?api-version=2025-10-15; LLM speech (enhancedMode) and MAI-Transcribe (enhancedMode.model " +
			"mai-transcribe-1) use the same URL",
	}
	SourceAuthentication = Source{"https://learn.microsoft.com/azure/ai-services/authentication", "2025-10-02",
		"a Foundry (AI services, multi-service) resource key authenticates requests for several services when the " +
			"region is in the URL, and can be exchanged for tokens"}
	SourceRESTAuth = Source{
		"https://learn.microsoft.com/azure/ai-services/speech-service/rest-speech-to-text-short",
		"2025-11-21",
		"the token endpoint https://{region}.api.cognitive.microsoft.com/sts/v1.0/issueToken (tokens valid 10 minutes) " +
			"and the short-audio endpoint",
	}
	SourceRESTTTS = Source{
		"https://learn.microsoft.com/azure/ai-services/speech-service/rest-text-to-speech",
		"2025-10-21",
		"the text to speech and voices list endpoints, the custom voice endpoint " +
			"https://{region}.voice.speech.microsoft.com/cognitiveservices/v1?deploymentId=..., and a voices list " +
			"sample whose SampleRateHertz and WordsPerMinute are JSON strings",
	}
	// SourceTTSInclude is the text to speech endpoint include of the text
	// to speech REST page, at the commit read; SourceTTSIncludeOld an older
	// commit of it. Revisions are the ms.date each carries: the older one
	// carries 2019-05-06, though it lists regions opened later (westus3,
	// swedencentral), so the file changed after that date without a new
	// ms.date, and the date of the commit itself is not recorded.
	SourceTTSInclude = Source{
		"https://github.com/MicrosoftDocs/azure-ai-docs/blob/43dc14ea7c3081e819d52883eea5ff12878fc8f8/" + ttsIncludePath,
		"2025-10-21",
		"the text to speech endpoint of each region; jioindiawest is not among them",
	}
	SourceTTSIncludeOld = Source{
		"https://github.com/MicrosoftDocs/azure-ai-docs/blob/31c22c8bfffd632b9c4ff3f255fc70b8f8754a52/" + ttsIncludePath,
		"2019-05-06",
		"the text to speech and custom voice endpoints of each region, jioindiawest among them " +
			"(https://jioindiawest.tts.speech.microsoft.com/cognitiveservices/v1)",
	}
	SourceRESTSTT = Source{
		"https://learn.microsoft.com/azure/ai-services/speech-service/rest-speech-to-text",
		"2025-11-21",
		"the speech-to-text REST API, whose latest GA api-version is 2025-10-15 (v3.0 and the 3.2 previews were " +
			"retired on 2026-03-31)",
	}
	SourceBatch = Source{
		"https://learn.microsoft.com/azure/ai-services/speech-service/batch-transcription-create",
		"2025-10-31",
		"a batch transcription is created with a Microsoft Foundry resource's key and region: " +
			"POST https://{region}.api.cognitive.microsoft.com/speechtotext/transcriptions:submit?api-version=2024-11-15",
	}
	SourceLocations = Source{
		"https://learn.microsoft.com/rest/api/resources/subscriptions/list-locations",
		"read 2026-11",
		"Azure's location list: names, geography groups and coordinates",
	}
	// SourceJSSDK is the Speech SDK for JavaScript, read at commit 9e88223
	// of 2026-07-13 (package.json 1.51.0-alpha.1). npm 1.52.0, the release
	// make sdk-check runs, is not exactly that commit: it adds
	// SpeechConfig.setModel (the 1.52 release notes' streaming model
	// selection), which 9e88223 lacks; its URL-building files read the same.
	// In China it builds speech translation on
	// wss://{region}.stt.speech.azure.cn/stt/speech/universal/v2 by default,
	// and on wss://{region}.s2s.speech.azure.cn only when
	// SPEECH-ForceV1Endpoint is set (TranslationConnectionFactory.ts:87-96).
	// It maps region names that start with "china" to
	// the China suffixes and "usgov" to the US Government ones (and no
	// others), and builds the SDK's websocket URLs (see endpoints.go). The
	// websocket paths it builds date from commits 6854142 (2025-04-29),
	// f1394ae (2025-05-08) and 6820ca4 (2025-05-13).
	SourceJSSDK = Source{
		"https://github.com/microsoft/cognitive-services-speech-sdk-js/tree/9e882235145fe4f3f05b125b662755863cf8503f",
		"2026-07-13",
		"the URLs the SDK builds: src/common.speech/ConnectionFactoryBase.ts, SpeechConnectionFactory.ts, " +
			"SpeechSynthesisConnectionFactory.ts, " +
			"TranslationConnectionFactory.ts",
	}
)

// ttsIncludePath is the path of the text to speech endpoint include in
// MicrosoftDocs/azure-ai-docs.
const ttsIncludePath = "articles/ai-services/speech-service/includes/" +
	"cognitive-services-speech-service-endpoints-text-to-speech.md"
