package speech

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// sheetSuffixes are the per-cloud suffixes of SourceSovereign and
// SourceSubdomains, written out again so the URL shapes below are checked
// against the pages, not against the catalog.
var sheetSuffixes = map[string][3]string{
	"public":       {"api.cognitive.microsoft.com", "speech.microsoft.com", "cognitiveservices.azure.com"},
	"usgovernment": {"api.cognitive.microsoft.us", "speech.azure.us", "cognitiveservices.azure.us"},
	"china":        {"api.cognitive.azure.cn", "speech.azure.cn", "cognitiveservices.azure.cn"},
}

// classic is the endpoints without the APIs (apis_test.go checks those).
func classic(e Endpoints) Endpoints {
	e.VoiceLive, e.BatchSynthesis, e.BatchAvatar, e.AvatarRelayToken, e.FastTranscription = API{}, API{}, API{}, API{}, API{}
	return e
}

func TestRegionalEndpointsEveryRegion(t *testing.T) {
	for _, rg := range Regions(nil) {
		t.Run(rg.Name, func(t *testing.T) {
			sfx := sheetSuffixes[rg.Cloud.Name]
			A, S := sfx[0], sfx[1]
			c := rg.Cloud
			got := classic(RegionalEndpoints(c, rg))
			want := Endpoints{
				Resource:        fmt.Sprintf("https://%s.%s/", rg.Name, A),
				Token:           fmt.Sprintf("https://%s.%s/sts/v1.0/issueToken", rg.Name, A),
				TTS:             fmt.Sprintf("https://%s.tts.%s/cognitiveservices/v1", rg.Name, S),
				Voices:          fmt.Sprintf("https://%s.tts.%s/cognitiveservices/voices/list", rg.Name, S),
				STT:             fmt.Sprintf("https://%s.stt.%s/speech/recognition/conversation/cognitiveservices/v1", rg.Name, S),
				STTWebsocket:    fmt.Sprintf("wss://%s.stt.%s/stt/speech/universal/v2", rg.Name, S),
				TTSWebsocket:    fmt.Sprintf("wss://%s.tts.%s/tts/cognitiveservices/websocket/v1", rg.Name, S),
				STTHost:         fmt.Sprintf("wss://%s.stt.%s", rg.Name, S),
				TTSHost:         fmt.Sprintf("https://%s.tts.%s", rg.Name, S),
				SpeechToTextAPI: fmt.Sprintf("https://%s.%s/speechtotext", rg.Name, A),
				// The SDK's default translation endpoint is v2 on the stt host.
				TranslationWebsocket: fmt.Sprintf("wss://%s.stt.%s/stt/speech/universal/v2", rg.Name, S),
				// v1, the s2s offering: every cloud (China since SourceSovereign 2025-08-07).
				TranslationV1Websocket: fmt.Sprintf("wss://%s.s2s.%s/speech/translation/cognitiveservices/v1", rg.Name, S),
			}
			if rg.Cloud == Public && rg.Features.CustomVoice != nil && *rg.Features.CustomVoice {
				want.CustomVoice = fmt.Sprintf("https://%s.voice.%s/cognitiveservices/v1", rg.Name, S)
			}
			if got != want {
				t.Errorf("got  %+v\nwant %+v", got, want)
			}
		})
	}
}

func TestCustomDomainEndpointsEveryCloud(t *testing.T) {
	for _, c := range Clouds() {
		cd := sheetSuffixes[c.Name][2]
		got := classic(CustomDomainEndpoints(c, "my-speech"))
		want := Endpoints{
			Resource:        "https://my-speech." + cd + "/",
			Token:           "https://my-speech." + cd + "/sts/v1.0/issueToken",
			TTS:             "https://my-speech." + cd + "/tts/cognitiveservices/v1",
			Voices:          "https://my-speech." + cd + "/tts/cognitiveservices/voices/list",
			STT:             "https://my-speech." + cd + "/stt/speech/recognition/conversation/cognitiveservices/v1",
			STTWebsocket:    "wss://my-speech." + cd + "/stt/speech/universal/v2",
			TTSWebsocket:    "wss://my-speech." + cd + "/tts/cognitiveservices/websocket/v1",
			SpeechToTextAPI: "https://my-speech." + cd + "/speechtotext",
			// What the SDK builds from the resource endpoint.
			TranslationWebsocket: "wss://my-speech." + cd + "/stt/speech/universal/v2",
			// Derived from the private-link rule.
			TranslationV1Websocket: "wss://my-speech." + cd + "/s2s/speech/translation/cognitiveservices/v1",
		}
		if c == Public { // SourcePrivateLink2020; no custom voice in the sovereign clouds
			want.CustomVoice = "https://my-speech." + cd + "/voice/cognitiveservices/v1"
		}
		if got != want {
			t.Errorf("%s:\ngot  %+v\nwant %+v", c.Name, got, want)
		}
	}
}

func TestRegionalEndpointsRoundTripThroughParseEndpoint(t *testing.T) {
	for _, rg := range Regions(nil) {
		e := RegionalEndpoints(rg.Cloud, rg)
		p, ps := ParseEndpoint(e.Resource)
		if len(ps) != 0 || p.Cloud != rg.Cloud || p.Region == nil || p.Region.Name != rg.Name {
			t.Errorf("ParseEndpoint(%q) = %+v, %+v", e.Resource, p, ps)
		}
		p, ps = ParseEndpoint(e.Token)
		if HasErrors(ps) || p.Region == nil || p.Region.Name != rg.Name || len(ps) != 1 || ps[0].Code != CodeEndpointAPIURL {
			t.Errorf("ParseEndpoint(token %q) = %+v, %+v; want region and a warning", e.Token, p, ps)
		}
	}
}

// Every URL the provider computes, in every form, parses back to the same
// resource: the host-family table reads what it builds, s2s included.
func TestEveryComputedURLParses(t *testing.T) {
	for _, rg := range Regions(nil) {
		for _, u := range urls(RegionalEndpoints(rg.Cloud, rg)) {
			u = strings.Replace(u, "wss://", "https://", 1)
			p, ps := ParseEndpoint(u)
			if HasErrors(ps) || p.Region == nil || p.Region.Name != rg.Name || p.Cloud != rg.Cloud {
				t.Errorf("ParseEndpoint(%q) = %+v, %+v", u, p, ps)
			}
		}
	}
}

// urls lists every endpoint a form has: every string field of Endpoints,
// so that a field added later is covered without a list to keep.
func urls(e Endpoints) []string {
	var out []string
	v := reflect.ValueOf(e)
	for i := range v.NumField() {
		if f := v.Field(i); f.Kind() == reflect.String && f.String() != "" {
			out = append(out, f.String())
		}
	}
	return out
}
