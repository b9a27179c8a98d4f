// Command terraform-provider-speechendpoints serves the speechendpoints
// Terraform provider.
package main

import (
	"context"
	"flag"
	"log"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/provider"
)

// version is set by goreleaser at release time.
var version = "dev"

func main() {
	var debug bool
	flag.BoolVar(&debug, "debug", false, "start the provider with support for debuggers like delve")
	flag.Parse()

	err := providerserver.Serve(context.Background(), provider.New(version), providerserver.ServeOpts{
		Address: "registry.terraform.io/speechendpoints/speechendpoints",
		Debug:   debug,
	})
	if err != nil {
		log.Fatal(err.Error())
	}
}
