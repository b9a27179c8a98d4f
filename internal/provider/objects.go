package provider

import (
	"strings"

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
	VoiceLiveEndpoint            types.String `tfsdk:"voice_live_endpoint"`
	BatchSynthesisEndpoint       types.String `tfsdk:"batch_synthesis_endpoint"`
	BatchAvatarEndpoint          types.String `tfsdk:"batch_avatar_endpoint"`
	AvatarRelayTokenEndpoint     types.String `tfsdk:"avatar_relay_token_endpoint"`
	FastTranscriptionEndpoint    types.String `tfsdk:"fast_transcription_endpoint"`
	APIVersions                  types.Map    `tfsdk:"api_versions"`
	Sources                      types.Map    `tfsdk:"sources"`
	NullReasons                  types.Map    `tfsdk:"null_reasons"`
}

// endpointAttr is one endpoint attribute: its name and descriptions, where
// the domain keeps its value, and where the model keeps it. One row feeds
// every surface.
type endpointAttr struct {
	// desc describes the endpoint once, at the top level of the data
	// source, the facts of either form included: the nested forms only
	// name it (endpointForm.describe).
	name, desc string
	get        func(speech.Endpoints) string
	field      func(*endpointsModel) *types.String
	// api is set for the APIs called with more than the URL: their
	// api-version, source and, where null, the reason fill the form's maps.
	api func(speech.Endpoints) speech.API
}

// apiAttr is the row of an API: its URL is the attribute's value.
func apiAttr(name, desc string, api func(speech.Endpoints) speech.API,
	field func(*endpointsModel) *types.String,
) endpointAttr {
	get := func(e speech.Endpoints) string { return api(e).URL }
	return endpointAttr{name: name, desc: desc, get: get, field: field, api: api}
}

// The endpoint attributes. The SDK forms are what today's Speech SDK
// builds itself (speech.SourceJSSDK, SDK 1.44 and later); the REST forms
// follow Microsoft's pages, which win where the SDK differs (the voices
// list on a custom domain).
var endpointAttrs = []endpointAttr{
	{"resource_endpoint", "The resource endpoint as the portal's Keys and Endpoint page shows it: the custom domain " +
		"(`https://{name}.cognitiveservices.azure.com/` in the public cloud) when the resource has a custom " +
		"subdomain, else the regional endpoint (`https://{region}.api.cognitive.microsoft.com/`).",
		func(e speech.Endpoints) string { return e.Resource },
		func(m *endpointsModel) *types.String { return &m.ResourceEndpoint }, nil},
	{"token_endpoint", "The token (STS) endpoint: `POST` with the `Ocp-Apim-Subscription-Key` header returns a " +
		"bearer token valid 10 minutes. Use the token on the hosts of the same form (regional or custom domain). " +
		"A custom domain issues tokens only while the resource's network access is \"All networks\" (see " +
		"`private_endpoint`); the key header works on every form.",
		func(e speech.Endpoints) string { return e.Token },
		func(m *endpointsModel) *types.String { return &m.TokenEndpoint }, nil},
	{"tts_endpoint", "The text to speech REST endpoint (`POST` SSML). On a custom domain, Microsoft's documented " +
		"rule moves the service into the first path segment.",
		func(e speech.Endpoints) string { return e.TTS },
		func(m *endpointsModel) *types.String { return &m.TTSEndpoint }, nil},
	{"voices_endpoint", "The voices list REST endpoint (`GET`). On a custom domain it is the documented " +
		"`/tts/cognitiveservices/voices/list`, which wins for REST calls; the Speech SDK's `getVoicesAsync()` asks " +
		"`/cognitiveservices/voices/list` there, after its redirect check.",
		func(e speech.Endpoints) string { return e.Voices },
		func(m *endpointsModel) *types.String { return &m.VoicesEndpoint }, nil},
	{"stt_endpoint", "The speech to text REST endpoint for short audio, conversation mode, without the query " +
		"string: append `?language=en-US`.",
		func(e speech.Endpoints) string { return e.STT },
		func(m *endpointsModel) *types.String { return &m.STTEndpoint }, nil},
	{"stt_websocket_endpoint", "The Speech SDK websocket endpoint for speech to text (`SpeechConfig.FromEndpoint`): " +
		"`/stt/speech/universal/v2`, what the SDK builds itself since 1.44 (2025-05). Older SDKs used " +
		"`/speech/recognition/conversation/cognitiveservices/v1`, which the service still answers.",
		func(e speech.Endpoints) string { return e.STTWebsocket },
		func(m *endpointsModel) *types.String { return &m.STTWebsocketEndpoint }, nil},
	{"tts_websocket_endpoint", "The Speech SDK websocket endpoint for text to speech (`SpeechConfig.FromEndpoint`): " +
		"`/tts/cognitiveservices/websocket/v1`, what the SDK builds since 1.44 (older SDKs used " +
		"`/cognitiveservices/websocket/v1`). An SDK given this endpoint cannot list voices: " +
		"use `tts_host` with `FromHost`, or `voices_endpoint`.",
		func(e speech.Endpoints) string { return e.TTSWebsocket },
		func(m *endpointsModel) *types.String { return &m.TTSWebsocketEndpoint }, nil},
	{"stt_host", "The speech to text host for `SpeechConfig.FromHost`. With it the SDK uses the v1 paths " +
		"(`/speech/recognition/...`), which the service answers; translation stays on v2. " +
		"Null in the custom-domain form: `FromHost` assumes the regional host names, so use `FromEndpoint` with " +
		"`resource_endpoint` there.",
		func(e speech.Endpoints) string { return e.STTHost },
		func(m *endpointsModel) *types.String { return &m.STTHost }, nil},
	{"tts_host", "The text to speech host for `SpeechConfig.FromHost` (`https://`: the SDK builds the websocket and " +
		"the voices list from it). Null in the custom-domain form, as `stt_host`.",
		func(e speech.Endpoints) string { return e.TTSHost },
		func(m *endpointsModel) *types.String { return &m.TTSHost }, nil},
	{"speech_to_text_api_endpoint", "The speech to text REST API base (batch transcription, fast transcription, " +
		"custom speech): append `/transcriptions:submit?api-version=2025-10-15` and the like. " +
		"2025-10-15 is the latest GA version; v3.0 and the 3.2 previews were retired on 2026-03-31.",
		func(e speech.Endpoints) string { return e.SpeechToTextAPI },
		func(m *endpointsModel) *types.String { return &m.SpeechToTextAPIEndpoint }, nil},
	{"custom_voice_endpoint", "The custom voice endpoint, without `?deploymentId=`. Null where the cloud or region " +
		"has no custom voice (both sovereign clouds list it as unsupported). Microsoft's private-link page of " +
		"2020-12 documented the custom-domain form " +
		"(`https://{name}.cognitiveservices.azure.com/voice/cognitiveservices/v1`).",
		func(e speech.Endpoints) string { return e.CustomVoice },
		func(m *endpointsModel) *types.String { return &m.CustomVoiceEndpoint }, nil},
	{"translation_websocket_endpoint", "The Speech SDK websocket endpoint for speech translation, what the SDK uses " +
		"by default since 1.44 (v2, `/stt/speech/universal/v2` on the speech to text host). It is in every cloud: " +
		"Microsoft's sovereign-clouds page lists real-time speech translation in Azure China too.",
		func(e speech.Endpoints) string { return e.TranslationWebsocket },
		func(m *endpointsModel) *types.String { return &m.TranslationWebsocketEndpoint }, nil},
	{"translation_v1_websocket_endpoint", "The older speech translation websocket (v1, the `s2s` service: " +
		"`wss://{region}.s2s.speech.../speech/translation/cognitiveservices/v1`). SDKs before 1.44 use it, and " +
		"today's SDK when `SPEECH-ForceV1Endpoint` is set. Its custom-domain form follows the documented rule.",
		func(e speech.Endpoints) string { return e.TranslationV1Websocket },
		func(m *endpointsModel) *types.String { return &m.TranslationV1Endpoint }, nil},
	apiAttr("voice_live_endpoint", "The Voice Live API websocket (`/voice-live/realtime`), without its query: append "+
		"`?api-version=` (see `api_versions`) and the required `model` (or `agent_id` and `project_id`). "+
		"Microsoft documents no regional host, so it is on the custom domain whenever a custom subdomain is known. "+
		"That is the Foundry name (`wss://{name}.services.ai.azure.com`) of an `AIServices` resource, else "+
		"`wss://{name}.cognitiveservices.azure.com` (Microsoft: \"for older resources\"). "+
		"Null in the sovereign clouds (unsupported). Entra tokens need the scope `https://ai.azure.com/.default` "+
		"(or the legacy `https://cognitiveservices.azure.com/.default`) and the Cognitive Services User and "+
		"Foundry User roles.",
		func(e speech.Endpoints) speech.API { return e.VoiceLive },
		func(m *endpointsModel) *types.String { return &m.VoiceLiveEndpoint }),
	apiAttr("batch_synthesis_endpoint", "The batch synthesis REST API (`/texttospeech/batchsyntheses`): append "+
		"`/{id}?api-version=2024-04-01`. Null where the regions page lists the region without it, and in the "+
		"sovereign clouds, where no page documents it.",
		func(e speech.Endpoints) speech.API { return e.BatchSynthesis },
		func(m *endpointsModel) *types.String { return &m.BatchSynthesisEndpoint }),
	apiAttr("batch_avatar_endpoint", "The batch avatar synthesis REST API (`/avatar/batchsyntheses`): append "+
		"`/{id}?api-version=2024-08-01`. Null outside the regions page's text to speech avatar regions, and in the "+
		"sovereign clouds (unsupported).",
		func(e speech.Endpoints) speech.API { return e.BatchAvatar },
		func(m *endpointsModel) *types.String { return &m.BatchAvatarEndpoint }),
	apiAttr("avatar_relay_token_endpoint", "The real-time avatar's relay (ICE server) token endpoint (`GET` with the "+
		"key header). Microsoft's avatar samples build it; no reference page states it. Null outside the real-time "+
		"avatar regions, and in the sovereign clouds (unsupported).",
		func(e speech.Endpoints) speech.API { return e.AvatarRelayToken },
		func(m *endpointsModel) *types.String { return &m.AvatarRelayTokenEndpoint }),
	apiAttr("fast_transcription_endpoint", "Fast transcription (`POST` multipart audio, append "+
		"`?api-version=2025-10-15`). LLM speech and MAI-Transcribe use the same URL with `enhancedMode` where "+
		"`features` says the region offers them. Null where the region lacks fast transcription, in US Government "+
		"(unsupported) and in China (undocumented).",
		func(e speech.Endpoints) speech.API { return e.FastTranscription },
		func(m *endpointsModel) *types.String { return &m.FastTranscriptionEndpoint }),
}

// formMaps are the maps of a form, keyed by the attribute names of the API
// rows above: what a URL needs besides itself, and why one is null.
var formMaps = []struct {
	name, desc string
	of         func(api speech.API) (string, bool)
	field      func(*endpointsModel) *types.Map
}{
	{"api_versions", "The `api-version` each API's URL needs, by attribute name (only for the non-null ones).",
		func(api speech.API) (string, bool) { return api.APIVersion, api.URL != "" && api.APIVersion != "" },
		func(m *endpointsModel) *types.Map { return &m.APIVersions }},
	{"sources", "Where each API's form, or its absence, is stated, by attribute name: the page, specification or " +
		"sample and its revision.",
		func(api speech.API) (string, bool) { return api.Source.String(), true },
		func(m *endpointsModel) *types.Map { return &m.Sources }},
	{"null_reasons", "Why an API's attribute is null in this form, by attribute name.",
		func(api speech.API) (string, bool) { return absenceReason(api.Absent), api.URL == "" },
		func(m *endpointsModel) *types.Map { return &m.NullReasons }},
}

// absenceReason words why a form has no endpoint of an API.
func absenceReason(a speech.Absence) string {
	switch a {
	case speech.AbsentNoRegionalForm:
		return "Microsoft documents this API on the resource's own host only (no regional host): use the " +
			"custom-domain form."
	case speech.AbsentUnsupported:
		return "Microsoft's sovereign-clouds page lists the feature as unsupported in this cloud."
	case speech.AbsentUndocumented:
		return "No Microsoft page documents this API in this cloud."
	case speech.AbsentNotInRegion:
		return "Microsoft's regions page does not list the feature in this region."
	case speech.AbsentRegionUnlisted:
		return "The region is outside the provider's table: no page says whether it offers the feature."
	}
	return ""
}

// formMapValues are a form's maps, from the API rows.
func formMapValues(e speech.Endpoints) []types.Map {
	out := make([]types.Map, len(formMaps))
	for i, fm := range formMaps {
		vals := map[string]attr.Value{}
		for _, a := range endpointAttrs {
			if a.api == nil {
				continue
			}
			if v, ok := fm.of(a.api(e)); ok {
				vals[a.name] = types.StringValue(v)
			}
		}
		out[i] = types.MapValueMust(types.StringType, vals)
	}
	return out
}

// formMapSchema adds the schema attributes of a form's maps.
func formMapSchema(attrs map[string]schema.Attribute) {
	for _, fm := range formMaps {
		attrs[fm.name] = schema.MapAttribute{Computed: true, ElementType: types.StringType, MarkdownDescription: fm.desc}
	}
}

// A form of the endpoints: the regional or the custom-domain one.
type endpointForm int

const (
	formRegional endpointForm = iota
	formCustomDomain
)

// describe is an attribute's description in a nested form: its name and
// the form (each endpoint is described once, at the top level).
func (f endpointForm) describe(name string) string {
	if f == formRegional {
		return "`" + name + "` in the regional form."
	}
	return "`" + name + "` in the custom-domain form."
}

// endpointsNested is the schema of a regional or custom_domain object,
// from the endpoint table.
func endpointsNested(desc string, form endpointForm) schema.SingleNestedAttribute {
	attrs := make(map[string]schema.Attribute, len(endpointAttrs)+len(formMaps))
	for _, a := range endpointAttrs {
		attrs[a.name] = schema.StringAttribute{Computed: true, MarkdownDescription: form.describe(a.name)}
	}
	for _, fm := range formMaps {
		attrs[fm.name] = schema.MapAttribute{Computed: true, ElementType: types.StringType,
			MarkdownDescription: form.describe(fm.name)}
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
	m := make(map[string]attr.Type, len(endpointAttrs)+len(formMaps))
	for _, a := range endpointAttrs {
		m[a.name] = types.StringType
	}
	for _, fm := range formMaps {
		m[fm.name] = types.MapType{ElemType: types.StringType}
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
	for i, v := range formMapValues(e) {
		*formMaps[i].field(&m) = v
	}
	return m
}

// endpointsObject converts endpoints to an object value (null for nil),
// straight from the attribute table.
func endpointsObject(e *speech.Endpoints) types.Object {
	if e == nil {
		return types.ObjectNull(endpointAttrTypes())
	}
	vals := make(map[string]attr.Value, len(endpointAttrs)+len(formMaps))
	for _, a := range endpointAttrs {
		vals[a.name] = optString(a.get(*e))
	}
	for i, v := range formMapValues(*e) {
		vals[formMaps[i].name] = v
	}
	return types.ObjectValueMust(endpointAttrTypes(), vals)
}

// The feature attributes say what Microsoft documents: true available,
// false unavailable, null where no page says. desc, with the pages behind
// each value, is on the regions data source; short names the feature on
// data "speechendpoints", which links there.
var featureAttrs = []struct {
	name, desc, short string
	get               func(speech.Features) *bool
}{
	{"fast_transcription", "Fast transcription: `true` where Microsoft documents it in the region, `false` where it " +
		"documents its absence (including all of US Government), null where no page says (Azure China).",
		"Fast transcription (`fast_transcription_endpoint`).",
		func(f speech.Features) *bool { return f.FastTranscription }},
	{"batch_synthesis", "Batch synthesis: `true` or `false` as the regions page documents it for public regions; " +
		"null in the sovereign clouds, where no page says.",
		"Batch synthesis (`batch_synthesis_endpoint`).",
		func(f speech.Features) *bool { return f.BatchSynthesis }},
	{"custom_voice", "Custom voice: `true` or `false` as documented; `false` in both sovereign clouds, which list " +
		"it as unsupported.",
		"Custom voice (`custom_voice_endpoint`).",
		func(f speech.Features) *bool { return f.CustomVoice }},
	{"preview_voices", "Preview voices: `true` in eastus, westeurope and southeastasia, `false` in the other public " +
		"regions; null in the sovereign clouds, where no page says.",
		"Preview voices.",
		func(f speech.Features) *bool { return f.PreviewVoices }},
	{"llm_speech", "LLM speech (transcribe and translate with `enhancedMode` on `fast_transcription_endpoint`): the " +
		"regions page's LLM speech tab; `false` in the sovereign clouds, which list it as unsupported.",
		"LLM speech (`enhancedMode` on `fast_transcription_endpoint`).",
		func(f speech.Features) *bool { return f.LLMSpeech }},
	{"mai_transcribe", "MAI-Transcribe (`enhancedMode` with the mai-transcribe model): the LLM speech tab's " +
		"mai-transcribe column; null in the sovereign clouds, where no page names it.",
		"MAI-Transcribe (the mai-transcribe model of `enhancedMode`).",
		func(f speech.Features) *bool { return f.MAITranscribe }},
	{"voice_live", "Voice Live: a row of the regions page's Voice Live tab (the models and agent support vary per " +
		"region: see the page); `false` in the sovereign clouds (unsupported).",
		"Voice Live (`voice_live_endpoint`).",
		func(f speech.Features) *bool { return f.VoiceLive }},
	{"speech_mcp_server", "The Speech MCP server agent tool: every public region of the regions page; null in the " +
		"sovereign clouds, where no page names it.",
		"The Speech MCP server agent tool.",
		func(f speech.Features) *bool { return f.SpeechMCPServer }},
	{"realtime_avatar", "Real-time text to speech avatar (`avatar_relay_token_endpoint`): the regions page's avatar " +
		"tab; `false` in the sovereign clouds (unsupported).",
		"Real-time text to speech avatar (`avatar_relay_token_endpoint`).",
		func(f speech.Features) *bool { return f.RealtimeAvatar }},
	{"batch_avatar", "Batch avatar synthesis (`batch_avatar_endpoint`): the regions page's avatar tab; `false` in " +
		"the sovereign clouds (unsupported).",
		"Batch avatar synthesis (`batch_avatar_endpoint`).",
		func(f speech.Features) *bool { return f.BatchAvatar }},
}

// featureSchema is the schema of the features object, from its table:
// with each value's sources (the regions data source) or short.
func featureSchema(withSources bool) map[string]schema.Attribute {
	m := make(map[string]schema.Attribute, len(featureAttrs))
	for _, a := range featureAttrs {
		desc := a.short
		if withSources {
			desc = a.desc
		}
		m[a.name] = schema.BoolAttribute{Computed: true, MarkdownDescription: desc}
	}
	return m
}

// featureNames lists the features' attribute names in code spans, for a
// description: "`fast_transcription`, ... and `batch_avatar`".
func featureNames() string {
	names := make([]string, len(featureAttrs))
	for i, a := range featureAttrs {
		names[i] = "`" + a.name + "`"
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
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
