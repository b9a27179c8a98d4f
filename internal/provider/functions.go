package provider

import (
	"context"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// funcArgs maps a function's settings to their argument positions.
type funcArgs struct {
	words surface
	index map[speech.Setting]int
}

// newFuncArgs names a function's arguments in order.
func newFuncArgs(names ...struct {
	st   speech.Setting
	name string
}) funcArgs {
	fa := funcArgs{index: map[speech.Setting]int{}}
	args := map[speech.Setting]string{}
	for i, n := range names {
		args[n.st] = n.name
		fa.index[n.st] = i
	}
	fa.words = functionWords(args)
	return fa
}

func arg(st speech.Setting, name string) struct {
	st   speech.Setting
	name string
} {
	return struct {
		st   speech.Setting
		name string
	}{st, name}
}

// fail reports the first error of problems on the argument it is about
// (the last argument for a setting the function does not take), in the
// function's words; nil when none is an error.
func (fa funcArgs) fail(ctx context.Context, ps []speech.Problem) *function.FuncError {
	for _, p := range ps {
		if p.Warning {
			continue
		}
		i, ok := fa.index[p.Setting]
		if !ok {
			i = len(fa.index) - 1
		}
		tflog.Debug(ctx, "function argument rejected", map[string]any{"code": string(p.Code), "argument": i})
		summary, detail := fa.words.problem(p)
		return function.NewArgumentFuncError(int64(i), funcMessage(summary, detail))
	}
	return nil
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
