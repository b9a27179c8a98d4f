package speech

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/secret"
)

// MaxInputLen bounds the values we parse.
const MaxInputLen = 256

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
// values, control characters, invalid UTF-8 and very long values.
func checkText(s string) *Problem {
	switch {
	case strings.TrimSpace(s) == "":
		return problem(CodeEmpty)
	case len(s) > MaxInputLen:
		return &Problem{Code: CodeTooLong, Len: len(s)}
	case !utf8.ValidString(s):
		return problem(CodeNotUTF8)
	}
	for i, c := range s {
		if unicode.IsControl(c) && c != '\t' {
			return &Problem{Code: CodeControlChar, Given: s, Char: c, Pos: i}
		}
	}
	return nil
}

// checkName is checkText for the settings no key can be a value of (a
// region, a cloud, a kind): a key-shaped value is refused too.
func checkName(s string) *Problem {
	if p := checkText(s); p != nil {
		return p
	}
	if secret.LooksLikeKey(s) {
		return problem(CodeKeyShaped)
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
func ParseCloud(input string) (*Cloud, *Problem) {
	if p := checkName(input); p != nil {
		return nil, p.on(SettingCloud)
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
	given := strings.TrimSpace(input)
	switch key {
	case "azuregermancloud", "germany", "german", "azuregermany":
		return nil, &Problem{Code: CodeCloudClosed, Setting: SettingCloud, Given: given, Want: Public.Name,
			Fixes: []Fix{{{Setting: SettingCloud, Value: Public.Name}}}}
	case "azurestack", "azurestackhub", "stack":
		return nil, &Problem{Code: CodeCloudStack, Setting: SettingCloud, Given: given, Near: cloudNames()}
	}
	return nil, &Problem{Code: CodeCloudUnknown, Setting: SettingCloud, Given: given, Near: cloudNames()}
}

func cloudNames() []string {
	out := make([]string, 0, len(clouds))
	for _, c := range clouds {
		out = append(out, c.Name)
	}
	return out
}

// ParseKind returns the canonical ARM kind for a kind or friendly alias.
// Legacy kinds seen in old public threads (CustomSpeech, Bing.Speech,
// SpeakerRecognition; no current page names them) are refused.
func ParseKind(input string) (*Kind, *Problem) {
	if p := checkName(input); p != nil {
		return nil, p.on(SettingKind)
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
	code := CodeKindUnknown
	for _, l := range legacyKindNames {
		if key == squash(l) {
			code = CodeKindLegacy
		}
	}
	return nil, &Problem{Code: code, Setting: SettingKind, Given: strings.TrimSpace(input)}
}

var subdomainRE = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]*[a-z0-9])?$`)

// MaxSubdomainLen is the longest custom subdomain name. SourceSubdomains
// says 2 to 64 characters, but the name is a DNS label, which holds at
// most 63 (RFC 1035), so a 64-character name cannot resolve.
const MaxSubdomainLen = 63

// ParseSubdomain validates a custom subdomain name (SourceSubdomains:
// letters, digits and hyphens, not ending in a hyphen; at most
// MaxSubdomainLen). It returns the lower-case form used in host names.
func ParseSubdomain(input string) (string, *Problem) {
	// A key-shaped name is refused like a key-shaped region: it would be
	// echoed in messages and the data source's id, and sent to DNS.
	if p := checkName(input); p != nil {
		return "", p.on(SettingSubdomain)
	}
	s := strings.TrimSpace(input)
	if strings.Contains(s, ".") || strings.Contains(s, "/") {
		if h, ok := ParseHost(hostOf(withoutScheme(s))); ok && !h.Family.Regional() &&
			subdomainRE.MatchString(h.Label) {
			// The name alone, or the URL moved to the endpoint.
			return "", &Problem{Code: CodeSubdomainIsURL, Setting: SettingSubdomain, Given: s, Want: h.Label,
				Fixes: []Fix{{{Setting: SettingSubdomain, Value: h.Label}},
					{
						{Setting: SettingSubdomain, Remove: true, Role: RoleMoveURL},
						{Setting: SettingEndpoint, Value: h.Cloud.ResourceEndpoint(h.Family, h.Label), Role: RoleMoveURL},
					}}}
		}
		return "", &Problem{Code: CodeSubdomainNotName, Setting: SettingSubdomain, Given: s}
	}
	if c, pos, ascii, ok := nonASCII(s); ok {
		p := &Problem{Code: CodeNonASCII, Setting: SettingSubdomain, Given: s, Char: c, Pos: pos}
		if ascii != s && subdomainRE.MatchString(strings.ToLower(ascii)) {
			p.Want = strings.ToLower(ascii)
			p.Fixes = []Fix{{candidate(SettingSubdomain, p.Want)}}
		}
		return "", p
	}
	lower := strings.ToLower(s)
	switch {
	case len(lower) < 2:
		return "", &Problem{Code: CodeSubdomainShort, Setting: SettingSubdomain, Given: s, Len: len(lower)}
	case len(lower) > MaxSubdomainLen:
		return "", &Problem{Code: CodeSubdomainLong, Setting: SettingSubdomain, Given: s, Len: len(lower)}
	case !subdomainRE.MatchString(lower):
		return "", &Problem{Code: CodeSubdomainInvalid, Setting: SettingSubdomain, Given: s}
	}
	return lower, nil
}

// withoutScheme drops a leading scheme:// from s.
func withoutScheme(s string) string {
	if _, rest, ok := strings.Cut(s, "://"); ok {
		return rest
	}
	return s
}

// hostOf is the host part of a URL without its scheme.
func hostOf(s string) string {
	if i := strings.IndexAny(s, "/?#"); i >= 0 {
		s = s[:i]
	}
	if i := strings.LastIndex(s, "@"); i >= 0 {
		s = s[i+1:]
	}
	if h, _, ok := strings.Cut(s, ":"); ok {
		s = h
	}
	return strings.TrimSuffix(strings.ToLower(s), ".")
}
