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
	m, err := speech.Arguments(map[string]string{speech.AttrRegion: "name"}).ParseRegion(name)
	if err != nil {
		resp.Error = argError(ctx, 0, "name", err)
		return
	}
	resp.Error = resp.Result.Set(ctx, m.Region.Name)
}
