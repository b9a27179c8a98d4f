package speech

import (
	"iter"
	"regexp"
	"sort"
	"strings"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/secret"
)

var localeRE = regexp.MustCompile(`^[A-Za-z]{2,3}([-_][A-Za-z]{4})?[-_][A-Za-z]{2}$`)

// placeholders are values that leak in from an unset variable or template.
var placeholders = map[string]bool{
	"undefined":    true,
	"null":         true,
	"none":         true,
	"nil":          true,
	"unknown":      true,
	"region":       true,
	"yourregion":   true,
	"speechregion": true,
	"<region>":     true,
}

// ParseRegion normalises a region identifier or display name in any case and
// spacing ("japanwest", "Japan West", "JAPANWEST", "India Central") to a
// region. A well-formed name outside the Speech table is accepted (Listed
// false) with a warning: Speech opens regions from time to time. The
// problems hold the warnings, or the one error.
func ParseRegion(input string) (Region, []Problem) {
	rg, warn, err := parseRegion(input)
	switch {
	case err != nil:
		return Region{}, []Problem{*err.on(SettingRegion)}
	case warn != nil:
		return rg, []Problem{*warn.on(SettingRegion)}
	}
	return rg, nil
}

func parseRegion(input string) (Region, *Problem, *Problem) {
	if p := checkName(input); p != nil {
		return Region{}, nil, p
	}
	s := strings.TrimSpace(input)

	if strings.Contains(s, "://") || strings.Contains(s, "/") || strings.Count(s, ".") >= 2 {
		p := &Problem{Code: CodeRegionIsURL, Given: s}
		if h, ok := ParseHost(hostOf(withoutScheme(s))); ok && h.Family.Regional() {
			if rg, _, err := parseRegion(h.Label); err == nil {
				p.Want = rg.Name
				// The region alone, or the URL moved to the endpoint (as
				// the resource endpoint).
				p.Fixes = []Fix{{{Setting: SettingRegion, Value: rg.Name}},
					{
						{Setting: SettingRegion, Remove: true, Role: RoleMoveURL},
						{Setting: SettingEndpoint, Value: rg.Cloud.ResourceEndpoint(FamilyAPI, rg.Name), Role: RoleMoveURL},
					}}
			}
		}
		return Region{}, nil, p
	}
	if c, pos, ascii, ok := nonASCII(s); ok {
		p := &Problem{Code: CodeNonASCII, Given: s, Char: c, Pos: pos}
		// Suggest only when every non-ASCII character had a look-alike, so
		// that the retry sees plain ASCII and cannot come back here.
		if _, _, _, still := nonASCII(ascii); !still && ascii != s {
			if rg, _, err := parseRegion(ascii); err == nil {
				p.Want = rg.Name
				p.Fixes = []Fix{{{Setting: SettingRegion, Value: rg.Name}}}
			}
		}
		return Region{}, nil, p
	}
	if localeRE.MatchString(s) && !strings.EqualFold(s, "us-gov") {
		return Region{}, nil, &Problem{Code: CodeRegionLocale, Given: s}
	}
	key := squash(s)
	switch {
	case secret.LooksLikeKey(key):
		// Spaces, dots or hyphens inside a key still make a key.
		return Region{}, nil, problem(CodeKeyShaped)
	case key == "global":
		return Region{}, nil, &Problem{Code: CodeRegionGlobal, Given: s}
	case placeholders[key] || strings.Contains(s, "${") || strings.Contains(s, "<"):
		return Region{}, nil, &Problem{Code: CodeRegionPlaceholder, Given: s}
	}

	if rg, ok := RegionByName(key); ok {
		return rg, nil, nil
	}
	if to, ok := legacyRegionNames[key]; ok {
		rg, _ := RegionByName(to)
		return rg, &Problem{Code: CodeRegionLegacy, Given: s, Want: rg.Name, Region: rg.Name, Warning: true,
			Fixes: []Fix{{{Setting: SettingRegion, Value: rg.Name}}}}, nil
	}
	if rg, ok := regionByWords(s); ok {
		return rg, nil, nil
	}
	for _, ar := range azureRegions {
		if key != ar.Name {
			continue
		}
		if ar.NoSpeech {
			p := &Problem{Code: CodeRegionNoSpeech, Given: s, Region: ar.Name, Near: ar.Nearby}
			for _, n := range ar.Nearby {
				p.Fixes = append(p.Fixes, Fix{candidate(SettingRegion, n)})
			}
			return Region{}, nil, p
		}
		return unlisted(Region{Name: ar.Name, Cloud: ar.Cloud}, ar.Note)
	}
	if !wellFormedRegion.MatchString(key) {
		return Region{}, nil, &Problem{Code: CodeRegionMalformed, Given: s}
	}
	if near := typoOf(key); len(near) > 0 {
		p := &Problem{Code: CodeRegionTypo, Given: s, Near: near}
		for _, n := range near {
			p.Fixes = append(p.Fixes, Fix{candidate(SettingRegion, n)})
		}
		return Region{}, nil, p
	}
	return unlisted(Region{Name: key, Cloud: cloudOfName(key), cloudGuessed: true}, NoteNone)
}

// wellFormedRegion is what a region identifier looks like once normalised:
// a letter, then 2 to 39 letters and digits.
var wellFormedRegion = regexp.MustCompile(`^[a-z][a-z0-9]{2,39}$`)

// unlisted accepts a region outside the table, with the warning that says
// so: Speech opens regions from time to time, the endpoints follow the
// regional pattern, features are unknown, and a key check settles it.
func unlisted(rg Region, note RegionNote) (Region, *Problem, *Problem) {
	return rg, &Problem{Code: CodeRegionUnlisted, Given: rg.Name, Region: rg.Name, Note: note, Warning: true}, nil
}

// cloudOfName is the cloud a region name outside every table belongs to by
// its prefix, as the Speech SDK for JavaScript maps region names
// (SourceJSSDK: only the "china" and "usgov" prefixes; the SDK does not map
// "usdod"): usgov regions to US Government, china regions to China, the
// others to the public cloud.
func cloudOfName(name string) *Cloud {
	switch {
	case strings.HasPrefix(name, "usgov"):
		return USGovernment
	case strings.HasPrefix(name, "china"):
		return China
	}
	return Public
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
	maxEdits := 1
	if len(key) >= 10 {
		maxEdits = 2
	}
	names := func(yield func(string) bool) {
		for _, rg := range regions {
			if strings.TrimRight(rg.Name, "0123456789") == strings.TrimRight(key, "0123456789") {
				continue // a numbered sibling
			}
			if !yield(rg.Name) {
				return
			}
		}
	}
	return Closest(key, names, maxEdits, 3)
}

// Closest ranks names by their edit distance to want (names compared in
// lower case; want given in lower case): those within maxEdits, nearest
// first, ties in the order given, at most limit. Region typos and voice
// suggestions both rank this way.
func Closest(want string, names iter.Seq[string], maxEdits, limit int) []string {
	type cand struct {
		name string
		d    int
	}
	var cs []cand
	for n := range names {
		if d := EditDistance(want, strings.ToLower(n)); d <= maxEdits {
			cs = append(cs, cand{n, d})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].d < cs[j].d })
	out := make([]string, 0, min(limit, len(cs)))
	for i := 0; i < len(cs) && i < limit; i++ {
		out = append(out, cs[i].name)
	}
	return out
}

// EditDistance is the optimal string alignment distance: insertions,
// deletions, substitutions and swaps of adjacent characters. Region typos
// and voice-name suggestions both use it.
func EditDistance(a, b string) int {
	if len(a) > MaxInputLen || len(b) > MaxInputLen {
		return MaxInputLen
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
