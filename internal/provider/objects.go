package provider

import (
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// endpointsModel is every endpoint in one form. It is the top level of the
// data source (embedded), its regional and custom_domain objects, and the
// functions' return value.
type endpointsModel struct {
	ResourceEndpoint             types.String `tfsdk:"resource_endpoint"`
	TokenEndpoint                types.String `tfsdk:"token_endpoint"`
	TTSEndpoint                  types.String `tfsdk:"tts_endpoint"`
	VoicesEndpoint               types.String `tfsdk:"voices_endpoint"`
	STTEndpoint                  types.String `tfsdk:"stt_endpoint"`
	STTWebsocketEndpoint         types.String `tfsdk:"stt_websocket_endpoint"`
	TTSWebsocketEndpoint         types.String `tfsdk:"tts_websocket_endpoint"`
	STTHost                      types.String `tfsdk:"stt_host"`
	TTSHost                      types.String `tfsdk:"tts_host"`
	SpeechToTextAPIEndpoint      types.String `tfsdk:"speech_to_text_api_endpoint"`
	CustomVoiceEndpoint          types.String `tfsdk:"custom_voice_endpoint"`
	TranslationWebsocketEndpoint types.String `tfsdk:"translation_websocket_endpoint"`
}

// endpointAttr is one endpoint attribute: its name and description, where
// the domain keeps its value, and where the model keeps it. One row feeds
// every surface.
type endpointAttr struct {
	name  string
	desc  string
	get   func(speech.Endpoints) string
	field func(*endpointsModel) *types.String
}

var endpointAttrs = []endpointAttr{
	{"resource_endpoint", "The resource endpoint in this form, as the portal's Keys and Endpoint page shows it (`https://{region}.api.cognitive.microsoft.com/` or `https://{name}.cognitiveservices.azure.com/`).",
		func(e speech.Endpoints) string { return e.Resource }, func(m *endpointsModel) *types.String { return &m.ResourceEndpoint }},
	{"token_endpoint", "The token (STS) endpoint: `POST` with the `Ocp-Apim-Subscription-Key` header returns a bearer token valid 10 minutes. Tokens work only on the host family that issued them.",
		func(e speech.Endpoints) string { return e.Token }, func(m *endpointsModel) *types.String { return &m.TokenEndpoint }},
	{"tts_endpoint", "The text to speech REST endpoint (`POST` SSML).",
		func(e speech.Endpoints) string { return e.TTS }, func(m *endpointsModel) *types.String { return &m.TTSEndpoint }},
	{"voices_endpoint", "The voices list endpoint (`GET`).",
		func(e speech.Endpoints) string { return e.Voices }, func(m *endpointsModel) *types.String { return &m.VoicesEndpoint }},
	{"stt_endpoint", "The speech to text REST endpoint for short audio, conversation mode, without the query string: append `?language=en-US`.",
		func(e speech.Endpoints) string { return e.STT }, func(m *endpointsModel) *types.String { return &m.STTEndpoint }},
	{"stt_websocket_endpoint", "The Speech SDK websocket endpoint for speech to text (`SpeechConfig.FromEndpoint`).",
		func(e speech.Endpoints) string { return e.STTWebsocket }, func(m *endpointsModel) *types.String { return &m.STTWebsocketEndpoint }},
	{"tts_websocket_endpoint", "The Speech SDK websocket endpoint for text to speech (`SpeechConfig.FromEndpoint`). The custom-domain form is derived from the documented rule (the service moves into the first path segment).",
		func(e speech.Endpoints) string { return e.TTSWebsocket }, func(m *endpointsModel) *types.String { return &m.TTSWebsocketEndpoint }},
	{"stt_host", "The speech to text host for `SpeechConfig.FromHost`. Null in the custom-domain form: `FromHost` assumes the standard paths, so use `stt_websocket_endpoint` with `FromEndpoint` there.",
		func(e speech.Endpoints) string { return e.STTHost }, func(m *endpointsModel) *types.String { return &m.STTHost }},
	{"tts_host", "The text to speech host for `SpeechConfig.FromHost`. Null in the custom-domain form: use `tts_websocket_endpoint` with `FromEndpoint` there.",
		func(e speech.Endpoints) string { return e.TTSHost }, func(m *endpointsModel) *types.String { return &m.TTSHost }},
	{"speech_to_text_api_endpoint", "The speech-to-text REST API base (batch transcription, fast transcription, custom speech): append `/transcriptions?api-version=2024-11-15` and the like.",
		func(e speech.Endpoints) string { return e.SpeechToTextAPI }, func(m *endpointsModel) *types.String { return &m.SpeechToTextAPIEndpoint }},
	{"custom_voice_endpoint", "The custom voice endpoint, without `?deploymentId=`. Null where the cloud or region has no custom voice, and in the custom-domain form (not documented).",
		func(e speech.Endpoints) string { return e.CustomVoice }, func(m *endpointsModel) *types.String { return &m.CustomVoiceEndpoint }},
	{"translation_websocket_endpoint", "The Speech SDK websocket endpoint for speech translation (v1, the `s2s` service). Null in Azure China, where translation is not documented. The custom-domain form is derived from the documented rule.",
		func(e speech.Endpoints) string { return e.TranslationWebsocket }, func(m *endpointsModel) *types.String { return &m.TranslationWebsocketEndpoint }},
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

// newEndpointsModel fills the model from the domain's endpoints.
func newEndpointsModel(e speech.Endpoints) endpointsModel {
	var m endpointsModel
	for _, a := range endpointAttrs {
		*a.field(&m) = optString(a.get(e))
	}
	return m
}

// endpointsObject converts endpoints to an object value (null for nil),
// straight from the attribute table.
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

// The feature attributes say what Microsoft documents: true available,
// false unavailable, null where no page says.
var featureAttrs = []struct {
	name, desc string
	get        func(speech.Features) *bool
}{
	{"fast_transcription", "Fast transcription: `true` where Microsoft documents it in the region, `false` where it documents its absence (including all of US Government), null where no page says (Azure China).",
		func(f speech.Features) *bool { return f.FastTranscription }},
	{"batch_synthesis", "Batch synthesis: `true` or `false` as the regions page documents it for public regions; null in the sovereign clouds, where no page says.",
		func(f speech.Features) *bool { return f.BatchSynthesis }},
	{"custom_voice", "Custom voice: `true` or `false` as documented; `false` in both sovereign clouds, which list it as unsupported.",
		func(f speech.Features) *bool { return f.CustomVoice }},
	{"preview_voices", "Preview voices: `true` in eastus, westeurope and southeastasia, `false` in the other public regions; null in the sovereign clouds, where no page says.",
		func(f speech.Features) *bool { return f.PreviewVoices }},
}

// featureAttrTypes are the types of the features object.
func featureAttrTypes() map[string]attr.Type {
	m := make(map[string]attr.Type, len(featureAttrs))
	for _, a := range featureAttrs {
		m[a.name] = types.BoolType
	}
	return m
}

// featuresObject is a region's features: null without a region, and for a
// region outside the Speech table (nothing is known).
func featuresObject(rg *speech.Region) types.Object {
	if rg == nil || !rg.Listed {
		return types.ObjectNull(featureAttrTypes())
	}
	vals := make(map[string]attr.Value, len(featureAttrs))
	for _, a := range featureAttrs {
		vals[a.name] = types.BoolPointerValue(a.get(rg.Features))
	}
	return types.ObjectValueMust(featureAttrTypes(), vals)
}
