// Package azcred builds the Microsoft Entra credential a plan authenticates
// with, from the settings Terraform users already give the azurerm
// provider (tenant_id, client_id, client secret or certificate, OIDC,
// managed identity, Azure CLI, environment) and the same ARM_* environment
// variables, through azidentity, the Azure SDK's credentials.
//
// What it tried is a fact too: every credential kind of the chain is
// recorded with why it was skipped, unavailable, refused or used, so that a
// "no credential on the runner" outcome can name it. No secret and no
// token ever appears in an error or an attempt.
//
// Sources: the azurerm provider's documentation of its arguments and
// environment variables
// (https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs,
// website/docs/index.html.markdown of hashicorp/terraform-provider-azurerm,
// read 2026-12: client_certificate_path / ARM_CLIENT_CERTIFICATE_PATH,
// client_certificate_password / ARM_CLIENT_CERTIFICATE_PASSWORD,
// client_secret / ARM_CLIENT_SECRET, use_msi / ARM_USE_MSI, environment /
// ARM_ENVIRONMENT, tenant_id / ARM_TENANT_ID, client_id / ARM_CLIENT_ID;
// oidc_token / ARM_OIDC_TOKEN, oidc_token_file_path /
// ARM_OIDC_TOKEN_FILE_PATH, use_oidc / ARM_USE_OIDC, use_cli / ARM_USE_CLI
// (default true), client_certificate / ARM_CLIENT_CERTIFICATE, a base64
// PKCS#12 bundle), and azidentity v1.15.0.
package azcred

import (
	"strconv"
	"strings"
)

// Field is one setting of a credential, named as azurerm names it (the
// provider's renderer words it for each surface).
type Field string

// The fields.
const (
	FieldTenantID                  Field = "tenant_id"
	FieldClientID                  Field = "client_id"
	FieldClientSecret              Field = "client_secret"
	FieldClientCertificate         Field = "client_certificate"
	FieldClientCertificatePath     Field = "client_certificate_path"
	FieldClientCertificatePassword Field = "client_certificate_password"
	FieldOIDCToken                 Field = "oidc_token"
	FieldOIDCTokenFilePath         Field = "oidc_token_file_path"
	FieldUseOIDC                   Field = "use_oidc"
	FieldUseMSI                    Field = "use_msi"
	FieldUseCLI                    Field = "use_cli"
	FieldEnvironment               Field = "environment"
)

// EnvVars are the environment variables each field falls back to, first
// found first. AZURE_FEDERATED_TOKEN_FILE, AZURE_CLIENT_ID and
// AZURE_TENANT_ID are what AKS workload identity injects (azidentity's
// WorkloadIdentityCredential reads them); azurerm reads ARM_* only.
var EnvVars = map[Field][]string{
	FieldTenantID:                  {"ARM_TENANT_ID", "AZURE_TENANT_ID"},
	FieldClientID:                  {"ARM_CLIENT_ID", "AZURE_CLIENT_ID"},
	FieldClientSecret:              {"ARM_CLIENT_SECRET"},
	FieldClientCertificate:         {"ARM_CLIENT_CERTIFICATE"},
	FieldClientCertificatePath:     {"ARM_CLIENT_CERTIFICATE_PATH"},
	FieldClientCertificatePassword: {"ARM_CLIENT_CERTIFICATE_PASSWORD"},
	FieldOIDCToken:                 {"ARM_OIDC_TOKEN"},
	FieldOIDCTokenFilePath:         {"ARM_OIDC_TOKEN_FILE_PATH", "AZURE_FEDERATED_TOKEN_FILE"},
	FieldUseOIDC:                   {"ARM_USE_OIDC"},
	FieldUseMSI:                    {"ARM_USE_MSI"},
	FieldUseCLI:                    {"ARM_USE_CLI"},
	FieldEnvironment:               {"ARM_ENVIRONMENT"},
}

// Settings are the credential settings as configured. Empty strings and
// nil booleans are unset: the environment variables fill them.
type Settings struct {
	TenantID, ClientID string
	ClientSecret       string
	// ClientCertificate is a base64-encoded PKCS#12 bundle (azurerm's
	// client_certificate) or PEM text; ClientCertificatePath a file holding
	// either, PEM or PKCS#12 (PFX).
	ClientCertificate, ClientCertificatePath string
	ClientCertificatePassword                string
	// OIDCToken is an ID token of an external identity provider (a CI
	// system); OIDCTokenFilePath a file holding one, read at each token
	// request (Kubernetes projects a fresh one there).
	OIDCToken, OIDCTokenFilePath string
	UseOIDC, UseMSI, UseCLI      *bool
	// Environment is the cloud: public, usgovernment or china (azurerm's
	// values; speech.ParseCloud's aliases are accepted).
	Environment string
}

// Resolved are the settings after the environment variables filled what
// was unset, with where each value came from.
type Resolved struct {
	Settings
	// From maps each set field to the environment variable it came from,
	// or to "" when it was configured.
	From map[Field]string
	// BadBool lists the boolean fields whose environment value is not a
	// boolean (they are then false).
	BadBool []Field
}

// Resolve fills unset settings from the environment (getenv; nil reads
// the process environment through the caller's choice, see Options).
func Resolve(s Settings, getenv func(string) (string, bool)) Resolved {
	r := Resolved{Settings: s, From: map[Field]string{}}
	str := func(f Field, v *string) {
		if strings.TrimSpace(*v) != "" {
			r.From[f] = ""
			*v = strings.TrimSpace(*v)
			return
		}
		for _, name := range EnvVars[f] {
			if e, ok := getenv(name); ok && strings.TrimSpace(e) != "" {
				*v, r.From[f] = strings.TrimSpace(e), name
				return
			}
		}
	}
	boolean := func(f Field, v **bool, def bool) {
		if *v != nil {
			r.From[f] = ""
			return
		}
		for _, name := range EnvVars[f] {
			if e, ok := getenv(name); ok && strings.TrimSpace(e) != "" {
				b, err := strconv.ParseBool(strings.TrimSpace(e))
				if err != nil {
					r.BadBool = append(r.BadBool, f)
				}
				*v, r.From[f] = &b, name
				return
			}
		}
		*v = &def
	}
	str(FieldTenantID, &r.TenantID)
	str(FieldClientID, &r.ClientID)
	str(FieldClientSecret, &r.ClientSecret)
	str(FieldClientCertificate, &r.ClientCertificate)
	str(FieldClientCertificatePath, &r.ClientCertificatePath)
	str(FieldClientCertificatePassword, &r.ClientCertificatePassword)
	str(FieldOIDCToken, &r.OIDCToken)
	str(FieldOIDCTokenFilePath, &r.OIDCTokenFilePath)
	str(FieldEnvironment, &r.Environment)
	boolean(FieldUseOIDC, &r.UseOIDC, false)
	boolean(FieldUseMSI, &r.UseMSI, false)
	// azurerm's use_cli defaults to true.
	boolean(FieldUseCLI, &r.UseCLI, true)
	return r
}

// secrets are the secret values of the settings, for scrubbing.
func (r Resolved) secrets() []string {
	var out []string
	for _, s := range []string{r.ClientSecret, r.ClientCertificate, r.ClientCertificatePassword, r.OIDCToken} {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
