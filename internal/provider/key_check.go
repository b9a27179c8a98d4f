package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/listvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/keycheck"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/secret"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// keyCheckSchema is the key_check block. A block, not a nested attribute:
// Terraform checks a block's argument names like the data source's own, so
// a misspelt argument is an error, where an object literal given to a
// nested attribute silently loses the attributes its type does not have.
func keyCheckSchema() schema.SingleNestedBlock {
	return schema.SingleNestedBlock{
		MarkdownDescription: "Checks a key against the real endpoints during `terraform plan`: a `key_check { }` block " +
			"means on, an empty one checks with the defaults. The token " +
			"endpoint is called, and the voices list, as the application would; " +
			"a rejected key fails the plan with the likely cause and the change to make. Terraform rejects a misspelt " +
			"argument inside the block. See the Key check section.",
		Attributes: map[string]schema.Attribute{
			"key": schema.StringAttribute{
				Optional:  true,
				Sensitive: true,
				MarkdownDescription: "The key to check. Defaults to the provider's `key` (or `SPEECH_KEY`). **Stored in " +
					"state** like every data source argument, though never shown in plan output: " +
					"prefer the provider's `key`, which is not.",
			},
			"voices": schema.BoolAttribute{
				Optional: true,
				MarkdownDescription: "Also read the voices list, which proves the text to speech data plane (kind, network " +
					"rules, entitlement). Defaults to `true`.",
			},
			"require_voices": schema.ListAttribute{
				Optional:    true,
				ElementType: types.StringType,
				MarkdownDescription: "Voices the application is configured with, which the region's voices list must offer: " +
					"short names (`en-US-AvaMultilingualNeural`), matched " +
					"case-insensitively, or long names (`Microsoft Server Speech Text to Speech Voice (en-US, " +
					"AvaMultilingualNeural)`). " +
					"A voice not offered is a **verdict** (governed by `on_failure`): the diagnosis names each missing voice, " +
					"the region, and the closest names offered there or the voices of " +
					"the same locale. Needs the voices call (`voices = false` with `require_voices` is an error).",
				Validators: []validator.List{listvalidator.ValueStringsAre(stringvalidator.LengthAtLeast(1))},
			},
			"on_failure": schema.StringAttribute{
				Optional: true,
				MarkdownDescription: "What a **verdict** does: Azure refused the key or the resource (a 401 or 403, a token " +
					"followed by a refused voices list, a 404, a key that cannot be a key). " +
					"`error` (default) fails the plan; `warning` reports the same diagnosis as a warning; `none` only records " +
					"it in `key_check_result`, for `check` blocks and postconditions.",
				Validators: []validator.String{stringvalidator.OneOf(onError, onWarning, onNone)},
			},
			"on_inconclusive": schema.StringAttribute{
				Optional: true,
				MarkdownDescription: "What an **inconclusive** check does: Azure, or something in between, gave no verdict " +
					"(a 5xx or a 429 after retries, a time-out, a reset, a DNS, TLS or " +
					"proxy failure, a redirect, a body that is not Speech's). " +
					"`warning` (default) reports it and lets the plan go on, so that an Azure outage or a runner without " +
					"outbound access does not block the plan that would fix things; `error` " +
					"fails the plan; `none` only records it in `key_check_result`.",
				Validators: []validator.String{stringvalidator.OneOf(onError, onWarning, onNone)},
			},
			"locate": schema.BoolAttribute{
				Optional: true,
				MarkdownDescription: "When the token endpoint rejects the key, try the key's token endpoint in every Speech " +
					"region of every cloud (every other region of the table at once, in " +
					"one round trip) and name where it is accepted. " +
					"**This sends the key to the token service of every Speech region** (all Microsoft-operated). Defaults to " +
					"`false`.",
			},
		},
	}
}

func keyCheckResultSchema() schema.SingleNestedAttribute {
	return schema.SingleNestedAttribute{
		Computed:            true,
		MarkdownDescription: "What the key check found. Null without `key_check`. Never holds the key.",
		Attributes: map[string]schema.Attribute{
			"key_valid": schema.BoolAttribute{
				Computed: true,
				MarkdownDescription: "`true` when Azure accepted the key, " +
					"`false` on a verdict (Azure refused the key or the resource at these endpoints), " +
					"null when nothing judged the key (throttling, service errors, network, proxies, Azure's network rules) or " +
					"the check was deferred. " +
					"`true` too when Azure accepted the key on one call while the other judged nothing (a token issued before an " +
					"inconclusive voices list, or the voices list served " +
					"while the token host was blocked).",
			},
			"token_status": schema.Int64Attribute{Computed: true, MarkdownDescription: "The token endpoint's HTTP " +
				"status; null when it gave no HTTP answer or was not called."},
			"voices_status": schema.Int64Attribute{
				Computed: true,
				MarkdownDescription: "The voices list's HTTP status; " +
					"null when not called or no HTTP answer.",
			},
			"voice_count": schema.Int64Attribute{Computed: true, MarkdownDescription: "How many voices the voices " +
				"list returned; null when unknown."},
			"resource_region": schema.StringAttribute{
				Computed: true,
				MarkdownDescription: "The region the token's claims " +
					"name. A hint: the claim is not documented, so null is normal.",
			},
			"pricing_tier": schema.StringAttribute{
				Computed: true,
				MarkdownDescription: "The pricing tier (`S0`, `F0`) " +
					"the token's claims name. A hint; null is normal.",
			},
			"resource_id": schema.StringAttribute{Computed: true, MarkdownDescription: "The Azure resource ID the " +
				"token's claims name. A hint; null is normal."},
			"located": schema.ListAttribute{
				Computed:    true,
				ElementType: types.StringType,
				MarkdownDescription: "With `locate`, the `cloud/region` pairs whose token endpoint " +
					"accepted the key. Null when locate did not run.",
			},
			"missing_voices": schema.ListAttribute{
				Computed:    true,
				ElementType: types.StringType,
				MarkdownDescription: "The `require_voices` entries the region's voices list does not " +
					"offer, as written: empty when all are offered; null when `require_voices` is not set or the list could not " +
					"be read.",
			},
			"diagnosis": schema.StringAttribute{
				Computed: true,
				MarkdownDescription: "The explanation, in words a person " +
					"can act on.",
			},
		},
	}
}

type keyCheckModel struct {
	Key            types.String `tfsdk:"key"`
	Voices         types.Bool   `tfsdk:"voices"`
	RequireVoices  types.List   `tfsdk:"require_voices"`
	OnFailure      types.String `tfsdk:"on_failure"`
	OnInconclusive types.String `tfsdk:"on_inconclusive"`
	Locate         types.Bool   `tfsdk:"locate"`
}

// What an outcome does (on_failure, on_inconclusive).
const (
	onError   = "error"
	onWarning = "warning"
	onNone    = "none"
)

// mode is a setting's value, or its default.
func mode(v types.String, def string) string {
	if v.IsNull() || v.IsUnknown() {
		return def
	}
	return v.ValueString()
}

// keyCheckResultModel is key_check_result.
type keyCheckResultModel struct {
	KeyValid       types.Bool   `tfsdk:"key_valid"`
	TokenStatus    types.Int64  `tfsdk:"token_status"`
	VoicesStatus   types.Int64  `tfsdk:"voices_status"`
	VoiceCount     types.Int64  `tfsdk:"voice_count"`
	ResourceRegion types.String `tfsdk:"resource_region"`
	PricingTier    types.String `tfsdk:"pricing_tier"`
	ResourceID     types.String `tfsdk:"resource_id"`
	Located        []string     `tfsdk:"located"`
	MissingVoices  []string     `tfsdk:"missing_voices"`
	Diagnosis      types.String `tfsdk:"diagnosis"`
}

// keyCheckConfig is a configured key check, read from the key_check
// block.
type keyCheckConfig struct {
	keyCheckModel
	// set lists the arguments given, so that diagnostics point only at
	// lines that cannot hold a key.
	onFailureSet, onInconclusiveSet bool
}

// readKeyCheck reads the key_check block; nil when it is absent.
func readKeyCheck(ctx context.Context, kcObj types.Object) (*keyCheckConfig, diag.Diagnostics) {
	if kcObj.IsNull() || kcObj.IsUnknown() {
		return nil, nil
	}
	var kc keyCheckConfig
	diags := kcObj.As(ctx, &kc.keyCheckModel, basetypes.ObjectAsOptions{})
	kc.onFailureSet, kc.onInconclusiveSet = !kc.OnFailure.IsNull(), !kc.OnInconclusive.IsNull()
	return &kc, diags
}

// report is where and how an outcome's class is shown. A diagnostic points
// at the argument that decided its severity when that argument is set,
// else at the data source: never at the key_check line, which may hold a
// literal key (key_check { key = "..." } on one line).
func (kc *keyCheckConfig) report(class keycheck.Class) (*path.Path, severity) {
	at, set, how := path.Root(argKeyCheck).AtName("on_failure"), kc.onFailureSet, mode(kc.OnFailure, onError)
	if class == keycheck.Inconclusive {
		at, set, how = path.Root(argKeyCheck).
			AtName("on_inconclusive"),
			kc.onInconclusiveSet, mode(
				kc.OnInconclusive,
				onWarning,
			)
	}
	sev := map[string]severity{onError: sevError, onWarning: sevWarning, onNone: sevNone}[how]
	if !set {
		return nil, sev
	}
	return &at, sev
}

// keyCheckUse is the key check's use of the key. A data source is not
// read again during apply, so a key known only then needs the data source
// itself deferred: its own key_check.key set from the same attribute.
var keyCheckUse = keyedUse{what: "the key check", deferred: sevWarning,
	deferFix: "To check it during apply, set key_check { key = <the attribute the provider's key comes from> } on " +
		"this data source: Terraform then reads the data source " +
		"during apply, when the key is known"}

// runKeyCheck runs a configured key check through the keyed step and
// returns key_check_result (nil when the check cannot run).
func runKeyCheck(kc *keyCheckConfig, k keyed, res speech.Resolution, w surface) *keyCheckResultModel {
	var required []string
	if !kc.RequireVoices.IsNull() && !kc.RequireVoices.IsUnknown() {
		for _, v := range kc.RequireVoices.Elements() {
			if sv, ok := v.(types.String); ok && !sv.IsNull() && !sv.IsUnknown() {
				required = append(required, sv.ValueString())
			}
		}
	}
	if !k.start(keyCheckUse, res, w, valueArg{arg: "key_check.require_voices", values: required}) {
		if k.state != keyDeferred {
			return nil
		}
		summary, detail := w.keyDeferred(keyCheckUse)
		return newKeyCheckResult(k.out.redact, keycheck.Outcome{VoiceCount: -1}, summary+": "+detail)
	}
	o := k.check(keycheck.Request{
		Resolution:    res,
		Voices:        kc.Voices.IsNull() || kc.Voices.ValueBool(),
		Locate:        kc.Locate.ValueBool(),
		RequireVoices: required,
	})
	summary, detail := k.report(o, w, kc.report)
	return newKeyCheckResult(k.out.redact, o, summary+": "+detail)
}

func intOrNull(n int) types.Int64 {
	if n <= 0 {
		return types.Int64Null()
	}
	return types.Int64Value(int64(n))
}

func newKeyCheckResult(r secret.Redactor, o keycheck.Outcome, diagnosis string) *keyCheckResultModel {
	m := &keyCheckResultModel{
		KeyValid:       types.BoolPointerValue(o.KeyValid),
		TokenStatus:    intOrNull(o.Token.Status),
		VoicesStatus:   types.Int64Null(),
		VoiceCount:     types.Int64Null(),
		ResourceRegion: optString(o.Claims.ClaimRegion()),
		PricingTier:    optString(o.Claims.PricingTier()),
		ResourceID:     optString(o.Claims.ResourceID),
		Diagnosis:      optString(r.Redact(diagnosis)),
	}
	if o.Voices != nil {
		m.VoicesStatus = intOrNull(o.Voices.Status)
	}
	if o.VoiceCount >= 0 {
		m.VoiceCount = types.Int64Value(int64(o.VoiceCount))
	}
	if o.LocateRan() {
		m.Located = []string{}
		for _, rg := range o.Located {
			m.Located = append(m.Located, rg.Cloud.Name+"/"+rg.Name)
		}
	}
	if o.Missing != nil {
		m.MissingVoices = []string{}
		for _, mv := range o.Missing {
			m.MissingVoices = append(m.MissingVoices, mv.Name)
		}
	}
	return m
}

// validateKeyCheck reports key_check settings that cannot work together.
func validateKeyCheck(ctx context.Context, kcObj types.Object, d *diag.Diagnostics) {
	if kcObj.IsNull() || kcObj.IsUnknown() {
		return
	}
	var kc keyCheckModel
	d.Append(kcObj.As(ctx, &kc, basetypes.ObjectAsOptions{UnhandledUnknownAsEmpty: true})...)
	if !kc.RequireVoices.IsNull() && len(kc.RequireVoices.Elements()) > 0 && !kc.Voices.IsNull() &&
		!kc.Voices.IsUnknown() &&
		!kc.Voices.ValueBool() {
		d.AddAttributeError(
			path.Root("key_check").AtName("require_voices"),
			"Required Voices Need The Voices List",
			"require_voices is checked against the region's voices list, and voices = false turns that call off. Remove "+
				"voices = false (the list is read by default), or remove require_voices.",
		)
	}
}
