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
	// TranslationWebsocket is the speech translation SDK websocket (v1);
	// "" where the cloud has no documented translation.
	TranslationWebsocket string
}

// RegionalEndpoints computes the regional forms. Sources: SourceRESTAuth
// (token, short audio), SourceRESTTTS (text to speech, voices, custom
// voice), SourceRESTSTT (the REST API base), SourceSovereign (the SDK
// websocket and host forms in the sovereign clouds).
func RegionalEndpoints(c Cloud, rg Region) Endpoints {
	api := c.HostName(FamilyAPI, rg.Name)
	tts := c.HostName(FamilyTTS, rg.Name)
	stt := c.HostName(FamilySTT, rg.Name)
	e := Endpoints{
		Resource:        "https://" + api + "/",
		Token:           "https://" + api + "/sts/v1.0/issueToken",
		TTS:             "https://" + tts + "/cognitiveservices/v1",
		Voices:          "https://" + tts + "/cognitiveservices/voices/list",
		STT:             "https://" + stt + "/speech/recognition/conversation/cognitiveservices/v1",
		STTWebsocket:    "wss://" + stt + "/speech/recognition/conversation/cognitiveservices/v1",
		TTSWebsocket:    "wss://" + tts + "/cognitiveservices/websocket/v1",
		STTHost:         "wss://" + stt,
		TTSHost:         "https://" + tts,
		SpeechToTextAPI: "https://" + api + "/speechtotext",
	}
	if c.HasFamily(FamilyS2S) {
		e.TranslationWebsocket = "wss://" + c.HostName(FamilyS2S, rg.Name) + "/speech/translation/cognitiveservices/v1"
	}
	if c.HasFamily(FamilyVoice) && rg.Features.CustomVoice != nil && *rg.Features.CustomVoice {
		e.CustomVoice = "https://" + c.HostName(FamilyVoice, rg.Name) + "/cognitiveservices/v1"
	}
	return e
}

// CustomDomainEndpoints computes the custom-domain forms (SourcePrivateLink):
// the speech offering moves from the host label into the first path
// segment. The voices list form is a documented example; the text to speech
// and websocket forms are derived from the rule. The SDK host forms are empty: SpeechConfig.FromHost assumes
// the standard paths, which custom domains do not use (use FromEndpoint with
// the websocket endpoint). Custom voice has no documented custom-domain form.
func CustomDomainEndpoints(c Cloud, subdomain string) Endpoints {
	base := c.HostName(FamilyCustomDomain, subdomain)
	e := Endpoints{
		Resource:        "https://" + base + "/",
		Token:           "https://" + base + "/sts/v1.0/issueToken",
		TTS:             "https://" + base + "/tts/cognitiveservices/v1",
		Voices:          "https://" + base + "/tts/cognitiveservices/voices/list",
		STT:             "https://" + base + "/stt/speech/recognition/conversation/cognitiveservices/v1",
		STTWebsocket:    "wss://" + base + "/stt/speech/recognition/conversation/cognitiveservices/v1",
		TTSWebsocket:    "wss://" + base + "/tts/cognitiveservices/websocket/v1",
		SpeechToTextAPI: "https://" + base + "/speechtotext",
	}
	if c.HasFamily(FamilyS2S) {
		// Derived from the rule: s2s moves into the first path segment.
		e.TranslationWebsocket = "wss://" + base + "/s2s/speech/translation/cognitiveservices/v1"
	}
	return e
}
