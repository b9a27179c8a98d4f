package provider

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/ephemeral"
	"github.com/hashicorp/terraform-plugin-framework/ephemeral/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"
)

var (
	_ ephemeral.EphemeralResourceWithConfigure      = &tokenEphemeralResource{}
	_ ephemeral.EphemeralResourceWithValidateConfig = &tokenEphemeralResource{}
)

// NewTokenEphemeralResource is the constructor of ephemeral "speechendpoints_token".
func NewTokenEphemeralResource() ephemeral.EphemeralResource { return &tokenEphemeralResource{} }

type tokenEphemeralResource struct {
	data *providerData
}

func (r *tokenEphemeralResource) Metadata(
	_ context.Context,
	req ephemeral.MetadataRequest,
	resp *ephemeral.MetadataResponse,
) {
	resp.TypeName = req.ProviderTypeName + "_token"
}

func (r *tokenEphemeralResource) Schema(_ context.Context, _ ephemeral.SchemaRequest, resp *ephemeral.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Issues an Azure AI Speech access token (valid 10 minutes) for a resource described as in " +
			"the `speechendpoints` data source, with the provider's key or an ephemeral `key`. " +
			"Nothing of it lands in the plan or the state. A refused key fails with the key check's diagnosis. " +
			"Needs Terraform 1.10+ or OpenTofu 1.11+ (ephemeral resources).",
		Attributes: ephemeralInputAttributes(map[string]schema.Attribute{
			"key": schema.StringAttribute{
				Optional: true, Sensitive: true,
				MarkdownDescription: "The key to exchange for a token. Defaults to the provider's `key` (or `SPEECH_KEY`). " +
					"Accepts ephemeral values. A key known only at apply is no error: " +
					"the token is unknown during plan and issued when Terraform opens the resource during apply.",
			},
			"token": schema.StringAttribute{
				Computed: true, Sensitive: true,
				MarkdownDescription: "The access token, for an `Authorization: Bearer <token>` header. Valid 10 minutes, and " +
					"only on `valid_for_hosts`.",
			},
			"token_endpoint": schema.StringAttribute{
				Computed: true,
				MarkdownDescription: "The token endpoint that issued " +
					"the token.",
			},
			"valid_for_hosts": schema.ListAttribute{
				Computed: true, ElementType: types.StringType,
				MarkdownDescription: "The hosts the token works on: a token from the regional `api.cognitive` host is for " +
					"that region's speech hosts, one from a custom domain for that custom domain. " +
					"Microsoft's pages use each token on the hosts of its own form; no page states the scoping outright (observed).",
			},
			"expires_at": schema.StringAttribute{
				Computed: true,
				MarkdownDescription: "When the token expires (RFC 3339): " +
					"its `exp` claim, else 10 minutes after issue.",
			},
		}),
	}
}

func (r *tokenEphemeralResource) Configure(
	_ context.Context,
	req ephemeral.ConfigureRequest,
	resp *ephemeral.ConfigureResponse,
) {
	r.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

func (r *tokenEphemeralResource) ValidateConfig(
	ctx context.Context,
	req ephemeral.ValidateConfigRequest,
	resp *ephemeral.ValidateConfigResponse,
) {
	var m tokenModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	m.validate(keyedResourceWords(nil), &resp.Diagnostics)
}

// tokenModel is ephemeral "speechendpoints_token".
type tokenModel struct {
	resourceInputModel
	Key           types.String `tfsdk:"key"`
	Token         types.String `tfsdk:"token"`
	TokenEndpoint types.String `tfsdk:"token_endpoint"`
	ValidForHosts types.List   `tfsdk:"valid_for_hosts"`
	ExpiresAt     types.String `tfsdk:"expires_at"`
}

// tokenUse is the ephemeral token's use of the key: Terraform opens it
// again during apply, so a key known only then needs nothing shown.
var tokenUse = keyedUse{what: "the token", deferred: sevNone}

func (r *tokenEphemeralResource) Open(ctx context.Context, req ephemeral.OpenRequest, resp *ephemeral.OpenResponse) {
	var m tokenModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	words := keyedResourceWords(r.data)
	k := r.data.keyed(ctx, m.Key, sink{diags: &resp.Diagnostics})
	res, ok := m.resolve(words, r.data, k.out)
	if !ok {
		return
	}
	if !k.start(tokenUse, res, words) {
		if k.state == keyDeferred {
			// The token is issued when Terraform opens this resource again
			// during apply, when the key is known.
			m.Token, m.TokenEndpoint, m.ExpiresAt = types.StringUnknown(), types.StringUnknown(), types.StringUnknown()
			m.ValidForHosts = types.ListUnknown(types.StringType)
			resp.Diagnostics.Append(resp.Result.Set(ctx, &m)...)
		}
		return
	}
	tok, o := k.issueToken(res)
	k.report(o, words, tokenUse, alwaysError)
	if !o.Passed() {
		return
	}
	ctx = k.ctx
	if tok.Value != "" { // masking "" would scramble every log line
		ctx = tflog.MaskLogStrings(ctx, tok.Value)
	}
	tflog.Debug(
		ctx,
		"token issued",
		map[string]any{"token_endpoint": tok.IssuedBy, "expires_at": tok.ExpiresAt.UTC().Format(time.RFC3339)},
	)

	hosts, diags := types.ListValueFrom(ctx, types.StringType, res.TokenHosts())
	resp.Diagnostics.Append(diags...)
	m.Token = types.StringValue(tok.Value)
	m.TokenEndpoint = types.StringValue(tok.IssuedBy)
	m.ValidForHosts = hosts
	m.ExpiresAt = types.StringValue(tok.ExpiresAt.UTC().Format(time.RFC3339))
	resp.Diagnostics.Append(resp.Result.Set(ctx, &m)...)
}
