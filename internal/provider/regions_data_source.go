package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

var _ datasource.DataSourceWithValidateConfig = &regionsDataSource{}

// NewRegionsDataSource is the constructor of data "speechendpoints_regions".
func NewRegionsDataSource() datasource.DataSource { return &regionsDataSource{} }

type regionsDataSource struct{}

func (d *regionsDataSource) Metadata(
	_ context.Context,
	req datasource.MetadataRequest,
	resp *datasource.MetadataResponse,
) {
	resp.TypeName = req.ProviderTypeName + "_regions"
}

func (d *regionsDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Lists the regions of the provider's Speech region table, in one cloud or in all, with " +
			"display names and per-region features, for `for_each` and reports. The table is a snapshot of " +
			"Microsoft's regions page: see [sources and confidence](../guides/sources-and-confidence.md). " +
			"The data source plans on every supported CLI. Its example validates a region variable with the " +
			"[`region` function](../functions/region.md), which needs Terraform 1.8+ or OpenTofu 1.7+. " +
			"Use `provider::speechendpoints::region(var.region) != \"\"` as the condition, without `can()`, so that " +
			"the function's error (with the nearest names) is the message. " +
			"It accepts every form the data sources accept (`India Central`, `westus-2`, `virginia`), which a " +
			"`contains()` over `names` does not.",
		Attributes: map[string]schema.Attribute{
			"cloud": schema.StringAttribute{
				Optional: true,
				MarkdownDescription: "Only the regions of this cloud (`public`, `usgovernment`, `china` or an az CLI name). " +
					"Omit it to list every cloud's regions.",
			},
			"id": schema.StringAttribute{Computed: true, MarkdownDescription: "The canonical cloud name, or `all`."},
			"names": schema.ListAttribute{
				Computed:    true,
				ElementType: types.StringType,
				MarkdownDescription: "The region " +
					"identifiers, in catalog order.",
			},
			"regions": schema.ListNestedAttribute{
				Computed:            true,
				MarkdownDescription: "The regions, in catalog order.",
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"name": schema.StringAttribute{Computed: true, MarkdownDescription: "The region identifier " +
						"(`japanwest`)."},
					"display_name": schema.StringAttribute{
						Computed:            true,
						MarkdownDescription: "The display name (`Japan West`).",
					},
					"cloud": schema.StringAttribute{
						Computed:            true,
						MarkdownDescription: "The canonical cloud name.",
					},
					"features": schema.SingleNestedAttribute{
						Computed:            true,
						MarkdownDescription: "What the region offers.",
						Attributes:          featureSchema(true),
					},
				}},
			},
		},
	}
}

func (d *regionsDataSource) ValidateConfig(
	ctx context.Context,
	req datasource.ValidateConfigRequest,
	resp *datasource.ValidateConfigResponse,
) {
	var m regionsDataSourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if m.Cloud.IsNull() || m.Cloud.IsUnknown() {
		return
	}
	if _, p := speech.ParseCloud(m.Cloud.ValueString()); p != nil {
		sink{diags: &resp.Diagnostics}.problems(dataSourceWords(nil), []speech.Problem{*p}, nil)
	}
}

// regionsDataSourceModel is data "speechendpoints_regions".
type regionsDataSourceModel struct {
	Cloud   types.String  `tfsdk:"cloud"`
	ID      types.String  `tfsdk:"id"`
	Names   []string      `tfsdk:"names"`
	Regions []regionModel `tfsdk:"regions"`
}

type regionModel struct {
	Name        string       `tfsdk:"name"`
	DisplayName string       `tfsdk:"display_name"`
	Cloud       string       `tfsdk:"cloud"`
	Features    types.Object `tfsdk:"features"`
}

func (d *regionsDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m regionsDataSourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	var cloud *speech.Cloud
	m.ID = types.StringValue("all")
	if !m.Cloud.IsNull() {
		parsed, p := speech.ParseCloud(m.Cloud.ValueString())
		if p != nil {
			sink{diags: &resp.Diagnostics}.problems(dataSourceWords(nil), []speech.Problem{*p}, nil)
			return
		}
		cloud, m.ID = parsed, types.StringValue(parsed.Name)
	}
	rs := speech.Regions(cloud)
	m.Names = make([]string, len(rs))
	m.Regions = make([]regionModel, len(rs))
	for i := range rs {
		m.Names[i] = rs[i].Name
		m.Regions[i] = regionModel{
			Name:        rs[i].Name,
			DisplayName: rs[i].DisplayName,
			Cloud:       rs[i].Cloud.Name,
			Features:    featuresObject(&rs[i]),
		}
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
