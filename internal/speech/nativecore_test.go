package speech_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// The native core of the Speech SDK (the C++ library under the C#, C++,
// Java and Python SDKs) is public since SDK 1.51.1 at
// https://github.com/microsoft-foundry/SpeechSDK. It is not built here: it
// is a CMake C++ project with OpenSSL, azure-c-shared-utility and platform
// audio dependencies, its URL building is private methods of objects made
// through a site/factory graph (CSpxUspConnection::ConstructConnectionUrl,
// CSpxCloudTtsEngineAdapter::GetRequestEndpoint) with no entry point that
// returns a URL without opening a connection, and building it would bring
// its code into a check that must stay offline and small. So this file is
// a cited table of its rules instead: each rule restates, in Go, what the
// core builds, with the file and line of the core at nativeCoreCommit, and
// the test compares it with what this package computes. A difference is
// allowed only where the rule lists it for that cloud with its reason; an
// agreement where a difference is listed fails too (the reason is stale).
//
// Line numbers are of the pinned commit (SDK 1.52.0's release notes,
// CHANGELOG.md). The files cited: source/core/usp/include/usp_endpoint.h,
// source/core/usp/uspinternal.h, source/core/usp/uspimpl.cpp,
// source/core/usp/usp_connection.cpp,
// source/core/tts_cloud/cloud_tts_engine_adapter.cpp.
const nativeCoreCommit = "1fbd611d635ac9045d79bb7b982f00b4452f21ce"

// nativeHost is what the core puts after the region label for a service:
// the public suffix for every region, the azure.cn one only for a region
// whose name starts with "china" (uspimpl.cpp:64-74 GetNetworkType,
// uspinternal.h:27 azurecnRegion = "china"; GetHostNameSuffix
// uspimpl.cpp:76-150; suffixes usp_endpoint.h:47, 97, 107, 112, 241, 257).
// There is no usgov case: US Government regions get the public suffix.
func nativeHost(region, service string) string {
	if strings.HasPrefix(region, "china") {
		return region + "." + service + ".speech.azure.cn"
	}
	return region + "." + service + ".speech.microsoft.com"
}

// nativeRESTHost is what the core's REST text to speech (synthesis and the
// voices list) puts after the region: always the public suffix, with no
// cloud mapping at all (cloud_tts_engine_adapter.cpp:357 tts, :361 voice).
func nativeRESTHost(region, service string) string {
	return region + "." + service + ".speech.microsoft.com"
}

// withoutDefaultPort drops the ":443" the core writes after a host it took
// from FromEndpoint or FromHost (usp_connection.cpp:267 and :294 write
// host ':' port): the same URL.
func withoutDefaultPort(u string) string { return strings.Replace(u, ":443/", "/", 1) }

// hostOf is the host of a URL of this package's output.
func hostOf(u string) string {
	rest := u[strings.Index(u, "://")+3:]
	if i := strings.IndexAny(rest, "/?"); i >= 0 {
		rest = rest[:i]
	}
	return rest
}

// The forms a rule is fed: the region (FromSubscription / the REST
// region), the resource endpoint of a custom domain (FromEndpoint with a
// bare https://{name}.{custom-domain suffix}) and the host outputs
// (FromHost).
const (
	formRegion = "region"
	formCustom = "custom_domain"
	formHost   = "host"
)

type nativeRule struct {
	id    string
	form  string
	where string // file:line at nativeCoreCommit
	// native builds the core's URL from the region (formRegion), the
	// custom-domain host (formCustom) or the provider's endpoints (formHost).
	native func(label string, e speech.Endpoints) string
	// provider is the output compared with; "" from it skips the row (the
	// provider has no such output there, for the reason in nullReason).
	provider   func(e speech.Endpoints) string
	nullReason string
	// differsIn are the clouds where the two are expected to differ, with
	// the reason.
	differsIn []string
	reason    string
}

var nativeRules = []nativeRule{
	{
		id: "stt-websocket", form: formRegion,
		where: "usp_connection.cpp:300,312,314; uspimpl.cpp:83-92; usp_endpoint.h:47-48,97",
		native: func(rg string, _ speech.Endpoints) string {
			return "wss://" + nativeHost(rg, "stt") + "/stt/speech/universal/v2"
		},
		provider:  func(e speech.Endpoints) string { return e.STTWebsocket },
		differsIn: []string{"usgovernment"},
		reason: "FromSubscription(key, usgov...) in the native core builds .stt.speech.microsoft.com (only the " +
			"china prefix is mapped); Microsoft's sovereign-clouds page tells native SDK users to use " +
			"FromEndpoint with the portal's endpoint. The provider gives the documented .speech.azure.us host.",
	},
	{
		id: "translation-websocket", form: formRegion,
		where: "usp_connection.cpp:342,344; uspimpl.cpp:105-115 (china: the stt host, not s2s)",
		native: func(rg string, _ speech.Endpoints) string {
			return "wss://" + nativeHost(rg, "stt") + "/stt/speech/universal/v2"
		},
		provider:  func(e speech.Endpoints) string { return e.TranslationWebsocket },
		differsIn: []string{"usgovernment"},
		reason:    "as stt-websocket: no usgov mapping in the native core.",
	},
	{
		id: "conversation-transcriber-v2", form: formRegion,
		where: "usp_connection.cpp:396,404; usp_endpoint.h:223-224",
		native: func(rg string, _ speech.Endpoints) string {
			return "wss://" + rg + ".stt.speech.microsoft.com/stt/speech/universal/v2"
		},
		provider:  func(e speech.Endpoints) string { return e.STTWebsocket },
		differsIn: []string{"usgovernment", "china"},
		reason: "ConversationTranscriber with FromSubscription appends conversationTranscriberV2::hostnameSuffix " +
			"directly, without GetHostNameSuffix: even china regions get .speech.microsoft.com. Use " +
			"FromEndpoint in both sovereign clouds.",
	},
	{
		id: "tts-websocket", form: formRegion,
		where: "usp_connection.cpp:417,426; uspimpl.cpp:116-126; usp_endpoint.h:107,241-242",
		native: func(rg string, _ speech.Endpoints) string {
			return "wss://" + nativeHost(rg, "tts") + "/tts/cognitiveservices/websocket/v1"
		},
		provider:  func(e speech.Endpoints) string { return e.TTSWebsocket },
		differsIn: []string{"usgovernment"},
		reason:    "as stt-websocket: no usgov mapping in the native core.",
	},
	{
		id: "tts-rest", form: formRegion,
		where: "cloud_tts_engine_adapter.cpp:357,367; usp_endpoint.h:241,244",
		native: func(rg string, _ speech.Endpoints) string {
			return "https://" + nativeRESTHost(rg, "tts") + "/cognitiveservices/v1"
		},
		provider:  func(e speech.Endpoints) string { return e.TTS },
		differsIn: []string{"usgovernment", "china"},
		reason: "the native core's REST text to speech maps no cloud at all (not even china): with " +
			"FromSubscription in a sovereign cloud it calls the public host. The provider gives the documented " +
			"host (sovereign-clouds page); native SDK users there use FromEndpoint or FromHost(tts_host).",
	},
	{
		id: "voices-rest", form: formRegion,
		where: "cloud_tts_engine_adapter.cpp:357,379; usp_endpoint.h:241,247",
		native: func(rg string, _ speech.Endpoints) string {
			return "https://" + nativeRESTHost(rg, "tts") + "/cognitiveservices/voices/list"
		},
		provider:  func(e speech.Endpoints) string { return e.Voices },
		differsIn: []string{"usgovernment", "china"},
		reason:    "as tts-rest: GetVoicesAsync after FromSubscription in a sovereign cloud calls the public host.",
	},
	{
		id: "custom-voice-rest", form: formRegion,
		where: "cloud_tts_engine_adapter.cpp:361,367,385; usp_endpoint.h:244,257",
		native: func(rg string, _ speech.Endpoints) string {
			return "https://" + nativeRESTHost(rg, "voice") + "/cognitiveservices/v1"
		},
		provider:   func(e speech.Endpoints) string { return e.CustomVoice },
		nullReason: "custom voice is documented unsupported in both sovereign clouds (sovereign-clouds page)",
	},
	{
		id: "stt-websocket", form: formCustom,
		where: "usp_connection.cpp:260-267 (bare host: hostSet), 312-314",
		native: func(host string, _ speech.Endpoints) string {
			return withoutDefaultPort("wss://" + host + ":443/stt/speech/universal/v2")
		},
		provider: func(e speech.Endpoints) string { return e.STTWebsocket },
	},
	{
		id: "translation-websocket", form: formCustom,
		where: "usp_connection.cpp:260-267, 344",
		native: func(host string, _ speech.Endpoints) string {
			return withoutDefaultPort("wss://" + host + ":443/stt/speech/universal/v2")
		},
		provider: func(e speech.Endpoints) string { return e.TranslationWebsocket },
	},
	{
		id: "tts-websocket", form: formCustom,
		where: "usp_connection.cpp:260-267, 426",
		native: func(host string, _ speech.Endpoints) string {
			return withoutDefaultPort("wss://" + host + ":443/tts/cognitiveservices/websocket/v1")
		},
		provider: func(e speech.Endpoints) string { return e.TTSWebsocket },
	},
	{
		id: "tts-rest", form: formCustom,
		where: "cloud_tts_engine_adapter.cpp:294-301,367; usp_endpoint.h:245",
		native: func(host string, _ speech.Endpoints) string {
			return "https://" + host + "/tts/cognitiveservices/v1"
		},
		provider: func(e speech.Endpoints) string { return e.TTS },
	},
	{
		id: "voices-rest", form: formCustom,
		where: "cloud_tts_engine_adapter.cpp:316-327,373-375; usp_endpoint.h:246",
		native: func(host string, _ speech.Endpoints) string {
			return "https://" + host + "/tts/cognitiveservices/voices/list"
		},
		provider: func(e speech.Endpoints) string { return e.Voices },
	},
	{
		id: "custom-voice-rest", form: formCustom,
		where: "cloud_tts_engine_adapter.cpp:294-301,367,385; usp_endpoint.h:245",
		native: func(host string, _ speech.Endpoints) string {
			return "https://" + host + "/tts/cognitiveservices/v1"
		},
		provider:   func(e speech.Endpoints) string { return e.CustomVoice },
		nullReason: "custom voice is documented unsupported in both sovereign clouds (sovereign-clouds page)",
		differsIn:  []string{"public"},
		reason: "with an endpoint ID set, the native core sends custom voice on a custom domain to " +
			"/tts/cognitiveservices/v1?deploymentId=; the provider gives /voice/cognitiveservices/v1, the " +
			"private-link page of 2020 (the rule applied to the voice offering) and Microsoft's avatar samples " +
			"(samples/js/browser/avatar/js/chat.js: the 'voice' route for custom voice). Which one the " +
			"service prefers is not documented today: phase 2 says so in the docs.",
	},
	{
		id: "stt-websocket", form: formHost,
		where: "usp_connection.cpp:294,318; usp_endpoint.h:61-62",
		native: func(_ string, e speech.Endpoints) string {
			return withoutDefaultPort(e.STTHost + ":443/speech/recognition/conversation/cognitiveservices/v1")
		},
		provider:  func(e speech.Endpoints) string { return e.STTWebsocket },
		differsIn: []string{"public", "usgovernment", "china"},
		reason: "FromHost recognition uses the v1 path (conversation mode shown; interactive and dictation " +
			"likewise), as the JavaScript SDK does (explained.json fromHost-forces-v1-recognition); stt_host is " +
			"right as a host.",
	},
	{
		id: "translation-websocket", form: formHost,
		where: "usp_connection.cpp:294,344",
		native: func(_ string, e speech.Endpoints) string {
			return withoutDefaultPort(e.STTHost + ":443/stt/speech/universal/v2")
		},
		provider: func(e speech.Endpoints) string { return e.TranslationWebsocket },
	},
	{
		id: "tts-websocket", form: formHost,
		where: "usp_connection.cpp:294,422; usp_endpoint.h:243",
		native: func(_ string, e speech.Endpoints) string {
			return withoutDefaultPort("wss://" + hostOf(e.TTSHost) + ":443/cognitiveservices/websocket/v1")
		},
		provider:  func(e speech.Endpoints) string { return e.TTSWebsocket },
		differsIn: []string{"public", "usgovernment", "china"},
		reason: "FromHost synthesis uses /cognitiveservices/websocket/v1 without /tts (hostPath; https becomes " +
			"wss when connecting); the provider's tts_websocket_endpoint is what both SDKs build from a region. " +
			"The service answers both paths.",
	},
	{
		id: "tts-rest", form: formHost,
		where: "cloud_tts_engine_adapter.cpp:338,367; usp_endpoint.h:244",
		native: func(_ string, e speech.Endpoints) string {
			return e.TTSHost + "/cognitiveservices/v1"
		},
		provider: func(e speech.Endpoints) string { return e.TTS },
	},
	{
		id: "voices-rest", form: formHost,
		where: "cloud_tts_engine_adapter.cpp:338,379; usp_endpoint.h:247",
		native: func(_ string, e speech.Endpoints) string {
			return e.TTSHost + "/cognitiveservices/voices/list"
		},
		provider: func(e speech.Endpoints) string { return e.Voices },
	},
}

// nativeNotCompared are URLs the native core builds that the provider has
// no output for, kept so the table is the whole of the core's URL building.
var nativeNotCompared = []struct{ id, where, url, why string }{
	{"dialog", "usp_connection.cpp:351; usp_endpoint.h:155,163",
		"wss://{region}.convai.speech.microsoft.com/api/v3 (Bot Framework; /commands/api/v1 Custom Commands)",
		"Direct Line Speech / Custom Commands are not modelled; no china mapping here either " +
			"(GetHostNameSuffix's Dialog case, uspimpl.cpp:138-148, is not used)"},
	{"conversation-transcriber-v1", "usp_connection.cpp:382,387; usp_endpoint.h:206-210",
		"wss://transcribe.{region}.cts.speech.microsoft.com/speech/recognition/multiaudio (or /dynamicaudio)",
		"the retired meeting transcription service; not modelled"},
	{"translation-v1-s2s", "usp_endpoint.h:102,122-123",
		"{region}.s2s.speech.microsoft.com /speech/translation/cognitiveservices/v1",
		"defined but never built from a region (ConstructConnectionUrl has no TranslationV1 case): the s2s " +
			"form is reached only through FromEndpoint with the full URL"},
	{"custom-voice-websocket", "usp_connection.cpp:411-413,426; uspimpl.cpp:127-137",
		"wss://{region}.voice.speech.microsoft.com/tts/cognitiveservices/websocket/v1?deploymentId= " +
			"(china: .voice.speech.azure.cn); custom domain: wss://{name}.{cd}/tts/cognitiveservices/websocket/v1",
		"the provider's custom_voice_endpoint is the REST form"},
	{"token-endpoint-as-endpoint", "usp_connection.cpp:241-250; cloud_tts_engine_adapter.cpp:276-284",
		"FromEndpoint(<an issueToken URL>) keeps only its region",
		"EndpointUtils::IsTokenServiceEndpoint; its file was not located in the index, so its pattern is not cited"},
}

func TestNativeCoreURLRules(t *testing.T) {
	type row struct{ cloud, id, form, native, provider, note string }
	var rows []row
	explained := map[string]bool{} // rule+cloud whose explained difference was seen
	for _, rg := range speech.Regions(nil) {
		reg := speech.RegionalEndpoints(rg.Cloud, rg)
		cd := speech.CustomDomainEndpoints(rg.Cloud, "contoso-speech")
		for _, r := range nativeRules {
			var e speech.Endpoints
			var label string
			switch r.form {
			case formRegion:
				e, label = reg, rg.Name
			case formCustom:
				e, label = cd, hostOf(cd.Resource)
			case formHost:
				e = reg
			}
			want := r.provider(e)
			if want == "" {
				if r.nullReason == "" {
					t.Errorf("%s/%s %s: the provider has no output and the rule gives no reason", r.form, r.id, rg.Name)
				}
				continue
			}
			got := r.native(label, e)
			key := r.form + "/" + r.id + "/" + rg.Cloud.Name
			listed := contains(r.differsIn, rg.Cloud.Name)
			switch {
			case got == want && listed:
				t.Errorf("%s in %s: the native core (%s) builds %s, as the provider does, but a difference is "+
					"listed: the reason is stale", r.id, rg.Name, r.where, got)
			case got != want && !listed:
				t.Errorf("%s in %s: the native core (%s at %.7s) builds\n  %s\nthe provider gives\n  %s\n"+
					"and no difference is listed for %s", r.id, rg.Name, r.where, nativeCoreCommit, got, want,
					rg.Cloud.Name)
			case got != want:
				if !explained[key] {
					rows = append(rows, row{rg.Cloud.Name, r.id, r.form, got, want, r.reason})
				}
				explained[key] = true
			}
		}
	}
	for _, r := range nativeRules {
		for _, c := range r.differsIn {
			if !explained[r.form+"/"+r.id+"/"+c] {
				t.Errorf("%s/%s: a difference is listed for %s but none was seen", r.form, r.id, c)
			}
		}
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].form != rows[j].form {
			return rows[i].form < rows[j].form
		}
		if rows[i].id != rows[j].id {
			return rows[i].id < rows[j].id
		}
		return rows[i].cloud < rows[j].cloud
	})
	var b strings.Builder
	fmt.Fprintf(&b, "native core %s: %d explained differences\n", nativeCoreCommit[:7], len(rows))
	for _, r := range rows {
		fmt.Fprintf(&b, "  %s %s (%s): native %s, provider %s\n    %s\n", r.form, r.id, r.cloud, r.native, r.provider,
			r.note)
	}
	for _, n := range nativeNotCompared {
		fmt.Fprintf(&b, "  not compared: %s (%s): %s; %s\n", n.id, n.where, n.url, n.why)
	}
	t.Log(b.String())
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
