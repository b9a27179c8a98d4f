package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-log/tflog"
)

// argError reports a domain error on argument i. Domain errors are
// already written for a person (summary, then what to write instead).
func argError(ctx context.Context, i int, name string, err error) *function.FuncError {
	tflog.Debug(ctx, "function argument rejected", map[string]any{"argument": name})
	return function.NewArgumentFuncError(int64(i), err.Error())
}
