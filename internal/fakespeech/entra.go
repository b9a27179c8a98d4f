package fakespeech

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha1" //nolint:gosec // x5t is a SHA-1 thumbprint by definition (RFC 7515 4.1.7)
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// identityCloud is one cloud's identity and management hosts and the
// audiences of its tokens.
type identityCloud struct {
	name string
	// authorities are the Entra authority hosts. Source: azcore's cloud
	// package (github.com/Azure/azure-sdk-for-go/sdk/azcore/cloud, v1.23.3,
	// ActiveDirectoryAuthorityHost); login.partner.microsoftonline.cn is
	// MSAL Go's preferred network for China (known_metadata.go, v1.10.1).
	authorities []string
	// arm is the Resource Manager host and armAudiences the audiences its
	// tokens carry. Source: azcore arm/runtime (v1.23.3): Endpoint and
	// Audience of cloud.ResourceManager.
	arm          string
	armAudiences []string
	// cognitive is the audience of Cognitive Services tokens: the scope
	// without "/.default". Public: the Speech docs
	// (https://learn.microsoft.com/azure/ai-services/speech-service/how-to-configure-azure-ad-auth,
	// ms.date 2026-06-06); US Government and China: Microsoft's SDK
	// constants, not the Speech docs.
	cognitive string
	// issuer is the v1 token issuer host (sts.windows.net in the public
	// and US Government clouds, sts.chinacloudapi.cn in China).
	issuer string
}

var identityClouds = []identityCloud{
	{name: "public", authorities: []string{"login.microsoftonline.com"}, arm: "management.azure.com",
		armAudiences: []string{"https://management.core.windows.net/", "https://management.azure.com/"},
		cognitive:    "https://cognitiveservices.azure.com", issuer: "sts.windows.net"},
	{name: "usgovernment", authorities: []string{"login.microsoftonline.us"}, arm: "management.usgovcloudapi.net",
		armAudiences: []string{"https://management.core.usgovcloudapi.net/", "https://management.usgovcloudapi.net/"},
		cognitive:    "https://cognitiveservices.azure.us", issuer: "sts.windows.net"},
	{name: "china", authorities: []string{"login.chinacloudapi.cn", "login.partner.microsoftonline.cn"},
		arm:          "management.chinacloudapi.cn",
		armAudiences: []string{"https://management.core.chinacloudapi.cn/", "https://management.chinacloudapi.cn/"},
		cognitive:    "https://cognitiveservices.azure.cn", issuer: "sts.chinacloudapi.cn"},
}

func identityCloudByName(name string) *identityCloud {
	for i := range identityClouds {
		if identityClouds[i].name == name {
			return &identityClouds[i]
		}
	}
	return nil
}

// identityHost tells whether host is an authority or management host, and
// of which cloud.
func identityHost(host string) (c *identityCloud, authority, ok bool) {
	for i := range identityClouds {
		ic := &identityClouds[i]
		for _, a := range ic.authorities {
			if host == a {
				return ic, true, true
			}
		}
		if host == ic.arm {
			return ic, false, true
		}
	}
	return nil, false, false
}

// serveIdentity answers requests to the authority and management hosts.
// It returns false for other hosts.
func (s *Service) serveIdentity(w http.ResponseWriter, r *http.Request, host string) bool {
	c, authority, ok := identityHost(host)
	if !ok {
		return false
	}
	if authority {
		s.serveEntra(w, r, c, host)
	} else {
		s.serveARM(w, r, c)
	}
	return true
}

// TokenSpec says what a token the fake signs holds; MintToken makes one
// (for tests: another tenant, a wrong audience, an expired token).
type TokenSpec struct {
	Tenant, ObjectID, ClientID, Audience string
	Expires                              time.Time
	// Cloud picks the issuer; "" is public.
	Cloud string
	// MIResourceID is a user-assigned managed identity's ID (xms_mirid).
	MIResourceID string
}

// MintToken signs a token with the fake Entra's key, as its token endpoint
// would.
func (s *Service) MintToken(t TokenSpec) string {
	st := s.id()
	c := identityCloudByName(t.Cloud)
	if c == nil {
		c = &identityClouds[0]
	}
	now := time.Now()
	iss := "https://" + c.issuer + "/" + t.Tenant + "/"
	claims := jwt.MapClaims{
		"aud": t.Audience, "iss": iss, "idp": iss, "iat": now.Add(-time.Minute).Unix(), "nbf": now.Add(-time.Minute).Unix(),
		"exp": t.Expires.Unix(), "appid": t.ClientID, "appidacr": "1", "idtyp": "app", "oid": t.ObjectID, "sub": t.ObjectID,
		"tid": t.Tenant, "ver": "1.0", "uti": randomID(),
	}
	if t.MIResourceID != "" {
		claims["xms_mirid"] = t.MIResourceID
	}
	tok := jwt.NewWithClaims(jwt.SigningMethodRS256, claims)
	tok.Header["kid"] = st.kid
	tok.Header["x5t"] = st.kid
	signed, err := tok.SignedString(st.key)
	if err != nil {
		panic(err)
	}
	return signed
}

// tokenClaims is what the fake's hosts read from a bearer token.
type tokenClaims struct {
	Tenant, ObjectID, Audience string
}

// Reasons a token is refused.
var (
	errTokenExpired  = errors.New("token expired")
	errTokenInvalid  = errors.New("token invalid")
	errTokenAudience = errors.New("token audience")
)

// verifyToken checks a bearer token's signature (the fake Entra's key),
// expiry and audience (one of audiences).
func (s *Service) verifyToken(raw string, audiences ...string) (tokenClaims, error) {
	st := s.id()
	tok, err := jwt.Parse(raw, func(*jwt.Token) (any, error) { return &st.key.PublicKey, nil },
		jwt.WithValidMethods([]string{"RS256"}), jwt.WithExpirationRequired(), jwt.WithLeeway(0))
	if errors.Is(err, jwt.ErrTokenExpired) {
		return tokenClaims{}, errTokenExpired
	}
	if err != nil {
		return tokenClaims{}, errTokenInvalid
	}
	m, _ := tok.Claims.(jwt.MapClaims)
	str := func(k string) string { v, _ := m[k].(string); return v }
	c := tokenClaims{Tenant: str("tid"), ObjectID: str("oid"), Audience: str("aud")}
	for _, a := range audiences {
		if strings.EqualFold(strings.TrimSuffix(c.Audience, "/"), strings.TrimSuffix(a, "/")) {
			return c, nil
		}
	}
	return c, errTokenAudience
}

// looksLikeEntraToken tells an RS256 JWT (what Entra issues) from the
// Speech token service's tokens and other strings.
func looksLikeEntraToken(raw string) bool {
	head, _, ok := strings.Cut(raw, ".")
	if !ok {
		return false
	}
	b, err := base64.RawURLEncoding.DecodeString(head)
	if err != nil {
		return false
	}
	var h struct {
		Alg string `json:"alg"`
	}
	return json.Unmarshal(b, &h) == nil && h.Alg == "RS256"
}

// Entra's error answers: OAuth 2.0 error JSON with the AADSTS codes
// Microsoft documents in "Microsoft Entra authentication and authorization
// error codes" (https://learn.microsoft.com/entra/identity-platform/reference-error-codes).
// The statuses are those Entra answers with for these codes as public
// reports and MSAL's tests record them; no page lists them.
func entraError(w http.ResponseWriter, status int, code, desc string) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store, no-cache")
	w.Header().Set("x-ms-request-id", randomUUID())
	w.WriteHeader(status)
	b, _ := json.Marshal(map[string]any{"error": code, "error_description": desc, "error_codes": []int{aadstsNumber(desc)},
		"timestamp": time.Now().UTC().Format("2006-01-02 15:04:05Z"), "trace_id": randomUUID(),
		"correlation_id": randomUUID()})
	_, _ = w.Write(b)
}

func aadstsNumber(desc string) int {
	n, _ := strconv.Atoi(strings.TrimPrefix(strings.SplitN(desc, ":", 2)[0], "AADSTS"))
	return n
}

func writeRawJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// serveEntra answers on an authority host: instance discovery, the OpenID
// configuration, the signing keys and the token endpoint. MSAL Go (v1.10.1,
// under azidentity v1.15.0) asks the OpenID configuration of
// https://{host}/{tenant}/v2.0/.well-known/openid-configuration directly
// for the hosts it trusts (the three clouds' authorities), instance
// discovery (/common/discovery/instance?api-version=1.1) for others, then
// POSTs the configuration's token_endpoint.
func (s *Service) serveEntra(w http.ResponseWriter, r *http.Request, c *identityCloud, host string) {
	parts := strings.Split(strings.TrimPrefix(r.URL.Path, "/"), "/")
	if len(parts) < 2 {
		entraError(w, http.StatusNotFound, "not_found", "AADSTS90000: Not found.")
		return
	}
	tenantRef, rest := parts[0], "/"+strings.Join(parts[1:], "/")
	if tenantRef == "common" && rest == "/discovery/instance" {
		tdURL := r.URL.Query().Get("authorization_endpoint")
		tenant := "common"
		if u, err := url.Parse(tdURL); err == nil {
			if segs := strings.Split(strings.TrimPrefix(u.Path, "/"), "/"); len(segs) > 0 && segs[0] != "" {
				tenant = segs[0]
			}
		}
		writeRawJSON(w, http.StatusOK, map[string]any{
			"tenant_discovery_endpoint": "https://" + host + "/" + tenant + "/v2.0/.well-known/openid-configuration",
			"api-version":               "1.1",
			"metadata": []map[string]any{{"preferred_network": host, "preferred_cache": host,
				"aliases": c.authorities}},
		})
		return
	}
	tenant := s.tenant(tenantRef, c)
	generic := tenantRef == "common" || tenantRef == "organizations"
	if tenant == nil && !generic {
		entraError(w, http.StatusBadRequest, "invalid_tenant",
			fmt.Sprintf("AADSTS90002: Tenant '%s' not found. Check to make sure you "+
				"have the correct tenant ID and are signing into the correct cloud. Check with your subscription "+
				"administrator, this may "+
				"happen if there are no active subscriptions for the tenant.", tenantRef))
		return
	}
	tid := "{tenantid}"
	if tenant != nil {
		tid = tenant.ID
	}
	base := "https://" + host + "/" + tenantRef
	switch {
	case rest == "/v2.0/.well-known/openid-configuration" && r.Method == http.MethodGet:
		writeRawJSON(w, http.StatusOK, map[string]any{
			"token_endpoint":                        base + "/oauth2/v2.0/token",
			"token_endpoint_auth_methods_supported": []string{"client_secret_post", "private_key_jwt", "client_secret_basic"},
			"jwks_uri":                              base + "/discovery/v2.0/keys",
			"response_modes_supported":              []string{"query", "fragment", "form_post"},
			"subject_types_supported":               []string{"pairwise"},
			"id_token_signing_alg_values_supported": []string{"RS256"},
			"response_types_supported":              []string{"code", "id_token", "code id_token", "id_token token"},
			"scopes_supported":                      []string{"openid", "profile", "email", "offline_access"},
			"issuer":                                "https://" + host + "/" + tid + "/v2.0",
			"authorization_endpoint":                base + "/oauth2/v2.0/authorize",
			"device_authorization_endpoint":         base + "/oauth2/v2.0/devicecode",
			"end_session_endpoint":                  base + "/oauth2/v2.0/logout",
			"tenant_region_scope":                   nil,
			"cloud_instance_name":                   strings.TrimPrefix(c.authorities[0], "login."),
		})
	case rest == "/discovery/v2.0/keys" || rest == "/discovery/keys":
		st := s.id()
		pub := st.key.PublicKey
		writeRawJSON(w, http.StatusOK, map[string]any{"keys": []map[string]any{{
			"kty": "RSA", "use": "sig", "kid": st.kid, "x5t": st.kid,
			"n": base64.RawURLEncoding.EncodeToString(pub.N.Bytes()),
			"e": base64.RawURLEncoding.EncodeToString(big.NewInt(int64(pub.E)).Bytes()),
		}}})
	case rest == "/oauth2/v2.0/token" || rest == "/oauth2/token":
		if r.Method != http.MethodPost {
			entraError(w, http.StatusMethodNotAllowed, "invalid_request",
				"AADSTS900561: The endpoint only accepts POST requests.")
			return
		}
		if tenant == nil {
			entraError(w, http.StatusBadRequest, "invalid_request", "AADSTS1002012: The provided value for scope is not valid. "+
				"Client credential flows must have a scope value with /.default suffixed to the resource identifier "+
				"(application ID URI).")
			return
		}
		s.serveToken(w, r, c, tenant, base+rest)
	default:
		entraError(w, http.StatusNotFound, "not_found", "AADSTS90000: Not found.")
	}
}

// tenant finds a tenant of cloud c by ID.
func (s *Service) tenant(ref string, c *identityCloud) *Tenant {
	st := s.id()
	st.mu.Lock()
	defer st.mu.Unlock()
	t := st.tenants[strings.ToLower(ref)]
	if t == nil || t.Cloud != c.name {
		return nil
	}
	return t
}

// audienceOf is the audience a scope asks for in cloud c, or "" when the
// cloud has no such resource.
func audienceOf(scope string, c *identityCloud) string {
	res := strings.TrimSuffix(scope, "/.default")
	if strings.EqualFold(strings.TrimSuffix(res, "/"), c.cognitive) {
		return c.cognitive
	}
	for _, a := range c.armAudiences {
		if strings.EqualFold(strings.TrimSuffix(res, "/"), strings.TrimSuffix(a, "/")) {
			return a
		}
	}
	return ""
}

// serveToken answers the token endpoint's client credentials grant: a
// client secret, a certificate's client assertion, or a federated
// (workload identity) assertion.
func (s *Service) serveToken(w http.ResponseWriter, r *http.Request, c *identityCloud, tenant *Tenant,
	endpoint string) {
	if err := r.ParseForm(); err != nil {
		entraError(w, http.StatusBadRequest, "invalid_request",
			"AADSTS900144: The request body must contain the following parameter: 'grant_type'.")
		return
	}
	f := r.PostForm
	if f.Get("grant_type") != "client_credentials" {
		entraError(w, http.StatusBadRequest, "unsupported_grant_type",
			"AADSTS70003: The app requested an unsupported grant type '"+
				f.Get("grant_type")+"'.")
		return
	}
	clientID := f.Get("client_id")
	st := s.id()
	st.mu.Lock()
	var p *Principal
	for _, q := range st.principals {
		if strings.EqualFold(q.ClientID, clientID) && strings.EqualFold(q.Tenant, tenant.ID) && q.Type == "ServicePrincipal" {
			p = q
		}
	}
	lifetime := st.lifetime
	st.mu.Unlock()
	if p == nil {
		entraError(w, http.StatusBadRequest, "unauthorized_client",
			fmt.Sprintf("AADSTS700016: Application with identifier '%s' was "+
				"not found in the directory '%s'. This can happen if the application has not been installed by the "+
				"administrator of the "+
				"tenant or consented to by any user in the tenant. You may have sent your authentication request to the "+
				"wrong tenant.",
				clientID, tenant.ID))
		return
	}
	var resource string
	for _, sc := range strings.Fields(f.Get("scope")) {
		switch sc {
		case "openid", "offline_access", "profile":
			continue
		}
		if !strings.HasSuffix(sc, "/.default") {
			entraError(w, http.StatusBadRequest, "invalid_scope",
				"AADSTS1002012: The provided value for scope "+sc+" is not valid. "+
					"Client credential flows must have a scope value with /.default suffixed to the resource identifier "+
					"(application ID URI).")
			return
		}
		resource = audienceOf(sc, c)
		if resource == "" {
			entraError(w, http.StatusBadRequest, "invalid_resource",
				fmt.Sprintf("AADSTS500011: The resource principal named %s was "+
					"not found in the tenant named %s. This can happen if the application has not been installed by the "+
					"administrator of "+
					"the tenant or consented to by any user in the tenant. You might have sent your authentication request to "+
					"the wrong "+
					"tenant.", strings.TrimSuffix(sc, "/.default"), tenant.ID))
			return
		}
	}
	if resource == "" {
		entraError(w, http.StatusBadRequest, "invalid_request",
			"AADSTS90014: The required field 'scope' is missing from the credential.")
		return
	}
	if msg := checkClientCredential(f, p, endpoint); msg != "" {
		entraError(w, http.StatusUnauthorized, "invalid_client", msg)
		return
	}
	tok := s.MintToken(TokenSpec{Tenant: tenant.ID, ObjectID: p.ObjectID, ClientID: p.ClientID, Audience: resource,
		Expires: time.Now().Add(lifetime), Cloud: c.name})
	secs := int(lifetime / time.Second)
	w.Header().Set("Cache-Control", "no-store, no-cache")
	writeRawJSON(w, http.StatusOK, map[string]any{"token_type": "Bearer", "expires_in": secs, "ext_expires_in": secs,
		"access_token": tok})
}

// checkClientCredential checks the secret or assertion of a token request
// against the principal; it returns Entra's error description, "" when
// the credential holds.
func checkClientCredential(f url.Values, p *Principal, endpoint string) string {
	if secret := f.Get("client_secret"); secret != "" {
		for _, s := range p.ClientSecrets {
			if s == secret {
				return ""
			}
		}
		return fmt.Sprintf("AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the "+
			"request is the "+
			"client secret value, not the client secret ID, for a secret added to app '%s'.", p.ClientID)
	}
	assertion := f.Get("client_assertion")
	if assertion == "" || f.Get("client_assertion_type") != "urn:ietf:params:oauth:client-assertion-type:jwt-bearer" {
		return "AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'."
	}
	unverified, _, err := jwt.NewParser().ParseUnverified(assertion, jwt.MapClaims{})
	if err != nil {
		return "AADSTS50027: JWT token is invalid or malformed."
	}
	claims, _ := unverified.Claims.(jwt.MapClaims)
	if t256, ok := unverified.Header["x5t#S256"].(string); ok {
		return checkCertAssertion(assertion, p, endpoint, t256, sha256Thumb)
	}
	if t1, ok := unverified.Header["x5t"].(string); ok {
		return checkCertAssertion(assertion, p, endpoint, t1, sha1Thumb)
	}
	// A federated assertion: an external issuer's token. The fake does not
	// know external issuers' keys, so it checks the claims, not the
	// signature.
	iss, _ := claims["iss"].(string)
	sub, _ := claims["sub"].(string)
	exp, _ := claims.GetExpirationTime()
	auds, _ := claims.GetAudience()
	for _, fc := range p.FederatedCredentials {
		if fc.Issuer != iss || fc.Subject != sub {
			continue
		}
		want := fc.Audience
		if want == "" {
			want = "api://AzureADTokenExchange"
		}
		if !containsFold(auds, want) {
			return "AADSTS700212: No matching federated identity record found for presented assertion audience '" +
				strings.Join(auds, ",") + "'."
		}
		if exp == nil || exp.Before(time.Now()) {
			return "AADSTS700024: Client assertion is not within its valid time range."
		}
		return ""
	}
	return fmt.Sprintf("AADSTS700213: No matching federated identity record found for presented assertion subject '%s'. "+
		"Check your federated identity credential Subject, Audience and Issuer against the presented assertion.", sub)
}

func sha256Thumb(der []byte) []byte { s := sha256.Sum256(der); return s[:] }
func sha1Thumb(der []byte) []byte   { s := sha1.Sum(der); return s[:] } //nolint:gosec // see import

// checkCertAssertion checks a client assertion signed with a
// certificate's key: the certificate registered on the principal (by
// thumbprint), the signature, the audience (the token endpoint), issuer
// and subject (the client ID) and the time range.
func checkCertAssertion(assertion string, p *Principal, endpoint, thumb string, sum func([]byte) []byte) string {
	for _, cert := range p.Certificates {
		if base64.StdEncoding.EncodeToString(sum(cert.Raw)) != thumb &&
			base64.RawURLEncoding.EncodeToString(sum(cert.Raw)) != thumb &&
			!strings.EqualFold(hex.EncodeToString(sum(cert.Raw)), thumb) {
			continue
		}
		pub, ok := cert.PublicKey.(*rsa.PublicKey)
		if !ok {
			return "AADSTS700027: The certificate's key type is not supported."
		}
		tok, err := jwt.Parse(assertion, func(*jwt.Token) (any, error) { return pub, nil },
			jwt.WithValidMethods([]string{"PS256", "RS256"}), jwt.WithExpirationRequired())
		if errors.Is(err, jwt.ErrTokenExpired) || errors.Is(err, jwt.ErrTokenNotValidYet) {
			return "AADSTS700024: Client assertion is not within its valid time range."
		}
		if err != nil {
			return "AADSTS700027: Client assertion contains an invalid signature."
		}
		claims, _ := tok.Claims.(jwt.MapClaims)
		auds, _ := claims.GetAudience()
		if !containsFold(auds, endpoint) {
			return "AADSTS700016: The audience of the client assertion is not the token endpoint '" + endpoint + "'."
		}
		if iss, _ := claims["iss"].(string); !strings.EqualFold(iss, p.ClientID) {
			return "AADSTS700023: Client assertion audience claim does not match Realm issuer."
		}
		return ""
	}
	return "AADSTS700027: The certificate with identifier used to sign the client assertion is not registered on " +
		"application. " +
		"[Reason - The key was not found., Thumbprint of key used by client: '" + thumb + "']"
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func randomID() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func randomUUID() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	b[6], b[8] = b[6]&0x0f|0x40, b[8]&0x3f|0x80
	h := hex.EncodeToString(b)
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

// ManagedIdentityEnv starts, on first call, this machine's managed
// identity endpoint as App Service offers it (a plain HTTP endpoint on
// loopback) and returns the variables azidentity reads for it:
// IDENTITY_ENDPOINT and IDENTITY_HEADER. The endpoint serves the
// principals marked OnHost. Requests to it are recorded with the host
// "managed-identity".
//
// What azidentity v1.15.0 sends (through MSAL Go v1.10.1,
// apps/managedidentity createAppServiceAuthRequest): GET IDENTITY_ENDPOINT
// with the header X-IDENTITY-HEADER: IDENTITY_HEADER and the query
// api-version=2019-08-01, resource={scope without /.default}, and for a
// user-assigned identity one of client_id, object_id or mi_res_id. The
// answer is JSON with access_token, expires_on (epoch seconds, a string),
// resource, token_type and client_id
// (https://learn.microsoft.com/azure/app-service/overview-managed-identity,
// "REST endpoint reference").
func (s *Service) ManagedIdentityEnv() (map[string]string, error) {
	st := s.id()
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.miSrv == nil {
		ln, err := (&net.ListenConfig{}).Listen(context.Background(), "tcp", "127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		st.miHeader = randomUUID()
		st.miURL = "http://" + ln.Addr().String() + "/msi/token"
		st.miSrv = &http.Server{Handler: http.HandlerFunc(s.serveManagedIdentity), ReadHeaderTimeout: 10 * time.Second}
		srv := st.miSrv
		go func() { _ = srv.Serve(ln) }()
		go func() { <-s.done; _ = srv.Close() }()
	}
	return map[string]string{"IDENTITY_ENDPOINT": st.miURL, "IDENTITY_HEADER": st.miHeader}, nil
}

// appServiceError is App Service's managed identity error shape.
func appServiceError(w http.ResponseWriter, status int, msg string) {
	writeRawJSON(w, status, map[string]any{"statusCode": status, "message": msg, "correlationId": randomUUID()})
}

func (s *Service) serveManagedIdentity(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.requests = append(s.requests, Request{Method: r.Method, Host: "managed-identity", Path: r.URL.Path, Proto: r.Proto,
		At: time.Now()})
	s.mu.Unlock()
	_, _ = io.Copy(io.Discard, r.Body)
	st := s.id()
	st.mu.Lock()
	header, lifetime := st.miHeader, st.lifetime
	st.mu.Unlock()
	q := r.URL.Query()
	switch {
	case r.URL.Path != "/msi/token" || r.Method != http.MethodGet:
		appServiceError(w, http.StatusNotFound, "Not found.")
		return
	case r.Header.Get("X-IDENTITY-HEADER") != header:
		// No source gives App Service's exact answer to a wrong header.
		appServiceError(w, http.StatusUnauthorized, "Unauthorized: the X-IDENTITY-HEADER header is missing or wrong.")
		return
	case q.Get("api-version") != "2019-08-01":
		appServiceError(w, http.StatusBadRequest, "Invalid or missing api-version: this endpoint serves 2019-08-01.")
		return
	case q.Get("resource") == "":
		appServiceError(w, http.StatusBadRequest, "The resource parameter is required.")
		return
	}
	var sel func(*Principal) bool
	switch {
	case q.Get("client_id") != "":
		sel = func(p *Principal) bool { return strings.EqualFold(p.ClientID, q.Get("client_id")) }
	case q.Get("object_id") != "" || q.Get("principal_id") != "":
		id := q.Get("object_id") + q.Get("principal_id")
		sel = func(p *Principal) bool { return strings.EqualFold(p.ObjectID, id) }
	case q.Get("mi_res_id") != "":
		sel = func(p *Principal) bool { return strings.EqualFold(p.ResourceID, q.Get("mi_res_id")) }
	default:
		sel = func(p *Principal) bool { return p.SystemAssigned }
	}
	st.mu.Lock()
	var p *Principal
	for _, x := range st.principals {
		if x.Type == "ManagedIdentity" && x.OnHost && sel(x) {
			p = x
		}
	}
	var tenant *Tenant
	if p != nil {
		tenant = st.tenants[strings.ToLower(p.Tenant)]
	}
	st.mu.Unlock()
	if p == nil || tenant == nil {
		appServiceError(w, http.StatusBadRequest, "No User Assigned or Delegated Managed Identity found for specified "+
			"ClientId/ResourceId/PrincipalId.")
		return
	}
	c := identityCloudByName(tenant.Cloud)
	aud := audienceOf(q.Get("resource")+"/.default", c)
	if aud == "" {
		appServiceError(w, http.StatusBadRequest,
			fmt.Sprintf("AADSTS500011: The resource principal named %s was not found in "+
				"the tenant named %s.", q.Get("resource"), tenant.ID))
		return
	}
	exp := time.Now().Add(lifetime)
	tok := s.MintToken(TokenSpec{Tenant: tenant.ID, ObjectID: p.ObjectID, ClientID: p.ClientID, Audience: aud,
		Expires: exp,
		Cloud:   c.name, MIResourceID: p.ResourceID})
	writeRawJSON(w, http.StatusOK, map[string]any{"access_token": tok, "expires_on": strconv.FormatInt(exp.Unix(), 10),
		"resource": q.Get("resource"), "token_type": "Bearer", "client_id": p.ClientID})
}

// EntraTokenCalls counts the token requests the fake Entra answered: POSTs
// to an authority's token endpoint and requests to the managed identity
// endpoint (a plan that shares one token makes one).
func (s *Service) EntraTokenCalls() int {
	n := 0
	for _, r := range s.Requests() {
		_, authority, ok := identityHost(r.Host)
		token := ok && authority && r.Method == http.MethodPost && strings.HasSuffix(r.Path, "/token")
		if token || r.Host == "managed-identity" {
			n++
		}
	}
	return n
}

// ARMCalls counts requests to the management hosts whose path contains
// pathPart (case-insensitive), e.g. "/roleAssignments".
func (s *Service) ARMCalls(pathPart string) int {
	n := 0
	for _, r := range s.Requests() {
		if _, authority, ok := identityHost(r.Host); ok && !authority &&
			strings.Contains(strings.ToLower(r.Path), strings.ToLower(pathPart)) {
			n++
		}
	}
	return n
}
