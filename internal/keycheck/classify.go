package keycheck

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"syscall"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/secret"
)

// Responder is what gave an answer.
type Responder int

// The responders.
const (
	// ResponderNone: no HTTP answer (DNS, connection, TLS, time-out).
	ResponderNone Responder = iota
	// ResponderProxy: the proxy answered the CONNECT itself.
	ResponderProxy
	// ResponderOther: an HTTP answer without Azure's marks: a web filter,
	// a firewall's block page, a captive portal, a proxy's error page.
	ResponderOther
	// ResponderAzure: an answer with Azure's marks (see azureMarks).
	ResponderAzure
)

// Media is the kind of a body, from its Content-Type (a fixed set: the
// header's text is never kept).
type Media int

// The media kinds.
const (
	MediaNone Media = iota
	MediaJSON
	MediaHTML
	MediaText
	MediaOther
)

// AzureMessage is a message Azure is known to send, recognised in an
// answer's body. The provider quotes these, and only these: never text
// from a body, which could echo the key in any encoding.
type AzureMessage int

// The messages recognised.
const (
	MsgNone AzureMessage = iota
	// MsgInvalidKey: "Access denied due to invalid subscription key or
	// wrong API endpoint..." (the token endpoint's 401, quoted in public
	// reports since 2024), or the older "Access denied due to invalid
	// subscription key."
	MsgInvalidKey
	// MsgQuota: "Out of call volume quota..." (a free tier's quota used up).
	MsgQuota
	// MsgNetworkRules: "Access denied due to Virtual Network/Firewall
	// rules." (reported for Azure AI services whose network rules exclude
	// the caller).
	MsgNetworkRules
	// MsgPublicAccessDisabled: "Public access is disabled. Please configure
	// private endpoint." (SourcePrivateLink's situation; the message is
	// quoted on Microsoft's Foundry network pages).
	MsgPublicAccessDisabled
	// MsgLocalAuthDisabled: the code AuthenticationTypeDisabled (key-based
	// authentication disabled on the resource, disableLocalAuth; reported
	// for Azure AI services generally).
	MsgLocalAuthDisabled
	// The answers to a Microsoft Entra token that public reports quote
	// (2023-2026; Microsoft documents no body): MsgPermissionDenied, 401
	// PermissionDenied "Principal does not have access to API/Operation."
	// (no Speech data role); MsgTokenInvalid, 401 "Access token is
	// missing, invalid, audience is incorrect (...), or have expired.";
	// MsgTenantMismatch, 400 "Tenant provided in token does not match
	// resource token"; MsgProvideKey, 400 "Please provide an
	// authentication key." (a token where only keys are taken).
	MsgPermissionDenied
	MsgTokenInvalid
	MsgTenantMismatch
	MsgProvideKey
)

// azureMessages are the messages recognised, by a prefix of the message
// (case-insensitive) or its error code.
var azureMessages = []struct {
	prefix, code string
	msg          AzureMessage
}{
	{prefix: "access denied due to invalid subscription key", msg: MsgInvalidKey},
	{prefix: "out of call volume quota", msg: MsgQuota},
	{prefix: "access denied due to virtual network/firewall rules", msg: MsgNetworkRules},
	{prefix: "public access is disabled", msg: MsgPublicAccessDisabled},
	{code: "authenticationtypedisabled", msg: MsgLocalAuthDisabled},
	{prefix: "principal does not have access to api/operation", code: "permissiondenied", msg: MsgPermissionDenied},
	{prefix: "unauthorized. access token is missing, invalid", msg: MsgTokenInvalid},
	{prefix: "access token is missing, invalid", msg: MsgTokenInvalid},
	{prefix: "tenant provided in token does not match", code: "tenant provided in token does not match resource token",
		msg: MsgTenantMismatch},
	{prefix: "please provide an authentication key", msg: MsgProvideKey},
}

// azureMarks tells an answer of Azure's from one of something between this
// machine and Azure. What marks an answer as Azure's:
//
//   - the apim-request-id header holding a UUID: the API Management gateway
//     in front of the Cognitive Services endpoints stamps every answer with
//     it. Microsoft's reference for another Azure AI service says so: "The
//     unique requestId that is returned by the service to the client in the
//     'apim-request-id' header"
//     (https://learn.microsoft.com/dotnet/api/azure.ai.vision.face.livenesssessionauditentry.requestid,
//     read 2026-11-30); the Azure SDKs' recorded Cognitive Services answers
//     (2020-2022) carry it on every status. No Speech page lists the
//     headers of its answers. Or x-ms-request-id, Azure's general request
//     ID, "a unique identifier for the current operation, service
//     generated"
//     (https://learn.microsoft.com/rest/api/cosmos-db-resource-provider/cosmosdbresourceprovider-headers,
//     read 2026-11-30), holding a UUID;
//   - or a body in Azure's error shape, {"error":{"code":...,"message":...}}
//     (or the older {"statusCode":...,"message":...}), whose message is one
//     Azure is known to send (azureMessages).
//
// A proxy's or firewall's page has neither: it is not a verdict about the
// key, whatever its status.
func azureMarks(h http.Header, body []byte) (Responder, AzureMessage) {
	msg := recogniseMessage(body)
	// Azure's request IDs are GUIDs.
	stamped := secret.IsGUID(strings.TrimSpace(h.Get("apim-request-id"))) ||
		secret.IsGUID(strings.TrimSpace(h.Get("x-ms-request-id")))
	if stamped || msg != MsgNone {
		return ResponderAzure, msg
	}
	return ResponderOther, MsgNone
}

// recogniseMessage reads Azure's error shape from a body (or its first
// part) and returns the known message it carries.
func recogniseMessage(body []byte) AzureMessage {
	var e struct {
		Error *struct {
			Code    any    `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
		Message string `json:"message"`
	}
	if json.Unmarshal(body, &e) != nil {
		// A body cut by the read limit or a slow sender: the message may
		// still be whole in the part that came.
		return recognisePrefix(body)
	}
	code, message := "", e.Message
	if e.Error != nil {
		message = e.Error.Message
		if s, ok := e.Error.Code.(string); ok {
			code = s
		}
	}
	return match(code, message)
}

var messageRE = regexp.MustCompile(`"message"\s*:\s*"([^"]{0,200})`)
var codeRE = regexp.MustCompile(`"code"\s*:\s*"([^"]{0,64})"`)

func recognisePrefix(body []byte) AzureMessage {
	code, message := "", ""
	if m := codeRE.FindSubmatch(body); m != nil {
		code = string(m[1])
	}
	if m := messageRE.FindSubmatch(body); m != nil {
		message = string(m[1])
	}
	return match(code, message)
}

func match(code, message string) AzureMessage {
	code, message = strings.ToLower(strings.TrimSpace(code)), strings.ToLower(strings.TrimSpace(message))
	for _, m := range azureMessages {
		if (m.prefix != "" && strings.HasPrefix(message, m.prefix)) || (m.code != "" && code == m.code) {
			return m.msg
		}
	}
	return MsgNone
}

// mediaOf classes a Content-Type.
func mediaOf(contentType string) Media {
	if contentType == "" {
		return MediaNone
	}
	mt, _, err := mime.ParseMediaType(contentType)
	switch {
	case err != nil:
		return MediaOther
	case mt == "application/json" || strings.HasSuffix(mt, "+json"):
		return MediaJSON
	case mt == "text/html" || mt == "application/xhtml+xml":
		return MediaHTML
	case strings.HasPrefix(mt, "text/"):
		return MediaText
	}
	return MediaOther
}

// ProxyError is a proxy's refusal of a CONNECT.
type ProxyError struct {
	Proxy  string // host:port
	Status int
	// DNS is set when the proxy says the host has no DNS answer (Squid's
	// X-Squid-Error: ERR_DNS_FAIL).
	DNS bool
}

func (e *ProxyError) Error() string { return "the proxy refused the CONNECT" }

// classifyErr names a transport error: ctx is the check's, actx the
// attempt's. It returns fixed facts; the error's text is for logs only.
func classifyErr(ctx, actx context.Context, err error) (Failure, Detail) {
	var dnsErr *net.DNSError
	var proxyErr *ProxyError
	var unknownCA x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	var certErr x509.CertificateInvalidError
	var verifyErr *tls.CertificateVerificationError
	var opErr *net.OpError
	var netErr net.Error
	switch {
	case ctx.Err() != nil:
		return ctxFailure(ctx), DetailNone
	case actx.Err() != nil && errors.Is(err, context.DeadlineExceeded):
		return FailTimeout, DetailNone
	case errors.As(err, &proxyErr) && proxyErr.DNS:
		return FailDNS, DetailNone
	case errors.As(err, &proxyErr):
		return FailProxy, DetailNone
	case errors.As(err, &opErr) && opErr.Op == "proxyconnect":
		// The proxy itself could not be reached (net/http names the dial
		// to the proxy "proxyconnect").
		if opErr.Timeout() {
			return FailProxyDown, DetailUnreachable
		}
		return FailProxyDown, connDetail(err)
	case errors.As(err, &dnsErr):
		return FailDNS, DetailNone
	case errors.As(err, &unknownCA):
		return FailTLS, DetailUnknownAuthority
	case errors.As(err, &hostErr):
		return FailTLS, DetailHostnameMismatch
	case errors.As(err, &certErr):
		return FailTLS, DetailCertificateInvalid
	case errors.As(err, &verifyErr):
		return FailTLS, DetailCertificateInvalid
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &netErr) && netErr.Timeout():
		return FailTimeout, DetailNone
	case errors.Is(err, io.ErrUnexpectedEOF):
		return FailTruncated, DetailNone
	}
	return FailConn, connDetail(err)
}

func connDetail(err error) Detail {
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		return DetailRefused
	case errors.Is(err, syscall.ECONNRESET):
		return DetailReset
	case errors.Is(err, syscall.ENETUNREACH), errors.Is(err, syscall.EHOSTUNREACH):
		return DetailUnreachable
	case errors.Is(err, io.EOF):
		return DetailClosed
	}
	return DetailNone
}

// ctxFailure names why a context ended: the check's deadline, or a
// cancellation (the plan was interrupted).
func ctxFailure(ctx context.Context) Failure {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return FailDeadline
	}
	return FailCanceled
}

// retryable reports whether another attempt may get another answer: a
// status of RetryStatuses, a connection that failed or stopped, a proxy
// that could not be reached (restarting) or could not reach the host (a
// 5xx of RetryStatuses to the CONNECT).
func retryable(a Answer) bool {
	switch {
	case a.Failure == NoFailure:
		return slices.Contains(RetryStatuses, a.Status)
	case a.Failure == FailTimeout, a.Failure == FailConn, a.Failure == FailTruncated, a.Failure == FailProxyDown:
		return true
	case a.Failure == FailProxy && a.ProxyStatus >= 500:
		return slices.Contains(RetryStatuses, a.ProxyStatus)
	}
	return false
}

// silent reports whether a call got nothing back from the host's side: no
// connection to the host was made, and no one answered (a timeout, the
// check's deadline, a proxy that did not answer). Such a call waited; when
// it waited long enough (Client.evidenceWait), its silence is evidence
// about the route.
func silent(a Answer) bool {
	if a.Connected {
		return false
	}
	switch a.Failure {
	case FailTimeout, FailDeadline, FailDNS, FailConn, FailProxyDown:
		return true
	}
	return false
}
