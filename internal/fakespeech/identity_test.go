package fakespeech

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/cloud"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azidentity"
	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/net/http/httpproxy"
)

// The example world's names (worlds/keyless.json).
const (
	kwTenant      = "72f988bf-86f1-41af-91ab-2d7cd011db47"
	kwOtherTenant = "22222222-2222-4222-8222-222222222222"
	kwChinaTenant = "33333333-3333-4333-8333-333333333333"
	kwSub         = "11111111-1111-4111-8111-111111111111"
	kwRG          = "/subscriptions/" + kwSub + "/resourceGroups/rg-speech"
	kwKeyless     = kwRG + "/providers/Microsoft.CognitiveServices/accounts/contoso-keyless"
	kwMixed       = kwRG + "/providers/Microsoft.CognitiveServices/accounts/contoso-mixed"
	kwChinaRes    = "/subscriptions/33333333-aaaa-4333-8333-333333333333/resourceGroups/rg-speech-cn/providers/" +
		"Microsoft.CognitiveServices/accounts/contoso-cn"
	kwKeylessKey = "3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a"
	kwNoDomain   = kwRG + "/providers/Microsoft.CognitiveServices/accounts/contoso-nodomain"

	kwPlanSP    = "c0000000-0000-4000-8000-000000000001"
	kwContribSP = "c0000000-0000-4000-8000-000000000002"
	kwNoRights  = "c0000000-0000-4000-8000-000000000003"
	kwGitHub    = "c0000000-0000-4000-8000-000000000004"
	kwDeniedSP  = "c0000000-0000-4000-8000-000000000005"
	kwAbacSP    = "c0000000-0000-4000-8000-000000000006"
	kwFabrikam  = "c2000000-0000-4000-8000-000000000001"
	kwChinaSP   = "c3000000-0000-4000-8000-000000000001"
	kwWebAppOID = "b0000000-0000-4000-8000-000000000001"
	kwWorkerCID = "d0000000-0000-4000-8000-000000000002"
	kwGitHubOID = "a0000000-0000-4000-8000-000000000004"
	kwDeniedOID = "a0000000-0000-4000-8000-000000000005"

	scopePublic = "https://cognitiveservices.azure.com/.default"
	scopeChina  = "https://cognitiveservices.azure.cn/.default"
)

// keylessWorld starts a service with worlds/keyless.json and an HTTP
// client that reaches it as the provider would: HTTPS through the proxy
// (the HTTPS_PROXY rule of net/http, loopback direct), trusting only the
// fake's CA.
func keylessWorld(t *testing.T) (*Service, *http.Client) {
	t.Helper()
	s, err := Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	w, err := LoadWorld(filepath.Join("worlds", "keyless.json"))
	if err != nil {
		t.Fatal(err)
	}
	s.Apply(w)
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(s.CAPEM())
	proxy := (&httpproxy.Config{HTTPSProxy: s.ProxyURL()}).ProxyFunc()
	tr := &http.Transport{
		Proxy:             func(r *http.Request) (*url.URL, error) { return proxy(r.URL) },
		TLSClientConfig:   &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12},
		ForceAttemptHTTP2: true,
	}
	t.Cleanup(tr.CloseIdleConnections)
	return s, &http.Client{Transport: tr, Timeout: 20 * time.Second}
}

func clientOpts(c *http.Client, cl cloud.Configuration) azcore.ClientOptions {
	return azcore.ClientOptions{Transport: c, Cloud: cl, Retry: policy.RetryOptions{MaxRetries: -1}}
}

func secretToken(t *testing.T, c *http.Client, cl cloud.Configuration, tenant, clientID, secret, scope string) (string, error) {
	t.Helper()
	cred, err := azidentity.NewClientSecretCredential(tenant, clientID, secret,
		&azidentity.ClientSecretCredentialOptions{ClientOptions: clientOpts(c, cl)})
	if err != nil {
		t.Fatal(err)
	}
	tok, err := cred.GetToken(context.Background(), policy.TokenRequestOptions{Scopes: []string{scope}})
	return tok.Token, err
}

// call sends a Speech request with an Authorization value (and a key when
// given) and returns the status and body.
func call(t *testing.T, c *http.Client, method, u, authz, key string) (int, string) {
	t.Helper()
	req, _ := http.NewRequestWithContext(context.Background(), method, u, strings.NewReader(""))
	if authz != "" {
		req.Header.Set("Authorization", authz)
	}
	if key != "" {
		req.Header.Set("Ocp-Apim-Subscription-Key", key)
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = resp.Body.Close() }()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

const (
	voicesCD  = "https://contoso-keyless.cognitiveservices.azure.com/tts/cognitiveservices/voices/list"
	voicesReg = "https://eastus.tts.speech.microsoft.com/cognitiveservices/voices/list"
	sttReg    = "https://eastus.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1?language=en-US"
	tokenReg  = "https://eastus.api.cognitive.microsoft.com/sts/v1.0/issueToken"
	tokenCD   = "https://contoso-keyless.cognitiveservices.azure.com/sts/v1.0/issueToken"
)

// TestEntraClientSecretReachesSpeech: azidentity's client secret
// credential gets a token from the fake Entra, and the Speech hosts take
// it in both documented forms.
func TestEntraClientSecretReachesSpeech(t *testing.T) {
	s, c := keylessWorld(t)
	tok, err := secretToken(t, c, cloud.AzurePublic, kwTenant, kwPlanSP, "fake-secret-plan-sp", scopePublic)
	if err != nil {
		t.Fatal(err)
	}
	if st, body := call(t, c, http.MethodGet, voicesCD, "Bearer "+tok, ""); st != 200 || !strings.Contains(body, "ShortName") {
		t.Fatalf("custom domain with a Speech User token: %d %s", st, body)
	}
	if st, body := call(t, c, http.MethodGet, voicesReg, "Bearer aad#"+kwKeyless+"#"+tok, ""); st != 200 {
		t.Fatalf("aad# on the regional TTS host: %d %s", st, body)
	}
	if st, body := call(t, c, http.MethodPost, sttReg, "Bearer aad#"+kwKeyless+"#"+tok, ""); st != 200 ||
		!strings.Contains(body, "RecognitionStatus") {
		t.Fatalf("aad# on the regional STT host: %d %s", st, body)
	}
	// What azidentity asked of the authority: instance discovery, the
	// OpenID configuration of the tenant, then the token endpoint.
	var paths []string
	for _, r := range s.Requests() {
		if r.Host == "login.microsoftonline.com" {
			paths = append(paths, r.Method+" "+r.Path)
		}
	}
	want := []string{"GET /common/discovery/instance", "GET /" + kwTenant + "/v2.0/.well-known/openid-configuration", "POST /" + kwTenant + "/oauth2/v2.0/token"}
	if strings.Join(paths, ",") != strings.Join(want, ",") {
		t.Errorf("authority requests = %q, want %q", paths, want)
	}
	if n := s.EntraTokenCalls(); n != 1 {
		t.Errorf("EntraTokenCalls = %d, want 1", n)
	}
}

// TestEntraRefusals: the fake Entra refuses as Entra does, and azidentity
// turns it into an AuthenticationFailedError.
func TestEntraRefusals(t *testing.T) {
	_, c := keylessWorld(t)
	cases := []struct {
		name, tenant, client, secret, scope, want string
	}{
		{"wrong secret", kwTenant, kwPlanSP, "not-the-secret", scopePublic, "AADSTS7000215"},
		{"unknown tenant", "44444444-4444-4444-8444-444444444444", kwPlanSP, "x", scopePublic, "AADSTS90002"},
		{"unknown client", kwTenant, "99999999-0000-4000-8000-000000000000", "x", scopePublic, "AADSTS700016"},
		{"another cloud's scope", kwTenant, kwPlanSP, "fake-secret-plan-sp", scopeChina, "AADSTS500011"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := secretToken(t, c, cloud.AzurePublic, tc.tenant, tc.client, tc.secret, tc.scope)
			var afe *azidentity.AuthenticationFailedError
			if !errors.As(err, &afe) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want an AuthenticationFailedError with %s", err, tc.want)
			}
			if strings.Contains(err.Error(), "fake-secret-plan-sp") {
				t.Error("the error repeats the secret")
			}
		})
	}
}

// TestSpeechKeylessAnswers: the Speech hosts' answers to each kind of
// credential trouble.
func TestSpeechKeylessAnswers(t *testing.T) {
	s, c := keylessWorld(t)
	get := func(client, secret string) string {
		tok, err := secretToken(t, c, cloud.AzurePublic, kwTenant, client, secret, scopePublic)
		if err != nil {
			t.Fatal(err)
		}
		return tok
	}
	plan := get(kwPlanSP, "fake-secret-plan-sp")
	other, err := secretToken(t, c, cloud.AzurePublic, kwOtherTenant, kwFabrikam, "fake-secret-fabrikam-sp", scopePublic)
	if err != nil {
		t.Fatal(err)
	}
	armTok, err := secretToken(t, c, cloud.AzurePublic, kwTenant, kwPlanSP, "fake-secret-plan-sp",
		"https://management.core.windows.net//.default")
	if err != nil {
		t.Fatal(err)
	}
	expired := s.MintToken(TokenSpec{Tenant: kwTenant, ObjectID: "a0000000-0000-4000-8000-000000000001", ClientID: kwPlanSP,
		Audience: "https://cognitiveservices.azure.com", Expires: time.Now().Add(-time.Minute)})
	// A token signed by another key: same claims, a stranger's signature.
	stranger, _ := rsa.GenerateKey(rand.Reader, 2048)
	forged, _ := jwt.NewWithClaims(jwt.SigningMethodRS256, jwt.MapClaims{"aud": "https://cognitiveservices.azure.com",
		"tid": kwTenant, "oid": "a0000000-0000-4000-8000-000000000001", "exp": time.Now().Add(time.Hour).Unix()}).SignedString(stranger)
	tokenMsg := "Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired."
	cases := []struct {
		name, method, url, authz, key string
		status                        int
		body                          string
	}{
		{"speech user", "GET", voicesCD, "Bearer " + plan, "", 200, "ShortName"},
		{"issueToken with an Entra token", "POST", tokenCD, "Bearer " + plan, "", 200, "."},
		{"wrong audience", "GET", voicesCD, "Bearer " + armTok, "", 401, tokenMsg},
		{"expired", "GET", voicesCD, "Bearer " + expired, "", 401, tokenMsg},
		{"bad signature", "GET", voicesCD, "Bearer " + forged, "", 401, tokenMsg},
		{"another tenant", "GET", voicesCD, "Bearer " + other, "", 400, "Tenant provided in token does not match resource token"},
		{"contributor only", "GET", voicesCD, "Bearer " + get(kwContribSP, "fake-secret-contributor-sp"), "", 401,
			`"PermissionDenied","message":"Principal does not have access to API/Operation."`},
		{"no role", "GET", voicesCD, "Bearer " + get(kwNoRights, "fake-secret-no-rights-sp"), "", 401, "PermissionDenied"},
		{"deny assignment", "GET", voicesCD, "Bearer " + get(kwDeniedSP, "fake-secret-denied-sp"), "", 401, "PermissionDenied"},
		{"condition not evaluated", "GET", voicesCD, "Bearer " + get(kwAbacSP, "fake-secret-abac-sp"), "", 200, "ShortName"},
		{"token on a regional host", "GET", voicesReg, "Bearer " + plan, "", 400, "Please provide an authentication key."},
		{"aad# on the token endpoint", "POST", tokenReg, "Bearer aad#" + kwKeyless + "#" + plan, "", 400, "Please provide an authentication key."},
		{"aad# of a resource without a custom subdomain", "GET",
			"https://westus3.tts.speech.microsoft.com/cognitiveservices/voices/list",
			"Bearer aad#" + kwNoDomain + "#" + plan, "", 401, tokenMsg},
		{"aad# of another region's resource", "GET", voicesReg, "Bearer aad#" + kwMixed + "#" + plan, "", 401, tokenMsg},
		{"key on a keyless resource, regional", "POST", tokenReg, "", kwKeylessKey, 403, `"code":"AuthenticationTypeDisabled"`},
		{"key on a keyless resource, custom domain", "POST", tokenCD, "", kwKeylessKey, 403, "AuthenticationTypeDisabled"},
		{"key of a mixed resource", "POST", "https://westus2.api.cognitive.microsoft.com/sts/v1.0/issueToken", "",
			"3b3b3b3b3b3b3b3b3b3b3b3b3b3b3b3b", 200, "."},
		{"Entra token on a mixed resource", "GET", "https://contoso-mixed.cognitiveservices.azure.com/tts/cognitiveservices/voices/list",
			"Bearer " + plan, "", 200, "ShortName"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st, body := call(t, c, tc.method, tc.url, tc.authz, tc.key)
			if st != tc.status || !strings.Contains(body, tc.body) {
				t.Fatalf("%s %s: %d %s, want %d with %q", tc.method, tc.url, st, body, tc.status, tc.body)
			}
		})
	}
}

// TestEntraGroupMemberWorkloadIdentity: a federated (workload identity)
// assertion through azidentity's WorkloadIdentityCredential; the principal
// holds Cognitive Services User through a group at the subscription.
func TestEntraGroupMemberWorkloadIdentity(t *testing.T) {
	_, c := keylessWorld(t)
	assertion := func(sub string) string {
		tok, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"iss": "https://token.actions.githubusercontent.com",
			"sub": sub, "aud": "api://AzureADTokenExchange", "exp": time.Now().Add(5 * time.Minute).Unix()}).SignedString([]byte("github"))
		return tok
	}
	for _, tc := range []struct {
		sub  string
		want string // "" for success
	}{{"repo:contoso/speech:environment:prod", ""}, {"repo:contoso/speech:ref:refs/heads/feature", "AADSTS700213"}} {
		file := filepath.Join(t.TempDir(), "token")
		if err := os.WriteFile(file, []byte(assertion(tc.sub)), 0o600); err != nil {
			t.Fatal(err)
		}
		cred, err := azidentity.NewWorkloadIdentityCredential(&azidentity.WorkloadIdentityCredentialOptions{
			ClientOptions: clientOpts(c, cloud.AzurePublic), ClientID: kwGitHub, TenantID: kwTenant, TokenFilePath: file})
		if err != nil {
			t.Fatal(err)
		}
		tok, err := cred.GetToken(context.Background(), policy.TokenRequestOptions{Scopes: []string{scopePublic}})
		if tc.want != "" {
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("subject %s: err = %v, want %s", tc.sub, err, tc.want)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if st, body := call(t, c, http.MethodGet, voicesCD, "Bearer "+tok.Token, ""); st != 200 {
			t.Fatalf("group member: %d %s", st, body)
		}
	}
}

// TestEntraClientCertificate: azidentity's client certificate credential
// (a PS256 assertion with x5t#S256) against a registered certificate, and
// one the principal does not have.
func TestEntraClientCertificate(t *testing.T) {
	s, c := keylessWorld(t)
	newCert := func() (*x509.Certificate, *rsa.PrivateKey) {
		key, _ := rsa.GenerateKey(rand.Reader, 2048)
		tmpl := &x509.Certificate{SerialNumber: big.NewInt(7), Subject: pkix.Name{CommonName: "cert-sp"},
			NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour)}
		der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
		if err != nil {
			t.Fatal(err)
		}
		cert, _ := x509.ParseCertificate(der)
		return cert, key
	}
	good, goodKey := newCert()
	stranger, strangerKey := newCert()
	const certClient = "c0000000-0000-4000-8000-0000000000c1"
	s.AddPrincipal(Principal{Name: "cert-sp", Type: "ServicePrincipal", Tenant: kwTenant, ObjectID: "a0000000-0000-4000-8000-0000000000c1",
		ClientID: certClient, Certificates: []*x509.Certificate{good}})
	s.AssignRole(RoleAssignment{Principal: "cert-sp", Role: RoleSpeechUser, Scope: kwKeyless})
	pemOf := func(cert *x509.Certificate) string {
		return string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: cert.Raw}))
	}
	if _, err := parseCertPEM(pemOf(good)); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		cert *x509.Certificate
		key  *rsa.PrivateKey
		want string
	}{{good, goodKey, ""}, {stranger, strangerKey, "AADSTS700027"}} {
		cred, err := azidentity.NewClientCertificateCredential(kwTenant, certClient, []*x509.Certificate{tc.cert}, tc.key,
			&azidentity.ClientCertificateCredentialOptions{ClientOptions: clientOpts(c, cloud.AzurePublic)})
		if err != nil {
			t.Fatal(err)
		}
		tok, err := cred.GetToken(context.Background(), policy.TokenRequestOptions{Scopes: []string{scopePublic}})
		if tc.want != "" {
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want %s", err, tc.want)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if st, body := call(t, c, http.MethodGet, voicesCD, "Bearer "+tok.Token, ""); st != 200 {
			t.Fatalf("certificate principal: %d %s", st, body)
		}
	}
}

// TestManagedIdentityAppService: azidentity's managed identity credential
// through IDENTITY_ENDPOINT/IDENTITY_HEADER: the system-assigned identity
// (Speech User), a user-assigned one by client ID and by resource ID
// (Contributor only), and one the machine does not have.
func TestManagedIdentityAppService(t *testing.T) {
	s, c := keylessWorld(t)
	env, err := s.ManagedIdentityEnv()
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range env {
		t.Setenv(k, v)
	}
	for _, k := range []string{"IDENTITY_SERVER_THUMBPRINT", "MSI_ENDPOINT", "MSI_SECRET", "IMDS_ENDPOINT"} {
		t.Setenv(k, "")
	}
	workerRes := "/subscriptions/" + kwSub + "/resourceGroups/rg-app/providers/Microsoft.ManagedIdentity/userAssignedIdentities/worker-identity"
	for _, tc := range []struct {
		name   string
		id     azidentity.ManagedIDKind
		status int
		fails  string
	}{
		{"system assigned", nil, 200, ""},
		{"user assigned by client ID", azidentity.ClientID(kwWorkerCID), 401, ""},
		{"user assigned by resource ID", azidentity.ResourceID(workerRes), 401, ""},
		{"not on this machine", azidentity.ClientID("d0000000-0000-4000-8000-0000000000ff"), 0, "No User Assigned"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts := &azidentity.ManagedIdentityCredentialOptions{ClientOptions: clientOpts(c, cloud.AzurePublic), ID: tc.id}
			cred, err := azidentity.NewManagedIdentityCredential(opts)
			if err != nil {
				t.Fatal(err)
			}
			tok, err := cred.GetToken(context.Background(), policy.TokenRequestOptions{Scopes: []string{scopePublic}})
			if tc.fails != "" {
				if err == nil || !strings.Contains(err.Error(), tc.fails) {
					t.Fatalf("err = %v, want %q", err, tc.fails)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if st, body := call(t, c, http.MethodGet, voicesCD, "Bearer "+tok.Token, ""); st != tc.status {
				t.Fatalf("%d %s, want %d", st, body, tc.status)
			}
		})
	}
	n := 0
	for _, r := range s.Requests() {
		if r.Host == "managed-identity" {
			n++
		}
	}
	if n < 4 {
		t.Errorf("managed identity endpoint saw %d requests, want at least 4", n)
	}
}

// TestSovereignCloudEntra: Azure China's authority and scope.
func TestSovereignCloudEntra(t *testing.T) {
	s, c := keylessWorld(t)
	tok, err := secretToken(t, c, cloud.AzureChina, kwChinaTenant, kwChinaSP, "fake-secret-china-sp", scopeChina)
	if err != nil {
		t.Fatal(err)
	}
	u := "https://contoso-cn.cognitiveservices.azure.cn/tts/cognitiveservices/voices/list"
	if st, body := call(t, c, http.MethodGet, u, "Bearer "+tok, ""); st != 200 {
		t.Fatalf("China custom domain: %d %s", st, body)
	}
	if !sawHost(s, "login.chinacloudapi.cn") || sawHost(s, "login.microsoftonline.com") {
		t.Error("the China credential did not use login.chinacloudapi.cn alone")
	}
	if _, err := secretToken(t, c, cloud.AzurePublic, kwChinaTenant, kwChinaSP, "fake-secret-china-sp", scopeChina); err == nil ||
		!strings.Contains(err.Error(), "AADSTS90002") {
		t.Fatalf("a China tenant on the public authority: err = %v, want AADSTS90002", err)
	}
}

func sawHost(s *Service, host string) bool {
	for _, r := range s.Requests() {
		if r.Host == host {
			return true
		}
	}
	return false
}

// TestWorldIdentityRefusesMistakes: the identity section's mistakes fail
// at load, naming the field.
func TestWorldIdentityRefusesMistakes(t *testing.T) {
	base, err := os.ReadFile(filepath.Join("worlds", "keyless.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ old, new, want string }{
		{`"client_secrets": ["fake-secret-plan-sp"]`, `"client_secret": ["x"]`, `unknown field "client_secret"`},
		{`{"principal": "plan-sp"`, `{"principal": "nobody"`, `principal "nobody" is not in identity.principals`},
		{`"role": "Contributor"`, `"role": "Speech Wizard"`, `role "Speech Wizard" is neither built in`},
		{`"type": "Group"`, `"type": "Team"`, `type "Team" is not one of`},
		{`"scope": "/subscriptions/33333333-aaaa-4333-8333-333333333333/resourceGroups/rg-speech-cn"`,
			`"scope": "/subscriptions/55555555-aaaa-4333-8333-333333333333"`, "is not in any tenant's subscriptions"},
		{`"disable_local_auth": true}`, `"disable_local_auth": true, "resource_id": "/subscriptions/x"}`, "duplicate"},
	} {
		text := strings.Replace(string(base), tc.old, tc.new, 1)
		if text == string(base) {
			t.Fatalf("case %q changes nothing", tc.old)
		}
		p := filepath.Join(t.TempDir(), "w.json")
		_ = os.WriteFile(p, []byte(text), 0o600)
		_, err := LoadWorld(p)
		if tc.want == "duplicate" {
			// encoding/json takes the last of duplicate keys: the bad ID fails.
			tc.want = "resource_id"
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s -> err = %v, want %q", tc.new, err, tc.want)
		}
	}
}

// TestReadmeIdentityWorldLoads: the README's example identity section is
// a world the fake loads (its certificate placeholder replaced by a real
// one), and its managed identity reaches its keyless resource.
func TestReadmeIdentityWorldLoads(t *testing.T) {
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, after, _ := strings.Cut(string(b), "### The identity section")
	_, block, _ := strings.Cut(after, "```json\n")
	block, _, _ = strings.Cut(block, "```")
	key, _ := rsa.GenerateKey(rand.Reader, 2048)
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), NotBefore: time.Now(), NotAfter: time.Now().Add(time.Hour)}
	der, _ := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	certPEM, _ := json.Marshal(string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})))
	block = strings.Replace(block, `"-----BEGIN CERTIFICATE-----\n..."`, string(certPEM), 1)
	p := filepath.Join(t.TempDir(), "readme.json")
	if err := os.WriteFile(p, []byte(block), 0o600); err != nil {
		t.Fatal(err)
	}
	w, err := LoadWorld(p)
	if err != nil {
		t.Fatalf("the README's world: %v", err)
	}
	s, c := keylessWorld(t)
	s.Apply(w)
	env, err := s.ManagedIdentityEnv()
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range env {
		t.Setenv(k, v)
	}
	cred, err := azidentity.NewManagedIdentityCredential(&azidentity.ManagedIdentityCredentialOptions{
		ClientOptions: clientOpts(c, cloud.AzurePublic)})
	if err != nil {
		t.Fatal(err)
	}
	tok, err := cred.GetToken(context.Background(), policy.TokenRequestOptions{Scopes: []string{scopePublic}})
	if err != nil {
		t.Fatal(err)
	}
	if st, body := call(t, c, http.MethodGet, voicesCD, "Bearer "+tok.Token, ""); st != 200 {
		t.Fatalf("%d %s", st, body)
	}
}
