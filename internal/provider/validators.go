package provider

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// parseDuration reads a known duration setting; ok is false for null,
// unknown or malformed values.
func parseDuration(v types.String) (time.Duration, bool) {
	if v.IsNull() || v.IsUnknown() {
		return 0, false
	}
	d, err := time.ParseDuration(strings.TrimSpace(v.ValueString()))
	return d, err == nil
}

// durationBetween validates a Go duration string within [lo, hi].
func durationBetween(lo, hi time.Duration) validator.String {
	return durationValidator{lo: lo, hi: hi}
}

type durationValidator struct{ lo, hi time.Duration }

func (v durationValidator) Description(context.Context) string {
	return fmt.Sprintf("a Go duration string from %s to %s", v.lo, v.hi)
}

func (v durationValidator) MarkdownDescription(ctx context.Context) string {
	return v.Description(ctx)
}

func (v durationValidator) ValidateString(
	_ context.Context,
	req validator.StringRequest,
	resp *validator.StringResponse,
) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	d, ok := parseDuration(req.ConfigValue)
	if !ok || d < v.lo || d > v.hi {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid Duration",
			fmt.Sprintf("%s = %s is not a duration from %s to %s. Write a Go duration such as \"10s\" or "+
				"\"1m30s\".", req.Path, quote(req.ConfigValue.ValueString()), v.lo, v.hi))
	}
}
