package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

var _ datasource.DataSourceWithValidateConfig = &regionsDataSource{}

// NewRegionsDataSource is the constructor of data "speechendpoints_regions".
func NewRegionsDataSource() datasource.DataSource { return &regionsDataSource{} }

type regionsDataSource struct{}

func (d *regionsDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_regions"
}

func (d *regionsDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Lists the Azure regions that offer Speech, in one cloud or in all, with display names and per-region features: for `contains()` validation of variables and for `for_each`.",
		Attributes: map[string]schema.Attribute{
			"cloud": schema.StringAttribute{
				Optional:            true,
				MarkdownDescription: "Only the regions of this cloud (`public`, `usgovernment`, `china` or an az CLI name). Omit it to list every cloud's regions.",
			},
			"id":    schema.StringAttribute{Computed: true, MarkdownDescription: "The canonical cloud name, or `all`."},
			"names": schema.ListAttribute{Computed: true, ElementType: types.StringType, MarkdownDescription: "The region identifiers, in catalog order."},
			"regions": schema.ListNestedAttribute{
				Computed:            true,
				MarkdownDescription: "The regions, in catalog order.",
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"name":         schema.StringAttribute{Computed: true, MarkdownDescription: "The region identifier (`japanwest`)."},
					"display_name": schema.StringAttribute{Computed: true, MarkdownDescription: "The display name (`Japan West`)."},
					"cloud":        schema.StringAttribute{Computed: true, MarkdownDescription: "The canonical cloud name."},
					"features": schema.SingleNestedAttribute{
						Computed:            true,
						MarkdownDescription: "What the region offers.",
						Attributes:          featureSchema(),
					},
				}},
			},
		},
	}
}

func (d *regionsDataSource) ValidateConfig(ctx context.Context, req datasource.ValidateConfigRequest, resp *datasource.ValidateConfigResponse) {
	var c types.String
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("cloud"), &c)...)
	if c.IsNull() || c.IsUnknown() {
		return
	}
	if _, err := speech.ParseCloud(c.ValueString()); err != nil {
		addInputError(&resp.Diagnostics, path.Root("cloud"), err)
	}
}

var regionAttrTypes = map[string]attr.Type{
	"name":         types.StringType,
	"display_name": types.StringType,
	"cloud":        types.StringType,
	"features":     types.ObjectType{AttrTypes: featureAttrTypes()},
}

func (d *regionsDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var c types.String
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("cloud"), &c)...)
	cloud, id := "", "all"
	if !c.IsNull() {
		parsed, err := speech.ParseCloud(c.ValueString())
		if err != nil {
			addInputError(&resp.Diagnostics, path.Root("cloud"), err)
			return
		}
		cloud, id = parsed.Name, parsed.Name
	}
	rs := speech.Regions(cloud)
	names := make([]attr.Value, len(rs))
	objs := make([]attr.Value, len(rs))
	for i := range rs {
		names[i] = types.StringValue(rs[i].Name)
		objs[i] = types.ObjectValueMust(regionAttrTypes, map[string]attr.Value{
			"name":         types.StringValue(rs[i].Name),
			"display_name": types.StringValue(rs[i].DisplayName),
			"cloud":        types.StringValue(rs[i].Cloud),
			"features":     featuresObject(&rs[i]),
		})
	}
	set := func(name string, v any) { resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root(name), v)...) }
	set("id", id)
	set("names", types.ListValueMust(types.StringType, names))
	set("regions", types.ListValueMust(types.ObjectType{AttrTypes: regionAttrTypes}, objs))
}
