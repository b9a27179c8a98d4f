package provider

// Keyless access (Microsoft Entra ID), the provider's side. The design:
//
// Provider settings: the credential settings of the azurerm provider, with
// its names and ARM_* variables (azcred.EnvVars): tenant_id, client_id,
// client_secret, client_certificate, client_certificate_path,
// client_certificate_password, oidc_token, oidc_token_file_path, use_oidc,
// use_msi, use_cli. The secrets are sensitive and never in state (provider
// configuration is not stored). The authority and scopes are those of each
// data source's cloud (speech.Cloud.Entra), so a module with resources in
// two clouds signs in to each. Nothing is built or requested until a
// check needs a token: a plan without entra_check or role_check makes no
// Entra call, whatever is configured.
//
// Data source arguments: resource_id (azurerm_cognitive_account.id) and
// local_auth_enabled (azurerm's; false = keyless). Keyless without a custom
// subdomain is an error at plan, before any call, on custom_subdomain_name.
//
// Outputs: keyless (null without a custom subdomain): the custom domain
// endpoint, the token scope and authority of the cloud, the aad# prefix
// of the resource ID (null without resource_id) and keyless app settings
// (no key, no token endpoint); with local_auth_enabled = false the
// top-level recommended endpoints are the custom-domain forms and
// app_settings are the keyless ones.
//
// Blocks, each with the key check's on_failure / on_inconclusive:
//   - entra_check {}: the plan's identity calls the custom domain with a
//     Bearer token, as the app would (keycheck.CheckEntra). Verdicts: no
//     data role (names the roles), another tenant (names it), a token
//     Speech refuses, an endpoint that takes keys only, a credential
//     Entra refuses; inconclusive: no credential (names what was tried),
//     network rules, outages, proxies.
//   - role_check { principal_id = ... }: the app's identity's role
//     assignments, read from Resource Manager with the plan's identity
//     (rbac.Reader). Verdict: no role grants Speech data actions (names
//     the principal, the resource, the roles that do and the
//     azurerm_role_assignment to add); inconclusive: the plan's identity
//     may not read role assignments (names the permission), a deny
//     assignment, a condition, Resource Manager unreachable. An unknown
//     principal_id defers the whole data source to apply (Terraform's
//     rule); depends_on on the role assignment makes that read come after
//     the assignment exists.
//
// Results: entra_check_result and role_check_result (diagnosis words,
// identifiers, never a token or secret).

import (
	"sync"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/azcred"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/rbac"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// credentialSetting is one credential argument of the provider: its
// azcred field (which names it as azurerm does), whether it is secret,
// and its description.
type credentialSetting struct {
	field  azcred.Field
	secret bool
	flag   bool
	desc   string
}

// credentialSettings are the provider's credential arguments, in azurerm's
// words (https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs).
var credentialSettings = []credentialSetting{
	{field: azcred.FieldTenantID, desc: "The Microsoft Entra tenant (directory) ID the checks sign in to, as " +
		"azurerm's `tenant_id`."},
	{field: azcred.FieldClientID, desc: "The client (application) ID of a service principal, or of a " +
		"user-assigned managed identity with `use_msi`, as azurerm's `client_id`."},
	{field: azcred.FieldClientSecret, secret: true, desc: "A client secret of the service principal, as azurerm's " +
		"`client_secret`."},
	{field: azcred.FieldClientCertificate, secret: true, desc: "A base64-encoded PKCS#12 (PFX) bundle, or PEM " +
		"text, with the service principal's certificate and private key, as azurerm's `client_certificate`."},
	{field: azcred.FieldClientCertificatePath, desc: "A PKCS#12 (PFX) or PEM file with the service principal's " +
		"certificate and private key, as azurerm's `client_certificate_path`."},
	{field: azcred.FieldClientCertificatePassword, secret: true, desc: "The certificate's password, as azurerm's " +
		"`client_certificate_password`."},
	{field: azcred.FieldOIDCToken, secret: true, desc: "An ID token of an external identity provider (a CI " +
		"system's OIDC token) federated with the service principal, as azurerm's `oidc_token`. Needs `use_oidc`."},
	{field: azcred.FieldOIDCTokenFilePath, desc: "A file holding that token, read at each token request, as azurerm's " +
		"`oidc_token_file_path` (AKS workload identity's `AZURE_FEDERATED_TOKEN_FILE` is read too)."},
	{field: azcred.FieldUseOIDC, flag: true, desc: "Sign in with the OIDC token (workload identity federation), as " +
		"azurerm's `use_oidc`. Defaults to `false`."},
	{field: azcred.FieldUseMSI, flag: true, desc: "Sign in with the managed identity of the machine the plan runs on, " +
		"as azurerm's `use_msi`. Defaults to `false`."},
	{field: azcred.FieldUseCLI, flag: true, desc: "Sign in with the Azure CLI's account, as azurerm's `use_cli`. " +
		"Defaults to `true`."},
}

// credentialAttributes are the schema of the provider's credential
// arguments.
func credentialAttributes() map[string]schema.Attribute {
	out := map[string]schema.Attribute{}
	for _, c := range credentialSettings {
		desc := c.desc + " Only for `entra_check` and `role_check`; falls back to " + envList(c.field) + "."
		if c.flag {
			out[string(c.field)] = schema.BoolAttribute{Optional: true, MarkdownDescription: desc}
			continue
		}
		out[string(c.field)] = schema.StringAttribute{Optional: true, Sensitive: c.secret, MarkdownDescription: desc}
	}
	return out
}

// envList names a field's environment variables: "`ARM_TENANT_ID` (then
// `AZURE_TENANT_ID`)".
func envList(f azcred.Field) string {
	names := azcred.EnvVars[f]
	s := "`" + names[0] + "`"
	for _, n := range names[1:] {
		s += " (then `" + n + "`)"
	}
	return s
}

// credentialModel holds the provider's credential arguments; the
// provider's model embeds it.
type credentialModel struct {
	TenantID                  types.String `tfsdk:"tenant_id"`
	ClientID                  types.String `tfsdk:"client_id"`
	ClientSecret              types.String `tfsdk:"client_secret"`
	ClientCertificate         types.String `tfsdk:"client_certificate"`
	ClientCertificatePath     types.String `tfsdk:"client_certificate_path"`
	ClientCertificatePassword types.String `tfsdk:"client_certificate_password"`
	OIDCToken                 types.String `tfsdk:"oidc_token"`
	OIDCTokenFilePath         types.String `tfsdk:"oidc_token_file_path"`
	UseOIDC                   types.Bool   `tfsdk:"use_oidc"`
	UseMSI                    types.Bool   `tfsdk:"use_msi"`
	UseCLI                    types.Bool   `tfsdk:"use_cli"`
}

// settings are the configured values (unknown and null ones unset: the
// environment fills them).
func (m credentialModel) settings() azcred.Settings {
	str := func(v types.String) string {
		if v.IsNull() || v.IsUnknown() {
			return ""
		}
		return v.ValueString()
	}
	flag := func(v types.Bool) *bool {
		if v.IsNull() || v.IsUnknown() {
			return nil
		}
		b := v.ValueBool()
		return &b
	}
	return azcred.Settings{
		TenantID: str(m.TenantID), ClientID: str(m.ClientID), ClientSecret: str(m.ClientSecret),
		ClientCertificate: str(m.ClientCertificate), ClientCertificatePath: str(m.ClientCertificatePath),
		ClientCertificatePassword: str(m.ClientCertificatePassword),
		OIDCToken:                 str(m.OIDCToken), OIDCTokenFilePath: str(m.OIDCTokenFilePath),
		UseOIDC: flag(m.UseOIDC), UseMSI: flag(m.UseMSI), UseCLI: flag(m.UseCLI),
	}
}

// secrets are the secret values configured, for redaction.
func (m credentialModel) secrets() []string {
	var out []string
	for _, v := range []types.String{m.ClientSecret, m.ClientCertificate, m.ClientCertificatePassword, m.OIDCToken} {
		if !v.IsNull() && !v.IsUnknown() && v.ValueString() != "" {
			out = append(out, v.ValueString())
		}
	}
	return out
}

// credentials are a provider configuration's Microsoft Entra credentials:
// one per cloud, built when a check first needs it, sharing one token
// cache (one token per credential and scope for the plan) and one Resource
// Manager cache (one listing per principal and resource).
type credentials struct {
	settings  azcred.Settings
	transport policy.Transporter
	tokens    *azcred.Cache
	roles     *rbac.Cache

	mu      sync.Mutex
	byCloud map[*speech.Cloud]*cloudCredential
}

// cloudCredential is a cloud's credential, or why it could not be built.
type cloudCredential struct {
	cred   *azcred.Credential
	err    error
	reader *rbac.Reader
}

func newCredentials(s azcred.Settings, transport policy.Transporter, tokens *azcred.Cache) *credentials {
	return &credentials{settings: s, transport: transport, tokens: tokens, roles: rbac.NewCache(),
		byCloud: map[*speech.Cloud]*cloudCredential{}}
}

// forCloud is the credential of a cloud: its authority, from the
// settings and the environment. It makes no request. Its error is an
// *azcred.ConfigError (a boolean variable that is not one).
func (c *credentials) forCloud(cl *speech.Cloud) *cloudCredential {
	c.mu.Lock()
	defer c.mu.Unlock()
	if cc, ok := c.byCloud[cl]; ok {
		return cc
	}
	s := c.settings
	s.Environment = cl.Name
	cc := &cloudCredential{}
	cc.cred, cc.err = azcred.New(s, azcred.Options{Transport: c.transport, Cache: c.tokens})
	if cc.err == nil {
		cc.reader = rbac.NewReader(cc.cred, rbac.OptionsFor(cl, c.transport, c.roles))
	}
	c.byCloud[cl] = cc
	return cc
}
