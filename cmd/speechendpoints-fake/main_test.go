package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// The tests build the provider and this command, as a user installs them,
// and drive the real Terraform CLI on PATH: the example module's terraform
// test and its plain-CI recipe, against the fake started as the recipe
// starts it.

const module = "../../examples/modules/speech-app"

var (
	buildOnce sync.Once
	binDir    string
	buildErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		_ = os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// build returns a folder with the provider and speechendpoints-fake, and a
// CLI configuration whose dev_overrides points at it.
func build(t *testing.T) (dir, cliConfig string) {
	t.Helper()
	if _, err := exec.LookPath("terraform"); err != nil {
		t.Skip("no terraform on PATH")
	}
	buildOnce.Do(func() {
		if binDir, buildErr = os.MkdirTemp("", "speechendpoints-fake-test"); buildErr != nil { //nolint:usetesting // TestMain removes it
			return
		}
		for pkg, out := range map[string]string{".": "terraform-provider-speechendpoints", "./cmd/speechendpoints-fake": "speechendpoints-fake"} {
			cmd := exec.CommandContext(context.Background(), "go", "build", "-o", filepath.Join(binDir, out), pkg)
			cmd.Dir = "../.."
			if b, err := cmd.CombinedOutput(); err != nil {
				buildErr = fmt.Errorf("go build %s: %w\n%s", pkg, err, b)
				return
			}
		}
		buildErr = os.WriteFile(filepath.Join(binDir, "cli.tfrc"), []byte(fmt.Sprintf(`provider_installation {
  dev_overrides {
    "speechendpoints/speechendpoints" = %q
  }
  direct {}
}
`, binDir)), 0o600)
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binDir, filepath.Join(binDir, "cli.tfrc")
}

// copyModule copies the example module to a fresh folder, as a user's
// repository holds it.
func copyModule(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(module, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(module, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o750)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		info, _ := d.Info()
		return os.WriteFile(filepath.Join(dst, rel), b, info.Mode().Perm())
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// startFake runs speechendpoints-fake with a world and returns the
// environment its -print-env lines give, and its request log.
func startFake(t *testing.T, bin, world string) (env []string, logPath string) {
	t.Helper()
	dir := t.TempDir()
	logPath = filepath.Join(dir, "requests.log")
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, filepath.Join(bin, "speechendpoints-fake"), "-world", world,
		"-ca-out", filepath.Join(dir, "ca.pem"), "-proxy-out", filepath.Join(dir, "proxy.url"), "-log", logPath, "-print-env", "-max-lifetime", "10m")
	cmd.Env = append(os.Environ(), "NO_PROXY=localhost,.microsoft.com", "HTTPS_PROXY=", "https_proxy=")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cancel(); _ = cmd.Wait() })
	lines := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "export ") {
				lines <- sc.Text()
			}
		}
	}()
	var line string
	select {
	case line = <-lines:
	case <-time.After(30 * time.Second):
		t.Fatal("speechendpoints-fake printed no environment")
	}
	for _, kv := range strings.Fields(strings.TrimPrefix(line, "export ")) {
		k, v, _ := strings.Cut(kv, "=")
		env = append(env, k+"="+strings.Trim(v, "'"))
	}
	return env, logPath
}

// The fake's environment keeps the machine's trust store and NO_PROXY
// entries, without those that would send Azure's hosts around it.
func TestPrintEnvKeepsTheSystemsTrust(t *testing.T) {
	t.Parallel()
	bin, _ := build(t)
	env, _ := startFake(t, bin, filepath.Join(module, "tests/world.json"))
	got := map[string]string{}
	for _, kv := range env {
		k, v, _ := strings.Cut(kv, "=")
		got[k] = v
	}
	if got["NO_PROXY"] != "localhost" || got["no_proxy"] != "localhost" {
		t.Errorf("NO_PROXY = %q, want localhost (.microsoft.com dropped)", got["NO_PROXY"])
	}
	if !strings.HasPrefix(got["HTTPS_PROXY"], "http://127.0.0.1:") {
		t.Errorf("HTTPS_PROXY = %q", got["HTTPS_PROXY"])
	}
	bundle, err := os.ReadFile(got["SSL_CERT_FILE"])
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(bundle), "BEGIN CERTIFICATE"); n < 2 {
		t.Errorf("the trust bundle holds %d certificates: not the system's roots and the fake's CA", n)
	}
}

// terraform test of the example module passes against the fake: a good
// key passes, a bad key fails, a missing voice is named. The request log
// shows each request, by key fingerprint.
func TestExampleModuleTerraformTest(t *testing.T) {
	t.Parallel()
	bin, rc := build(t)
	dir := copyModule(t)
	env, logPath := startFake(t, bin, filepath.Join(dir, "tests/world.json"))
	cmd := exec.CommandContext(t.Context(), "terraform", "test", "-no-color")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), append(env, "TF_CLI_CONFIG_FILE="+rc, "CHECKPOINT_DISABLE=1", "TF_IN_AUTOMATION=1")...)
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "Success! 3 passed, 0 failed.") {
		t.Fatalf("terraform test: %v\n%s", err, out)
	}
	for _, run := range []string{"good_key_passes", "bad_key_fails", "missing_voice_is_named"} {
		if !strings.Contains(string(out), fmt.Sprintf("run %q... pass", run)) {
			t.Errorf("run %s did not pass:\n%s", run, out)
		}
	}
	log, err := os.ReadFile(logPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"POST westus.api.cognitive.microsoft.com/sts/v1.0/issueToken 200 key=4914e233 (the module's Speech resource)",
		"POST westus.api.cognitive.microsoft.com/sts/v1.0/issueToken 401 key=a1bf4dc2 (no resource has it)",
	} {
		if !strings.Contains(string(log), want) {
			t.Errorf("the request log has no %q:\n%s", want, log)
		}
	}
	if strings.Contains(string(log), "5d41402abc4b2a76b9719d911017c592") {
		t.Error("the request log holds the key")
	}
}

// The plain-CI recipe, as its README gives it, passes: plain plans of a
// good key, a bad key and a missing voice, then terraform test.
func TestExampleModulePlainCIRecipe(t *testing.T) {
	t.Parallel()
	bin, rc := build(t)
	dir := copyModule(t)
	cmd := exec.CommandContext(t.Context(), "./test-offline.sh")
	cmd.Dir = dir
	// dev_overrides serves the provider: no init (it would ask the registry).
	cmd.Env = append(os.Environ(), "FAKE="+filepath.Join(bin, "speechendpoints-fake"), "TF_CLI_CONFIG_FILE="+rc, "INIT=no",
		"HTTPS_PROXY=", "https_proxy=")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("test-offline.sh: %v\n%s", err, out)
	}
	for _, want := range []string{"ok   a good key passes", "ok   a bad key fails the plan", "ok   a missing voice is named", "Success! 3 passed, 0 failed."} {
		if !strings.Contains(string(out), want) {
			t.Errorf("test-offline.sh did not print %q:\n%s", want, out)
		}
	}
}
