package provider

import (
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// endpointAttr is one endpoint attribute, shared by the top level of the
// data source, its regional and custom_domain objects and the functions.
type endpointAttr struct {
	name string
	desc string
	get  func(speech.Endpoints) string
}

var endpointAttrs = []endpointAttr{
	{"resource_endpoint", "The resource endpoint in this form, as the portal's Keys and Endpoint page shows it (`https://{region}.api.cognitive.microsoft.com/` or `https://{name}.cognitiveservices.azure.com/`).", func(e speech.Endpoints) string { return e.Resource }},
	{"token_endpoint", "The token (STS) endpoint: `POST` with the `Ocp-Apim-Subscription-Key` header returns a bearer token valid 10 minutes. Tokens work only on the host family that issued them.", func(e speech.Endpoints) string { return e.Token }},
	{"tts_endpoint", "The text to speech REST endpoint (`POST` SSML).", func(e speech.Endpoints) string { return e.TTS }},
	{"voices_endpoint", "The voices list endpoint (`GET`).", func(e speech.Endpoints) string { return e.Voices }},
	{"stt_endpoint", "The speech to text REST endpoint for short audio, conversation mode, without the query string: append `?language=en-US`.", func(e speech.Endpoints) string { return e.STT }},
	{"stt_websocket_endpoint", "The Speech SDK websocket endpoint for speech to text (`SpeechConfig.FromEndpoint`).", func(e speech.Endpoints) string { return e.STTWebsocket }},
	{"tts_websocket_endpoint", "The Speech SDK websocket endpoint for text to speech (`SpeechConfig.FromEndpoint`). The custom-domain form is derived from the documented rule (the service moves into the first path segment).", func(e speech.Endpoints) string { return e.TTSWebsocket }},
	{"stt_host", "The speech to text host for `SpeechConfig.FromHost`. Null in the custom-domain form: `FromHost` assumes the standard paths, so use `stt_websocket_endpoint` with `FromEndpoint` there.", func(e speech.Endpoints) string { return e.STTHost }},
	{"tts_host", "The text to speech host for `SpeechConfig.FromHost`. Null in the custom-domain form: use `tts_websocket_endpoint` with `FromEndpoint` there.", func(e speech.Endpoints) string { return e.TTSHost }},
	{"speech_to_text_api_endpoint", "The speech-to-text REST API base (batch transcription, fast transcription, custom speech): append `/transcriptions?api-version=2024-11-15` and the like.", func(e speech.Endpoints) string { return e.SpeechToTextAPI }},
	{"custom_voice_endpoint", "The custom voice endpoint, without `?deploymentId=`. Null where the cloud or region has no custom voice, and in the custom-domain form (not documented).", func(e speech.Endpoints) string { return e.CustomVoice }},
}

func endpointAttrTypes() map[string]attr.Type {
	m := make(map[string]attr.Type, len(endpointAttrs))
	for _, a := range endpointAttrs {
		m[a.name] = types.StringType
	}
	return m
}

// optString maps "" to null.
func optString(s string) types.String {
	if s == "" {
		return types.StringNull()
	}
	return types.StringValue(s)
}

// endpointsObject converts endpoints to an object value (null for nil).
func endpointsObject(e *speech.Endpoints) types.Object {
	if e == nil {
		return types.ObjectNull(endpointAttrTypes())
	}
	vals := make(map[string]attr.Value, len(endpointAttrs))
	for _, a := range endpointAttrs {
		vals[a.name] = optString(a.get(*e))
	}
	return types.ObjectValueMust(endpointAttrTypes(), vals)
}

var featureAttrs = []struct {
	name, desc string
	get        func(speech.Features) bool
}{
	{"fast_transcription", "The region offers fast transcription.", func(f speech.Features) bool { return f.FastTranscription }},
	{"batch_synthesis", "The region offers batch synthesis.", func(f speech.Features) bool { return f.BatchSynthesis }},
	{"custom_voice", "The region offers custom voice (never in the sovereign clouds).", func(f speech.Features) bool { return f.CustomVoice }},
	{"preview_voices", "The region serves preview voices (eastus, westeurope and southeastasia only).", func(f speech.Features) bool { return f.PreviewVoices }},
}

func featureAttrTypes() map[string]attr.Type {
	m := make(map[string]attr.Type, len(featureAttrs))
	for _, a := range featureAttrs {
		m[a.name] = types.BoolType
	}
	return m
}

func featuresObject(rg *speech.Region) types.Object {
	if rg == nil {
		return types.ObjectNull(featureAttrTypes())
	}
	vals := make(map[string]attr.Value, len(featureAttrs))
	for _, a := range featureAttrs {
		vals[a.name] = types.BoolValue(a.get(rg.Features))
	}
	return types.ObjectValueMust(featureAttrTypes(), vals)
}
