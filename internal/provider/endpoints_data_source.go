package provider

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

var (
	_ datasource.DataSourceWithConfigure      = &endpointsDataSource{}
	_ datasource.DataSourceWithValidateConfig = &endpointsDataSource{}
)

// NewEndpointsDataSource is the constructor of data "speechendpoints".
func NewEndpointsDataSource() datasource.DataSource { return &endpointsDataSource{} }

type endpointsDataSource struct {
	data *providerData
}

func (d *endpointsDataSource) Metadata(
	_ context.Context,
	req datasource.MetadataRequest,
	resp *datasource.MetadataResponse,
) {
	resp.TypeName = req.ProviderTypeName
}

func (d *endpointsDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	attrs := dataSourceInputAttributes(map[string]schema.Attribute{
		"id": schema.StringAttribute{Computed: true, MarkdownDescription: "A deterministic identifier: " +
			"`cloud/region/custom_subdomain` (empty parts for unknown ones), " +
			"with `/private` for a private endpoint."},
		"cloud_name": schema.StringAttribute{Computed: true, MarkdownDescription: "The canonical cloud: `public`, " +
			"`usgovernment` or `china`."},
		"region_name": schema.StringAttribute{Computed: true, MarkdownDescription: "The normalised region identifier " +
			"(`japanwest`). Null when only a custom-domain endpoint was given."},
		"region_display_name": schema.StringAttribute{
			Computed: true,
			MarkdownDescription: "The region's display name " +
				"(`Japan West`). Null when no region is known, or the region is " +
				"outside the provider's Speech table.",
		},
		"resource_type_name": schema.StringAttribute{Computed: true, MarkdownDescription: "The canonical ARM kind: " +
			"`SpeechServices`, `CognitiveServices` or `AIServices`."},
		"regional": endpointsNested("Every endpoint in its regional form (`{region}.api.cognitive...`, "+
			"`{region}.tts.speech...`). Null when no region is known. "+
			"The top-level endpoints are this form, except in the cases `custom_domain` names.", formRegional),
		"custom_domain": endpointsNested("Every endpoint in its custom-domain form (`{name}.cognitiveservices...`); "+
			"null without a custom subdomain. The top-level endpoints take this form when `private_endpoint = true`, "+
			"`local_auth_enabled = false` or no region is known, and `voice_live_endpoint` always. "+
			"Otherwise they take the regional form: without a private endpoint, REST calls to a custom-domain "+
			"resource \"have no differences from the general case\" (Microsoft's private-link page). "+
			"In the sovereign clouds these forms are derived, not confirmed by Microsoft documentation.",
			formCustomDomain),
		"features": schema.SingleNestedAttribute{
			Computed: true,
			MarkdownDescription: "What the region offers, as Microsoft documents it: " + featureNames() + ". " +
				"Each is `true` available, `false` unavailable, null where no page says. Null when no region is known, " +
				"or the region is outside the provider's Speech table. The pages behind each value: " +
				"[`speechendpoints_regions`](regions.md#nestedatt--regions--features).",
			Attributes: featureSchema(false),
		},
		"key_check_result":  keyCheckResultSchema(),
		argKeyless:          keylessSchema(),
		argEntraCheckResult: entraCheckResultSchema(),
		argRoleCheckResult:  roleCheckResultSchema(),
		"app_settings": schema.MapAttribute{
			Computed:    true,
			ElementType: types.StringType,
			MarkdownDescription: "Conventional names to values for app settings or a Kubernetes secret, never a key: " +
				"`SPEECH_REGION` (when known), `SPEECH_ENDPOINT` (the resource endpoint), `SPEECH_TOKEN_ENDPOINT`, " +
				"`SPEECH_TTS_ENDPOINT`, `SPEECH_VOICES_ENDPOINT`, `SPEECH_STT_ENDPOINT` (as the top-level endpoints). " +
				"With `local_auth_enabled = false`, `keyless.app_settings`.",
		},
	}, "")
	for _, a := range endpointAttrs {
		attrs[a.name] = schema.StringAttribute{Computed: true, MarkdownDescription: a.desc}
	}
	formMapSchema(attrs)
	resp.Schema = schema.Schema{
		MarkdownDescription: "Computes every Azure AI Speech endpoint (token, text to speech, voices list, speech to " +
			"text, websockets, REST APIs) from the resource's cloud, region, kind and custom subdomain or portal " +
			"endpoint. It rejects impossible inputs with a message that says what to write instead. " +
			"Without a check block it makes no network call. `key_check` checks a key during plan, `entra_check` " +
			"the identity the plan runs as (keyless access), `role_check` the application's role assignments.",
		Attributes: attrs,
		Blocks: map[string]schema.Block{"key_check": keyCheckSchema(), argEntraCheck: entraCheckSchema(),
			argRoleCheck: roleCheckSchema()},
	}
}

func (d *endpointsDataSource) Configure(
	_ context.Context,
	req datasource.ConfigureRequest,
	resp *datasource.ConfigureResponse,
) {
	d.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

// providerDataFrom is the Configure step shared by data sources and
// ephemeral resources: nil until the provider is configured.
func providerDataFrom(v any, diags *diag.Diagnostics) *providerData {
	if v == nil {
		return nil
	}
	data, ok := v.(*providerData)
	if !ok {
		diags.AddError("Unexpected Provider Data", fmt.Sprintf("Expected *providerData, got %T. Please report this "+
			"issue to the provider developers.", v))
	}
	return data
}

// readConfig reads the arguments of the data source (its inputs and
// key_check), attribute by attribute; see readInputs.
func readConfig(ctx context.Context, cfg attributeGetter) (endpointsDataSourceModel, diag.Diagnostics) {
	var m endpointsDataSourceModel
	var diags diag.Diagnostics
	m.resourceInputModel, diags = readInputs(ctx, cfg)
	diags.Append(cfg.GetAttribute(ctx, path.Root("key_check"), &m.KeyCheck)...)
	diags.Append(cfg.GetAttribute(ctx, path.Root(argEntraCheck), &m.EntraCheck)...)
	diags.Append(cfg.GetAttribute(ctx, path.Root(argRoleCheck), &m.RoleCheck)...)
	return m, diags
}

func (d *endpointsDataSource) ValidateConfig(
	ctx context.Context,
	req datasource.ValidateConfigRequest,
	resp *datasource.ValidateConfigResponse,
) {
	m, diags := readConfig(ctx, req.Config)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	m.validate(dataSourceWords(nil), &resp.Diagnostics)
	validateKeyCheck(ctx, m.KeyCheck, &resp.Diagnostics)
	validateKeyless(ctx, m, &resp.Diagnostics)
}

func (d *endpointsDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	m, diags := readConfig(ctx, req.Config)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	kc, diags := readKeyCheck(ctx, m.KeyCheck)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	words := dataSourceWords(d.data)
	// Every word of the read passes the keys' redaction, the
	// configuration's problems included, and no input may hold a key: the
	// id holds the inputs.
	own := types.StringNull()
	if kc != nil {
		own, words.checksKey = kc.Key, true
	}
	k := d.data.keyed(ctx, own, sink{diags: &resp.Diagnostics})
	res, ok := m.resolve(words, d.data, k.out)
	if !ok {
		return
	}
	if kc == nil && !k.inputsClean(res, words) {
		return
	}
	m.setResolution(res)
	blocks, ok := m.keylessBlocks(ctx, res, words, &resp.Diagnostics)
	if !ok {
		return
	}
	var checkDiags diag.Diagnostics
	k.out.diags = &checkDiags
	if kc != nil {
		m.KeyCheckResult = runKeyCheck(kc, k, res, words)
	}
	m.runKeylessChecks(k, blocks, res)
	// The result is in the state before any error of the check is added.
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
	resp.Diagnostics.Append(checkDiags...)
}

// endpointsDataSourceModel is data "speechendpoints".
type endpointsDataSourceModel struct {
	resourceInputModel
	KeyCheck   types.Object `tfsdk:"key_check"`
	EntraCheck types.Object `tfsdk:"entra_check"`
	RoleCheck  types.Object `tfsdk:"role_check"`

	ID                types.String `tfsdk:"id"`
	CloudName         types.String `tfsdk:"cloud_name"`
	RegionName        types.String `tfsdk:"region_name"`
	RegionDisplayName types.String `tfsdk:"region_display_name"`
	ResourceTypeName  types.String `tfsdk:"resource_type_name"`
	// The recommended form, at the top level.
	endpointsModel
	// The nested objects are built from their attribute tables (objects.go)
	// rather than reflected from structs: the framework's reflection costs
	// more than the whole computation, and a plan reads many data sources.
	Regional         types.Object           `tfsdk:"regional"`
	CustomDomain     types.Object           `tfsdk:"custom_domain"`
	Features         types.Object           `tfsdk:"features"`
	AppSettings      map[string]string      `tfsdk:"app_settings"`
	KeyCheckResult   *keyCheckResultModel   `tfsdk:"key_check_result"`
	Keyless          types.Object           `tfsdk:"keyless"`
	EntraCheckResult *entraCheckResultModel `tfsdk:"entra_check_result"`
	RoleCheckResult  *roleCheckResultModel  `tfsdk:"role_check_result"`
}

// setResolution fills every computed attribute but the key check's.
func (m *endpointsDataSourceModel) setResolution(res speech.Resolution) {
	m.ID = types.StringValue(res.ID())
	m.CloudName = types.StringValue(res.Cloud.Name)
	m.ResourceTypeName = types.StringValue(res.Kind.Name)
	m.RegionName, m.RegionDisplayName = types.StringNull(), types.StringNull()
	if res.Region != nil {
		m.RegionName = types.StringValue(res.Region.Name)
		m.RegionDisplayName = optString(res.Region.DisplayName)
	}
	m.endpointsModel = newEndpointsModel(res.Recommended)
	m.ResourceEndpoint = types.StringValue(res.ResourceEndpoint)
	m.Regional = endpointsObject(res.Regional)
	m.CustomDomain = endpointsObject(res.CustomDomain)
	m.Features = featuresObject(res.Region)
	m.AppSettings = res.AppSettings()
	m.Keyless = keylessObject(res)
}
