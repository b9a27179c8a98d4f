// Command fakespeech runs the fake Azure Speech service for `make demo` and
// benchmarks: an HTTPS proxy on loopback that answers on the real Speech
// host names. It writes the proxy URL and the CA certificate to files and
// runs until it is stopped.
package main

import (
	"flag"
	"log"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
)

func main() {
	caOut := flag.String("ca-out", "fakespeech-ca.pem", "file to write the CA certificate (PEM) to")
	proxyOut := flag.String("proxy-out", "fakespeech-proxy.url", "file to write the proxy URL (for HTTPS_PROXY) to")
	latency := flag.Duration("latency", 0, "delay added to every answer")
	lifetime := flag.Duration("max-lifetime", 30*time.Minute, "stop after this long even if nobody stops it")
	flag.Parse()

	s, err := fakespeech.Start()
	if err != nil {
		log.Fatal(err)
	}
	s.Latency = *latency
	s.Add(fakespeech.DemoResources()...)
	if err := os.WriteFile(*caOut, s.CAPEM(), 0o600); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*proxyOut, []byte(s.ProxyURL()), 0o600); err != nil {
		log.Fatal(err)
	}
	log.Printf("%s", s)

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	select {
	case <-stop:
	case <-time.After(*lifetime):
	}
	_ = s.Close()
}
