package fakespeech

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A world-file error never shows a key put in the wrong field: every user
// value in an error goes through secret.Quote.
func TestWorldErrorsNeverShowAKey(t *testing.T) {
	t.Parallel()
	const key = "0123456789abcdef0123456789abcdef"
	res := func(field string, v any) map[string]any {
		r := map[string]any{"key": "k1", "region": "westus"}
		r[field] = v
		return r
	}
	for name, world := range map[string]map[string]any{
		"resource cloud":         {"resources": []any{res("cloud", key)}},
		"resource kind":          {"resources": []any{res("kind", key)}},
		"resource fault":         {"resources": []any{res("fault", key)}},
		"resource fault_on":      {"resources": []any{res("fault_on", key)}},
		"resource region":        {"resources": []any{res("region", key)}},
		"resource region + \\n":  {"resources": []any{res("region", key+"\n")}},
		"resource region quoted": {"resources": []any{res("region", "\""+key+"\"\t")}},
		"regions cloud":          {"regions": []any{map[string]any{"cloud": key, "region": "westus"}}},
		"regions region":         {"regions": []any{map[string]any{"cloud": "public", "region": key}}},
		"latency":                {"latency": key},
		"host delay":             {"hosts": map[string]any{"westus.api.cognitive.microsoft.com": map[string]any{"delay": key}}},
	} {
		b, err := json.Marshal(world)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(t.TempDir(), "world.json")
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		_, err = LoadWorld(p)
		if err == nil {
			t.Errorf("%s: accepted", name)
			continue
		}
		if strings.Contains(err.Error(), key[:12]) {
			t.Errorf("%s: the error shows the key: %v", name, err)
		}
	}
}
