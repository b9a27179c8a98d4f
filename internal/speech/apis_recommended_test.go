package speech

import "testing"

// An API with no regional form (Voice Live) is recommended in its
// custom-domain form when the resource has a custom subdomain, while every
// other endpoint stays regional; without a subdomain it stays null.
func TestRecommendedTakesDomainOnlyAPIs(t *testing.T) {
	region, sub, kind := "westus", "contoso", "AIServices"
	res, ps := Resolve(Input{Region: &region, Subdomain: &sub, Kind: &kind})
	for _, p := range ps {
		if !p.Warning {
			t.Fatalf("unexpected error %+v", p)
		}
	}
	if res.CustomDomain == nil || res.CustomDomain.VoiceLive.URL == "" {
		t.Fatalf("custom domain Voice Live: %+v", res.CustomDomain)
	}
	if got, want := res.Recommended.VoiceLive, res.CustomDomain.VoiceLive; got != want {
		t.Errorf("recommended Voice Live = %+v, want the custom-domain form %+v", got, want)
	}
	if res.Recommended.Token != res.Regional.Token || res.Recommended.BatchSynthesis != res.Regional.BatchSynthesis {
		t.Errorf("the other endpoints must stay regional: token %q, batch %+v", res.Recommended.Token, res.Recommended.BatchSynthesis)
	}
	alone, _ := Resolve(Input{Region: &region})
	if alone.Recommended.VoiceLive.URL != "" || alone.Recommended.VoiceLive.Absent != AbsentNoRegionalForm {
		t.Errorf("without a subdomain Voice Live must stay null with its reason: %+v", alone.Recommended.VoiceLive)
	}
}
