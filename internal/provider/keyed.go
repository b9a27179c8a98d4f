package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/keycheck"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// keyState is what the key choice found.
type keyState int

const (
	// keyReady: a key to send.
	keyReady keyState = iota
	// keyDeferred: the key is known only at apply.
	keyDeferred
	// keyMissing: no key anywhere.
	keyMissing
)

// keyed is the one path every call made with a key takes: the key's choice
// (the resource's own key, else the provider's), a key known only at
// apply, no key, log masking, a configuration that holds the key, and the
// redaction of every word shown (through its sink). The key check, the
// voices data source and the ephemeral token all start here.
type keyed struct {
	ctx   context.Context // masks every form of the key in log lines
	key   string
	state keyState
	out   sink
}

// keyed chooses the key of a call and prepares its logging and its words.
// own is the resource's own key argument.
func (d *providerData) keyed(ctx context.Context, own types.String, out sink) keyed {
	k := keyed{ctx: ctx}
	switch {
	case own.IsUnknown():
		k.state = keyDeferred
	case !own.IsNull():
		k.key = own.ValueString()
	case d != nil && d.keyUnknown:
		k.state = keyDeferred
	case d != nil:
		k.key = d.key
	}
	if k.state == keyReady && k.key == "" {
		k.state = keyMissing
	}
	k.out = sink{diags: out.diags, redact: keycheck.NewRedactor(k.key)}
	if forms := k.out.redact.Forms(); len(forms) > 0 {
		// The key never reaches a log line, at any level.
		k.ctx = tflog.MaskLogStrings(ctx, forms...)
	}
	return k
}

// holdsKey returns the problem of a resource input that holds the key (a
// swapped variable): the call must not be made, since the key would travel
// as a host name. nil when none does.
func (k keyed) holdsKey(in speech.Input) *speech.Problem {
	if k.state != keyReady {
		return nil
	}
	for _, f := range []struct {
		st speech.Setting
		v  *string
	}{{speech.SettingRegion, in.Region}, {speech.SettingEndpoint, in.Endpoint}, {speech.SettingSubdomain, in.Subdomain}, {speech.SettingCloud, in.Cloud}, {speech.SettingKind, in.Kind}} {
		if f.v != nil && k.out.redact.Holds(*f.v) {
			return &speech.Problem{Code: speech.CodeInputHoldsKey, Setting: f.st}
		}
	}
	return nil
}

// check runs the key check with the chosen key.
func (k keyed) check(c *keycheck.Client, req keycheck.Request) keycheck.Outcome {
	req.Key = k.key
	tflog.Debug(k.ctx, "key check starting", map[string]any{"token_endpoint": req.Resolution.Recommended.Token, "voices": req.Voices})
	o := c.Check(k.ctx, req)
	tflog.Debug(k.ctx, "key check done", map[string]any{"cause": string(o.Cause)})
	return o
}

// issueToken issues a token with the chosen key.
func (k keyed) issueToken(c *keycheck.Client, res speech.Resolution) (keycheck.Token, keycheck.Outcome) {
	return c.IssueToken(k.ctx, k.key, res)
}
