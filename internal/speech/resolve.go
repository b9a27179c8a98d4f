package speech

import (
	"fmt"
	"strings"
)

// Attribute names used in findings; they are the data source's argument names.
const (
	AttrRegion          = "region"
	AttrCloud           = "cloud"
	AttrResourceType    = "resource_type"
	AttrSubdomain       = "custom_subdomain_name"
	AttrPrivateEndpoint = "private_endpoint"
	AttrEndpoint        = "endpoint"
)

// Input is what a user configured. A nil pointer means "not set".
type Input struct {
	Region          *string
	Cloud           *string
	ResourceType    *string
	Subdomain       *string
	PrivateEndpoint bool
	Endpoint        *string

	// DefaultCloud is the provider's cloud ("" when it has none) and
	// DefaultCloudSource says where it came from, for messages
	// ("the provider's cloud argument", "ARM_ENVIRONMENT").
	DefaultCloud       string
	DefaultCloudSource string

	// Speaker words the messages: Attributes (the zero value) for data
	// sources, Arguments for functions.
	Speaker Speaker
}

// Finding is an error or warning about one attribute ("" for the whole
// configuration).
type Finding struct {
	Attribute string
	Warning   bool
	Summary   string
	Detail    string
	// OncePerPlan marks a note that is the same for every data source of a
	// plan (a fact about a cloud, not about this configuration): surfaces
	// show it once per provider process.
	OncePerPlan bool
}

// Resolution is a fully checked description of a Speech resource.
type Resolution struct {
	Cloud           Cloud
	Region          *Region // nil when only a custom domain is known
	Kind            Kind
	Subdomain       string // "" when none is known
	PrivateEndpoint bool

	Regional     *Endpoints // nil when no region is known
	CustomDomain *Endpoints // nil when no subdomain is known
	// Recommended is the custom-domain form with a private endpoint or when
	// no region is known, else the regional form.
	Recommended Endpoints
	// ResourceEndpoint is what the portal shows: the custom domain when the
	// resource has one, else the regional endpoint.
	ResourceEndpoint string

	// Where the configuration said what it said, so that advice names only
	// the settings that must change.
	CloudSet           bool // cloud was given on the resource itself
	RegionFromEndpoint bool // the region was read from endpoint, not region
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
	return id
}

// AppSettings are conventional names for app settings or a Kubernetes
// secret. They never hold a key.
func (r Resolution) AppSettings() map[string]string {
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

// Resolve checks every input against the catalog and against each other and
// computes the endpoints. When any finding is an error the resolution is
// not usable.
func Resolve(in Input) (Resolution, []Finding) {
	var fs []Finding
	fail := func(attr string, err error) {
		ie := asInputError(err)
		fs = append(fs, Finding{Attribute: attr, Summary: ie.Summary, Detail: ie.Detail})
	}
	warn := func(attr, summary, detail string) {
		fs = append(fs, Finding{Attribute: attr, Warning: true, Summary: summary, Detail: detail})
	}

	sp := in.Speaker
	var res Resolution
	var explicitCloud *Cloud
	if in.Cloud != nil {
		if c, err := sp.ParseCloud(*in.Cloud); err != nil {
			fail(AttrCloud, err)
		} else {
			explicitCloud = &c
		}
	}
	var region *Region
	if in.Region != nil {
		if m, err := sp.ParseRegion(*in.Region); err != nil {
			fail(AttrRegion, err)
		} else {
			region = &m.Region
			if m.Warning != "" {
				warn(AttrRegion, "Legacy Region Name", m.Warning)
			}
			if m.Unlisted != "" {
				warn(AttrRegion, "Region Not In Speech Table", m.Unlisted)
			}
		}
	}
	res.Kind, _ = ParseKind(DefaultKind)
	if in.ResourceType != nil {
		if k, err := ParseKind(*in.ResourceType); err != nil {
			fail(AttrResourceType, err)
		} else {
			res.Kind = k
		}
	}
	if in.Subdomain != nil {
		if s, err := sp.ParseSubdomain(*in.Subdomain); err != nil {
			fail(AttrSubdomain, err)
		} else {
			res.Subdomain = s
		}
	}
	var ep *ParsedEndpoint
	if in.Endpoint != nil {
		if p, err := sp.ParseEndpoint(*in.Endpoint); err != nil {
			fail(AttrEndpoint, err)
		} else {
			ep = &p
			if p.Warning != "" {
				warn(AttrEndpoint, "Endpoint Is Not The Resource Endpoint", p.Warning)
			}
			if p.unlisted != "" && in.Region == nil {
				warn(AttrEndpoint, "Region Not In Speech Table", p.unlisted)
			}
		}
	}
	if hasErrors(fs) {
		return res, fs
	}
	if in.Region == nil && in.Endpoint == nil {
		fail(AttrRegion, inputErr("Region Or Endpoint Required", "Set region (the Location of the Speech resource, for example \"eastus\") or endpoint (the Endpoint on its Keys and Endpoint page)."))
		return res, fs
	}

	// A region outside every table has only a guessed cloud: the data
	// source's cloud, else the endpoint's host, else the provider's cloud
	// says which it is.
	if region != nil && region.cloudGuessed {
		switch {
		case explicitCloud != nil:
			region.Cloud = explicitCloud.Name
		case ep != nil:
			region.Cloud = ep.Cloud
		case in.DefaultCloud != "":
			region.Cloud = in.DefaultCloud
		}
	}

	// Cross-check the inputs.
	if explicitCloud != nil && region != nil && region.Cloud != explicitCloud.Name {
		fail(AttrRegion, wrongCloud(*region, *explicitCloud, sp))
	}
	if ep != nil {
		epCloud, _ := CloudByName(ep.Cloud)
		switch {
		case explicitCloud != nil && explicitCloud.Name != ep.Cloud:
			fail(AttrEndpoint, inputErr("Endpoint In Another Cloud", "endpoint is a host of %s, but cloud = %q. Set cloud = %q, or use the endpoint of a resource in %s.", epCloud.DisplayName, explicitCloud.Name, ep.Cloud, explicitCloud.DisplayName))
		case region != nil && region.Cloud != ep.Cloud:
			fail(AttrEndpoint, inputErr("Endpoint And Region In Different Clouds", "endpoint is a host of %s, but region %q is in %s. A key belongs to one resource in one cloud: use the endpoint and region of the same resource.", epCloud.DisplayName, region.Name, mustCloud(region.Cloud).DisplayName))
		case region != nil && ep.Region != "" && ep.Region != region.Name:
			fail(AttrEndpoint, inputErr("Endpoint And Region Disagree", "endpoint is in region %q, but region = %q. Use the region of the resource the endpoint belongs to: set region = %q, or remove region (it is read from endpoint).", ep.Region, region.Name, ep.Region))
		}
		switch {
		case ep.Kind != "" && in.ResourceType != nil && res.Kind.Name != ep.Kind:
			fail(AttrResourceType, inputErr("Resource Type Contradicts Endpoint", "endpoint is the Foundry name of a resource (https://%s/), which only an %q resource has, but resource_type = %q. Remove resource_type, or set it to %q.", mustCloud(ep.Cloud).HostName(FamilyFoundry, ep.Subdomain), ep.Kind, *in.ResourceType, ep.Kind))
		case ep.OpenAI && (in.ResourceType == nil || res.Kind.Name != "AIServices"):
			given := ""
			if in.ResourceType != nil {
				given = *in.ResourceType
			}
			fail(AttrEndpoint, sp.OpenAIKindError(*ep, given))
		}
		if ep.Subdomain != "" && res.Subdomain != "" && ep.Subdomain != res.Subdomain {
			fail(AttrEndpoint, inputErr("Endpoint And Custom Subdomain Disagree", "endpoint has the custom subdomain %q, but custom_subdomain_name = %q. A resource has one custom subdomain: remove custom_subdomain_name or make them match.", ep.Subdomain, res.Subdomain))
		}
	}
	if hasErrors(fs) {
		return res, fs
	}

	// Fill in what the endpoint tells.
	if ep != nil {
		if region == nil && ep.Region != "" {
			rg := ep.region
			region = &rg
			res.RegionFromEndpoint = true
		}
		if ep.Kind != "" && in.ResourceType == nil {
			res.Kind, _ = ParseKind(ep.Kind)
		}
		if res.Subdomain == "" {
			res.Subdomain = ep.Subdomain
		}
	}

	// Choose the cloud: the data source's, else the region's or endpoint's,
	// else the provider's, else public.
	switch {
	case explicitCloud != nil:
		res.Cloud = *explicitCloud
		res.CloudSet = true
	case region != nil || ep != nil:
		name := ""
		if region != nil {
			name = region.Cloud
		} else {
			name = ep.Cloud
		}
		res.Cloud = mustCloud(name)
		if in.DefaultCloud != "" && in.DefaultCloud != name {
			attr := AttrRegion
			if region == nil || in.Region == nil {
				attr = AttrEndpoint
			}
			warn(attr, "Cloud Differs From Provider Default", fmt.Sprintf("%s says cloud %q, but this resource is in %s, so cloud %q is used. Set cloud = %q on this data source to say so and silence this warning.", in.DefaultCloudSource, in.DefaultCloud, res.Cloud.DisplayName, name, name))
		}
	case in.DefaultCloud != "":
		res.Cloud = mustCloud(in.DefaultCloud)
	default:
		res.Cloud = mustCloud("public")
	}

	res.Region = region
	res.PrivateEndpoint = in.PrivateEndpoint
	if in.PrivateEndpoint && res.Subdomain == "" {
		fail(AttrPrivateEndpoint, inputErr("Private Endpoint Needs A Custom Subdomain", "A resource behind a private endpoint is reached only through its custom domain, and the regional hosts answer 401 for its key. Set custom_subdomain_name to the resource's custom subdomain, or endpoint = \"https://{name}.%s/\".", res.Cloud.CustomDomainSuffix))
		return res, fs
	}

	if region != nil {
		e := RegionalEndpoints(res.Cloud, *region)
		res.Regional = &e
	}
	if res.Subdomain != "" {
		e := CustomDomainEndpoints(res.Cloud, res.Subdomain)
		res.CustomDomain = &e
		res.ResourceEndpoint = e.Resource
	} else {
		res.ResourceEndpoint = res.Regional.Resource
	}
	if res.CustomDomain != nil && res.Regional == nil && !res.PrivateEndpoint {
		warn(AttrEndpoint, "Custom-Domain Endpoints Without A Private Endpoint", fmt.Sprintf("Only a custom domain is known, so the recommended endpoints are its forms (https://%s/...). Microsoft documents those forms for resources behind a private endpoint, and public reports show the custom-domain speech paths answering 404 on resources without one. If the resource has no private endpoint, %s (its Location) to get the regional forms, which every resource answers on; if it has one, set private_endpoint = true to say so and silence this warning.", res.CustomDomain.Resource[len("https://"):len(res.CustomDomain.Resource)-1], sp.set(AttrRegion, "<region>")))
	}
	if res.CustomDomain != nil && (res.PrivateEndpoint || res.Regional == nil) {
		res.Recommended = *res.CustomDomain
		if !res.Cloud.CustomDomainTokenConfirmed || !res.Cloud.CustomDomainConfirmed {
			fs = append(fs, Finding{Warning: true, OncePerPlan: true, Summary: "Unconfirmed Custom-Domain Endpoints", Detail: fmt.Sprintf("Microsoft documents the custom-domain Speech endpoints for the public cloud; in %s the custom-domain suffix %q and token path are derived from the documented rule, not confirmed. Test them once before relying on them (key_check does).", res.Cloud.DisplayName, res.Cloud.CustomDomainSuffix)})
		}
	} else {
		res.Recommended = *res.Regional
	}
	return res, fs
}

// wrongCloud explains a region given with another cloud, suggesting the
// regions of the given cloud nearest to it.
func wrongCloud(rg Region, given Cloud, sp Speaker) *InputError {
	right := mustCloud(rg.Cloud)
	var near []string
	for _, n := range NearestRegions(rg, given.Name, 3) {
		near = append(near, n.Name)
	}
	if !rg.Listed {
		return inputErr("Region In Another Cloud", "%q is a region of %s, not %s, and keys of one cloud are rejected by the others. %s (or %s: it is inferred from the region).", rg.Name, right.DisplayName, given.DisplayName, sp.Set(AttrCloud, right.Name), sp.remove(AttrCloud))
	}
	return inputErr("Region In Another Cloud", "Region %q (%s) is in %s, not %s, and keys of one cloud are rejected by the others. %s (or %s: it is inferred from the region), or use a region of %s near it, such as %s.",
		rg.Name, rg.DisplayName, right.DisplayName, given.DisplayName, sp.Set(AttrCloud, right.Name), sp.remove(AttrCloud), given.DisplayName, quoteList(near))
}

func mustCloud(name string) Cloud {
	c, ok := CloudByName(name)
	if !ok {
		panic("speech: cloud not in catalog: " + name)
	}
	return c
}

func hasErrors(fs []Finding) bool {
	for _, f := range fs {
		if !f.Warning {
			return true
		}
	}
	return false
}

// HasErrors reports whether any finding is an error.
func HasErrors(fs []Finding) bool { return hasErrors(fs) }

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
