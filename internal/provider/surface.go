package provider

import (
	"fmt"
	"strings"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/secret"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// surface is where a user sets what a message speaks of, with its words:
// the arguments of a data source or ephemeral resource, the arguments of a
// provider function, or the provider's own settings. The domain and the
// checker return facts; the renderer (render_problem.go,
// render_outcome.go) words them through a surface.
type surface struct {
	// args names the settings the surface takes.
	args map[speech.Setting]string
	// function is set for a provider function: settings are arguments
	// ("pass "westus" as the region argument").
	function bool
	// defaultFrom says where the provider's default cloud came from.
	defaultFrom string
	// checksKey is set when the configuration calls Azure with a key (a
	// key_check, the voices list, a token): unlisted regions are settled
	// by that call.
	checksKey bool
	// locateHow says how to have the plan find where a key is accepted;
	// keyHow where the key is set.
	locateHow, keyHow string
}

// inputArgs are the resource inputs of the data sources and the ephemeral
// token, by setting.
var inputArgs = func() map[speech.Setting]string {
	m := map[speech.Setting]string{}
	for _, w := range resourceSettings {
		m[w.setting] = w.arg
	}
	return m
}()

// dataSourceWords speak of the speechendpoints data source's arguments.
func dataSourceWords(data *providerData) surface {
	return surface{args: inputArgs, defaultFrom: data.cloudSource(), locateHow: "set key_check.locate = true",
		keyHow: "set the provider's key (or SPEECH_KEY), or key_check.key"}
}

// keyedResourceWords speak of the arguments of a data source or ephemeral
// resource that calls Azure with its own key argument (voices, token).
func keyedResourceWords(data *providerData) surface {
	return surface{args: inputArgs, defaultFrom: data.cloudSource(), checksKey: true,
		locateHow: "add key_check { locate = true } to a speechendpoints data source with the same arguments",
		keyHow:    "set the provider's key (or SPEECH_KEY), or key on this resource"}
}

// functionWords speak of a provider function's arguments.
func functionWords(args map[speech.Setting]string) surface {
	return surface{args: args, function: true}
}

// providerWords speak of the provider's own settings.
var providerWords = surface{args: map[speech.Setting]string{speech.SettingCloud: argCloud}}

// name names a setting: `region`, or `the name argument`.
func (s surface) name(st speech.Setting) string {
	arg, ok := s.args[st]
	switch {
	case !s.function:
		if !ok {
			arg = inputArgs[st]
		}
		return arg
	case ok:
		return "the " + arg + " argument"
	}
	return "the speechendpoints data source's " + inputArgs[st]
}

// nameAtStart is name starting a sentence: `Region`, `The name argument`.
func (s surface) nameAtStart(st speech.Setting) string { return upperFirst(s.name(st)) }

// value renders a change's value: booleans bare, strings quoted.
func value(st speech.Setting, v string) string {
	if speech.IsFlag(st) {
		return v
	}
	return fmt.Sprintf("%q", v)
}

// set says to give a setting a value, starting a clause in lower case:
// `set region = "westus"`, or `pass "westus" as the name argument`.
func (s surface) set(st speech.Setting, v string) string {
	_, ok := s.args[st]
	switch {
	case !s.function:
		return fmt.Sprintf("set %s = %s", s.name(st), value(st, v))
	case ok:
		return fmt.Sprintf("pass %s as %s", value(st, v), s.name(st))
	}
	return fmt.Sprintf("give %s the value %s", s.name(st), value(st, v))
}

// remove says to leave a setting out.
func (s surface) remove(st speech.Setting) string {
	if _, ok := s.args[st]; ok && s.function {
		return fmt.Sprintf("pass \"\" as %s", s.name(st))
	}
	return "remove " + s.name(st)
}

// fix words a set of changes: `set cloud = "china" and region = "chinaeast2"`,
// `remove endpoint and set region = "chinaeast2"`.
func (s surface) fix(f speech.Fix) string {
	var parts, sets []string
	flush := func() {
		if len(sets) > 0 {
			parts = append(parts, "set "+strings.Join(sets, " and "))
			sets = nil
		}
	}
	for _, c := range f {
		switch {
		case c.Remove:
			flush()
			parts = append(parts, s.remove(c.Setting))
		case s.function:
			flush()
			parts = append(parts, s.set(c.Setting, c.Value))
		default:
			sets = append(sets, fmt.Sprintf("%s = %s", s.name(c.Setting), value(c.Setting, c.Value)))
		}
	}
	flush()
	return strings.Join(parts, " and ")
}

// quote renders a user value for a message (secret.Quote: never a key).
func quote(s string) string { return secret.Quote(s) }

// quoted quotes each item.
func quoted(items []string) []string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = fmt.Sprintf("%q", s)
	}
	return q
}

// quoteList renders `"a", "b" or "c"`.
func quoteList(items []string) string { return orList(quoted(items)) }

// quoteAll renders `"a", "b", "c"`.
func quoteAll(items []string) string { return strings.Join(quoted(items), ", ") }

// orList joins `a, b or c`.
func orList(q []string) string {
	switch len(q) {
	case 0:
		return ""
	case 1:
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}

// describeRegions renders identifiers as `"japanwest" (Japan West, public)`.
func describeRegions(names []string) string {
	parts := make([]string, 0, len(names))
	for _, nm := range names {
		if rg, ok := speech.RegionByName(nm); ok {
			parts = append(parts, fmt.Sprintf("%q (%s, %s)", rg.Name, rg.DisplayName, rg.Cloud.Name))
		}
	}
	return orList(parts)
}

func upperFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
