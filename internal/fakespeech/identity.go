package fakespeech

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Tenant is an Entra tenant of one cloud.
type Tenant struct {
	ID               string
	Cloud            string // canonical cloud name
	Subscriptions    []string
	ManagementGroups []ManagementGroup
}

// ManagementGroup is a management group: its parent ("" for the tenant
// root group) and the subscriptions directly under it.
type ManagementGroup struct {
	Name          string
	Parent        string
	Subscriptions []string
}

// Principal is a service principal, managed identity, user or group.
type Principal struct {
	Name, Type, Tenant string
	ObjectID, ClientID string
	ClientSecrets      []string
	Certificates       []*x509.Certificate
	// FederatedCredentials are the external tokens accepted as client
	// assertions.
	FederatedCredentials []FederatedCredential
	ResourceID           string // a user-assigned managed identity's ARM ID
	OnHost               bool   // served by this machine's managed identity endpoint
	SystemAssigned       bool
	Members              []string // a group's members (names or object IDs)
}

// FederatedCredential is a federated identity credential.
type FederatedCredential struct {
	Issuer, Subject, Audience string
}

// RoleDefinition is an Azure role.
type RoleDefinition struct {
	ID, Name, Type              string // Type: BuiltInRole or CustomRole
	Actions, NotActions         []string
	DataActions, NotDataActions []string
	// GrantsSpeechData: the fake's Speech hosts let a holder call Speech.
	GrantsSpeechData bool
}

// RoleAssignment grants a role (name or ID) to a principal (name or object
// ID) at a scope.
type RoleAssignment struct {
	ID, Principal, Role, Scope, Condition string
}

// DenyAssignment denies actions to principals at a scope.
type DenyAssignment struct {
	ID, Name                    string
	Principals                  []string
	Scope                       string
	Actions                     []string
	DataActions, NotDataActions []string
}

// Role definition IDs of the built-in roles the fake knows.
const (
	RoleOwner                        = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635"
	RoleContributor                  = "b24988ac-6180-42a0-ab88-20f7382dd24c"
	RoleReader                       = "acdd72a7-3385-48ef-bd42-f606fba81ae7"
	RoleUserAccessAdministrator      = "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9"
	RoleCognitiveServicesContributor = "25fbc0a9-bd7c-42a3-aa1a-3b75d497ee68"
	RoleCognitiveServicesUser        = "a97b65f3-24c7-4388-baec-2e87135dc908"
	RoleSpeechContributor            = "0e75ca1e-0464-4b4d-8b93-68208a576181"
	RoleSpeechUser                   = "f2dc8367-1007-4938-bd23-fe263f013447"
)

// BuiltInRoles are the built-in roles every fake world has, with the
// permissions Azure serves for them.
//
// Sources: "Azure built-in roles for AI + machine learning"
// (https://learn.microsoft.com/azure/role-based-access-control/built-in-roles/ai-machine-learning,
// ms.date 2026-04-09) for Cognitive Services User and Contributor (JSON
// read from its source, MicrosoftDocs/azure-docs, revision of 2024-04-25,
// which is the same for these two); "Azure built-in roles for General" and
// "Privileged" (https://learn.microsoft.com/azure/role-based-access-control/built-in-roles/general,
// .../privileged) for Owner, Contributor, Reader and User Access
// Administrator. The two Speech roles are in the AI + machine learning page
// of 2026; the revision this package could read (2024-04-25) lacks them, so
// their permissions are the role definitions as Azure serves them
// (az role definition list, captured 2025-10-22 by azure-rbac-catalog.org,
// with AzAdvertizer's change history of 2024-04-15): the Speech User list
// below is the part of its dataActions those captures show. "Role-based
// access control for Speech resources"
// (https://learn.microsoft.com/azure/ai-services/speech-service/role-based-access-control,
// ms.date 2025-12-19) says which roles reach the speech APIs: Cognitive
// Services User, Speech Contributor and Speech User; not Owner, Contributor
// or Cognitive Services Contributor.
var BuiltInRoles = []RoleDefinition{
	{ID: RoleOwner, Name: "Owner", Type: "BuiltInRole", Actions: []string{"*"}},
	{ID: RoleContributor, Name: "Contributor", Type: "BuiltInRole", Actions: []string{"*"}, NotActions: []string{
		"Microsoft.Authorization/*/Delete", "Microsoft.Authorization/*/Write", "Microsoft.Authorization/elevateAccess/Action",
		"Microsoft.Blueprint/blueprintAssignments/write", "Microsoft.Blueprint/blueprintAssignments/delete",
		"Microsoft.Compute/galleries/share/action", "Microsoft.Purview/consents/write", "Microsoft.Purview/consents/delete",
		"Microsoft.Resources/deploymentStacks/manageDenySetting/action", "Microsoft.Subscription/cancel/action",
		"Microsoft.Subscription/enable/action"}},
	{ID: RoleReader, Name: "Reader", Type: "BuiltInRole", Actions: []string{"*/read"}},
	{ID: RoleUserAccessAdministrator, Name: "User Access Administrator", Type: "BuiltInRole", Actions: []string{
		"*/read", "Microsoft.Authorization/*", "Microsoft.Support/*"}},
	{ID: RoleCognitiveServicesContributor, Name: "Cognitive Services Contributor", Type: "BuiltInRole", Actions: []string{
		"Microsoft.Authorization/*/read", "Microsoft.CognitiveServices/*", "Microsoft.Features/features/read",
		"Microsoft.Features/providers/features/read", "Microsoft.Features/providers/features/register/action",
		"Microsoft.Insights/alertRules/*", "Microsoft.Insights/diagnosticSettings/*",
		"Microsoft.Insights/logDefinitions/read",
		"Microsoft.Insights/metricdefinitions/read", "Microsoft.Insights/metrics/read",
		"Microsoft.ResourceHealth/availabilityStatuses/read", "Microsoft.Resources/deployments/*",
		"Microsoft.Resources/deployments/operations/read", "Microsoft.Resources/subscriptions/operationresults/read",
		"Microsoft.Resources/subscriptions/read", "Microsoft.Resources/subscriptions/resourcegroups/deployments/*",
		"Microsoft.Resources/subscriptions/resourceGroups/read", "Microsoft.Support/*"}},
	{ID: RoleCognitiveServicesUser, Name: "Cognitive Services User", Type: "BuiltInRole", GrantsSpeechData: true,
		Actions: []string{
			"Microsoft.CognitiveServices/*/read", "Microsoft.CognitiveServices/accounts/listkeys/action",
			"Microsoft.Insights/alertRules/read", "Microsoft.Insights/diagnosticSettings/read",
			"Microsoft.Insights/logDefinitions/read",
			"Microsoft.Insights/metricdefinitions/read", "Microsoft.Insights/metrics/read",
			"Microsoft.ResourceHealth/availabilityStatuses/read", "Microsoft.Resources/deployments/operations/read",
			"Microsoft.Resources/subscriptions/operationresults/read", "Microsoft.Resources/subscriptions/read",
			"Microsoft.Resources/subscriptions/resourceGroups/read", "Microsoft.Support/*"},
		DataActions: []string{"Microsoft.CognitiveServices/*"}},
	{ID: RoleSpeechContributor, Name: "Cognitive Services Speech Contributor", Type: "BuiltInRole", GrantsSpeechData: true,
		Actions: []string{"Microsoft.Authorization/roleAssignments/read", "Microsoft.Authorization/roleDefinitions/read",
			"Microsoft.CognitiveServices/*/read"},
		DataActions: []string{"Microsoft.CognitiveServices/accounts/AudioContentCreation/*",
			"Microsoft.CognitiveServices/accounts/BatchAvatar/*", "Microsoft.CognitiveServices/accounts/BatchTextToSpeech/*",
			"Microsoft.CognitiveServices/accounts/CustomAvatar/*", "Microsoft.CognitiveServices/accounts/CustomVoice/*",
			"Microsoft.CognitiveServices/accounts/SpeechServices/*", "Microsoft.CognitiveServices/accounts/VideoTranslation/*"}},
	{ID: RoleSpeechUser, Name: "Cognitive Services Speech User", Type: "BuiltInRole", GrantsSpeechData: true,
		Actions: []string{"Microsoft.CognitiveServices/*/read", "Microsoft.Authorization/roleAssignments/read",
			"Microsoft.Authorization/roleDefinitions/read"},
		DataActions: []string{"Microsoft.CognitiveServices/accounts/SpeechServices/*/read",
			"Microsoft.CognitiveServices/accounts/SpeechServices/*/transcriptions/read",
			"Microsoft.CognitiveServices/accounts/SpeechServices/*/transcriptions/write",
			"Microsoft.CognitiveServices/accounts/SpeechServices/*/transcriptions/delete",
			"Microsoft.CognitiveServices/accounts/SpeechServices/*/transcriptions/action",
			"Microsoft.CognitiveServices/accounts/SpeechServices/*/frontend/action",
			"Microsoft.CognitiveServices/accounts/SpeechServices/text-dependent/*/action",
			"Microsoft.CognitiveServices/accounts/SpeechServices/text-independent/*/action",
			"Microsoft.CognitiveServices/accounts/SpeechServices/voiceagent/realtime/*",
			"Microsoft.CognitiveServices/accounts/SpeechServices/voicelive/realtime/*",
			"Microsoft.CognitiveServices/accounts/CustomVoice/*/read",
			"Microsoft.CognitiveServices/accounts/CustomVoice/evaluations/*",
			"Microsoft.CognitiveServices/accounts/CustomVoice/longaudiosynthesis/*",
			"Microsoft.CognitiveServices/accounts/AudioContentCreation/*", "Microsoft.CognitiveServices/accounts/TTSPlayer/*",
			"Microsoft.CognitiveServices/accounts/VideoTranslation/*",
			"Microsoft.CognitiveServices/accounts/CustomAvatar/*/read",
			"Microsoft.CognitiveServices/accounts/BatchAvatar/*", "Microsoft.CognitiveServices/accounts/BatchTextToSpeech/*"},
		NotDataActions: []string{"Microsoft.CognitiveServices/accounts/CustomVoice/datasets/utterances/read"}},
}

// identityState is what the fake Entra and ARM hold.
type identityState struct {
	mu         sync.Mutex
	key        *rsa.PrivateKey
	kid        string
	lifetime   time.Duration
	pageSize   int
	tenants    map[string]*Tenant // by lower-case ID
	principals []*Principal
	roles      []RoleDefinition
	assigns    []RoleAssignment
	denies     []DenyAssignment

	// The managed identity endpoint (IDENTITY_ENDPOINT), started on demand.
	miURL, miHeader string
	miSrv           *http.Server
}

// signingKey is the fake Entra's token signing key, one per process, as
// Azure has one Entra: MSAL Go caches managed identity tokens process-wide
// (apps/managedidentity's cacheManager), so a token one service issued
// must verify at the next service a test starts.
var signingKey = sync.OnceValues(func() (*rsa.PrivateKey, string) {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		panic(err)
	}
	der, _ := x509.MarshalPKIXPublicKey(&key.PublicKey)
	sum := sha256.Sum256(der)
	return key, hex.EncodeToString(sum[:8])
})

// id is the service's identity state, made on first use.
func (s *Service) id() *identityState {
	s.identOnce.Do(func() {
		key, kid := signingKey()
		s.ident = &identityState{key: key, kid: kid, lifetime: time.Hour, pageSize: 100,
			tenants: map[string]*Tenant{}, roles: append([]RoleDefinition(nil), BuiltInRoles...)}
	})
	return s.ident
}

// AddTenant adds an Entra tenant.
func (s *Service) AddTenant(t Tenant) {
	st := s.id()
	st.mu.Lock()
	defer st.mu.Unlock()
	st.tenants[strings.ToLower(t.ID)] = &t
}

// AddPrincipal adds a principal.
func (s *Service) AddPrincipal(p Principal) {
	st := s.id()
	st.mu.Lock()
	defer st.mu.Unlock()
	st.principals = append(st.principals, &p)
}

// AddRoleDefinition adds a custom role.
func (s *Service) AddRoleDefinition(d RoleDefinition) {
	st := s.id()
	st.mu.Lock()
	defer st.mu.Unlock()
	if d.Type == "" {
		d.Type = "CustomRole"
	}
	st.roles = append(st.roles, d)
}

// AssignRole adds a role assignment; an assignment without an ID gets one
// made from its fields (stable, as a Terraform guid() would be).
func (s *Service) AssignRole(a RoleAssignment) {
	st := s.id()
	st.mu.Lock()
	defer st.mu.Unlock()
	if a.ID == "" {
		a.ID = guidOf(strings.ToLower(a.Principal + "|" + a.Role + "|" + a.Scope))
	}
	st.assigns = append(st.assigns, a)
}

// AddDenyAssignment adds a deny assignment.
func (s *Service) AddDenyAssignment(d DenyAssignment) {
	st := s.id()
	st.mu.Lock()
	defer st.mu.Unlock()
	if d.ID == "" {
		d.ID = guidOf(strings.ToLower(d.Name + "|" + d.Scope))
	}
	st.denies = append(st.denies, d)
}

// SetARMPageSize sets how many items a page of an ARM list holds.
func (s *Service) SetARMPageSize(n int) {
	st := s.id()
	st.mu.Lock()
	defer st.mu.Unlock()
	st.pageSize = max(n, 1)
}

// SetTokenLifetime sets how long issued tokens last.
func (s *Service) SetTokenLifetime(d time.Duration) {
	st := s.id()
	st.mu.Lock()
	defer st.mu.Unlock()
	st.lifetime = d
}

func guidOf(seed string) string {
	h := sha256.Sum256([]byte(seed))
	x := hex.EncodeToString(h[:16])
	return x[:8] + "-" + x[8:12] + "-4" + x[13:16] + "-8" + x[17:20] + "-" + x[20:32]
}

// principal finds a principal by name or object ID (caller holds mu).
func (st *identityState) principal(ref string) *Principal {
	for _, p := range st.principals {
		if strings.EqualFold(p.Name, ref) || strings.EqualFold(p.ObjectID, ref) {
			return p
		}
	}
	return nil
}

// role finds a role by name or definition ID (caller holds mu).
func (st *identityState) role(ref string) *RoleDefinition {
	for i := range st.roles {
		if strings.EqualFold(st.roles[i].ID, ref) || strings.EqualFold(st.roles[i].Name, ref) {
			return &st.roles[i]
		}
	}
	return nil
}

// groupsOf is the object IDs of the groups a principal is in, directly or
// through nested groups (caller holds mu).
func (st *identityState) groupsOf(oid string) map[string]bool {
	out := map[string]bool{}
	frontier := []string{strings.ToLower(oid)}
	for len(frontier) > 0 {
		cur := frontier[0]
		frontier = frontier[1:]
		for _, g := range st.principals {
			if g.Type != "Group" || out[strings.ToLower(g.ObjectID)] {
				continue
			}
			for _, m := range g.Members {
				if mp := st.principal(m); mp != nil && strings.ToLower(mp.ObjectID) == cur {
					out[strings.ToLower(g.ObjectID)] = true
					frontier = append(frontier, strings.ToLower(g.ObjectID))
					break
				}
			}
		}
	}
	return out
}

// ancestors is a scope and every scope above it, most specific first:
// resource, resource group, subscription, its management groups up to the
// tenant root group, and "/" (caller holds mu).
func (st *identityState) ancestors(scope string) []string {
	l := strings.TrimSuffix(strings.ToLower(scope), "/")
	var out []string
	if strings.HasPrefix(l, "/subscriptions/") {
		parts := strings.Split(strings.TrimPrefix(l, "/"), "/")
		// /subscriptions/s/resourceGroups/g/providers/ns/type/name[/...]
		for n := len(parts); n >= 2; n-- {
			if n == 3 || (n > 4 && n < 8) || (n > 8 && (n-8)%2 == 1) {
				continue // not a scope boundary
			}
			out = append(out, "/"+strings.Join(parts[:n], "/"))
		}
		sub := parts[1]
		for mg := st.mgOfSubscription(sub); mg != ""; mg = st.parentMG(mg) {
			out = append(out, "/providers/microsoft.management/managementgroups/"+mg)
		}
	} else if mg, ok := strings.CutPrefix(l, "/providers/microsoft.management/managementgroups/"); ok {
		for ; mg != ""; mg = st.parentMG(mg) {
			out = append(out, "/providers/microsoft.management/managementgroups/"+mg)
		}
	}
	return append(out, "/")
}

// mgOfSubscription is the management group a subscription sits in: a
// group naming it, else its tenant's root group (caller holds mu).
func (st *identityState) mgOfSubscription(sub string) string {
	for _, t := range st.tenants {
		for _, mg := range t.ManagementGroups {
			for _, s := range mg.Subscriptions {
				if strings.EqualFold(s, sub) {
					return strings.ToLower(mg.Name)
				}
			}
		}
		for _, s := range t.Subscriptions {
			if strings.EqualFold(s, sub) {
				return strings.ToLower(t.ID)
			}
		}
	}
	return ""
}

// parentMG is a management group's parent: the tenant root group for a
// top-level group, "" above the root (caller holds mu).
func (st *identityState) parentMG(mg string) string {
	for _, t := range st.tenants {
		if strings.EqualFold(t.ID, mg) {
			return ""
		}
		for _, g := range t.ManagementGroups {
			if strings.EqualFold(g.Name, mg) {
				if g.Parent == "" {
					return strings.ToLower(t.ID)
				}
				return strings.ToLower(g.Parent)
			}
		}
	}
	return ""
}

// tenantOfScope is the tenant that holds a scope's subscription or
// management group (caller holds mu).
func (st *identityState) tenantOfScope(scope string) *Tenant {
	anc := st.ancestors(scope)
	for _, a := range anc {
		if mg, ok := strings.CutPrefix(a, "/providers/microsoft.management/managementgroups/"); ok {
			for _, t := range st.tenants {
				if strings.EqualFold(t.ID, mg) {
					return t
				}
				for _, g := range t.ManagementGroups {
					if strings.EqualFold(g.Name, mg) {
						return t
					}
				}
			}
		}
	}
	return nil
}

// within reports whether scope is at or below base: under it in the ID,
// or under it in the management group hierarchy (caller holds mu).
func (st *identityState) within(scope, base string) bool {
	b := strings.TrimSuffix(strings.ToLower(base), "/")
	if b == "" {
		return true
	}
	for _, a := range st.ancestors(scope) {
		if a == b {
			return true
		}
	}
	return false
}

// effective is the assignments reaching a principal at a scope: made at
// the scope or above it, to the principal or a group it is in (caller
// holds mu).
func (st *identityState) effective(oid, scope string) []RoleAssignment {
	ids := st.groupsOf(oid)
	ids[strings.ToLower(oid)] = true
	anc := st.ancestors(scope)
	var out []RoleAssignment
	for _, a := range st.assigns {
		p := st.principal(a.Principal)
		if p == nil || !ids[strings.ToLower(p.ObjectID)] {
			continue
		}
		for _, sc := range anc {
			if strings.EqualFold(strings.TrimSuffix(a.Scope, "/"), sc) || (sc == "/" && a.Scope == "/") {
				out = append(out, a)
				break
			}
		}
	}
	return out
}

// denied reports whether a deny assignment at or above scope covers the
// principal for an action (data or control plane) (caller holds mu).
func (st *identityState) denied(oid, scope, action string, data bool) bool {
	ids := st.groupsOf(oid)
	ids[strings.ToLower(oid)] = true
	for _, d := range st.denies {
		if !st.within(scope, d.Scope) {
			continue
		}
		covers := false
		for _, ref := range d.Principals {
			if ref == "everyone" {
				covers = true
			} else if p := st.principal(ref); p != nil && ids[strings.ToLower(p.ObjectID)] {
				covers = true
			}
		}
		if !covers {
			continue
		}
		acts, nots := d.Actions, []string(nil)
		if data {
			acts, nots = d.DataActions, d.NotDataActions
		}
		if matchesAny(acts, action) && !matchesAny(nots, action) {
			return true
		}
	}
	return false
}

// mayDo reports whether a principal may perform a control-plane action at
// a scope: a role reaching it whose actions match and notActions do not,
// and no deny assignment (caller holds mu).
func (st *identityState) mayDo(oid, scope, action string) bool {
	if st.denied(oid, scope, action, false) {
		return false
	}
	for _, a := range st.effective(oid, scope) {
		if r := st.role(a.Role); r != nil && matchesAny(r.Actions, action) && !matchesAny(r.NotActions, action) {
			return true
		}
	}
	return false
}

// speechDataAccess is the fake's own rule for Speech data access: a role
// reaching the principal at the resource whose ID is one the fake knows to
// grant Speech data actions (GrantsSpeechData), unless a deny assignment
// denies Speech's data actions. Conditions are not evaluated.
func (st *identityState) speechDataAccess(oid, resourceID string) bool {
	if st.denied(oid, resourceID, "Microsoft.CognitiveServices/accounts/SpeechServices/frontend/action", true) {
		return false
	}
	for _, a := range st.effective(oid, resourceID) {
		if r := st.role(a.Role); r != nil && r.GrantsSpeechData {
			return true
		}
	}
	return false
}

// matchesAny matches an action against Azure action patterns, where "*"
// stands for any run of characters (case-insensitive).
func matchesAny(patterns []string, action string) bool {
	for _, p := range patterns {
		if wildcardMatch(strings.ToLower(p), strings.ToLower(action)) {
			return true
		}
	}
	return false
}

func wildcardMatch(p, s string) bool {
	star := strings.IndexByte(p, '*')
	if star < 0 {
		return p == s
	}
	if !strings.HasPrefix(s, p[:star]) {
		return false
	}
	rest := p[star+1:]
	for i := star; i <= len(s); i++ {
		if wildcardMatch(rest, s[i:]) {
			return true
		}
	}
	return false
}

// String names a principal for messages.
func (p *Principal) String() string { return fmt.Sprintf("%s %s (%s)", p.Type, p.Name, p.ObjectID) }
