package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

var _ function.Function = &parseEndpointFunction{}

// provider::speechendpoints::parse_endpoint(endpoint)

type parseEndpointFunction struct{}

// NewParseEndpointFunction is provider::speechendpoints::parse_endpoint.
func NewParseEndpointFunction() function.Function { return &parseEndpointFunction{} }

var parsedEndpointTypes = map[string]attr.Type{
	"resource_type":         types.StringType,
	"cloud":                 types.StringType,
	"region":                types.StringType,
	"custom_subdomain_name": types.StringType,
	"api":                   types.StringType,
}

// apiNames name the kind of API URL parse_endpoint read (null for a
// resource endpoint).
var apiNames = map[speech.PathKind]string{
	speech.PathToken: "token", speech.PathTTS: "text_to_speech", speech.PathSTT: "speech_to_text",
	speech.PathSTTAPI: "speech_to_text_api", speech.PathTranslation: "translation", speech.PathVoiceLive: "voice_live",
	speech.PathBatchSynthesis: "batch_synthesis", speech.PathBatchAvatar: "batch_avatar",
	speech.PathAvatarRelay: "avatar_relay_token", speech.PathFastTranscription: "fast_transcription",
}

func (f *parseEndpointFunction) Metadata(
	_ context.Context,
	_ function.MetadataRequest,
	resp *function.MetadataResponse,
) {
	resp.Name = "parse_endpoint"
}

func (f *parseEndpointFunction) Definition(
	_ context.Context,
	_ function.DefinitionRequest,
	resp *function.DefinitionResponse,
) {
	resp.Definition = function.Definition{
		Summary: "Cloud, region or custom subdomain of a resource endpoint URL",
		MarkdownDescription: "Reads a resource endpoint as the portal's Keys and Endpoint page or " +
			"`azurerm_cognitive_account.endpoint` shows it. It returns an object:\n\n" +
			"- `cloud`: `public`, `usgovernment` or `china`.\n" +
			"- `region`: null for a custom-domain endpoint. A region outside the provider's Speech table is " +
			"returned as it is: a function cannot warn, so use the data source to see the warning.\n" +
			"- `custom_subdomain_name`: null for a regional endpoint.\n" +
			"- `resource_type`: `AIServices` for a Foundry endpoint (`https://{name}.services.ai.azure.com/...`, " +
			"project endpoints included), else null.\n" +
			"- `api`: which API a pasted API URL is for, null for a resource endpoint: `voice_live`, " +
			"`batch_synthesis`, `batch_avatar`, `avatar_relay_token`, `fast_transcription`, `token`, " +
			"`text_to_speech`, `speech_to_text`, `speech_to_text_api` or `translation`.\n\n" +
			"An API URL is read by its host: token, text to speech, speech to text, the REST APIs, Voice Live " +
			"(`wss://`), batch synthesis and batch avatar (`/texttospeech/`, `/avatar/`), the avatar relay token " +
			"and `transcriptions:transcribe`. Its query's documented parameters are not used; another parameter, " +
			"which may be a credential, is an error. " +
			"An `https://{name}.openai.azure.com/` endpoint is an error: only the resource's kind tells whether it " +
			"serves Speech, so use the data source with `resource_type = \"AIServices\"`.",
		Parameters: []function.Parameter{
			function.StringParameter{Name: "endpoint", MarkdownDescription: "The resource endpoint URL, for example " +
				"`https://japanwest.api.cognitive.microsoft.com/`."},
		},
		Return: function.ObjectReturn{AttributeTypes: parsedEndpointTypes},
	}
}

// parseEndpointArgs are the function's arguments.
var parseEndpointArgs = newFuncArgs(arg(speech.SettingEndpoint, "endpoint"))

func (f *parseEndpointFunction) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	var raw string
	resp.Error = req.Arguments.Get(ctx, &raw)
	if resp.Error != nil {
		return
	}
	p, ps := speech.ParseEndpoint(raw)
	if !speech.HasErrors(ps) && p.OpenAI {
		// The kind decides whether an OpenAI host serves Speech, and a
		// function cannot be told it.
		ps = []speech.Problem{speech.OpenAIKind(p, nil)}
	}
	if resp.Error = parseEndpointArgs.fail(ctx, ps); resp.Error != nil {
		return
	}
	region, kind := "", ""
	if p.Region != nil {
		region = p.Region.Name
	}
	if p.Kind != nil {
		kind = p.Kind.Name
	}
	resp.Error = resp.Result.Set(ctx, types.ObjectValueMust(parsedEndpointTypes, map[string]attr.Value{
		"cloud":                 types.StringValue(p.Cloud.Name),
		"region":                optString(region),
		"custom_subdomain_name": optString(p.Subdomain),
		"resource_type":         optString(kind),
		"api":                   optString(apiNames[p.Path]),
	}))
}
