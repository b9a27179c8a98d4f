package provider

import (
	"errors"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/keycheck"
)

// Configure says what really kept the key check's client from being built:
// no PEM at all, a block that is not a certificate, a certificate that does
// not parse, or (not the CA's fault) anything else.
func TestConfigureReportsWhatFailed(t *testing.T) {
	const give = " Give one or more PEM certificates (-----BEGIN CERTIFICATE----- ...), for example the root certificate of a proxy that inspects TLS."
	keyBlock := "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n"
	badCert := "-----BEGIN CERTIFICATE-----\nMIIBAA==\n-----END CERTIFICATE-----\n"
	newErr := func(pem string) error {
		_, err := keycheck.NewClient(keycheck.Config{CACertPEM: pem}, nil)
		if err == nil {
			t.Fatalf("NewClient accepted %q", pem)
		}
		return err
	}
	for _, tc := range []struct {
		name    string
		err     error
		at      bool // on ca_cert_pem
		summary string
		detail  string
	}{
		{"no PEM", newErr("not a pem"), true, "Invalid CA Certificates", "ca_cert_pem holds no PEM certificate." + give},
		{"a key", newErr(keyBlock), true, "Invalid CA Certificates",
			"ca_cert_pem holds no usable certificate: its PEM block 1 is \"PRIVATE KEY\", not a certificate." + give},
		{"a broken certificate", newErr(keyBlock + badCert), true, "Invalid CA Certificates", ""},
		{"not the CA", errors.New("the default HTTP transport is not an *http.Transport"), false, "Key Check Client Not Built",
			"The provider could not build the HTTP client of its key checks: the default HTTP transport is not an *http.Transport. " +
				"Please report this issue to the provider developers."},
	} {
		var ds diag.Diagnostics
		addClientError(&ds, tc.err)
		if len(ds) != 1 {
			t.Fatalf("%s: %d diagnostics", tc.name, len(ds))
		}
		d := ds[0]
		wa, on := d.(diag.DiagnosticWithPath)
		if on != tc.at || (on && !wa.Path().Equal(path.Root("ca_cert_pem"))) || d.Summary() != tc.summary || (tc.detail != "" && d.Detail() != tc.detail) {
			t.Errorf("%s: %q %q (on ca_cert_pem: %v)", tc.name, d.Summary(), d.Detail(), on)
		}
	}
	var ds diag.Diagnostics
	addClientError(&ds, newErr(badCert))
	if want := "ca_cert_pem holds no usable certificate: its PEM block 1 is marked CERTIFICATE but is not a valid X.509 certificate ("; len(ds) != 1 ||
		len(ds[0].Detail()) < len(want) || ds[0].Detail()[:len(want)] != want {
		t.Errorf("a broken certificate: %+v", ds)
	}
}
