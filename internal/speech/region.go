package speech

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// RegionMatch is the result of normalising a region name.
type RegionMatch struct {
	Region Region
	// Warning is set when the input was accepted but should be changed
	// (a legacy name).
	Warning string
	// Unlisted is set, with the reason, when the region is not in the
	// Speech table: accepted (Speech may have opened there since the
	// table's date), with a warning, and for the key check to settle.
	Unlisted string
}

var localeRE = regexp.MustCompile(`^[A-Za-z]{2,3}([-_][A-Za-z]{4})?[-_][A-Za-z]{2}$`)

// placeholders are values that leak in from an unset variable or template.
var placeholders = map[string]bool{"undefined": true, "null": true, "none": true, "nil": true, "unknown": true, "region": true, "yourregion": true, "speechregion": true, "<region>": true}

// ParseRegion normalises a region identifier or display name in any case and
// spacing ("japanwest", "Japan West", "JAPANWEST", "India Central") to a
// Speech region of the catalog. The error says what to write instead.
func ParseRegion(input string) (RegionMatch, error) { return Attributes.ParseRegion(input) }

// ParseRegion is ParseRegion with messages in the speaker's words.
func (sp Speaker) ParseRegion(input string) (RegionMatch, error) {
	if err := checkText("Region", input); err != nil {
		return RegionMatch{}, err
	}
	s := strings.TrimSpace(input)

	if strings.Contains(s, "://") || strings.Contains(s, "/") || strings.Count(s, ".") >= 2 {
		hint := fmt.Sprintf("Put the resource endpoint URL in %s instead, and give %s the region name alone.", sp.name(AttrEndpoint), sp.name(AttrRegion))
		if p, err := ParseEndpoint(withScheme(s)); err == nil && p.Region != "" {
			hint = fmt.Sprintf("%s, or move the URL to %s.", sp.Set(AttrRegion, p.Region), sp.name(AttrEndpoint))
		}
		return RegionMatch{}, inputErr("URL Given As Region", "%s takes a region name such as \"westus\", not a URL or host name. %s", upperFirst(sp.name(AttrRegion)), hint)
	}
	if c, pos, ascii, ok := nonASCII(s); ok {
		hint := ""
		// Suggest only when every non-ASCII character had a look-alike, so
		// that the retry sees plain ASCII and cannot come back here.
		if _, _, _, still := nonASCII(ascii); !still && ascii != s {
			if m, err := sp.ParseRegion(ascii); err == nil {
				hint = fmt.Sprintf(" It reads as %q: retype it in plain ASCII: %s.", ascii, sp.set(AttrRegion, m.Region.Name))
			}
		}
		return RegionMatch{}, inputErr("Invalid Region", "%s contains the non-ASCII character %q (%U) at byte %d; region names are ASCII letters and digits.%s", Quote(s), c, c, pos, hint)
	}
	if localeRE.MatchString(s) && !strings.EqualFold(s, "us-gov") {
		return RegionMatch{}, inputErr("Locale Given As Region", "%s is a language locale, not an Azure region. %s is where the Speech resource lives (the Location on its Keys and Endpoint page, for example \"eastus\"); the language goes in the request (?language=%s, or SpeechRecognitionLanguage / SpeechSynthesisLanguage in the SDK).", Quote(s), upperFirst(sp.name(AttrRegion)), s)
	}
	key := squash(s)
	switch {
	case key == "global":
		return RegionMatch{}, inputErr("Global Is Not A Speech Region", "Speech resources are regional: a resource whose location is \"global\" is not a regional Speech resource, and no Speech endpoint exists for \"global\". Use the region of your Speech resource (the Location on its Keys and Endpoint page), for example \"eastus\" or \"westeurope\".")
	case placeholders[key] || strings.Contains(s, "${") || strings.Contains(s, "<"):
		return RegionMatch{}, inputErr("Placeholder Given As Region", "%s is a placeholder, not a region: a variable or template was not filled in. Give %s the Location of your Speech resource, for example \"eastus\".", Quote(s), sp.name(AttrRegion))
	}

	if rg, ok := RegionByName(key); ok {
		return RegionMatch{Region: rg}, nil
	}
	if to, ok := legacyRegionNames[key]; ok {
		rg, _ := RegionByName(to)
		return RegionMatch{Region: rg, Warning: fmt.Sprintf("%s is the legacy name of %s used by older docs and SDK samples; it maps to region %q. %s to silence this warning.", Quote(s), rg.DisplayName, rg.Name, sp.Set(AttrRegion, rg.Name))}, nil
	}
	if rg, ok := regionByWords(s); ok {
		return RegionMatch{Region: rg}, nil
	}
	for _, ar := range azureRegions {
		if key != ar.Name {
			continue
		}
		if ar.NoSpeech {
			return RegionMatch{}, inputErr("Region Without Speech", "%q is an Azure region, but Microsoft's Speech regions page (%s, revision of %s) says it does not offer Speech. Create the Speech resource in a nearby Speech region: %s.", ar.Name, SourceRegions.URL, SourceRegionsDate, describeRegions(ar.Nearby))
		}
		note := ""
		if ar.Note != "" {
			note = " (" + ar.Note + ")"
		}
		return unlisted(Region{Name: ar.Name, Cloud: ar.Cloud}, fmt.Sprintf("%q is an Azure region%s that this provider's table of Speech regions does not list", ar.Name, note)), nil
	}
	if !wellFormedRegion.MatchString(key) {
		return RegionMatch{}, inputErr("Invalid Region", "%s is not a region name: region names are a letter followed by letters and digits (\"westus2\", \"Japan West\"). Use the Location of your Speech resource.", Quote(s))
	}
	if near := typoOf(key); len(near) > 0 {
		return RegionMatch{}, inputErr("Unknown Speech Region", "%s is not a Speech region. Did you mean %s? The speechendpoints_regions data source lists every Speech region.", Quote(s), describeRegions(near))
	}
	return unlisted(Region{Name: key, Cloud: cloudOfName(key), cloudGuessed: true}, fmt.Sprintf("%q is not in this provider's table of Speech regions", key)), nil
}

// wellFormedRegion is what a region identifier looks like once normalised:
// a letter, then 2 to 39 letters and digits.
var wellFormedRegion = regexp.MustCompile(`^[a-z][a-z0-9]{2,39}$`)

// unlisted accepts a region outside the table, with the warning that says
// so and how to confirm it.
func unlisted(rg Region, what string) RegionMatch {
	return RegionMatch{Region: rg, Unlisted: fmt.Sprintf("%s (Microsoft's regions page, revision of %s). Speech opens regions from time to time, so the plan goes on: the endpoints follow the regional pattern and features are unknown (null). A key_check settles it: a token issued there confirms Speech answers in %q; a host with no DNS answer says it does not.", what, SourceRegionsDate, rg.Name)}
}

// cloudOfName is the cloud a region name outside every table belongs to by
// its prefix, as the Speech SDK for JavaScript maps them (SourceJSSDK):
// usgov and usdod regions to US Government, china regions to China, the
// others to the public cloud.
func cloudOfName(name string) string {
	switch {
	case strings.HasPrefix(name, "usgov"), strings.HasPrefix(name, "usdod"):
		return "usgovernment"
	case strings.HasPrefix(name, "china"):
		return "china"
	}
	return "public"
}

// regionByWords matches display names whose words come in another order,
// such as "India Central" for Central India or "US East 2" for East US 2.
func regionByWords(s string) (Region, bool) {
	want := sortedWords(s)
	if len(want) < 2 {
		return Region{}, false
	}
	for _, rg := range regions {
		if want == sortedWords(rg.DisplayName) {
			return rg, true
		}
	}
	return Region{}, false
}

func sortedWords(s string) string {
	w := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '-' || r == '_' })
	sort.Strings(w)
	return strings.Join(w, " ")
}

// describeRegions renders identifiers as `"japanwest" (Japan West, public)`.
func describeRegions(names []string) string {
	parts := make([]string, 0, len(names))
	for _, nm := range names {
		if rg, ok := RegionByName(nm); ok {
			parts = append(parts, fmt.Sprintf("%q (%s, %s)", rg.Name, rg.DisplayName, rg.Cloud))
		}
	}
	if len(parts) <= 1 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " or " + parts[len(parts)-1]
}

// typoOf returns the Speech regions a well-formed name is a typo of,
// nearest first: within one edit (an insertion, a deletion, a substitution
// or two adjacent letters swapped), or two for names of 10 characters or
// more. A name that differs from a region only in its trailing number is
// not a typo: "eastus3" is a plausible new region, not a slip for
// "eastus2". Names shorter than 5 characters are never typos.
func typoOf(key string) []string {
	if len(key) < 5 {
		return nil
	}
	limit := 1
	if len(key) >= 10 {
		limit = 2
	}
	type cand struct {
		name string
		d    int
	}
	var cs []cand
	for _, rg := range regions {
		if strings.TrimRight(rg.Name, "0123456789") == strings.TrimRight(key, "0123456789") {
			continue // a numbered sibling
		}
		if d := EditDistance(key, rg.Name); d <= limit {
			cs = append(cs, cand{rg.Name, d})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].d < cs[j].d })
	out := make([]string, 0, 3)
	for i := 0; i < len(cs) && i < 3; i++ {
		out = append(out, cs[i].name)
	}
	return out
}

// EditDistance is the optimal string alignment distance: insertions,
// deletions, substitutions and swaps of adjacent characters. Region typos
// and voice-name suggestions both use it.
func EditDistance(a, b string) int {
	if len(a) > maxInputLen || len(b) > maxInputLen {
		return maxInputLen
	}
	// Three rows of the matrix: the swap looks two rows back.
	prev2, prev, cur := make([]int, len(b)+1), make([]int, len(b)+1), make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
