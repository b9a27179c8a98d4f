package provider

import (
	"context"
	"errors"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// argError reports a domain error on argument i. Domain errors are
// already written for a person (summary, then what to pass instead); the
// functions parse with a speech.Arguments speaker, so they speak of
// arguments, not attributes.
func argError(ctx context.Context, i int, name string, err error) *function.FuncError {
	tflog.Debug(ctx, "function argument rejected", map[string]any{"argument": name})
	var ie *speech.InputError
	if errors.As(err, &ie) {
		return function.NewArgumentFuncError(int64(i), funcMessage(ie.Summary, ie.Detail))
	}
	return function.NewArgumentFuncError(int64(i), funcMessage("", err.Error()))
}

// funcMessage joins a summary and a detail for a function error. Terraform
// ends the message with a period of its own, so it has none.
func funcMessage(summary, detail string) string {
	msg := strings.TrimRight(strings.TrimSpace(detail), ".")
	if summary != "" {
		msg = summary + ": " + msg
	}
	return msg
}
