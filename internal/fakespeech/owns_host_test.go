package fakespeech

import (
	"net/url"
	"reflect"
	"testing"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// endpointURLs are the URLs of every field of a set of endpoints.
func endpointURLs(e speech.Endpoints) []string {
	var out []string
	v := reflect.ValueOf(e)
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		switch f.Kind() {
		case reflect.String:
			out = append(out, f.String())
		case reflect.Struct:
			out = append(out, f.FieldByName("URL").String())
		}
	}
	return out
}

// Every host the provider computes, in every cloud, is the fake's: a
// client of the fake never gets a tunnel (or, without Passthrough, a DNS
// failure) for a host the provider can call.
func TestEveryComputedHostIsOwned(t *testing.T) {
	s, err := Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	n := 0
	for _, c := range speech.Clouds() {
		var all []speech.Endpoints
		for _, rg := range speech.Regions(c) {
			all = append(all, speech.RegionalEndpoints(c, rg))
		}
		all = append(all, speech.CustomDomainEndpoints(c, "myname"))
		all = append(all, speech.CustomDomainEndpointsOf(c, "myname", speech.KindAIServices))
		for _, e := range all {
			for _, raw := range endpointURLs(e) {
				if raw == "" {
					continue
				}
				u, err := url.Parse(raw)
				if err != nil {
					t.Fatal(err)
				}
				n++
				if !s.ownsHost(u.Hostname()) {
					t.Errorf("%s: host %s is not the fake's", c.Name, u.Hostname())
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no URL checked")
	}
}
