// Command dump prints the provider's computed endpoints as JSON for
// scripts/sdkcheck/check.mjs (make sdk-check): one row per region of the
// catalog and one custom-domain row ("contoso") per cloud, each endpoint
// under its Terraform attribute name, an empty endpoint as null.
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/provider"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

type row struct {
	Kind      string             `json:"kind"` // "region" or "custom_domain"
	Cloud     string             `json:"cloud"`
	Region    string             `json:"region,omitempty"`
	Subdomain string             `json:"subdomain,omitempty"`
	Endpoints map[string]*string `json:"endpoints"`
}

// endpoints are a form's endpoints under the provider's attribute names
// (one table: internal/provider/objects.go), an empty one as null.
func endpoints(e speech.Endpoints) map[string]*string {
	m := map[string]*string{}
	for name, v := range provider.EndpointValues(e) {
		if v != "" {
			m[name] = &v
		} else {
			m[name] = nil
		}
	}
	return m
}

func main() {
	var rows []row
	for _, rg := range speech.Regions(nil) {
		rows = append(rows, row{Kind: "region", Cloud: rg.Cloud.Name, Region: rg.Name, Endpoints: endpoints(speech.RegionalEndpoints(rg.Cloud, rg))})
	}
	for _, c := range speech.Clouds() {
		rows = append(rows, row{Kind: "custom_domain", Cloud: c.Name, Subdomain: "contoso", Endpoints: endpoints(speech.CustomDomainEndpoints(c, "contoso"))})
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(map[string]any{"rows": rows}); err != nil {
		fmt.Fprintln(os.Stderr, "dump:", err)
		os.Exit(1)
	}
}
