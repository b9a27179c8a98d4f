package speech

// Source is a page (or a commit of a public repository) a table or rule of
// this package was taken from: its URL, the revision read (the page's
// ms.date, or a commit's date), and what it states that we rely on.
type Source struct {
	URL      string
	Revision string
	States   string
}

// The sources. Each table and rule names the ones it follows; the docs'
// "Sources and confidence" section lists them too. Read in 2026-11.
var (
	SourceRegions = Source{"https://learn.microsoft.com/azure/ai-services/speech-service/regions", "2025-11-09",
		"the public regions that offer Speech, per-feature footnotes, and that southindia and spaincentral are not " +
			"supported for speech processing"}
	SourceSovereign = Source{
		"https://learn.microsoft.com/azure/ai-services/speech-service/sovereign-clouds",
		"2025-08-07",
		"the US Government and China regions and host suffixes, the features each supports (China: real-time speech " +
			"translation) and lacks (both: custom voice; US Government: fast transcription)",
	}
	SourceGovCompare = Source{
		"https://learn.microsoft.com/azure/azure-government/compare-azure-government-global-azure",
		"2023-06-08",
		"the US Government speech translation endpoints https://usgovvirginia.s2s.speech.azure.us and " +
			"https://usgovarizona.s2s.speech.azure.us",
	}
	SourcePrivateLink = Source{
		"https://learn.microsoft.com/azure/ai-services/speech-service/speech-services-private-link",
		"2026-03-23",
		"the offerings (stt, tts, voice, s2s), the voices list on a custom domain " +
			"(https://{name}.cognitiveservices.azure.com/tts/cognitiveservices/voices/list), and that a token " +
			"request works only with the All networks access option (Forbidden or BadRequest otherwise)",
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
		"2026-05-25",
		"wss://{name}.services.ai.azure.com/voice-live/realtime, the Foundry name of an AI services resource",
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
	// of 2026-07-13 (the code of npm releases 1.51.0 and 1.52.0, the one
	// make sdk-check runs): it maps region names that start with "china" to
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
