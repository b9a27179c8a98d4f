package fakespeech

import "testing"

// TestActionPatterns: Azure action patterns as the fake matches them.
func TestActionPatterns(t *testing.T) {
	cases := []struct {
		pattern, action string
		want            bool
	}{
		{"*", "Microsoft.Authorization/roleAssignments/read", true},
		{"*/read", "Microsoft.Authorization/roleAssignments/read", true},
		{"*/read", "Microsoft.Authorization/roleAssignments/write", false},
		{"Microsoft.Authorization/*/read", "microsoft.authorization/roleassignments/read", true},
		{"Microsoft.CognitiveServices/*", "Microsoft.CognitiveServices/accounts/SpeechServices/frontend/action", true},
		{"Microsoft.CognitiveServices/accounts/SpeechServices/*/frontend/action",
			"Microsoft.CognitiveServices/accounts/SpeechServices/speechrest/frontend/action", true},
		{"Microsoft.CognitiveServices/accounts/SpeechServices/*/read", "Microsoft.CognitiveServices/accounts/CustomVoice/x/read", false},
		{"Microsoft.CognitiveServices/*", "Microsoft.CognitiveServicesX/accounts", false},
	}
	for _, tc := range cases {
		if got := matchesAny([]string{tc.pattern}, tc.action); got != tc.want {
			t.Errorf("%s ~ %s = %v, want %v", tc.pattern, tc.action, got, tc.want)
		}
	}
}

// TestScopeAncestry: a scope's ancestors run up through its resource
// group, subscription and management groups to "/".
func TestScopeAncestry(t *testing.T) {
	s := &Service{}
	s.AddTenant(Tenant{ID: "t1", Cloud: "public", Subscriptions: []string{"s1", "s2"},
		ManagementGroups: []ManagementGroup{{Name: "mg-a", Subscriptions: []string{"s1"}}, {Name: "mg-b", Parent: "mg-a"}}})
	st := s.id()
	got := st.ancestors("/subscriptions/S1/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/x")
	want := []string{"/subscriptions/s1/resourcegroups/rg/providers/microsoft.cognitiveservices/accounts/x",
		"/subscriptions/s1/resourcegroups/rg", "/subscriptions/s1",
		"/providers/microsoft.management/managementgroups/mg-a", "/providers/microsoft.management/managementgroups/t1", "/"}
	if len(got) != len(want) {
		t.Fatalf("ancestors = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("ancestors = %q, want %q", got, want)
		}
	}
	if !st.within("/subscriptions/s2", "/providers/Microsoft.Management/managementGroups/t1") ||
		st.within("/subscriptions/s2", "/providers/Microsoft.Management/managementGroups/mg-a") {
		t.Error("s2 is under the root group only")
	}
	if !st.within("/providers/Microsoft.Management/managementGroups/mg-b", "/providers/Microsoft.Management/managementGroups/mg-a") {
		t.Error("mg-b is under mg-a")
	}
}
