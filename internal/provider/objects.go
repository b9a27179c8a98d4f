package provider

import (
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
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
	TranslationV1Endpoint        types.String `tfsdk:"translation_v1_websocket_endpoint"`
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

// The endpoint attributes. The SDK forms are what today's Speech SDK
// builds itself (speech.SourceJSSDK, SDK 1.44 and later); the REST forms
// follow Microsoft's pages, which win where the SDK differs (the voices
// list on a custom domain).
var endpointAttrs = []endpointAttr{
	{"resource_endpoint", "The resource endpoint in this form, as the portal's Keys and Endpoint page shows it " +
		"(`https://{region}.api.cognitive.microsoft.com/` or `https://{name}.cognitiveservices.azure.com/`).",
		func(e speech.Endpoints) string { return e.Resource },
		func(m *endpointsModel) *types.String { return &m.ResourceEndpoint }},
	{"token_endpoint", "The token (STS) endpoint: `POST` with the `Ocp-Apim-Subscription-Key` header returns a " +
		"bearer token valid 10 minutes. " +
		"Use the token on the hosts of the same form (regional or custom domain). On a custom domain the token request " +
		"works only while the resource's " +
		"network access is \"All networks\" (Microsoft's private-link page); the key header works on every form.",
		func(e speech.Endpoints) string { return e.Token },
		func(m *endpointsModel) *types.String { return &m.TokenEndpoint }},
	{"tts_endpoint", "The text to speech REST endpoint (`POST` SSML). The custom-domain form follows Microsoft's " +
		"documented rule (the service moves into the first path segment).",
		func(e speech.Endpoints) string { return e.TTS },
		func(m *endpointsModel) *types.String { return &m.TTSEndpoint }},
	{"voices_endpoint", "The voices list REST endpoint (`GET`). On a custom domain this is the documented " +
		"`/tts/cognitiveservices/voices/list`; the Speech SDK's " +
		"`getVoicesAsync()` asks `/cognitiveservices/voices/list` there (after its redirect check), and the documented " +
		"form wins for REST calls.",
		func(e speech.Endpoints) string { return e.Voices },
		func(m *endpointsModel) *types.String { return &m.VoicesEndpoint }},
	{"stt_endpoint", "The speech to text REST endpoint for short audio, conversation mode, without the query " +
		"string: append `?language=en-US`.",
		func(e speech.Endpoints) string { return e.STT },
		func(m *endpointsModel) *types.String { return &m.STTEndpoint }},
	{"stt_websocket_endpoint", "The Speech SDK websocket endpoint for speech to text (`SpeechConfig.FromEndpoint`): " +
		"`/stt/speech/universal/v2`, what today's SDK builds " +
		"itself (SDK 1.44, 2025-05, and later). Older SDKs used " +
		"`/speech/recognition/conversation/cognitiveservices/v1`, which the service still answers.",
		func(e speech.Endpoints) string { return e.STTWebsocket },
		func(m *endpointsModel) *types.String { return &m.STTWebsocketEndpoint }},
	{"tts_websocket_endpoint", "The Speech SDK websocket endpoint for text to speech (`SpeechConfig.FromEndpoint`): " +
		"`/tts/cognitiveservices/websocket/v1`, what today's SDK builds " +
		"(SDK 1.44 and later; older SDKs used `/cognitiveservices/websocket/v1`). An SDK configured with this endpoint " +
		"cannot list voices (`getVoicesAsync()` appends " +
		"the voices path to the websocket URL): use `tts_host` with `FromHost`, or `voices_endpoint`, for that.",
		func(e speech.Endpoints) string { return e.TTSWebsocket },
		func(m *endpointsModel) *types.String { return &m.TTSWebsocketEndpoint }},
	{"stt_host", "The speech to text host for `SpeechConfig.FromHost`. With it the SDK uses the v1 paths " +
		"(`/speech/recognition/...`), which the service answers; " +
		"translation stays on v2. Null in the custom-domain form: `FromHost` assumes the regional host names, so use " +
		"`FromEndpoint` with `resource_endpoint` there.",
		func(e speech.Endpoints) string { return e.STTHost },
		func(m *endpointsModel) *types.String { return &m.STTHost }},
	{"tts_host", "The text to speech host for `SpeechConfig.FromHost` (`https://`: the SDK builds the websocket and " +
		"the voices list from it). " +
		"Null in the custom-domain form: use `FromEndpoint` with `resource_endpoint` there.",
		func(e speech.Endpoints) string { return e.TTSHost },
		func(m *endpointsModel) *types.String { return &m.TTSHost }},
	{"speech_to_text_api_endpoint", "The speech-to-text REST API base (batch transcription, fast transcription, " +
		"custom speech): append " +
		"`/transcriptions:submit?api-version=2025-10-15` and the like (2025-10-15 is the latest GA version; v3.0 and " +
		"the 3.2 previews were retired on 2026-03-31).",
		func(e speech.Endpoints) string { return e.SpeechToTextAPI },
		func(m *endpointsModel) *types.String { return &m.SpeechToTextAPIEndpoint }},
	{"custom_voice_endpoint", "The custom voice endpoint, without `?deploymentId=`. Null where the cloud or region " +
		"has no custom voice (both sovereign clouds list it as unsupported). " +
		"The custom-domain form (`https://{name}.cognitiveservices.azure.com/voice/cognitiveservices/v1`) was " +
		"documented by Microsoft's private-link page of 2020-12.",
		func(e speech.Endpoints) string { return e.CustomVoice },
		func(m *endpointsModel) *types.String { return &m.CustomVoiceEndpoint }},
	{"translation_websocket_endpoint", "The Speech SDK websocket endpoint for speech translation that today's SDK " +
		"uses by default (v2, `/stt/speech/universal/v2` " +
		"on the speech to text host; SDK 1.44 and later), in every cloud: Microsoft's sovereign-clouds page lists " +
		"real-time speech translation in Azure China too.",
		func(e speech.Endpoints) string { return e.TranslationWebsocket },
		func(m *endpointsModel) *types.String { return &m.TranslationWebsocketEndpoint }},
	{"translation_v1_websocket_endpoint", "The older speech translation websocket (v1, the `s2s` service: " +
		"`wss://{region}.s2s.speech.../speech/translation/cognitiveservices/v1`), " +
		"which SDKs before 1.44 use and today's SDK uses when `SPEECH-ForceV1Endpoint` is set. The custom-domain form " +
		"follows the documented rule.",
		func(e speech.Endpoints) string { return e.TranslationV1Websocket },
		func(m *endpointsModel) *types.String { return &m.TranslationV1Endpoint }},
}

// endpointsNested is the schema of a regional or custom_domain object,
// from the endpoint table.
func endpointsNested(desc string) schema.SingleNestedAttribute {
	attrs := make(map[string]schema.Attribute, len(endpointAttrs))
	for _, a := range endpointAttrs {
		attrs[a.name] = schema.StringAttribute{Computed: true, MarkdownDescription: a.desc}
	}
	return schema.SingleNestedAttribute{Computed: true, MarkdownDescription: desc, Attributes: attrs}
}

// EndpointValues are the endpoints of a form under their attribute names,
// "" where the form has none: what a user reads in the outputs (make
// sdk-check compares them with the Speech SDK's URLs).
func EndpointValues(e speech.Endpoints) map[string]string {
	m := make(map[string]string, len(endpointAttrs))
	for _, a := range endpointAttrs {
		m[a.name] = a.get(e)
	}
	return m
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
	{"fast_transcription", "Fast transcription: `true` where Microsoft documents it in the region, `false` where it " +
		"documents its absence (including all of US Government), null " +
		"where no page says (Azure China).",
		func(f speech.Features) *bool { return f.FastTranscription }},
	{"batch_synthesis", "Batch synthesis: `true` or `false` as the regions page documents it for public regions; " +
		"null in the sovereign clouds, where no page says.",
		func(f speech.Features) *bool { return f.BatchSynthesis }},
	{"custom_voice", "Custom voice: `true` or `false` as documented; `false` in both sovereign clouds, which list " +
		"it as unsupported.",
		func(f speech.Features) *bool { return f.CustomVoice }},
	{"preview_voices", "Preview voices: `true` in eastus, westeurope and southeastasia, `false` in the other public " +
		"regions; null in the sovereign clouds, where no page says.",
		func(f speech.Features) *bool { return f.PreviewVoices }},
}

// featureSchema is the schema of the features object, from its table.
func featureSchema() map[string]schema.Attribute {
	m := make(map[string]schema.Attribute, len(featureAttrs))
	for _, a := range featureAttrs {
		m[a.name] = schema.BoolAttribute{Computed: true, MarkdownDescription: a.desc}
	}
	return m
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
