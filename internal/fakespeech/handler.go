package fakespeech

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// Bodies as Azure gives them (the 401 body is quoted in public reports
// from 2024; the others follow Azure's error shape).
const (
	Body401 = `{"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint. ` +
		`Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."}}`
	body403          = `{"error":{"code":"403","message":"Out of call volume quota. Quota will be replenished at the start of the next period."}}`
	body403Disabled  = `{"error":{"code":"403","message":"The resource is disabled."}}`
	body404          = `{"error":{"code":"404","message":"Resource not found"}}`
	body429          = `{"error":{"code":"429","message":"Too many requests. Please retry after the time specified in the Retry-After header."}}`
	bodyVoicesDenied = `{"error":{"code":"%d","message":"Access denied for this resource."}}`
)

// RedirectTarget is where FaultRedirect points.
const RedirectTarget = "login.captive-portal.example.net"

type endpointKind int

const (
	epUnknown endpointKind = iota
	epToken
	epVoices
)

// where is the resource form a host serves: its cloud, and its region or
// custom subdomain.
type where struct {
	cloud, region, subdomain string
}

// classify tells which Speech API a host and path are, and which resource
// form (regional or custom domain) the host is.
func classify(host, path string) (endpointKind, where, bool) {
	h, ok := speech.ParseHost(host)
	if !ok {
		return epUnknown, where{}, false
	}
	w := where{cloud: h.Cloud.Name}
	if h.Family.Regional() {
		w.region = h.Label
		if h.Label == "virginia" {
			w.region = "usgovvirginia" // SourceSubdomains' legacy label
		}
	} else {
		w.subdomain = strings.ToLower(h.Label)
	}
	lp := strings.ToLower(path)
	custom := h.Family == speech.FamilyCustomDomain
	switch {
	case lp == "/sts/v1.0/issuetoken" && (h.Family == speech.FamilyAPI || custom):
		return epToken, w, true
	case lp == "/cognitiveservices/voices/list" && h.Family == speech.FamilyTTS:
		return epVoices, w, true
	case lp == "/tts/cognitiveservices/voices/list" && custom:
		return epVoices, w, true
	}
	return epUnknown, w, true
}

func (s *Service) serveSpeech(w http.ResponseWriter, r *http.Request) {
	host := strings.ToLower(r.Host)
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	key := r.Header.Get("Ocp-Apim-Subscription-Key")
	s.mu.Lock()
	s.requests = append(s.requests, Request{Method: r.Method, Host: host, Path: r.URL.Path, URI: r.RequestURI,
		Query: r.URL.RawQuery, Proto: r.Proto, KeyHash: KeyHash(key), At: time.Now()})
	latency := s.Latency
	s.mu.Unlock()
	if latency > 0 {
		select {
		case <-time.After(latency):
		case <-r.Context().Done():
			return
		}
	}

	if rule := s.ruleFor(host); rule.BlockPage != 0 {
		// The inspecting proxy answers, not Azure: no Azure marks.
		noteFault(r, "host rule: block_page")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(rule.BlockPage)
		_, _ = io.WriteString(
			w,
			"<html><body><h1>Blocked</h1><p>This site is blocked by your organisation's web filter.</p></body></html>",
		)
		return
	}
	if s.serveIdentity(w, r, host) || s.serveBearer(w, r, host, key) {
		return // Entra, ARM and Entra tokens on Speech hosts (entra.go, arm.go, keyless.go)
	}
	kind, at, ok := classify(host, r.URL.Path)
	if !ok || kind == epUnknown {
		writeJSON(w, http.StatusNotFound, body404)
		return
	}
	if (kind == epToken && r.Method != http.MethodPost) || (kind == epVoices && r.Method != http.MethodGet) {
		writeJSON(w, http.StatusMethodNotAllowed, `{"error":{"code":"405","message":"Method not allowed"}}`)
		return
	}
	res := s.lookup(key)
	if res == nil || !reachable(res, at) {
		writeJSON(w, http.StatusUnauthorized, Body401)
		return
	}
	if res.DisableLocalAuth {
		writeJSON(w, http.StatusForbidden, BodyAuthTypeDisabled)
		return
	}
	name := "token"
	if kind == epVoices {
		name = "voices"
	}
	if s.faultApplies(res, name) {
		noteFault(r, res.Fault)
		if s.showFault(w, r, res, kind, key) {
			return
		}
	}
	if res.Disabled {
		writeJSON(w, http.StatusForbidden, body403Disabled)
		return
	}
	if res.QuotaExhausted || res.QuotaExhaustedOn == name {
		writeJSON(w, http.StatusForbidden, body403)
		return
	}
	if at.subdomain != "" && !res.PrivateEndpoint && res.CustomDomainSpeech404 && kind == epVoices {
		writeJSON(w, http.StatusNotFound, body404)
		return
	}
	switch kind {
	case epToken:
		azureMarks(w)
		w.Header().Set("Content-Type", "text/plain; charset=us-ascii")
		w.WriteHeader(http.StatusOK)
		_, _ = io.WriteString(w, s.token(res))
	case epVoices:
		if res.VoicesStatus != 0 {
			writeJSON(w, res.VoicesStatus, fmt.Sprintf(bodyVoicesDenied, res.VoicesStatus))
			return
		}
		body, _ := VoicesList(res.Region)
		switch {
		case res.UniqueVoices > 0:
			body = UniqueVoicesList(res.UniqueVoices, res.Key)
		case len(res.Voices) > 0:
			body = VoicesOnly(res.Voices)
		}
		azureMarks(w)
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write(body)
	}
}

// reachable says whether the resource answers on this host: its regional
// hosts unless it is behind a private endpoint, and its own custom domain.
func reachable(res *Resource, at where) bool {
	if res.Cloud != at.cloud {
		return false
	}
	if at.subdomain != "" {
		return res.Subdomain == at.subdomain
	}
	return at.region == res.Region && !res.PrivateEndpoint
}

func (s *Service) lookup(key string) *Resource {
	if key == "" {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.resources[key]
}

// faultApplies decides, and counts, whether the resource's fault shows on
// this call.
func (s *Service) faultApplies(res *Resource, endpoint string) bool {
	if res.Fault == FaultNone || (res.FaultOn != "" && res.FaultOn != endpoint) {
		return false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	k := res.Key + "|" + endpoint
	if res.FaultTimes > 0 && s.faultsShown[k] >= res.FaultTimes {
		return false
	}
	s.faultsShown[k]++
	return true
}

// showFault answers with the fault. It returns false when the fault only
// changes a successful answer (and the normal answer should follow).
func (s *Service) showFault(w http.ResponseWriter, r *http.Request, res *Resource, kind endpointKind, key string) bool {
	switch res.Fault {
	case FaultEchoKey:
		writeJSON(w, http.StatusForbidden, EchoBody(key))
	case FaultEchoEncodings:
		writeJSON(w, http.StatusForbidden, EchoEncodings(key))
	case FaultUnmarked403:
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusForbidden)
		_, _ = io.WriteString(w, `{"error":{"code":"Forbidden","message":"Request blocked by policy."}}`)
	case FaultNetworkRules:
		writeJSON(
			w,
			http.StatusForbidden,
			`{"error":{"code":"403","message":"Access denied due to Virtual Network/Firewall rules."}}`,
		)
	case FaultPublicAccess:
		writeJSON(
			w,
			http.StatusForbidden,
			`{"error":{"code":"403","message":"Public access is disabled. Please configure private endpoint."}}`,
		)
	case FaultBadRequest:
		writeJSON(
			w,
			http.StatusBadRequest,
			`{"error":{"code":"BadRequest","message":"The request is not allowed from this network."}}`,
		)
	case FaultTrickle401:
		azureMarks(w)
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(http.StatusUnauthorized)
		if f, ok := w.(http.Flusher); ok {
			f.Flush()
		}
		for i := 0; i < len(Body401); i++ {
			if _, err := io.WriteString(w, Body401[i:i+1]); err != nil {
				return true
			}
			if f, ok := w.(http.Flusher); ok {
				f.Flush()
			}
			select {
			case <-time.After(time.Second):
			case <-r.Context().Done():
				return true
			}
		}
	case FaultClaimsKey:
		if kind != epToken {
			return false
		}
		w.Header().Set("Content-Type", "text/plain; charset=us-ascii")
		w.WriteHeader(http.StatusOK)
		_, _ = io.WriteString(w, s.tokenWith(res, map[string]any{
			"region":            strings.ToLower(key),
			"product-id":        "SpeechServices." + key,
			"azure-resource-id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/" + key,
			"aud":               "urn:ms.speechservices." + key,
		}))
	case FaultEmptyToken:
		if kind != epToken {
			return false
		}
		w.WriteHeader(http.StatusOK)
	case FaultBigError:
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusForbidden)
		writeRepeated(
			w,
			`{"error":{"code":"403","message":"Out of call volume quota."}}`+strings.Repeat(" ", 4000),
			8<<20,
		)
	case FaultBigVoices:
		if kind != epVoices {
			return false
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write(BigVoicesList())
	case FaultEndless:
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusOK)
		_, _ = io.WriteString(w, "[")
		writeRepeated(w, `{"Name":"endless","ShortName":"endless"},`, 1<<40)
	case Fault429Long:
		w.Header().Set("Retry-After", "30")
		writeJSON(w, http.StatusTooManyRequests, body429)
	case Fault429:
		w.Header().Set("Retry-After", "1")
		writeJSON(w, http.StatusTooManyRequests, body429)
	case Fault429NoRetry:
		writeJSON(w, http.StatusTooManyRequests, body429)
	case Fault500:
		writeJSON(w, http.StatusInternalServerError, `{"error":{"code":"500","message":"Internal server error"}}`)
	case Fault502:
		writeJSON(w, http.StatusBadGateway, `{"error":{"code":"502","message":"Bad gateway"}}`)
	case Fault503:
		writeJSON(w, http.StatusServiceUnavailable, `{"error":{"code":"503","message":"Service unavailable"}}`)
	case FaultSlow:
		select {
		case <-time.After(s.SlowDelay):
		case <-r.Context().Done():
			return true
		}
		return false
	case FaultReset:
		resetConn(w, r)
	case FaultTruncated:
		w.Header().Set("Content-Length", "4096")
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusOK)
		_, _ = io.WriteString(w, `[{"Name":"Microsoft Server Speech`)
		if f, ok := w.(http.Flusher); ok {
			f.Flush()
		}
		panic(http.ErrAbortHandler)
	case FaultOversized:
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusOK)
		chunk := []byte(strings.Repeat(" ", 64<<10))
		for i := 0; i < (50<<20)/len(chunk); i++ {
			if _, err := w.Write(chunk); err != nil {
				return true
			}
		}
	case FaultRedirect:
		w.Header().Set("Location", "https://"+RedirectTarget+r.URL.Path)
		w.WriteHeader(http.StatusTemporaryRedirect)
	case FaultNotJSON:
		if kind != epVoices {
			return false
		}
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusOK)
		_, _ = io.WriteString(w, "<html><body>Access to this site is blocked by your organisation.</body></html>")
	case FaultClaimsRegion:
		return false
	default:
		return false
	}
	return true
}

// resetConn closes the connection with a TCP reset.
func resetConn(w http.ResponseWriter, r *http.Request) {
	hj, ok := w.(http.Hijacker)
	if !ok {
		panic(http.ErrAbortHandler)
	}
	c, _, err := hj.Hijack()
	if err != nil {
		return
	}
	if raw, ok := r.Context().Value(connKey{}).(interface{ NetConn() net.Conn }); ok {
		if bc, ok := raw.NetConn().(*bufConn); ok {
			if tcp, ok := bc.Conn.(*net.TCPConn); ok {
				_ = tcp.SetLinger(0)
				_ = tcp.Close()
			}
		}
	}
	_ = c.Close()
}

func writeJSON(w http.ResponseWriter, status int, body string) {
	azureMarks(w)
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_, _ = io.WriteString(w, body)
}

// azureMarks sets the headers the Cognitive Services gateway sets on its
// answers: a request ID (a UUID), HSTS and nosniff (as recorded in the
// Azure SDKs' test recordings).
func azureMarks(w http.ResponseWriter) {
	id := make([]byte, 16)
	_, _ = rand.Read(id)
	id[6], id[8] = id[6]&0x0f|0x40, id[8]&0x3f|0x80
	h := hex.EncodeToString(id)
	w.Header().Set("apim-request-id", h[:8]+"-"+h[8:12]+"-"+h[12:16]+"-"+h[16:20]+"-"+h[20:])
	w.Header().Set("Strict-Transport-Security", "max-age=31536000; includeSubDomains; preload")
	w.Header().Set("X-Content-Type-Options", "nosniff")
}

// EchoBody is a 403 body that repeats the key the way a careless service
// or proxy could: in upper case, in hex, in base64, and whole across byte
// 300 (where a diagnosis used to cut a body before redacting it).
func EchoBody(key string) string {
	head := `{"error":{"code":"403","message":"Key ` + strings.ToUpper(key) +
		` (hex ` + hex.EncodeToString([]byte(key)) +
		`, base64 ` + base64.StdEncoding.EncodeToString([]byte(key)) + `) is not allowed here: `
	pad := 288 - len(head)
	if pad < 0 {
		pad = 0
	}
	return head + strings.Repeat("x", pad) + key + `"}}`
}

// EchoEncodings is a 403 body that repeats the key in encodings a
// deny-list of forms would miss: an Authorization header's Basic
// credentials, JSON \u escapes, every byte %-encoded, groups of 8 joined by
// dashes, the hex of its first 16 characters, the base64 of its first 24.
func EchoEncodings(key string) string {
	var esc, pct strings.Builder
	for _, c := range []byte(key) {
		fmt.Fprintf(&esc, "\\u%04x", c)
		fmt.Fprintf(&pct, "%%%02X", c)
	}
	var groups []string
	for i := 0; i < len(key); i += 8 {
		groups = append(groups, key[i:min(i+8, len(key))])
	}
	return `{"error":{"code":"403","message":"Denied. Authorization: Basic ` + base64.StdEncoding.EncodeToString(
		[]byte("apikey:"+key),
	) +
		`; json ` + esc.String() + `; pct ` + pct.String() + `; groups ` + strings.Join(
		groups,
		"-",
	) +
		`; hex16 ` + hex.EncodeToString(
		[]byte(key[:min(16, len(key))]),
	) + `; b64-24 ` + base64.StdEncoding.EncodeToString(
		[]byte(key[:min(24, len(key))]),
	) + `"}}`
}

// writeRepeated writes chunk until n bytes are written or the client goes.
func writeRepeated(w http.ResponseWriter, chunk string, n int64) {
	for written := int64(0); written < n; written += int64(len(chunk)) {
		if _, err := io.WriteString(w, chunk); err != nil {
			return
		}
	}
}

// token issues a JWT-shaped token with the claims third-party code reads.
func (s *Service) token(res *Resource) string { return s.tokenWith(res, nil) }

// tokenWith issues a token whose claims are overridden by extra.
func (s *Service) tokenWith(res *Resource, extra map[string]any) string {
	region := res.Region
	if res.ClaimRegion != "" {
		region = res.ClaimRegion
	}
	claims := map[string]any{
		"region":                      region,
		"subscription-id":             "0f3b6a9e5c2d4e8f9a1b2c3d4e5f6a7b",
		"product-id":                  res.Kind + "." + res.Tier,
		"cognitive-services-endpoint": "https://api.cognitive.microsoft.com/internal/v1.0/",
		"azure-resource-id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-speech" +
			"/providers/Microsoft.CognitiveServices/accounts/speech-" + res.Region,
		"scope": "speechservices",
		"aud":   "urn:ms.speechservices." + region,
		"exp":   time.Now().Add(10 * time.Minute).Unix(),
		"iss":   "urn:ms.cognitiveservices",
	}
	for k, v := range extra {
		claims[k] = v
	}
	payload, _ := json.Marshal(claims)
	sig := make([]byte, 32)
	_, _ = rand.Read(sig)
	enc := base64.RawURLEncoding.EncodeToString
	return enc([]byte(`{"alg":"HS256","typ":"JWT"}`)) + "." + enc(payload) + "." + enc(sig)
}
