package rbac

import (
	"slices"
	"testing"
)

const (
	sub      = "00000000-1111-2222-3333-444444444444"
	rg       = "/subscriptions/" + sub + "/resourceGroups/rg-speech"
	resource = rg + "/providers/Microsoft.CognitiveServices/accounts/contoso"
	app      = "aaaaaaaa-0000-0000-0000-000000000001"
	group    = "bbbbbbbb-0000-0000-0000-000000000002"
)

// Role definitions as ARM returns them. Cognitive Services User and
// Cognitive Services Contributor are the built-in roles page's (see the
// package comment); Owner's and Contributor's data actions are empty; the
// Speech roles' data actions are narrower paths under SpeechServices
// (test fixtures, not a copy of Azure's definitions).
var (
	defCogUser = RoleDefinition{ID: "/providers/Microsoft.Authorization/roleDefinitions/" + CognitiveUser.ID,
		Name: CognitiveUser.Name, Permissions: []Permission{{Actions: []string{"Microsoft.CognitiveServices/*/read"},
			DataActions: []string{"Microsoft.CognitiveServices/*"}}}}
	defSpeechUser = RoleDefinition{ID: "/subscriptions/" + sub + "/providers/Microsoft.Authorization/roleDefinitions/" + SpeechUser.ID,
		Name: SpeechUser.Name, Permissions: []Permission{{Actions: []string{"Microsoft.CognitiveServices/*/read"},
			DataActions: []string{"Microsoft.CognitiveServices/accounts/SpeechServices/*/read",
				"Microsoft.CognitiveServices/accounts/SpeechServices/*/frontend/action"}}}}
	defSpeechContributor = RoleDefinition{ID: SpeechContributor.DefinitionID(), Name: SpeechContributor.Name,
		Permissions: []Permission{{DataActions: []string{"Microsoft.CognitiveServices/accounts/SpeechServices/*"}}}}
	defCogContributor = RoleDefinition{ID: "/providers/Microsoft.Authorization/roleDefinitions/25fbc0a9-bd7c-42a3-aa1a-3b75d497ee68",
		Name: "Cognitive Services Contributor", Permissions: []Permission{{Actions: []string{"Microsoft.CognitiveServices/*"}}}}
	defContributor = RoleDefinition{ID: "/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c",
		Name: "Contributor", Permissions: []Permission{{Actions: []string{"*"}}}}
	defOwner = RoleDefinition{ID: "/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635",
		Name: "Owner", Permissions: []Permission{{Actions: []string{"*"}}}}
	defAllButSpeech = RoleDefinition{ID: "custom-no-speech", Name: "All data but Speech",
		Permissions: []Permission{{DataActions: []string{"Microsoft.CognitiveServices/*"},
			NotDataActions: []string{"microsoft.cognitiveservices/ACCOUNTS/SpeechServices/*"}}}}
	defAllButSpeechRead = RoleDefinition{ID: "custom-no-read", Name: "All but reads",
		Permissions: []Permission{{DataActions: []string{"Microsoft.CognitiveServices/*"},
			NotDataActions: []string{"Microsoft.CognitiveServices/accounts/SpeechServices/*/read"}}}}
	defOpenAI = RoleDefinition{ID: "custom-openai", Name: "OpenAI only",
		Permissions: []Permission{{DataActions: []string{"Microsoft.CognitiveServices/accounts/OpenAI/*"}}}}
	allDefs = []RoleDefinition{defCogUser, defSpeechUser, defSpeechContributor, defCogContributor, defContributor, defOwner,
		defAllButSpeech, defAllButSpeechRead, defOpenAI}
)

func assign(role RoleDefinition, scope string) Assignment {
	return Assignment{ID: scope + "/providers/Microsoft.Authorization/roleAssignments/x", PrincipalID: app,
		PrincipalType: "ServicePrincipal", RoleDefinitionID: role.ID, Scope: scope}
}

func TestEvaluate(t *testing.T) {
	withCondition := assign(defSpeechUser, resource)
	withCondition.Condition = "@Resource[Microsoft.CognitiveServices/accounts:name] StringEquals 'other'"
	viaGroup := assign(defCogUser, rg)
	viaGroup.PrincipalID, viaGroup.PrincipalType = group, "Group"
	// ARM spells built-in role IDs under the subscription; the GUID decides.
	subSpelled := assign(defSpeechUser, rg)
	subSpelled.RoleDefinitionID = "/subscriptions/" + sub + "/providers/Microsoft.Authorization/roleDefinitions/F2DC8367-1007-4938-BD23-FE263F013447"
	tests := []struct {
		name        string
		assignments []Assignment
		denies      []DenyAssignment
		want        Verdict
		grantBy     string
		level       Level
		held        []string
		group       bool
	}{
		{name: "Speech User at the resource group", assignments: []Assignment{assign(defSpeechUser, rg)},
			want: Granted, grantBy: SpeechUser.Name, level: LevelResourceGroup},
		{name: "Speech User at the resource, lower-case scope", assignments: []Assignment{assign(defSpeechUser,
			"/subscriptions/"+sub+"/resourcegroups/RG-SPEECH/providers/microsoft.cognitiveservices/accounts/CONTOSO")},
			want: Granted, grantBy: SpeechUser.Name, level: LevelResource},
		{name: "Speech Contributor at the subscription", assignments: []Assignment{assign(defSpeechContributor, "/subscriptions/"+sub)},
			want: Granted, grantBy: SpeechContributor.Name, level: LevelSubscription},
		{name: "Cognitive Services User at a management group", assignments: []Assignment{
			assign(defCogUser, "/providers/Microsoft.Management/managementGroups/corp")},
			want: Granted, grantBy: CognitiveUser.Name, level: LevelManagementGroup},
		{name: "Cognitive Services User at the root", assignments: []Assignment{assign(defCogUser, "/")},
			want: Granted, grantBy: CognitiveUser.Name, level: LevelRoot},
		{name: "through a group", assignments: []Assignment{viaGroup}, want: Granted, grantBy: CognitiveUser.Name,
			level: LevelResourceGroup, group: true},
		{name: "role ID spelled under the subscription, upper case", assignments: []Assignment{subSpelled},
			want: Granted, grantBy: SpeechUser.Name, level: LevelResourceGroup},
		{name: "Contributor only", assignments: []Assignment{assign(defContributor, rg)}, want: NotGranted,
			held: []string{"Contributor"}},
		{name: "Owner and Cognitive Services Contributor", assignments: []Assignment{assign(defOwner, "/subscriptions/"+sub),
			assign(defCogContributor, resource)}, want: NotGranted, held: []string{"Owner", "Cognitive Services Contributor"}},
		{name: "no assignment", want: NotGranted},
		{name: "Speech User on another resource", assignments: []Assignment{assign(defSpeechUser, rg+
			"/providers/Microsoft.CognitiveServices/accounts/contoso2")}, want: NotGranted},
		{name: "Speech User on another resource group with a shared prefix", assignments: []Assignment{
			assign(defSpeechUser, rg+"-2")}, want: NotGranted},
		{name: "Speech User in another subscription", assignments: []Assignment{
			assign(defSpeechUser, "/subscriptions/99999999-1111-2222-3333-444444444444")}, want: NotGranted},
		{name: "Speech User below the resource", assignments: []Assignment{assign(defSpeechUser, resource+"/deployments/x")},
			want: NotGranted},
		{name: "notDataActions remove all of Speech", assignments: []Assignment{assign(defAllButSpeech, rg)}, want: NotGranted,
			held: []string{"All data but Speech"}},
		{name: "notDataActions remove only reads", assignments: []Assignment{assign(defAllButSpeechRead, rg)}, want: Granted,
			grantBy: "All but reads", level: LevelResourceGroup},
		{name: "another service's data actions", assignments: []Assignment{assign(defOpenAI, rg)}, want: NotGranted,
			held: []string{"OpenAI only"}},
		{name: "a condition", assignments: []Assignment{withCondition}, want: Undecidable},
		{name: "a condition and an unconditional grant", assignments: []Assignment{withCondition, assign(defCogUser, rg)},
			want: Granted, grantBy: CognitiveUser.Name, level: LevelResourceGroup},
		{name: "an unknown role definition", assignments: []Assignment{{PrincipalID: app, RoleDefinitionID: "/x/unknown",
			Scope: rg}}, want: Undecidable},
		{name: "a deny assignment over Speech", assignments: []Assignment{assign(defSpeechUser, rg)},
			denies: []DenyAssignment{{ID: "d", Scope: "/subscriptions/" + sub, DataActions: []string{"*"}}}, want: Undecidable},
		{name: "a deny assignment elsewhere", assignments: []Assignment{assign(defSpeechUser, rg)},
			denies: []DenyAssignment{{ID: "d", Scope: rg + "-2", DataActions: []string{"*"}}}, want: Granted,
			grantBy: SpeechUser.Name, level: LevelResourceGroup},
		{name: "a deny assignment of other data", assignments: []Assignment{assign(defSpeechUser, rg)},
			denies: []DenyAssignment{{ID: "d", Scope: rg, DataActions: []string{"Microsoft.Storage/*"}}}, want: Granted,
			grantBy: SpeechUser.Name, level: LevelResourceGroup},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Evaluate(Input{PrincipalID: app, ResourceID: resource, Assignments: tt.assignments,
				Definitions: allDefs, Denies: tt.denies})
			if got.Verdict != tt.want {
				t.Fatalf("verdict %s, want %s (%+v)", got.Verdict, tt.want, got)
			}
			if tt.grantBy != "" {
				if len(got.Grants) == 0 || got.Grants[0].Role.Name != tt.grantBy || got.Grants[0].Level != tt.level ||
					got.Grants[0].ThroughGroup != tt.group {
					t.Errorf("grants %+v, want %s at %s (group %v)", got.Grants, tt.grantBy, tt.level, tt.group)
				}
			}
			var held []string
			for _, h := range got.Held {
				held = append(held, h.Role.Name)
			}
			if !slices.Equal(held, tt.held) {
				t.Errorf("held %v, want %v", held, tt.held)
			}
			if (tt.want == NotGranted) != slices.Equal(got.Suggest, GrantingRoles) {
				t.Errorf("suggest %v with verdict %s", got.Suggest, got.Verdict)
			}
		})
	}
}

func TestEvaluateEvidence(t *testing.T) {
	c := assign(defSpeechUser, resource)
	c.Condition = "x"
	got := Evaluate(Input{PrincipalID: app, ResourceID: resource, Assignments: []Assignment{c}, Definitions: allDefs})
	if len(got.Conditional) != 1 || got.Conditional[0].Role.Name != SpeechUser.Name {
		t.Errorf("conditional %+v", got.Conditional)
	}
	got = Evaluate(Input{PrincipalID: app, ResourceID: resource, Assignments: []Assignment{{RoleDefinitionID: "/r/zzz", Scope: rg}}})
	if !slices.Equal(got.UnknownRoles, []string{"/r/zzz"}) {
		t.Errorf("unknown roles %v", got.UnknownRoles)
	}
	// Another data action can be asked for.
	got = Evaluate(Input{PrincipalID: app, ResourceID: resource, DataAction: "Microsoft.CognitiveServices/accounts/OpenAI/x",
		Assignments: []Assignment{assign(defSpeechUser, rg)}, Definitions: allDefs})
	if got.Verdict != NotGranted {
		t.Errorf("Speech User grants OpenAI: %s", got.Verdict)
	}
}

func TestWildcards(t *testing.T) {
	for _, tt := range []struct {
		a, b               string
		overlaps, contains bool
	}{
		{"Microsoft.CognitiveServices/*", SpeechDataAction, true, true},
		{"*", SpeechDataAction, true, true},
		{"microsoft.cognitiveservices/ACCOUNTS/speechservices/*", SpeechDataAction, true, true},
		{"Microsoft.CognitiveServices/accounts/SpeechServices/*/read", SpeechDataAction, true, false},
		{"Microsoft.CognitiveServices/accounts/OpenAI/*", SpeechDataAction, false, false},
		{"Microsoft.CognitiveServices/accounts/SpeechServices/speechrest/synthesis/action",
			"Microsoft.CognitiveServices/accounts/SpeechServices/*/synthesis/action", true, false},
		{"Microsoft.Storage/*", SpeechDataAction, false, false},
		{"Microsoft.CognitiveServices/accounts/*/frontend/action", "Microsoft.CognitiveServices/accounts/SpeechServices/x/frontend/action",
			true, true},
		{"", SpeechDataAction, false, false},
	} {
		if got := Overlaps(tt.a, tt.b); got != tt.overlaps {
			t.Errorf("Overlaps(%q, %q) = %v", tt.a, tt.b, got)
		}
		if got := Overlaps(tt.b, tt.a); got != tt.overlaps {
			t.Errorf("Overlaps(%q, %q) = %v (not symmetric)", tt.b, tt.a, got)
		}
		if got := Contains(tt.a, tt.b); got != tt.contains {
			t.Errorf("Contains(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}

func TestLevelOf(t *testing.T) {
	for scope, want := range map[string]Level{
		"/": LevelRoot, "/providers/Microsoft.Management/managementGroups/mg": LevelManagementGroup,
		"/subscriptions/" + sub: LevelSubscription, "/SUBSCRIPTIONS/" + sub + "/": LevelSubscription,
		rg: LevelResourceGroup, resource: LevelResource, resource + "/x/y": LevelNone, rg + "x": LevelNone,
		"/subscriptions/" + sub + "/providers/Microsoft.Authorization/x": LevelNone,
	} {
		if got := LevelOf(scope, resource); got != want {
			t.Errorf("LevelOf(%q) = %s, want %s", scope, got, want)
		}
	}
	if LevelResourceGroup.String() != "resource group" || Granted.String() != "granted" {
		t.Error("names")
	}
}
