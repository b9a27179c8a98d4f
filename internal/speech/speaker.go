package speech

import "fmt"

// Speaker says how a message names what the user sets: the arguments of a
// data source (`set region = "westus"`) or the arguments of a provider
// function (`pass "westus" as the name argument`). The rules are the same;
// only the words differ.
type Speaker struct {
	// args maps the data source's argument names to a function's; nil
	// speaks of the data source.
	args map[string]string
}

// Attributes speaks of a data source's or ephemeral resource's arguments.
var Attributes = Speaker{}

// Arguments speaks of a provider function's arguments: names maps each
// data source argument name the function takes (region, cloud, ...) to the
// function's own name for it.
func Arguments(names map[string]string) Speaker { return Speaker{args: names} }

// name names a setting: `region`, or `the name argument`.
func (s Speaker) name(attr string) string {
	if s.args == nil {
		return attr
	}
	if arg, ok := s.args[attr]; ok {
		return "the " + arg + " argument"
	}
	return "the speechendpoints data source's " + attr
}

// set says to give a setting a value, starting a clause in lower case:
// `set region = "westus"`, or `pass "westus" as the name argument`.
func (s Speaker) set(attr, value string) string {
	switch _, ok := s.args[attr]; {
	case s.args == nil:
		return fmt.Sprintf("set %s = %q", attr, value)
	case ok:
		return fmt.Sprintf("pass %q as %s", value, s.name(attr))
	}
	return fmt.Sprintf("give %s the value %q", s.name(attr), value)
}

// Set is set starting a sentence.
func (s Speaker) Set(attr, value string) string { return upperFirst(s.set(attr, value)) }

// remove says to leave a setting out.
func (s Speaker) remove(attr string) string {
	if _, ok := s.args[attr]; ok && s.args != nil {
		return fmt.Sprintf("pass \"\" as %s", s.name(attr))
	}
	return "remove " + attr
}

func upperFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
