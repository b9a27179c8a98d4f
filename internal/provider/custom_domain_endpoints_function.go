package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/function"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

var _ function.Function = &customDomainFunction{}

// customDomainArgs are the function's arguments.
var customDomainArgs = newFuncArgs(
	arg(speech.SettingCloud, "cloud"),
	arg(speech.SettingSubdomain, "custom_subdomain_name"),
)

// provider::speechendpoints::custom_domain_endpoints(cloud, custom_subdomain_name)

type customDomainFunction struct{}

// NewCustomDomainFunction is provider::speechendpoints::custom_domain_endpoints.
func NewCustomDomainFunction() function.Function { return &customDomainFunction{} }

func (f *customDomainFunction) Metadata(
	_ context.Context,
	_ function.MetadataRequest,
	resp *function.MetadataResponse,
) {
	resp.Name = "custom_domain_endpoints"
}

func (f *customDomainFunction) Definition(
	_ context.Context,
	_ function.DefinitionRequest,
	resp *function.DefinitionResponse,
) {
	resp.Definition = function.Definition{
		Summary: "Every custom-domain Speech endpoint of a resource",
		MarkdownDescription: "Returns the same object as the `speechendpoints` data source's " +
			"[`custom_domain`](../data-sources/speechendpoints.md#nestedatt--custom_domain) attribute: every Speech " +
			"endpoint on the resource's custom domain, the forms a resource behind a private endpoint requires. " +
			"`stt_host` and `tts_host` are null, and `custom_voice_endpoint` outside the public cloud. " +
			"In the sovereign clouds these forms are derived from Microsoft's documented rule, not confirmed. " +
			"Pure: no network call.",
		Parameters: []function.Parameter{
			function.StringParameter{
				Name: "cloud",
				MarkdownDescription: "`public`, `usgovernment` or `china` (or an az " +
					"CLI name). Required: a custom subdomain does not tell its cloud.",
			},
			function.StringParameter{Name: "custom_subdomain_name", MarkdownDescription: "The resource's custom " +
				"subdomain, as `azurerm_cognitive_account.custom_subdomain_name` gives it."},
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
		resp.Error = function.NewArgumentFuncError(
			0,
			"Cloud Required: a custom subdomain does not tell its cloud, so "+customDomainArgs.words.set(
				speech.SettingCloud,
				"public",
			)+
				", \"usgovernment\" or \"china\"",
		)
		return
	}
	c, p := speech.ParseCloud(cloudName)
	if p != nil {
		resp.Error = customDomainArgs.fail(ctx, []speech.Problem{*p})
		return
	}
	sub, p := speech.ParseSubdomain(name)
	if p != nil {
		resp.Error = customDomainArgs.fail(ctx, []speech.Problem{*p})
		return
	}
	e := speech.CustomDomainEndpoints(c, sub)
	resp.Error = resp.Result.Set(ctx, endpointsObject(&e))
}
