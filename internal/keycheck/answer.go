// Package keycheck calls the Speech token and voices endpoints with a key,
// the way an application would, and says what happened: which answers
// came, who gave them (Azure, a proxy, something in between, nobody), and
// what they mean for the key. It returns facts; the provider words them.
//
// The package has four parts: the transport (transport.go: one call
// function, its retries and the evidence each route gives), the
// classification of an answer (classify.go: what answered and what it
// means), the diagnosis of a check (diagnose.go: the outcome of the token,
// voices, DNS control and locate answers together), and the voices list
// (voices.go).
package keycheck

import "net/url"

// Failure is what kept a call from an HTTP answer it could use.
type Failure string

// The failures.
const (
	NoFailure Failure = ""
	// FailDNS: the host has no DNS answer (from this machine's resolver, or
	// the proxy's).
	FailDNS Failure = "dns"
	// FailTLS: the certificate presented is not trusted (Detail says why).
	FailTLS Failure = "tls"
	// FailTimeout: no answer within request_timeout.
	FailTimeout Failure = "timeout"
	// FailConn: the connection failed or was reset (Detail says how).
	FailConn Failure = "connection"
	// FailProxy: the proxy answered the CONNECT itself with ProxyStatus.
	FailProxy Failure = "proxy"
	// FailProxyDown: the proxy itself could not be reached.
	FailProxyDown Failure = "proxy-down"
	// FailRedirect: a 3xx; it is not followed.
	FailRedirect Failure = "redirect"
	// FailTooLarge: a body past the limit read.
	FailTooLarge Failure = "too-large"
	// FailTruncated: a body that stopped in the middle.
	FailTruncated Failure = "truncated"
	// FailCanceled: the plan was interrupted.
	FailCanceled Failure = "canceled"
	// FailRefused: not sent, the URL failed the safety rules.
	FailRefused Failure = "refused"
	// FailDeadline: the check's check_timeout passed.
	FailDeadline Failure = "deadline"
	// FailRouteDown: not sent: the same host, through the same proxy, stayed
	// silent for a whole wait earlier in the plan (Evidence says how).
	FailRouteDown Failure = "route-down"
)

// Detail says more of a TLS or connection failure, in fixed terms: never
// text from the network, which could carry anything.
type Detail int

// The details.
const (
	DetailNone Detail = iota
	DetailUnknownAuthority
	DetailHostnameMismatch
	DetailCertificateInvalid
	DetailRefused
	DetailReset
	DetailUnreachable
	DetailClosed
)

// Role is what a call was for.
type Role int

// The roles.
const (
	RoleToken Role = iota + 1
	RoleVoices
	RoleControl // a DNS control call, without the key
	RoleLocate
	RoleEntra // a Speech call with a Microsoft Entra token (the Entra check)
)

// Answer is what one call (after its retries) came to: transport facts
// and the classification of an HTTP answer. It holds no body.
type Answer struct {
	Role   Role
	URL    string
	Status int // 0 when there was no HTTP answer
	// Responder is what answered, Message Azure's message when the answer
	// is Azure's and recognised, Media the body's media type.
	Responder Responder
	Message   AzureMessage
	Media     Media
	Failure   Failure
	Detail    Detail
	// Proxy is the proxy used (host and port, never credentials); "" for a
	// direct connection. ProxyStatus is its status for a refused CONNECT.
	Proxy       string
	ProxyStatus int
	// Evidence is, for FailRouteDown, the earlier failure on the route.
	Evidence *Answer
	Attempts int
	// Connected is true once a connection to the host (through the proxy,
	// TLS included) was made: a failure after it is the server's, not the
	// network's.
	Connected bool
	// Cut is true when retries stopped because the next attempt would
	// start after check_timeout.
	Cut bool

	retryAfter string
	err        error // for logs only: its text may hold anything
}

// Host is the URL's host name.
func (a Answer) Host() string {
	if u, err := url.Parse(a.URL); err == nil {
		return u.Hostname()
	}
	return ""
}

// OK reports whether the call got a 200.
func (a Answer) OK() bool { return a.Failure == NoFailure && a.Status == 200 }

// reachedAzure reports whether Azure itself answered.
func (a Answer) reachedAzure() bool { return a.Failure == NoFailure && a.Responder == ResponderAzure }

// resolved reports whether an answer shows that its host's name resolved:
// an HTTP answer, or a failure after the name was found.
func (a Answer) resolved() bool {
	switch a.Failure {
	case NoFailure, FailRedirect, FailTooLarge, FailTruncated, FailTLS:
		return true
	}
	return false
}
