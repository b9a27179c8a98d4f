package provider

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
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

func (d *endpointsDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName
}

func endpointsNested(desc string) schema.SingleNestedAttribute {
	attrs := make(map[string]schema.Attribute, len(endpointAttrs))
	for _, a := range endpointAttrs {
		attrs[a.name] = schema.StringAttribute{Computed: true, MarkdownDescription: a.desc}
	}
	return schema.SingleNestedAttribute{Computed: true, MarkdownDescription: desc, Attributes: attrs}
}

func (d *endpointsDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	attrs := map[string]schema.Attribute{
		"region": schema.StringAttribute{
			Optional: true,
			MarkdownDescription: "The region of the Speech resource: an identifier or display name in any case and spacing (`japanwest`, `Japan West`, `JAPANWEST`, `India Central`), as `azurerm_cognitive_account.location` gives it. " +
				"The legacy US Government name `virginia` maps to `usgovvirginia` with a warning. At least one of `region` and `endpoint` is required.",
		},
		"cloud": schema.StringAttribute{
			Optional: true,
			MarkdownDescription: "The Azure cloud of the resource: `public`, `usgovernment` or `china`, or the az CLI / ARM names `AzureCloud`, `AzureUSGovernment`, `AzureChinaCloud`, in any case. " +
				"When omitted it is inferred from `region` or `endpoint` (`chinaeast2` means `china`), else the provider's `cloud`.",
		},
		"resource_type": schema.StringAttribute{
			Optional: true,
			MarkdownDescription: "The ARM kind of the resource, as `azurerm_cognitive_account.kind` gives it: `SpeechServices` (default), `CognitiveServices` (multi-service) or `AIServices`, case-insensitive, " +
				"or the aliases `Speech`, `multi-service`, `AI Services`. Legacy kinds (`CustomSpeech`, `Bing.Speech`) are rejected. The endpoints are the same for every kind.",
		},
		"custom_subdomain_name": schema.StringAttribute{
			Optional:            true,
			MarkdownDescription: "The resource's custom subdomain, as `azurerm_cognitive_account.custom_subdomain_name` gives it (2-64 letters, digits and hyphens, not ending in a hyphen). Fills the `custom_domain` forms.",
		},
		"private_endpoint": schema.BoolAttribute{
			Optional: true,
			MarkdownDescription: "Set to `true` when the resource is reached through a private endpoint or its network access is restricted to selected networks. The recommended endpoints are then the custom-domain forms, which such a resource requires (its regional hosts answer 401). " +
				"Needs a custom subdomain from `custom_subdomain_name` or `endpoint`. Defaults to `false`.",
		},
		"endpoint": schema.StringAttribute{
			Optional: true,
			MarkdownDescription: "The resource endpoint exactly as the portal's Keys and Endpoint page or `azurerm_cognitive_account.endpoint` shows it (`https://japanwest.api.cognitive.microsoft.com/`, `https://my-speech.cognitiveservices.azure.cn/`). " +
				"It is parsed into cloud and region or custom subdomain, and must agree with the other arguments. A pasted token or speech URL is accepted with a warning.",
		},

		"id":                  schema.StringAttribute{Computed: true, MarkdownDescription: "A deterministic identifier: `cloud/region/custom_subdomain` (empty parts for unknown ones), with `/private` for a private endpoint."},
		"cloud_name":          schema.StringAttribute{Computed: true, MarkdownDescription: "The canonical cloud: `public`, `usgovernment` or `china`."},
		"region_name":         schema.StringAttribute{Computed: true, MarkdownDescription: "The normalised region identifier (`japanwest`). Null when only a custom-domain endpoint was given."},
		"region_display_name": schema.StringAttribute{Computed: true, MarkdownDescription: "The region's display name (`Japan West`). Null when no region is known."},
		"resource_type_name":  schema.StringAttribute{Computed: true, MarkdownDescription: "The canonical ARM kind: `SpeechServices`, `CognitiveServices` or `AIServices`."},
		"regional":            endpointsNested("Every endpoint in its regional form (`{region}.api.cognitive...`, `{region}.tts.speech...`). Null when no region is known."),
		"custom_domain":       endpointsNested("Every endpoint in its custom-domain form (`{name}.cognitiveservices...`). Null when no custom subdomain is known. In the sovereign clouds these forms are derived, not confirmed by Microsoft documentation."),
		"features": schema.SingleNestedAttribute{
			Computed:            true,
			MarkdownDescription: "What the region offers, from the Speech regions table. Null when no region is known.",
			Attributes:          featureSchema(),
		},
		"key_check":        keyCheckSchema(),
		"key_check_result": keyCheckResultSchema(),
		"app_settings": schema.MapAttribute{
			Computed:    true,
			ElementType: types.StringType,
			MarkdownDescription: "Conventional names to values, ready for app settings or a Kubernetes secret: `SPEECH_REGION` (absent when no region is known), `SPEECH_ENDPOINT` (the resource endpoint), " +
				"`SPEECH_TOKEN_ENDPOINT`, `SPEECH_TTS_ENDPOINT`, `SPEECH_VOICES_ENDPOINT`, `SPEECH_STT_ENDPOINT` (the recommended forms). Never a key.",
		},
	}
	for _, a := range endpointAttrs {
		desc := "Recommended form: " + a.desc + " The regional form, except the custom-domain form when `private_endpoint = true` or when no region is known."
		if a.name == "resource_endpoint" {
			desc = "The resource endpoint as the portal shows it: the custom domain when the resource has a custom subdomain, else the regional endpoint."
		}
		attrs[a.name] = schema.StringAttribute{Computed: true, MarkdownDescription: desc}
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "Computes every Azure AI Speech endpoint (token, text to speech, voices list, speech to text, websockets, REST APIs) from cloud, region, resource type and optional custom subdomain or portal endpoint, and rejects impossible inputs with a message that says what to write instead. " +
			"Without `key_check` no network call is made; with it, the key is checked against the real endpoints during plan.",
		Attributes: attrs,
	}
}

func featureSchema() map[string]schema.Attribute {
	m := make(map[string]schema.Attribute, len(featureAttrs))
	for _, a := range featureAttrs {
		m[a.name] = schema.BoolAttribute{Computed: true, MarkdownDescription: a.desc}
	}
	return m
}

func (d *endpointsDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
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
		diags.AddError("Unexpected Provider Data", fmt.Sprintf("Expected *providerData, got %T. Please report this issue to the provider developers.", v))
	}
	return data
}

// readInput reads the resource description from configuration. known is
// false when any argument is unknown during plan.
func readInput(ctx context.Context, cfg tfsdk.Config, data *providerData) (in speech.Input, known bool, diags diag.Diagnostics) {
	known = true
	str := func(name string) *string {
		var v types.String
		diags.Append(cfg.GetAttribute(ctx, path.Root(name), &v)...)
		if v.IsUnknown() {
			known = false
			return nil
		}
		if v.IsNull() {
			return nil
		}
		s := v.ValueString()
		return &s
	}
	in.Region = str("region")
	in.Cloud = str("cloud")
	in.ResourceType = str("resource_type")
	in.Subdomain = str("custom_subdomain_name")
	in.Endpoint = str("endpoint")
	var pe types.Bool
	diags.Append(cfg.GetAttribute(ctx, path.Root("private_endpoint"), &pe)...)
	if pe.IsUnknown() {
		known = false
	}
	in.PrivateEndpoint = pe.ValueBool()
	if data != nil {
		in.DefaultCloud, in.DefaultCloudSource = data.defaultCloud, data.defaultCloudSource
	}
	return in, known, diags
}

func (d *endpointsDataSource) ValidateConfig(ctx context.Context, req datasource.ValidateConfigRequest, resp *datasource.ValidateConfigResponse) {
	validateInput(ctx, req.Config, &resp.Diagnostics)
}

// validateInput reports the errors of a resource description at validate
// time: the whole description when every value is known, else each known
// value alone (values known only at apply are never errors).
func validateInput(ctx context.Context, cfg tfsdk.Config, d *diag.Diagnostics) {
	in, known, diags := readInput(ctx, cfg, nil)
	d.Append(diags...)
	if d.HasError() {
		return
	}
	if known {
		addFindings(d, errorsOnly(speech.Resolve(in)))
		return
	}
	check := func(attrName string, v *string, parse func(string) error) {
		if v != nil {
			if err := parse(*v); err != nil {
				addInputError(d, path.Root(attrName), err)
			}
		}
	}
	check(speech.AttrRegion, in.Region, func(s string) error { _, err := speech.ParseRegion(s); return err })
	check(speech.AttrCloud, in.Cloud, func(s string) error { _, err := speech.ParseCloud(s); return err })
	check(speech.AttrResourceType, in.ResourceType, func(s string) error { _, err := speech.ParseKind(s); return err })
	check(speech.AttrSubdomain, in.Subdomain, func(s string) error { _, err := speech.ParseSubdomain(s); return err })
	check(speech.AttrEndpoint, in.Endpoint, func(s string) error { _, err := speech.ParseEndpoint(s); return err })
}

func errorsOnly(_ speech.Resolution, fs []speech.Finding) []speech.Finding {
	var out []speech.Finding
	for _, f := range fs {
		if !f.Warning {
			out = append(out, f)
		}
	}
	return out
}

func (d *endpointsDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	in, _, diags := readInput(ctx, req.Config, d.data)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	res, fs := speech.Resolve(in)
	addFindings(&resp.Diagnostics, fs)
	if resp.Diagnostics.HasError() {
		return
	}
	// One state write for every attribute: the framework's per-attribute
	// SetAttribute costs more than the whole computation.
	var cfg types.Object
	resp.Diagnostics.Append(req.Config.Get(ctx, &cfg)...)
	if resp.Diagnostics.HasError() {
		return
	}
	vals := make(map[string]attr.Value, len(cfg.Attributes())+1)
	for k, v := range cfg.Attributes() {
		vals[k] = v
	}
	resolutionValues(vals, res)
	result, checkDiags := runKeyCheck(ctx, req.Config, d.data, res)
	vals["key_check_result"] = result
	obj, diags := types.ObjectValue(cfg.AttributeTypes(ctx), vals)
	resp.Diagnostics.Append(diags...)
	if !resp.Diagnostics.HasError() {
		resp.Diagnostics.Append(resp.State.Set(ctx, obj)...)
	}
	// The result is in the state before any error of the check is added.
	resp.Diagnostics.Append(checkDiags...)
}

// resolutionValues writes every computed attribute of a resolution into
// vals (the data source's attribute values by name).
func resolutionValues(vals map[string]attr.Value, res speech.Resolution) {
	vals["id"] = types.StringValue(res.ID())
	vals["cloud_name"] = types.StringValue(res.Cloud.Name)
	vals["resource_type_name"] = types.StringValue(res.Kind.Name)
	vals["region_name"], vals["region_display_name"] = types.StringNull(), types.StringNull()
	if res.Region != nil {
		vals["region_name"] = types.StringValue(res.Region.Name)
		vals["region_display_name"] = types.StringValue(res.Region.DisplayName)
	}
	for _, a := range endpointAttrs {
		vals[a.name] = optString(a.get(res.Recommended))
	}
	vals["resource_endpoint"] = types.StringValue(res.ResourceEndpoint)
	vals["regional"] = endpointsObject(res.Regional)
	vals["custom_domain"] = endpointsObject(res.CustomDomain)
	vals["features"] = featuresObject(res.Region)

	settings := map[string]attr.Value{}
	for k, v := range res.AppSettings() {
		settings[k] = types.StringValue(v)
	}
	vals["app_settings"] = types.MapValueMust(types.StringType, settings)
}
