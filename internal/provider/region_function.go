package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/function"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

var _ function.Function = &regionFunction{}

// provider::speechendpoints::region(name)

type regionFunction struct{}

// NewRegionFunction is provider::speechendpoints::region.
func NewRegionFunction() function.Function { return &regionFunction{} }

func (f *regionFunction) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = "region"
}

func (f *regionFunction) Definition(
	_ context.Context,
	_ function.DefinitionRequest,
	resp *function.DefinitionResponse,
) {
	resp.Definition = function.Definition{
		Summary: "The normalised identifier of a Speech region",
		MarkdownDescription: "Returns the identifier (`japanwest`) of a region given as an identifier or display name " +
			"in any case and spacing (`Japan West`, `India Central`). It takes the forms and makes the errors of the " +
			"data source's [`region`](../data-sources/speechendpoints.md#schema). " +
			"A well-formed name outside the provider's Speech table is returned as it is " +
			"(`region(\"polandcentral\")` is `\"polandcentral\"`). A function cannot warn: the data source shows the " +
			"warning, and its key check tells whether Speech answers there. " +
			"In a variable's validation, write `condition = provider::speechendpoints::region(var.region) != \"\"`, " +
			"without `can()`: the function's error, with the nearest names, is then the message.",
		Parameters: []function.Parameter{
			function.StringParameter{Name: "name", MarkdownDescription: "A region identifier or display name."},
		},
		Return: function.StringReturn{},
	}
}

// regionArgs are the function's arguments.
var regionArgs = newFuncArgs(arg(speech.SettingRegion, "name"))

func (f *regionFunction) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	var name string
	resp.Error = req.Arguments.Get(ctx, &name)
	if resp.Error != nil {
		return
	}
	rg, ps := speech.ParseRegion(name)
	if resp.Error = regionArgs.fail(ctx, ps); resp.Error != nil {
		return
	}
	resp.Error = resp.Result.Set(ctx, rg.Name)
}
