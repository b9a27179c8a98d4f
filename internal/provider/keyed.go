package provider

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/keycheck"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/secret"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// keyState is what the key choice found.
type keyState int

const (
	// The zero value: a key to send (possibly empty or malformed: the key
	// check judges its shape, governed by on_failure like any verdict).
	_ keyState = iota
	// keyDeferred: the key is known only at apply.
	keyDeferred
	// keyMissing: no key is configured anywhere.
	keyMissing
)

// keyed is the one path every call made with a key takes, on every
// surface: the key's choice (the resource's own key, else the provider's),
// log masking and the redaction of every word shown (through its sink) for
// both keys, then one gate (start): the provider configured, the key known
// at plan, a key configured, no input holding a key. The key check, the
// voices data source and the ephemeral token all pass here, and so does a
// data source without a key check, for the redaction and the gate's last
// step.
type keyed struct {
	ctx   context.Context // masks every form of the keys in log lines
	key   string
	state keyState
	out   sink
	data  *providerData
}

// keyed chooses the key of a call and prepares its logging and its words.
// own is the resource's own key argument. The provider's key is redacted
// too when the resource has its own: a configuration may hold either.
func (d *providerData) keyed(ctx context.Context, own types.String, out sink) keyed {
	k := keyed{ctx: ctx, data: d}
	var provider secret.Redactor
	if d != nil {
		provider = d.redact
	}
	switch {
	case own.IsUnknown():
		k.state = keyDeferred
	case !own.IsNull():
		k.key = own.ValueString()
	case d != nil && d.keyUnknown:
		k.state = keyDeferred
	case d != nil && d.keyGiven:
		k.key = d.key
	default:
		k.state = keyMissing
	}
	k.out = sink{diags: out.diags, redact: provider.With(secret.SpeechKey, k.key)}
	if forms := k.out.redact.Forms(); len(forms) > 0 {
		// The keys never reach a log line, at any level.
		k.ctx = tflog.MaskLogStrings(ctx, forms...)
	}
	return k
}

// keyedUse is what a surface does with the key, in its words.
type keyedUse struct {
	// what names the call: "the key check".
	what string
	// deferred is how a key known only at apply is shown (sevNone: not at
	// all, the surface is opened again during apply); deferFix is the one
	// change that makes this surface check such a key during apply.
	deferred severity
	deferFix string
	// refreshed: a data source, read again by the refresh that Terraform
	// and OpenTofu run before every destroy, so that its error blocks the
	// destroy; severityArgs: its block has on_failure and on_inconclusive,
	// which give a way past it besides -refresh=false.
	refreshed    bool
	severityArgs bool
}

// valueArg is a surface argument outside the resource inputs that the
// call uses (a voices locale, the required voices): it must not hold a key.
type valueArg struct {
	arg    string
	values []string
}

// start is the gate, in the same order on every surface. It reports
// whether the call may be made; when not, what stopped it has been shown,
// and k.state tells a deferral (which the surface completes: a record, an
// unknown result) from an error.
func (k keyed) start(use keyedUse, res speech.Resolution, w surface, extra ...valueArg) bool {
	switch {
	case k.data == nil || k.data.checker == nil:
		k.out.add(
			sevError,
			nil,
			"Provider Not Configured",
			upperFirst(use.what)+" needs the provider's configuration. "+
				"Please report this issue to the provider developers.",
		)
		return false
	case res.Keyless:
		// Before the key is judged: a keyless resource refuses every key.
		summary, detail := w.keysDisabled(use)
		k.out.add(sevError, nil, summary, detail)
		return false
	case k.state == keyDeferred:
		if use.deferred != sevNone {
			summary, detail := w.keyDeferred(use)
			k.out.add(use.deferred, nil, summary, detail)
		}
		return false
	case k.state == keyMissing:
		summary, detail := w.noKey(use)
		k.out.add(sevError, nil, summary, detail)
		return false
	}
	return k.inputsClean(res, w, extra...)
}

// inputsClean shows an error and reports false when a resource input, or
// an extra argument, holds a key (a swapped variable): the call must not
// be made, since the key would travel as a host name, and nothing may
// show it (the data source's id holds its inputs).
func (k keyed) inputsClean(res speech.Resolution, w surface, extra ...valueArg) bool {
	if p := k.holdsKey(res.Given); p != nil {
		summary, detail := w.problem(*p)
		k.out.add(sevError, nil, summary, detail)
		return false
	}
	for _, e := range extra {
		for _, v := range e.values {
			if k.out.redact.Shows(v) {
				summary, detail := w.argHoldsKey(e.arg)
				k.out.add(sevError, nil, summary, detail)
				return false
			}
		}
	}
	return true
}

// holdsKey returns the problem of a resource input that holds a key; nil
// when none does.
func (k keyed) holdsKey(in speech.Input) *speech.Problem {
	for _, st := range speech.ResourceSettings() {
		if v := in.Text(st); v != nil && k.out.redact.Holds(*v) {
			return &speech.Problem{Code: speech.CodeInputHoldsKey, Setting: st}
		}
	}
	return nil
}

// check runs the key check with the chosen key.
func (k keyed) check(req keycheck.Request) keycheck.Outcome {
	req.Key = k.key
	tflog.Debug(k.ctx, "key check "+
		"starting", map[string]any{"token_endpoint": req.Resolution.Recommended.Token, "voices": req.Voices})
	o := k.data.checker.Check(k.ctx, req)
	tflog.Debug(k.ctx, "key check done", map[string]any{"cause": string(o.Cause)})
	return o
}

// issueToken issues a token with the chosen key.
func (k keyed) issueToken(res speech.Resolution) (keycheck.Token, keycheck.Outcome) {
	return k.data.checker.IssueToken(k.ctx, k.key, res)
}

// report shows an outcome's notes, and the outcome itself when it is not
// a pass, at the severity the surface gives its class; it returns the
// outcome's words.
//
// An error of a data source also blocks `terraform destroy`, whose refresh
// reads it: its detail ends with the way past it (surface.destroyWayOut), and an error
// already shown for the same key in this plan is a short reference (firstError).
func (k keyed) report(
	o keycheck.Outcome,
	w surface,
	use keyedUse,
	sevOf func(keycheck.Class) (*path.Path, severity),
) (summary, detail string) {
	for _, n := range w.notes(o) {
		k.out.add(sevWarning, nil, n.summary, n.detail)
	}
	summary, detail = w.outcome(o)
	if !o.Passed() {
		at, sev := sevOf(o.Class)
		shown := detail
		if sev == sevError && use.refreshed {
			shown += " " + w.destroyWayOut(use, o.Class)
		}
		if sev == sevError && !k.firstError(summary, detail) {
			shown = w.repeatedOutcome(use)
		}
		k.out.add(sev, at, summary, shown)
	}
	return summary, detail
}

// firstError reports whether this key's error with these words is shown
// for the first time in this plan (one provider process serves one
// configuration of the provider in one plan), and remembers it. Reads run
// in parallel: whichever read comes first shows the diagnosis in full, the
// others a short reference, and each is still an error of its own data
// source, so the plan fails as before. Only errors are shortened: Terraform
// folds warnings with the same summary into the first one it prints, which
// must then be the full one. The memory holds a hash of the key, never the
// key.
func (k keyed) firstError(summary, detail string) bool {
	if k.data == nil || k.data.shown == nil {
		return true
	}
	sum := sha256.Sum256([]byte(k.key))
	return k.data.firstTime("error\x00" + hex.EncodeToString(sum[:]) + "\x00" + summary + "\x00" + detail)
}

// alwaysError is the severity of every outcome that is not a pass on a
// surface that cannot return anything without it (voices, token).
func alwaysError(keycheck.Class) (*path.Path, severity) { return nil, sevError }
