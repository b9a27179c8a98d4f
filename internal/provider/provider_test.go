package provider

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
)

// fake stands in for Azure Speech: every test reaches it through
// HTTPS_PROXY on the real host names, trusting its CA via ca_cert_pem.
var fake *fakespeech.Service

func TestMain(m *testing.M) {
	var err error
	fake, err = fakespeech.StartForProcess()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	// The in-process provider trusts the fake's CA as a user of the fake
	// does: through SSL_CERT_FILE (configurations may also set ca_cert_pem).
	caDir, err := os.MkdirTemp("", "speechendpoints-ca")
	if err == nil {
		err = os.WriteFile(filepath.Join(caDir, "ca.pem"), fake.CAPEM(), 0o600)
	}
	if err == nil {
		err = os.Setenv("SSL_CERT_FILE", filepath.Join(caDir, "ca.pem"))
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	_ = fake.Close()
	_ = os.RemoveAll(caDir)
	if pluginDir != "" {
		_ = os.RemoveAll(pluginDir)
	}
	os.Exit(code)
}

// testProviders serves the provider in-process to the real Terraform CLI.
var testProviders = map[string]func() (tfprotov6.ProviderServer, error){
	"speechendpoints": Server("test"),
}

// freshProviders serves a new provider instance, whose call cache starts
// empty and lasts for the whole test case (as it lasts for a process).
func freshProviders() map[string]func() (tfprotov6.ProviderServer, error) {
	return map[string]func() (tfprotov6.ProviderServer, error){
		"speechendpoints": Server("test"),
	}
}

// testKey derives a distinct, well-formed (32 hex) key from a name.
func testKey(name string) string {
	h := sha256.Sum256([]byte("key:" + name))
	return fmt.Sprintf("%x", h[:16])
}

// providerBlock configures the provider to trust the fake's CA, with
// extra settings.
func providerBlock(extra ...string) string {
	return fmt.Sprintf(`
provider "speechendpoints" {
  ca_cert_pem = <<-PEM
%s
PEM
  %s
}
`, strings.TrimSpace(string(fake.CAPEM())), strings.Join(extra, "\n  "))
}
