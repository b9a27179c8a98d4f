package speech

import "testing"

var regionInputs = []string{"japanwest", "Japan West", "JAPANWEST", "India Central", "usgovvirginia", "China East 2"}

func BenchmarkParseRegion(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, ps := ParseRegion(regionInputs[i%len(regionInputs)]); len(ps) > 0 {
			b.Fatal(ps)
		}
	}
}

func BenchmarkParseRegionMisspelt(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, ps := ParseRegion("swedentcentral"); !HasErrors(ps) {
			b.Fatal("accepted")
		}
	}
}

var endpointInputs = []string{"https://japanwest.api.cognitive.microsoft.com/", "https://my-speech.cognitiveservices.azure.cn/", "https://usgovarizona.api.cognitive.microsoft.us/sts/v1.0/issueToken"}

func BenchmarkParseEndpoint(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, ps := ParseEndpoint(endpointInputs[i%len(endpointInputs)]); HasErrors(ps) {
			b.Fatal(ps)
		}
	}
}

// BenchmarkResolveAllEndpoints is the data source's whole computation: parse
// every input, cross-check, compute both forms and the app settings.
func BenchmarkResolveAllEndpoints(b *testing.B) {
	region, sub, kind := "West Europe", "contoso-speech", "multi-service"
	in := Input{Region: &region, Subdomain: &sub, Kind: &kind, PrivateEndpoint: true}
	b.ReportAllocs()
	for b.Loop() {
		res, ps := Resolve(in)
		if HasErrors(ps) || len(res.AppSettings()) != 6 {
			b.Fatal(ps)
		}
	}
}
