package provider

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/hex"
	"net/url"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"
	"github.com/hashicorp/terraform-plugin-log/tflogtest"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/secret"
)

// keyForms are the forms of a key that must never reach a log line or a
// message, written out here, independently of the redactor: raw, upper
// and lower case, base64 in both alphabets with and without padding (of
// each case), URL-encoded, and hex.
func keyForms(key string) map[string]string {
	forms := map[string]string{}
	for name, v := range map[string]string{"raw": key, "upper": strings.ToUpper(key), "lower": strings.ToLower(key)} {
		forms[name] = v
		forms[name+", base64"] = base64.StdEncoding.EncodeToString([]byte(v))
		forms[name+", base64 unpadded"] = base64.RawStdEncoding.EncodeToString([]byte(v))
		forms[name+", base64url"] = base64.URLEncoding.EncodeToString([]byte(v))
		forms[name+", base64url unpadded"] = base64.RawURLEncoding.EncodeToString([]byte(v))
		forms[name+", hex"] = hex.EncodeToString([]byte(v))
	}
	forms["URL-encoded with its newline"] = url.QueryEscape(key + "\n")
	return forms
}

// twoKeys is a provider configured with one key and a call that brings its
// own (a data source's key_check.key): both must be hidden on that call.
func twoKeys(t *testing.T, ctx context.Context) (provider, own string, k keyed, diags *diag.Diagnostics) {
	t.Helper()
	// Mixed case, so that upper and lower case are forms of their own.
	provider = strings.ToUpper(testKey("provider " + t.Name())[:16]) + testKey("provider " + t.Name())[16:]
	own = testKey("own " + t.Name())
	d := &providerData{key: provider + "\n", keyGiven: true, redact: secret.NewRedactor(secret.SpeechKey, provider+"\n")}
	diags = &diag.Diagnostics{}
	k = d.keyed(ctx, types.StringValue(own), sink{diags: diags})
	return provider, own, k, diags
}

// A data source with its own key still hides the provider's key in every
// word it shows (a configuration may hold either key).
func TestOwnKeyStillRedactsTheProviderKey(t *testing.T) {
	provider, own, k, diags := twoKeys(t, context.Background())
	if k.key != own {
		t.Fatalf("the call's key is not its own")
	}
	for _, who := range []string{provider, own} {
		for name, f := range keyForms(who) {
			k.out.add(sevError, nil, "Summary "+f, "Detail: "+f+".")
			for _, d := range *diags {
				if strings.Contains(d.Summary()+d.Detail(), f) {
					t.Errorf("%s of the %s key shown: %q", name, map[bool]string{true: "provider's", false: "own"}[who == provider], d.Detail())
				}
			}
			*diags = nil
		}
	}
}

// Every log line of a keyed call, at TF_LOG=trace, hides both keys in every
// form, in the message and in fields.
func TestLogsMaskEveryFormOfBothKeys(t *testing.T) {
	var out bytes.Buffer
	provider, own, k, _ := twoKeys(t, tflogtest.RootLogger(context.Background(), &out))
	for _, who := range []string{provider, own} {
		for name, f := range keyForms(who) {
			tflog.Trace(k.ctx, "line "+f, map[string]any{"value": "v=" + f})
			if strings.Contains(out.String(), f) {
				t.Errorf("%s of a key in the trace log: %s", name, out.String())
			}
			out.Reset()
		}
	}
	tflog.Trace(k.ctx, "control line")
	if !strings.Contains(out.String(), "control line") {
		t.Fatalf("the logger captured nothing: the scan proves nothing")
	}
}
