package provider

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
)

// A plan interrupted (Ctrl-C) while the key check waits on a slow answer
// ends promptly and cleanly: the provider's call is cancelled, no crash.
func TestCancelDuringSlowCheck(t *testing.T) {
	t.Parallel()
	key := testKey(t.Name())
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: "westcentralus", Fault: fakespeech.FaultSlow})
	plugins := buildProvider(t)
	c := newCLI(t, plugins, `
terraform {
  required_providers {
    speechendpoints = { source = "speechendpoints/speechendpoints" }
  }
}
variable "ca" { type = string }
provider "speechendpoints" {
  ca_cert_pem     = var.ca
  request_timeout = "5m"
  max_retries     = 0
}
data "speechendpoints" "slow" {
  region    = "westcentralus"
  key_check {
    key = "`+key+`"
  }
}
`, "TF_VAR_ca="+string(fake.CAPEM()))

	cmd := exec.CommandContext(t.Context(), "terraform", "plan", "-input=false", "-no-color")
	cmd.Dir, cmd.Env = c.dir, c.env
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for fake.TokenCalls(key) == 0 {
		if time.Now().After(deadline) {
			_ = cmd.Process.Kill()
			t.Fatalf("the slow call never started:\n%s", out.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond) // the call is now waiting on the slow answer
	interrupted := time.Now()
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		// An interrupted plan has not planned: Terraform must say so.
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() == 0 {
			t.Errorf("terraform ended with %v after the interrupt; want a non-zero exit code", err)
		}
	case <-time.After(20 * time.Second):
		_ = cmd.Process.Signal(syscall.SIGKILL)
		t.Fatalf("terraform did not end within 20s of the interrupt:\n%s", out.String())
	}
	took := time.Since(interrupted)
	text := out.String()
	if strings.Contains(text, "panic") || strings.Contains(text, "Plugin did not respond") || strings.Contains(text, "plugin crashed") {
		t.Errorf("the interrupted plan crashed:\n%s", text)
	}
	if !strings.Contains(text, "Interrupt received") {
		t.Errorf("terraform did not report the interrupt:\n%s", text)
	}
	t.Logf("terraform ended %s after the interrupt; the slow answer would have taken %s", took.Round(time.Millisecond), fake.SlowDelay)
	if took > 10*time.Second {
		t.Errorf("terraform took %s to end after the interrupt", took)
	}
}
