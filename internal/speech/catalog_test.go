package speech

import (
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
		got := names(Regions(tc.cloud))
		if !slices.Equal(got, tc.want) {
			t.Errorf("Regions(%q) = %v, want %v", tc.cloud, got, tc.want)
		}
	}
	if got := len(Regions("")); got != 33+2+3 {
		t.Errorf("Regions(\"\") has %d regions, want 38", got)
	}
}

func TestCatalogFeaturesMatchSheet(t *testing.T) {
	for _, rg := range Regions("") {
		sovereign := rg.Cloud != "public"
		want := Features{
			FastTranscription: !slices.Contains(sheetNoFast, rg.Name),
			BatchSynthesis:    !slices.Contains(sheetNoBatch, rg.Name),
			CustomVoice:       !sovereign && !slices.Contains(sheetNoVoice, rg.Name),
			PreviewVoices:     slices.Contains(sheetPreview, rg.Name),
		}
		if rg.Features != want {
			t.Errorf("%s features = %+v, want %+v", rg.Name, rg.Features, want)
		}
	}
}

func TestCatalogDisplayNamesNormalise(t *testing.T) {
	for _, rg := range Regions("") {
		if squash(rg.DisplayName) != rg.Name {
			t.Errorf("display name %q does not squash to identifier %q", rg.DisplayName, rg.Name)
		}
	}
}

func TestCatalogNonSpeechRegionsAreNotSpeechRegions(t *testing.T) {
	for _, ns := range nonSpeechRegions {
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
	want := []Cloud{
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
