package provider

import (
	"fmt"
	"strings"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/secret"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// Sentences the problems share.
const (
	keysAndEndpoint  = "Copy the Endpoint value from the resource's Keys and Endpoint page"
	otherCloudReject = "and keys of one cloud are rejected by the others"
)

// endpointForms are the forms of a resource endpoint in every cloud of the
// catalog: https://{region}.api.cognitive.microsoft.com/ (or
// api.cognitive.microsoft.us, ...) or https://{name}.cognitiveservices.azure.com/
// (or ...).
func endpointForms() string {
	form := func(f speech.HostFamily, label string) string {
		var others []string
		for _, c := range speech.Clouds() {
			if c != speech.Public {
				others = append(others, strings.TrimPrefix(c.HostName(f, label), label+"."))
			}
		}
		return fmt.Sprintf("%s (or %s)", speech.Public.ResourceEndpoint(f, label), strings.Join(others, ", "))
	}
	return form(speech.FamilyAPI, "{region}") + " or " + form(speech.FamilyCustomDomain, "{name}")
}

// keyShape says what a key-shaped value holds, from the key formats.
func keyShape() string {
	var runs []string
	for _, f := range secret.KeyFormats {
		runs = append(runs, fmt.Sprintf("%d or more %s", f.Run, f.Chars))
	}
	return "a run of " + strings.Join(runs, ", or ")
}

// fixesOf words the fixes of a problem as alternatives: the only words of a
// message that tell the user to change a setting to a value. Each fix was
// tried (speech.Resolve), so every change a message proposes is one that
// removes the problem without leading into another; a problem without
// fixes gets none ("" here), and its message states the facts instead.
// Most fixes are worded by the surface (`set cloud = "china"`); the role of
// a fix's first change (speech.Role) words the others, still one phrase
// per fix:
//   - a candidate: the value described, with the rest of the fix after it
//     ("Did you mean ...?", "a nearby Speech region: ...");
//   - nearby regions of the cloud given: one phrase for all of them;
//   - moving a URL given as a region or subdomain to the endpoint;
//   - removing a setting another tells: read from the endpoint's host, or
//     inferred from another setting (an aside to the alternative before it
//     when that one sets the same setting).
func (s surface) fixesOf(p speech.Problem) string {
	var alts, near []string
	allCandidates := true
	var prev speech.Fix
	for _, f := range p.Fixes {
		first := f[0]
		allCandidates = allCandidates && first.Role == speech.RoleCandidate
		switch {
		case first.Role == speech.RoleCandidate:
			alts = append(alts, s.candidate(f))
		case first.Role == speech.RoleNearby:
			near = append(near, first.Value)
		case first.Role == speech.RoleMoveURL:
			alts = append(alts, s.moveURL(f))
		case first.Role == speech.RoleInferred && len(f) == 1 && first.From == speech.SettingEndpoint:
			alts = append(alts, s.fix(f)+" (it is read from "+s.name(first.From)+")")
		case first.Role == speech.RoleInferred && len(f) == 1 && setsOnly(prev, first.Setting):
			alts[len(alts)-1] += " (or " + s.fix(f) + ": " + inferredFrom(first) + ")"
		case first.Role == speech.RoleInferred && len(f) == 1:
			alts = append(alts, s.fix(f)+" ("+inferredFrom(first)+")")
		default:
			alts = append(alts, s.fix(f))
		}
		prev = f
	}
	if len(near) > 0 {
		alts = append(alts, fmt.Sprintf("use a region of %s near it, such as %s", p.Other.DisplayName, quoteList(near)))
	}
	if allCandidates {
		return orList(alts)
	}
	return alternatives(alts)
}

// inferredFrom says where a removed setting's value comes from.
func inferredFrom(c speech.Change) string {
	return "it is inferred from the " + strings.ToLower(settingTitle(c.From))
}

// setsOnly reports whether a fix is one change that sets the setting.
func setsOnly(f speech.Fix, st speech.Setting) bool {
	return len(f) == 1 && f[0].Setting == st && !f[0].Remove
}

// moveURL words a fix that moves a URL to the endpoint, with the rest of
// its changes after it.
func (s surface) moveURL(f speech.Fix) string {
	w := "move the URL to " + s.name(speech.SettingEndpoint)
	var rest speech.Fix
	for _, c := range f {
		if c.Role != speech.RoleMoveURL {
			rest = append(rest, c)
		}
	}
	if len(rest) > 0 {
		w += " and " + s.fix(rest)
	}
	return w
}

// candidate words a fix as a candidate: `"chinaeast2" (China East 2,
// china) (set cloud = "china" with it)`.
func (s surface) candidate(f speech.Fix) string {
	c := fmt.Sprintf("%q", f[0].Value)
	if f[0].Setting == speech.SettingRegion {
		if d := describeRegions([]string{f[0].Value}); d != "" {
			c = d
		}
	}
	if len(f) > 1 {
		c += " (" + s.fix(f[1:]) + " with it)"
	}
	return c
}

// alternatives joins phrases that each hold changes: `a`, `a, or b`, `a,
// b, or c` (the comma before "or" keeps "and" inside a phrase apart).
func alternatives(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + ", or " + parts[len(parts)-1]
}

// thenFixes is the fixes of a problem as a sentence of their own, after a
// space; "" when it has none.
func (s surface) thenFixes(p speech.Problem) string {
	if len(p.Fixes) == 0 {
		return ""
	}
	return " " + upperFirst(s.fixesOf(p)) + "."
}

// problem words a domain problem for the surface: a summary in Title Case
// and a detail of full sentences. The messages are filed by code:
//
//	empty, too-long, not-utf8, control-character,  this file
//	non-ascii, key-shaped, input-holds-key
//	cloud-*, kind-*                                render_problem_cloud.go
//	subdomain-*                                    render_problem_subdomain.go
//	region-* (not region-or-endpoint)              render_problem_region.go
//	endpoint-*                                     render_problem_endpoint.go
//	key-*                                          render_problem_key.go
//	region-or-endpoint, private-needs-domain,      render_problem_config.go
//	cloud-not-default, custom-domain-only,
//	unconfirmed-domain
//
// TestEveryCodeHasWords renders every code and compares each message with
// its exact wording (testdata/problem_words.golden).
func (s surface) problem(p speech.Problem) (summary, detail string) {
	w := settingTitle(p.Setting)
	lw := strings.ToLower(w)
	switch p.Code {
	case speech.CodeEmpty:
		return "Empty " + w, fmt.Sprintf("The %s is empty. Remove the argument or give a value.", lw)
	case speech.CodeTooLong:
		return w + " Too Long", fmt.Sprintf(
			"The %s is %d bytes long; no valid value is longer than %d.",
			lw,
			p.Len,
			speech.MaxInputLen,
		)
	case speech.CodeNotUTF8:
		return "Invalid " + w, fmt.Sprintf("The %s is not valid UTF-8 text.", lw)
	case speech.CodeControlChar:
		return "Invalid " + w, fmt.Sprintf("The %s %s contains the control character %U at byte %d. Remove it (it "+
			"often comes from a file read without trimspace()).", lw, quote(p.Given), p.Char, p.Pos)
	case speech.CodeNonASCII:
		return s.nonASCII(p)
	case speech.CodeKeyShaped:
		return "Speech Key Given As " + w, fmt.Sprintf("%s holds a value shaped like a Speech resource key (%s). "+
			"%s Were two variables swapped? Keep the key in the provider's key, and "+
			"give %s the %s.",
			s.nameAtStart(p.Setting), keyShape(), s.notShown(), s.name(p.Setting), settingMeaning(p.Setting))
	case speech.CodeInputHoldsKey:
		return "Speech Key Given As " + w, fmt.Sprintf("%s holds the key, or a part of it. It is not shown, and "+
			"nothing was sent, so that the key does not travel as a host name "+
			"(in DNS queries, a proxy's CONNECT line, TLS server names). Keep the key in the provider's key, and give %s "+
			"the %s.", s.nameAtStart(p.Setting), s.name(p.Setting), settingMeaning(p.Setting))
	}
	for _, words := range []func(speech.Problem) (string, string, bool){
		s.cloudKindProblem, s.subdomainProblem, s.regionProblem, s.configProblem, s.endpointProblem, s.keyProblem,
		s.keylessProblem,
	} {
		if sum, det, ok := words(p); ok {
			return sum, det
		}
	}
	return "Invalid " + w, fmt.Sprintf("The %s cannot be used (%s).", lw, p.Code)
}

// notShown says who shows a key-shaped value, and that nothing was sent:
// not the provider. A data
// source's or the provider's diagnostic points at the block, so that
// Terraform prints no line holding it; a function's error is printed by
// Terraform with the values of the variables in the call (`var.region is
// "..."`), which no function can prevent (issue 25).
func (s surface) notShown() string {
	if s.function {
		return "Nothing was sent, and this message does not repeat it, but Terraform prints a function's call " +
			"with its error, and the values of the variables in it: if that value is a key, rotate it, and " +
			"declare the variable sensitive = true, which keeps its value out of Terraform's messages."
	}
	return "It is not shown, and nothing was sent."
}

func (s surface) nonASCII(p speech.Problem) (string, string) {
	if p.Setting == speech.SettingSubdomain {
		hint := ""
		if len(p.Fixes) > 0 {
			hint = fmt.Sprintf(" Did you mean %s?", s.fixesOf(p))
		}
		return "Invalid Custom Subdomain Name", fmt.Sprintf(
			"%s contains the non-ASCII character %q (%U) at byte %d; a "+
				"custom subdomain name has only ASCII letters, digits and "+
				"hyphens.%s",
			quote(p.Given),
			p.Char,
			p.Char,
			p.Pos,
			hint,
		)
	}
	hint := ""
	switch {
	case p.Want != "" && len(p.Fixes) > 0:
		hint = fmt.Sprintf(" It reads as %q: retype it in plain ASCII: %s.", p.Want, s.fixesOf(p))
	case p.Want != "":
		hint = fmt.Sprintf(" It reads as %q.", p.Want)
	}
	return "Invalid " + settingTitle(p.Setting), fmt.Sprintf("%s contains the non-ASCII character %q (%U) at byte %d; "+
		"region names are ASCII letters and digits.%s", quote(p.Given), p.Char, p.Char, p.Pos, hint)
}
