package keycheck

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/azcred"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// The causes of the Entra check (with CauseAccepted, CauseNetworkRules,
// CauseThrottled, CauseServiceError, CauseNotAzure, CauseNotFound,
// CauseNotVoices, CauseUnexpected and CauseNoAnswer, which mean for a token
// what they mean for a key).
const (
	// CauseNoDataRole: Speech answered 401 PermissionDenied: the identity
	// holds no role with Speech data actions on the resource (verdict).
	CauseNoDataRole Cause = "no-data-role"
	// CauseOtherTenant: Speech answered 400 "Tenant provided in token does
	// not match resource token": the token is of another tenant than the
	// resource's; EntraOutcome.Claims.Tenant names it (verdict).
	CauseOtherTenant Cause = "other-tenant"
	// CauseTokenRefused: Speech answered 401 to the token itself (missing,
	// invalid, another audience, expired) (verdict).
	CauseTokenRefused Cause = "token-refused"
	// CauseKeyOnly: Speech answered 400 "Please provide an authentication
	// key": the endpoint takes keys only, so no keyless app can call it in
	// this form (verdict).
	CauseKeyOnly Cause = "key-only-endpoint"
	// CauseNoCredential: no credential could be used on this machine
	// (EntraOutcome.Tried says what was tried) (inconclusive).
	CauseNoCredential Cause = "no-credential"
	// CauseCredentialRefused: Microsoft Entra refused the plan's
	// credential (EntraOutcome.Refused: the kind, status and AADSTS codes)
	// (verdict: Entra judged it).
	CauseCredentialRefused Cause = "credential-refused"
	// CauseCredentialFailed: the token request got no answer from Entra
	// (network, proxy, time-out) (inconclusive).
	CauseCredentialFailed Cause = "credential-failed"
)

// EntraClaims are the identifiers a Microsoft Entra access token names
// (not secrets): its tenant (tid), object (oid), application (appid or
// azp) and audience (aud).
type EntraClaims struct {
	Tenant, ObjectID, AppID, Audience string
}

// EntraRequest is a check of the identity that runs the plan: a token
// from Credential for Scope, sent to the resource's custom domain as a
// keyless application sends it.
type EntraRequest struct {
	Resolution speech.Resolution
	Credential *azcred.Credential
	Scope      string
}

// EntraOutcome is what the Entra check found: facts, no words.
type EntraOutcome struct {
	Class Class
	Cause Cause
	// Call is the Speech call (nil when no token was had).
	Call *Answer
	// Claims are the token's (zero when no token was had).
	Claims EntraClaims
	// Tried is what the credential went through, kind by kind.
	Tried []azcred.Attempt
	// Refused is the credential kind Entra refused, or whose request
	// failed (CauseCredentialRefused, CauseCredentialFailed).
	Refused *azcred.Attempt
	// URL is the endpoint called (the custom domain's voices list).
	URL        string
	Scope      string
	Resolution speech.Resolution
	Notes      []Note
}

// Passed reports whether the check passed.
func (o EntraOutcome) Passed() bool { return o.Class == Passed }

// entraCall is a remembered Speech call with a token.
type entraCall struct {
	Answer
	notVoices bool
}

// CheckEntra runs the Entra check. The resolution must have a custom
// domain (speech.KeylessNeedsDomain is the caller's plan-time error): a
// Microsoft Entra token is taken only there. One token per credential and
// scope (the credential's cache) and one call per identity and URL (this
// client's cache) serve every data source of the plan.
func (c *Client) CheckEntra(ctx context.Context, req EntraRequest) EntraOutcome {
	out := EntraOutcome{Scope: req.Scope, Resolution: req.Resolution}
	if c.ProxyEnvMalformed {
		out.Notes = append(out.Notes, NoteProxyMalformed)
	}
	if req.Resolution.CustomDomain == nil || req.Credential == nil {
		out.Class, out.Cause = Inconclusive, CauseNoAnswer
		return out
	}
	out.URL = req.Resolution.CustomDomain.Voices
	ctx, cancel := context.WithTimeout(ctx, c.cfg.CheckTimeout)
	defer cancel()
	tok, err := req.Credential.GetToken(ctx, policy.TokenRequestOptions{Scopes: []string{req.Scope}})
	out.Tried = req.Credential.Tried()
	if err != nil {
		var none *azcred.NoCredentialError
		var refused *azcred.AuthError
		switch {
		case errors.As(err, &none):
			out.Class, out.Cause, out.Tried = Inconclusive, CauseNoCredential, none.Tried
		case errors.As(err, &refused) && refused.Attempt.Reason == azcred.ReasonRefused:
			a := refused.Attempt
			out.Class, out.Cause, out.Refused, out.Tried = Verdict, CauseCredentialRefused, &a, refused.Tried
		case errors.As(err, &refused):
			a := refused.Attempt
			out.Class, out.Cause, out.Refused, out.Tried = Inconclusive, CauseCredentialFailed, &a, refused.Tried
		default: // the check's time ran out while waiting for the token
			out.Class, out.Cause = Inconclusive, CauseCredentialFailed
		}
		return out
	}
	out.Claims = entraClaims(tok.Token)
	key := "entra " + req.Credential.Identity() + " " + req.Scope + " " + out.URL
	call := c.cache.entra.do(ctx, key, func() entraCall { return c.bearerVoices(ctx, out.URL, tok.Token) },
		func(e entraCall) bool { return remembered(e.Answer) },
		func(ctx context.Context) entraCall {
			return entraCall{Answer: Answer{Role: RoleEntra, URL: out.URL, Failure: ctxFailure(ctx)}}
		})
	out.Call = &call.Answer
	out.Class, out.Cause = entraMeaning(call)
	return out
}

// bearerVoices reads the voices list with a token, as a keyless app's
// first call does, and checks that the body is a JSON list.
func (c *Client) bearerVoices(ctx context.Context, rawURL, token string) entraCall {
	var e entraCall
	e.Answer = c.do(ctx, call{role: RoleEntra, method: http.MethodGet, url: rawURL, bearer: token, limit: VoicesBodyLimit,
		read: func(r io.Reader) error {
			var head [64]byte
			n, err := io.ReadFull(r, head[:])
			if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
				return err
			}
			e.notVoices = !strings.HasPrefix(strings.TrimSpace(string(head[:n])), "[")
			_, err = io.Copy(io.Discard, r)
			return err
		}})
	return e
}

// entraMeaning is what a Speech answer to a token says.
func entraMeaning(e entraCall) (Class, Cause) {
	a := e.Answer
	switch {
	case a.Failure != NoFailure:
		return Inconclusive, CauseNoAnswer
	case a.Responder != ResponderAzure:
		return Inconclusive, CauseNotAzure
	case a.Status == http.StatusOK && e.notVoices:
		return Inconclusive, CauseNotVoices
	case a.Status == http.StatusOK:
		return Passed, CauseAccepted
	case a.Message == MsgPermissionDenied:
		return Verdict, CauseNoDataRole
	case a.Message == MsgTenantMismatch:
		return Verdict, CauseOtherTenant
	case a.Message == MsgProvideKey:
		return Verdict, CauseKeyOnly
	case a.Message == MsgNetworkRules, a.Message == MsgPublicAccessDisabled:
		return Inconclusive, CauseNetworkRules
	case a.Status == http.StatusUnauthorized:
		return Verdict, CauseTokenRefused
	case a.Status == http.StatusNotFound:
		return Verdict, CauseNotFound
	case a.Status == http.StatusTooManyRequests:
		return Inconclusive, CauseThrottled
	case a.Status >= 500:
		return Inconclusive, CauseServiceError
	}
	return Inconclusive, CauseUnexpected
}

// entraClaims reads the identifiers of an access token's payload. The
// token is not verified: it is the one this process was just given.
func entraClaims(token string) EntraClaims {
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return EntraClaims{}
	}
	b, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(parts[1], "="))
	if err != nil {
		return EntraClaims{}
	}
	var c struct {
		Tid, Oid, Appid, Azp string
		Aud                  any
	}
	if json.Unmarshal(b, &c) != nil {
		return EntraClaims{}
	}
	out := EntraClaims{Tenant: c.Tid, ObjectID: c.Oid, AppID: c.Appid}
	if out.AppID == "" {
		out.AppID = c.Azp
	}
	if s, ok := c.Aud.(string); ok {
		out.Audience = s
	}
	return out
}

// Transporter is the client's HTTP client, for the Azure SDK's clients
// (the credential's token requests, Resource Manager): the same proxies,
// trusted CAs and time-out as the key check's calls.
func (c *Client) Transporter() policy.Transporter { return c.http }
