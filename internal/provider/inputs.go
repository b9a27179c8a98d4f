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
// them: this table is their only definition.
type resourceInput struct {
	name    string
	boolean bool
	desc    string
	// withDomain is added to desc where the surface has a custom_domain
	// object (data "speechendpoints").
	withDomain string
}

var resourceInputs = []resourceInput{
	{name: argRegion, desc: "The region of the Speech resource: an identifier or display name in any case and spacing (`japanwest`, `Japan West`, `JAPANWEST`, `India Central`), " +
		"as `azurerm_cognitive_account.location` gives it. The legacy US Government name `virginia` maps to `usgovvirginia` with a warning. " +
		"A well-formed name outside the provider's Speech table (a region Speech opened after the table's date) is accepted with a warning, and a call with the key " +
		"(`key_check`, the voices list, a token) settles whether Speech answers there; a typo of a Speech region, a locale, `global`, a URL, a value shaped like a key or a region " +
		"Microsoft says lacks Speech is an error. At least one of `region` and `endpoint` is required."},
	{name: argCloud, desc: "The Azure cloud of the resource: `public`, `usgovernment` or `china`, or the az CLI / ARM names `AzureCloud`, `AzureUSGovernment`, `AzureChinaCloud`, in any case. " +
		"When omitted it is inferred from `region` or `endpoint` (`chinaeast2` means `china`), else the provider's `cloud`."},
	{name: argResourceType, desc: "The ARM kind of the resource, as `azurerm_cognitive_account.kind` gives it: `SpeechServices` (default), `CognitiveServices` (multi-service) or `AIServices`, " +
		"case-insensitive, or the aliases `Speech`, `multi-service`, `AI Services`. Legacy kinds (`CustomSpeech`, `Bing.Speech`) are rejected. The endpoints are the same for every kind, " +
		"except Voice Live, which is on the Foundry name (`{name}.services.ai.azure.com`) of an `AIServices` resource."},
	{name: argSubdomain, desc: "The resource's custom subdomain, as `azurerm_cognitive_account.custom_subdomain_name` gives it " +
		"(2-63 letters, digits and hyphens, not ending in a hyphen: a DNS label).", withDomain: " Fills the `custom_domain` forms."},
	{name: argPrivateEndpoint, boolean: true, desc: "Set to `true` when the resource is reached through a private endpoint or its network access is restricted to selected networks. " +
		"The recommended endpoints are then the custom-domain forms, which such a resource requires (its regional hosts answer 401). " +
		"Microsoft's private-link page says a token request to such a resource works only when its network access is \"All networks\" (Forbidden or BadRequest otherwise): " +
		"use the key header, or plan and run from the allowed network. Needs a custom subdomain from `custom_subdomain_name` or `endpoint`. Defaults to `false`."},
	{name: argEndpoint, desc: "The resource endpoint exactly as the portal's Keys and Endpoint page or `azurerm_cognitive_account.endpoint` shows it " +
		"(`https://japanwest.api.cognitive.microsoft.com/`, `https://my-speech.cognitiveservices.azure.cn/`). " +
		"It is parsed into cloud and region or custom subdomain, and must agree with the other arguments. A pasted token or speech URL is accepted with a warning. " +
		"An AI services (Foundry) resource's `https://{name}.services.ai.azure.com/` endpoint, or a project endpoint under it, gives the custom subdomain and `resource_type = \"AIServices\"`; " +
		"`https://{name}.openai.azure.com/` is accepted with `resource_type = \"AIServices\"` (a resource of kind OpenAI serves no Speech). " +
		"US Gov Virginia's `https://virginia.api.cognitive.microsoft.us/` reads as `usgovvirginia`."},
}

// dataSourceInputAttributes adds the resource inputs to a data source's
// attributes; withDomain for a surface with a custom_domain object.
func dataSourceInputAttributes(attrs map[string]dsschema.Attribute, withDomain bool) map[string]dsschema.Attribute {
	for _, in := range resourceInputs {
		desc := in.desc
		if withDomain {
			desc += in.withDomain
		}
		if in.boolean {
			attrs[in.name] = dsschema.BoolAttribute{Optional: true, MarkdownDescription: desc}
		} else {
			attrs[in.name] = dsschema.StringAttribute{Optional: true, MarkdownDescription: desc}
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
	in.Kind = str(m.ResourceType)
	in.Subdomain = str(m.CustomSubdomainName)
	in.Endpoint = str(m.Endpoint)
	if m.PrivateEndpoint.IsUnknown() {
		known = false
	}
	in.PrivateEndpoint = m.PrivateEndpoint.ValueBool()
	if data != nil {
		in.Default = data.defaultCloud
	}
	return in, known
}

// validate reports the errors of the inputs at validate time: the whole
// description when every value is known, else each known value alone
// (values known only at apply are never errors).
func (m resourceInputModel) validate(w surface, d *diag.Diagnostics) {
	out := sink{diags: d}
	in, known := m.input(nil)
	if known {
		_, ps := speech.Resolve(in)
		out.problems(w, speech.Errors(ps), nil)
		return
	}
	check := func(v *string, parse func(string) *speech.Problem) {
		if v != nil {
			if p := parse(*v); p != nil {
				out.problems(w, []speech.Problem{*p}, nil)
			}
		}
	}
	first := func(ps []speech.Problem) *speech.Problem {
		if errs := speech.Errors(ps); len(errs) > 0 {
			return &errs[0]
		}
		return nil
	}
	check(in.Region, func(s string) *speech.Problem { _, ps := speech.ParseRegion(s); return first(ps) })
	check(in.Cloud, func(s string) *speech.Problem { _, p := speech.ParseCloud(s); return p })
	check(in.Kind, func(s string) *speech.Problem { _, p := speech.ParseKind(s); return p })
	check(in.Subdomain, func(s string) *speech.Problem { _, p := speech.ParseSubdomain(s); return p })
	check(in.Endpoint, func(s string) *speech.Problem { _, ps := speech.ParseEndpoint(s); return first(ps) })
}

// resolve resolves the inputs at read or open time, reporting every
// problem through out; ok is false when any is an error.
func (m resourceInputModel) resolve(w surface, data *providerData, out sink) (speech.Resolution, bool) {
	in, _ := m.input(data)
	res, ps := speech.Resolve(in)
	out.problems(w, ps, data)
	return res, !speech.HasErrors(ps)
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
		{argRegion, &m.Region}, {argCloud, &m.Cloud}, {argResourceType, &m.ResourceType},
		{argSubdomain, &m.CustomSubdomainName}, {argPrivateEndpoint, &m.PrivateEndpoint}, {argEndpoint, &m.Endpoint},
	} {
		diags.Append(cfg.GetAttribute(ctx, path.Root(in.name), in.target)...)
	}
	return m, diags
}
