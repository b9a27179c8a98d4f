package keycheck

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// LocateConcurrency bounds the calls locate makes at once: every Speech
// region of the catalog but the one already tried, so that locate takes one
// round trip however the catalog grows.
var LocateConcurrency = len(speech.Regions("")) - 1

// Request is one key check.
type Request struct {
	Key        string // as configured: CheckKeyShape trims it
	Resolution speech.Resolution
	Voices     bool // also read the voices list
	Locate     bool // on a token 401, find where the key is accepted
	// RequireVoices are voice names (short or long form) the region's list
	// must offer; they need Voices.
	RequireVoices []string
	// Token is set when the call issues a token for the ephemeral
	// resource rather than checking a data source's key.
	Token bool
}

// Result is what the check found.
type Result struct {
	Passed       bool
	KeyValid     *bool // nil when the answers could not judge the key
	TokenStatus  int   // 0 when no HTTP answer (or no call)
	VoicesStatus int   // 0 when not called or no HTTP answer
	VoiceCount   int   // -1 when unknown
	Claims       speech.TokenClaims
	Located      []string // "cloud/region" where the key was accepted
	Summary      string
	Detail       string
	// Warnings are notes that do not fail the check.
	Warnings []Warning
	// Voices is the region's voices list when it was read (shared with
	// every other reader of the same answer).
	Voices *VoiceList
	// MissingVoices are the required voices the list lacks: nil when no
	// voice was required or the list could not be read, empty when all
	// are offered.
	MissingVoices []string
	// Undecided marks an inconclusive outcome whose key_valid is known
	// (the key works, but the rest could not be judged).
	Undecided bool
}

// Inconclusive reports whether the check failed without a verdict: Azure
// (or something between) did not judge the key or the resource. A 5xx, a
// 429 after retries, a time-out, a reset, a DNS, TLS or proxy failure, a
// redirect or a body that is not Speech's. A verdict is a refusal: a 401 or
// 403, a token followed by a refused speech call, a 404, a key that cannot
// be a key, a required voice the region does not offer.
func (r Result) Inconclusive() bool { return !r.Passed && (r.KeyValid == nil || r.Undecided) }

// Warning is a note shown whatever the outcome.
type Warning struct{ Summary, Detail string }

// prepareKey is the one step between a configured key and a call, shared
// by the key check and the token: the shape checks, their warnings, and the
// trimmed key to send. refused is set when the key must not be sent.
func prepareKey(key string) (shape speech.KeyShape, warnings []Warning, refused *Result) {
	shape = speech.CheckKeyShape(key)
	for _, w := range shape.Warnings {
		warnings = append(warnings, Warning{"Speech Key Needs Attention", w.Text})
	}
	if shape.Problem != nil {
		refused = &Result{KeyValid: boolp(false), VoiceCount: -1, Summary: shape.Problem.Summary, Detail: shape.Problem.Detail, Warnings: warnings}
	}
	return shape, warnings, refused
}

// Check runs the key check: shape first, then the token and voices calls
// at once, then locate when the token endpoint rejected the key.
func (c *Client) Check(ctx context.Context, req Request) Result {
	shape, warnings, refused := prepareKey(req.Key)
	if refused != nil {
		return *refused
	}
	key := shape.Trimmed
	rec := req.Resolution.Recommended
	// One deadline for the whole check: calls, retries, waits and locate.
	ctx, cancel := context.WithTimeout(ctx, c.cfg.CheckTimeout)
	defer cancel()

	var token, voices Answer
	var wg sync.WaitGroup
	if req.Voices {
		wg.Add(1)
		go func() {
			defer wg.Done()
			voices = c.CallVoices(ctx, rec.Voices, key)
		}()
	}
	token = c.Call(ctx, http.MethodPost, rec.Token, key, TokenBodyLimit)
	wg.Wait()

	obs := observation{req: req, shape: shape, token: token, voiceCount: -1}
	if req.Voices {
		obs.voices = &voices
		if voices.Status == http.StatusOK && voices.Failure == NoFailure {
			obs.voiceCount = voices.VoiceCount
			obs.voicesNotJSON = voices.VoiceCount < 0
		}
	}
	obs.claims = claimsOf(token, key)
	obs.checkTimeout = c.cfg.CheckTimeout
	obs.dnsControl = c.dnsControl(ctx, req.Resolution, token)
	if token.Status == http.StatusUnauthorized && req.Locate {
		obs.located, obs.locateTried = c.locate(ctx, key, rec.Token)
	}
	r := diagnose(obs)
	r.Warnings = append(warnings, r.Warnings...)
	return r
}

// locate tries the key's token endpoint in every Speech region of every
// cloud, at most LocateConcurrency at once, and returns where it was
// accepted, in catalog order, and how many regions it tried.
func (c *Client) locate(ctx context.Context, key, skipURL string) ([]string, int) {
	type cand struct{ id, url string }
	var cands []cand
	for _, rg := range speech.Regions("") {
		cl, _ := speech.CloudByName(rg.Cloud)
		u := speech.RegionalEndpoints(cl, rg).Token
		if u != skipURL {
			cands = append(cands, cand{rg.Cloud + "/" + rg.Name, u})
		}
	}
	ok := make([]bool, len(cands))
	sem := make(chan struct{}, LocateConcurrency)
	var wg sync.WaitGroup
	for i := range cands {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return
			}
			defer func() { <-sem }()
			a := c.Call(ctx, http.MethodPost, cands[i].url, key, TokenBodyLimit)
			ok[i] = a.Status == http.StatusOK
		}(i)
	}
	wg.Wait()
	var found []string
	for i, hit := range ok {
		if hit {
			found = append(found, cands[i].id)
		}
	}
	return found, len(cands)
}

// Token is a freshly issued access token.
type Token struct {
	Value     string
	IssuedBy  string // the token endpoint
	ExpiresAt time.Time
}

// TokenLifetime is how long Speech tokens are valid.
const TokenLifetime = 10 * time.Minute

// IssueToken asks the recommended token endpoint for a new token. It is
// never cached: every call issues a token. When Azure refuses, the Result
// holds the same diagnosis the key check gives.
func (c *Client) IssueToken(ctx context.Context, key string, res speech.Resolution) (Token, Result) {
	shape, warnings, refused := prepareKey(key)
	if refused != nil {
		return Token{}, *refused
	}
	issued := time.Now()
	ctx, cancel := context.WithTimeout(ctx, c.cfg.CheckTimeout)
	defer cancel()
	a := c.callWithRetries(ctx, http.MethodPost, res.Recommended.Token, shape.Trimmed, TokenBodyLimit)
	obs := observation{req: Request{Key: key, Resolution: res, Token: true}, shape: shape, token: a, voiceCount: -1, checkTimeout: c.cfg.CheckTimeout}
	obs.dnsControl = c.dnsControl(ctx, res, a)
	obs.claims = claimsOf(a, key)
	r := diagnose(obs)
	r.Warnings = append(warnings, r.Warnings...)
	if !r.Passed {
		return Token{}, r
	}
	t := Token{Value: strings.TrimSpace(string(a.Body)), IssuedBy: res.Recommended.Token, ExpiresAt: issued.Add(TokenLifetime)}
	if exp, ok := speech.TokenExpiry(t.Value); ok && exp.After(issued) && exp.Before(issued.Add(2*TokenLifetime)) {
		t.ExpiresAt = exp
	}
	return t, r
}

// claimsOf reads the hints of an issued token. A claim that carries any
// part of the key is dropped: claims end up in state.
func claimsOf(token Answer, key string) speech.TokenClaims {
	if token.Status != http.StatusOK || token.Failure != NoFailure {
		return speech.TokenClaims{}
	}
	c, _ := speech.ParseTokenClaims(string(token.Body))
	rd := newRedactor(key)
	for _, v := range []*string{&c.Region, &c.ProductID, &c.ResourceID, &c.Audience} {
		if rd.redact(*v) != *v {
			*v = ""
		}
	}
	return c
}

// tokenAlphabet is base64url with padding.
const tokenAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_="

// looksLikeToken reports whether a token endpoint's 200 body is a token:
// a JWT, three base64url parts joined by dots.
func looksLikeToken(body []byte) bool {
	parts := strings.Split(strings.TrimSpace(string(body)), ".")
	if len(parts) != 3 {
		return false
	}
	for _, p := range parts {
		if p == "" {
			return false
		}
		if strings.TrimLeft(p, tokenAlphabet) != "" {
			return false
		}
	}
	return true
}
