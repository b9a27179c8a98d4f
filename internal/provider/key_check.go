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
		MarkdownDescription: "Calls the endpoints with a key during `terraform plan`, as the application will. " +
			"`key_check {}` turns the check on with the defaults; no block means no check and no network call. " +
			"By default a refused key fails the plan, with the likely cause and the change to make. " +
			"See the [key check guide](../guides/key-check.md).",
		Attributes: map[string]schema.Attribute{
			"key": schema.StringAttribute{
				Optional:  true,
				Sensitive: true,
				MarkdownDescription: "The key to check. Defaults to the provider's `key` (or `SPEECH_KEY`). " +
					"**Stored in state**, like every data source argument, though never shown in plans: " +
					"prefer the provider's `key`.",
			},
			"voices": schema.BoolAttribute{
				Optional: true,
				MarkdownDescription: "Also reads the voices list, which proves the text to speech side of the resource " +
					"(its kind, network rules, entitlement). Defaults to `true`.",
			},
			"require_voices": schema.ListAttribute{
				Optional:    true,
				ElementType: types.StringType,
				MarkdownDescription: "Voices the application uses, which the region's voices list must offer: short names " +
					"(`en-US-AvaMultilingualNeural`, any case) or long names. " +
					"A voice not offered fails the check (see `on_failure`), naming the closest voices offered. " +
					"Needs the voices list (not `voices = false`). " +
					"See the [required voices guide](../guides/required-voices.md).",
				Validators: []validator.List{listvalidator.ValueStringsAre(stringvalidator.LengthAtLeast(1))},
			},
			"on_failure": schema.StringAttribute{
				Optional: true,
				MarkdownDescription: "What a failed check does: Azure refused the key or the resource, the key " +
					"cannot be sent (empty, a GUID), the region or custom domain does not exist, or the region lacks " +
					"a required voice. " +
					"`error` (default) fails the plan; `warning` prints the diagnosis as a warning; " +
					"`none` only records it in `key_check_result`. " +
					"For `terraform destroy` with a key that no longer works, see " +
					"[tearing down](../guides/key-check.md#tearing-down-terraform-destroy-with-a-key-that-no-longer-works).",
				Validators: []validator.String{stringvalidator.OneOf(onError, onWarning, onNone)},
			},
			"on_inconclusive": schema.StringAttribute{
				Optional: true,
				MarkdownDescription: "What a check that could not decide does: an outage, throttling, a time-out, " +
					"or a network or proxy failure left the check undecided. " +
					"`warning` (default) prints it and lets the plan go on; `error` fails the plan; " +
					"`none` only records it in `key_check_result`.",
				Validators: []validator.String{stringvalidator.OneOf(onError, onWarning, onNone)},
			},
			"locate": schema.BoolAttribute{
				Optional: true,
				MarkdownDescription: "When the token endpoint refuses the key, tries the key in every other Speech region " +
					"of every cloud at once, and names where it is accepted. " +
					"**This sends the key to the token service of every Speech region.** Defaults to `false`.",
			},
		},
	}
}

func keyCheckResultSchema() schema.SingleNestedAttribute {
	return schema.SingleNestedAttribute{
		Computed:            true,
		MarkdownDescription: "What the key check found. Null without `key_check`. Never holds the key.",
		Attributes: map[string]schema.Attribute{
			"passed": schema.BoolAttribute{
				Computed: true,
				MarkdownDescription: "`true` when the check passed: Azure accepted the key and the region offers every " +
					"required voice. `false` when the check failed (what `on_failure` acts on). " +
					"Null when it could not decide, or did not run during plan (a key known only after apply). " +
					"Test `passed != false` in `check` blocks and postconditions.",
			},
			"key_valid": schema.BoolAttribute{
				Computed: true,
				MarkdownDescription: "Only whether Azure accepted the key. `true` when it did, even if the check failed " +
					"on a missing voice or a used-up quota, or the other call gave no usable answer. " +
					"`false` when Azure refused the key or the resource, the key cannot be sent, or the region or " +
					"custom domain does not exist; null when no answer decided. " +
					"To test the check, use `passed`.",
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
				MarkdownDescription: "The region the token's claims name. " +
					"A hint: Microsoft does not document the claim, so null is normal.",
			},
			"pricing_tier": schema.StringAttribute{
				Computed:            true,
				MarkdownDescription: "The pricing tier (`S0`, `F0`) the token's claims name. A hint, often null.",
			},
			"resource_id": schema.StringAttribute{Computed: true, MarkdownDescription: "The Azure resource ID the " +
				"token's claims name. A hint, often null."},
			"located": schema.ListAttribute{
				Computed:    true,
				ElementType: types.StringType,
				MarkdownDescription: "With `locate`, the `cloud/region` pairs whose token endpoint " +
					"accepted the key. Null when locate did not run.",
			},
			"missing_voices": schema.ListAttribute{
				Computed:    true,
				ElementType: types.StringType,
				MarkdownDescription: "The `require_voices` entries the region does not offer, as written. " +
					"Empty when all are offered; null without `require_voices` or when the list could not be read.",
			},
			"diagnosis": schema.StringAttribute{
				Computed:            true,
				MarkdownDescription: "The key check's full diagnosis: the likely cause and the change to make.",
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
	Passed         types.Bool   `tfsdk:"passed"`
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
// itself deferred: depends_on, which keeps the key out of state (a
// key_check.key set from the same attribute defers it too, but stores the
// key in state).
var keyCheckUse = keyedUse{what: "the key check", deferred: sevWarning, deferFix: "To check it during apply, " +
	deferByDependsOn, refreshed: true, severityArgs: true}

// deferByDependsOn is the change that defers a data source whose key is
// known only after apply, keeping the key out of state: one step, with
// the value to write (issue 25).
const deferByDependsOn = "add depends_on to this data source, naming the resource the provider's key is read from " +
	"(depends_on = [azurerm_cognitive_account.speech] when the key is " +
	"azurerm_cognitive_account.speech.primary_access_key): Terraform then reads the data source during apply, when " +
	"the key is known, and the key stays in the provider's configuration, out of state"

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
	summary, detail := k.report(o, w, keyCheckUse, kc.report)
	return newKeyCheckResult(k.out.redact, o, summary+": "+detail)
}

// passed is key_check_result.passed: true when the check passed, false
// when it failed (whatever on_failure acts on), null when it could not
// decide or was deferred (no class yet).
func passed(c keycheck.Class) types.Bool {
	switch c {
	case keycheck.Passed:
		return types.BoolValue(true)
	case keycheck.Verdict:
		return types.BoolValue(false)
	default:
		return types.BoolNull()
	}
}

func intOrNull(n int) types.Int64 {
	if n <= 0 {
		return types.Int64Null()
	}
	return types.Int64Value(int64(n))
}

func newKeyCheckResult(r secret.Redactor, o keycheck.Outcome, diagnosis string) *keyCheckResultModel {
	m := &keyCheckResultModel{
		Passed:         passed(o.Class),
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
