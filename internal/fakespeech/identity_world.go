package fakespeech

import (
	"crypto/x509"
	"encoding/pem"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// WorldIdentity is the identity section of a world file: the Entra tenants
// and principals of the fake's authority hosts, and the role definitions,
// role assignments and deny assignments its management hosts serve and its
// Speech hosts decide data access by. README.md documents it.
type WorldIdentity struct {
	// Tenants are the directories, each in one cloud, with its
	// subscriptions and management groups.
	Tenants []WorldTenant `json:"tenants"`
	// Principals are service principals, managed identities, users and
	// groups.
	Principals []WorldPrincipal `json:"principals,omitempty"`
	// RoleDefinitions are custom roles; the built-in roles of BuiltInRoles
	// are always there.
	RoleDefinitions []WorldRoleDefinition `json:"role_definitions,omitempty"`
	// RoleAssignments grant a role to a principal at a scope.
	RoleAssignments []WorldRoleAssignment `json:"role_assignments,omitempty"`
	// DenyAssignments deny actions to principals at a scope.
	DenyAssignments []WorldDenyAssignment `json:"deny_assignments,omitempty"`
	// ARMPageSize is how many items a page of an ARM list holds (default
	// 100); a small value makes clients follow nextLink.
	ARMPageSize int `json:"arm_page_size,omitempty"`
	// TokenLifetime is how long the tokens the fake Entra issues last
	// (default "1h").
	TokenLifetime duration `json:"token_lifetime,omitempty"`
}

// WorldTenant is an Entra tenant.
type WorldTenant struct {
	ID            string   `json:"id"`
	Cloud         string   `json:"cloud"`
	Subscriptions []string `json:"subscriptions,omitempty"`
	// ManagementGroups form the hierarchy above subscriptions: a group
	// without a parent hangs under the tenant root group (whose name is the
	// tenant ID).
	ManagementGroups []WorldManagementGroup `json:"management_groups,omitempty"`
}

// WorldManagementGroup is a management group and what it holds.
type WorldManagementGroup struct {
	Name          string   `json:"name"`
	Parent        string   `json:"parent,omitempty"`
	Subscriptions []string `json:"subscriptions,omitempty"`
}

// WorldPrincipal is an Entra principal.
type WorldPrincipal struct {
	// Name is how role assignments and groups refer to it (an object ID
	// works too).
	Name   string `json:"name"`
	Type   string `json:"type"` // ServicePrincipal, ManagedIdentity, User, Group
	Tenant string `json:"tenant"`
	// ObjectID is the principal ID (oid).
	ObjectID string `json:"object_id"`
	// ClientID is the application (client) ID of a service principal or
	// managed identity.
	ClientID string `json:"client_id,omitempty"`
	// ClientSecrets are the secrets a service principal accepts.
	ClientSecrets []string `json:"client_secrets,omitempty"`
	// Certificates are PEM certificates (public part only) whose keys sign
	// client assertions the service principal accepts.
	Certificates []string `json:"certificates,omitempty"`
	// FederatedCredentials are the external tokens (workload identity,
	// GitHub OIDC) the service principal accepts as client assertions.
	FederatedCredentials []WorldFederatedCredential `json:"federated_credentials,omitempty"`
	// ResourceID is a user-assigned managed identity's ARM ID.
	ResourceID string `json:"resource_id,omitempty"`
	// OnHost makes a managed identity available from this machine's
	// managed identity endpoint (IDENTITY_ENDPOINT). SystemAssigned marks
	// the one the endpoint gives without a client_id, object_id or
	// mi_res_id.
	OnHost         bool `json:"on_host,omitempty"`
	SystemAssigned bool `json:"system_assigned,omitempty"`
	// Members are a group's members, by name or object ID (groups nest).
	Members []string `json:"members,omitempty"`
}

// WorldFederatedCredential is a federated identity credential.
type WorldFederatedCredential struct {
	Issuer   string `json:"issuer"`
	Subject  string `json:"subject"`
	Audience string `json:"audience,omitempty"` // default api://AzureADTokenExchange
}

// WorldRoleDefinition is a custom role.
type WorldRoleDefinition struct {
	ID             string   `json:"id"`
	Name           string   `json:"name"`
	Actions        []string `json:"actions,omitempty"`
	NotActions     []string `json:"not_actions,omitempty"`
	DataActions    []string `json:"data_actions,omitempty"`
	NotDataActions []string `json:"not_data_actions,omitempty"`
	// GrantsSpeechData tells the fake's Speech hosts that the role grants
	// Speech data access (the fake's own rule knows only the built-in
	// roles' IDs).
	GrantsSpeechData bool `json:"grants_speech_data,omitempty"`
}

// WorldRoleAssignment is a role assignment.
type WorldRoleAssignment struct {
	// ID is the assignment's name (a GUID); made up when absent.
	ID        string `json:"id,omitempty"`
	Principal string `json:"principal"` // name or object ID
	Role      string `json:"role"`      // role name or definition ID
	Scope     string `json:"scope"`
	// Condition is an ABAC condition (conditionVersion 2.0). The fake's
	// Speech hosts do not evaluate it: the assignment grants as if it held.
	Condition string `json:"condition,omitempty"`
}

// WorldDenyAssignment is a deny assignment.
type WorldDenyAssignment struct {
	ID             string   `json:"id,omitempty"`
	Name           string   `json:"name,omitempty"`
	Principals     []string `json:"principals"` // names or object IDs; "everyone" for all
	Scope          string   `json:"scope"`
	Actions        []string `json:"actions,omitempty"`
	DataActions    []string `json:"data_actions,omitempty"`
	NotDataActions []string `json:"not_data_actions,omitempty"`
}

var guidRE = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

// principalTypes are the principal types a world file may use.
var principalTypes = []string{"ServicePrincipal", "ManagedIdentity", "User", "Group"}

func (wi *WorldIdentity) validate(resources []WorldResource) error {
	if wi == nil {
		for i, r := range resources {
			if r.Tenant != "" || r.DisableLocalAuth {
				return fmt.Errorf("resources[%d]: tenant and disable_local_auth need an identity section", i)
			}
		}
		return nil
	}
	tenants := map[string]string{}
	subs := map[string]bool{}
	for i, t := range wi.Tenants {
		at := fmt.Sprintf("identity.tenants[%d]", i)
		if !guidRE.MatchString(t.ID) {
			return fmt.Errorf("%s: id %q is not a GUID", at, t.ID)
		}
		if _, ok := speech.CloudByName(t.Cloud); !ok {
			return fmt.Errorf("%s: cloud %q is not public, usgovernment or china", at, t.Cloud)
		}
		if _, dup := tenants[strings.ToLower(t.ID)]; dup {
			return fmt.Errorf("%s: tenant %s twice", at, t.ID)
		}
		tenants[strings.ToLower(t.ID)] = t.Cloud
		for _, s := range t.Subscriptions {
			if !guidRE.MatchString(s) {
				return fmt.Errorf("%s: subscription %q is not a GUID", at, s)
			}
			subs[strings.ToLower(s)] = true
		}
		for j, mg := range t.ManagementGroups {
			if mg.Name == "" {
				return fmt.Errorf("%s.management_groups[%d]: no name", at, j)
			}
		}
	}
	names := map[string]bool{}
	for i, p := range wi.Principals {
		at := fmt.Sprintf("identity.principals[%d]", i)
		if p.Name == "" || names[strings.ToLower(p.Name)] {
			return fmt.Errorf("%s: a name, unique among principals", at)
		}
		names[strings.ToLower(p.Name)] = true
		if !slices.Contains(principalTypes, p.Type) {
			return fmt.Errorf("%s: type %q is not one of %s", at, p.Type, strings.Join(principalTypes, ", "))
		}
		if _, ok := tenants[strings.ToLower(p.Tenant)]; !ok {
			return fmt.Errorf("%s: tenant %q is not in identity.tenants", at, p.Tenant)
		}
		if !guidRE.MatchString(p.ObjectID) {
			return fmt.Errorf("%s: object_id %q is not a GUID", at, p.ObjectID)
		}
		if (p.Type == "ServicePrincipal" || p.Type == "ManagedIdentity") && !guidRE.MatchString(p.ClientID) {
			return fmt.Errorf("%s: a %s needs a client_id GUID", at, p.Type)
		}
		for j, c := range p.Certificates {
			if _, err := parseCertPEM(c); err != nil {
				return fmt.Errorf("%s.certificates[%d]: %w", at, j, err)
			}
		}
		if (p.OnHost || p.SystemAssigned || p.ResourceID != "") && p.Type != "ManagedIdentity" {
			return fmt.Errorf("%s: on_host, system_assigned and resource_id are for managed identities", at)
		}
		if len(p.Members) > 0 && p.Type != "Group" {
			return fmt.Errorf("%s: only a group has members", at)
		}
	}
	known := func(ref string) bool {
		for _, p := range wi.Principals {
			if strings.EqualFold(p.Name, ref) || strings.EqualFold(p.ObjectID, ref) {
				return true
			}
		}
		return false
	}
	for i, p := range wi.Principals {
		for _, m := range p.Members {
			if !known(m) {
				return fmt.Errorf("identity.principals[%d]: member %q is not a principal", i, m)
			}
		}
	}
	roles := map[string]bool{}
	for _, r := range BuiltInRoles {
		roles[strings.ToLower(r.ID)], roles[strings.ToLower(r.Name)] = true, true
	}
	for i, d := range wi.RoleDefinitions {
		if !guidRE.MatchString(d.ID) || d.Name == "" {
			return fmt.Errorf("identity.role_definitions[%d]: an id (GUID) and a name", i)
		}
		roles[strings.ToLower(d.ID)], roles[strings.ToLower(d.Name)] = true, true
	}
	for i, a := range wi.RoleAssignments {
		at := fmt.Sprintf("identity.role_assignments[%d]", i)
		if !known(a.Principal) {
			return fmt.Errorf("%s: principal %q is not in identity.principals", at, a.Principal)
		}
		if !roles[strings.ToLower(a.Role)] {
			return fmt.Errorf("%s: role %q is neither built in nor in identity.role_definitions", at, a.Role)
		}
		if err := checkScope(a.Scope, subs); err != nil {
			return fmt.Errorf("%s: %w", at, err)
		}
		if a.ID != "" && !guidRE.MatchString(a.ID) {
			return fmt.Errorf("%s: id %q is not a GUID", at, a.ID)
		}
	}
	for i, d := range wi.DenyAssignments {
		at := fmt.Sprintf("identity.deny_assignments[%d]", i)
		for _, p := range d.Principals {
			if p != "everyone" && !known(p) {
				return fmt.Errorf("%s: principal %q is not in identity.principals", at, p)
			}
		}
		if err := checkScope(d.Scope, subs); err != nil {
			return fmt.Errorf("%s: %w", at, err)
		}
	}
	for i, r := range resources {
		at := fmt.Sprintf("resources[%d]", i)
		if r.Tenant == "" {
			if r.DisableLocalAuth {
				return fmt.Errorf("%s: a keyless resource (disable_local_auth) needs a tenant and a resource_id", at)
			}
			continue
		}
		cloud, ok := tenants[strings.ToLower(r.Tenant)]
		if !ok {
			return fmt.Errorf("%s: tenant %q is not in identity.tenants", at, r.Tenant)
		}
		if cloud != r.Cloud {
			return fmt.Errorf("%s: tenant %s is in cloud %s, the resource in %s", at, r.Tenant, cloud, r.Cloud)
		}
		if _, _, err := splitAccountID(r.ResourceID); err != nil {
			return fmt.Errorf("%s: resource_id: %w", at, err)
		}
		if err := checkScope(r.ResourceID, subs); err != nil {
			return fmt.Errorf("%s: resource_id: %w", at, err)
		}
	}
	return nil
}

// checkScope accepts "/", a management group, or an ID under a
// subscription of a tenant.
func checkScope(scope string, subs map[string]bool) error {
	l := strings.ToLower(scope)
	switch {
	case l == "/":
		return nil
	case strings.HasPrefix(l, "/providers/microsoft.management/managementgroups/"):
		return nil
	case strings.HasPrefix(l, "/subscriptions/"):
		sub, _, _ := strings.Cut(strings.TrimPrefix(l, "/subscriptions/"), "/")
		if !subs[sub] {
			return fmt.Errorf("scope %q: subscription %s is not in any tenant's subscriptions", scope, sub)
		}
		return nil
	}
	return fmt.Errorf("scope %q is not \"/\", a management group or under /subscriptions/", scope)
}

// splitAccountID reads a Cognitive Services account ID:
// /subscriptions/{s}/resourceGroups/{g}/providers/Microsoft.CognitiveServices/accounts/{n}.
func splitAccountID(id string) (sub, group string, err error) {
	parts := strings.Split(strings.TrimPrefix(id, "/"), "/")
	if len(parts) != 8 || !strings.EqualFold(parts[0], "subscriptions") || !strings.EqualFold(parts[2],
		"resourceGroups") ||
		!strings.EqualFold(parts[4], "providers") || !strings.EqualFold(parts[5], "Microsoft.CognitiveServices") ||
		!strings.EqualFold(parts[6], "accounts") || parts[7] == "" {
		return "", "", fmt.Errorf("%q is not "+
			"/subscriptions/{id}/resourceGroups/{group}/providers/Microsoft.CognitiveServices/accounts/{name}", id)
	}
	return parts[1], parts[3], nil
}

func parseCertPEM(s string) (*x509.Certificate, error) {
	b, _ := pem.Decode([]byte(s))
	if b == nil || b.Type != "CERTIFICATE" {
		return nil, fmt.Errorf("not a PEM CERTIFICATE block")
	}
	return x509.ParseCertificate(b.Bytes)
}

// applyIdentity adds a world's identity section to the service.
func (s *Service) applyIdentity(wi *WorldIdentity) {
	if wi == nil {
		return
	}
	for _, t := range wi.Tenants {
		s.AddTenant(Tenant{ID: t.ID, Cloud: t.Cloud, Subscriptions: t.Subscriptions,
			ManagementGroups: mgsOf(t.ManagementGroups)})
	}
	for _, p := range wi.Principals {
		pr := Principal{Name: p.Name, Type: p.Type, Tenant: p.Tenant, ObjectID: p.ObjectID, ClientID: p.ClientID,
			ClientSecrets: p.ClientSecrets, ResourceID: p.ResourceID, OnHost: p.OnHost, SystemAssigned: p.SystemAssigned,
			Members: p.Members}
		for _, c := range p.Certificates {
			cert, _ := parseCertPEM(c)
			pr.Certificates = append(pr.Certificates, cert)
		}
		for _, f := range p.FederatedCredentials {
			pr.FederatedCredentials = append(pr.FederatedCredentials, FederatedCredential(f))
		}
		s.AddPrincipal(pr)
	}
	for _, d := range wi.RoleDefinitions {
		s.AddRoleDefinition(RoleDefinition{ID: d.ID, Name: d.Name, Type: "CustomRole", Actions: d.Actions,
			NotActions:  d.NotActions,
			DataActions: d.DataActions, NotDataActions: d.NotDataActions, GrantsSpeechData: d.GrantsSpeechData})
	}
	for _, a := range wi.RoleAssignments {
		s.AssignRole(RoleAssignment(a))
	}
	for _, d := range wi.DenyAssignments {
		s.AddDenyAssignment(DenyAssignment(d))
	}
	if wi.ARMPageSize > 0 {
		s.SetARMPageSize(wi.ARMPageSize)
	}
	if wi.TokenLifetime > 0 {
		s.id().mu.Lock()
		s.id().lifetime = time.Duration(wi.TokenLifetime)
		s.id().mu.Unlock()
	}
}

func mgsOf(ws []WorldManagementGroup) []ManagementGroup {
	var out []ManagementGroup
	for _, w := range ws {
		out = append(out, ManagementGroup(w))
	}
	return out
}
