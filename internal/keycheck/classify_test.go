package keycheck

import (
	"net/http"
	"testing"
)

// What marks an answer as Azure's, and what does not.
func TestAzureMarks(t *testing.T) {
	const uuid = "3f2504e0-4f89-41d3-9a0c-0305e82c3301"
	const invalid = `{"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."}}`
	for _, tc := range []struct {
		name    string
		headers map[string]string
		body    string
		who     Responder
		msg     AzureMessage
	}{
		{"the gateway's request ID", map[string]string{"apim-request-id": uuid}, "", ResponderAzure, MsgNone},
		{"Azure's request ID", map[string]string{"x-ms-request-id": uuid}, "", ResponderAzure, MsgNone},
		{"a request ID that is no UUID", map[string]string{"apim-request-id": "blocked-by-proxy"}, "", ResponderOther, MsgNone},
		{"Azure's 401 without headers", nil, invalid, ResponderAzure, MsgInvalidKey},
		{"the older 401", nil, `{ "statusCode": 401, "message": "Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription." }`, ResponderAzure, MsgInvalidKey},
		{"Azure's 401 cut by a slow sender", nil, invalid[:90], ResponderAzure, MsgInvalidKey},
		{"quota", map[string]string{"apim-request-id": uuid}, `{"error":{"code":"403","message":"Out of call volume quota. Quota will be replenished at the start of the next period."}}`, ResponderAzure, MsgQuota},
		{"network rules", nil, `{"error":{"code":"403","message":"Access denied due to Virtual Network/Firewall rules."}}`, ResponderAzure, MsgNetworkRules},
		{"public access disabled", nil, `{"error":{"code":"403","message":"Public access is disabled. Please configure private endpoint."}}`, ResponderAzure, MsgPublicAccessDisabled},
		{"local authentication disabled", nil, `{"error":{"code":"AuthenticationTypeDisabled","message":"Key based authentication is disabled for this resource."}}`, ResponderAzure, MsgLocalAuthDisabled},
		{"a web filter's page", map[string]string{"Content-Type": "text/html"}, `<html><body>Blocked by your organisation's web filter</body></html>`, ResponderOther, MsgNone},
		{"a proxy's JSON", map[string]string{"Content-Type": "application/json"}, `{"error":{"code":"Forbidden","message":"Request blocked by policy."}}`, ResponderOther, MsgNone},
		{"an empty 401", nil, "", ResponderOther, MsgNone},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := http.Header{}
			for k, v := range tc.headers {
				h.Set(k, v)
			}
			who, msg := azureMarks(h, []byte(tc.body))
			if who != tc.who || msg != tc.msg {
				t.Errorf("azureMarks = %d, %d; want %d, %d", who, msg, tc.who, tc.msg)
			}
		})
	}
}

func TestMediaOf(t *testing.T) {
	for in, want := range map[string]Media{
		"": MediaNone, "application/json; charset=utf-8": MediaJSON, "application/problem+json": MediaJSON,
		"text/html; charset=UTF-8": MediaHTML, "text/plain": MediaText, "image/png": MediaOther, ";;;": MediaOther,
	} {
		if got := mediaOf(in); got != want {
			t.Errorf("mediaOf(%q) = %d, want %d", in, got, want)
		}
	}
}

// Only Azure's own answers are verdicts; Azure's network-rule answers say
// where the plan runs.
func TestMeaning(t *testing.T) {
	azure := func(status int, msg AzureMessage) Answer {
		return Answer{Status: status, Responder: ResponderAzure, Message: msg}
	}
	other := func(status int) Answer { return Answer{Status: status, Responder: ResponderOther} }
	for _, tc := range []struct {
		name       string
		a          Answer
		afterToken bool
		class      Class
		cause      Cause
	}{
		{"Azure's token 401", azure(401, MsgInvalidKey), false, Verdict, CauseKeyRejected},
		{"a 401 from something between", other(401), false, Inconclusive, CauseNotAzure},
		{"a web filter's 403", other(403), false, Inconclusive, CauseNotAzure},
		{"a proxy's 400", other(400), false, Inconclusive, CauseNotAzure},
		{"Azure's 400 to a token request: network access", azure(400, MsgNone), false, Inconclusive, CauseNetworkRules},
		{"Azure's network rules", azure(403, MsgNetworkRules), false, Inconclusive, CauseNetworkRules},
		{"Azure's public access disabled", azure(403, MsgPublicAccessDisabled), false, Inconclusive, CauseNetworkRules},
		{"Azure's quota", azure(403, MsgQuota), false, Verdict, CauseForbidden},
		{"Azure's bare 403: the other network-rule answer", azure(403, MsgNone), false, Inconclusive, CauseNetworkRules},
		{"Azure's keys turned off", azure(403, MsgLocalAuthDisabled), false, Verdict, CauseForbidden},
		{"Azure's 404", azure(404, MsgNone), false, Verdict, CauseNotFound},
		{"a 404 page from something between", other(404), false, Inconclusive, CauseNotAzure},
		{"voices 401 after a token", azure(401, MsgNone), true, Verdict, CauseResourceRefused},
		{"voices 403 after a token", azure(403, MsgNone), true, Verdict, CauseResourceRefused},
		// Issue 26: the quota is about the resource's tier whichever call
		// Azure answers it to; the after-token case must not win.
		{"voices: Azure's quota 403 after a token", azure(403, MsgQuota), true, Verdict, CauseForbidden},
		{"voices network rules after a token", azure(403, MsgNetworkRules), true, Inconclusive, CauseNetworkRules},
		{"429", azure(429, MsgNone), false, Inconclusive, CauseThrottled},
		{"429 from something between", other(429), false, Inconclusive, CauseThrottled},
		{"503", azure(503, MsgNone), false, Inconclusive, CauseServiceError},
		{"502 from something between", other(502), false, Inconclusive, CauseNotAzure},
		{"418", azure(418, MsgNone), false, Inconclusive, CauseUnexpected},
	} {
		r := meaning(tc.a, tc.afterToken)
		class, cause := r.class, r.cause
		if class != tc.class || cause != tc.cause {
			t.Errorf("%s: %d %s, want %d %s", tc.name, class, cause, tc.class, tc.cause)
		}
	}
}
