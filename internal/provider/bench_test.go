package provider

import (
	"context"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// BenchmarkDataSourceRead validates and reads one data "speechendpoints"
// without a key check, as Terraform does for each data source of a plan:
// the provider's own share of a plan's time.
func BenchmarkDataSourceRead(b *testing.B) {
	ctx := context.Background()
	srv, sch, dv := protocolServer(b)
	if _, err := srv.ConfigureProvider(ctx, &tfprotov6.ConfigureProviderRequest{TerraformVersion: "1.11.0", Config: dv(sch.Provider, nil)}); err != nil {
		b.Fatal(err)
	}
	cfg := dv(sch.DataSourceSchemas["speechendpoints"], map[string]tftypes.Value{"region": tftypes.NewValue(tftypes.String, "westeurope")})
	b.ReportAllocs()
	for b.Loop() {
		vr, err := srv.ValidateDataResourceConfig(ctx, &tfprotov6.ValidateDataResourceConfigRequest{TypeName: "speechendpoints", Config: cfg})
		if err != nil || len(vr.Diagnostics) > 0 {
			b.Fatal(err, vr.Diagnostics)
		}
		rr, err := srv.ReadDataSource(ctx, &tfprotov6.ReadDataSourceRequest{TypeName: "speechendpoints", Config: cfg})
		if err != nil || len(rr.Diagnostics) > 0 {
			b.Fatal(err, rr.Diagnostics)
		}
	}
}
