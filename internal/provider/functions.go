package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

var (
	_ function.Function = &endpointsFunction{}
	_ function.Function = &customDomainFunction{}
	_ function.Function = &parseEndpointFunction{}
	_ function.Function = &regionFunction{}
)

// argError reports a domain error on argument i. Domain errors are
// already written for a person (summary, then what to write instead).
func argError(ctx context.Context, i int, name string, err error) *function.FuncError {
	tflog.Debug(ctx, "function argument rejected", map[string]any{"argument": name})
	return function.NewArgumentFuncError(int64(i), err.Error())
}

// --- endpoints(cloud, region) ---

type endpointsFunction struct{}

// NewEndpointsFunction is provider::speechendpoints::endpoints.
func NewEndpointsFunction() function.Function { return &endpointsFunction{} }

func (f *endpointsFunction) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = "endpoints"
}

func (f *endpointsFunction) Definition(_ context.Context, _ function.DefinitionRequest, resp *function.DefinitionResponse) {
	resp.Definition = function.Definition{
		Summary:             "Every regional Speech endpoint of a cloud and region",
		MarkdownDescription: "Returns the same object as the `speechendpoints` data source's `regional` attribute: every Speech endpoint in its regional form. Pure: no network call.",
		Parameters: []function.Parameter{
			function.StringParameter{Name: "cloud", MarkdownDescription: "`public`, `usgovernment`, `china` (or an az CLI name), or `\"\"` to infer it from the region."},
			function.StringParameter{Name: "region", MarkdownDescription: "A region identifier or display name in any case and spacing (`japanwest`, `Japan West`)."},
		},
		Return: function.ObjectReturn{AttributeTypes: endpointAttrTypes()},
	}
}

func (f *endpointsFunction) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	var cloud, region string
	resp.Error = req.Arguments.Get(ctx, &cloud, &region)
	if resp.Error != nil {
		return
	}
	in := speech.Input{Region: &region}
	if cloud != "" {
		in.Cloud = &cloud
	}
	res, fs := speech.Resolve(in)
	for _, fd := range fs {
		if fd.Warning {
			continue
		}
		arg := 1
		if fd.Attribute == speech.AttrCloud {
			arg = 0
		}
		resp.Error = function.NewArgumentFuncError(int64(arg), fd.Summary+": "+fd.Detail)
		return
	}
	resp.Error = resp.Result.Set(ctx, endpointsObject(res.Regional))
}

// --- custom_domain_endpoints(cloud, custom_subdomain_name) ---

type customDomainFunction struct{}

// NewCustomDomainFunction is provider::speechendpoints::custom_domain_endpoints.
func NewCustomDomainFunction() function.Function { return &customDomainFunction{} }

func (f *customDomainFunction) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = "custom_domain_endpoints"
}

func (f *customDomainFunction) Definition(_ context.Context, _ function.DefinitionRequest, resp *function.DefinitionResponse) {
	resp.Definition = function.Definition{
		Summary: "Every custom-domain Speech endpoint of a resource",
		MarkdownDescription: "Returns the same object as the `speechendpoints` data source's `custom_domain` attribute: every Speech endpoint on the resource's custom domain, the forms a resource behind a private endpoint requires. " +
			"`stt_host`, `tts_host` and `custom_voice_endpoint` are null (see the data source). In the sovereign clouds these forms are derived from Microsoft's documented rule, not confirmed. Pure: no network call.",
		Parameters: []function.Parameter{
			function.StringParameter{Name: "cloud", MarkdownDescription: "`public`, `usgovernment` or `china` (or an az CLI name). Required: a custom subdomain does not tell its cloud."},
			function.StringParameter{Name: "custom_subdomain_name", MarkdownDescription: "The resource's custom subdomain, as `azurerm_cognitive_account.custom_subdomain_name` gives it."},
		},
		Return: function.ObjectReturn{AttributeTypes: endpointAttrTypes()},
	}
}

func (f *customDomainFunction) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	var cloudName, name string
	resp.Error = req.Arguments.Get(ctx, &cloudName, &name)
	if resp.Error != nil {
		return
	}
	if cloudName == "" {
		resp.Error = function.NewArgumentFuncError(0, `Cloud Required: a custom subdomain does not tell its cloud. Give "public", "usgovernment" or "china".`)
		return
	}
	c, err := speech.ParseCloud(cloudName)
	if err != nil {
		resp.Error = argError(ctx, 0, "cloud", err)
		return
	}
	sub, err := speech.ParseSubdomain(name)
	if err != nil {
		resp.Error = argError(ctx, 1, "custom_subdomain_name", err)
		return
	}
	e := speech.CustomDomainEndpoints(c, sub)
	resp.Error = resp.Result.Set(ctx, endpointsObject(&e))
}

// --- parse_endpoint(endpoint) ---

type parseEndpointFunction struct{}

// NewParseEndpointFunction is provider::speechendpoints::parse_endpoint.
func NewParseEndpointFunction() function.Function { return &parseEndpointFunction{} }

var parsedEndpointTypes = map[string]attr.Type{
	"cloud":                 types.StringType,
	"region":                types.StringType,
	"custom_subdomain_name": types.StringType,
}

func (f *parseEndpointFunction) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = "parse_endpoint"
}

func (f *parseEndpointFunction) Definition(_ context.Context, _ function.DefinitionRequest, resp *function.DefinitionResponse) {
	resp.Definition = function.Definition{
		Summary: "Cloud, region or custom subdomain of a resource endpoint URL",
		MarkdownDescription: "Reads a resource endpoint as the portal's Keys and Endpoint page or `azurerm_cognitive_account.endpoint` shows it and returns `{cloud, region, custom_subdomain_name}`; " +
			"`region` is null for a custom-domain endpoint and `custom_subdomain_name` null for a regional one. A token or speech URL is accepted (its host is read).",
		Parameters: []function.Parameter{
			function.StringParameter{Name: "endpoint", MarkdownDescription: "The resource endpoint URL, for example `https://japanwest.api.cognitive.microsoft.com/`."},
		},
		Return: function.ObjectReturn{AttributeTypes: parsedEndpointTypes},
	}
}

func (f *parseEndpointFunction) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	var raw string
	resp.Error = req.Arguments.Get(ctx, &raw)
	if resp.Error != nil {
		return
	}
	p, err := speech.ParseEndpoint(raw)
	if err != nil {
		resp.Error = argError(ctx, 0, "endpoint", err)
		return
	}
	resp.Error = resp.Result.Set(ctx, types.ObjectValueMust(parsedEndpointTypes, map[string]attr.Value{
		"cloud":                 types.StringValue(p.Cloud),
		"region":                optString(p.Region),
		"custom_subdomain_name": optString(p.Subdomain),
	}))
}

// --- region(name) ---

type regionFunction struct{}

// NewRegionFunction is provider::speechendpoints::region.
func NewRegionFunction() function.Function { return &regionFunction{} }

func (f *regionFunction) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = "region"
}

func (f *regionFunction) Definition(_ context.Context, _ function.DefinitionRequest, resp *function.DefinitionResponse) {
	resp.Definition = function.Definition{
		Summary:             "The normalised identifier of a Speech region",
		MarkdownDescription: "Returns the identifier (`japanwest`) of a Speech region given as an identifier or display name in any case and spacing (`Japan West`, `JAPANWEST`, `India Central`). The legacy name `virginia` gives `usgovvirginia`. A name that is not a Speech region is an error that suggests the nearest names.",
		Parameters: []function.Parameter{
			function.StringParameter{Name: "name", MarkdownDescription: "A region identifier or display name."},
		},
		Return: function.StringReturn{},
	}
}

func (f *regionFunction) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	var name string
	resp.Error = req.Arguments.Get(ctx, &name)
	if resp.Error != nil {
		return
	}
	m, err := speech.ParseRegion(name)
	if err != nil {
		resp.Error = argError(ctx, 0, "name", err)
		return
	}
	resp.Error = resp.Result.Set(ctx, m.Region.Name)
}
