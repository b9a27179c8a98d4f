package provider

import (
	"context"

	dsschema "github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	epschema "github.com/hashicorp/terraform-plugin-framework/ephemeral/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// resourceInput is one argument that describes the Speech resource. Every
// data source and ephemeral resource that takes a resource takes all of
// them, with these descriptions: this table is their only definition.
type resourceInput struct {
	name    string
	boolean bool
	desc    string
}

var resourceInputs = []resourceInput{
	{name: speech.AttrRegion, desc: "The region of the Speech resource: an identifier or display name in any case and spacing (`japanwest`, `Japan West`, `JAPANWEST`, `India Central`), as `azurerm_cognitive_account.location` gives it. " +
		"The legacy US Government name `virginia` maps to `usgovvirginia` with a warning. A well-formed name outside the provider's Speech table (a region Speech opened after the table's date) is accepted with a warning, and `key_check` settles whether Speech answers there; a typo of a Speech region, a locale, `global`, a URL or a region Microsoft says lacks Speech is an error. At least one of `region` and `endpoint` is required."},
	{name: speech.AttrCloud, desc: "The Azure cloud of the resource: `public`, `usgovernment` or `china`, or the az CLI / ARM names `AzureCloud`, `AzureUSGovernment`, `AzureChinaCloud`, in any case. " +
		"When omitted it is inferred from `region` or `endpoint` (`chinaeast2` means `china`), else the provider's `cloud`."},
	{name: speech.AttrResourceType, desc: "The ARM kind of the resource, as `azurerm_cognitive_account.kind` gives it: `SpeechServices` (default), `CognitiveServices` (multi-service) or `AIServices`, case-insensitive, " +
		"or the aliases `Speech`, `multi-service`, `AI Services`. Legacy kinds (`CustomSpeech`, `Bing.Speech`) are rejected. The endpoints are the same for every kind."},
	{name: speech.AttrSubdomain, desc: "The resource's custom subdomain, as `azurerm_cognitive_account.custom_subdomain_name` gives it (2-63 letters, digits and hyphens, not ending in a hyphen: a DNS label). Fills the `custom_domain` forms."},
	{name: speech.AttrPrivateEndpoint, boolean: true, desc: "Set to `true` when the resource is reached through a private endpoint or its network access is restricted to selected networks. The recommended endpoints are then the custom-domain forms, which such a resource requires (its regional hosts answer 401). " +
		"Needs a custom subdomain from `custom_subdomain_name` or `endpoint`. Defaults to `false`."},
	{name: speech.AttrEndpoint, desc: "The resource endpoint exactly as the portal's Keys and Endpoint page or `azurerm_cognitive_account.endpoint` shows it (`https://japanwest.api.cognitive.microsoft.com/`, `https://my-speech.cognitiveservices.azure.cn/`). " +
		"It is parsed into cloud and region or custom subdomain, and must agree with the other arguments. A pasted token or speech URL is accepted with a warning. " +
		"An AI services (Foundry) resource's `https://{name}.services.ai.azure.com/` endpoint, or a project endpoint under it, gives the custom subdomain and `resource_type = \"AIServices\"`; " +
		"`https://{name}.openai.azure.com/` is accepted with `resource_type = \"AIServices\"` (a resource of kind OpenAI serves no Speech). US Gov Virginia's `https://virginia.api.cognitive.microsoft.us/` reads as `usgovvirginia`."},
}

// dataSourceInputAttributes adds the resource inputs to a data source's
// attributes.
func dataSourceInputAttributes(attrs map[string]dsschema.Attribute) map[string]dsschema.Attribute {
	for _, in := range resourceInputs {
		if in.boolean {
			attrs[in.name] = dsschema.BoolAttribute{Optional: true, MarkdownDescription: in.desc}
		} else {
			attrs[in.name] = dsschema.StringAttribute{Optional: true, MarkdownDescription: in.desc}
		}
	}
	return attrs
}

// ephemeralInputAttributes adds the resource inputs to an ephemeral
// resource's attributes.
func ephemeralInputAttributes(attrs map[string]epschema.Attribute) map[string]epschema.Attribute {
	for _, in := range resourceInputs {
		if in.boolean {
			attrs[in.name] = epschema.BoolAttribute{Optional: true, MarkdownDescription: in.desc}
		} else {
			attrs[in.name] = epschema.StringAttribute{Optional: true, MarkdownDescription: in.desc}
		}
	}
	return attrs
}

// resourceInputModel holds the resource inputs; models embed it.
type resourceInputModel struct {
	Region              types.String `tfsdk:"region"`
	Cloud               types.String `tfsdk:"cloud"`
	ResourceType        types.String `tfsdk:"resource_type"`
	CustomSubdomainName types.String `tfsdk:"custom_subdomain_name"`
	PrivateEndpoint     types.Bool   `tfsdk:"private_endpoint"`
	Endpoint            types.String `tfsdk:"endpoint"`
}

// input converts the inputs to the domain's. known is false when any of
// them is unknown during plan.
func (m resourceInputModel) input(data *providerData) (in speech.Input, known bool) {
	known = true
	str := func(v types.String) *string {
		switch {
		case v.IsUnknown():
			known = false
			return nil
		case v.IsNull():
			return nil
		}
		s := v.ValueString()
		return &s
	}
	in.Region = str(m.Region)
	in.Cloud = str(m.Cloud)
	in.ResourceType = str(m.ResourceType)
	in.Subdomain = str(m.CustomSubdomainName)
	in.Endpoint = str(m.Endpoint)
	if m.PrivateEndpoint.IsUnknown() {
		known = false
	}
	in.PrivateEndpoint = m.PrivateEndpoint.ValueBool()
	if data != nil {
		in.DefaultCloud, in.DefaultCloudSource = data.defaultCloud, data.defaultCloudSource
	}
	return in, known
}

// validate reports the errors of the inputs at validate time: the whole
// description when every value is known, else each known value alone
// (values known only at apply are never errors).
func (m resourceInputModel) validate(d *diag.Diagnostics) {
	in, known := m.input(nil)
	if known {
		_, fs := speech.Resolve(in)
		addFindings(d, errorsOnly(fs), nil)
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

// resolve resolves the inputs at read or open time, reporting every
// finding; ok is false when any is an error.
func (m resourceInputModel) resolve(data *providerData, d *diag.Diagnostics) (speech.Resolution, bool) {
	in, _ := m.input(data)
	res, fs := speech.Resolve(in)
	addFindings(d, fs, data)
	return res, !speech.HasErrors(fs)
}

func errorsOnly(fs []speech.Finding) []speech.Finding {
	var out []speech.Finding
	for _, f := range fs {
		if !f.Warning {
			out = append(out, f)
		}
	}
	return out
}

// attributeGetter is tfsdk.Config's GetAttribute.
type attributeGetter interface {
	GetAttribute(ctx context.Context, p path.Path, target any) diag.Diagnostics
}

// readInputs reads only the resource inputs of a configuration, one
// attribute at a time: a plan validates and reads every data source, and
// the framework's reflection over a whole model costs more than the rest
// of the work.
func readInputs(ctx context.Context, cfg attributeGetter) (resourceInputModel, diag.Diagnostics) {
	var m resourceInputModel
	var diags diag.Diagnostics
	for _, in := range []struct {
		name   string
		target any
	}{
		{speech.AttrRegion, &m.Region}, {speech.AttrCloud, &m.Cloud}, {speech.AttrResourceType, &m.ResourceType},
		{speech.AttrSubdomain, &m.CustomSubdomainName}, {speech.AttrPrivateEndpoint, &m.PrivateEndpoint}, {speech.AttrEndpoint, &m.Endpoint},
	} {
		diags.Append(cfg.GetAttribute(ctx, path.Root(in.name), in.target)...)
	}
	return m, diags
}
