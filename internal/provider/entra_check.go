package provider

import (
	"context"
	"errors"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/azcred"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/keycheck"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/rbac"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// The keyless blocks and their results.
const (
	argEntraCheck       = "entra_check"
	argRoleCheck        = "role_check"
	argEntraCheckResult = "entra_check_result"
	argRoleCheckResult  = "role_check_result"
	argPrincipalID      = "principal_id"
)

// modeAttributes are on_failure and on_inconclusive of a check block,
// with the key check's meaning: failed and undecided say, in the block's
// terms, when its check fails and when it cannot decide.
func modeAttributes(result, failed, undecided string) map[string]schema.Attribute {
	return map[string]schema.Attribute{
		"on_failure": schema.StringAttribute{
			Optional: true,
			MarkdownDescription: "What a failed check does (" + failed + "). `error` (default) fails the plan; " +
				"`warning` reports the same diagnosis as a warning; `none` only records it in `" + result + "`.",
			Validators: []validator.String{stringvalidator.OneOf(onError, onWarning, onNone)},
		},
		"on_inconclusive": schema.StringAttribute{
			Optional: true,
			MarkdownDescription: "What a check that could not decide does (" + undecided + "). `warning` (default) " +
				"reports it and lets the plan go on; `error` fails the plan; `none` only records it in `" + result + "`.",
			Validators: []validator.String{stringvalidator.OneOf(onError, onWarning, onNone)},
		},
	}
}

// entraCheckSchema is the entra_check block.
func entraCheckSchema() schema.SingleNestedBlock {
	return schema.SingleNestedBlock{
		MarkdownDescription: "Checks during `terraform plan` that the identity the plan runs as can call Speech as " +
			"a keyless application does: a Microsoft Entra token from the provider's credential settings, sent to the " +
			"custom domain's voices list. Needs a custom subdomain. An identity without a Speech data role, or of " +
			"another tenant, fails the plan and says what to change. " +
			"See the [keyless guide](../guides/keyless.md#check-the-identity-the-plan-runs-as-entra_check).",
		Attributes: modeAttributes(argEntraCheckResult,
			"Speech or Entra refused the identity: no Speech data role, another tenant, a resource that takes keys "+
				"only, a credential Entra refuses",
			"no credential on this machine, Azure's network rules, an outage, a proxy"),
	}
}

// roleCheckSchema is the role_check block.
func roleCheckSchema() schema.SingleNestedBlock {
	attrs := modeAttributes(argRoleCheckResult,
		"no role assignment grants the identity Speech data actions on the resource",
		"the plan's identity may not read role assignments, a deny assignment or a condition, Resource Manager "+
			"unreachable")
	attrs[argPrincipalID] = schema.StringAttribute{
		Optional: true,
		MarkdownDescription: "The object (principal) ID of the identity the application runs as: " +
			"`azurerm_linux_web_app.app.identity[0].principal_id`, or a user-assigned identity's `principal_id` (not its " +
			"`client_id`). Required in the block. Unknown during plan, it defers the read to apply: see " +
			"the [keyless guide](../guides/keyless.md#check-the-apps-identity-role_check).",
	}
	return schema.SingleNestedBlock{
		MarkdownDescription: "Checks during `terraform plan` that the **application's** identity may call Speech: " +
			"its role assignments that reach the resource, read from Azure Resource Manager with the plan's identity, " +
			"must grant the data actions `Microsoft.CognitiveServices/accounts/SpeechServices/*`. Needs `resource_id`, " +
			"and `Microsoft.Authorization/roleAssignments/read` for the plan's identity (Reader has it). " +
			"See the [keyless guide](../guides/keyless.md#check-the-apps-identity-role_check).",
		Attributes: attrs,
	}
}

func entraCheckResultSchema() schema.SingleNestedAttribute {
	return schema.SingleNestedAttribute{
		Computed:            true,
		MarkdownDescription: "What `entra_check` found. Null without `entra_check`. Never holds a token or a secret.",
		Attributes: map[string]schema.Attribute{
			"identity_accepted": schema.BoolAttribute{Computed: true, MarkdownDescription: "`true` when Speech accepted " +
				"the identity's token, `false` when the check failed (what `on_failure` acts on), null when it could " +
				"not decide."},
			"credential": schema.StringAttribute{Computed: true, MarkdownDescription: "The kind of credential that gave " +
				"the token: `client-certificate`, `client-secret`, `oidc`, `managed-identity` or `azure-cli`; null " +
				"when none did."},
			"tenant_id": schema.StringAttribute{Computed: true, MarkdownDescription: "The tenant of the token (its " +
				"`tid`); null without a token."},
			"object_id": schema.StringAttribute{Computed: true, MarkdownDescription: "The object ID of the identity " +
				"(the token's `oid`), the `principal_id` a role assignment for it takes; null without a token."},
			"status": schema.Int64Attribute{Computed: true, MarkdownDescription: "Speech's HTTP status; null " +
				"without an HTTP answer."},
			"diagnosis": schema.StringAttribute{Computed: true, MarkdownDescription: "What the identity check found, " +
				"and the change to make when it failed."},
		},
	}
}

func roleCheckResultSchema() schema.SingleNestedAttribute {
	return schema.SingleNestedAttribute{
		Computed:            true,
		MarkdownDescription: "What `role_check` found. Null without `role_check`.",
		Attributes: map[string]schema.Attribute{
			"granted": schema.BoolAttribute{Computed: true, MarkdownDescription: "`true` when a role assignment " +
				"grants the principal Speech data actions on the resource, `false` when none does, null when the check " +
				"could not decide."},
			"principal_id": schema.StringAttribute{Computed: true, MarkdownDescription: "The principal checked."},
			"roles": schema.ListAttribute{Computed: true, ElementType: types.StringType, MarkdownDescription: "The " +
				"assignments that grant it, as `role at scope`; empty when none does, null when not read."},
			"diagnosis": schema.StringAttribute{Computed: true, MarkdownDescription: "Which roles grant Speech data " +
				"actions, or the `azurerm_role_assignment` to add when none does."},
		},
	}
}

// checkModes are on_failure and on_inconclusive of a block.
type checkModes struct {
	OnFailure      types.String `tfsdk:"on_failure"`
	OnInconclusive types.String `tfsdk:"on_inconclusive"`
}

type entraCheckModel struct {
	checkModes
}

type roleCheckModel struct {
	checkModes
	PrincipalID types.String `tfsdk:"principal_id"`
}

type entraCheckResultModel struct {
	IdentityAccepted types.Bool   `tfsdk:"identity_accepted"`
	Credential       types.String `tfsdk:"credential"`
	TenantID         types.String `tfsdk:"tenant_id"`
	ObjectID         types.String `tfsdk:"object_id"`
	Status           types.Int64  `tfsdk:"status"`
	Diagnosis        types.String `tfsdk:"diagnosis"`
}

type roleCheckResultModel struct {
	Granted     types.Bool   `tfsdk:"granted"`
	PrincipalID types.String `tfsdk:"principal_id"`
	Roles       []string     `tfsdk:"roles"`
	Diagnosis   types.String `tfsdk:"diagnosis"`
}

// report is where and how a block's outcome of a class is shown: at the
// argument that set its severity when set, else at the block.
func (m checkModes) report(block string, class keycheck.Class) (*path.Path, severity) {
	arg, v, def := "on_failure", m.OnFailure, onError
	if class == keycheck.Inconclusive {
		arg, v, def = "on_inconclusive", m.OnInconclusive, onWarning
	}
	at := path.Root(block)
	if !v.IsNull() && !v.IsUnknown() {
		at = at.AtName(arg)
	}
	return &at, map[string]severity{onError: sevError, onWarning: sevWarning, onNone: sevNone}[mode(v, def)]
}

// readBlock reads a check block into its model; false when it is absent.
func readBlock(ctx context.Context, obj types.Object, into any, d *diag.Diagnostics) bool {
	if obj.IsNull() || obj.IsUnknown() {
		return false
	}
	d.Append(obj.As(ctx, into, basetypes.ObjectAsOptions{UnhandledUnknownAsEmpty: true})...)
	return !d.HasError()
}

// keylessBlocks are the configured keyless checks (nil: absent).
type keylessBlocks struct {
	entra *entraCheckModel
	role  *roleCheckModel
}

// validateKeyless reports, at validate time, a role_check without what it
// needs: resource_id and principal_id (values known only at apply are
// never errors).
func validateKeyless(ctx context.Context, m endpointsDataSourceModel, d *diag.Diagnostics) {
	var role roleCheckModel
	if !readBlock(ctx, m.RoleCheck, &role, d) {
		return
	}
	if m.ResourceID.IsNull() {
		roleCheckNeedsResourceID(d)
	}
	if role.PrincipalID.IsNull() {
		d.AddAttributeError(path.Root(argRoleCheck), "Role Check Needs The Principal ID",
			"Set principal_id in role_check to the object ID of the identity the application runs as, for example "+
				"azurerm_linux_web_app.<name>.identity[0].principal_id.")
	}
}

// roleCheckNeedsResourceID is the error of a role_check without
// resource_id, at validate time and, for a value known only then, at read.
func roleCheckNeedsResourceID(d *diag.Diagnostics) {
	d.AddAttributeError(path.Root(argResourceID), "Role Check Needs The Resource ID",
		"role_check reads the role assignments that reach the resource from Azure Resource Manager, which names "+
			"it by its ID. Set resource_id = azurerm_cognitive_account.<name>.id (the form "+
			"/subscriptions/{subscription}/resourceGroups/{group}/providers/Microsoft.CognitiveServices/accounts/{name}).")
}

// keylessBlocks reads the keyless checks and reports, before any call,
// what keeps them from running: an entra_check without a custom subdomain,
// a role_check without resource_id, a principal ID that is not one. (A
// key on a keyless resource is refused by keyed.start, on every surface.)
func (m *endpointsDataSourceModel) keylessBlocks(ctx context.Context, res speech.Resolution, w surface,
	d *diag.Diagnostics) (keylessBlocks, bool) {
	var b keylessBlocks
	var entra entraCheckModel
	var role roleCheckModel
	if readBlock(ctx, m.EntraCheck, &entra, d) {
		b.entra = &entra
	}
	if readBlock(ctx, m.RoleCheck, &role, d) {
		b.role = &role
	}
	if p := speech.KeylessNeedsDomain(res.Cloud, res.Subdomain); p != nil && b.entra != nil && !res.Keyless {
		summary, detail := w.problem(*p)
		d.AddAttributeError(path.Root(argEntraCheck), summary, detail)
	}
	if b.role != nil && res.ResourceID == nil {
		roleCheckNeedsResourceID(d)
	}
	if b.role != nil && !b.role.PrincipalID.IsNull() && !b.role.PrincipalID.IsUnknown() {
		if _, p := speech.ParsePrincipalID(b.role.PrincipalID.ValueString()); p != nil {
			summary, detail := w.problem(*p)
			d.AddAttributeError(path.Root(argRoleCheck).AtName(argPrincipalID), summary, detail)
		}
	}
	return b, !d.HasError()
}

// runKeylessChecks runs the configured keyless checks.
func (m *endpointsDataSourceModel) runKeylessChecks(k keyed, b keylessBlocks, res speech.Resolution) {
	if k.data == nil || k.data.creds == nil {
		return
	}
	if b.entra != nil {
		m.EntraCheckResult = runEntraCheck(k.ctx, k.data, *b.entra, res, k.out)
	}
	if b.role != nil && res.ResourceID != nil {
		m.RoleCheckResult = runRoleCheck(k.ctx, k.data, *b.role, res, *res.ResourceID, k.out)
	}
}

// runEntraCheck runs entra_check and returns its result.
func runEntraCheck(ctx context.Context, data *providerData, m entraCheckModel, res speech.Resolution, out sink,
) *entraCheckResultModel {
	cc := data.creds.forCloud(res.Cloud)
	var o keycheck.EntraOutcome
	if cc.err != nil {
		o = keycheck.EntraOutcome{Class: keycheck.Inconclusive, Cause: keycheck.CauseNoCredential, Resolution: res}
	} else {
		o = data.checker.CheckEntra(ctx, keycheck.EntraRequest{Resolution: res, Credential: cc.cred,
			Scope: res.Cloud.Entra().Scope})
	}
	summary, detail := entraWords(o, cc.err)
	if !o.Passed() {
		at, sev := m.report(argEntraCheck, o.Class)
		out.add(sev, at, summary, detail)
	}
	r := &entraCheckResultModel{IdentityAccepted: types.BoolNull(), Credential: types.StringNull(),
		TenantID: optString(o.Claims.Tenant), ObjectID: optString(o.Claims.ObjectID), Status: types.Int64Null(),
		Diagnosis: optString(out.redact.Redact(summary + ": " + detail))}
	switch o.Class {
	case keycheck.Passed:
		r.IdentityAccepted = types.BoolValue(true)
	case keycheck.Verdict:
		r.IdentityAccepted = types.BoolValue(false)
	}
	for _, a := range o.Tried {
		if a.Reason == azcred.ReasonUsed {
			r.Credential = types.StringValue(string(a.Kind))
		}
	}
	if o.Call != nil {
		r.Status = intOrNull(o.Call.Status)
	}
	return r
}

// runRoleCheck runs role_check and returns its result.
func runRoleCheck(ctx context.Context, data *providerData, m roleCheckModel, res speech.Resolution, id speech.AccountID,
	out sink) *roleCheckResultModel {
	r := &roleCheckResultModel{Granted: types.BoolNull(), PrincipalID: m.PrincipalID}
	principal, _ := speech.ParsePrincipalID(m.PrincipalID.ValueString()) // checked by keylessBlocks
	cc := data.creds.forCloud(res.Cloud)
	var a rbac.Assessment
	err := cc.err
	if err == nil {
		a, err = cc.reader.Assess(ctx, principal, id)
	}
	class, summary, detail := rbacWords(principal, id, a, err)
	if class != keycheck.Passed {
		at, sev := m.report(argRoleCheck, class)
		out.add(sev, at, summary, detail)
	}
	r.Diagnosis = optString(out.redact.Redact(summary + ": " + detail))
	if err == nil {
		r.Roles = []string{}
		for _, g := range a.Grants {
			r.Roles = append(r.Roles, g.Role.Name+" at "+g.Assignment.Scope)
		}
		switch a.Verdict {
		case rbac.Granted:
			r.Granted = types.BoolValue(true)
		case rbac.NotGranted:
			r.Granted = types.BoolValue(false)
		}
	}
	var re *rbac.ReadError
	if errors.As(err, &re) && re.Kind == rbac.ReadNotFound {
		r.Granted = types.BoolValue(false)
	}
	return r
}
