package speech

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// InputError is a value the catalog cannot accept. Summary is short and in
// Title Case; Detail says what was wrong and what to write instead.
type InputError struct {
	Summary string
	Detail  string
}

func (e *InputError) Error() string { return e.Summary + ": " + e.Detail }

// asInputError returns err as an *InputError, wrapping other errors.
func asInputError(err error) *InputError {
	var ie *InputError
	if errors.As(err, &ie) {
		return ie
	}
	return &InputError{Summary: "Invalid Value", Detail: err.Error()}
}

func inputErr(summary, format string, args ...any) *InputError {
	return &InputError{Summary: summary, Detail: fmt.Sprintf(format, args...)}
}

// maxInputLen bounds the values we parse and echo back.
const maxInputLen = 256

// Quote renders a user value for a message: quoted, control characters
// escaped, and cut short when it is long.
func Quote(s string) string {
	if utf8.RuneCountInString(s) > 64 {
		rs := []rune(s)
		return fmt.Sprintf("%q... (%d characters)", string(rs[:48]), len(rs))
	}
	return fmt.Sprintf("%q", s)
}

// squash lower-cases s and drops spaces, hyphens, underscores and dots, so
// that "Japan West", "japan-west" and "JAPANWEST" compare equal.
func squash(s string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(s) {
		switch c {
		case ' ', '-', '_', '.', '\t':
			continue
		}
		b.WriteRune(c)
	}
	return b.String()
}

// checkText rejects what no name in the catalog can contain: empty or blank
// values, control characters and very long values.
func checkText(what, s string) *InputError {
	switch {
	case strings.TrimSpace(s) == "":
		return inputErr("Empty "+what, "The %s is empty. Remove the argument or give a value.", strings.ToLower(what))
	case len(s) > maxInputLen:
		return inputErr(what+" Too Long", "The %s is %d bytes long; no valid value is longer than %d.", strings.ToLower(what), len(s), maxInputLen)
	case !utf8.ValidString(s):
		return inputErr("Invalid "+what, "The %s is not valid UTF-8 text.", strings.ToLower(what))
	}
	for i, c := range s {
		if unicode.IsControl(c) && c != '\t' {
			return inputErr("Invalid "+what, "The %s %s contains the control character %U at byte %d. Remove it (it often comes from a file read without trimspace()).", strings.ToLower(what), Quote(s), c, i)
		}
	}
	return nil
}

// confusables maps characters that look like ASCII letters to those letters.
var confusables = map[rune]rune{
	'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'х': 'x', 'у': 'y', 'і': 'i', 'ј': 'j', 'ѕ': 's',
	'ԁ': 'd', 'ո': 'n', 'ս': 'u', 'ɡ': 'g', 'ı': 'i', 'ℓ': 'l', 'ｅ': 'e', 'ａ': 'a',
	'\u00a0': ' ', '\u2013': '-', '\u2014': '-', '\u2010': '-', '\u2011': '-',
}

// nonASCII reports the first non-ASCII rune in s and the ASCII text s reads
// as when look-alike characters are replaced.
func nonASCII(s string) (rune, int, string, bool) {
	first, pos, found := rune(0), 0, false
	var b strings.Builder
	for i, c := range s {
		if c > unicode.MaxASCII {
			if !found {
				first, pos, found = c, i, true
			}
			if a, ok := confusables[c]; ok {
				b.WriteRune(a)
				continue
			}
		}
		b.WriteRune(c)
	}
	return first, pos, b.String(), found
}

// ParseCloud returns the canonical cloud for a name or alias.
func ParseCloud(input string) (Cloud, error) { return Attributes.ParseCloud(input) }

// ParseCloud is ParseCloud with messages in the speaker's words.
func (sp Speaker) ParseCloud(input string) (Cloud, error) {
	if err := checkText("Cloud", input); err != nil {
		return Cloud{}, err
	}
	key := squash(strings.TrimSpace(input))
	for _, c := range clouds {
		if key == squash(c.Name) {
			return c, nil
		}
		for _, a := range c.Aliases {
			if key == squash(a) {
				return c, nil
			}
		}
	}
	switch key {
	case "azuregermancloud", "germany", "german", "azuregermany":
		return Cloud{}, inputErr("Azure Germany Is Closed", "Azure Germany closed on 2021-10-29 and has no Speech endpoints. Use the public cloud (%s) with a region such as \"germanywestcentral\".", sp.set(AttrCloud, "public"))
	case "azurestack", "azurestackhub", "stack":
		return Cloud{}, inputErr("Unsupported Cloud", "Azure Stack has no Speech service. Give %s one of \"public\", \"usgovernment\" or \"china\".", sp.name(AttrCloud))
	}
	return Cloud{}, inputErr("Unknown Azure Cloud", "%s is not an Azure cloud with Speech. Use one of %s (the azurerm provider's environment names), or the az CLI names AzureCloud, AzureUSGovernment, AzureChinaCloud.", Quote(input), quoteList(cloudNames()))
}

func cloudNames() []string {
	out := make([]string, 0, len(clouds))
	for _, c := range clouds {
		out = append(out, c.Name)
	}
	return out
}

func quoteList(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = fmt.Sprintf("%q", s)
	}
	switch len(q) {
	case 0:
		return ""
	case 1:
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}

// ParseKind returns the canonical ARM kind for a kind or friendly alias.
func ParseKind(input string) (Kind, error) {
	if err := checkText("Resource Type", input); err != nil {
		return Kind{}, err
	}
	key := squash(strings.TrimSpace(input))
	for _, k := range kinds {
		if key == squash(k.Name) {
			return k, nil
		}
		for _, a := range k.Aliases {
			if key == squash(a) {
				return k, nil
			}
		}
	}
	for _, l := range legacyKinds {
		if key == squash(l) {
			return Kind{}, inputErr("Legacy Speech Resource Type", "%s is a legacy resource kind that today's Speech endpoints do not accept. Create a \"SpeechServices\" resource (or use an \"AIServices\" or \"CognitiveServices\" multi-service resource) and set resource_type to its kind.", Quote(input))
		}
	}
	return Kind{}, inputErr("Unknown Resource Type", "%s is not an Azure resource kind that carries Speech. Use the ARM kind of your resource: \"SpeechServices\" (a Speech resource), \"CognitiveServices\" (multi-service) or \"AIServices\" (Azure AI services / Foundry); azurerm_cognitive_account.kind gives it.", Quote(input))
}

var subdomainRE = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]*[a-z0-9])?$`)

// ParseSubdomain validates a custom subdomain name (SourceSubdomains:
// letters, digits and hyphens, not ending in a hyphen). The page says 2 to
// 64 characters, but the name is a DNS label, which holds at most 63
// (RFC 1035): 63 is the limit here. It returns the lower-case form used in
// host names.
func ParseSubdomain(input string) (string, error) { return Attributes.ParseSubdomain(input) }

// ParseSubdomain is ParseSubdomain with messages in the speaker's words.
func (sp Speaker) ParseSubdomain(input string) (string, error) {
	if err := checkText("Custom Subdomain Name", input); err != nil {
		return "", err
	}
	s := strings.TrimSpace(input)
	if strings.Contains(s, ".") || strings.Contains(s, "/") {
		if p, err := ParseEndpoint(withScheme(s)); err == nil && p.Subdomain != "" {
			return "", inputErr("Invalid Custom Subdomain Name", "%s takes only the name, not a host or URL: %s, or put the URL in %s.", upperFirst(sp.name(AttrSubdomain)), sp.set(AttrSubdomain, p.Subdomain), sp.name(AttrEndpoint))
		}
		return "", inputErr("Invalid Custom Subdomain Name", "%s is not a custom subdomain name: it takes only the first label of https://{name}.cognitiveservices.azure.com/ (letters, digits and hyphens).", Quote(s))
	}
	if c, pos, ascii, ok := nonASCII(s); ok {
		hint := ""
		if ascii != s && subdomainRE.MatchString(strings.ToLower(ascii)) {
			hint = fmt.Sprintf(" Did you mean %q?", strings.ToLower(ascii))
		}
		return "", inputErr("Invalid Custom Subdomain Name", "%s contains the non-ASCII character %q (%U) at byte %d; a custom subdomain name has only ASCII letters, digits and hyphens.%s", Quote(s), c, c, pos, hint)
	}
	lower := strings.ToLower(s)
	switch {
	case len(lower) < 2:
		return "", inputErr("Invalid Custom Subdomain Name", "%s is %d character long; a custom subdomain name has 2 to 63.", Quote(s), len(lower))
	case len(lower) > 63:
		return "", inputErr("Invalid Custom Subdomain Name", "%s is %d characters long; a custom subdomain name has at most 63. It is the first label of the host name https://{name}.cognitiveservices.azure.com/, and a DNS label holds at most 63 characters, so the 64 that Microsoft's custom-subdomain page allows cannot resolve.", Quote(s), len(lower))
	case !subdomainRE.MatchString(lower):
		return "", inputErr("Invalid Custom Subdomain Name", "%s is not a valid custom subdomain name: use letters, digits and hyphens, starting with a letter or digit and not ending in a hyphen.", Quote(s))
	}
	return lower, nil
}
