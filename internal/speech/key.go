package speech

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

// KeyShape is what can be told about a key without calling Azure. It never
// holds or prints the key itself.
type KeyShape struct {
	// Trimmed is the key with surrounding whitespace and quotes removed:
	// the value to check (and to fix in the configuration).
	Trimmed string
	// Problem is set when the key cannot be a resource key; the check must
	// not call Azure with it.
	Problem *InputError
	// Warnings are accepted oddities.
	Warnings []KeyWarning
}

// KeyWarningKind tells which oddity a KeyWarning reports.
type KeyWarningKind int

// The oddities a key may have and still be sent.
const (
	// KeyTrimmed: whitespace, quotes or a newline around the key.
	KeyTrimmed KeyWarningKind = iota + 1
	// KeyUnusualLength: the key has neither length of the formats in use.
	KeyUnusualLength
)

// KeyWarning is one accepted oddity of a key, with a full sentence that
// never holds the key.
type KeyWarning struct {
	Kind KeyWarningKind
	Text string
}

var (
	guidRE   = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)
	hex32RE  = regexp.MustCompile(`^[0-9a-fA-F]{32}$`)
	alnum84R = regexp.MustCompile(`^[0-9A-Za-z]{84}$`)
)

// KeyFormats describes the two resource key formats in use.
const KeyFormats = "32 hexadecimal characters, or 84 letters and digits"

// MinKeyLen is the length of the shorter key format: a shorter value cannot
// be a key and is never sent (nor, being short, reliably redacted).
const MinKeyLen = 32

// CheckKeyShape inspects a key before any call: empty, surrounded by
// whitespace, quotes or a newline, shaped like a GUID (a subscription or
// tenant ID), or of a length that is neither key format in use.
func CheckKeyShape(key string) KeyShape {
	var ks KeyShape
	trimmed := strings.TrimFunc(key, func(r rune) bool { return unicode.IsSpace(r) || r == '"' || r == '\'' || r == '`' })
	if trimmed == "" {
		ks.Problem = inputErr("Empty Speech Key", "The key is empty. Set the provider's key (or SPEECH_KEY), or key_check.key, to KEY 1 or KEY 2 from the resource's Keys and Endpoint page.")
		return ks
	}
	ks.Trimmed = trimmed
	if trimmed != key {
		var what []string
		if strings.ContainsAny(key, "\r\n") {
			what = append(what, "a newline")
		}
		if strings.ContainsAny(key, "\"'`") {
			what = append(what, "quotes")
		}
		if strings.ContainsAny(strings.NewReplacer("\r", "", "\n", "").Replace(key), " \t") {
			what = append(what, "spaces")
		}
		if len(what) == 0 {
			what = append(what, "whitespace")
		}
		ks.Warnings = append(ks.Warnings, KeyWarning{KeyTrimmed, fmt.Sprintf("The key is surrounded by %s. An application given this value sends them too and is refused; the check used the trimmed key. Trim the value where it is set (for example trimspace(file(...))).", strings.Join(what, " and "))})
	}
	for i, r := range trimmed {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r > unicode.MaxASCII {
			ks.Problem = inputErr("Malformed Speech Key", "The key has a space, control or non-ASCII character at byte %d. Resource keys are %s: copy KEY 1 again from the Keys and Endpoint page.", i, KeyFormats)
			return ks
		}
	}
	switch {
	case len(trimmed) < MinKeyLen:
		ks.Problem = inputErr("Speech Key Too Short", "The key is %d characters long, shorter than any Speech resource key: keys are %s. It was not sent. Copy KEY 1 again, whole, from the resource's Keys and Endpoint page (azurerm_cognitive_account.primary_access_key).", len(trimmed), KeyFormats)
	case guidRE.MatchString(trimmed):
		ks.Problem = inputErr("Key Looks Like A GUID", "The key is shaped like a GUID (8-4-4-4-12): that is an Azure subscription, tenant or client ID, not a Speech resource key. Use KEY 1 or KEY 2 from the resource's Keys and Endpoint page (azurerm_cognitive_account.primary_access_key).")
	case hex32RE.MatchString(trimmed), alnum84R.MatchString(trimmed):
	default:
		ks.Warnings = append(ks.Warnings, KeyWarning{KeyUnusualLength, fmt.Sprintf("The key is %d characters long; Speech resource keys are %s. It may be cut short or have extra characters.", len(trimmed), KeyFormats)})
	}
	return ks
}
