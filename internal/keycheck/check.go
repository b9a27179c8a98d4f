package keycheck

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/secret"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// Request is one key check.
type Request struct {
	Key        string // as configured: CheckKeyShape trims it
	Resolution speech.Resolution
	Voices     bool // also read the voices list
	Locate     bool // on a token 401, find where the key is accepted
	// RequireVoices are voice names (short or long form) the region's list
	// must offer; they need Voices.
	RequireVoices []string
	// FullList asks for the full voices list (a voices data source): a list
	// kept only as names is read again.
	FullList bool
}

// tokenResult is a token call's answer, what it says of the key (read
// once, where the answer is made), and the token it issued.
type tokenResult struct {
	Answer
	says   reading
	text   string
	claims speech.TokenClaims
}

// tokenOf is the result of a token call's answer: its reading is decided
// here, once.
func tokenOf(a Answer) tokenResult { return tokenResult{Answer: a, says: meaning(a, false)} }

// voicesResult is a voices call's answer and the list it read.
type voicesResult struct {
	Answer
	list      *VoiceList
	notVoices bool
}

// Check runs the key check: shape first, then the token and voices calls
// at once, then locate when the token endpoint rejected the key.
func (c *Client) Check(ctx context.Context, req Request) Outcome {
	shape := speech.CheckKeyShape(req.Key)
	if shape.Refused != nil {
		return notSendable(req, shape)
	}
	key := shape.Key
	rec := req.Resolution.Recommended
	// One deadline for the whole check: calls, retries, waits and locate.
	ctx, cancel := context.WithTimeout(ctx, c.cfg.CheckTimeout)
	defer cancel()

	obs := observation{req: req, shape: shape, checkTimeout: c.cfg.CheckTimeout, proxyBad: c.ProxyEnvMalformed}
	var voices voicesResult
	var wg sync.WaitGroup
	if req.Voices {
		wg.Add(1)
		go func() {
			defer wg.Done()
			voices = c.voices(ctx, rec.Voices, key, req.FullList)
		}()
	}
	obs.token = c.token(ctx, rec.Token, key, true)
	wg.Wait()
	if req.Voices {
		l := voices.list
		if l != nil && len(req.RequireVoices) > 0 && !l.Suggests() && len(l.MissingVoices(req.RequireVoices)) > 0 {
			// The plan kept only the list's name hashes: read it again, for
			// this check alone, to name what it offers instead.
			if again := c.readVoicesList(ctx, rec.Voices, key, false); again.list != nil {
				voices.list = again.list
			}
		}
		obs.voices = &voices
	}
	obs.control = c.dnsControl(ctx, req.Resolution, obs.token.Answer)
	if obs.token.says.cause == CauseKeyRejected && obs.token.Failure == NoFailure && req.Locate {
		obs.locateTried = c.locate(ctx, key, rec.Token)
	}
	return diagnose(obs)
}

// token calls a token endpoint, shared with every caller of the same call
// when shared is set (a key check); the ephemeral token asks for a token of
// its own every time.
func (c *Client) token(ctx context.Context, rawURL string, key secret.Key, shared bool) tokenResult {
	fn := func() tokenResult {
		var body bytes.Buffer
		read := func(r io.Reader) error {
			_, err := io.Copy(&body, r)
			return err
		}
		a := c.do(ctx, call{role: RoleToken, method: http.MethodPost, url: rawURL, key: key, limit: TokenBodyLimit,
			read: read})
		t := tokenOf(a)
		if a.OK() {
			t.text = strings.TrimSpace(body.String())
			t.claims = claimsOf(t.text, key)
		}
		return t
	}
	if !shared {
		return fn()
	}
	return c.cache.tokens.do(ctx, callKey(http.MethodPost, rawURL, key), fn,
		func(t tokenResult) bool { return remembered(t.Answer) },
		func(ctx context.Context) tokenResult {
			return tokenOf(Answer{Role: RoleToken, URL: rawURL, Failure: ctxFailure(ctx)})
		})
}

// voices reads a voices list, shared with every caller of the same call.
// Lists with the same content share one copy, and full lists are kept
// within the cache's budget; full asks for the full list, read again when
// only its names were kept.
func (c *Client) voices(ctx context.Context, rawURL string, key secret.Key, full bool) voicesResult {
	k := callKey(http.MethodGet, rawURL, key)
	fn := func() voicesResult { return c.readVoicesList(ctx, rawURL, key, true) }
	keep := func(v voicesResult) bool { return remembered(v.Answer) }
	abandoned := func(ctx context.Context) voicesResult {
		return voicesResult{Answer: Answer{Role: RoleVoices, URL: rawURL, Failure: ctxFailure(ctx)}}
	}
	v := c.cache.voices.do(ctx, k, fn, keep, abandoned)
	if full && v.list != nil && v.list.voices == nil && v.list.Names() && v.list.Count > 0 {
		// Kept as names only: read it again for this caller, without
		// keeping it.
		return c.readVoicesList(ctx, rawURL, key, false)
	}
	return v
}

func (c *Client) readVoicesList(ctx context.Context, rawURL string, key secret.Key, keep bool) voicesResult {
	var list *VoiceList
	var notVoices bool
	h := sha256.New()
	read := func(r io.Reader) error {
		h.Reset()
		l, err := readVoices(io.TeeReader(r, h))
		if errors.Is(err, errNotVoices) {
			notVoices = true
			return nil
		}
		list = l
		return err
	}
	a := c.do(ctx, call{role: RoleVoices, method: http.MethodGet, url: rawURL, key: key, limit: VoicesBodyLimit,
		read: read})
	v := voicesResult{Answer: a, notVoices: notVoices && a.OK()}
	if a.OK() && list != nil {
		v.list = list
		if keep {
			v.list = c.cache.lists.keep(string(h.Sum(nil)), list)
		}
	}
	return v
}

// tried is one region locate tried: the region, its token call's answer,
// and whether a 200 carried a token.
type tried struct {
	region speech.Region
	answer Answer
	token  bool
}

// locate sends the key to the token endpoint of every Speech region of
// every cloud at once (but skipURL, already called) and returns every
// answer, in catalog order.
func (c *Client) locate(ctx context.Context, key secret.Key, skipURL string) []tried {
	var out []tried
	for _, rg := range speech.Regions(nil) {
		if u := speech.RegionalEndpoints(rg.Cloud, rg).Token; u != skipURL {
			out = append(out, tried{region: rg, answer: Answer{URL: u}})
		}
	}
	var wg sync.WaitGroup
	for i := range out {
		wg.Add(1)
		go func(t *tried) {
			defer wg.Done()
			r := c.token(ctx, t.answer.URL, key, true)
			t.answer, t.token = r.Answer, speech.IsJWT(r.text)
			t.answer.Role = RoleLocate
		}(&out[i])
	}
	wg.Wait()
	return out
}

// dnsControl tells a DNS failure that is a verdict from one that is the
// network's. When the token host of a region outside the Speech table, or
// of a custom domain, has no DNS answer, it asks the API host of the first
// Speech region of the table in the same cloud, without the key: if that
// host answers, this network resolves Azure's names, so the first host does
// not exist. It returns nil when no comparison applies.
func (c *Client) dnsControl(ctx context.Context, res speech.Resolution, token Answer) *Answer {
	if token.Failure != FailDNS || (!res.UsesCustomDomain() && (res.Region == nil || res.Region.Listed)) {
		return nil
	}
	table := speech.Regions(res.Cloud)
	if len(table) == 0 {
		return nil
	}
	u := res.Cloud.ResourceEndpoint(speech.FamilyAPI, table[0].Name)
	a := c.cache.controls.do(ctx, callKey(http.MethodGet, u, secret.Key{}), func() Answer {
		return c.do(ctx, call{role: RoleControl, method: http.MethodGet, url: u, limit: TokenBodyLimit})
	}, remembered, func(ctx context.Context) Answer { return Answer{Role: RoleControl, URL: u, Failure: ctxFailure(ctx)} })
	return &a
}

// claimsOf reads the hints of an issued token. A claim that would show a
// key (secret's rule) is dropped: claims end up in state.
func claimsOf(token string, key secret.Key) speech.TokenClaims {
	c, _ := speech.ParseTokenClaims(token)
	rd := secret.Redactor{}.WithKey(key)
	for _, v := range []*string{&c.Region, &c.ProductID, &c.ResourceID, &c.Audience} {
		if rd.Shows(*v) {
			*v = ""
		}
	}
	return c
}

// Token is a freshly issued access token.
type Token struct {
	Value     string
	IssuedBy  string // the token endpoint
	ExpiresAt time.Time
}

// TokenLifetime is how long Speech tokens are valid (SourceRESTAuth).
const TokenLifetime = 10 * time.Minute

// IssueToken asks the recommended token endpoint for a new token. It is
// never shared: every call issues a token. When Azure refuses, the outcome
// is the key check's.
func (c *Client) IssueToken(ctx context.Context, key string, res speech.Resolution) (Token, Outcome) {
	req := Request{Key: key, Resolution: res}
	shape := speech.CheckKeyShape(key)
	if shape.Refused != nil {
		return Token{}, notSendable(req, shape)
	}
	issued := time.Now()
	ctx, cancel := context.WithTimeout(ctx, c.cfg.CheckTimeout)
	defer cancel()
	t := c.token(ctx, res.Recommended.Token, shape.Key, false)
	obs := observation{req: req, shape: shape, token: t, checkTimeout: c.cfg.CheckTimeout, proxyBad: c.ProxyEnvMalformed}
	obs.control = c.dnsControl(ctx, res, t.Answer)
	o := diagnose(obs)
	if !o.Passed() {
		return Token{}, o
	}
	tok := Token{Value: t.text, IssuedBy: res.Recommended.Token, ExpiresAt: issued.Add(TokenLifetime)}
	if exp, ok := speech.TokenExpiry(tok.Value); ok && exp.After(issued) && exp.Before(issued.Add(2*TokenLifetime)) {
		tok.ExpiresAt = exp
	}
	return tok, o
}
