package keycheck

import (
	"strings"
	"testing"
)

func TestRedactEveryForm(t *testing.T) {
	key := " 0123456789abcdef0123456789abcdef\n"
	r := NewRedactor(key)
	if len(r.Forms()) < 4 {
		t.Fatalf("only %d key forms", len(r.Forms()))
	}
	for _, f := range r.Forms() {
		out := r.Redact("before " + f + " after")
		if strings.Contains(out, f) || !strings.Contains(out, "[redacted key]") || !r.Holds(f) {
			t.Errorf("Redact left %q in %q", f, out)
		}
	}
	if got := r.Redact("nothing secret here"); got != "nothing secret here" || r.Holds(got) {
		t.Errorf("Redact changed a clean text: %q", got)
	}
	if got := r.Redact("…" + strings.TrimSpace(key)[5:25] + "…"); strings.Contains(got, "56789abcdef0") {
		t.Errorf("a part of the key was left: %q", got)
	}
	if (Redactor{}).Redact("x") != "x" || NewRedactor("  ").Holds("anything") {
		t.Error("the redactor of no key changes text")
	}
}
