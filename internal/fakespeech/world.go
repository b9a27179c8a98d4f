package fakespeech

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

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
	Disabled        bool   `json:"disabled,omitempty"`
	VoicesStatus    int    `json:"voices_status,omitempty"`
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
		return err
	}
	*d = duration(v)
	return nil
}

// faults are the fault names a world file may use.
var faults = []Fault{Fault429, Fault429NoRetry, Fault500, Fault502, Fault503, FaultSlow, FaultReset, FaultTruncated, FaultOversized,
	FaultRedirect, FaultNotJSON, FaultClaimsRegion, FaultEchoKey, FaultClaimsKey, FaultEmptyToken, FaultBigError, FaultBigVoices,
	FaultEndless, Fault429Long, FaultNetworkRules, FaultPublicAccess, FaultBadRequest, FaultTrickle401, FaultEchoEncodings, FaultUnmarked403}

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
	return w, w.validate()
}

func (w World) validate() error {
	seen := map[string]bool{}
	for i, r := range w.Resources {
		at := fmt.Sprintf("resources[%d]", i)
		if strings.TrimSpace(r.Key) == "" && !r.DisableLocalAuth {
			return fmt.Errorf("%s: no key", at)
		}
		if r.Key != "" && seen[r.Key] {
			return fmt.Errorf("%s: the key of another resource (a key belongs to one resource)", at)
		}
		seen[r.Key] = true
		if _, ok := speech.CloudByName(r.Cloud); !ok {
			return fmt.Errorf("%s: cloud %q is not public, usgovernment or china", at, r.Cloud)
		}
		if r.Region == "" {
			return fmt.Errorf("%s: no region", at)
		}
		if r.Fault != FaultNone && !slices.Contains(faults, r.Fault) {
			return fmt.Errorf("%s: unknown fault %q", at, r.Fault)
		}
		switch r.FaultOn {
		case "", "token", "voices":
		default:
			return fmt.Errorf("%s: fault_on is \"token\", \"voices\" or absent, not %q", at, r.FaultOn)
		}
	}
	for i, rg := range w.Regions {
		if _, ok := speech.CloudByName(rg.Cloud); !ok || rg.Region == "" {
			return fmt.Errorf("regions[%d]: a cloud (public, usgovernment or china) and a region", i)
		}
	}
	return w.Identity.validate(w.Resources)
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
		s.Add(Resource{Key: r.Key, Cloud: r.Cloud, Region: r.Region, Kind: r.Kind, Tier: r.Tier, Subdomain: strings.ToLower(r.Subdomain),
			PrivateEndpoint: r.PrivateEndpoint, QuotaExhausted: r.QuotaExhausted, Disabled: r.Disabled, VoicesStatus: r.VoicesStatus,
			CustomDomainSpeech404: r.CustomDomainSpeech404, Fault: r.Fault, FaultOn: r.FaultOn, FaultTimes: r.FaultTimes,
			ClaimRegion: r.ClaimRegion, Voices: r.Voices, UniqueVoices: r.UniqueVoices,
			Tenant: r.Tenant, ResourceID: r.ResourceID, DisableLocalAuth: r.DisableLocalAuth})
	}
	s.applyIdentity(w.Identity)
	for _, rg := range w.Regions {
		s.AddRegion(rg.Cloud, rg.Region)
	}
	for pattern, h := range w.Hosts {
		s.SetHostRule(pattern, HostRule{ConnectStatus: h.ConnectStatus, Untrusted: h.Untrusted, Delay: time.Duration(h.Delay), Blackhole: h.Blackhole, BlockPage: h.BlockPage})
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
			v = Voice{Name: fmt.Sprintf("Microsoft Server Speech Text to Speech Voice (%s, %s)", locale, strings.TrimPrefix(n, locale+"-")),
				DisplayName: strings.TrimPrefix(n, locale+"-"), LocalName: strings.TrimPrefix(n, locale+"-"), ShortName: n, Gender: "Female",
				Locale: locale, LocaleName: locale, SampleRateHertz: "24000", VoiceType: "Neural", Status: "GA", WordsPerMinute: "150"}
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
