package speech

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/secret"
)

// Entra is what keyless (Microsoft Entra ID) access to Speech needs to know
// about a cloud: where tokens come from, the scope a token for Speech is
// requested with, and Azure Resource Manager, where role assignments are
// read.
type Entra struct {
	// Scope is the scope of a token for the Speech data plane.
	Scope string
	// ScopeInSpeechDocs is true where a Speech page states Scope; false
	// where only an Azure SDK's constants do (SourceSDKAudiences).
	ScopeInSpeechDocs bool
	// AuthorityHost is the Microsoft Entra authority (azcore's cloud
	// package), with its trailing slash.
	AuthorityHost string
	// ManagementEndpoint is Azure Resource Manager's base URL, without a
	// trailing slash, and ManagementAudience the audience of its tokens.
	ManagementEndpoint, ManagementAudience string
}

// ManagementScope is the scope of a token for Azure Resource Manager: its
// audience with "/.default" (azidentity turns an audience into a scope the
// same way).
func (e Entra) ManagementScope() string {
	return strings.TrimSuffix(e.ManagementAudience, "/") + "/.default"
}

// The Entra facts of each cloud. Sources: the public scope is stated by
// SourceSpeechRBAC and SourceEntraSDK; the US Government and China scopes
// by an Azure SDK's constants (SourceSDKAudiences), not by the Speech docs
// of the public cloud, though the Azure China edition of the SDK how-to
// (SourceEntraSDKChina) shows the China one. Authorities, ARM endpoints
// and audiences are azcore's (SourceAzcoreCloud); a test checks them
// against azcore itself.
var entraOf = map[*Cloud]Entra{
	Public: {
		Scope: "https://cognitiveservices.azure.com/.default", ScopeInSpeechDocs: true,
		AuthorityHost:      "https://login.microsoftonline.com/",
		ManagementEndpoint: "https://management.azure.com", ManagementAudience: "https://management.core.windows.net/",
	},
	USGovernment: {
		Scope:              "https://cognitiveservices.azure.us/.default",
		AuthorityHost:      "https://login.microsoftonline.us/",
		ManagementEndpoint: "https://management.usgovcloudapi.net",
		ManagementAudience: "https://management.core.usgovcloudapi.net/",
	},
	China: {
		Scope:              "https://cognitiveservices.azure.cn/.default",
		AuthorityHost:      "https://login.chinacloudapi.cn/",
		ManagementEndpoint: "https://management.chinacloudapi.cn",
		ManagementAudience: "https://management.core.chinacloudapi.cn/",
	},
}

// Entra returns the cloud's Entra facts. Every cloud of the catalog has
// them (a test checks it); a cloud outside it has none (zero value).
func (c *Cloud) Entra() Entra { return entraOf[c] }

// Codes of keyless access.
const (
	// CodeKeylessNeedsDomain is keyless access configured without a custom
	// subdomain: a Microsoft Entra token is accepted only on the custom
	// domain (SourceSpeechRBAC). Cloud.
	CodeKeylessNeedsDomain Code = "keyless-needs-domain"
	// CodeResourceIDNotARM is a value that is not an ARM resource ID (it
	// does not start with /subscriptions/). Want: the resource ID a portal
	// URL holds, when it holds one.
	CodeResourceIDNotARM Code = "resource-id-not-arm"
	// CodeResourceIDSubscription is a subscription segment that is not a
	// GUID. Given.
	CodeResourceIDSubscription Code = "resource-id-subscription"
	// CodeResourceIDGroup is an invalid resource group name. Given.
	CodeResourceIDGroup Code = "resource-id-resource-group"
	// CodeResourceIDProvider is the ID of another kind of resource
	// (another provider or resource type). Given: "namespace/type".
	CodeResourceIDProvider Code = "resource-id-provider"
	// CodeResourceIDName is an invalid account name. Given.
	CodeResourceIDName Code = "resource-id-name"
	// CodeResourceIDChild is the ID of something inside an account (a
	// deployment, a private endpoint connection). Want: the account's ID.
	CodeResourceIDChild Code = "resource-id-child"
	// CodeResourceIDMalformed is a resource ID missing segments.
	CodeResourceIDMalformed Code = "resource-id-malformed"
)

// CodePrincipalIDNotGUID is a principal ID that is not an object ID (a
// GUID): a client ID is one too, so only the shape is checked. Given.
const CodePrincipalIDNotGUID Code = "principal-id-not-guid"

// ParsePrincipalID checks the object ID of a principal (a managed
// identity's principal_id): a GUID, without braces, in lower case as ARM
// returns it.
func ParsePrincipalID(input string) (string, *Problem) {
	s := strings.TrimSpace(input)
	if p := checkText(s); p != nil {
		p.Setting = SettingPrincipalID
		return "", p
	}
	if !secret.IsGUID(s) {
		return "", &Problem{Code: CodePrincipalIDNotGUID, Setting: SettingPrincipalID, Given: s}
	}
	return strings.ToLower(s), nil
}

// KeylessNeedsDomain is the problem of keyless access to a resource given
// no custom subdomain (nil when subdomain is set): a Microsoft Entra token
// needs the custom domain (SourceSpeechRBAC), so it is an error before any
// call.
func KeylessNeedsDomain(cloud *Cloud, subdomain string) *Problem {
	if strings.TrimSpace(subdomain) != "" {
		return nil
	}
	return &Problem{Code: CodeKeylessNeedsDomain, Setting: SettingLocalAuth, Cloud: cloud}
}

// AccountID is the ARM resource ID of a Cognitive Services account (a
// Speech, AI services or Foundry resource):
// /subscriptions/{Subscription}/resourceGroups/{ResourceGroup}/providers/Microsoft.CognitiveServices/accounts/{Name}.
type AccountID struct {
	Subscription, ResourceGroup, Name string
}

// String is the canonical form of the ID, with ARM's spelling of the
// fixed segments; names keep the case they were given in (ARM compares
// them case-insensitively, SourceResourceIDs).
func (id AccountID) String() string {
	return "/subscriptions/" + id.Subscription + "/resourceGroups/" + id.ResourceGroup +
		"/providers/Microsoft.CognitiveServices/accounts/" + id.Name
}

// ResourceGroupID is the ID of the account's resource group.
func (id AccountID) ResourceGroupID() string {
	return "/subscriptions/" + id.Subscription + "/resourceGroups/" + id.ResourceGroup
}

// SubscriptionID is the ID of the account's subscription.
func (id AccountID) SubscriptionID() string { return "/subscriptions/" + id.Subscription }

// AADPrefix is what comes before a Microsoft Entra token in the
// authorization token of the SDK objects and REST calls that take
// aad#{resourceId}#{token} (SourceRESTAuthInclude, SourceEntraSDK).
func (id AccountID) AADPrefix() string { return "aad#" + id.String() + "#" }

// AADToken is the authorization token aad#{resourceId}#{token}. The
// result holds the token: it is a secret.
func (id AccountID) AADToken(entraToken string) string { return id.AADPrefix() + entraToken }

var (
	// groupRE: SourceResourceIDs (the period rule is checked apart).
	groupRE = regexp.MustCompile(`^[\p{L}\p{N}_().-]{1,90}$`)
	// accountRE: SourceAzurermAccountName, 2 to 64 long (SourceResourceIDs).
	accountRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$`)
)

// ParseAccountID parses the ARM resource ID of a Cognitive Services
// account, as azurerm_cognitive_account.id gives it. Fixed segments and the
// provider namespace are matched case-insensitively, a trailing slash and
// surrounding blanks are ignored, and an Azure portal URL that holds an ID
// is refused with the ID as Want.
func ParseAccountID(input string) (AccountID, *Problem) {
	fail := func(p *Problem) (AccountID, *Problem) {
		p.Setting = SettingResourceID
		return AccountID{}, p
	}
	s := strings.TrimSpace(input)
	if p := checkText(s); p != nil {
		return fail(p)
	}
	if secret.LooksLikeKey(s) {
		return fail(problem(CodeInputHoldsKey))
	}
	if !strings.HasPrefix(s, "/") {
		p := &Problem{Code: CodeResourceIDNotARM}
		if i := strings.Index(strings.ToLower(s), "/subscriptions/"); i >= 0 && strings.Contains(s, "://") {
			if id, q := ParseAccountID(portalPath(s[i:])); q == nil {
				p.Want = id.String()
			}
		}
		return fail(p)
	}
	parts := strings.Split(strings.Trim(s, "/"), "/")
	if len(parts) < 2 || !strings.EqualFold(parts[0], "subscriptions") {
		return fail(&Problem{Code: CodeResourceIDNotARM})
	}
	if len(parts) < 8 {
		return fail(&Problem{Code: CodeResourceIDMalformed})
	}
	if !strings.EqualFold(parts[2], "resourceGroups") || !strings.EqualFold(parts[4], "providers") {
		return fail(&Problem{Code: CodeResourceIDMalformed})
	}
	id := AccountID{Subscription: parts[1], ResourceGroup: parts[3], Name: parts[7]}
	if !secret.IsGUID(id.Subscription) {
		return fail(&Problem{Code: CodeResourceIDSubscription, Given: id.Subscription})
	}
	if !groupRE.MatchString(id.ResourceGroup) || strings.HasSuffix(id.ResourceGroup, ".") {
		return fail(&Problem{Code: CodeResourceIDGroup, Given: id.ResourceGroup})
	}
	if !strings.EqualFold(parts[5], "Microsoft.CognitiveServices") || !strings.EqualFold(parts[6], "accounts") {
		return fail(&Problem{Code: CodeResourceIDProvider, Given: parts[5] + "/" + parts[6]})
	}
	if !accountRE.MatchString(id.Name) {
		return fail(&Problem{Code: CodeResourceIDName, Given: id.Name})
	}
	if len(parts) > 8 {
		return fail(&Problem{Code: CodeResourceIDChild, Want: id.String()})
	}
	return id, nil
}

// portalPath cuts what follows a resource ID in a portal URL (a blade
// such as /overview, a query, a fragment) and decodes it.
func portalPath(s string) string {
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		s = s[:i]
	}
	if u, err := url.PathUnescape(s); err == nil {
		s = u
	}
	parts := strings.Split(strings.Trim(s, "/"), "/")
	if len(parts) > 8 {
		parts = parts[:8]
	}
	return "/" + strings.Join(parts, "/")
}
