// Command fakespeech runs the fake Azure Speech service: an HTTPS proxy on
// loopback that answers on the real Speech host names, as Microsoft
// documents Azure's answers. It writes the proxy URL and its CA
// certificate to files and runs until it is stopped. Without -world it
// hosts one Speech resource in China East 2 (the demo's); with -world it
// hosts what the world file describes (see internal/fakespeech/README.md).
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
)

func main() {
	caOut := flag.String("ca-out", "fakespeech-ca.pem", "file to write the CA certificate (PEM) to")
	proxyOut := flag.String("proxy-out", "fakespeech-proxy.url", "file to write the proxy URL (for HTTPS_PROXY) to")
	world := flag.String("world", "", "a world file (JSON) of resources, regions and network rules; default: the demo's one resource")
	latency := flag.Duration("latency", 0, "delay added to every answer (a world file's latency overrides it)")
	lifetime := flag.Duration("max-lifetime", 30*time.Minute, "stop after this long even if nobody stops it")
	printEnv := flag.Bool("print-env", false, "print the shell lines that point a CLI at the service (HTTPS_PROXY, SSL_CERT_FILE) once it is ready")
	flag.Parse()

	s, err := fakespeech.Start()
	if err != nil {
		log.Fatal(err)
	}
	s.Latency = *latency
	// The managed identity endpoint's variables, when the world puts a
	// managed identity on this machine.
	var miEnv map[string]string
	if *world == "" {
		s.Add(fakespeech.DemoResources()...)
	} else {
		w, err := fakespeech.LoadWorld(*world)
		if err != nil {
			log.Fatal(err)
		}
		s.Apply(w)
		if w.Identity != nil {
			for _, p := range w.Identity.Principals {
				if p.OnHost && miEnv == nil {
					if miEnv, err = s.ManagedIdentityEnv(); err != nil {
						log.Fatal(err)
					}
				}
			}
		}
	}
	if err := os.WriteFile(*caOut, s.CAPEM(), 0o600); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*proxyOut, []byte(s.ProxyURL()), 0o600); err != nil {
		log.Fatal(err)
	}
	log.Printf("%s", s)
	if *printEnv {
		ca, _ := filepath.Abs(*caOut)
		fmt.Printf("export HTTPS_PROXY=%s NO_PROXY= no_proxy= SSL_CERT_FILE=%s\n", s.ProxyURL(), ca)
		if miEnv != nil {
			fmt.Printf("export IDENTITY_ENDPOINT=%s IDENTITY_HEADER=%s\n", miEnv["IDENTITY_ENDPOINT"], miEnv["IDENTITY_HEADER"])
		}
	}

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	select {
	case <-stop:
	case <-time.After(*lifetime):
	}
	_ = s.Close()
}
