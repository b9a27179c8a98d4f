package speech

import (
	"fmt"
	"slices"
	"testing"
)

// The lists below are copied from the Microsoft pages (SourceRegions,
// SourceSovereign) so that the catalog is checked against the pages, not
// against itself.
var (
	sheetPublic = []string{"southafricanorth", "eastasia", "southeastasia", "australiaeast", "centralindia",
		"japaneast", "japanwest", "koreacentral", "canadacentral", "canadaeast", "northeurope", "westeurope",
		"francecentral", "germanywestcentral", "italynorth", "norwayeast", "swedencentral", "switzerlandnorth",
		"switzerlandwest", "uksouth", "ukwest", "uaenorth", "brazilsouth", "qatarcentral", "centralus", "eastus",
		"eastus2", "northcentralus", "southcentralus", "westcentralus", "westus", "westus2", "westus3"}
	sheetUSGov = []string{"usgovarizona", "usgovvirginia"}
	sheetChina = []string{"chinaeast2", "chinanorth2", "chinanorth3"}

	sheetNoFast  = []string{"canadaeast", "centralus", "eastasia", "norwayeast", "qatarcentral", "southafricanorth", "switzerlandnorth", "switzerlandwest", "uaenorth", "ukwest", "westcentralus"}
	sheetNoBatch = []string{"canadaeast", "italynorth", "japanwest", "qatarcentral", "switzerlandwest", "ukwest", "westcentralus", "westus3"}
	sheetNoVoice = []string{"canadaeast", "qatarcentral", "ukwest"}
	sheetPreview = []string{"eastus", "westeurope", "southeastasia"}
)

func names(rs []Region) []string {
	out := make([]string, len(rs))
	for i, rg := range rs {
		out[i] = rg.Name
	}
	return out
}

func TestCatalogRegionsMatchSheet(t *testing.T) {
	for _, tc := range []struct {
		cloud string
		want  []string
	}{{"public", sheetPublic}, {"usgovernment", sheetUSGov}, {"china", sheetChina}} {
		got := names(Regions(cloudNamed(tc.cloud)))
		if !slices.Equal(got, tc.want) {
			t.Errorf("Regions(%q) = %v, want %v", tc.cloud, got, tc.want)
		}
	}
	if got := len(Regions(nil)); got != 33+2+3 {
		t.Errorf("Regions(\"\") has %d regions, want 38", got)
	}
}

// Features as documented: true available, false unavailable, nil where
// no page says. Public regions: the regions page's footnotes. US
// Government: fast transcription and custom voice unsupported. China:
// custom voice unsupported. Everything else in the sovereign clouds:
// undocumented.
func TestCatalogFeaturesAsDocumented(t *testing.T) {
	show := func(b *bool) string {
		if b == nil {
			return "null"
		}
		return fmt.Sprint(*b)
	}
	for _, rg := range Regions(nil) {
		want := [4]string{"null", "null", "false", "null"}
		switch rg.Cloud.Name {
		case "public":
			want = [4]string{
				fmt.Sprint(!slices.Contains(sheetNoFast, rg.Name)),
				fmt.Sprint(!slices.Contains(sheetNoBatch, rg.Name)),
				fmt.Sprint(!slices.Contains(sheetNoVoice, rg.Name)),
				fmt.Sprint(slices.Contains(sheetPreview, rg.Name)),
			}
		case "usgovernment":
			want[0] = "false"
		}
		f := rg.Features
		got := [4]string{show(f.FastTranscription), show(f.BatchSynthesis), show(f.CustomVoice), show(f.PreviewVoices)}
		if got != want {
			t.Errorf("%s features (fast, batch, custom voice, preview) = %v, want %v", rg.Name, got, want)
		}
	}
}

func TestCatalogDisplayNamesNormalise(t *testing.T) {
	for _, rg := range Regions(nil) {
		if squash(rg.DisplayName) != rg.Name {
			t.Errorf("display name %q does not squash to identifier %q", rg.DisplayName, rg.Name)
		}
	}
}

func TestCatalogAzureRegionsAreNotSpeechRegions(t *testing.T) {
	for _, ns := range azureRegions {
		if _, ok := RegionByName(ns.Name); ok {
			t.Errorf("%s is listed both as a Speech region and as a region without Speech", ns.Name)
		}
		for _, nb := range ns.Nearby {
			rg, ok := RegionByName(nb)
			if !ok {
				t.Errorf("%s: nearby %q is not a Speech region", ns.Name, nb)
			} else if rg.Cloud != ns.Cloud {
				t.Errorf("%s: nearby %q is in another cloud", ns.Name, nb)
			}
		}
	}
}

func TestCatalogCloudsMatchSheet(t *testing.T) {
	want := []*Cloud{
		{Name: "public", APISuffix: "api.cognitive.microsoft.com", SpeechSuffix: "speech.microsoft.com", CustomDomainSuffix: "cognitiveservices.azure.com"},
		{Name: "usgovernment", APISuffix: "api.cognitive.microsoft.us", SpeechSuffix: "speech.azure.us", CustomDomainSuffix: "cognitiveservices.azure.us"},
		{Name: "china", APISuffix: "api.cognitive.azure.cn", SpeechSuffix: "speech.azure.cn", CustomDomainSuffix: "cognitiveservices.azure.cn"},
	}
	got := Clouds()
	if len(got) != len(want) {
		t.Fatalf("%d clouds, want %d", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Name != w.Name || g.APISuffix != w.APISuffix || g.SpeechSuffix != w.SpeechSuffix || g.CustomDomainSuffix != w.CustomDomainSuffix {
			t.Errorf("cloud %d = %+v, want suffixes of %+v", i, g, w)
		}
	}
	if c, _ := CloudByName("china"); c.CustomDomainConfirmed {
		t.Error("the China custom-domain suffix is unconfirmed in the sheet but marked confirmed")
	}
}

// Every Speech region has a place, so that suggestions can order it.
func TestEveryRegionHasAPlace(t *testing.T) {
	for _, rg := range Regions(nil) {
		if p, ok := places[rg.Name]; !ok || p.geography == "" || (p.lat == 0 && p.lon == 0) {
			t.Errorf("%s has no place", rg.Name)
		}
	}
}

// Suggestions for a region given with the wrong cloud come from its own
// geography in the right cloud, nearest first.
func TestNearestRegions(t *testing.T) {
	for _, tc := range []struct {
		from, cloud string
		want        []string
	}{
		{"chinaeast2", "public", []string{"koreacentral", "eastasia", "japanwest"}},
		{"usgovvirginia", "public", []string{"eastus", "eastus2", "northcentralus"}},
		{"usgovarizona", "public", []string{"westus3", "westcentralus", "westus"}},
		{"westus3", "usgovernment", []string{"usgovarizona", "usgovvirginia"}},
		{"eastasia", "china", []string{"chinaeast2", "chinanorth3", "chinanorth2"}},
		{"westeurope", "china", []string{"chinanorth2", "chinanorth3", "chinaeast2"}},
	} {
		from, _ := RegionByName(tc.from)
		got := names(nearestRegions(from, cloudNamed(tc.cloud), 3))
		if !slices.Equal(got, tc.want) {
			t.Errorf("nearestRegions(%s, %s) = %v, want %v", tc.from, tc.cloud, got, tc.want)
		}
		for _, rg := range nearestRegions(from, cloudNamed(tc.cloud), 3) {
			if rg.Cloud.Name != tc.cloud {
				t.Errorf("%s is not in %s", rg.Name, tc.cloud)
			}
			if len(Regions(cloudNamed(tc.cloud))) > 0 && hasGeography(tc.cloud, from.geography()) && rg.geography() != from.geography() {
				t.Errorf("nearestRegions(%s, %s) suggests %s from %s, outside %s", tc.from, tc.cloud, rg.Name, rg.geography(), from.geography())
			}
		}
	}
}

func hasGeography(cloud, geo string) bool {
	for _, rg := range Regions(cloudNamed(cloud)) {
		if rg.geography() == geo {
			return true
		}
	}
	return false
}

// cloudNamed is the catalog's cloud of a canonical name, for tables
// written with names.
func cloudNamed(name string) *Cloud {
	c, ok := CloudByName(name)
	if !ok {
		panic("no cloud " + name)
	}
	return c
}
