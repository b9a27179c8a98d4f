package speech

// Setting is one thing a user configures about a Speech resource. The
// domain names settings by these values only; each surface (a data
// source, a provider function, the provider's own settings) has its own
// words for them.
type Setting int

// The settings.
const (
	SettingNone Setting = iota // the configuration as a whole
	SettingRegion
	SettingCloud
	SettingKind
	SettingSubdomain
	SettingPrivateEndpoint
	SettingEndpoint
	SettingKey
	// SettingResourceID is the ARM resource ID of the account
	// (AccountID); SettingLocalAuth whether it takes keys (false:
	// keyless, Microsoft Entra tokens only); SettingPrincipalID the object
	// ID of an identity whose roles are checked (not a resource setting).
	SettingResourceID
	SettingLocalAuth
	SettingPrincipalID
	settingEnd // after the last setting
)

// SettingCount is the number of settings, SettingNone and SettingKey
// included: every setting is below it. Surfaces test that each has words.
const SettingCount = int(settingEnd)

// resourceSetting is one setting of an Input: where the Input keeps it
// and how its value is read alone.
type resourceSetting struct {
	setting Setting
	// text is where an Input keeps a text setting; flag a boolean one.
	text func(*Input) **string
	flag func(*Input) *bool
	// negate is set for a flag the Input keeps inverted: "false" sets it
	// (local auth enabled = false is Input.Keyless).
	negate bool
	// parse reads a text value alone into p and returns its problems; in
	// is the whole input, for a problem another setting already says.
	parse func(v string, in Input, p *parsed) []Problem
}

// resourceSettings are the settings that describe a resource, in the order
// they are parsed: the domain's only list of them. Adding a setting is a
// row here, its Input field, its parse function and, in the provider, its
// row of words.
var resourceSettings = []resourceSetting{
	{setting: SettingCloud, text: func(in *Input) **string { return &in.Cloud },
		parse: func(v string, _ Input, p *parsed) []Problem {
			c, err := ParseCloud(v)
			p.cloud = c
			return problems(err)
		}},
	{setting: SettingRegion, text: func(in *Input) **string { return &in.Region },
		parse: func(v string, _ Input, p *parsed) []Problem {
			rg, ps := ParseRegion(v)
			if !HasErrors(ps) {
				p.region = &rg
			}
			return ps
		}},
	{setting: SettingKind, text: func(in *Input) **string { return &in.Kind },
		parse: func(v string, _ Input, p *parsed) []Problem {
			k, err := ParseKind(v)
			p.kind = k
			return problems(err)
		}},
	{setting: SettingSubdomain, text: func(in *Input) **string { return &in.Subdomain },
		parse: func(v string, _ Input, p *parsed) []Problem {
			s, err := ParseSubdomain(v)
			p.subdomain = s
			return problems(err)
		}},
	{setting: SettingEndpoint, text: func(in *Input) **string { return &in.Endpoint },
		parse: func(v string, in Input, p *parsed) []Problem {
			ep, eps := ParseEndpoint(v)
			if !HasErrors(eps) {
				p.endpoint = &ep
			}
			var ps []Problem
			for _, e := range eps {
				// The region's own warning says it when the region is given.
				if e.Code == CodeRegionUnlisted && in.Region != nil {
					continue
				}
				ps = append(ps, e)
			}
			return ps
		}},
	{setting: SettingPrivateEndpoint, flag: func(in *Input) *bool { return &in.PrivateEndpoint }},
	{setting: SettingResourceID, text: func(in *Input) **string { return &in.ResourceID },
		parse: func(v string, _ Input, p *parsed) []Problem {
			id, err := ParseAccountID(v)
			if err == nil {
				p.account = &id
			}
			return problems(err)
		}},
	{setting: SettingLocalAuth, flag: func(in *Input) *bool { return &in.Keyless }, negate: true},
}

// problems is a list of the one problem p, or none.
func problems(p *Problem) []Problem {
	if p == nil {
		return nil
	}
	return []Problem{*p}
}

// ResourceSettings are the settings of an Input, in the order they are
// parsed.
func ResourceSettings() []Setting {
	out := make([]Setting, 0, len(resourceSettings))
	for _, rs := range resourceSettings {
		out = append(out, rs.setting)
	}
	return out
}

// resourceSettingOf is the row of a setting; false for a setting an Input
// does not hold (SettingNone, SettingKey).
func resourceSettingOf(s Setting) (resourceSetting, bool) {
	for _, rs := range resourceSettings {
		if rs.setting == s {
			return rs, true
		}
	}
	return resourceSetting{}, false
}

// Text is the value of a text setting; nil when it is not set, or the
// setting is not a text setting of an Input.
func (in Input) Text(s Setting) *string {
	if rs, ok := resourceSettingOf(s); ok && rs.text != nil {
		return *rs.text(&in)
	}
	return nil
}

// IsFlag reports whether a setting is a boolean one ("true" or "false").
func IsFlag(s Setting) bool {
	rs, ok := resourceSettingOf(s)
	return ok && rs.flag != nil
}

// With returns the input with a fix applied.
func (in Input) With(f Fix) Input {
	for _, c := range f {
		rs, ok := resourceSettingOf(c.Setting)
		switch {
		case !ok:
		case rs.flag != nil && rs.negate:
			*rs.flag(&in) = !c.Remove && c.Value == "false"
		case rs.flag != nil:
			*rs.flag(&in) = !c.Remove && c.Value == "true"
		case c.Remove:
			*rs.text(&in) = nil
		default:
			v := c.Value
			*rs.text(&in) = &v
		}
	}
	return in
}

// ParseSetting reads one value of a text setting alone, as Resolve reads
// it before checking the settings against each other: its problems.
func ParseSetting(s Setting, v string) []Problem {
	if rs, ok := resourceSettingOf(s); ok && rs.parse != nil {
		return rs.parse(v, Input{}, &parsed{})
	}
	return nil
}

func parseInput(in Input) (parsed, []Problem) {
	var p parsed
	var ps []Problem
	for _, rs := range resourceSettings {
		if rs.text == nil {
			continue
		}
		if v := *rs.text(&in); v != nil {
			ps = append(ps, rs.parse(*v, in, &p)...)
		}
	}
	return p, ps
}
