package fakespeech

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// How the fake's CA reaches a client without replacing the system's trust
// store. Go on Linux and the BSDs reads the roots from SSL_CERT_FILE when it
// is set, and only from it (https://pkg.go.dev/crypto/x509#SystemCertPool,
// read 2026-12-07): pointing it at the fake's CA alone makes every other
// host untrusted. TrustBundle writes the system's roots and the fake's CA
// into one file, so that SSL_CERT_FILE can point at it: the provider (which
// adds ca_cert_pem to the system roots), Terraform, OpenTofu and go all trust
// both. On macOS and Windows Go asks the platform's verifier and ignores
// SSL_CERT_FILE: there the provider's ca_cert_pem carries the fake's CA.

// certFiles are the bundle files Go's crypto/x509 reads on Linux, in its
// order (src/crypto/x509/root_linux.go).
var certFiles = []string{
	"/etc/ssl/certs/ca-certificates.crt",                // Debian/Ubuntu/Gentoo etc.
	"/etc/pki/tls/certs/ca-bundle.crt",                  // Fedora/RHEL 6
	"/etc/ssl/ca-bundle.pem",                            // OpenSUSE
	"/etc/pki/tls/cacert.pem",                           // OpenELEC
	"/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem", // CentOS/RHEL 7
	"/etc/ssl/cert.pem",                                 // Alpine Linux, the BSDs
}

// certDirs are the directories Go reads when no bundle file exists.
var certDirs = []string{"/etc/ssl/certs", "/etc/pki/tls/certs"}

// SSLCertFileHonoured reports whether Go on this system reads SSL_CERT_FILE.
func SSLCertFileHonoured() bool { return runtime.GOOS != "darwin" && runtime.GOOS != "windows" }

// SystemRootsPEM returns the PEM roots Go trusts on this system and where
// they came from: SSL_CERT_FILE (and SSL_CERT_DIR) when set, as Go reads
// them, else the first bundle file of Go's list, else the certificates of
// its directories.
func SystemRootsPEM() ([]byte, string, error) {
	if !SSLCertFileHonoured() {
		return nil, "", fmt.Errorf("go on %s does not read SSL_CERT_FILE: give the fake's CA to the provider's ca_cert_pem",
			runtime.GOOS)
	}
	files, dirs := certFiles, certDirs
	if f := os.Getenv("SSL_CERT_FILE"); f != "" {
		files = []string{f}
	}
	if d := os.Getenv("SSL_CERT_DIR"); d != "" {
		dirs = filepath.SplitList(d)
	}
	var out bytes.Buffer
	var from []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err == nil && bytes.Contains(b, []byte("-----BEGIN CERTIFICATE-----")) {
			out.Write(b)
			from = append(from, f)
			break
		}
	}
	if out.Len() == 0 || os.Getenv("SSL_CERT_DIR") != "" {
		for _, d := range dirs {
			ents, err := os.ReadDir(d)
			if err != nil {
				continue
			}
			n := 0
			for _, e := range ents {
				b, err := os.ReadFile(filepath.Join(d, e.Name()))
				if err == nil && bytes.Contains(b, []byte("-----BEGIN CERTIFICATE-----")) {
					out.Write(b)
					out.WriteByte('\n')
					n++
				}
			}
			if n > 0 {
				from = append(from, d)
			}
		}
	}
	if out.Len() == 0 {
		return nil, "", errors.New("no system roots found (SSL_CERT_FILE, " + strings.Join(certFiles, ", ") + ")")
	}
	return out.Bytes(), strings.Join(from, ", "), nil
}

// TrustBundle is the system's roots followed by the fake's CA: the file
// for SSL_CERT_FILE. When no system roots are found it holds the CA alone
// and says so in the error (the bundle is still usable offline).
func (s *Service) TrustBundle() ([]byte, string, error) {
	roots, from, err := SystemRootsPEM()
	var b bytes.Buffer
	b.Write(roots)
	if len(roots) > 0 && !bytes.HasSuffix(roots, []byte("\n")) {
		b.WriteByte('\n')
	}
	b.WriteString("# speechendpoints fake Speech CA (this run only)\n")
	b.Write(s.CAPEM())
	return b.Bytes(), from, err
}
