// Command terraform-provider-speechendpoints serves the speechendpoints
// Terraform provider.
package main

import (
	"flag"
	"log"
	"os"
	"runtime/debug"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6/tf6server"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/callctx"
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

	var opts []tf6server.ServeOpt
	if dbg {
		opts = append(opts, tf6server.WithManagedDebug())
	}
	// What providerserver.Serve does, with each call's context released
	// when the call returns (see internal/callctx: the framework keeps every
	// request's context until StopProvider otherwise).
	err := tf6server.Serve("registry.terraform.io/speechendpoints/speechendpoints", func() tfprotov6.ProviderServer {
		return callctx.Wrap(providerserver.NewProtocol6(provider.New(version)())())
	}, opts...)
	if err != nil {
		log.Fatal(err.Error())
	}
}
