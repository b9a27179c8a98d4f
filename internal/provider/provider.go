// Package provider is the Terraform glue over the speech domain package.
package provider

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/ephemeral"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/azcred"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/keycheck"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/secret"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

var (
	_ provider.Provider                       = &speechProvider{}
	_ provider.ProviderWithFunctions          = &speechProvider{}
	_ provider.ProviderWithEphemeralResources = &speechProvider{}
)

// New returns a constructor of the provider at a version.
func New(version string) func() provider.Provider {
	return func() provider.Provider {
		return &speechProvider{version: version, calls: keycheck.NewCache(), tokens: azcred.NewCache(), shown: &sync.Map{}}
	}
}

type speechProvider struct {
	version string
	// calls remembers every key check call for the life of the provider
	// process, so that many data sources share one call.
	calls *keycheck.Cache
	// tokens holds the Microsoft Entra tokens of the plan: one per
	// credential and scope, shared by every data source.
	tokens *azcred.Cache
	// shown is the set of once-per-plan notes already shown.
	shown *sync.Map
}

// providerData is what Configure hands to data sources, functions and
// ephemeral resources.
type providerData struct {
	// defaultCloud is the provider's cloud (nil for none) and
	// defaultCloudSource where it came from, for messages.
	defaultCloud       *speech.Cloud
	defaultCloudSource string

	// key is the provider's key; keyGiven is true when the configuration
	// or SPEECH_KEY sets it (to anything, "" included: the key check
	// judges an empty key); keyUnknown is true when it is known only at
	// apply.
	key        string
	keyGiven   bool
	keyUnknown bool
	// redact removes the provider's key, built once per configuration.
	redact  secret.Redactor
	checker *keycheck.Client
	// creds are the Microsoft Entra credentials of the keyless checks,
	// built when one first needs a token.
	creds *credentials

	// shown remembers the notes shown once per plan (one provider
	// process serves one plan).
	shown *sync.Map
}

// cloudSource says where the provider's default cloud came from.
func (d *providerData) cloudSource() string {
	if d == nil {
		return ""
	}
	return d.defaultCloudSource
}

// firstTime reports whether a once-per-plan note is shown for the first
// time, and remembers it.
func (d *providerData) firstTime(note string) bool {
	_, seen := d.shown.LoadOrStore(note, true)
	return !seen
}

func (p *speechProvider) Metadata(_ context.Context, _ provider.MetadataRequest, resp *provider.MetadataResponse) {
	resp.TypeName = "speechendpoints"
	resp.Version = p.version
}

func (p *speechProvider) Schema(_ context.Context, _ provider.SchemaRequest, resp *provider.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Computes Azure AI Speech endpoints for every cloud and region at plan time, and " +
			"rejects impossible combinations with a message that says what to write instead.",
		Attributes: map[string]schema.Attribute{
			"cloud": schema.StringAttribute{
				Optional: true,
				MarkdownDescription: "The default Azure cloud: `public`, `usgovernment` or `china` (azurerm's " +
					"`environment` values), or the az CLI names `AzureCloud`, `AzureUSGovernment`, `AzureChinaCloud`. " +
					"A data source's cloud is, in order: its own `cloud`; the cloud its `region` or `endpoint` " +
					"implies; this setting; the `ARM_ENVIRONMENT` environment variable; `public`. " +
					"When a data source's region is in another cloud than this setting, the region wins and the " +
					"plan warns.",
			},
			"key": schema.StringAttribute{
				Optional:  true,
				Sensitive: true,
				MarkdownDescription: "The Speech resource key (KEY 1 or KEY 2) that `key_check` blocks, the " +
					"voices data source and the token use when they set no key of their own. " +
					"Falls back to the `SPEECH_KEY` environment variable. This is the recommended place for the " +
					"key: provider configuration is never written to state. " +
					"It accepts a `sensitive` variable on every CLI, and ephemeral values (an `ephemeral = true` variable or an " +
					"ephemeral resource's attribute) on Terraform 1.10+ and OpenTofu 1.11+. A key created in the same run cannot be checked during plan: see the " +
					"[key check guide](guides/key-check.md).",
			},
			"request_timeout": schema.StringAttribute{
				Optional: true,
				MarkdownDescription: fmt.Sprintf("How long one key check call may take, as a Go duration string "+
					"(`10s`, `1m`) from `%s` to `%s`. Defaults to `%s`. ",
					durationText(minRequestTimeout), durationText(maxRequestTimeout),
					durationText(keycheck.DefaultTimeout)) +
					"Each call is tried at most `max_retries + 1` times.",
				Validators: []validator.String{durationBetween(minRequestTimeout, maxRequestTimeout)},
			},
			"check_timeout": schema.StringAttribute{
				Optional: true,
				MarkdownDescription: "How long one key check (or token) may take in all: every attempt, retry, " +
					"`Retry-After` wait and `locate` included. " +
					fmt.Sprintf("A wait that would end after it is not started. A Go duration string from `%s` to "+
						"`%s`; defaults to `%s`. ",
						durationText(minCheckTimeout), durationText(maxRequestTimeout),
						durationText(keycheck.DefaultCheckTimeout)) +
					"When it runs out, the check could not decide and says what did not answer. " +
					"A host that stayed silent for a whole wait is not called again in the plan: see the " +
					"[key check guide](guides/key-check.md).",
				Validators: []validator.String{durationBetween(minCheckTimeout, maxRequestTimeout)},
			},
			"max_retries": schema.Int64Attribute{
				Optional: true,
				MarkdownDescription: fmt.Sprintf("How often a key check call is retried, with exponential "+
					"backoff (`%s`, doubling, moved at random by up to %d%% either way) or the service's `Retry-After` "+
					"(honoured up to `%s`). Defaults to `%d`; `0` to `%d`. "+
					"It retries a status %s, never another (a 501 or 505 answers the same again). "+
					"It also retries a time-out after the connection was made, a dropped connection, and a proxy "+
					"that could not be reached or answered the tunnel with one of those 5xx.",
					durationText(keycheck.DefaultBackoff), int(keycheck.Jitter*100), durationText(keycheck.MaxRetryAfter),
					keycheck.DefaultMaxRetries, maxMaxRetries, statusList(keycheck.RetryStatuses)),
				Validators: []validator.Int64{int64validator.Between(0, maxMaxRetries)},
			},
			"ca_cert_pem": schema.StringAttribute{
				Optional: true,
				MarkdownDescription: "Extra trusted certificate authorities, PEM-encoded, added to the system " +
					"roots for key check calls: the root of a corporate proxy " +
					"that inspects TLS, for example. Proxies themselves come from `HTTPS_PROXY` and `NO_PROXY` in " +
					"the environment, read when the provider is configured.",
			},
		},
	}
	for name, a := range credentialAttributes() {
		resp.Schema.Attributes[name] = a
	}
}

// Bounds of the provider's HTTP settings (their defaults are keycheck's).
const (
	minRequestTimeout = time.Millisecond
	minCheckTimeout   = time.Second
	maxRequestTimeout = 10 * time.Minute
	maxMaxRetries     = 10
)

// durationText writes a duration as a Go duration string a user would
// write: "10s", "250ms", "10m" (not "10m0s").
func durationText(d time.Duration) string {
	s := d.String()
	for _, zero := range []string{"m0s", "h0m"} {
		if strings.HasSuffix(s, zero) {
			s = strings.TrimSuffix(s, zero[1:])
		}
	}
	return s
}

// statusList writes statuses as `408`, `429` or `500`.
func statusList(statuses []int) string {
	items := make([]string, len(statuses))
	for i, st := range statuses {
		items[i] = fmt.Sprintf("`%d`", st)
	}
	return orList(items)
}

type providerModel struct {
	credentialModel
	Cloud          types.String `tfsdk:"cloud"`
	Key            types.String `tfsdk:"key"`
	RequestTimeout types.String `tfsdk:"request_timeout"`
	CheckTimeout   types.String `tfsdk:"check_timeout"`
	MaxRetries     types.Int64  `tfsdk:"max_retries"`
	CACertPEM      types.String `tfsdk:"ca_cert_pem"`
}

func (p *speechProvider) Configure(ctx context.Context, req provider.ConfigureRequest,
	resp *provider.ConfigureResponse) {
	var cfg providerModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &cfg)...)
	if resp.Diagnostics.HasError() {
		return
	}
	data := &providerData{shown: p.shown}
	switch {
	case cfg.Cloud.IsUnknown():
		// Known only at apply; data sources infer the cloud meanwhile.
	case !cfg.Cloud.IsNull():
		c, p := speech.ParseCloud(cfg.Cloud.ValueString())
		if p != nil {
			summary, detail := providerWords.problem(*p)
			if holdsKeyShape(*p) {
				resp.Diagnostics.AddError(summary, detail)
				return
			}
			resp.Diagnostics.AddAttributeError(path.Root(argCloud), summary, detail)
			return
		}
		data.defaultCloud, data.defaultCloudSource = c, "The provider's cloud argument"
	default:
		if env := os.Getenv("ARM_ENVIRONMENT"); env != "" {
			c, p := speech.ParseCloud(env)
			if p != nil {
				_, detail := providerWords.problem(*p)
				resp.Diagnostics.AddWarning("ARM_ENVIRONMENT Ignored", fmt.Sprintf("ARM_ENVIRONMENT is set to %s, "+
					"which is not an Azure cloud with Speech, so it is ignored. %s", quote(env), detail))
			} else {
				data.defaultCloud, data.defaultCloudSource = c, "ARM_ENVIRONMENT"
			}
		}
	}

	switch {
	case cfg.Key.IsUnknown():
		data.keyUnknown = true
	case !cfg.Key.IsNull():
		data.key, data.keyGiven = cfg.Key.ValueString(), true
	default:
		data.key = os.Getenv("SPEECH_KEY")
		data.keyGiven = data.key != ""
	}
	data.redact = secret.NewRedactor(secret.SpeechKey, data.key)
	for _, v := range cfg.secrets() {
		data.redact = data.redact.With(secret.EntraSecret, v)
	}

	// The schema validators have checked both settings when they are known.
	hc := keycheck.Defaults()
	if d, ok := parseDuration(cfg.RequestTimeout); ok {
		hc.Timeout = d
	}
	if d, ok := parseDuration(cfg.CheckTimeout); ok {
		hc.CheckTimeout = d
	}
	if !cfg.MaxRetries.IsNull() && !cfg.MaxRetries.IsUnknown() {
		hc.MaxRetries = int(cfg.MaxRetries.ValueInt64())
	}
	if !cfg.CACertPEM.IsNull() && !cfg.CACertPEM.IsUnknown() {
		hc.CACertPEM = cfg.CACertPEM.ValueString()
	}
	if resp.Diagnostics.HasError() {
		return
	}
	checker, err := keycheck.NewClient(hc, p.calls)
	if err != nil {
		addClientError(&resp.Diagnostics, err)
		return
	}
	data.checker = checker
	data.creds = newCredentials(cfg.settings(), checker.Transporter(), p.tokens)
	resp.DataSourceData = data
	resp.EphemeralResourceData = data
}

// addClientError reports why the key check's HTTP client could not be
// built: the CA setting at fault and how, or else the error itself.
func addClientError(diags *diag.Diagnostics, err error) {
	const ca = "ca_cert_pem"
	const give = "Give one or more PEM certificates (-----BEGIN CERTIFICATE----- ...), " +
		"for example the root certificate of a proxy that inspects TLS."
	var ce *keycheck.CAError
	switch {
	case errors.Is(err, keycheck.ErrNoPEM):
		diags.AddAttributeError(path.Root(ca), "Invalid CA Certificates", ca+" holds no PEM certificate. "+give)
	case errors.As(err, &ce) && ce.Err != nil:
		diags.AddAttributeError(path.Root(ca), "Invalid CA Certificates", fmt.Sprintf(
			"%s holds no usable certificate: its PEM block %d is marked CERTIFICATE but is not a valid X.509 "+
				"certificate (%v). %s", ca, ce.Block, ce.Err, give))
	case errors.As(err, &ce):
		diags.AddAttributeError(path.Root(ca), "Invalid CA Certificates", fmt.Sprintf(
			"%s holds no usable certificate: its PEM block %d is %s, not a certificate. %s", ca, ce.Block, quote(ce.Type), give))
	default:
		diags.AddError("Key Check Client Not Built", "The provider could not build the HTTP client of its key checks: "+
			err.Error()+
			". Please report this issue to the provider developers.")
	}
}

func (p *speechProvider) Resources(context.Context) []func() resource.Resource { return nil }

func (p *speechProvider) DataSources(context.Context) []func() datasource.DataSource {
	return []func() datasource.DataSource{NewEndpointsDataSource, NewRegionsDataSource, NewVoicesDataSource}
}

func (p *speechProvider) Functions(context.Context) []func() function.Function {
	return []func() function.Function{
		NewEndpointsFunction, NewCustomDomainFunction, NewParseEndpointFunction, NewRegionFunction,
	}
}

func (p *speechProvider) EphemeralResources(context.Context) []func() ephemeral.EphemeralResource {
	return []func() ephemeral.EphemeralResource{NewTokenEphemeralResource}
}
