package speech

import (
	"slices"
	"strings"
)

// Input is what a user configured. A nil pointer means "not set".
type Input struct {
	Region          *string
	Cloud           *string
	Kind            *string
	Subdomain       *string
	PrivateEndpoint bool
	Endpoint        *string
	// ResourceID is the account's ARM resource ID; Keyless is local
	// authentication disabled (Microsoft Entra tokens only).
	ResourceID *string
	Keyless    bool

	// Default is the cloud a surface assumes when the settings do not tell
	// (the provider's cloud); nil for none.
	Default *Cloud
}

// Resolution is a fully checked description of a Speech resource.
type Resolution struct {
	// Given is the input it was resolved from.
	Given           Input
	Cloud           *Cloud
	Region          *Region // nil when only a custom domain is known
	Kind            *Kind
	Subdomain       string // "" when none is known
	PrivateEndpoint bool
	// ResourceID is the account's ID (nil when not given); Keyless is set
	// when local authentication is disabled.
	ResourceID *AccountID
	Keyless    bool

	Regional     *Endpoints // nil when no region is known
	CustomDomain *Endpoints // nil when no subdomain is known
	// Recommended is the custom-domain form with a private endpoint or when
	// no region is known, else the regional form.
	Recommended Endpoints
	// ResourceEndpoint is what the portal shows: the custom domain when the
	// resource has one, else the regional endpoint.
	ResourceEndpoint string
}

// ID is a deterministic identifier of the resolution.
func (r Resolution) ID() string {
	parts := []string{r.Cloud.Name, "", r.Subdomain}
	if r.Region != nil {
		parts[1] = r.Region.Name
	}
	id := strings.Join(parts, "/")
	if r.PrivateEndpoint {
		id += "/private"
	}
	if r.Keyless {
		id += "/keyless"
	}
	return id
}

// AppSettings are conventional names for app settings or a Kubernetes
// secret. They never hold a key. A keyless resource's are
// KeylessAppSettings.
func (r Resolution) AppSettings() map[string]string {
	if r.Keyless {
		return r.KeylessAppSettings()
	}
	m := map[string]string{
		"SPEECH_ENDPOINT":        r.ResourceEndpoint,
		"SPEECH_TOKEN_ENDPOINT":  r.Recommended.Token,
		"SPEECH_TTS_ENDPOINT":    r.Recommended.TTS,
		"SPEECH_VOICES_ENDPOINT": r.Recommended.Voices,
		"SPEECH_STT_ENDPOINT":    r.Recommended.STT,
	}
	if r.Region != nil {
		m["SPEECH_REGION"] = r.Region.Name
	}
	return m
}

// KeylessAppSettings are what a keyless (Microsoft Entra ID) app needs:
// the custom-domain endpoints, the token scope of the cloud, the region
// and the resource ID when known (the SDK objects that take
// aad#{resourceId}#{token} need both, SourceEntraSDK). No key, and no
// token endpoint: issueToken is documented with a key only
// (SourceRESTAuthInclude). Nil without a custom domain, which keyless
// access needs (SourceSpeechRBAC).
func (r Resolution) KeylessAppSettings() map[string]string {
	cd := r.CustomDomain
	if cd == nil {
		return nil
	}
	m := map[string]string{
		"SPEECH_ENDPOINT": cd.Resource, "SPEECH_TOKEN_SCOPE": r.Cloud.Entra().Scope,
		"SPEECH_TTS_ENDPOINT": cd.TTS, "SPEECH_VOICES_ENDPOINT": cd.Voices, "SPEECH_STT_ENDPOINT": cd.STT,
	}
	if r.Region != nil {
		m["SPEECH_REGION"] = r.Region.Name
	}
	if r.ResourceID != nil {
		m["SPEECH_RESOURCE_ID"] = r.ResourceID.String()
	}
	return m
}

// UsesCustomDomain reports whether the recommended endpoints are the
// custom-domain forms.
func (r Resolution) UsesCustomDomain() bool {
	return r.CustomDomain != nil && r.Recommended.Token == r.CustomDomain.Token
}

// TokenHosts are the hosts a token from the recommended token endpoint
// works on: tokens are scoped to the host family that issued them
// (SourceRESTAuth). A custom domain's token works on that custom domain; a
// regional token on the region's API and speech hosts.
func (r Resolution) TokenHosts() []string {
	if r.UsesCustomDomain() || r.Region == nil {
		return []string{r.Cloud.HostName(FamilyCustomDomain, r.Subdomain)}
	}
	hosts := []string{r.Cloud.HostName(FamilyAPI, r.Region.Name)}
	for _, f := range r.Cloud.SpeechFamilies {
		if f == FamilyVoice && r.Recommended.CustomVoice == "" {
			continue // no custom voice in this region
		}
		hosts = append(hosts, r.Cloud.HostName(f, r.Region.Name))
	}
	return hosts
}

// Resolve checks every input against the catalog and against each other and
// computes the endpoints: parse each setting, reconcile them, compute. When
// any problem is an error the resolution is not usable. Every fix a problem
// offers has been tried (see verifyFixes).
func Resolve(in Input) (Resolution, []Problem) {
	res, ps := resolve(in)
	for _, p := range ps {
		if len(p.Fixes) > 0 {
			verifyFixes(in, ps)
			break
		}
	}
	return res, ps
}

func resolve(in Input) (Resolution, []Problem) {
	p, ps := parseInput(in)
	if HasErrors(ps) {
		return Resolution{Given: in}, ps
	}
	r, conflicts := reconcile(in, p)
	ps = append(ps, conflicts...)
	if HasErrors(ps) {
		return Resolution{Given: in}, ps
	}
	res, notes := compute(r)
	return res, append(ps, notes...)
}

// parsed is each setting read alone.
type parsed struct {
	cloud     *Cloud
	region    *Region
	kind      *Kind
	subdomain string
	endpoint  *ParsedEndpoint
	account   *AccountID
}

// resource is a reconciled description, before endpoints are computed.
type resource struct {
	in        Input
	cloud     *Cloud
	region    *Region
	kind      *Kind
	subdomain string
	account   *AccountID
}

// reconcile cross-checks the parsed settings, infers what the endpoint
// tells, and chooses the cloud. It returns the conflicts.
func reconcile(in Input, p parsed) (resource, []Problem) {
	var ps []Problem
	if p.region == nil && p.endpoint == nil {
		return resource{}, []Problem{{Code: CodeRegionOrEndpoint, Setting: SettingRegion}}
	}
	ep, region := p.endpoint, p.region

	// A region outside every table has only a guessed cloud: the cloud
	// setting, else the endpoint's host, else the default says which it is.
	if region != nil && region.cloudGuessed {
		switch {
		case p.cloud != nil:
			region.Cloud = p.cloud
		case ep != nil:
			region.Cloud = ep.Cloud
		case in.Default != nil:
			region.Cloud = in.Default
		}
	}

	if p.cloud != nil && region != nil && region.Cloud != p.cloud {
		ps = append(ps, otherCloud(*region, p.cloud))
	}
	if ep != nil {
		switch {
		case p.cloud != nil && p.cloud != ep.Cloud:
			ps = append(
				ps,
				Problem{Code: CodeEndpointOtherCloud, Setting: SettingEndpoint, Cloud: ep.Cloud, Other: p.cloud,
					Fixes: []Fix{
						{{Setting: SettingCloud, Value: ep.Cloud.Name}},
						{{Setting: SettingCloud, Remove: true}},
					}},
			)
		case region != nil && region.Cloud != ep.Cloud:
			ps = append(
				ps,
				Problem{
					Code:    CodeEndpointRegionFar,
					Setting: SettingEndpoint,
					Cloud:   ep.Cloud,
					Other:   region.Cloud,
					Region:  region.Name,
					Host:    ep.Host(),
					Family:  ep.Family,
					Fixes:   []Fix{{dropRegion(ep)}},
				},
			)
		case region != nil && ep.Region != nil && ep.Region.Name != region.Name:
			ps = append(
				ps,
				Problem{Code: CodeEndpointRegion, Setting: SettingEndpoint, Region: ep.Region.Name, Given: region.Name,
					Host: ep.Host(), Family: ep.Family, Fixes: []Fix{
						{{Setting: SettingRegion, Value: ep.Region.Name}},
						{dropRegion(ep)},
					}},
			)
		}
		switch {
		case ep.Kind != nil && p.kind != nil && p.kind != ep.Kind:
			ps = append(
				ps,
				Problem{
					Code:    CodeEndpointKind,
					Setting: SettingKind,
					Host:    ep.Cloud.HostName(FamilyFoundry, ep.Subdomain),
					Want:    ep.Kind.Name,
					Given:   *in.Kind,
					Fixes: []Fix{
						{{Setting: SettingKind, Remove: true}},
						{{Setting: SettingKind, Value: ep.Kind.Name}},
					},
				},
			)
		case ep.OpenAI && p.kind != KindAIServices:
			ps = append(ps, OpenAIKind(*ep, p.kind))
		}
		if ep.Subdomain != "" && p.subdomain != "" && ep.Subdomain != p.subdomain {
			ps = append(
				ps,
				Problem{Code: CodeEndpointSubdomain, Setting: SettingEndpoint, Want: ep.Subdomain, Given: p.subdomain,
					Fixes: []Fix{
						{{Setting: SettingSubdomain, Remove: true}},
						{{Setting: SettingSubdomain, Value: ep.Subdomain}},
					}},
			)
		}
	}
	if HasErrors(ps) {
		return resource{}, ps
	}

	r := resource{in: in, region: region, kind: p.kind, subdomain: p.subdomain}
	if ep != nil {
		if r.region == nil && ep.Region != nil {
			r.region = ep.Region
		}
		if r.kind == nil {
			r.kind = ep.Kind
		}
		if r.subdomain == "" {
			r.subdomain = ep.Subdomain
		}
	}
	if r.kind == nil {
		r.kind = defaultKind
	}

	// The cloud: the cloud setting, else the region's or endpoint's, else
	// the default, else public.
	switch {
	case p.cloud != nil:
		r.cloud = p.cloud
	case r.region != nil || ep != nil:
		if r.region != nil {
			r.cloud = r.region.Cloud
		} else {
			r.cloud = ep.Cloud
		}
		if in.Default != nil && in.Default != r.cloud {
			at := SettingRegion
			if in.Region == nil {
				at = SettingEndpoint
			}
			ps = append(
				ps,
				Problem{Code: CodeCloudNotDefault, Setting: at, Warning: true, Cloud: r.cloud, Other: in.Default,
					Fixes: []Fix{{{Setting: SettingCloud, Value: r.cloud.Name}}}},
			)
		}
	case in.Default != nil:
		r.cloud = in.Default
	default:
		r.cloud = Public
	}
	r.account = p.account
	if in.Keyless {
		if kp := KeylessNeedsDomain(r.cloud, r.subdomain); kp != nil {
			ps = append(ps, *kp)
		}
	}
	if in.PrivateEndpoint && r.subdomain == "" {
		ps = append(ps, Problem{Code: CodePrivateNeedsDomain, Setting: SettingPrivateEndpoint, Cloud: r.cloud,
			Fixes: []Fix{{{Setting: SettingPrivateEndpoint, Remove: true}}}})
	}
	return r, ps
}

// dropRegion removes the region given beside an endpoint: a regional
// endpoint tells the region.
func dropRegion(ep *ParsedEndpoint) Change {
	if ep.Family.Regional() {
		return inferred(SettingRegion, SettingEndpoint)
	}
	return Change{Setting: SettingRegion, Remove: true}
}

// otherCloud is a region given with another cloud: set the region's cloud,
// or drop the cloud setting, or pick a region of the given cloud near it.
func otherCloud(rg Region, given *Cloud) Problem {
	p := Problem{Code: CodeRegionOtherCloud, Setting: SettingRegion, Region: rg.Name, Cloud: rg.Cloud, Other: given,
		Fixes: []Fix{{{Setting: SettingCloud, Value: rg.Cloud.Name}}, {inferred(SettingCloud, SettingRegion)}}}
	if rg.Listed {
		for _, n := range nearestRegions(rg, given, 3) {
			p.Near = append(p.Near, n.Name)
			p.Fixes = append(p.Fixes, Fix{{Setting: SettingRegion, Value: n.Name, Role: RoleNearby}})
		}
	}
	return p
}

// OpenAIKind is the problem of an OpenAI host whose kind is not known to be
// AIServices (kind nil when not given).
func OpenAIKind(ep ParsedEndpoint, kind *Kind) Problem {
	want := ep.Cloud.HostName(FamilyCustomDomain, ep.Subdomain)
	p := Problem{
		Code:    CodeEndpointOpenAIKind,
		Setting: SettingEndpoint,
		Host:    ep.Cloud.HostName(FamilyOpenAI, ep.Subdomain),
		Want:    want,
		Fixes: []Fix{
			{{Setting: SettingKind, Value: KindAIServices.Name}},
			{{Setting: SettingEndpoint, Value: rootURL(want)}},
		},
	}
	if kind != nil {
		p.Given = kind.Name
	}
	return p
}

// compute computes the endpoints of a reconciled resource and the notes
// about the forms recommended.
func compute(r resource) (Resolution, []Problem) {
	res := Resolution{
		Given:           r.in,
		Cloud:           r.cloud,
		Region:          r.region,
		Kind:            r.kind,
		Subdomain:       r.subdomain,
		PrivateEndpoint: r.in.PrivateEndpoint,
		ResourceID:      r.account,
		Keyless:         r.in.Keyless,
	}
	var ps []Problem
	if r.region != nil {
		e := RegionalEndpoints(r.cloud, *r.region)
		res.Regional = &e
	}
	if r.subdomain != "" {
		e := CustomDomainEndpointsOf(r.cloud, r.subdomain, r.kind)
		if r.region != nil {
			e.inRegionOf(*r.region)
		}
		res.CustomDomain = &e
		res.ResourceEndpoint = e.Resource
	} else {
		res.ResourceEndpoint = res.Regional.Resource
	}
	// A custom domain alone plans without a warning: Microsoft documents
	// the Speech SDK's FromEndpoint(custom domain) and the speech-to-text
	// REST API there without a private endpoint (SourcePrivateLink, "Usage
	// without private endpoints"). The one caveat left, on the short-audio
	// and text to speech REST forms, is in their descriptions.
	if res.CustomDomain != nil && (res.PrivateEndpoint || res.Keyless || res.Regional == nil) {
		res.Recommended = *res.CustomDomain
		if !r.cloud.CustomDomainTokenConfirmed || !r.cloud.CustomDomainConfirmed {
			ps = append(ps, Problem{Code: CodeUnconfirmedDomain, Warning: true, OncePerPlan: true, Cloud: r.cloud})
		}
	} else {
		res.Recommended = *res.Regional
		if res.CustomDomain != nil {
			res.Recommended.domainOnlyAPIs(res.CustomDomain)
		}
	}
	return res, ps
}

// verifyFixes keeps only the fixes that work. Applied to the input, a fix
// must remove its own problem and leave no error related to it: no new
// error (one not present before), and none of the errors before that are
// about a setting its problem is about or the fix changes. An unrelated
// error (a misspelt region beside an unknown resource type) stays, with
// fixes of its own, and does not cost the other problem its fixes. A fix
// that causes new errors is completed once with a fix of the first of them
// that changes none of the settings the fix changes; it is dropped when
// that fails too. A fix with a key-shaped value is dropped: surfaces never
// echo one.
func verifyFixes(in Input, ps []Problem) {
	before := Errors(ps)
	for i := range ps {
		var kept []Fix
		for _, f := range ps[i].Fixes {
			if f.echoesKey() {
				continue // its value would be shown
			}
			if g, ok := completeFix(in, ps[i], before, f); ok &&
				!slices.ContainsFunc(kept, func(h Fix) bool { return slices.Equal(g, h) }) {
				kept = append(kept, g)
			}
		}
		ps[i].Fixes = kept
	}
}

// completeFix tries a fix of p, completing it when it causes new errors:
// the fix to offer, and whether it works.
func completeFix(in Input, p Problem, before []Problem, f Fix) (Fix, bool) {
	fresh, ok := tryFix(in, p, before, f)
	if !ok || len(fresh) == 0 {
		return f, ok
	}
	for _, next := range fresh[0].Fixes {
		if overlap(next.settings(), f.settings()) {
			continue // it would undo or redo the fix
		}
		g := append(append(Fix{}, f...), next...)
		if fresh, ok := tryFix(in, p, before, g); ok && len(fresh) == 0 {
			return g, true
		}
	}
	return nil, false
}

// tryFix applies a fix of p and reads the errors left: the new ones (not
// present before), and whether the fix can work (p is gone, and no error
// related to it was there before and stays). A setting that fails to
// parse stops resolve before the settings are checked against each other,
// so it could hide the conflict a fix leads into: the settings of such
// unrelated errors are left out of the trial (the region or the endpoint
// only when the other is there). Conflicts are all found together, and
// stay in.
func tryFix(in Input, p Problem, before []Problem, f Fix) (fresh []Problem, ok bool) {
	related := append(p.about(), f.settings()...)
	trial := in.With(f)
	var unrelated []Problem
	for _, e := range before {
		if e.same(p) || overlap(related, e.about()) {
			continue
		}
		unrelated = append(unrelated, e)
		if len(e.about()) == 1 {
			trial = without(trial, e.Setting) // a setting that failed to parse
		}
	}
	_, after := resolve(trial)
	if p.Warning && slices.ContainsFunc(after, p.same) {
		return nil, false
	}
	for _, e := range Errors(after) {
		switch {
		case e.same(p):
			return nil, false
		case slices.ContainsFunc(unrelated, e.same):
		case slices.ContainsFunc(before, e.same):
			return nil, false // a related error stays
		default:
			fresh = append(fresh, e)
		}
	}
	return fresh, true
}

// without leaves a setting out of an input, unless the input would then
// have neither a region nor an endpoint.
func without(in Input, s Setting) Input {
	if s == SettingRegion && in.Endpoint == nil || s == SettingEndpoint && in.Region == nil {
		return in
	}
	return in.With(Fix{{Setting: s, Remove: true}})
}
