// Command terraform-provider-speechendpoints serves the speechendpoints
// Terraform provider.
package main

import (
	"context"
	"flag"
	"log"
	"os"
	"runtime/debug"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/provider"
)

// version is set by goreleaser at release time.
var version = "dev"

// memoryLimit is the provider's soft memory limit: the key checks of a
// plan read voices lists as streams and keep within a budget, but parsing
// many large lists at once makes garbage faster than the default garbage
// collector pace returns it. Near the limit the collector runs sooner.
// GOMEMLIMIT in the environment overrides it.
const memoryLimit = 96 << 20

func main() {
	var dbg bool
	flag.BoolVar(&dbg, "debug", false, "start the provider with support for debuggers like delve")
	flag.Parse()
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}

	err := providerserver.Serve(context.Background(), provider.New(version), providerserver.ServeOpts{
		Address: "registry.terraform.io/speechendpoints/speechendpoints",
		Debug:   dbg,
	})
	if err != nil {
		log.Fatal(err.Error())
	}
}
