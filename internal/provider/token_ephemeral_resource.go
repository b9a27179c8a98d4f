package provider

import (
	"context"
	"net/url"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/ephemeral"
	"github.com/hashicorp/terraform-plugin-framework/ephemeral/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/keycheck"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
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

func (r *tokenEphemeralResource) Metadata(_ context.Context, req ephemeral.MetadataRequest, resp *ephemeral.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_token"
}

func (r *tokenEphemeralResource) Schema(_ context.Context, _ ephemeral.SchemaRequest, resp *ephemeral.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Issues an Azure AI Speech access token (valid 10 minutes) for a resource described as in the `speechendpoints` data source, with the provider's key or an ephemeral `key`. " +
			"Nothing of it lands in the plan or the state. A refused key fails with the key check's diagnosis. Needs Terraform 1.10 or later.",
		Attributes: map[string]schema.Attribute{
			"region":                schema.StringAttribute{Optional: true, MarkdownDescription: "The resource's region, in any form the data source accepts. At least one of `region` and `endpoint` is required."},
			"cloud":                 schema.StringAttribute{Optional: true, MarkdownDescription: "The resource's cloud; inferred from `region` or `endpoint` when omitted."},
			"resource_type":         schema.StringAttribute{Optional: true, MarkdownDescription: "The resource's ARM kind (`SpeechServices` by default)."},
			"custom_subdomain_name": schema.StringAttribute{Optional: true, MarkdownDescription: "The resource's custom subdomain."},
			"private_endpoint":      schema.BoolAttribute{Optional: true, MarkdownDescription: "The resource is behind a private endpoint: the token is issued by its custom domain."},
			"endpoint":              schema.StringAttribute{Optional: true, MarkdownDescription: "The resource endpoint as the portal shows it."},
			"key": schema.StringAttribute{
				Optional: true, Sensitive: true,
				MarkdownDescription: "The key to exchange for a token. Defaults to the provider's `key` (or `SPEECH_KEY`). Accepts ephemeral values. A key known only at apply is no error: the token is unknown during plan and issued when Terraform opens the resource during apply.",
			},
			"token": schema.StringAttribute{
				Computed: true, Sensitive: true,
				MarkdownDescription: "The access token, for an `Authorization: Bearer <token>` header. Valid 10 minutes, and only on `valid_for_hosts`.",
			},
			"token_endpoint": schema.StringAttribute{Computed: true, MarkdownDescription: "The token endpoint that issued the token."},
			"valid_for_hosts": schema.ListAttribute{
				Computed: true, ElementType: types.StringType,
				MarkdownDescription: "The hosts the token works on. Tokens are scoped to the host family that issued them: a token from the regional `api.cognitive` host works on that region's speech hosts, one from a custom domain only on that custom domain.",
			},
			"expires_at": schema.StringAttribute{Computed: true, MarkdownDescription: "When the token expires (RFC 3339): its `exp` claim, else 10 minutes after issue."},
		},
	}
}

func (r *tokenEphemeralResource) Configure(_ context.Context, req ephemeral.ConfigureRequest, resp *ephemeral.ConfigureResponse) {
	r.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

func (r *tokenEphemeralResource) ValidateConfig(ctx context.Context, req ephemeral.ValidateConfigRequest, resp *ephemeral.ValidateConfigResponse) {
	validateInput(ctx, req.Config, &resp.Diagnostics)
}

func (r *tokenEphemeralResource) Open(ctx context.Context, req ephemeral.OpenRequest, resp *ephemeral.OpenResponse) {
	in, _, diags := readInput(ctx, req.Config, r.data)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	res, fs := speech.Resolve(in)
	addFindings(&resp.Diagnostics, fs)
	if resp.Diagnostics.HasError() {
		return
	}
	if r.data == nil || r.data.checker == nil {
		resp.Diagnostics.AddError("Provider Not Configured", "The token needs the provider's configuration. Please report this issue to the provider developers.")
		return
	}
	var keyAttr types.String
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("key"), &keyAttr)...)
	set := func(name string, v any) {
		resp.Diagnostics.Append(resp.Result.SetAttribute(ctx, path.Root(name), v)...)
	}
	key, unknown := r.data.keyFor(keyAttr)
	if unknown {
		// The key comes from a resource created in this run: the token is
		// issued when Terraform opens this resource again during apply.
		set("token", types.StringUnknown())
		set("token_endpoint", types.StringUnknown())
		set("valid_for_hosts", types.ListUnknown(types.StringType))
		set("expires_at", types.StringUnknown())
		return
	}
	if key == "" {
		resp.Diagnostics.AddAttributeError(path.Root("key"), "No Key For The Token", "Set the provider's key (or the SPEECH_KEY environment variable), or key on this ephemeral resource.")
		return
	}
	ctx = tflog.MaskLogStrings(ctx, keycheck.KeyForms(key)...)
	tok, result := r.data.checker.IssueToken(ctx, key, res)
	if !result.Passed {
		resp.Diagnostics.AddError(keycheck.Redact(result.Summary, key), keycheck.Redact(result.Detail, key))
		return
	}
	ctx = tflog.MaskLogStrings(ctx, tok.Value)
	tflog.Debug(ctx, "token issued", map[string]any{"token_endpoint": tok.IssuedBy, "expires_at": tok.ExpiresAt.UTC().Format(time.RFC3339)})

	hosts := []attr.Value{}
	seen := map[string]bool{}
	for _, a := range endpointAttrs {
		u, err := url.Parse(a.get(res.Recommended))
		if err != nil || u.Hostname() == "" || seen[u.Hostname()] {
			continue
		}
		seen[u.Hostname()] = true
		hosts = append(hosts, types.StringValue(u.Hostname()))
	}
	set("token", tok.Value)
	set("token_endpoint", tok.IssuedBy)
	set("valid_for_hosts", types.ListValueMust(types.StringType, hosts))
	set("expires_at", tok.ExpiresAt.UTC().Format(time.RFC3339))
}
