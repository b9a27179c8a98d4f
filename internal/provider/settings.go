package provider

import (
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// settingWords are the words of one setting: its argument on the data
// sources and the ephemeral token, its title in summaries, what it holds,
// its schema description, and where the model keeps it. The schema, the
// validation, the reading of a configuration, the key-in-input gate and
// the renderer's names all come from this table; a test checks that it
// names every setting of the domain.
type settingWords struct {
	setting speech.Setting
	// arg is the argument name, the only place it is spelt ("" for a
	// setting that is not a resource input).
	arg string
	// title names the setting in summaries: "Custom Subdomain Name".
	title string
	// meaning says what the setting holds, after "give region the".
	meaning string
	// desc is the schema description on data "speechendpoints", said
	// once; short is the other surfaces', which link to it.
	desc, short string
	// field is where the model keeps the value: a *types.String, or a
	// *types.Bool for a flag (speech.IsFlag).
	field func(*resourceInputModel) any
}

// resourceInputModel holds the resource inputs; models embed it. Each
// field is a row of resourceSettings (TestSettingsTable checks the tags).
type resourceInputModel struct {
	Region              types.String `tfsdk:"region"`
	Cloud               types.String `tfsdk:"cloud"`
	ResourceType        types.String `tfsdk:"resource_type"`
	CustomSubdomainName types.String `tfsdk:"custom_subdomain_name"`
	PrivateEndpoint     types.Bool   `tfsdk:"private_endpoint"`
	Endpoint            types.String `tfsdk:"endpoint"`
	ResourceID          types.String `tfsdk:"resource_id"`
	LocalAuthEnabled    types.Bool   `tfsdk:"local_auth_enabled"`
}

// argCloud is the cloud argument, which the provider takes too.
const argCloud = "cloud"

// argKeyCheck is the data source's key check block.
const argKeyCheck = "key_check"

// inputsGuide is the guide to the accepted inputs and their errors, from
// docs/data-sources/.
const inputsGuide = "../guides/inputs-and-errors.md"

// resourceSettings are the resource inputs. desc is said once, on data
// "speechendpoints"; the other surfaces take short and link there.
var resourceSettings = []settingWords{
	{setting: speech.SettingRegion, arg: "region", title: "Region",
		meaning: "region of the Speech resource (its Location, for example \"eastus\")",
		field:   func(m *resourceInputModel) any { return &m.Region },
		desc: "The region of the Speech resource, as `azurerm_cognitive_account.location` gives it: an identifier or " +
			"display name in any case and spacing (`japanwest`, `Japan West`). `region` or `endpoint` is required. " +
			"The legacy name `virginia` reads as `usgovvirginia`, with a warning. " +
			"A name outside the provider's Speech table is accepted with a warning: a call with the key tells " +
			"whether Speech answers there. A typo, a locale, `global`, a placeholder, a URL, a key-shaped " +
			"value or a region without Speech is an error: see [inputs and errors](" + inputsGuide + ").",
		short: "The resource's region (`japanwest`, `Japan West`)."},
	{setting: speech.SettingEndpoint, arg: "endpoint", title: "Endpoint",
		meaning: "resource endpoint from its Keys and Endpoint page",
		field:   func(m *resourceInputModel) any { return &m.Endpoint },
		desc: "The resource endpoint exactly as the portal's Keys and Endpoint page or " +
			"`azurerm_cognitive_account.endpoint` shows it " +
			"(`https://japanwest.api.cognitive.microsoft.com/`, `https://my-speech.cognitiveservices.azure.cn/`). " +
			"It gives the cloud and the region or custom subdomain, which must agree with the other arguments. " +
			"A Foundry endpoint (`https://{name}.services.ai.azure.com/` or a project under it) gives " +
			"`resource_type = \"AIServices\"`. `https://{name}.openai.azure.com/` is accepted only with " +
			"`resource_type = \"AIServices\"`: a resource of kind OpenAI serves no Speech. " +
			"A pasted Speech API URL is accepted with a warning and only its host is used. Its query may hold only " +
			"the documented parameters (`api-version`, `model`, `language`, `deploymentId`...), since the argument is " +
			"kept in state; a bare host takes no query. " +
			"See [inputs and errors](" + inputsGuide + ").",
		short: "The resource endpoint, as `azurerm_cognitive_account.endpoint` or the portal shows it."},
	{setting: speech.SettingSubdomain, arg: "custom_subdomain_name", title: "Custom Subdomain Name",
		meaning: "resource's custom subdomain",
		field:   func(m *resourceInputModel) any { return &m.CustomSubdomainName },
		desc: "The resource's custom subdomain, as `azurerm_cognitive_account.custom_subdomain_name` gives it " +
			"(2-63 letters, digits and hyphens, not ending in a hyphen: a DNS label). Fills the `custom_domain` forms.",
		short: "The resource's custom subdomain (a DNS label)."},
	{setting: speech.SettingCloud, arg: argCloud, title: "Cloud",
		meaning: "cloud (\"public\", \"usgovernment\" or \"china\")",
		field:   func(m *resourceInputModel) any { return &m.Cloud },
		desc: "The Azure cloud of the resource: `public`, `usgovernment` or `china`, or the az CLI / ARM names " +
			"`AzureCloud`, `AzureUSGovernment`, `AzureChinaCloud`, in any case. " +
			"When omitted: the cloud `region` or `endpoint` implies (`chinaeast2` means `china`), else the " +
			"provider's `cloud`, else the `ARM_ENVIRONMENT` environment variable, else `public`. " +
			"A region outside the provider's table implies no cloud: see [inputs and errors](" + inputsGuide + ").",
		short: "The resource's cloud (`public`, `usgovernment` or `china`), inferred when omitted."},
	{setting: speech.SettingKind, arg: "resource_type", title: "Resource Type",
		meaning: "resource's ARM kind",
		field:   func(m *resourceInputModel) any { return &m.ResourceType },
		desc: "The ARM kind of the resource, as `azurerm_cognitive_account.kind` gives it, in any case: " +
			"`SpeechServices` (default; alias `Speech`), `CognitiveServices` (`multi-service`) or `AIServices` " +
			"(`AI Services`). Legacy kinds (`CustomSpeech`, `Bing.Speech`) are rejected. Only Voice Live depends on " +
			"it: on the Foundry name (`{name}.services.ai.azure.com`) of an `AIServices` resource.",
		short: "The resource's ARM kind (`SpeechServices` by default)."},
	{setting: speech.SettingPrivateEndpoint, arg: "private_endpoint", title: "Private Endpoint",
		meaning: "whether the resource is behind a private endpoint (true or false)",
		field:   func(m *resourceInputModel) any { return &m.PrivateEndpoint },
		desc: "Set to `true` when the resource is reached through a private endpoint or its network access is " +
			"restricted to selected networks: its regional hosts answer 401. " +
			"The top-level endpoints are then the custom-domain forms. " +
			"Microsoft's private-link page says a token request works only while network access is \"All networks\" " +
			"(Forbidden or BadRequest otherwise): use the key header, or plan and run from the allowed network. " +
			"Needs a custom subdomain (`custom_subdomain_name` or `endpoint`). Defaults to `false`.",
		short: "`true` for a resource behind a private endpoint or selected networks."},
	{setting: speech.SettingResourceID, arg: argResourceID, title: "Resource ID",
		meaning: "resource ID of the account (azurerm_cognitive_account.<name>.id)",
		field:   func(m *resourceInputModel) any { return &m.ResourceID },
		desc: "The account's Azure resource ID, as `azurerm_cognitive_account.id` gives it " +
			"(`/subscriptions/{id}/resourceGroups/{group}/providers/Microsoft.CognitiveServices/accounts/{name}`). " +
			"Fills `keyless.aad_token_prefix`, `keyless.resource_id` and `SPEECH_RESOURCE_ID`; `role_check` needs it. " +
			"A portal URL is refused with the ID it holds.",
		short: "The account's Azure resource ID (`azurerm_cognitive_account.id`)."},
	{setting: speech.SettingLocalAuth, arg: "local_auth_enabled", title: "Local Auth Enabled",
		meaning: "whether the resource takes keys (true or false)",
		field:   func(m *resourceInputModel) any { return &m.LocalAuthEnabled },
		desc: "As `azurerm_cognitive_account.local_auth_enabled`: `false` for a keyless resource (keys disabled, " +
			"Microsoft Entra ID tokens only). The top-level endpoints are then the custom-domain forms, where an Entra " +
			"token is accepted, and `app_settings` the keyless ones. Needs a custom subdomain, else the plan fails " +
			"before any call. Defaults to `true`.",
		short: "`false` for a keyless resource (`azurerm_cognitive_account.local_auth_enabled`)."},
}

// otherSettings are the settings that are not resource inputs: only their
// titles are needed.
var otherSettings = []settingWords{
	{setting: speech.SettingNone, title: "Value"},
	{setting: speech.SettingKey, title: "Speech Key"},
	{setting: speech.SettingPrincipalID, title: "Principal ID"},
}

// wordsBySetting finds a setting's words; every setting of the domain has
// a row (TestSettingsTable).
var wordsBySetting = func() map[speech.Setting]settingWords {
	m := map[speech.Setting]settingWords{}
	for _, rows := range [][]settingWords{resourceSettings, otherSettings} {
		for _, w := range rows {
			m[w.setting] = w
		}
	}
	return m
}()

// resourceArg is the argument of a resource input; false for a setting
// that is none.
func resourceArg(st speech.Setting) (string, bool) {
	w := wordsBySetting[st]
	return w.arg, w.arg != ""
}

// settingTitle is a setting's title, for summaries: "Region", "Custom Subdomain
// Name".
func settingTitle(st speech.Setting) string { return wordsBySetting[st].title }

// settingMeaning says what a setting holds.
func settingMeaning(st speech.Setting) string { return wordsBySetting[st].meaning }
