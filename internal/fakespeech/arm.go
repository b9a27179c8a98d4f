package fakespeech

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// The Microsoft.Authorization API versions the fake ARM accepts.
// armauthorization/v2 v2.2.0 sends 2022-04-01 for role assignments, role
// definitions and deny assignments.
var armAPIVersions = map[string]bool{"2022-04-01": true, "2022-05-01-preview": true, "2020-10-01-preview": true,
	"2015-07-01": true}

// armError writes ARM's error shape ({"error":{"code","message"}}), with
// the code also in x-ms-failure-cause-free form that azcore reads
// (ResponseError.ErrorCode comes from the body's error.code).
func armError(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("x-ms-request-id", randomUUID())
	w.Header().Set("x-ms-correlation-request-id", randomUUID())
	writeRawJSON(w, status, map[string]any{"error": map[string]any{"code": code, "message": msg}})
}

// serveARM answers on a management host: role assignments listed at a
// scope (with the $filter values the SDK sends, and nextLink paging), role
// definitions by ID or listed, and deny assignments listed at a scope.
//
// What armauthorization/v2 v2.2.0 sends (roleassignments_client.go):
// RoleAssignmentsClient.NewListForScopePager(scope) GETs
// https://{host}/{scope}/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01
// and appends $filter= (and $skipToken=) UNENCODED to the query: the
// caller encodes what needs encoding. NewListForResourcePager,
// NewListForResourceGroupPager and NewListForSubscriptionPager GET the same
// path under their scopes. Pages after the first are the answer's
// nextLink, as given. RoleDefinitionsClient.GetByID(roleID) GETs
// https://{host}/{roleID}?api-version=2022-04-01; Get(scope, id) GETs
// {scope}/providers/Microsoft.Authorization/roleDefinitions/{id}.
// Filters (ARM's "List Azure role assignments using the REST API",
// https://learn.microsoft.com/azure/role-based-access-control/role-assignments-list-rest):
// atScope() keeps assignments at and above the scope (without it, those
// below come too); assignedTo('{id}') keeps the principal's and its
// groups' assignments; principalId eq '{id}' the principal's own. A
// caller needs Microsoft.Authorization/roleAssignments/read at the scope,
// else 403 AuthorizationFailed.
func (s *Service) serveARM(w http.ResponseWriter, r *http.Request, c *identityCloud) {
	if r.Method != http.MethodGet {
		armError(w, http.StatusMethodNotAllowed, "MethodNotAllowed", "The fake Resource Manager serves GET only.")
		return
	}
	raw, ok := cutPrefixFold(r.Header.Get("Authorization"), "Bearer ")
	if !ok || raw == "" {
		armError(w, http.StatusUnauthorized, "AuthenticationFailed",
			"Authentication failed. The 'Authorization' header is missing.")
		return
	}
	claims, err := s.verifyToken(raw, c.armAudiences...)
	switch {
	case errors.Is(err, errTokenExpired):
		armError(w, http.StatusUnauthorized, "ExpiredAuthenticationToken", fmt.Sprintf("The access token expiry UTC time is "+
			"earlier than current UTC time '%s'.", time.Now().UTC().Format(time.RFC1123)))
		return
	case errors.Is(err, errTokenAudience):
		armError(w, http.StatusUnauthorized, "InvalidAuthenticationTokenAudience", fmt.Sprintf("The access token has been "+
			"obtained for wrong audience or resource '%s'. It should exactly match with one of the allowed audiences '%s'.",
			claims.Audience, strings.Join(c.armAudiences, "','")))
		return
	case err != nil:
		armError(w, http.StatusUnauthorized, "InvalidAuthenticationToken", "The access token is invalid.")
		return
	}
	q := queryOf(r.URL.RawQuery)
	if v := q["api-version"]; v == "" {
		armError(w, http.StatusBadRequest, "MissingApiVersionParameter",
			"The api-version query parameter (?api-version=) is required "+
				"for all requests.")
		return
	} else if !armAPIVersions[v] {
		armError(w, http.StatusBadRequest, "InvalidApiVersionParameter", fmt.Sprintf("The api-version '%s' is invalid.", v))
		return
	}
	p := strings.TrimSuffix(r.URL.Path, "/")
	lp := strings.ToLower(p)
	const ra, rd, da = "/providers/microsoft.authorization/roleassignments",
		"/providers/microsoft.authorization/roledefinitions",
		"/providers/microsoft.authorization/denyassignments"
	switch {
	case strings.HasSuffix(lp, ra):
		s.listARM(w, r, c, claims, p[:len(p)-len(ra)], q, "roleAssignments")
	case strings.HasSuffix(lp, da):
		s.listARM(w, r, c, claims, p[:len(p)-len(da)], q, "denyAssignments")
	case strings.HasSuffix(lp, rd):
		s.listRoleDefinitions(w, p[:len(p)-len(rd)], q)
	case strings.Contains(lp, rd+"/"):
		i := strings.LastIndex(lp, rd+"/")
		s.getRoleDefinition(w, p[:i], p[i+len(rd)+1:])
	default:
		armError(w, http.StatusNotFound, "NotFound",
			"The fake Resource Manager serves Microsoft.Authorization role assignments, "+
				"role definitions and deny assignments only.")
	}
}

// queryOf reads a query the way ARM does, also when the SDK left $filter
// unencoded (spaces, quotes and parentheses as they are).
func queryOf(raw string) map[string]string {
	out := map[string]string{}
	for _, kv := range strings.Split(raw, "&") {
		k, v, _ := strings.Cut(kv, "=")
		if dv, err := url.QueryUnescape(v); err == nil {
			v = dv
		}
		if dk, err := url.QueryUnescape(k); err == nil {
			k = dk
		}
		out[k] = v
	}
	return out
}

// armFilter is a parsed $filter.
type armFilter struct {
	atScope     bool
	assignedTo  string
	principalID string
}

func parseARMFilter(f string) (armFilter, error) {
	var out armFilter
	if strings.TrimSpace(f) == "" {
		return out, nil
	}
	for _, term := range strings.Split(f, " and ") {
		t := strings.TrimSpace(term)
		lt := strings.ToLower(t)
		switch {
		case lt == "atscope()":
			out.atScope = true
		case strings.HasPrefix(lt, "assignedto('") && strings.HasSuffix(lt, "')"):
			out.assignedTo = t[len("assignedTo('") : len(t)-2]
		case strings.HasPrefix(lt, "principalid eq '") && strings.HasSuffix(lt, "'"):
			out.principalID = t[len("principalId eq '") : len(t)-1]
		default:
			return out, fmt.Errorf("unsupported filter term %q", t)
		}
	}
	return out, nil
}

// listARM lists role or deny assignments reaching a scope.
func (s *Service) listARM(w http.ResponseWriter, r *http.Request, c *identityCloud, caller tokenClaims, scope string,
	q map[string]string, kind string) {
	if scope == "" {
		scope = "/"
	}
	filter, err := parseARMFilter(q["$filter"])
	if err != nil {
		// No source gives ARM's exact answer to an unsupported filter.
		armError(w, http.StatusBadRequest, "UnsupportedQuery",
			"The filter '"+q["$filter"]+"' is not supported: "+err.Error()+".")
		return
	}
	st := s.id()
	st.mu.Lock()
	tenant := st.tenantOfScope(scope)
	if tenant == nil || tenant.Cloud != c.name {
		st.mu.Unlock()
		sub, _, _ := strings.Cut(strings.TrimPrefix(strings.ToLower(scope), "/subscriptions/"), "/")
		armError(w, http.StatusNotFound, "SubscriptionNotFound", fmt.Sprintf("The subscription '%s' could not be found.",
			sub))
		return
	}
	if !strings.EqualFold(caller.Tenant, tenant.ID) {
		st.mu.Unlock()
		armError(w, http.StatusUnauthorized, "InvalidAuthenticationTokenTenant",
			fmt.Sprintf("The access token is from the wrong "+
				"issuer 'https://%s/%s/'. It must match the tenant 'https://%s/%s/' associated with this subscription. "+
				"Please use the "+
				"authority (URL) 'https://%s/%s' to get the token.", c.issuer, caller.Tenant, c.issuer, tenant.ID,
				c.authorities[0], tenant.ID))
		return
	}
	action := "Microsoft.Authorization/" + kind + "/read"
	if !st.mayDo(caller.ObjectID, scope, action) {
		st.mu.Unlock()
		armError(w, http.StatusForbidden, "AuthorizationFailed",
			fmt.Sprintf("The client '%s' with object id '%s' does not have "+
				"authorization to perform action '%s' over scope '%s' or the scope is invalid. If access was recently "+
				"granted, please "+
				"refresh your credentials.", caller.ObjectID, caller.ObjectID, action, scope))
		return
	}
	var items []map[string]any
	if kind == "roleAssignments" {
		items = st.roleAssignmentItems(scope, filter)
	} else {
		items = st.denyAssignmentItems(scope, filter)
	}
	pageSize := st.pageSize
	st.mu.Unlock()

	skip, _ := strconv.Atoi(q["$skipToken"])
	skip = min(max(skip, 0), len(items))
	end := min(skip+pageSize, len(items))
	body := map[string]any{"value": items[skip:end]}
	if end < len(items) {
		next := url.Values{}
		next.Set("api-version", q["api-version"])
		if q["$filter"] != "" {
			next.Set("$filter", q["$filter"])
		}
		next.Set("$skipToken", strconv.Itoa(end))
		body["nextLink"] = "https://" + c.arm + r.URL.EscapedPath() + "?" + next.Encode()
	}
	w.Header().Set("x-ms-request-id", randomUUID())
	writeRawJSON(w, http.StatusOK, body)
}

// subOf is the subscription of a scope, "" above subscriptions.
func subOf(scope string) string {
	if rest, ok := cutPrefixFold(scope, "/subscriptions/"); ok {
		sub, _, _ := strings.Cut(rest, "/")
		return sub
	}
	return ""
}

// roleDefinitionID is a role's ID as ARM writes it under a scope.
func roleDefinitionID(scope, guid string) string {
	if sub := subOf(scope); sub != "" {
		return "/subscriptions/" + sub + "/providers/Microsoft.Authorization/roleDefinitions/" + guid
	}
	return "/providers/Microsoft.Authorization/roleDefinitions/" + guid
}

// armPrincipalType is the principal type ARM reports (a managed identity
// is a service principal).
func armPrincipalType(p *Principal) string {
	if p.Type == "ManagedIdentity" {
		return "ServicePrincipal"
	}
	return p.Type
}

// roleAssignmentItems lists the role assignments a filter keeps at a
// scope (caller holds mu).
func (st *identityState) roleAssignmentItems(scope string, f armFilter) []map[string]any {
	var ids map[string]bool
	if f.assignedTo != "" {
		ids = st.groupsOf(f.assignedTo)
		ids[strings.ToLower(f.assignedTo)] = true
	}
	items := []map[string]any{}
	for _, a := range st.assigns {
		p, role := st.principal(a.Principal), st.role(a.Role)
		if p == nil || role == nil {
			continue
		}
		above, below := st.within(scope, a.Scope), st.within(a.Scope, scope)
		if !above && (f.atScope || !below) {
			continue
		}
		if t := st.tenantOfScope(a.Scope); t == nil || t != st.tenantOfScope(scope) {
			continue
		}
		oid := strings.ToLower(p.ObjectID)
		if (f.principalID != "" && !strings.EqualFold(f.principalID, oid)) || (ids != nil && !ids[oid]) {
			continue
		}
		props := map[string]any{
			"roleDefinitionId": roleDefinitionID(a.Scope, role.ID), "principalId": p.ObjectID,
			"principalType": armPrincipalType(p),
			"scope":         a.Scope, "condition": nil, "conditionVersion": nil, "createdOn": "2026-01-05T09:00:00.0000000Z",
			"updatedOn": "2026-01-05T09:00:00.0000000Z", "createdBy": nil, "updatedBy": nil,
			"delegatedManagedIdentityResourceId": nil,
			"description":                        nil,
		}
		if a.Condition != "" {
			props["condition"], props["conditionVersion"] = a.Condition, "2.0"
		}
		base := a.Scope
		if base == "/" {
			base = ""
		}
		items = append(items, map[string]any{"properties": props, "id": base +
			"/providers/Microsoft.Authorization/roleAssignments/" + a.ID,
			"type": "Microsoft.Authorization/roleAssignments", "name": a.ID})
	}
	return items
}

// denyAssignmentItems lists the deny assignments at, above (and without
// atScope() below) a scope (caller holds mu).
func (st *identityState) denyAssignmentItems(scope string, f armFilter) []map[string]any {
	items := []map[string]any{}
	for _, d := range st.denies {
		above, below := st.within(scope, d.Scope), st.within(d.Scope, scope)
		if !above && (f.atScope || !below) {
			continue
		}
		var principals []map[string]any
		match := f.principalID == "" && f.assignedTo == ""
		for _, ref := range d.Principals {
			if ref == "everyone" {
				principals = append(principals, map[string]any{"id": "00000000-0000-0000-0000-000000000000",
					"type": "SystemDefined"})
				match = true
				continue
			}
			if p := st.principal(ref); p != nil {
				principals = append(principals, map[string]any{"id": p.ObjectID, "type": armPrincipalType(p)})
				if strings.EqualFold(p.ObjectID, f.principalID) || strings.EqualFold(p.ObjectID, f.assignedTo) {
					match = true
				}
			}
		}
		if !match {
			continue
		}
		base := d.Scope
		if base == "/" {
			base = ""
		}
		items = append(items, map[string]any{
			"id": base + "/providers/Microsoft.Authorization/denyAssignments/" + d.ID, "name": d.ID,
			"type": "Microsoft.Authorization/denyAssignments",
			"properties": map[string]any{"denyAssignmentName": d.Name, "description": "", "scope": d.Scope,
				"permissions": []map[string]any{{"actions": nonNil(d.Actions), "notActions": []string{},
					"dataActions": nonNil(d.DataActions), "notDataActions": nonNil(d.NotDataActions)}},
				"doNotApplyToChildScopes": false, "principals": principals, "excludePrincipals": []any{},
				"isSystemProtected": true},
		})
	}
	return items
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// roleDefinitionItem is a role as ARM serves it.
func roleDefinitionItem(scope string, d *RoleDefinition) map[string]any {
	return map[string]any{
		"id": roleDefinitionID(scope, d.ID), "name": d.ID, "type": "Microsoft.Authorization/roleDefinitions",
		"properties": map[string]any{"roleName": d.Name, "type": d.Type, "description": "", "assignableScopes": []string{"/"},
			"permissions": []map[string]any{{"actions": nonNil(d.Actions), "notActions": nonNil(d.NotActions),
				"dataActions": nonNil(d.DataActions), "notDataActions": nonNil(d.NotDataActions)}},
			"createdOn": "2021-03-30T11:28:27.4339032Z", "updatedOn": "2025-10-22T15:31:32.0000000Z", "createdBy": nil,
			"updatedBy": nil},
	}
}

// getRoleDefinition answers GET {scope}/providers/Microsoft.Authorization/roleDefinitions/{id}.
// Any valid token of a tenant may read role definitions in the fake.
func (s *Service) getRoleDefinition(w http.ResponseWriter, scope, id string) {
	st := s.id()
	st.mu.Lock()
	defer st.mu.Unlock()
	for i := range st.roles {
		if strings.EqualFold(st.roles[i].ID, id) {
			writeRawJSON(w, http.StatusOK, roleDefinitionItem(scope, &st.roles[i]))
			return
		}
	}
	armError(w, http.StatusNotFound, "RoleDefinitionDoesNotExist",
		fmt.Sprintf("The specified role definition with ID '%s' does not exist.", id))
}

// listRoleDefinitions answers GET {scope}/providers/Microsoft.Authorization/roleDefinitions,
// with $filter=roleName eq '{name}' or none.
func (s *Service) listRoleDefinitions(w http.ResponseWriter, scope string, q map[string]string) {
	name := ""
	if f := strings.TrimSpace(q["$filter"]); f != "" {
		lf := strings.ToLower(f)
		if !strings.HasPrefix(lf, "rolename eq '") || !strings.HasSuffix(lf, "'") {
			armError(w, http.StatusBadRequest, "UnsupportedQuery", "The filter '"+f+"' is not supported.")
			return
		}
		name = f[len("roleName eq '") : len(f)-1]
	}
	st := s.id()
	st.mu.Lock()
	defer st.mu.Unlock()
	items := []map[string]any{}
	for i := range st.roles {
		if name == "" || strings.EqualFold(st.roles[i].Name, name) {
			items = append(items, roleDefinitionItem(scope, &st.roles[i]))
		}
	}
	writeRawJSON(w, http.StatusOK, map[string]any{"value": items})
}
