package fakespeech

import (
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// Speech's answers to Entra credentials. Microsoft documents none of these
// bodies; they are the ones public reports quote (2023-2026: the Speech SDK
// and Azure SDK issue trackers, Microsoft Q&A), with Azure's JSON error
// shape where a report gives only the message:
//   - 401 PermissionDenied: a principal without a data role (Q&A threads
//     after assigning Contributor or Cognitive Services Contributor);
//   - 401 "Access token is missing, invalid, audience is incorrect (...),
//     or have expired": the gateway's answer to a token it cannot use
//     (reports give it with statusCode/message, as here);
//   - 400 "Tenant provided in token does not match resource token";
//   - 400 "Please provide an authentication key": a token where only keys
//     are taken (the code BadRequest is this fake's choice: no report
//     quotes one);
//   - 403 AuthenticationTypeDisabled: a key on a resource with
//     disableLocalAuth (reported for Azure OpenAI and AI services; for
//     Speech unconfirmed).
const (
	bodyTokenInvalid = `{"statusCode":401,"message":"Unauthorized. Access token is missing, invalid, ` +
		`audience is incorrect (%s), or have expired."}`
	bodyTenantMismatch = `{"error":{"code":"Tenant provided in token does not match resource token",` +
		`"message":"Token tenant %s does not match resource tenant."}}`
	bodyPermissionDenied = `{"error":{"code":"PermissionDenied","message":"Principal does not have access to ` +
		`API/Operation."}}`
	bodyProvideKey = `{"error":{"code":"BadRequest","message":"Please provide an authentication key."}}`
	// BodyAuthTypeDisabled is the answer to a key on a keyless resource.
	BodyAuthTypeDisabled = `{"error":{"code":"AuthenticationTypeDisabled",` +
		`"message":"Key based authentication is disabled for this resource."}}`
)

// speechOp is a Speech REST operation the keyless path serves.
type speechOp int

const (
	opUnknown      speechOp = iota
	opToken                 // /sts/v1.0/issueToken
	opVoices                // the voices list
	opSynth                 // text to speech REST
	opShortSTT              // speech to text REST for short audio
	opSpeechToText          // the speech-to-text REST API (/speechtotext/...)
)

// speechOpOf classifies a path on a host. Paths: the REST references of
// text to speech and speech to text for short audio
// (https://learn.microsoft.com/azure/ai-services/speech-service/rest-text-to-speech,
// .../rest-speech-to-text-short), and on a custom domain the offering moved
// into the first path segment (.../speech-services-private-link).
func speechOpOf(h speech.Host, p string) speechOp {
	lp := strings.ToLower(p)
	custom := h.Family == speech.FamilyCustomDomain
	switch {
	case lp == "/sts/v1.0/issuetoken" && (custom || h.Family == speech.FamilyAPI):
		return opToken
	case strings.HasPrefix(lp, "/speechtotext/") && (custom || h.Family == speech.FamilyAPI):
		return opSpeechToText
	case (custom && lp == "/tts/cognitiveservices/voices/list") || (h.Family == speech.FamilyTTS &&
		lp == "/cognitiveservices/voices/list"):
		return opVoices
	case (custom && lp == "/tts/cognitiveservices/v1") || (h.Family == speech.FamilyTTS && lp == "/cognitiveservices/v1"):
		return opSynth
	case (custom && lp == "/stt/speech/recognition/conversation/cognitiveservices/v1") ||
		(h.Family == speech.FamilySTT && lp == "/speech/recognition/conversation/cognitiveservices/v1"):
		return opShortSTT
	}
	return opUnknown
}

// serveBearer answers Speech requests that carry an Entra token instead of
// a key: "Authorization: Bearer <token>" on a custom domain, and
// "Authorization: Bearer aad#{resourceId}#{token}" on the regional hosts
// for text to speech and short-audio speech to text, as "Authenticate
// with Microsoft Entra ID" in the REST references' authentication section
// describes (includes/cognitive-services-speech-service-rest-auth.md,
// ms.date 2026-05-21). A token on a regional host in another form gets
// "Please provide an authentication key". It returns false for requests
// that carry a key or no Entra token (the key path answers them).
func (s *Service) serveBearer(w http.ResponseWriter, r *http.Request, host, key string) bool {
	raw, ok := cutPrefixFold(r.Header.Get("Authorization"), "Bearer ")
	if !ok || key != "" {
		return false
	}
	h, ok := speech.ParseHost(host)
	if !ok {
		return false
	}
	ic := identityCloudByName(h.Cloud.Name)
	op := speechOpOf(h, r.URL.Path)
	if h.Family == speech.FamilyCustomDomain {
		if !looksLikeEntraToken(raw) {
			return false // a Speech token service token: the key path's answer
		}
		res := s.resourceByDomain(h.Cloud.Name, strings.ToLower(h.Label))
		if res == nil {
			return false
		}
		s.answerEntra(w, r, res, raw, ic, op)
		return true
	}
	if rest, ok := strings.CutPrefix(raw, "aad#"); ok {
		resID, tok, _ := strings.Cut(rest, "#")
		if op != opVoices && op != opSynth && op != opShortSTT {
			writeJSON(w, http.StatusBadRequest, bodyProvideKey)
			return true
		}
		res := s.resourceByID(resID)
		region := h.Label
		if region == "virginia" {
			region = "usgovvirginia"
		}
		// A resource without a custom subdomain takes no Entra token ("the
		// Speech resource must have a custom subdomain": role-based access
		// control for Speech, ms.date 2025-12-19).
		if res == nil || res.Subdomain == "" || !reachable(res, where{cloud: h.Cloud.Name, region: region}) {
			// No source gives Azure's answer to an aad# resource ID that is
			// not a resource of this region, or has no custom subdomain: the
			// fake answers as for a token it cannot use.
			writeJSON(w, http.StatusUnauthorized, fmt.Sprintf(bodyTokenInvalid, ic.cognitive))
			return true
		}
		s.answerEntra(w, r, res, tok, ic, op)
		return true
	}
	if looksLikeEntraToken(raw) {
		writeJSON(w, http.StatusBadRequest, bodyProvideKey)
		return true
	}
	return false
}

// answerEntra checks an Entra token for a resource, in the order the
// gateway's answers imply (token, tenant, data role), then serves op.
func (s *Service) answerEntra(w http.ResponseWriter, r *http.Request, res *Resource, tok string, ic *identityCloud,
	op speechOp) {
	claims, err := s.verifyToken(tok, ic.cognitive)
	if err != nil {
		writeJSON(w, http.StatusUnauthorized, fmt.Sprintf(bodyTokenInvalid, ic.cognitive))
		return
	}
	if !strings.EqualFold(claims.Tenant, res.Tenant) {
		writeJSON(w, http.StatusBadRequest, fmt.Sprintf(bodyTenantMismatch, claims.Tenant))
		return
	}
	st := s.id()
	st.mu.Lock()
	allowed := st.speechDataAccess(claims.ObjectID, res.ResourceID)
	st.mu.Unlock()
	if !allowed {
		writeJSON(w, http.StatusUnauthorized, bodyPermissionDenied)
		return
	}
	if res.Disabled {
		writeJSON(w, http.StatusForbidden, body403Disabled)
		return
	}
	if res.QuotaExhausted {
		writeJSON(w, http.StatusForbidden, body403)
		return
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(r.Body, 1<<20))
	azureMarks(w)
	switch op {
	case opToken:
		w.Header().Set("Content-Type", "text/plain; charset=us-ascii")
		w.WriteHeader(http.StatusOK)
		_, _ = io.WriteString(w, s.token(res))
	case opVoices:
		body, _ := VoicesList(res.Region)
		if len(res.Voices) > 0 {
			body = VoicesOnly(res.Voices)
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write(body)
	case opSynth:
		w.Header().Set("Content-Type", "audio/mpeg")
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write([]byte{0xff, 0xf3, 0x44, 0xc4}) // an MPEG audio frame header: the fake's "speech"
	case opShortSTT:
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(http.StatusOK)
		_, _ = io.WriteString(w, `{"RecognitionStatus":"Success","DisplayText":"","Offset":0,"Duration":0}`)
	case opSpeechToText:
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(http.StatusOK)
		_, _ = io.WriteString(w, `{"values":[]}`)
	default:
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(http.StatusNotFound)
		_, _ = io.WriteString(w, body404)
	}
}

// resourceByDomain is the resource whose custom subdomain a host names.
func (s *Service) resourceByDomain(cloud, sub string) *Resource {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, r := range s.resources {
		if r.Cloud == cloud && r.Subdomain == sub {
			return r
		}
	}
	return nil
}

// resourceByID is the resource with an ARM ID (any case).
func (s *Service) resourceByID(id string) *Resource {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, r := range s.resources {
		if r.ResourceID != "" && strings.EqualFold(r.ResourceID, id) {
			return r
		}
	}
	return nil
}

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return "", false
}
