package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/function"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

var _ function.Function = &endpointsFunction{}

// provider::speechendpoints::endpoints(cloud, region)

type endpointsFunction struct{}

// NewEndpointsFunction is provider::speechendpoints::endpoints.
func NewEndpointsFunction() function.Function { return &endpointsFunction{} }

func (f *endpointsFunction) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = "endpoints"
}

func (f *endpointsFunction) Definition(
	_ context.Context,
	_ function.DefinitionRequest,
	resp *function.DefinitionResponse,
) {
	resp.Definition = function.Definition{
		Summary: "Every regional Speech endpoint of a cloud and region",
		MarkdownDescription: "Returns the same object as the `speechendpoints` data source's " +
			"[`regional`](../data-sources/speechendpoints.md#nestedatt--regional) attribute: every Speech endpoint " +
			"in its regional form. Pure: no network call.",
		Parameters: []function.Parameter{
			function.StringParameter{
				Name: "cloud",
				MarkdownDescription: "`public`, `usgovernment`, `china` (or an az CLI " +
					"name), or `\"\"` to infer it from the region.",
			},
			function.StringParameter{
				Name: "region",
				MarkdownDescription: "A region identifier or display name in any " +
					"case and spacing (`japanwest`, `Japan West`).",
			},
		},
		Return: function.ObjectReturn{AttributeTypes: endpointAttrTypes()},
	}
}

// endpointsArgs are the function's arguments.
var endpointsArgs = newFuncArgs(arg(speech.SettingCloud, "cloud"), arg(speech.SettingRegion, "region"))

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
	res, ps := speech.Resolve(in)
	if resp.Error = endpointsArgs.fail(ctx, ps); resp.Error != nil {
		return
	}
	resp.Error = resp.Result.Set(ctx, endpointsObject(res.Regional))
}
