package rbac

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/cloud"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/resourcemanager/authorization/armauthorization/v2"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/azcred"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// The permissions the reader needs, named when ARM refuses them.
const (
	PermRoleAssignmentsRead = "Microsoft.Authorization/roleAssignments/read"
	PermRoleDefinitionsRead = "Microsoft.Authorization/roleDefinitions/read"
	PermDenyAssignmentsRead = "Microsoft.Authorization/denyAssignments/read"
)

// AssignedToFilter is the list filter that returns a principal's role
// assignments that apply at a scope, including those of the groups it is a
// member of, transitively. ARM accepts only a user's or a service
// principal's object ID in it, not a group's
// (MicrosoftDocs/azure-docs at commit 0088bfa77543e07f8a41771de8db977ddfc62e1d,
// articles/role-based-access-control/role-assignments-list-rest.md,
// ms.date 2025-03-30; on learn.microsoft.com:
// /azure/role-based-access-control/role-assignments-list-rest). Without
// atScope(), the list has the assignments at, above and below the scope;
// Evaluate keeps those that reach the resource.
func AssignedToFilter(principalID string) string { return "assignedTo('" + principalID + "')" }

// ReaderOptions say where Azure Resource Manager is and how to reach it.
type ReaderOptions struct {
	// Endpoint is ARM's base URL and Audience its token audience: the
	// resource's cloud's (speech.Cloud.Entra), or a fake's.
	Endpoint, Audience string
	// Transport sends the requests: the caller's HTTP client (the key
	// check's proxy and CA handling). nil: azcore's default.
	Transport policy.Transporter
	// Cache shares listings between readers; nil: the reader's own.
	Cache *Cache
	// MaxRetries is azcore's retry count; 0 keeps azcore's default.
	MaxRetries int32
}

// OptionsFor are the reader options of a cloud.
func OptionsFor(c *speech.Cloud, transport policy.Transporter, cache *Cache) ReaderOptions {
	e := c.Entra()
	return ReaderOptions{Endpoint: e.ManagementEndpoint, Audience: e.ManagementAudience,
		Transport: transport, Cache: cache}
}

// Reader reads the role assignments that reach a resource for a principal,
// their role definitions and the deny assignments above the resource.
type Reader struct {
	cred  azcore.TokenCredential
	opts  *arm.ClientOptions
	cache *Cache
}

// NewReader makes a reader that authenticates to ARM with cred (a token
// for the audience of ReaderOptions).
func NewReader(cred azcore.TokenCredential, o ReaderOptions) *Reader {
	cfg := cloud.Configuration{Services: map[cloud.ServiceName]cloud.ServiceConfiguration{
		cloud.ResourceManager: {Endpoint: o.Endpoint, Audience: o.Audience},
	}}
	co := &arm.ClientOptions{ClientOptions: azcore.ClientOptions{Cloud: cfg, Transport: o.Transport}}
	if o.MaxRetries != 0 {
		co.Retry = policy.RetryOptions{MaxRetries: o.MaxRetries}
	}
	if o.Cache == nil {
		o.Cache = NewCache()
	}
	return &Reader{cred: cred, opts: co, cache: o.Cache}
}

// Assessment is the decision with what could not be read.
type Assessment struct {
	Result
	// DeniesUnread is true when ARM refused the deny assignments
	// (PermDenyAssignmentsRead): Granted then holds unless one exists.
	DeniesUnread bool
}

// Op is the ARM operation a read error is about.
type Op string

// The operations.
const (
	OpListRoleAssignments Op = "list-role-assignments"
	OpGetRoleDefinition   Op = "get-role-definition"
	OpListDenyAssignments Op = "list-deny-assignments"
)

// ReadKind classifies a read error.
type ReadKind string

// The kinds.
const (
	// ReadForbidden: ARM refused (403 AuthorizationFailed): the plan's
	// identity lacks Permission.
	ReadForbidden ReadKind = "forbidden"
	// ReadUnauthenticated: ARM refused the token (401).
	ReadUnauthenticated ReadKind = "unauthenticated"
	// ReadNotFound: the subscription or resource is not there (404).
	ReadNotFound ReadKind = "not-found"
	// ReadCredential: no token could be had (the credential's error is
	// wrapped).
	ReadCredential ReadKind = "credential"
	// ReadFailed: anything else (network, proxy, outage).
	ReadFailed ReadKind = "failed"
)

// ReadError is a read that failed. Its text names the operation, the
// status and ARM's code, never a token.
type ReadError struct {
	Op         Op
	Kind       ReadKind
	Status     int
	Code       string // ARM's error code (AuthorizationFailed, ...)
	Permission string // the permission ARM wants (ReadForbidden)
	err        error
}

func (e *ReadError) Error() string {
	msg := fmt.Sprintf("rbac: %s: %s", e.Op, e.Kind)
	if e.Status != 0 {
		msg += fmt.Sprintf(" (HTTP %d %s)", e.Status, e.Code)
	}
	if e.Permission != "" {
		msg += ": needs " + e.Permission
	}
	return msg
}

// Unwrap is the underlying error (an *azcore.ResponseError, or the
// credential's).
func (e *ReadError) Unwrap() error { return e.err }

func classify(op Op, perm string, err error) *ReadError {
	re := &ReadError{Op: op, Kind: ReadFailed, err: err}
	var resp *azcore.ResponseError
	if errors.As(err, &resp) {
		re.Status, re.Code = resp.StatusCode, resp.ErrorCode
		switch resp.StatusCode {
		case http.StatusForbidden:
			re.Kind, re.Permission = ReadForbidden, perm
		case http.StatusUnauthorized:
			re.Kind = ReadUnauthenticated
		case http.StatusNotFound:
			re.Kind = ReadNotFound
		}
		return re
	}
	// A token the credential could not get surfaces from the bearer
	// token policy as the credential's own error.
	var noCred *azcred.NoCredentialError
	var authErr *azcred.AuthError
	if errors.As(err, &noCred) || errors.As(err, &authErr) {
		re.Kind = ReadCredential
	}
	return re
}

// Assess reads what reaches the resource for the principal and decides.
// One listing per principal and resource for the life of the cache, however
// many callers ask at once.
func (r *Reader) Assess(ctx context.Context, principalID string, id speech.AccountID) (Assessment, error) {
	key := strings.ToLower(principalID + " " + id.String())
	v, err := r.cache.do(ctx, key, func(ctx context.Context) (any, error) {
		return r.assess(ctx, principalID, id)
	})
	if err != nil {
		return Assessment{}, err
	}
	return v.(Assessment), nil //nolint:forcetypeassert // the cache holds what assess returned
}

func (r *Reader) assess(ctx context.Context, principalID string, id speech.AccountID) (Assessment, error) {
	scope := strings.TrimPrefix(id.String(), "/")
	ra, err := armauthorization.NewRoleAssignmentsClient(id.Subscription, r.cred, r.opts)
	if err != nil {
		return Assessment{}, &ReadError{Op: OpListRoleAssignments, Kind: ReadFailed, err: err}
	}
	filter := AssignedToFilter(principalID)
	var assignments []Assignment
	pager := ra.NewListForScopePager(scope, &armauthorization.RoleAssignmentsClientListForScopeOptions{Filter: &filter})
	for pager.More() {
		page, err := pager.NextPage(ctx)
		if err != nil {
			return Assessment{}, classify(OpListRoleAssignments, PermRoleAssignmentsRead, err)
		}
		for _, a := range page.Value {
			if a == nil || a.Properties == nil {
				continue
			}
			assignments = append(assignments, Assignment{ID: str(a.ID), PrincipalID: str(a.Properties.PrincipalID),
				PrincipalType: str((*string)(a.Properties.PrincipalType)), RoleDefinitionID: str(a.Properties.RoleDefinitionID),
				Scope: str(a.Properties.Scope), Condition: str(a.Properties.Condition)})
		}
	}
	in := Input{PrincipalID: principalID, ResourceID: id.String(), Assignments: assignments}
	seen := map[string]bool{}
	for _, a := range assignments {
		if LevelOf(a.Scope, id.String()) == LevelNone || seen[lastSegment(a.RoleDefinitionID)] {
			continue
		}
		seen[lastSegment(a.RoleDefinitionID)] = true
		def, err := r.definition(ctx, a.RoleDefinitionID)
		if err != nil {
			return Assessment{}, err
		}
		in.Definitions = append(in.Definitions, def)
	}
	out := Assessment{}
	v, err := r.cache.do(ctx, "denies "+strings.ToLower(id.String()), func(ctx context.Context) (any, error) {
		return r.denies(ctx, id, scope)
	})
	denies, _ := v.([]DenyAssignment)
	var re *ReadError
	switch {
	case errors.As(err, &re) && re.Kind == ReadForbidden:
		out.DeniesUnread = true
	case err != nil:
		return Assessment{}, err
	}
	in.Denies = denies
	out.Result = Evaluate(in)
	return out, nil
}

// definition reads a role definition, once per reader cache.
func (r *Reader) definition(ctx context.Context, roleID string) (RoleDefinition, error) {
	v, err := r.cache.do(ctx, "definition "+lastSegment(roleID), func(ctx context.Context) (any, error) {
		rd, err := armauthorization.NewRoleDefinitionsClient(r.cred, r.opts)
		if err != nil {
			return nil, &ReadError{Op: OpGetRoleDefinition, Kind: ReadFailed, err: err}
		}
		resp, err := rd.GetByID(ctx, strings.TrimPrefix(roleID, "/"), nil)
		if err != nil {
			return nil, classify(OpGetRoleDefinition, PermRoleDefinitionsRead, err)
		}
		def := RoleDefinition{ID: str(resp.ID)}
		if def.ID == "" {
			def.ID = roleID
		}
		if p := resp.Properties; p != nil {
			def.Name = str(p.RoleName)
			for _, perm := range p.Permissions {
				if perm != nil {
					def.Permissions = append(def.Permissions, Permission{
						Actions: strs(perm.Actions), NotActions: strs(perm.NotActions),
						DataActions: strs(perm.DataActions), NotDataActions: strs(perm.NotDataActions)})
				}
			}
		}
		return def, nil
	})
	if err != nil {
		return RoleDefinition{}, err
	}
	return v.(RoleDefinition), nil //nolint:forcetypeassert // the cache holds what the function returned
}

// denies reads the deny assignments at and above the resource.
func (r *Reader) denies(ctx context.Context, id speech.AccountID, scope string) ([]DenyAssignment, error) {
	dc, err := armauthorization.NewDenyAssignmentsClient(id.Subscription, r.cred, r.opts)
	if err != nil {
		return nil, &ReadError{Op: OpListDenyAssignments, Kind: ReadFailed, err: err}
	}
	filter := "atScope()"
	var out []DenyAssignment
	pager := dc.NewListForScopePager(scope, &armauthorization.DenyAssignmentsClientListForScopeOptions{Filter: &filter})
	for pager.More() {
		page, err := pager.NextPage(ctx)
		if err != nil {
			return nil, classify(OpListDenyAssignments, PermDenyAssignmentsRead, err)
		}
		for _, d := range page.Value {
			if d == nil || d.Properties == nil {
				continue
			}
			da := DenyAssignment{ID: str(d.ID), Name: str(d.Properties.DenyAssignmentName), Scope: str(d.Properties.Scope)}
			for _, p := range d.Properties.Permissions {
				if p != nil {
					da.DataActions = append(da.DataActions, strs(p.DataActions)...)
					da.NotDataActions = append(da.NotDataActions, strs(p.NotDataActions)...)
				}
			}
			out = append(out, da)
		}
	}
	return out, nil
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func strs(ps []*string) []string {
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		if p != nil {
			out = append(out, *p)
		}
	}
	return out
}

// ReadTimeout bounds one read (a listing with its pages and definitions).
const ReadTimeout = 2 * time.Minute

// Cache holds one answer per key (a principal and resource, a role
// definition) for the life of the cache (one plan); concurrent callers of
// a key wait for one read. Errors are kept too: a plan reads once.
type Cache struct {
	mu      sync.Mutex
	entries map[string]*cacheEntry
	reads   int
}

type cacheEntry struct {
	done chan struct{}
	v    any
	err  error
}

// NewCache makes an empty cache.
func NewCache() *Cache { return &Cache{entries: map[string]*cacheEntry{}} }

// Reads is how many reads the cache let through (listings and definitions).
func (c *Cache) Reads() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.reads
}

func (c *Cache) do(ctx context.Context, key string, f func(context.Context) (any, error)) (any, error) {
	c.mu.Lock()
	e, ok := c.entries[key]
	if !ok {
		e = &cacheEntry{done: make(chan struct{})}
		c.entries[key] = e
		c.reads++
		go func() {
			// One caller giving up does not cancel the read of the others.
			rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), ReadTimeout)
			defer cancel()
			e.v, e.err = f(rctx)
			close(e.done)
		}()
	}
	c.mu.Unlock()
	select {
	case <-e.done:
		return e.v, e.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
