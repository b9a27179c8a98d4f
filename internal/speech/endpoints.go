package speech

// Endpoints are the Speech endpoints of one resource in one form (regional
// or custom domain). An empty string means the form has no such endpoint.
type Endpoints struct {
	Resource        string // the resource endpoint as the portal shows it
	Token           string
	TTS             string
	Voices          string
	STT             string // short audio, conversation mode, without the query string
	STTWebsocket    string
	TTSWebsocket    string
	STTHost         string // SpeechConfig.FromHost form for speech to text
	TTSHost         string // SpeechConfig.FromHost form for text to speech
	SpeechToTextAPI string // the /speechtotext REST base
	CustomVoice     string // without ?deploymentId=
	// TranslationWebsocket is the speech translation websocket the Speech
	// SDK uses by default (v2, on the speech to text host).
	TranslationWebsocket string
	// TranslationV1Websocket is the older translation websocket (v1, the
	// s2s offering); "" where the cloud has no s2s hosts.
	TranslationV1Websocket string

	// The APIs an app calls with more than the URL (apis.go).
	VoiceLive         API // the Voice Live websocket: custom domain only
	BatchSynthesis    API // batch synthesis: /texttospeech/batchsyntheses
	BatchAvatar       API // batch avatar synthesis: /avatar/batchsyntheses
	AvatarRelayToken  API // the real-time avatar's relay (ICE) token: samples only
	FastTranscription API // fast transcription, LLM speech, MAI-Transcribe
}

// The paths of the Speech APIs.
const (
	pathToken       = "/sts/v1.0/issueToken"
	pathTTS         = "/cognitiveservices/v1"
	pathVoices      = "/cognitiveservices/voices/list"
	pathSTTShort    = "/speech/recognition/conversation/cognitiveservices/v1"
	pathUniversalV2 = "/stt/speech/universal/v2"
	pathTTSSocket   = "/tts/cognitiveservices/websocket/v1"
	pathSTTAPI      = "/speechtotext"
	pathS2SV1       = "/speech/translation/cognitiveservices/v1"
)

// RegionalEndpoints computes the regional forms. Sources: SourceRESTAuth
// (token, short audio), SourceRESTTTS (text to speech, voices, custom
// voice), SourceRESTSTT (the REST API base), SourceSovereign (the sovereign
// suffixes), SourceGovCompare and SourceSovereign (speech translation, s2s).
// The websockets are what today's Speech SDK builds itself (SourceJSSDK,
// since release 1.44.0): speech to text and translation on
// {region}.stt.../stt/speech/universal/v2 (commits f1394ae of 2025-05-08
// and 6854142 of 2025-04-29, with the /stt prefix from 6820ca4 of
// 2025-05-13), text to speech on {region}.tts.../tts/cognitiveservices/
// websocket/v1 (6820ca4). Older SDKs used /speech/recognition/conversation/
// cognitiveservices/v1, /cognitiveservices/websocket/v1 and the s2s host,
// which the service still answers. The host forms are what
// SpeechConfig.FromHost takes: wss:// for speech to text, https:// for
// text to speech (the SDK builds the voices list from it; with wss:// the
// voices list fails).
func RegionalEndpoints(c *Cloud, rg Region) Endpoints {
	api := c.HostName(FamilyAPI, rg.Name)
	tts := c.HostName(FamilyTTS, rg.Name)
	stt := c.HostName(FamilySTT, rg.Name)
	e := Endpoints{
		Resource:             rootURL(api),
		Token:                "https://" + api + pathToken,
		TTS:                  "https://" + tts + pathTTS,
		Voices:               "https://" + tts + pathVoices,
		STT:                  "https://" + stt + pathSTTShort,
		STTWebsocket:         "wss://" + stt + pathUniversalV2,
		TTSWebsocket:         "wss://" + tts + pathTTSSocket,
		STTHost:              "wss://" + stt,
		TTSHost:              "https://" + tts,
		SpeechToTextAPI:      "https://" + api + pathSTTAPI,
		TranslationWebsocket: "wss://" + stt + pathUniversalV2,
	}
	if c.HasFamily(FamilyS2S) {
		e.TranslationV1Websocket = "wss://" + c.HostName(FamilyS2S, rg.Name) + pathS2SV1
	}
	if c.HasFamily(FamilyVoice) && rg.Features.CustomVoice != nil && *rg.Features.CustomVoice {
		e.CustomVoice = "https://" + c.HostName(FamilyVoice, rg.Name) + pathTTS
	}
	for _, a := range e.apis() {
		*a.api = a.def.regionalForm(c, rg)
	}
	return e
}

// CustomDomainEndpoints computes the custom-domain forms. The rule
// (SourcePrivateLink2021): the speech offering moves from the host label
// into the first path segment, and APIs of the regional API host keep
// their path. The voices list form is documented (SourcePrivateLink), the
// custom voice form was (SourcePrivateLink2020); the others follow the
// rule, and the websockets are what today's Speech SDK builds for a custom
// domain (SourceJSSDK). The SDK host forms are empty: SpeechConfig.FromHost
// assumes the regional host names; use FromEndpoint with the resource
// endpoint there.
func CustomDomainEndpoints(c *Cloud, subdomain string) Endpoints {
	return CustomDomainEndpointsOf(c, subdomain, nil)
}

// CustomDomainEndpointsOf is CustomDomainEndpoints for a resource of a
// kind (nil when unknown): Voice Live of an AIServices resource is on its
// Foundry name (SourceVoiceLive), of other resources on the custom domain
// ("for older resources").
func CustomDomainEndpointsOf(c *Cloud, subdomain string, k *Kind) Endpoints {
	base := c.HostName(FamilyCustomDomain, subdomain)
	e := Endpoints{
		Resource:             rootURL(base),
		Token:                "https://" + base + pathToken,
		TTS:                  "https://" + base + "/tts" + pathTTS,
		Voices:               "https://" + base + "/tts" + pathVoices,
		STT:                  "https://" + base + "/stt" + pathSTTShort,
		STTWebsocket:         "wss://" + base + pathUniversalV2,
		TTSWebsocket:         "wss://" + base + pathTTSSocket,
		SpeechToTextAPI:      "https://" + base + pathSTTAPI,
		TranslationWebsocket: "wss://" + base + pathUniversalV2,
	}
	if c.HasFamily(FamilyS2S) {
		e.TranslationV1Websocket = "wss://" + base + "/s2s" + pathS2SV1
	}
	if c.HasFamily(FamilyVoice) {
		e.CustomVoice = "https://" + base + "/voice" + pathTTS
	}
	for _, a := range e.apis() {
		*a.api = a.def.domainForm(c, subdomain, k)
	}
	return e
}
