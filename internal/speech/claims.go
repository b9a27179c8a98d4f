package speech

import (
	"encoding/base64"
	"encoding/json"
	"regexp"
	"strings"
	"time"
)

// TokenClaims are the hints third-party code reads from a Speech token's
// payload. No Microsoft page documents them (unconfirmed): any of them may
// be empty.
type TokenClaims struct {
	Region     string // "region"
	ProductID  string // "product-id", e.g. "SpeechServices.S0"
	ResourceID string // "azure-resource-id"
	Audience   string // "aud", e.g. "urn:ms.speechservices.westus"
}

// tierRE is the shape a tier claim must have to be kept: S0, F0. (A
// resource ID claim must parse as ParseAccountID reads one.)
var tierRE = regexp.MustCompile(`^[A-Z][0-9]{1,2}$`)

// PricingTier is the tier part of the product ID ("S0", "F0"), or "" when
// it has not the shape of a tier.
func (c TokenClaims) PricingTier() string {
	if i := strings.LastIndex(c.ProductID, "."); i >= 0 && tierRE.MatchString(c.ProductID[i+1:]) {
		return c.ProductID[i+1:]
	}
	return ""
}

// ClaimRegion is the region the token names: the region claim, else the
// audience's suffix.
func (c TokenClaims) ClaimRegion() string {
	if c.Region != "" {
		return strings.ToLower(c.Region)
	}
	if r, ok := strings.CutPrefix(c.Audience, "urn:ms.speechservices."); ok {
		return strings.ToLower(r)
	}
	return ""
}

// TokenExpiry reads the token's exp claim (seconds since the epoch).
func TokenExpiry(token string) (time.Time, bool) {
	m, ok := tokenPayload(token)
	if !ok {
		return time.Time{}, false
	}
	exp, ok := m["exp"].(float64)
	if !ok || exp <= 0 || exp > 1e11 {
		return time.Time{}, false
	}
	return time.Unix(int64(exp), 0), true
}

// maxTokenLen bounds the token text parsed.
const maxTokenLen = 16 << 10

// ParseTokenClaims reads the claims from a JWT defensively: anything that
// is not a well-formed token with string claims gives empty hints and false.
func ParseTokenClaims(token string) (TokenClaims, bool) {
	m, ok := tokenPayload(token)
	if !ok {
		return TokenClaims{}, false
	}
	get := func(k string) string {
		s, _ := m[k].(string)
		if len(s) > 512 {
			return ""
		}
		return s
	}
	c := TokenClaims{
		Region:     get("region"),
		ProductID:  get("product-id"),
		ResourceID: get("azure-resource-id"),
		Audience:   get("aud"),
	}
	// A claim is kept only when it has the shape it claims: these end up
	// in state.
	if rg := c.ClaimRegion(); rg != "" && !wellFormedRegion.MatchString(rg) {
		c.Region, c.Audience = "", ""
	}
	if _, p := ParseAccountID(c.ResourceID); p != nil {
		c.ResourceID = ""
	}
	return c, true
}

// IsJWT reports whether s (spaces around it aside) is a JWT whose payload
// is a JSON object: what a token endpoint's 200 body must be.
func IsJWT(s string) bool {
	_, ok := tokenPayload(s)
	return ok
}

// tokenPayload decodes a JWT's payload as a JSON object.
func tokenPayload(token string) (map[string]any, bool) {
	token = strings.TrimSpace(token)
	if len(token) > maxTokenLen {
		return nil, false
	}
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return nil, false
	}
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(parts[1], "="))
	if err != nil {
		return nil, false
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, false
	}
	return m, true
}
