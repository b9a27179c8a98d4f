package azcred

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/cloud"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azidentity"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// Kind is one kind of credential of the chain.
type Kind string

// The kinds, in the order the chain tries them: explicit service principal
// credentials first (certificate, then secret, as azurerm prefers them),
// then a federated OIDC token, then the managed identity of the host,
// then the Azure CLI's signed-in account.
const (
	KindClientCertificate Kind = "client-certificate"
	KindClientSecret      Kind = "client-secret"
	KindOIDC              Kind = "oidc"
	KindManagedIdentity   Kind = "managed-identity"
	KindAzureCLI          Kind = "azure-cli"
)

// RequestTimeout bounds one run of the chain (every kind tried).
const RequestTimeout = time.Minute

// Order is the order of the chain.
var Order = []Kind{KindClientCertificate, KindClientSecret, KindOIDC, KindManagedIdentity, KindAzureCLI}

// Reason says what became of one kind.
type Reason string

// The reasons.
const (
	// ReasonNotConfigured: none of the kind's settings is set.
	ReasonNotConfigured Reason = "not-configured"
	// ReasonMissing: some of its settings are set, others it needs are not
	// (Attempt.Missing).
	ReasonMissing Reason = "missing-settings"
	// ReasonDisabled: its settings are set but its switch is off (an OIDC
	// token without use_oidc), or its switch is off (use_msi, use_cli).
	ReasonDisabled Reason = "disabled"
	// ReasonInvalid: a setting cannot be used (a certificate that does not
	// parse, a token file that cannot be read). Attempt.Field.
	ReasonInvalid Reason = "invalid"
	// ReasonUnavailable: this environment cannot provide it (no Azure CLI
	// or no account signed in, no managed identity endpoint).
	ReasonUnavailable Reason = "unavailable"
	// ReasonRefused: the authority refused it (Attempt.Status,
	// Attempt.Codes: the AADSTS codes of its answer).
	ReasonRefused Reason = "refused"
	// ReasonFailed: the token request failed otherwise (network, proxy,
	// TLS, timeout).
	ReasonFailed Reason = "failed"
	// ReasonUsed: it gave the token.
	ReasonUsed Reason = "used"
	// ReasonNotTried: an earlier kind answered.
	ReasonNotTried Reason = "not-tried"
)

// Attempt is what became of one kind of credential. It holds no secret:
// Detail is the credential's own message, scrubbed of every secret and
// token-shaped text.
type Attempt struct {
	Kind    Kind
	Reason  Reason
	Missing []Field
	Field   Field // the invalid field (ReasonInvalid)
	Status  int
	Codes   []string
	Detail  string
}

// Options are how the credential reaches Microsoft Entra.
type Options struct {
	// Transport sends the token requests: the caller's HTTP client, with
	// the same proxy and CA handling as the key check. nil: azcore's
	// default.
	Transport policy.Transporter
	// Getenv reads the environment; nil: os.LookupEnv.
	Getenv func(string) (string, bool)
	// ReadFile reads certificate and token files; nil: os.ReadFile.
	ReadFile func(string) ([]byte, error)
	// Cache shares tokens between credentials; nil: a cache of this
	// credential's own.
	Cache *Cache
	// Cloud overrides the authority of the environment (tests, a fake).
	Cloud *cloud.Configuration
}

// ConfigError is a setting that cannot be used before any token request:
// an unknown environment, a boolean variable that is not a boolean. It
// names the field and never holds its value when the field is secret.
type ConfigError struct {
	Field Field
	// Env is the environment variable the value came from, or "".
	Env string
	// Problem is the cloud's problem (environment).
	Problem *speech.Problem
}

func (e *ConfigError) Error() string {
	from := "configured"
	if e.Env != "" {
		from = "from " + e.Env
	}
	return fmt.Sprintf("azcred: invalid %s (%s)", e.Field, from)
}

// Credential is the chain of credentials the settings allow, behind a
// cache shared by every credential of the same identity. It is an
// azcore.TokenCredential.
type Credential struct {
	resolved Resolved
	cloud    cloud.Configuration
	cache    *Cache
	identity string
	secrets  []string

	mu    sync.Mutex
	links []link
	tried []Attempt
}

type link struct {
	kind Kind
	cred azcore.TokenCredential // nil: skipped, see skip
	skip Attempt
}

var _ azcore.TokenCredential = (*Credential)(nil)

// New builds the chain from the settings, filled from the environment.
// It makes no request. Its error is a *ConfigError.
func New(s Settings, o Options) (*Credential, error) {
	getenv := o.Getenv
	if getenv == nil {
		getenv = os.LookupEnv
	}
	readFile := o.ReadFile
	if readFile == nil {
		readFile = os.ReadFile
	}
	r := Resolve(s, getenv)
	if len(r.BadBool) > 0 {
		return nil, &ConfigError{Field: r.BadBool[0], Env: r.From[r.BadBool[0]]}
	}
	c := &Credential{resolved: r, cache: o.Cache, secrets: r.secrets()}
	if c.cache == nil {
		c.cache = NewCache()
	}
	if o.Cloud != nil {
		c.cloud = *o.Cloud
	} else {
		cl := speech.Public
		if r.Environment != "" {
			var p *speech.Problem
			if cl, p = speech.ParseCloud(r.Environment); p != nil {
				return nil, &ConfigError{Field: FieldEnvironment, Env: r.From[FieldEnvironment], Problem: p}
			}
		}
		c.cloud = cloud.Configuration{ActiveDirectoryAuthorityHost: cl.Entra().AuthorityHost}
	}
	client := azcore.ClientOptions{Cloud: c.cloud, Transport: o.Transport}
	for _, k := range Order {
		c.links = append(c.links, c.build(k, client, readFile))
	}
	c.identity = c.identityOf()
	return c, nil
}

// build makes one link of the chain, or records why it is skipped.
func (c *Credential) build(k Kind, client azcore.ClientOptions, readFile func(string) ([]byte, error)) link {
	r := c.resolved
	skip := func(reason Reason, missing ...Field) link {
		return link{kind: k, skip: Attempt{Kind: k, Reason: reason, Missing: missing}}
	}
	invalid := func(f Field, err error) link {
		return link{kind: k, skip: Attempt{Kind: k, Reason: ReasonInvalid, Field: f, Detail: c.scrub(err.Error())}}
	}
	principal := func() []Field {
		var m []Field
		if r.TenantID == "" {
			m = append(m, FieldTenantID)
		}
		if r.ClientID == "" {
			m = append(m, FieldClientID)
		}
		return m
	}
	switch k {
	case KindClientCertificate:
		if r.ClientCertificate == "" && r.ClientCertificatePath == "" {
			return skip(ReasonNotConfigured)
		}
		if m := principal(); len(m) > 0 {
			return skip(ReasonMissing, m...)
		}
		data, field := []byte(r.ClientCertificate), FieldClientCertificate
		if r.ClientCertificatePath != "" {
			field = FieldClientCertificatePath
			b, err := readFile(r.ClientCertificatePath)
			if err != nil {
				return invalid(field, errors.New("cannot read the file"))
			}
			data = b
		} else if !strings.Contains(r.ClientCertificate, "-----BEGIN") {
			b, err := base64.StdEncoding.DecodeString(r.ClientCertificate)
			if err != nil {
				return invalid(field, errors.New("not base64"))
			}
			data = b
		}
		certs, key, err := azidentity.ParseCertificates(data, []byte(r.ClientCertificatePassword))
		if err != nil {
			return invalid(field, errors.New(
				"no certificate and private key could be read (wrong password, or not PEM or PKCS#12)"))
		}
		cred, err := azidentity.NewClientCertificateCredential(r.TenantID, r.ClientID, certs, key,
			&azidentity.ClientCertificateCredentialOptions{ClientOptions: client, DisableInstanceDiscovery: true})
		if err != nil {
			return invalid(FieldTenantID, err)
		}
		return link{kind: k, cred: cred}
	case KindClientSecret:
		if r.ClientSecret == "" {
			return skip(ReasonNotConfigured)
		}
		if m := principal(); len(m) > 0 {
			return skip(ReasonMissing, m...)
		}
		cred, err := azidentity.NewClientSecretCredential(r.TenantID, r.ClientID, r.ClientSecret,
			&azidentity.ClientSecretCredentialOptions{ClientOptions: client, DisableInstanceDiscovery: true})
		if err != nil {
			return invalid(FieldTenantID, err)
		}
		return link{kind: k, cred: cred}
	case KindOIDC:
		if !*r.UseOIDC {
			fromAKS := r.From[FieldOIDCTokenFilePath] == "AZURE_FEDERATED_TOKEN_FILE"
			if r.OIDCToken != "" || (r.OIDCTokenFilePath != "" && !fromAKS) {
				return skip(ReasonDisabled, FieldUseOIDC)
			}
			return skip(ReasonNotConfigured)
		}
		if r.OIDCToken == "" && r.OIDCTokenFilePath == "" {
			return skip(ReasonMissing, FieldOIDCToken)
		}
		if m := principal(); len(m) > 0 {
			return skip(ReasonMissing, m...)
		}
		token, path := r.OIDCToken, r.OIDCTokenFilePath
		assertion := func(context.Context) (string, error) {
			if token != "" {
				return token, nil
			}
			b, err := readFile(path)
			if err != nil {
				return "", errors.New("cannot read the OIDC token file")
			}
			t := strings.TrimSpace(string(b))
			c.addSecret(t)
			return t, nil
		}
		cred, err := azidentity.NewClientAssertionCredential(r.TenantID, r.ClientID, assertion,
			&azidentity.ClientAssertionCredentialOptions{ClientOptions: client, DisableInstanceDiscovery: true})
		if err != nil {
			return invalid(FieldTenantID, err)
		}
		return link{kind: k, cred: cred}
	case KindManagedIdentity:
		if !*r.UseMSI {
			return skip(ReasonDisabled, FieldUseMSI)
		}
		o := &azidentity.ManagedIdentityCredentialOptions{ClientOptions: client}
		if r.ClientID != "" {
			o.ID = azidentity.ClientID(r.ClientID)
		}
		cred, err := azidentity.NewManagedIdentityCredential(o)
		if err != nil {
			return link{kind: k, skip: Attempt{Kind: k, Reason: ReasonUnavailable, Detail: c.scrub(err.Error())}}
		}
		return link{kind: k, cred: cred}
	default: // KindAzureCLI
		if !*r.UseCLI {
			return skip(ReasonDisabled, FieldUseCLI)
		}
		cred, err := azidentity.NewAzureCLICredential(&azidentity.AzureCLICredentialOptions{TenantID: r.TenantID})
		if err != nil {
			return invalid(FieldTenantID, err)
		}
		return link{kind: k, cred: cred}
	}
}

// identityOf is the credential's cache identity: a hash of everything that
// decides which token it gets (the authority and every resolved setting,
// secrets included), so that no secret is held in clear as a key.
func (c *Credential) identityOf() string {
	r := c.resolved
	h := sha256.New()
	for _, v := range []string{c.cloud.ActiveDirectoryAuthorityHost, r.TenantID, r.ClientID, r.ClientSecret,
		r.ClientCertificate, r.ClientCertificatePath, r.ClientCertificatePassword, r.OIDCToken, r.OIDCTokenFilePath,
		fmt.Sprint(*r.UseOIDC, *r.UseMSI, *r.UseCLI)} {
		h.Write([]byte(v))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Identity is the credential's cache identity (a hash, no secret).
func (c *Credential) Identity() string { return c.identity }

// Cloud is the authority the credential authenticates with.
func (c *Credential) Cloud() cloud.Configuration { return c.cloud }

// TenantID is the resolved tenant, "" when none is set.
func (c *Credential) TenantID() string { return c.resolved.TenantID }

// Tried is what the last token request went through, kind by kind, in
// the chain's order; before any request, what New could already skip.
func (c *Credential) Tried() []Attempt {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.tried != nil {
		return append([]Attempt(nil), c.tried...)
	}
	out := make([]Attempt, 0, len(c.links))
	for _, l := range c.links {
		if l.cred == nil {
			out = append(out, l.skip)
		} else {
			out = append(out, Attempt{Kind: l.kind, Reason: ReasonNotTried})
		}
	}
	return out
}

// GetToken returns a token for the one scope asked, through the cache:
// one request per identity and scope for the life of the cache, however
// many callers ask at once. Its errors are *NoCredentialError and
// *AuthError.
func (c *Credential) GetToken(ctx context.Context, opts policy.TokenRequestOptions) (azcore.AccessToken, error) {
	if len(opts.Scopes) != 1 {
		return azcore.AccessToken{}, errors.New("azcred: GetToken takes exactly one scope")
	}
	res := c.cache.get(ctx, c.identity+" "+opts.Scopes[0], func() result {
		// The request serves every caller of the key: one caller giving up
		// does not cancel it.
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), RequestTimeout)
		defer cancel()
		tok, tried, err := c.chain(rctx, opts)
		return result{token: tok, tried: tried, err: err}
	})
	c.mu.Lock()
	c.tried = res.tried
	c.mu.Unlock()
	return res.token, res.err
}

// chain tries each link in order until one gives a token or fails for
// another reason than being unavailable here.
func (c *Credential) chain(ctx context.Context, opts policy.TokenRequestOptions) (
	azcore.AccessToken, []Attempt, error) {
	tried := make([]Attempt, 0, len(c.links))
	for i, l := range c.links {
		if l.cred == nil {
			tried = append(tried, l.skip)
			continue
		}
		tok, err := l.cred.GetToken(ctx, opts)
		if err == nil {
			c.addSecret(tok.Token)
			tried = append(tried, Attempt{Kind: l.kind, Reason: ReasonUsed})
			for _, rest := range c.links[i+1:] {
				tried = append(tried, Attempt{Kind: rest.kind, Reason: ReasonNotTried})
			}
			return tok, tried, nil
		}
		a := c.classify(l.kind, err)
		tried = append(tried, a)
		if a.Reason == ReasonUnavailable {
			continue
		}
		for _, rest := range c.links[i+1:] {
			tried = append(tried, Attempt{Kind: rest.kind, Reason: ReasonNotTried})
		}
		return azcore.AccessToken{}, tried, &AuthError{Attempt: a, Tried: tried}
	}
	return azcore.AccessToken{}, tried, &NoCredentialError{Tried: tried}
}

// aadsts finds Entra's error codes in a message.
var aadsts = regexp.MustCompile(`AADSTS\d+`)

// classify turns a credential's error into an attempt.
func (c *Credential) classify(k Kind, err error) Attempt {
	a := Attempt{Kind: k, Detail: c.scrub(err.Error())}
	var authFailed *azidentity.AuthenticationFailedError
	var respErr *azcore.ResponseError
	switch {
	case isUnavailable(err):
		a.Reason = ReasonUnavailable
	case errors.As(err, &authFailed):
		a.Reason = ReasonRefused
		if authFailed.RawResponse != nil {
			a.Status = authFailed.RawResponse.StatusCode
		}
	case errors.As(err, &respErr):
		a.Reason, a.Status = ReasonRefused, respErr.StatusCode
	default:
		a.Reason = ReasonFailed
	}
	codes := map[string]bool{}
	for _, m := range aadsts.FindAllString(err.Error(), -1) {
		codes[m] = true
	}
	for code := range codes {
		a.Codes = append(a.Codes, code)
	}
	sort.Strings(a.Codes)
	return a
}

// isUnavailable reports whether a credential said it cannot work in this
// environment. azidentity v1.15.0 says so with an unexported type,
// credentialUnavailableError (made by NewCredentialUnavailableError), whose
// marker method cannot be named from another package: the type's name is
// matched instead, along the error's chain.
func isUnavailable(err error) bool {
	for err != nil {
		if fmt.Sprintf("%T", err) == "*azidentity.credentialUnavailableError" {
			return true
		}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				if isUnavailable(e) {
					return true
				}
			}
			return false
		}
		err = errors.Unwrap(err)
	}
	return false
}

func (c *Credential) addSecret(s string) {
	if s == "" {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, have := range c.secrets {
		if have == s {
			return
		}
	}
	c.secrets = append(c.secrets, s)
}

// jwtish matches token-shaped text (JWTs and long base64url runs).
var jwtish = regexp.MustCompile(`eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_.-]*|[A-Za-z0-9+_=~-]{60,}`)

// description finds Entra's error description in an answer's body.
var description = regexp.MustCompile(`"error_description"\s*:\s*"((?:[^"\\]|\\.)*)"`)

// scrub removes every secret of the credential, and anything shaped like
// a token, from a message.
func (c *Credential) scrub(s string) string {
	c.mu.Lock()
	secrets := append([]string(nil), c.secrets...)
	c.mu.Unlock()
	for _, v := range secrets {
		if len(v) >= 4 {
			s = strings.ReplaceAll(s, v, "[redacted]")
		}
	}
	s = jwtish.ReplaceAllString(s, "[redacted]")
	// The first line, and Entra's description when the message holds a
	// response: azidentity appends the raw response and troubleshooting
	// links.
	first, _, _ := strings.Cut(s, "\n")
	out := strings.TrimSpace(first)
	if m := description.FindStringSubmatch(s); m != nil {
		out += " " + m[1]
	}
	return out
}

// NoCredentialError is a chain where no kind could be used here: each was
// not configured, disabled, invalid or unavailable (Tried says which).
type NoCredentialError struct{ Tried []Attempt }

func (e *NoCredentialError) Error() string {
	parts := make([]string, 0, len(e.Tried))
	for _, a := range e.Tried {
		parts = append(parts, string(a.Kind)+": "+string(a.Reason))
	}
	return "azcred: no credential available (" + strings.Join(parts, ", ") + ")"
}

// AuthError is a kind that was tried and refused, or whose request
// failed; the chain stops there, as azidentity's chains do.
type AuthError struct {
	Attempt Attempt
	Tried   []Attempt
}

func (e *AuthError) Error() string {
	msg := fmt.Sprintf("azcred: %s %s", e.Attempt.Kind, e.Attempt.Reason)
	if e.Attempt.Status != 0 {
		msg += fmt.Sprintf(" (HTTP %d)", e.Attempt.Status)
	}
	if len(e.Attempt.Codes) > 0 {
		msg += " " + strings.Join(e.Attempt.Codes, ", ")
	}
	return msg
}
