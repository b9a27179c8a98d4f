package speech

import "testing"

var regionInputs = []string{"japanwest", "Japan West", "JAPANWEST", "India Central", "usgovvirginia", "China East 2"}

func BenchmarkParseRegion(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := ParseRegion(regionInputs[i%len(regionInputs)]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseRegionMisspelt(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseRegion("swedentcentral"); err == nil {
			b.Fatal("accepted")
		}
	}
}

var endpointInputs = []string{"https://japanwest.api.cognitive.microsoft.com/", "https://my-speech.cognitiveservices.azure.cn/", "https://usgovarizona.api.cognitive.microsoft.us/sts/v1.0/issueToken"}

func BenchmarkParseEndpoint(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := ParseEndpoint(endpointInputs[i%len(endpointInputs)]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkResolveAllEndpoints is the data source's whole computation: parse
// every input, cross-check, compute both forms and the app settings.
func BenchmarkResolveAllEndpoints(b *testing.B) {
	region, sub, kind := "West Europe", "contoso-speech", "multi-service"
	in := Input{Region: &region, Subdomain: &sub, ResourceType: &kind, PrivateEndpoint: true}
	b.ReportAllocs()
	for b.Loop() {
		res, fs := Resolve(in)
		if HasErrors(fs) || len(res.AppSettings()) != 6 {
			b.Fatal(fs)
		}
	}
}
