// Package rbac decides, from Azure role assignments and role definitions,
// whether a principal may call the Speech data plane of a resource, and
// reads those assignments and definitions from Azure Resource Manager.
//
// The decision is a fact with its evidence: granted (by which role at which
// scope), not granted (and which built-in roles would grant it), or
// undecidable (a condition, a deny assignment, a role definition that
// could not be read). Words are the caller's.
//
// Sources: the Speech role-based access control page (speech.SourceSpeechRBAC:
// which built-in roles give access to speech transcription and synthesis:
// Cognitive Services User, Speech Contributor, Speech User, Data Reader;
// Owner, Contributor and Cognitive Services Contributor give none); the
// built-in roles page (MicrosoftDocs/azure-docs at commit
// 0ff2e41d1038f96282c6243d2fc181667ed5ef09,
// articles/role-based-access-control/built-in-roles/ai-machine-learning.md,
// ms.date 2024-04-25: Cognitive Services User a97b65f3-24c7-4388-baec-2e87135dc908 has the
// data action Microsoft.CognitiveServices/*, Cognitive Services Contributor
// 25fbc0a9-bd7c-42a3-aa1a-3b75d497ee68 none); Azure RBAC's rules that
// actions are matched case-insensitively with * as a wildcard, that
// notDataActions are subtracted from dataActions, and that an assignment
// applies to its scope and every scope below it
// (https://learn.microsoft.com/azure/role-based-access-control/role-definitions, read 2026-12).
package rbac

import (
	"strings"
)

// SpeechDataAction is the data plane the check asks for: any data action
// under SpeechServices. A role grants it when one of its data actions
// reaches an action under it and no notDataAction removes all of it, so
// that the Speech roles (whose data actions are narrower paths under
// SpeechServices) and Cognitive Services User (Microsoft.CognitiveServices/*)
// grant it, and roles without data actions (Owner, Contributor, Cognitive
// Services Contributor) do not, as speech.SourceSpeechRBAC's table says.
const SpeechDataAction = "Microsoft.CognitiveServices/accounts/SpeechServices/*"

// BuiltinRole is a built-in role that grants Speech data access.
type BuiltinRole struct{ ID, Name string }

// DefinitionID is the role definition's ID as a tenant-level path.
func (b BuiltinRole) DefinitionID() string {
	return "/providers/Microsoft.Authorization/roleDefinitions/" + b.ID
}

// The built-in roles that grant Speech data access, the narrowest first:
// the one to suggest first is Speech User (speech.SourceSpeechRBAC
// recommends the roles with Speech in their names).
var (
	SpeechUser        = BuiltinRole{"f2dc8367-1007-4938-bd23-fe263f013447", "Cognitive Services Speech User"}
	SpeechContributor = BuiltinRole{"0e75ca1e-0464-4b4d-8b93-68208a576181", "Cognitive Services Speech Contributor"}
	CognitiveUser     = BuiltinRole{"a97b65f3-24c7-4388-baec-2e87135dc908", "Cognitive Services User"}
	GrantingRoles     = []BuiltinRole{SpeechUser, SpeechContributor, CognitiveUser}
)

// Permission is one permission block of a role definition.
type Permission struct {
	Actions, NotActions, DataActions, NotDataActions []string
}

// RoleDefinition is a role definition as ARM returns it.
type RoleDefinition struct {
	ID, Name    string
	Permissions []Permission
}

// Assignment is a role assignment as ARM returns it.
type Assignment struct {
	ID               string
	PrincipalID      string
	PrincipalType    string // User, Group, ServicePrincipal, ...
	RoleDefinitionID string
	Scope            string
	Condition        string
}

// DenyAssignment is a deny assignment ARM reports at or above the resource.
type DenyAssignment struct {
	ID, Name, Scope string
	DataActions     []string
	NotDataActions  []string
}

// Level is where an assignment's scope sits relative to the resource.
type Level int

// The levels, from the resource up.
const (
	LevelNone Level = iota // the scope does not contain the resource
	LevelResource
	LevelResourceGroup
	LevelSubscription
	LevelManagementGroup
	LevelRoot
)

func (l Level) String() string {
	return [...]string{"none", "resource", "resource group", "subscription", "management group", "root"}[l]
}

// LevelOf is where scope sits relative to the resource resourceID: the
// resource itself, an ancestor, or none (another resource, a child of the
// resource, another subscription). Comparisons are case-insensitive, as
// ARM's. A management group scope is taken to contain the resource: ARM
// lists it for the resource only when the subscription is below it.
func LevelOf(scope, resourceID string) Level {
	s := strings.ToLower(strings.TrimRight(strings.TrimSpace(scope), "/"))
	r := strings.ToLower(strings.TrimRight(strings.TrimSpace(resourceID), "/"))
	switch {
	case s == "":
		return LevelRoot
	case strings.HasPrefix(s, "/providers/microsoft.management/managementgroups/"):
		return LevelManagementGroup
	case s == r:
		return LevelResource
	case !strings.HasPrefix(r, s+"/"):
		return LevelNone
	}
	switch strings.Count(s, "/") {
	case 2: // /subscriptions/{id}
		return LevelSubscription
	case 4: // /subscriptions/{id}/resourcegroups/{name}
		return LevelResourceGroup
	}
	return LevelNone
}

// Verdict is the decision.
type Verdict int

// The verdicts.
const (
	Undecidable Verdict = iota
	Granted
	NotGranted
)

func (v Verdict) String() string { return [...]string{"undecidable", "granted", "not granted"}[v] }

// Evidence is one assignment that reaches the resource, with its role.
type Evidence struct {
	Assignment Assignment
	Role       RoleDefinition
	Level      Level
	// ThroughGroup is true when the assignment is to another principal
	// than the one asked about (a group it belongs to: ARM's assignedTo
	// filter lists those).
	ThroughGroup bool
}

// Result is the decision and its evidence.
type Result struct {
	Verdict Verdict
	// Grants are the assignments that grant the data action without a
	// condition (Granted).
	Grants []Evidence
	// Conditional are the assignments that would grant it under a
	// condition (ABAC) this check cannot evaluate.
	Conditional []Evidence
	// Denies are the deny assignments that may remove it.
	Denies []DenyAssignment
	// UnknownRoles are role definition IDs of reaching assignments whose
	// definition was not given.
	UnknownRoles []string
	// Held are the reaching assignments whose role grants no Speech data
	// access (Contributor, Owner, Cognitive Services Contributor...).
	Held []Evidence
	// Suggest are the built-in roles that would grant it (NotGranted).
	Suggest []BuiltinRole
}

// Input is what the decision reads.
type Input struct {
	PrincipalID string
	ResourceID  string
	// DataAction is the data action asked for; "" is SpeechDataAction.
	DataAction  string
	Assignments []Assignment
	// Definitions are the role definitions by ID; a definition is found
	// by its full ID or by its last segment (the GUID), case-insensitively.
	Definitions []RoleDefinition
	Denies      []DenyAssignment
}

// Evaluate decides whether the principal may perform the data action on
// the resource. Granted needs one assignment that reaches the resource,
// whose role grants the action, without a condition, and no deny
// assignment that may remove it.
func Evaluate(in Input) Result {
	action := in.DataAction
	if action == "" {
		action = SpeechDataAction
	}
	defs := map[string]RoleDefinition{}
	for _, d := range in.Definitions {
		defs[strings.ToLower(d.ID)] = d
		defs[lastSegment(d.ID)] = d
	}
	var res Result
	for _, a := range in.Assignments {
		level := LevelOf(a.Scope, in.ResourceID)
		if level == LevelNone {
			continue
		}
		def, ok := defs[strings.ToLower(a.RoleDefinitionID)]
		if !ok {
			def, ok = defs[lastSegment(a.RoleDefinitionID)]
		}
		if !ok {
			res.UnknownRoles = append(res.UnknownRoles, a.RoleDefinitionID)
			continue
		}
		ev := Evidence{Assignment: a, Role: def, Level: level,
			ThroughGroup: !strings.EqualFold(a.PrincipalID, in.PrincipalID)}
		switch {
		case !RoleGrants(def, action):
			res.Held = append(res.Held, ev)
		case strings.TrimSpace(a.Condition) != "":
			res.Conditional = append(res.Conditional, ev)
		default:
			res.Grants = append(res.Grants, ev)
		}
	}
	for _, d := range in.Denies {
		if LevelOf(d.Scope, in.ResourceID) != LevelNone && grants(d.DataActions, d.NotDataActions, action) {
			res.Denies = append(res.Denies, d)
		}
	}
	switch {
	case len(res.Grants) > 0 && len(res.Denies) == 0:
		res.Verdict = Granted
	case len(res.Grants) > 0 || len(res.Conditional) > 0 || len(res.UnknownRoles) > 0:
		res.Verdict = Undecidable
	default:
		res.Verdict = NotGranted
		res.Suggest = GrantingRoles
	}
	return res
}

// RoleGrants reports whether a role definition grants the data action:
// one permission block has a data action that reaches it and no
// notDataAction of that block removes all of it.
func RoleGrants(def RoleDefinition, action string) bool {
	for _, p := range def.Permissions {
		if grants(p.DataActions, p.NotDataActions, action) {
			return true
		}
	}
	return false
}

func grants(allowed, denied []string, action string) bool {
	for _, n := range denied {
		if Contains(n, action) {
			return false
		}
	}
	for _, a := range allowed {
		if Overlaps(a, action) {
			return true
		}
	}
	return false
}

// Contains reports whether every action the pattern sub matches is also
// matched by the pattern super (a '*' of sub is read as the text "*",
// which only a '*' of super matches: sound, never claims too much).
func Contains(super, sub string) bool {
	return match(strings.ToLower(super), strings.ToLower(sub), false)
}

// Overlaps reports whether some action matches both patterns.
func Overlaps(a, b string) bool {
	return match(strings.ToLower(a), strings.ToLower(b), true)
}

// match matches two patterns in which '*' stands for any text (ARM's
// wildcard, which spans '/'). With both true, a '*' in either side may
// stand for any text (intersection); otherwise only p's.
func match(p, q string, both bool) bool {
	type key struct{ i, j int }
	memo := map[key]bool{}
	var rec func(i, j int) bool
	rec = func(i, j int) bool {
		k := key{i, j}
		if v, ok := memo[k]; ok {
			return v
		}
		var r bool
		switch {
		case i == len(p) && j == len(q):
			r = true
		case i < len(p) && p[i] == '*':
			r = rec(i+1, j) || (j < len(q) && rec(i, j+1))
		case both && j < len(q) && q[j] == '*':
			r = rec(i, j+1) || (i < len(p) && rec(i+1, j))
		case i < len(p) && j < len(q) && p[i] == q[j]:
			r = rec(i+1, j+1)
		}
		memo[k] = r
		return r
	}
	return rec(0, 0)
}

func lastSegment(id string) string {
	id = strings.TrimRight(id, "/")
	return strings.ToLower(id[strings.LastIndex(id, "/")+1:])
}
