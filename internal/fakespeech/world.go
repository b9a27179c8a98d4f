package fakespeech

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/secret"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// World is what a fake Azure holds, as a world file (JSON) describes it:
// the Speech resources and their keys, regions Speech opened after the
// provider's table, and how the network between the client and Azure
// treats hosts. cmd/fakespeech -world loads one; README.md documents the
// format, and worlds/every-outcome.json is an example with a resource for
// every outcome of the key check.
type World struct {
	// Latency is added to every answer ("100ms"); SlowDelay is how long a
	// "slow" fault takes ("30s").
	Latency   duration `json:"latency,omitempty"`
	SlowDelay duration `json:"slow_delay,omitempty"`
	// Resources are the Speech resources, each with its key.
	Resources []WorldResource `json:"resources"`
	// Regions are regions outside the provider's table that exist (their
	// hosts resolve), as when Speech opens a region.
	Regions []WorldRegion `json:"regions,omitempty"`
	// Hosts are network rules by host or "*.suffix" pattern.
	Hosts map[string]WorldHost `json:"hosts,omitempty"`
	// DNSDown makes no host resolve (a resolver outage); Blackhole makes the
	// proxy accept connections and never answer.
	DNSDown   bool `json:"dns_down,omitempty"`
	Blackhole bool `json:"blackhole,omitempty"`
	// Identity is the fake Entra and ARM's world (identity_world.go).
	Identity *WorldIdentity `json:"identity,omitempty"`
}

// WorldResource is a Resource as a world file writes it.
type WorldResource struct {
	// Name is a note for people (what the resource is for); unused.
	Name            string `json:"name,omitempty"`
	Key             string `json:"key"`
	Cloud           string `json:"cloud"`
	Region          string `json:"region"`
	Kind            string `json:"kind,omitempty"`
	Tier            string `json:"tier,omitempty"`
	Subdomain       string `json:"subdomain,omitempty"`
	PrivateEndpoint bool   `json:"private_endpoint,omitempty"`
	QuotaExhausted  bool   `json:"quota_exhausted,omitempty"`
	// QuotaExhaustedOn "voices": the quota 403 on the voices list only,
	// after a token is issued.
	QuotaExhaustedOn string `json:"quota_exhausted_on,omitempty"`
	Disabled         bool   `json:"disabled,omitempty"`
	VoicesStatus     int    `json:"voices_status,omitempty"`
	// CustomDomainSpeech404 answers speech paths on the custom domain with
	// 404 when the resource has no private endpoint.
	CustomDomainSpeech404 bool   `json:"custom_domain_speech_404,omitempty"`
	Fault                 Fault  `json:"fault,omitempty"`
	FaultOn               string `json:"fault_on,omitempty"`
	FaultTimes            int    `json:"fault_times,omitempty"`
	ClaimRegion           string `json:"claim_region,omitempty"`
	// Voices, when set, is the whole voices list the resource's region
	// serves it: these short names, with their real fields where the
	// provider's source table has them.
	Voices       []string `json:"voices,omitempty"`
	UniqueVoices int      `json:"unique_voices,omitempty"`
	// Keyless (identity_world.go): the Entra tenant, the ARM ID, and
	// disableLocalAuth (then key may be absent).
	Tenant           string `json:"tenant,omitempty"`
	ResourceID       string `json:"resource_id,omitempty"`
	DisableLocalAuth bool   `json:"disable_local_auth,omitempty"`
}

// WorldRegion is a region outside the provider's table that exists.
type WorldRegion struct {
	Cloud  string `json:"cloud"`
	Region string `json:"region"`
}

// WorldHost is a HostRule as a world file writes it.
type WorldHost struct {
	ConnectStatus int      `json:"connect_status,omitempty"`
	Untrusted     bool     `json:"untrusted,omitempty"`
	Delay         duration `json:"delay,omitempty"`
	Blackhole     bool     `json:"blackhole,omitempty"`
	BlockPage     int      `json:"block_page,omitempty"`
}

// duration reads a Go duration string ("250ms", "5s").
type duration time.Duration

func (d *duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("a duration is a string such as \"5s\": %w", err)
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		// time's error quotes the value; a key put here is not shown.
		return fmt.Errorf("a duration is a string such as \"5s\", not %s", secret.Quote(s))
	}
	*d = duration(v)
	return nil
}

// faults are the fault names a world file may use.
var faults = []Fault{
	Fault429,
	Fault429NoRetry,
	Fault500,
	Fault502,
	Fault503,
	FaultSlow,
	FaultReset,
	FaultTruncated,
	FaultOversized,
	FaultRedirect,
	FaultNotJSON,
	FaultClaimsRegion,
	FaultEchoKey,
	FaultClaimsKey,
	FaultEmptyToken,
	FaultBigError,
	FaultBigVoices,
	FaultEndless,
	Fault429Long,
	FaultNetworkRules,
	FaultPublicAccess,
	FaultBadRequest,
	FaultTrickle401,
	FaultEchoEncodings,
	FaultUnmarked403,
}

// LoadWorld reads a world file, refusing unknown fields and values.
func LoadWorld(path string) (World, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return World{}, err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var w World
	if err := dec.Decode(&w); err != nil {
		return World{}, fmt.Errorf("%s: %w", path, err)
	}
	err = w.validate()
	return w, err
}

// validate checks a world and normalises its names in place with the
// provider's own catalog (internal/speech): a cloud, region or kind the
// provider accepts in any spelling ("Japan West", "AzureChinaCloud",
// "speech") becomes its canonical name; anything else is refused with the
// nearest names.
func (w *World) validate() error {
	// Regions outside the provider's table, declared in regions first: a
	// resource may live in one.
	declared := map[string]bool{}
	for i := range w.Regions {
		rg := &w.Regions[i]
		at := fmt.Sprintf("regions[%d]", i)
		if rg.Region == "" {
			return fmt.Errorf("%s: no region", at)
		}
		name, cloud, err := worldRegion(rg.Region, rg.Cloud, nil)
		if err != nil {
			return fmt.Errorf("%s: %w", at, err)
		}
		rg.Region, rg.Cloud = name, cloud
		declared[cloud+"/"+name] = true
	}
	seen := map[string]bool{}
	for i := range w.Resources {
		r := &w.Resources[i]
		at := fmt.Sprintf("resources[%d]", i)
		if strings.TrimSpace(r.Key) == "" && !r.DisableLocalAuth {
			return fmt.Errorf("%s: no key", at)
		}
		if r.Key != "" && seen[r.Key] {
			return fmt.Errorf("%s: the key of another resource (a key belongs to one resource)", at)
		}
		seen[r.Key] = true
		if r.Region == "" {
			return fmt.Errorf("%s: no region", at)
		}
		name, cloud, err := worldRegion(r.Region, r.Cloud, declared)
		if err != nil {
			return fmt.Errorf("%s: %w", at, err)
		}
		r.Region, r.Cloud = name, cloud
		if r.Kind != "" {
			k, p := speech.ParseKind(r.Kind)
			if p != nil {
				names := make([]string, 0, 3)
				for _, k := range []*speech.Kind{speech.KindSpeech, speech.KindMulti, speech.KindAIServices} {
					names = append(names, k.Name)
				}
				return fmt.Errorf("%s: kind %s is not a kind the provider knows; it knows %s",
					at, secret.Quote(r.Kind), strings.Join(names, ", "))
			}
			r.Kind = k.Name
		}
		if r.Fault != FaultNone && !slices.Contains(faults, r.Fault) {
			return fmt.Errorf("%s: unknown fault %s", at, secret.Quote(string(r.Fault)))
		}
		switch r.FaultOn {
		case "", "token", "voices":
		default:
			return fmt.Errorf("%s: fault_on is \"token\", \"voices\" or absent, not %s", at, secret.Quote(r.FaultOn))
		}
	}
	return w.Identity.validate(w.Resources)
}

// worldRegion reads a region and its cloud as the provider reads them.
// cloud may be empty: the region's cloud then. A region outside the
// provider's table is accepted only when declared holds it (nil: every
// well-formed one, as the regions list declares them).
func worldRegion(region, cloud string, declared map[string]bool) (string, string, error) {
	var c *speech.Cloud
	if cloud != "" {
		var p *speech.Problem
		if c, p = speech.ParseCloud(cloud); p != nil {
			names := make([]string, 0, 3)
			for _, c := range speech.Clouds() {
				names = append(names, c.Name)
			}
			return "", "", fmt.Errorf("cloud %s is not %s", secret.Quote(cloud), strings.Join(names, ", "))
		}
	}
	rg, ps := speech.ParseRegion(region)
	if speech.HasErrors(ps) {
		p := speech.Errors(ps)[0]
		if p.Code == speech.CodeKeyShaped {
			// Never echoed, as the provider never echoes it.
			return "", "", errors.New("region has the shape of a Speech key (not shown): is a key in the region field?")
		}
		near := p.Near
		if len(near) == 0 {
			near = nearestRegions(region, c)
		}
		return "", "", fmt.Errorf("region %s is not a Speech region the provider knows; nearest: %s",
			secret.Quote(region), strings.Join(near, ", "))
	}
	if c == nil {
		c = rg.Cloud
	}
	if rg.Listed && rg.Cloud != c {
		return "", "", fmt.Errorf("region %s is in the %s cloud, not %s: set cloud to %q or pick a region of %s "+
			"(nearest: %s)",
			rg.Name, rg.Cloud.Name, c.Name, rg.Cloud.Name, c.Name, strings.Join(nearestRegions(rg.Name, c), ", "))
	}
	if !rg.Listed && declared != nil && !declared[c.Name+"/"+rg.Name] {
		return "", "", fmt.Errorf("region %s is not in the provider's Speech table (nearest: %s); "+
			"to play a region Speech opened since, declare it in regions: {\"cloud\": %q, \"region\": %q}",
			secret.Quote(region), strings.Join(nearestRegions(rg.Name, c), ", "), c.Name, rg.Name)
	}
	return rg.Name, c.Name, nil
}

// nearestRegions are the three Speech regions of the cloud (nil: any)
// nearest to a name by edit distance.
func nearestRegions(name string, c *speech.Cloud) []string {
	key := strings.ToLower(strings.Join(strings.Fields(name), ""))
	rs := speech.Regions(c)
	slices.SortStableFunc(rs, func(a, b speech.Region) int {
		return speech.EditDistance(key, a.Name) - speech.EditDistance(key, b.Name)
	})
	out := []string{}
	for i := 0; i < len(rs) && i < 3; i++ {
		out = append(out, rs[i].Name)
	}
	return out
}

// Apply adds a world to the service.
func (s *Service) Apply(w World) {
	if w.Latency != 0 {
		s.Latency = time.Duration(w.Latency)
	}
	if w.SlowDelay != 0 {
		s.SlowDelay = time.Duration(w.SlowDelay)
	}
	for _, r := range w.Resources {
		s.Add(Resource{Name: r.Name, Key: r.Key, Cloud: r.Cloud, Region: r.Region, Kind: r.Kind, Tier: r.Tier,
			Subdomain: strings.ToLower(r.Subdomain), PrivateEndpoint: r.PrivateEndpoint,
			QuotaExhausted: r.QuotaExhausted, QuotaExhaustedOn: r.QuotaExhaustedOn, Disabled: r.Disabled, VoicesStatus: r.VoicesStatus,
			CustomDomainSpeech404: r.CustomDomainSpeech404, Fault: r.Fault, FaultOn: r.FaultOn, FaultTimes: r.FaultTimes,
			ClaimRegion: r.ClaimRegion, Voices: r.Voices, UniqueVoices: r.UniqueVoices,
			Tenant: r.Tenant, ResourceID: r.ResourceID, DisableLocalAuth: r.DisableLocalAuth})
	}
	s.applyIdentity(w.Identity)
	for _, rg := range w.Regions {
		s.AddRegion(rg.Cloud, rg.Region)
	}
	for pattern, h := range w.Hosts {
		s.SetHostRule(
			pattern,
			HostRule{
				ConnectStatus: h.ConnectStatus,
				Untrusted:     h.Untrusted,
				Delay:         time.Duration(h.Delay),
				Blackhole:     h.Blackhole,
				BlockPage:     h.BlockPage,
			},
		)
	}
	s.SetDNSDown(w.DNSDown)
	s.SetBlackhole(w.Blackhole)
}

// VoicesOnly is a voices list of exactly these short names: each with its
// fields from the source table when the table has it, else a plain neural
// voice of its locale.
func VoicesOnly(names []string) []byte {
	var vs []Voice
	for _, n := range names {
		v, ok := voiceByName(n)
		if !ok {
			locale := n
			if i := strings.LastIndex(n, "-"); i > 0 {
				locale = n[:i]
			}
			v = Voice{
				Name: fmt.Sprintf(
					"Microsoft Server Speech Text to Speech Voice (%s, %s)",
					locale,
					strings.TrimPrefix(n, locale+"-"),
				),
				DisplayName: strings.TrimPrefix(
					n,
					locale+"-",
				),
				LocalName:       strings.TrimPrefix(n, locale+"-"),
				ShortName:       n,
				Gender:          "Female",
				Locale:          locale,
				LocaleName:      locale,
				SampleRateHertz: "24000",
				VoiceType:       "Neural",
				Status:          "GA",
				WordsPerMinute:  "150",
			}
		}
		vs = append(vs, v)
	}
	b, err := json.Marshal(vs)
	if err != nil {
		panic(err)
	}
	return b
}

// voiceByName is a voice of the source table by short name, any case.
func voiceByName(short string) (Voice, bool) {
	for _, l := range voiceTable {
		for _, tv := range l.Voices {
			if strings.EqualFold(tv.ShortName, short) {
				return tableVoiceOf(l, tv), true
			}
		}
	}
	return Voice{}, false
}
