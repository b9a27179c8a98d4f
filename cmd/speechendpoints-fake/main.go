// Command speechendpoints-fake runs a fake Azure AI Speech beside your real
// tools: an HTTPS proxy on loopback that answers Azure's Speech hosts as
// Microsoft documents Azure's answers and tunnels every other host to its
// real destination, so that terraform init, other providers and go keep
// working in the same shell. It writes the proxy URL, its CA and a trust
// bundle (the system's roots and its CA) to files, logs each request, and
// runs until it is stopped. Without -world it hosts one Speech resource in
// China East 2 (the demo's); with -world it hosts what the world file
// describes. Install it with
//
//	go install github.com/speechendpoints/terraform-provider-speechendpoints/cmd/speechendpoints-fake@latest
//
// See internal/fakespeech/README.md (shipped in the release archive as
// README.md) for the world file and the recipes.
package main

import (
	"flag"
	"fmt"
	"io"
	"log"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"golang.org/x/net/http/httpproxy"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
)

// version is set by the release build (goreleaser's ldflags).
var version = "dev"

func main() {
	caOut := flag.String("ca-out", "fakespeech-ca.pem", "file to write the fake's CA certificate (PEM) to")
	bundleOut := flag.String(
		"ca-bundle-out",
		"",
		"file to write the trust bundle to: the system's roots and the fake's CA, for SSL_CERT_FILE (default: beside -ca-out, *-bundle.pem)",
	)
	proxyOut := flag.String("proxy-out", "fakespeech-proxy.url", "file to write the proxy URL (for HTTPS_PROXY) to")
	world := flag.String(
		"world",
		"",
		"a world file (JSON) of resources, regions and network rules; default: the demo's one resource",
	)
	latency := flag.Duration("latency", 0, "delay added to every answer (a world file's latency overrides it)")
	lifetime := flag.Duration("max-lifetime", 30*time.Minute, "stop after this long even if nobody stops it")
	printEnv := flag.Bool("print-env", false,
		"print the shell lines that point a shell at the fake (HTTPS_PROXY, NO_PROXY, SSL_CERT_FILE) once it is ready")
	logTo := flag.String("log", "stderr", "where the request log goes: stderr, off, or a file (appended)")
	upstream := flag.String(
		"upstream",
		"env",
		"how hosts the fake does not answer are reached: env (HTTPS_PROXY/NO_PROXY of this process, else direct), direct, or a proxy URL",
	)
	passthrough := flag.Bool("passthrough", true,
		"tunnel hosts the fake does not answer to the network (false: the proxy's DNS failure for them)")
	showVersion := flag.Bool("version", false, "print the version and exit")
	flag.Parse()
	if *showVersion {
		fmt.Println("speechendpoints-fake", version)
		return
	}
	log.SetPrefix("speechendpoints-fake: ")
	log.SetFlags(0)

	up, err := upstreamOf(*upstream)
	if err != nil {
		log.Fatal(err)
	}
	w, err := loadWorld(*world)
	if err != nil {
		log.Fatal(err)
	}
	s, err := fakespeech.Start()
	if err != nil {
		log.Fatal(err)
	}
	s.Upstream = up
	s.Passthrough = *passthrough
	s.Latency = *latency
	switch *logTo {
	case "off", "":
	case "stderr", "-":
		s.Log = os.Stderr
	default:
		f, err := os.OpenFile(*logTo, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
		if err != nil {
			log.Fatal(err)
		}
		defer func() { _ = f.Close() }()
		s.Log = f
	}
	// The managed identity endpoint's variables, when the world puts a
	// managed identity on this machine.
	var miEnv map[string]string
	if w == nil {
		s.Add(fakespeech.DemoResources()...)
	} else {
		s.Apply(*w)
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
	if *bundleOut == "" {
		*bundleOut = strings.TrimSuffix(*caOut, filepath.Ext(*caOut)) + "-bundle.pem"
	}
	bundle, from, berr := s.TrustBundle()
	for _, f := range []struct {
		path string
		body []byte
	}{{*caOut, s.CAPEM()}, {*bundleOut, bundle}, {*proxyOut, []byte(s.ProxyURL())}} {
		if err := os.WriteFile(f.path, f.body, 0o600); err != nil {
			log.Fatal(err)
		}
	}
	log.Printf("%s (version %s)", s, version)
	if berr != nil {
		log.Printf("trust bundle %s holds the fake's CA only: %v", *bundleOut, berr)
	} else {
		log.Printf("trust bundle %s: the system's roots (%s) and the fake's CA", *bundleOut, from)
	}
	if *printEnv {
		writeEnv(os.Stdout, s, *caOut, *bundleOut)
		if miEnv != nil {
			fmt.Printf(
				"export IDENTITY_ENDPOINT=%s IDENTITY_HEADER=%s\n",
				miEnv["IDENTITY_ENDPOINT"],
				miEnv["IDENTITY_HEADER"],
			)
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

func loadWorld(path string) (*fakespeech.World, error) {
	if path == "" {
		return nil, nil
	}
	w, err := fakespeech.LoadWorld(path)
	if err != nil {
		return nil, err
	}
	return &w, nil
}

// upstreamOf reads -upstream.
func upstreamOf(v string) (func(*url.URL) (*url.URL, error), error) {
	switch v {
	case "direct":
		return nil, nil
	case "env", "":
		return httpproxy.FromEnvironment().ProxyFunc(), nil
	}
	u, err := url.Parse(v)
	if err != nil || u.Host == "" {
		return nil, fmt.Errorf("-upstream %q is not env, direct or a proxy URL", v)
	}
	return func(*url.URL) (*url.URL, error) { return u, nil }, nil
}

// writeEnv prints the lines that point a shell at the fake: the proxy, a
// NO_PROXY without the entries that would send Azure's hosts around it,
// and SSL_CERT_FILE at the bundle (where Go reads it), else a note that the
// CA goes to the provider's ca_cert_pem.
func writeEnv(out io.Writer, s *fakespeech.Service, caOut, bundleOut string) {
	noProxy := os.Getenv("NO_PROXY")
	if noProxy == "" {
		noProxy = os.Getenv("no_proxy")
	}
	noProxy = fakespeech.NoProxyWithoutAzure(noProxy)
	line := fmt.Sprintf(
		"export HTTPS_PROXY=%s https_proxy=%s NO_PROXY=%s no_proxy=%s",
		s.ProxyURL(),
		s.ProxyURL(),
		shellQuote(noProxy),
		shellQuote(noProxy),
	)
	if fakespeech.SSLCertFileHonoured() {
		abs, _ := filepath.Abs(bundleOut)
		line += " SSL_CERT_FILE=" + shellQuote(abs)
	} else {
		abs, _ := filepath.Abs(caOut)
		_, _ = fmt.Fprintf(out, "# Go on this system does not read SSL_CERT_FILE: set the provider's ca_cert_pem = file(%q)\n", abs)
	}
	_, _ = fmt.Fprintln(out, line)
}

func shellQuote(s string) string {
	if s == "" {
		return "''"
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
