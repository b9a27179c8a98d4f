package provider

import (
	"context"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
)

// protocolRead configures the provider and reads a data source through the
// plugin protocol, as Terraform does, and returns every diagnostic. It is
// for what the CLI tests cannot assert: warnings.
// protocolServer serves a new provider over protocol 6, as Terraform talks
// to it, with its schema and a builder of configuration values (the
// attributes not given are null).
func protocolServer(tb testing.TB) (tfprotov6.ProviderServer, *tfprotov6.GetProviderSchemaResponse, func(*tfprotov6.Schema, map[string]tftypes.Value) *tfprotov6.DynamicValue) {
	tb.Helper()
	srv, err := providerserver.NewProtocol6WithError(New("test")())()
	if err != nil {
		tb.Fatal(err)
	}
	sch, err := srv.GetProviderSchema(context.Background(), &tfprotov6.GetProviderSchemaRequest{})
	if err != nil {
		tb.Fatal(err)
	}
	dv := func(s *tfprotov6.Schema, vals map[string]tftypes.Value) *tfprotov6.DynamicValue {
		typ := s.ValueType().(tftypes.Object)
		full := map[string]tftypes.Value{}
		for name, at := range typ.AttributeTypes {
			if v, ok := vals[name]; ok {
				full[name] = v
			} else {
				full[name] = tftypes.NewValue(at, nil)
			}
		}
		v, err := tfprotov6.NewDynamicValue(typ, tftypes.NewValue(typ, full))
		if err != nil {
			tb.Fatal(err)
		}
		return &v
	}
	return srv, sch, dv
}

func protocolRead(t *testing.T, providerCfg, dsCfg map[string]tftypes.Value, typeName string) []*tfprotov6.Diagnostic {
	t.Helper()
	ctx := context.Background()
	srv, sch, dv := protocolServer(t)
	// As Terraform does: validate the provider configuration, and configure
	// only when it is valid.
	vr, err := srv.ValidateProviderConfig(ctx, &tfprotov6.ValidateProviderConfigRequest{Config: dv(sch.Provider, providerCfg)})
	if err != nil {
		t.Fatal(err)
	}
	diags := append([]*tfprotov6.Diagnostic{}, vr.Diagnostics...)
	for _, d := range vr.Diagnostics {
		if d.Severity == tfprotov6.DiagnosticSeverityError {
			return diags
		}
	}
	cr, err := srv.ConfigureProvider(ctx, &tfprotov6.ConfigureProviderRequest{TerraformVersion: "1.11.0", Config: dv(sch.Provider, providerCfg)})
	if err != nil {
		t.Fatal(err)
	}
	diags = append(diags, cr.Diagnostics...)
	rr, err := srv.ReadDataSource(ctx, &tfprotov6.ReadDataSourceRequest{TypeName: typeName, Config: dv(sch.DataSourceSchemas[typeName], dsCfg)})
	if err != nil {
		t.Fatal(err)
	}
	return append(diags, rr.Diagnostics...)
}

func sv(s string) tftypes.Value { return tftypes.NewValue(tftypes.String, s) }

func hasDiag(ds []*tfprotov6.Diagnostic, sev tfprotov6.DiagnosticSeverity, summary, attr string) bool {
	for _, d := range ds {
		if d.Severity != sev || d.Summary != summary {
			continue
		}
		if attr == "" || (d.Attribute != nil && d.Attribute.String() == tftypes.NewAttributePath().WithAttributeName(attr).String()) {
			return true
		}
	}
	return false
}

func TestProtocolWarnings(t *testing.T) {
	for _, tc := range []struct {
		name        string
		provider    map[string]tftypes.Value
		env         string
		ds          map[string]tftypes.Value
		summary     string
		attr        string
		wantWarning bool
	}{
		{"legacy virginia", nil, "", map[string]tftypes.Value{"region": sv("virginia")}, "Legacy Region Name", "region", true},
		{"pasted token url", nil, "", map[string]tftypes.Value{"endpoint": sv("https://westus.api.cognitive.microsoft.com/sts/v1.0/issueToken")}, "Endpoint Is Not The Resource Endpoint", "endpoint", true},
		{"provider cloud differs", map[string]tftypes.Value{"cloud": sv("public")}, "", map[string]tftypes.Value{"region": sv("chinaeast2")}, "Cloud Differs From Provider Default", "region", true},
		{"ARM_ENVIRONMENT differs", nil, "usgovernment", map[string]tftypes.Value{"region": sv("chinaeast2")}, "Cloud Differs From Provider Default", "region", true},
		{"ARM_ENVIRONMENT agrees", nil, "china", map[string]tftypes.Value{"region": sv("chinaeast2")}, "Cloud Differs From Provider Default", "region", false},
		{"ARM_ENVIRONMENT invalid", nil, "german", map[string]tftypes.Value{"region": sv("westus")}, "ARM_ENVIRONMENT Ignored", "", true},
		{"sovereign custom domain unconfirmed", nil, "", map[string]tftypes.Value{"endpoint": sv("https://x-1.cognitiveservices.azure.cn/")}, "Unconfirmed Custom-Domain Endpoints", "", true},
		{"public custom domain confirmed", nil, "", map[string]tftypes.Value{"endpoint": sv("https://x-1.cognitiveservices.azure.com/")}, "Unconfirmed Custom-Domain Endpoints", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("ARM_ENVIRONMENT", tc.env)
			ds := protocolRead(t, tc.provider, tc.ds, "speechendpoints")
			if got := hasDiag(ds, tfprotov6.DiagnosticSeverityWarning, tc.summary, tc.attr); got != tc.wantWarning {
				t.Errorf("warning %q on %q: got %v, want %v; diagnostics: %+v", tc.summary, tc.attr, got, tc.wantWarning, ds)
			}
			for _, d := range ds {
				if d.Severity == tfprotov6.DiagnosticSeverityError {
					t.Errorf("unexpected error %s: %s", d.Summary, d.Detail)
				}
			}
		})
	}
}

// keyCheckValue builds a key_check object with the given fields set.
func keyCheckValue(t *testing.T, fields map[string]tftypes.Value) tftypes.Value {
	t.Helper()
	srv, _ := providerserver.NewProtocol6WithError(New("test")())()
	sch, err := srv.GetProviderSchema(context.Background(), &tfprotov6.GetProviderSchemaRequest{})
	if err != nil {
		t.Fatal(err)
	}
	typ := sch.DataSourceSchemas["speechendpoints"].ValueType().(tftypes.Object).AttributeTypes["key_check"].(tftypes.Object)
	full := map[string]tftypes.Value{}
	for name, at := range typ.AttributeTypes {
		if v, ok := fields[name]; ok {
			full[name] = v
		} else {
			full[name] = tftypes.NewValue(at, nil)
		}
	}
	return tftypes.NewValue(typ, full)
}

func TestProtocolKeyCheckWarnings(t *testing.T) {
	good := testKey(t.Name())
	fake.Add(
		fakespeech.Resource{Key: good, Cloud: "public", Region: "westus3"},
		fakespeech.Resource{Key: testKey("claims"), Cloud: "public", Region: "westus3", Fault: fakespeech.FaultClaimsRegion, ClaimRegion: "eastus"},
	)
	ca := sv(string(fake.CAPEM()))
	for _, tc := range []struct {
		name     string
		provider map[string]tftypes.Value
		keyCheck map[string]tftypes.Value
		summary  string
		severity tfprotov6.DiagnosticSeverity
	}{
		{"provider key unknown defers", map[string]tftypes.Value{"ca_cert_pem": ca, "key": tftypes.NewValue(tftypes.String, tftypes.UnknownValue)}, nil, "Key Known Only After Apply", tfprotov6.DiagnosticSeverityWarning},
		{"key with a newline is trimmed and passes", map[string]tftypes.Value{"ca_cert_pem": ca, "key": sv(good + "\n")}, nil, "Speech Key Needs Attention", tfprotov6.DiagnosticSeverityWarning},
		{"token names another region", map[string]tftypes.Value{"ca_cert_pem": ca}, map[string]tftypes.Value{"key": sv(testKey("claims"))}, "Token Names Another Region", tfprotov6.DiagnosticSeverityWarning},
		{"no key at all", map[string]tftypes.Value{"ca_cert_pem": ca}, nil, "No Speech Key", tfprotov6.DiagnosticSeverityError},
		{"empty key", map[string]tftypes.Value{"ca_cert_pem": ca}, map[string]tftypes.Value{"key": sv("")}, "Empty Speech Key", tfprotov6.DiagnosticSeverityError},
		{"blank key", map[string]tftypes.Value{"ca_cert_pem": ca}, map[string]tftypes.Value{"key": sv("  ")}, "Empty Speech Key", tfprotov6.DiagnosticSeverityError},
		// An empty key is a verdict like any key that cannot be sent:
		// on_failure governs it.
		{"empty key, on_failure = warning", map[string]tftypes.Value{"ca_cert_pem": ca}, map[string]tftypes.Value{"key": sv(""), "on_failure": sv("warning")}, "Empty Speech Key",
			tfprotov6.DiagnosticSeverityWarning},
		{"empty provider key", map[string]tftypes.Value{"ca_cert_pem": ca, "key": sv("")}, nil, "Empty Speech Key", tfprotov6.DiagnosticSeverityError},
		{"bad CA", map[string]tftypes.Value{"ca_cert_pem": sv("not a pem")}, nil, "Invalid CA Certificates", tfprotov6.DiagnosticSeverityError},
		{"bad timeout", map[string]tftypes.Value{"request_timeout": sv("ten seconds")}, nil, "Invalid Duration", tfprotov6.DiagnosticSeverityError},
		{"bad retries", map[string]tftypes.Value{"max_retries": tftypes.NewValue(tftypes.Number, 99)}, nil, "Invalid Attribute Value", tfprotov6.DiagnosticSeverityError},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("SPEECH_KEY", "")
			ds := protocolRead(t, tc.provider, map[string]tftypes.Value{"region": sv("westus3"), "key_check": keyCheckValue(t, tc.keyCheck)}, "speechendpoints")
			if !hasDiag(ds, tc.severity, tc.summary, "") {
				t.Errorf("no %v %q in %+v", tc.severity, tc.summary, ds)
			}
			for _, d := range ds {
				if tc.severity == tfprotov6.DiagnosticSeverityWarning && d.Severity == tfprotov6.DiagnosticSeverityError {
					t.Errorf("unexpected error %s: %s", d.Summary, d.Detail)
				}
				if strings.Contains(d.Detail, good) || strings.Contains(d.Detail, testKey("claims")) {
					t.Errorf("a diagnostic shows the key: %s", d.Detail)
				}
			}
		})
	}
}

// SPEECH_KEY is the provider key's fallback.
func TestProtocolSpeechKeyEnv(t *testing.T) {
	key := testKey(t.Name())
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "centralus"})
	t.Setenv("SPEECH_KEY", key)
	ds := protocolRead(t, map[string]tftypes.Value{"ca_cert_pem": sv(string(fake.CAPEM()))}, map[string]tftypes.Value{"region": sv("centralus"), "key_check": keyCheckValue(t, nil)}, "speechendpoints")
	for _, d := range ds {
		t.Errorf("unexpected diagnostic %s: %s", d.Summary, d.Detail)
	}
	if fake.TokenCalls(key) != 1 {
		t.Errorf("token calls with SPEECH_KEY = %d, want 1", fake.TokenCalls(key))
	}
}
