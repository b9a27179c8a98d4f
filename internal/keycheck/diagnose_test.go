package keycheck

import (
	"fmt"
	"testing"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// Table tests of the pure diagnosis: the answers of a check in, its class,
// cause and key_valid out. The provider's renderer tests prove the words.

func tokenAns(status int, who Responder) tokenResult {
	return tokenOf(Answer{Role: RoleToken, URL: "https://westus.api.cognitive.microsoft.com/sts/v1.0/issueToken", Status: status, Responder: who, Attempts: 1})
}

func okTokenResult() tokenResult {
	t := tokenAns(200, ResponderAzure)
	t.text = "eyJhbGciOiJIUzI1NiJ9.eyJyZWdpb24iOiJ3ZXN0dXMifQ.c2ln"
	return t
}

func voicesAns(status int, who Responder) *voicesResult {
	return &voicesResult{Answer: Answer{Role: RoleVoices, URL: "https://westus.tts.speech.microsoft.com/cognitiveservices/voices/list", Status: status, Responder: who, Attempts: 1}}
}

func failedToken(f Failure) tokenResult {
	return tokenOf(Answer{Role: RoleToken, URL: "https://westus.api.cognitive.microsoft.com/sts/v1.0/issueToken", Failure: f, Attempts: 1})
}

type validity int

const (
	valid validity = iota
	invalid
	unjudged
)

func (v validity) matches(b *bool) bool {
	switch v {
	case valid:
		return b != nil && *b
	case invalid:
		return b != nil && !*b
	}
	return b == nil
}

// A token call that judged nothing (blocked, not Azure's, no answer,
// Azure's 503) leaves the verdict to the voices list, which was sent the
// same key: Azure's 401 there is a verdict, its list proves the key valid
// (and judges the required voices), anything not Azure's judges nothing.
func TestDiagnoseWithoutAToken(t *testing.T) {
	westus := resolve(t, speech.Input{Region: sp("westus")})
	for _, tok := range []tokenResult{
		tokenOf(Answer{Role: RoleToken, URL: "https://westus.api.cognitive.microsoft.com/sts/v1.0/issueToken", Failure: FailProxy, ProxyStatus: 403}),
		tokenOf(Answer{Role: RoleToken, URL: "https://westus.api.cognitive.microsoft.com/sts/v1.0/issueToken", Failure: FailTLS}),
		tokenAns(403, ResponderOther),
		tokenAns(200, ResponderOther),
		failedToken(FailTimeout),
		failedToken(FailRouteDown),
		tokenAns(503, ResponderAzure),
		tokenAns(400, ResponderAzure),
	} {
		for _, tc := range []struct {
			name   string
			voices *voicesResult
			req    []string
			class  Class
			cause  Cause
			key    validity
			onCall Role
		}{
			{"voices: Azure's 401", voicesAns(401, ResponderAzure), nil, Verdict, CauseKeyRejected, invalid, RoleVoices},
			{"voices: Azure's quota 403", func() *voicesResult { v := voicesAns(403, ResponderAzure); v.Message = MsgQuota; return v }(), nil, Verdict, CauseForbidden, valid, RoleVoices},
			{"voices: Azure's network rules", func() *voicesResult { v := voicesAns(403, ResponderAzure); v.Message = MsgNetworkRules; return v }(), nil, Inconclusive, "", unjudged, RoleToken},
			{"voices: a filter's 401 page", voicesAns(401, ResponderOther), nil, Inconclusive, "", unjudged, RoleToken},
			{"voices: no answer", &voicesResult{Answer: Answer{Role: RoleVoices, Failure: FailTimeout}}, nil, Inconclusive, "", unjudged, RoleToken},
			{"voices: not a list", &voicesResult{Answer: voicesAns(200, ResponderOther).Answer, notVoices: true}, nil, Inconclusive, "", unjudged, RoleToken},
			{"voices: Azure's list", func() *voicesResult { v := voicesAns(200, ResponderAzure); v.list = list(t, "westus"); return v }(), nil, Inconclusive, "", valid, RoleToken},
			{"voices: Azure's list without a required voice", func() *voicesResult { v := voicesAns(200, ResponderAzure); v.list = list(t, "westus"); return v }(), []string{"en-US-NoSuchNeural"},
				Verdict, CauseVoicesMissing, valid, RoleVoices},
			{"voices not read", nil, nil, Inconclusive, "", unjudged, RoleToken},
		} {
			t.Run(fmt.Sprintf("token %s %d, %s", tok.Failure, tok.Status, tc.name), func(t *testing.T) {
				got := diagnose(observation{req: Request{Resolution: westus, Voices: tc.voices != nil, RequireVoices: tc.req}, token: tok, voices: tc.voices})
				if got.Class != tc.class || (tc.cause != "" && got.Cause != tc.cause) || !tc.key.matches(got.KeyValid) || got.Call == nil || got.Call.Role != tc.onCall {
					t.Errorf("class %d cause %s key_valid %v call %+v; want %d %q %d on role %d", got.Class, got.Cause, got.KeyValid, got.Call, tc.class, tc.cause, tc.key, tc.onCall)
				}
			})
		}
	}
}

func TestDiagnose(t *testing.T) {
	westus := resolve(t, speech.Input{Region: sp("westus")})
	outside := resolve(t, speech.Input{Region: sp("marsnorth")})
	customOnly := resolve(t, speech.Input{Endpoint: sp("https://contoso.cognitiveservices.azure.com/")})
	listed := list(t, "westus")
	withList := func(v *voicesResult) *voicesResult { v.list = listed; return v }
	control := &Answer{Role: RoleControl, URL: "https://southafricanorth.api.cognitive.microsoft.com/", Status: 404, Responder: ResponderAzure}
	controlDown := &Answer{Role: RoleControl, URL: "https://southafricanorth.api.cognitive.microsoft.com/", Failure: FailDNS}
	chinaeast2, _ := speech.RegionByName("chinaeast2")
	eastus, _ := speech.RegionByName("eastus")
	located := []tried{
		{region: chinaeast2, answer: Answer{Status: 200, URL: "https://chinaeast2.api.cognitive.azure.cn/sts/v1.0/issueToken"}, token: true},
		{region: eastus, answer: Answer{Status: 401, Responder: ResponderAzure}},
		{answer: Answer{Failure: FailProxy, URL: "https://chinanorth2.api.cognitive.azure.cn/sts/v1.0/issueToken"}},
	}
	// Answers of locate that judge nothing: a filter's 200 page, Azure's
	// 429, 503 and network rules, a 401 page that is not Azure's.
	unjudging := []tried{
		{region: chinaeast2, answer: Answer{Status: 200, URL: "https://chinaeast2.api.cognitive.azure.cn/sts/v1.0/issueToken", Responder: ResponderOther}},
		{answer: Answer{Status: 429, Responder: ResponderAzure, URL: "https://eastus.api.cognitive.microsoft.com/sts/v1.0/issueToken"}},
		{answer: Answer{Status: 503, Responder: ResponderAzure, URL: "https://eastus2.api.cognitive.microsoft.com/sts/v1.0/issueToken"}},
		{answer: Answer{Status: 403, Responder: ResponderAzure, Message: MsgNetworkRules, URL: "https://westus2.api.cognitive.microsoft.com/sts/v1.0/issueToken"}},
		{answer: Answer{Status: 401, Responder: ResponderOther, URL: "https://westus3.api.cognitive.microsoft.com/sts/v1.0/issueToken"}},
		{region: eastus, answer: Answer{Status: 401, Responder: ResponderAzure}},
	}

	for _, tc := range []struct {
		name  string
		obs   observation
		class Class
		cause Cause
		key   validity
		check func(t *testing.T, o Outcome)
	}{
		{name: "accepted with voices", obs: observation{token: okTokenResult(), voices: withList(voicesAns(200, ResponderAzure))}, class: Passed, cause: CauseAccepted, key: valid},
		{name: "accepted without voices", obs: observation{token: okTokenResult()}, class: Passed, cause: CauseAccepted, key: valid},
		{name: "a 200 without a token", obs: observation{token: tokenAns(200, ResponderOther)}, class: Inconclusive, cause: CauseNotToken, key: unjudged},
		{name: "Azure's 401", obs: observation{token: tokenAns(401, ResponderAzure)}, class: Verdict, cause: CauseKeyRejected, key: invalid},
		{name: "a 401 page from a proxy", obs: observation{token: tokenAns(401, ResponderOther)}, class: Inconclusive, cause: CauseNotAzure, key: unjudged},
		{name: "a web filter's 403 page", obs: observation{token: tokenAns(403, ResponderOther)}, class: Inconclusive, cause: CauseNotAzure, key: unjudged},
		{name: "locate found the key", obs: observation{req: Request{Locate: true}, token: tokenAns(401, ResponderAzure), locateTried: located},
			class: Verdict, cause: CauseKeyElsewhere, key: invalid, check: func(t *testing.T, o Outcome) {
				if len(o.Fix) == 0 || len(o.Located) != 1 || o.LocateRefused != 1 || len(o.LocateUnreachable) != 1 || o.LocateUnreachable[0] != "chinanorth2.api.cognitive.azure.cn" {
					t.Errorf("fix %+v located %v refused %d unreachable %v", o.Fix, o.Located, o.LocateRefused, o.LocateUnreachable)
				}
			}},
		{name: "locate: only a token locates, only Azure's 401 refuses", obs: observation{req: Request{Locate: true}, token: tokenAns(401, ResponderAzure), locateTried: unjudging},
			class: Verdict, cause: CauseKeyRejected, key: invalid, check: func(t *testing.T, o Outcome) {
				if len(o.Located) != 0 || o.LocateRefused != 1 || len(o.LocateNoVerdict) != 5 || len(o.LocateUnreachable) != 0 {
					t.Errorf("located %v refused %d no verdict %v unreachable %v", o.Located, o.LocateRefused, o.LocateNoVerdict, o.LocateUnreachable)
				}
			}},
		{name: "locate found nothing", obs: observation{req: Request{Locate: true}, token: tokenAns(401, ResponderAzure), locateTried: located[1:]},
			class: Verdict, cause: CauseKeyRejected, key: invalid, check: func(t *testing.T, o Outcome) {
				if o.LocateRefused != 1 || len(o.LocateUnreachable) != 1 || !o.Locate {
					t.Errorf("refused %d unreachable %v", o.LocateRefused, o.LocateUnreachable)
				}
			}},
		{name: "voices 401 after a token", obs: observation{token: okTokenResult(), voices: voicesAns(401, ResponderAzure)}, class: Verdict, cause: CauseResourceRefused, key: invalid},
		// Issue 26: Azure's quota 403 on the voices after a token is Access
		// Forbidden with key_valid true (the docs' table), not a refused key.
		{name: "voices: Azure's quota 403 after a token", obs: observation{token: okTokenResult(),
			voices: func() *voicesResult { v := voicesAns(403, ResponderAzure); v.Message = MsgQuota; return v }()},
			class: Verdict, cause: CauseForbidden, key: valid},
		{name: "voices 429 after a token: the token judged the key", obs: observation{token: okTokenResult(), voices: voicesAns(429, ResponderAzure)}, class: Inconclusive, cause: CauseThrottled, key: valid},
		{name: "voices blocked by a filter after a token", obs: observation{token: okTokenResult(), voices: voicesAns(403, ResponderOther)}, class: Inconclusive, cause: CauseNotAzure, key: valid},
		{name: "voices not a list", obs: observation{token: okTokenResult(), voices: &voicesResult{Answer: voicesAns(200, ResponderOther).Answer, notVoices: true}}, class: Inconclusive, cause: CauseNotVoices, key: valid},
		{name: "voices timed out after a token", obs: observation{token: okTokenResult(), voices: &voicesResult{Answer: Answer{Role: RoleVoices, Failure: FailTimeout}}}, class: Inconclusive, cause: CauseNoAnswer, key: valid},
		{name: "a required voice missing", obs: observation{req: Request{RequireVoices: []string{"en-US-JenyNeural", "en-US-JennyNeural"}}, token: okTokenResult(), voices: withList(voicesAns(200, ResponderAzure))},
			class: Verdict, cause: CauseVoicesMissing, key: valid, check: func(t *testing.T, o Outcome) {
				if len(o.Missing) != 1 || o.Missing[0].Name != "en-US-JenyNeural" || len(o.Missing[0].Names) == 0 || o.Missing[0].Names[0] != "en-US-JennyNeural" {
					t.Errorf("missing %+v", o.Missing)
				}
			}},
		{name: "required voices offered", obs: observation{req: Request{RequireVoices: []string{"en-US-JennyNeural"}}, token: okTokenResult(), voices: withList(voicesAns(200, ResponderAzure))},
			class: Passed, cause: CauseAccepted, key: valid, check: func(t *testing.T, o Outcome) {
				if o.Missing == nil || len(o.Missing) != 0 || o.Required != 1 {
					t.Errorf("missing %+v required %d", o.Missing, o.Required)
				}
			}},
		{name: "required voices of a list too long to keep", obs: observation{req: Request{RequireVoices: []string{"x"}}, token: okTokenResult(), voices: &voicesResult{Answer: voicesAns(200, ResponderAzure).Answer, list: &VoiceList{Count: MaxKeptVoices + 1}}},
			class: Inconclusive, cause: CauseVoicesNotKept, key: valid},
		{name: "Azure's quota", obs: observation{token: tokenOf(Answer{Status: 403, Responder: ResponderAzure, Message: MsgQuota})}, class: Verdict, cause: CauseForbidden, key: valid},
		{name: "Azure's bare 403", obs: observation{token: tokenAns(403, ResponderAzure)}, class: Inconclusive, cause: CauseNetworkRules, key: unjudged},
		{name: "no DNS behind a private endpoint while the table answers", obs: observation{req: Request{Resolution: resolve(t, speech.Input{Endpoint: sp("https://contoso.cognitiveservices.azure.com/"), PrivateEndpoint: true})}, token: failedToken(FailDNS), control: &Answer{Role: RoleControl, Status: 404, Responder: ResponderAzure}}, class: Inconclusive, cause: CauseNoAnswer, key: unjudged},
		{name: "Azure's network rules", obs: observation{token: tokenOf(Answer{Status: 403, Responder: ResponderAzure, Message: MsgNetworkRules})}, class: Inconclusive, cause: CauseNetworkRules, key: unjudged},
		{name: "Azure's 400", obs: observation{token: tokenAns(400, ResponderAzure)}, class: Inconclusive, cause: CauseNetworkRules, key: unjudged},
		{name: "a timeout", obs: observation{token: failedToken(FailTimeout)}, class: Inconclusive, cause: CauseNoAnswer, key: unjudged},
		{name: "a route already down", obs: observation{token: tokenOf(Answer{Failure: FailRouteDown, Evidence: &Answer{Failure: FailProxy, ProxyStatus: 403}})}, class: Inconclusive, cause: CauseNoAnswer, key: unjudged},
		{name: "no DNS outside the table while the table answers", obs: observation{req: Request{Resolution: outside}, token: failedToken(FailDNS), control: control}, class: Verdict, cause: CauseNoSuchRegion, key: invalid},
		{name: "no DNS anywhere", obs: observation{req: Request{Resolution: outside}, token: failedToken(FailDNS), control: controlDown}, class: Inconclusive, cause: CauseNoAnswer, key: unjudged},
		{name: "no DNS for a custom domain while the table answers", obs: observation{req: Request{Resolution: customOnly}, token: failedToken(FailDNS), control: control}, class: Verdict, cause: CauseNoSuchDomain, key: invalid},
		{name: "the token names another region", obs: observation{token: func() tokenResult { t := okTokenResult(); t.claims = speech.TokenClaims{Region: "eastus"}; return t }()},
			class: Passed, cause: CauseAccepted, key: valid, check: func(t *testing.T, o Outcome) {
				if len(o.Notes) != 1 || o.Notes[0] != NoteTokenOtherRegion {
					t.Errorf("notes %v", o.Notes)
				}
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := tc.obs
			if o.req.Resolution.Cloud == nil {
				o.req.Resolution = westus
			}
			got := diagnose(o)
			if got.Class != tc.class || got.Cause != tc.cause || !tc.key.matches(got.KeyValid) {
				t.Errorf("class %d cause %s key_valid %v; want %d %s %d", got.Class, got.Cause, got.KeyValid, tc.class, tc.cause, tc.key)
			}
			if got.Class != Passed && got.Call == nil && got.Cause != CauseKeyNotSendable {
				t.Error("an outcome that is not a pass names no call")
			}
			if tc.check != nil {
				tc.check(t, got)
			}
		})
	}
}
