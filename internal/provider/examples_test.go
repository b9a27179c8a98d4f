package provider

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
)

// exampleConfig joins an example directory's .tf files, leaving out
// versions.tf (its required_providers block names the registry address,
// which the test harness serves under its own).
func exampleConfig(t *testing.T, dir string) string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.tf"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no .tf files in %s: %v", dir, err)
	}
	var b strings.Builder
	for _, f := range files {
		if filepath.Base(f) == "versions.tf" || filepath.Base(f) == "provider.tf" {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(src)
		b.WriteString("\n")
	}
	return b.String()
}

// Every example plans and applies cleanly with the provider.
func TestAccExamples(t *testing.T) {
	t.Parallel()
	dirs, _ := filepath.Glob("../../examples/*")
	more, _ := filepath.Glob("../../examples/data-sources/*")
	dirs = append(dirs, more...)
	ran := 0
	for _, dir := range dirs {
		if files, _ := filepath.Glob(filepath.Join(dir, "*.tf")); len(files) == 0 || filepath.Base(dir) == "provider" {
			continue
		}
		ran++
		t.Run(filepath.Base(dir), func(t *testing.T) {
			t.Parallel()
			resource.UnitTest(t, resource.TestCase{
				ProtoV6ProviderFactories: testProviders,
				Steps:                    []resource.TestStep{{Config: exampleConfig(t, dir)}},
			})
		})
	}
	if ran < 7 {
		t.Fatalf("found %d examples, want at least 7", ran)
	}
}
