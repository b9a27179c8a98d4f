package speech

import (
	"strings"
	"testing"
)

// The APIs of each form, written out from the pages (not from the rows of
// apis.go): URL, api-version, and why a form is absent.
func TestAPIForms(t *testing.T) {
	region := func(name string) Region {
		rg, ok := RegionByName(name)
		if !ok {
			t.Fatalf("no region %s", name)
		}
		return rg
	}
	poland, _ := ParseRegion("polandcentral") // outside the table
	type want struct {
		url, version string
		absent       Absence
	}
	for _, tc := range []struct {
		name string
		e    Endpoints
		get  func(Endpoints) API
		want want
	}{
		// Voice Live: custom domain only (voice-live how-to, 2026-05-25).
		{"voice live, regional", RegionalEndpoints(Public, region("eastus2")), func(e Endpoints) API { return e.VoiceLive },
			want{"", "2026-04-10", AbsentNoRegionalForm}},
		{"voice live, custom domain of an older resource", CustomDomainEndpoints(Public, "contoso"), func(e Endpoints) API { return e.VoiceLive },
			want{"wss://contoso.cognitiveservices.azure.com/voice-live/realtime", "2026-04-10", AbsentNone}},
		{"voice live, AIServices: the Foundry name", CustomDomainEndpointsOf(Public, "contoso", KindAIServices), func(e Endpoints) API { return e.VoiceLive },
			want{"wss://contoso.services.ai.azure.com/voice-live/realtime", "2026-04-10", AbsentNone}},
		{"voice live, US Government: unsupported", CustomDomainEndpointsOf(USGovernment, "contoso", KindAIServices), func(e Endpoints) API { return e.VoiceLive },
			want{"", "2026-04-10", AbsentUnsupported}},
		{"voice live, China: unsupported", CustomDomainEndpoints(China, "contoso"), func(e Endpoints) API { return e.VoiceLive },
			want{"", "2026-04-10", AbsentUnsupported}},
		// Batch synthesis: the REST spec's {endpoint}/texttospeech.
		{"batch synthesis, eastus", RegionalEndpoints(Public, region("eastus")), func(e Endpoints) API { return e.BatchSynthesis },
			want{"https://eastus.api.cognitive.microsoft.com/texttospeech/batchsyntheses", "2024-04-01", AbsentNone}},
		{"batch synthesis, italynorth: the regions page's cell is empty", RegionalEndpoints(Public, region("italynorth")),
			func(e Endpoints) API { return e.BatchSynthesis }, want{"", "2024-04-01", AbsentNotInRegion}},
		{"batch synthesis, custom domain", CustomDomainEndpoints(Public, "contoso"), func(e Endpoints) API { return e.BatchSynthesis },
			want{"https://contoso.cognitiveservices.azure.com/texttospeech/batchsyntheses", "2024-04-01", AbsentNone}},
		{"batch synthesis, US Government: undocumented", RegionalEndpoints(USGovernment, region("usgovvirginia")),
			func(e Endpoints) API { return e.BatchSynthesis }, want{"", "2024-04-01", AbsentUndocumented}},
		{"batch synthesis, a region outside the table", RegionalEndpoints(Public, poland), func(e Endpoints) API { return e.BatchSynthesis },
			want{"", "2024-04-01", AbsentRegionUnlisted}},
		// Batch avatar: {endpoint}/avatar, the avatar tab's regions.
		{"batch avatar, westus2", RegionalEndpoints(Public, region("westus2")), func(e Endpoints) API { return e.BatchAvatar },
			want{"https://westus2.api.cognitive.microsoft.com/avatar/batchsyntheses", "2024-08-01", AbsentNone}},
		{"batch avatar, eastus: not in the avatar tab", RegionalEndpoints(Public, region("eastus")), func(e Endpoints) API { return e.BatchAvatar },
			want{"", "2024-08-01", AbsentNotInRegion}},
		{"batch avatar, China: unsupported", RegionalEndpoints(China, region("chinaeast2")), func(e Endpoints) API { return e.BatchAvatar },
			want{"", "2024-08-01", AbsentUnsupported}},
		// The relay token: samples only, no api-version.
		{"relay token, westeurope", RegionalEndpoints(Public, region("westeurope")), func(e Endpoints) API { return e.AvatarRelayToken },
			want{"https://westeurope.tts.speech.microsoft.com/cognitiveservices/avatar/relay/token/v1", "", AbsentNone}},
		{"relay token, custom domain", CustomDomainEndpoints(Public, "contoso"), func(e Endpoints) API { return e.AvatarRelayToken },
			want{"https://contoso.cognitiveservices.azure.com/tts/cognitiveservices/avatar/relay/token/v1", "", AbsentNone}},
		{"relay token, US Government: unsupported", RegionalEndpoints(USGovernment, region("usgovarizona")),
			func(e Endpoints) API { return e.AvatarRelayToken }, want{"", "", AbsentUnsupported}},
		// Fast transcription (LLM speech and MAI-Transcribe on the same URL).
		{"fast transcription, westus", RegionalEndpoints(Public, region("westus")), func(e Endpoints) API { return e.FastTranscription },
			want{"https://westus.api.cognitive.microsoft.com/speechtotext/transcriptions:transcribe", "2025-10-15", AbsentNone}},
		{"fast transcription, italynorth: a ✅ in revision 01850fb", RegionalEndpoints(Public, region("italynorth")),
			func(e Endpoints) API { return e.FastTranscription },
			want{"https://italynorth.api.cognitive.microsoft.com/speechtotext/transcriptions:transcribe", "2025-10-15", AbsentNone}},
		{"fast transcription, canadaeast: not in region", RegionalEndpoints(Public, region("canadaeast")), func(e Endpoints) API { return e.FastTranscription },
			want{"", "2025-10-15", AbsentNotInRegion}},
		{"fast transcription, custom domain", CustomDomainEndpoints(Public, "contoso"), func(e Endpoints) API { return e.FastTranscription },
			want{"https://contoso.cognitiveservices.azure.com/speechtotext/transcriptions:transcribe", "2025-10-15", AbsentNone}},
		{"fast transcription, US Government: unsupported", CustomDomainEndpoints(USGovernment, "contoso"),
			func(e Endpoints) API { return e.FastTranscription }, want{"", "2025-10-15", AbsentUnsupported}},
		{"fast transcription, China: undocumented", RegionalEndpoints(China, region("chinanorth3")), func(e Endpoints) API { return e.FastTranscription },
			want{"", "2025-10-15", AbsentUndocumented}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := tc.get(tc.e)
			if got := (want{a.URL, a.APIVersion, a.Absent}); got != tc.want {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
			if a.Source.URL == "" {
				t.Errorf("no source")
			}
			if a.Absent == AbsentUnsupported || a.Absent == AbsentUndocumented {
				if a.Source != SourceSovereign {
					t.Errorf("absent in a sovereign cloud, source %s", a.Source.URL)
				}
			}
			if a.Absent == AbsentNotInRegion && a.Source != SourceRegions {
				t.Errorf("absent in a region, source %s", a.Source.URL)
			}
		})
	}
}

// A custom domain serves what its region offers: a known region without
// batch synthesis leaves the custom-domain form null too; a region outside
// the table leaves it.
func TestAPIsOfACustomDomainFollowItsRegion(t *testing.T) {
	res, ps := Resolve(Input{Endpoint: sp("https://contoso.cognitiveservices.azure.com/"), Region: sp("italynorth")})
	if HasErrors(ps) {
		t.Fatal(ps)
	}
	if a := res.CustomDomain.BatchSynthesis; a.URL != "" || a.Absent != AbsentNotInRegion {
		t.Errorf("italynorth custom domain batch synthesis = %+v", a)
	}
	if a := res.CustomDomain.FastTranscription; a.URL == "" {
		t.Errorf("italynorth custom domain fast transcription = %+v", a)
	}
	res, _ = Resolve(Input{Endpoint: sp("https://contoso.cognitiveservices.azure.com/"), Region: sp("polandcentral")})
	if a := res.CustomDomain.BatchSynthesis; a.URL == "" {
		t.Errorf("polandcentral custom domain batch synthesis = %+v", a)
	}
	// The kind decides Voice Live's host; a Foundry endpoint implies it.
	res, _ = Resolve(Input{Endpoint: sp("https://contoso.services.ai.azure.com/api/projects/p")})
	if got := res.CustomDomain.VoiceLive.URL; got != "wss://contoso.services.ai.azure.com/voice-live/realtime" {
		t.Errorf("Foundry endpoint: voice live %q", got)
	}
}

// The regions page's tabs (revision 01850fb), counted from the page.
func TestFeatureTabsAsDocumented(t *testing.T) {
	count := map[string]int{}
	for _, rg := range Regions(Public) {
		f := rg.Features
		for name, v := range map[string]*bool{"llm": f.LLMSpeech, "mai": f.MAITranscribe, "voicelive": f.VoiceLive, "mcp": f.SpeechMCPServer,
			"rtavatar": f.RealtimeAvatar, "batchavatar": f.BatchAvatar} {
			if v == nil {
				t.Errorf("%s %s is null in a public region", rg.Name, name)
			} else if *v {
				count[name]++
			}
		}
	}
	want := map[string]int{"llm": 5, "mai": 2, "voicelive": 28, "mcp": 33, "rtavatar": 7, "batchavatar": 7}
	for k, n := range want {
		if count[k] != n {
			t.Errorf("%s in %d public regions, want %d", k, count[k], n)
		}
	}
	for _, rg := range append(Regions(USGovernment), Regions(China)...) {
		f := rg.Features
		for name, v := range map[string]*bool{"voicelive": f.VoiceLive, "llm": f.LLMSpeech, "rtavatar": f.RealtimeAvatar, "batchavatar": f.BatchAvatar} {
			if v == nil || *v {
				t.Errorf("%s %s = %v, want false (the sovereign page lists it unsupported)", rg.Name, name, v)
			}
		}
		if f.SpeechMCPServer != nil || f.MAITranscribe != nil {
			t.Errorf("%s: MCP server or MAI-Transcribe documented? %+v", rg.Name, f)
		}
	}
	// Italy North: no revision read shows batch synthesis (issue 26's
	// claim of a 2026-10-07 revision has no source in the store).
	if it, _ := RegionByName("italynorth"); it.Features.BatchSynthesis == nil || *it.Features.BatchSynthesis {
		t.Errorf("italynorth batch synthesis = %v, want false as revision 01850fb shows", it.Features.BatchSynthesis)
	}
}

// A pasted URL of each API: the host is read, the query dropped, the kind
// of API kept; a Voice Live URL may be wss://.
func TestParseEndpointAPIURLs(t *testing.T) {
	for _, tc := range []struct {
		in                       string
		cloud, region, subdomain string
		path                     PathKind
		warn                     Code
	}{
		{"wss://contoso.services.ai.azure.com/voice-live/realtime?api-version=2026-04-10&model=gpt-realtime", "public", "", "contoso", PathVoiceLive,
			CodeEndpointAPIURL},
		{"wss://contoso.cognitiveservices.azure.com/voice-live/realtime?api-version=2026-04-10&model=gpt-4.1", "public", "", "contoso", PathVoiceLive,
			CodeEndpointAPIURL},
		{"https://eastus.api.cognitive.microsoft.com/texttospeech/batchsyntheses/my-job?api-version=2024-04-01", "public", "eastus", "", PathBatchSynthesis,
			CodeEndpointAPIURL},
		{"https://eastus.api.cognitive.microsoft.com/texttospeech/operations/0f3c?api-version=2024-04-01", "public", "eastus", "", PathBatchSynthesis,
			CodeEndpointAPIURL},
		{"https://contoso.cognitiveservices.azure.com/texttospeech/batchsyntheses", "public", "", "contoso", PathBatchSynthesis, CodeEndpointAPIURL},
		{"https://westus2.api.cognitive.microsoft.com/avatar/batchsyntheses/a1?api-version=2024-08-01", "public", "westus2", "", PathBatchAvatar, CodeEndpointAPIURL},
		{"https://westus2.tts.speech.microsoft.com/cognitiveservices/avatar/relay/token/v1", "public", "westus2", "", PathAvatarRelay, CodeEndpointSpeechHost},
		{"https://contoso.cognitiveservices.azure.com/tts/cognitiveservices/avatar/relay/token/v1", "public", "", "contoso", PathAvatarRelay, CodeEndpointAPIURL},
		{"https://westus.api.cognitive.microsoft.com/speechtotext/transcriptions:transcribe?api-version=2025-10-15", "public", "westus", "", PathFastTranscription,
			CodeEndpointAPIURL},
		{"https://contoso.cognitiveservices.azure.com/speechtotext/transcriptions:transcribe?api-version=2025-10-15", "public", "", "contoso",
			PathFastTranscription, CodeEndpointAPIURL},
		// Custom voice on a custom domain: the native core's /tts/ form and
		// the 2020 page's /voice/ form.
		{"https://contoso.cognitiveservices.azure.com/tts/cognitiveservices/v1?deploymentId=1234", "public", "", "contoso", PathTTS, CodeEndpointAPIURL},
		{"https://contoso.cognitiveservices.azure.com/voice/cognitiveservices/v1?deploymentId=1234", "public", "", "contoso", PathTTS, CodeEndpointAPIURL},
		{"https://usgovvirginia.api.cognitive.microsoft.us/speechtotext/transcriptions:transcribe", "usgovernment", "usgovvirginia", "", PathFastTranscription,
			CodeEndpointAPIURL},
	} {
		p, ps := ParseEndpoint(tc.in)
		if HasErrors(ps) {
			t.Errorf("ParseEndpoint(%q): %+v", tc.in, ps)
			continue
		}
		region, warn := "", Code("")
		if p.Region != nil {
			region = p.Region.Name
		}
		if len(ps) > 0 {
			warn = ps[0].Code
		}
		if p.Cloud.Name != tc.cloud || region != tc.region || p.Subdomain != tc.subdomain || p.Path != tc.path || warn != tc.warn || len(ps) > 1 {
			t.Errorf("ParseEndpoint(%q) = %+v %+v", tc.in, p, ps)
		}
		for _, q := range ps {
			if strings.Contains(q.Want, "?") || strings.Contains(q.Given, "api-version") {
				t.Errorf("ParseEndpoint(%q) carries the query: %+v", tc.in, q)
			}
		}
	}
	// Still refused: a websocket URL of another API, ws://, a query on the
	// resource endpoint, an unknown path.
	for in, code := range map[string]Code{
		"wss://westus.stt.speech.microsoft.com/stt/speech/universal/v2":      CodeEndpointWebsocket,
		"ws://contoso.services.ai.azure.com/voice-live/realtime":             CodeEndpointWebsocket,
		"https://westus.api.cognitive.microsoft.com/?api-version=2024-04-01": CodeEndpointQuery,
		"https://westus.api.cognitive.microsoft.com/texttospeechx":           CodeEndpointPath,
	} {
		if _, ps := ParseEndpoint(in); len(ps) != 1 || ps[0].Code != code {
			t.Errorf("ParseEndpoint(%q) = %+v, want %s", in, ps, code)
		}
	}
}
