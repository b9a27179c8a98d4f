package provider

import (
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// The keyless outputs of data "speechendpoints".
const argKeyless = "keyless"

// keylessAttrTypes are the attributes of the keyless object.
var keylessAttrTypes = map[string]attr.Type{
	"endpoint": types.StringType, "token_scope": types.StringType, "authority_host": types.StringType,
	"resource_id": types.StringType, "aad_token_prefix": types.StringType,
	"app_settings": types.MapType{ElemType: types.StringType},
}

func keylessSchema() schema.SingleNestedAttribute {
	return schema.SingleNestedAttribute{
		Computed: true,
		MarkdownDescription: "What a keyless (Microsoft Entra ID) application needs. Null without a custom subdomain, " +
			"which keyless access requires.",
		Attributes: map[string]schema.Attribute{
			"endpoint": schema.StringAttribute{Computed: true, MarkdownDescription: "The custom-domain endpoint " +
				"(`https://{name}.cognitiveservices.azure.com/`) to give the SDK with a `TokenCredential`, and under " +
				"which the REST calls take `Authorization: Bearer <token>`."},
			"token_scope": schema.StringAttribute{Computed: true, MarkdownDescription: "The scope to request the token " +
				"for: `https://cognitiveservices.azure.com/.default`, `https://cognitiveservices.azure.us/.default` or " +
				"`https://cognitiveservices.azure.cn/.default` (the sovereign ones are stated by Azure SDKs' constants " +
				"and the Azure China docs, not by the public Speech docs)."},
			"authority_host": schema.StringAttribute{Computed: true, MarkdownDescription: "The cloud's Microsoft " +
				"Entra authority (`https://login.microsoftonline.com/`, `https://login.microsoftonline.us/`, " +
				"`https://login.chinacloudapi.cn/`)."},
			"resource_id": schema.StringAttribute{Computed: true, MarkdownDescription: "The account's resource ID " +
				"in ARM's canonical form; null without `resource_id`."},
			"aad_token_prefix": schema.StringAttribute{Computed: true, MarkdownDescription: "`aad#{resource ID}#`, to put " +
				"before the Entra token where a region is given instead of the custom domain. That is the " +
				"authorization token of the SDK objects that take one with a region (the speech synthesizer of some " +
				"SDKs), and `Authorization: Bearer` on the regional text to speech and short-audio speech to text " +
				"hosts. Null without `resource_id`."},
			"app_settings": schema.MapAttribute{Computed: true, ElementType: types.StringType, MarkdownDescription: "" +
				"Keyless app settings: `SPEECH_ENDPOINT` (the custom domain), `SPEECH_TOKEN_SCOPE`, `SPEECH_REGION` " +
				"(when known), `SPEECH_RESOURCE_ID` (with `resource_id`), `SPEECH_TTS_ENDPOINT`, " +
				"`SPEECH_VOICES_ENDPOINT`, `SPEECH_STT_ENDPOINT` (custom-domain forms). No key and no token " +
				"endpoint: `issueToken` is documented with a key only."},
		},
	}
}

// keylessObject is the keyless output (null without a custom domain).
func keylessObject(res speech.Resolution) types.Object {
	settings := res.KeylessAppSettings()
	if settings == nil {
		return types.ObjectNull(keylessAttrTypes)
	}
	e := res.Cloud.Entra()
	elems := map[string]attr.Value{}
	for k, v := range settings {
		elems[k] = types.StringValue(v)
	}
	rid, prefix := types.StringNull(), types.StringNull()
	if id := res.ResourceID; id != nil {
		rid, prefix = types.StringValue(id.String()), types.StringValue(id.AADPrefix())
	}
	return types.ObjectValueMust(keylessAttrTypes, map[string]attr.Value{
		"endpoint": types.StringValue(res.CustomDomain.Resource), "token_scope": types.StringValue(e.Scope),
		"authority_host": types.StringValue(e.AuthorityHost), "resource_id": rid, "aad_token_prefix": prefix,
		"app_settings": types.MapValueMust(types.StringType, elems),
	})
}
