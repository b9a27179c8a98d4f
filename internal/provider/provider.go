// Package provider is the Terraform glue over the speech domain package.
package provider

import (
	"context"
	"fmt"
	"os"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

var _ provider.Provider = &speechProvider{}

// New returns a constructor of the provider at a version.
func New(version string) func() provider.Provider {
	return func() provider.Provider { return &speechProvider{version: version} }
}

type speechProvider struct {
	version string
}

// providerData is what Configure hands to data sources, functions and
// ephemeral resources.
type providerData struct {
	// defaultCloud is the provider's cloud ("" for none) and
	// defaultCloudSource where it came from, for messages.
	defaultCloud       string
	defaultCloudSource string
}

func (p *speechProvider) Metadata(_ context.Context, _ provider.MetadataRequest, resp *provider.MetadataResponse) {
	resp.TypeName = "speechendpoints"
	resp.Version = p.version
}

func (p *speechProvider) Schema(_ context.Context, _ provider.SchemaRequest, resp *provider.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Computes Azure AI Speech endpoints for every cloud and region at plan time, and rejects impossible combinations with a message that says what to write instead.",
		Attributes: map[string]schema.Attribute{
			"cloud": schema.StringAttribute{
				Optional: true,
				MarkdownDescription: "Default Azure cloud for data sources that neither set `cloud` nor name a region or endpoint that implies one: `public`, `usgovernment` or `china` (the azurerm `environment` values), or the az CLI names `AzureCloud`, `AzureUSGovernment`, `AzureChinaCloud`. " +
					"Falls back to the `ARM_ENVIRONMENT` environment variable, then to inference from the region, then to `public`. " +
					"When a data source's region is in another cloud than this default, the region wins and the plan shows a warning.",
			},
		},
	}
}

type providerModel struct {
	Cloud types.String `tfsdk:"cloud"`
}

func (p *speechProvider) Configure(ctx context.Context, req provider.ConfigureRequest, resp *provider.ConfigureResponse) {
	var cfg providerModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &cfg)...)
	if resp.Diagnostics.HasError() {
		return
	}
	data := &providerData{}
	switch {
	case cfg.Cloud.IsUnknown():
		// Known only at apply; data sources infer the cloud meanwhile.
	case !cfg.Cloud.IsNull():
		c, err := speech.ParseCloud(cfg.Cloud.ValueString())
		if err != nil {
			addInputError(&resp.Diagnostics, path.Root("cloud"), err)
			return
		}
		data.defaultCloud, data.defaultCloudSource = c.Name, "The provider's cloud argument"
	default:
		if env := os.Getenv("ARM_ENVIRONMENT"); env != "" {
			c, err := speech.ParseCloud(env)
			if err != nil {
				resp.Diagnostics.AddWarning("ARM_ENVIRONMENT Ignored", fmt.Sprintf("ARM_ENVIRONMENT is set to %s, which is not an Azure cloud with Speech, so it is ignored. %s", speech.Quote(env), detailOf(err)))
			} else {
				data.defaultCloud, data.defaultCloudSource = c.Name, "ARM_ENVIRONMENT"
			}
		}
	}
	resp.DataSourceData = data
	resp.EphemeralResourceData = data
}

func (p *speechProvider) Resources(context.Context) []func() resource.Resource { return nil }

func (p *speechProvider) DataSources(context.Context) []func() datasource.DataSource {
	return []func() datasource.DataSource{NewEndpointsDataSource, NewRegionsDataSource}
}
