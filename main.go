// Command terraform-provider-speechendpoints serves the speechendpoints
// Terraform provider.
package main

import (
	"flag"
	"log"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"time"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6/tf6server"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/provider"
)

// version is set by goreleaser at release time.
var version = "dev"

// memoryFloor is the lowest the provider's soft memory limit goes: the key
// checks of a plan read voices lists as streams and keep within a budget,
// but parsing many large lists at once makes garbage faster than the
// default pace of the garbage collector returns it; near the limit the
// collector runs sooner. GOMEMLIMIT in the environment overrides it.
const memoryFloor = 96 << 20

// followLiveHeap keeps the soft memory limit at the larger of floor and
// twice the heap the last collection found live, checking every
// interval. A fixed limit that the live heap reaches makes the collector
// run back to back (up to half the CPU, its limiter's cap) and returns
// nothing; at twice the live heap the limit is where the default pace
// (GOGC=100) would start the next collection anyway, so it only ever
// makes the collector run sooner when the heap is mostly garbage.
func followLiveHeap(floor int64, interval time.Duration) {
	debug.SetMemoryLimit(floor)
	live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	go func() {
		for range time.Tick(interval) {
			metrics.Read(live)
			if live[0].Value.Kind() == metrics.KindUint64 {
				debug.SetMemoryLimit(max(floor, 2*int64(live[0].Value.Uint64())))
			}
		}
	}()
}

func main() {
	var dbg bool
	flag.BoolVar(&dbg, "debug", false, "start the provider with support for debuggers like delve")
	flag.Parse()
	if os.Getenv("GOMEMLIMIT") == "" {
		followLiveHeap(memoryFloor, 100*time.Millisecond)
	}

	var opts []tf6server.ServeOpt
	if dbg {
		opts = append(opts, tf6server.WithManagedDebug())
	}
	// What providerserver.Serve does, with each call's context released
	// when the call returns (see internal/callctx: the framework keeps every
	// request's context until StopProvider otherwise).
	server := provider.Server(version)
	err := tf6server.Serve("registry.terraform.io/speechendpoints/speechendpoints", func() tfprotov6.ProviderServer {
		s, err := server()
		if err != nil {
			log.Fatal(err.Error())
		}
		return s
	}, opts...)
	if err != nil {
		log.Fatal(err.Error())
	}
}
