package keycheck

import (
	"net/http"
	"time"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// Class is what an outcome says about the key.
type Class int

// The classes.
const (
	// Passed: the key was accepted and everything asked was proved.
	Passed Class = iota + 1
	// Verdict: Azure judged the key or the resource, and refused it (or a
	// required voice is not offered).
	Verdict
	// Inconclusive: no verdict. Azure, or something in between, did not
	// judge; KeyValid may still be known (a token was issued).
	Inconclusive
)

// Cause is why an outcome is what it is.
type Cause string

// The causes.
const (
	CauseAccepted Cause = "accepted"
	// Verdicts.
	CauseKeyNotSendable  Cause = "key-not-sendable"  // KeyRefused says why
	CauseKeyRejected     Cause = "key-rejected"      // Azure's token endpoint answered 401
	CauseKeyElsewhere    Cause = "key-elsewhere"     // ... and locate found the key in Located
	CauseResourceRefused Cause = "resource-refused"  // a token, then Azure refused the voices list
	CauseForbidden       Cause = "forbidden"         // Azure answered 403 to the token call
	CauseNotFound        Cause = "not-found"         // Azure answered 404
	CauseNoSuchRegion    Cause = "no-such-region"    // no DNS answer, while the control host answers
	CauseNoSuchDomain    Cause = "no-such-domain"    // the same for a custom domain
	CauseVoicesMissing   Cause = "voices-missing"    // Missing
	CauseNetworkRules    Cause = "network-rules"     // Azure: the plan runs outside the allowed networks
	CauseThrottled       Cause = "throttled"         // 429 after retries
	CauseServiceError    Cause = "service-error"     // 5xx after retries
	CauseNotAzure        Cause = "not-azure"         // something between this machine and Azure answered
	CauseNotToken        Cause = "not-a-token"       // a 200 whose body is not a token
	CauseNotVoices       Cause = "not-a-voices-list" // a 200 whose body is not a list of voices
	CauseUnexpected      Cause = "unexpected-status" // a status Speech does not use here
	CauseVoicesNotKept   Cause = "voices-not-kept"   // a list too long to check required voices against
	// CauseNoAnswer: no usable answer; Call.Failure says what happened.
	CauseNoAnswer Cause = "no-answer"
)

// Note is a fact worth a warning whatever the outcome.
type Note int

// The notes.
const (
	// NoteTokenOtherRegion: the token's region claim (ClaimRegion) is not
	// the configured region.
	NoteTokenOtherRegion Note = iota + 1
	// NoteProxyMalformed: HTTPS_PROXY is set but is not a URL; Go ignores
	// it and connects directly.
	NoteProxyMalformed
)

// MissingVoice is a required voice the list does not offer, with what it
// offers instead.
type MissingVoice struct {
	Name string // as written in the configuration
	Suggestion
}

// Outcome is what a check found: facts, no words.
type Outcome struct {
	Class Class
	Cause Cause
	// KeyValid is true when Azure accepted the key, false on a verdict
	// about the key or the resource, nil when nothing judged it.
	KeyValid *bool
	// Call is the call the cause is about (nil when no call decided).
	Call *Answer
	// Token and Voices are the calls made (Voices nil when not made).
	Token  Answer
	Voices *Answer
	// VoiceCount is the voices list's length; -1 when unknown.
	VoiceCount int
	List       *VoiceList
	// Required is how many voices were required; Missing those not offered
	// (nil when none were required or the list could not be read).
	Required int
	Missing  []MissingVoice
	// Locate: whether it was asked for; where Azure issued a token for the
	// key; how
	// many token endpoints Azure itself refused it at (401); the hosts that
	// gave no HTTP answer; the hosts that answered without judging the key
	// (429, 5xx, Azure's network rules, a 403, an answer not Azure's, a 200
	// that is not a token); and the fix that moves the configuration to
	// Located[0].
	Locate            bool
	Located           []speech.Region
	LocateRefused     int
	LocateUnreachable []string
	LocateNoVerdict   []string
	Fix               speech.Fix
	// Control is the DNS control call (see dnsControl); nil when none.
	Control *Answer
	Claims  speech.TokenClaims
	// KeyRefused says why the key was not sent; KeyNotes are the key's
	// accepted oddities.
	KeyRefused *speech.Problem
	KeyNotes   []speech.Problem
	Notes      []Note
	Resolution speech.Resolution
	// CheckTimeout is the deadline the check ran under.
	CheckTimeout time.Duration
}

// Passed reports whether the check passed.
func (o Outcome) Passed() bool { return o.Class == Passed }

func boolp(b bool) *bool { return &b }

// decide sets what an outcome says of the key and returns it.
func (o *Outcome) decide(class Class, cause Cause, keyValid *bool, call *Answer) Outcome {
	o.Class, o.Cause, o.KeyValid, o.Call = class, cause, keyValid, call
	return *o
}

// notSendable is the outcome of a key the shape check refused: it was not
// sent. Both the check and the token build it here.
func notSendable(req Request, shape speech.KeyShape) Outcome {
	out := Outcome{KeyRefused: shape.Refused, KeyNotes: shape.Notes, VoiceCount: -1, Resolution: req.Resolution,
		Locate: req.Locate, Required: len(req.RequireVoices)}
	return out.decide(Verdict, CauseKeyNotSendable, boolp(false), nil)
}

// LocateRan reports whether locate called any token endpoint.
func (o Outcome) LocateRan() bool {
	return len(o.Located)+o.LocateRefused+len(o.LocateUnreachable)+len(o.LocateNoVerdict) > 0
}

// observation is every answer of one check, for diagnose.
type observation struct {
	req          Request
	shape        speech.KeyShape
	token        tokenResult
	voices       *voicesResult
	control      *Answer
	locateTried  []tried
	checkTimeout time.Duration
	proxyBad     bool
}

// diagnose turns a check's answers into its outcome. The token call splits
// the causes: its answer comes first.
func diagnose(o observation) Outcome {
	res := o.req.Resolution
	out := Outcome{Token: o.token.Answer, VoiceCount: -1, Resolution: res, Locate: o.req.Locate,
		Required: len(o.req.RequireVoices),
		KeyNotes: o.shape.Notes, CheckTimeout: o.checkTimeout, Control: o.control}
	if o.proxyBad {
		out.Notes = append(out.Notes, NoteProxyMalformed)
	}
	if o.voices != nil {
		v := o.voices.Answer
		out.Voices = &v
	}
	tok := o.token.Answer
	decide := out.decide

	switch {
	case tok.Failure != NoFailure:
		// Behind a private endpoint no DNS answer settles anything: a
		// private DNS zone answers NXDOMAIN for a record it lacks, so the
		// name's absence says where the plan runs, not what exists.
		if tok.Failure == FailDNS && !res.PrivateEndpoint && o.control != nil && o.control.resolved() {
			if res.UsesCustomDomain() {
				return decide(Verdict, CauseNoSuchDomain, boolp(false), &out.Token)
			}
			return decide(Verdict, CauseNoSuchRegion, boolp(false), &out.Token)
		}
		return withoutToken(&out, o, CauseNoAnswer)
	case tok.Status == http.StatusOK:
		if !speech.IsJWT(o.token.text) {
			return withoutToken(&out, o, CauseNotToken)
		}
	default:
		says := o.token.says
		if says.cause == CauseKeyRejected && o.req.Locate {
			tallyLocate(&out, o.locateTried)
			if len(out.Located) > 0 {
				out.Fix = speech.Relocate(res.Given, out.Located[0])
				return decide(Verdict, CauseKeyElsewhere, boolp(false), &out.Token)
			}
		}
		if says.class == Inconclusive {
			return withoutToken(&out, o, says.cause)
		}
		return decide(says.class, says.cause, says.valid, &out.Token)
	}

	// The token was issued: key, region and cloud are right.
	out.Claims = o.token.claims
	if cr := out.Claims.ClaimRegion(); cr != "" && res.Region != nil && cr != res.Region.Name {
		out.Notes = append(out.Notes, NoteTokenOtherRegion)
	}
	if o.voices != nil {
		v := out.Voices
		switch {
		case v.Failure != NoFailure:
			return decide(Inconclusive, CauseNoAnswer, boolp(true), v)
		case v.Status != http.StatusOK:
			r := meaning(*v, true)
			if r.class == Verdict {
				return decide(Verdict, r.cause, r.valid, v)
			}
			// The token already judged the key: only the voices are unknown.
			return decide(Inconclusive, r.cause, boolp(true), v)
		case o.voices.notVoices:
			return decide(Inconclusive, CauseNotVoices, boolp(true), v)
		}
	}
	if missing := requiredVoices(&out, o); missing {
		return decide(Verdict, CauseVoicesMissing, boolp(true), out.Voices)
	}
	if out.Required > 0 && out.List != nil && !out.List.Names() {
		return decide(Inconclusive, CauseVoicesNotKept, boolp(true), out.Voices)
	}
	return decide(Passed, CauseAccepted, boolp(true), nil)
}

// withoutToken decides a check whose token call judged nothing (cause
// says why): the voices list, sent the same key on the Speech host of the
// same resource, may still have Azure's own answer. Azure's refusal there
// is a verdict; its list proves the key valid, and the required voices
// can be checked against it; anything else leaves the check without a
// verdict.
func withoutToken(out *Outcome, o observation, cause Cause) Outcome {
	decide := out.decide
	v := out.Voices
	switch {
	case v == nil || v.Failure != NoFailure || o.voices.notVoices:
		return decide(Inconclusive, cause, nil, &out.Token)
	case v.Status != http.StatusOK:
		if r := meaning(*v, false); r.class == Verdict && r.cause != CauseNetworkRules {
			return decide(Verdict, r.cause, r.valid, v)
		}
		return decide(Inconclusive, cause, nil, &out.Token)
	}
	// Azure served the voices list for the key: the key is valid here.
	if requiredVoices(out, o) {
		return decide(Verdict, CauseVoicesMissing, boolp(true), v)
	}
	return decide(Inconclusive, cause, boolp(true), &out.Token)
}

// requiredVoices records the voices list of an outcome and the required
// voices it lacks; it reports whether any is missing.
func requiredVoices(out *Outcome, o observation) bool {
	if o.voices == nil || o.voices.list == nil {
		return false
	}
	out.List = o.voices.list
	out.VoiceCount = o.voices.list.Count
	if len(o.req.RequireVoices) == 0 || !out.List.Names() {
		return false
	}
	missing := out.List.MissingVoices(o.req.RequireVoices)
	out.Missing = []MissingVoice{}
	for _, m := range missing {
		out.Missing = append(out.Missing, MissingVoice{Name: m, Suggestion: out.List.Suggest(m, 3)})
	}
	return len(missing) > 0
}

// tallyLocate sorts the answers of locate: a token issued (Located),
// Azure's own 401 (refused), no HTTP answer (unreachable), anything else
// (no verdict).
func tallyLocate(out *Outcome, tried []tried) {
	for _, t := range tried {
		a := t.answer
		switch {
		case a.OK() && t.token:
			out.Located = append(out.Located, t.region)
		case a.reachedAzure() && a.Status == http.StatusUnauthorized &&
			a.Message != MsgNetworkRules && a.Message != MsgPublicAccessDisabled:
			out.LocateRefused++
		case a.Failure != NoFailure:
			out.LocateUnreachable = append(out.LocateUnreachable, a.Host())
		default:
			out.LocateNoVerdict = append(out.LocateNoVerdict, a.Host())
		}
	}
}

// reading is what an answer says of the key: its class, its cause, and
// whether the key is valid (nil: not judged).
type reading struct {
	class Class
	cause Cause
	valid *bool
}

// meaning is what an HTTP answer other than 200 says. Only Azure's own
// answers are verdicts: the same status from something between this
// machine and Azure (a web filter's 403 page, a proxy's 400) says where
// the plan runs, not what the key is. afterToken is set for a speech call
// made after a token was issued.
func meaning(a Answer, afterToken bool) reading {
	azure := a.Responder == ResponderAzure
	switch s := a.Status; {
	case a.Failure == FailRedirect:
		return reading{Inconclusive, CauseNoAnswer, nil}
	case s == http.StatusTooManyRequests:
		return reading{Inconclusive, CauseThrottled, nil}
	case s >= 500 && azure:
		return reading{Inconclusive, CauseServiceError, nil}
	case !azure:
		return reading{Inconclusive, CauseNotAzure, nil}
	case a.Message == MsgNetworkRules || a.Message == MsgPublicAccessDisabled:
		return reading{Inconclusive, CauseNetworkRules, nil}
	case s == http.StatusBadRequest && !afterToken:
		// SourcePrivateLink: a token request to a resource whose network
		// access is not "All networks" gets Forbidden or BadRequest; a 400
		// says nothing of the key.
		return reading{Inconclusive, CauseNetworkRules, nil}
	case s == http.StatusUnauthorized && !afterToken:
		return reading{Verdict, CauseKeyRejected, boolp(false)}
	case s == http.StatusForbidden && a.Message == MsgQuota:
		// The key is known: its resource's quota is used up, whichever call
		// Azure answers it to (the voices list too, after a token).
		return reading{Verdict, CauseForbidden, boolp(true)}
	case (s == http.StatusUnauthorized || s == http.StatusForbidden) && afterToken:
		return reading{Verdict, CauseResourceRefused, boolp(false)}
	case s == http.StatusForbidden && a.Message == MsgLocalAuthDisabled:
		return reading{Verdict, CauseForbidden, boolp(false)}
	case s == http.StatusForbidden:
		// SourcePrivateLink: Forbidden is the other answer to a token
		// request outside the allowed networks ("Traffic is not from an
		// approved private endpoint" is one); a bad key gets a 401.
		return reading{Inconclusive, CauseNetworkRules, nil}
	case s == http.StatusNotFound:
		return reading{Verdict, CauseNotFound, boolp(false)}
	}
	return reading{Inconclusive, CauseUnexpected, nil}
}
