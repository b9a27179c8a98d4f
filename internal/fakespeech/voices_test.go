package fakespeech

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

func decodeVoices(t *testing.T, b []byte) []Voice {
	t.Helper()
	var vs []Voice
	if err := json.Unmarshal(b, &vs); err != nil {
		t.Fatalf("not a JSON voices list: %v", err)
	}
	return vs
}

func shortNames(vs []Voice) []string {
	names := make([]string, len(vs))
	for i, v := range vs {
		names[i] = v.ShortName
	}
	return names
}

// The names tests and examples use are real names of the list.
var requiredVoices = []string{
	"en-US-AvaMultilingualNeural", "en-US-AndrewMultilingualNeural", "en-US-EmmaMultilingualNeural", "en-US-BrianMultilingualNeural",
	"en-US-JennyNeural", "en-US-GuyNeural", "en-US-AriaNeural", "zh-CN-XiaoxiaoNeural", "zh-CN-YunxiNeural", "de-DE-KatjaNeural",
	"ja-JP-NanamiNeural", WithdrawnVoice,
}

func TestVoicesList(t *testing.T) {
	b, n := VoicesList("westus")
	vs := decodeVoices(t, b)
	if len(vs) != n || n < 300 || n > 700 {
		t.Fatalf("%d voices decoded, %d counted", len(vs), n)
	}
	names := shortNames(vs)
	for _, want := range requiredVoices {
		if !slices.Contains(names, want) {
			t.Errorf("westus lacks %s", want)
		}
	}
	seen := map[string]bool{}
	for _, v := range vs {
		if seen[strings.ToLower(v.ShortName)] {
			t.Errorf("%s twice", v.ShortName)
		}
		seen[strings.ToLower(v.ShortName)] = true
		if !strings.HasPrefix(v.ShortName, v.Locale+"-") || !strings.HasSuffix(v.ShortName, "Neural") ||
			v.Name != "Microsoft Server Speech Text to Speech Voice ("+v.Locale+", "+strings.TrimPrefix(v.ShortName, v.Locale+"-")+")" ||
			v.DisplayName == "" || v.LocalName == "" || v.LocaleName == "" || v.VoiceType != "Neural" || v.Status != "GA" ||
			(v.Gender != "Female" && v.Gender != "Male" && v.Gender != "Neutral") ||
			(v.SampleRateHertz != "24000" && v.SampleRateHertz != "48000") {
			t.Errorf("voice %+v", v)
		}
	}
	// The forms of Microsoft's sample.
	jenny := vs[slices.Index(names, "en-US-JennyNeural")]
	if jenny.WordsPerMinute != "152" || jenny.SampleRateHertz != "24000" || len(jenny.StyleList) == 0 || jenny.ExtendedPropertyMap["IsHighQuality48K"] != "True" {
		t.Errorf("jenny %+v", jenny)
	}
	if yunxi := vs[slices.Index(names, "zh-CN-YunxiNeural")]; yunxi.LocalName != "云希" || len(yunxi.RolePlayList) == 0 {
		t.Errorf("yunxi %+v", yunxi)
	}
	if jm := vs[slices.Index(names, "en-US-JennyMultilingualNeural")]; jm.DisplayName != "Jenny Multilingual" || len(jm.SecondaryLocaleList) != 13 {
		t.Errorf("jenny multilingual %+v", jm)
	}
	if !strings.Contains(string(b), `"SampleRateHertz":"24000"`) || !strings.Contains(string(b), `"WordsPerMinute":"152"`) {
		t.Error("numbers are not JSON strings")
	}
	if !slices.ContainsFunc(vs, func(v Voice) bool { return v.WordsPerMinute == "" }) {
		t.Error("every voice has WordsPerMinute")
	}
	// Sovereign regions serve the same list.
	if cn, _ := VoicesList("chinaeast2"); string(cn) != string(b) {
		t.Error("chinaeast2 serves another list")
	}
}

func TestVoicesListRegions(t *testing.T) {
	has := func(region, name string) bool {
		b, _ := VoicesList(region)
		return slices.Contains(shortNames(decodeVoices(t, b)), name)
	}
	if has(WithdrawnRegion, WithdrawnVoice) || !has("westus", WithdrawnVoice) || !has("eastus", WithdrawnVoice) {
		t.Errorf("%s should be offered everywhere but %s", WithdrawnVoice, WithdrawnRegion)
	}
	if !slices.Contains(PreviewVoices, "en-US-Ava:DragonHDLatestNeural") || len(PreviewVoices) < 10 {
		t.Errorf("preview voices %q", PreviewVoices)
	}
	for _, p := range PreviewVoices {
		for _, r := range PreviewRegions {
			if !has(r, p) {
				t.Errorf("%s lacks preview voice %s", r, p)
			}
		}
		for _, r := range []string{"westus", WithdrawnRegion, "chinaeast2", "usgovvirginia"} {
			if has(r, p) {
				t.Errorf("%s offers preview voice %s", r, p)
			}
		}
	}
	b, _ := VoicesList("eastus")
	for _, v := range decodeVoices(t, b) {
		if (v.Status == "Preview") != slices.Contains(PreviewVoices, v.ShortName) {
			t.Errorf("%s has status %s", v.ShortName, v.Status)
		}
	}
}

func TestUniqueVoicesList(t *testing.T) {
	a := UniqueVoicesList(4096, "a")
	if len(a) >= 8<<20 || len(a) <= 7_000_000 {
		t.Fatalf("4096 voices make %d bytes, want (7000000, 8388608)", len(a))
	}
	va := decodeVoices(t, a)
	if len(va) != 4096 {
		t.Fatalf("%d voices", len(va))
	}
	// Each name field unique across the list (DisplayName and LocalName
	// of one voice are the same, as for most real voices).
	names := [4]map[string]bool{{}, {}, {}, {}}
	fields := func(v Voice) [4]string { return [4]string{v.ShortName, v.Name, v.DisplayName, v.LocalName} }
	for _, v := range va {
		for f, s := range fields(v) {
			if names[f][s] {
				t.Fatalf("%q twice", s)
			}
			names[f][s] = true
		}
		if len(v.StyleList) < 20 || len(v.SecondaryLocaleList) < 20 || len(v.RolePlayList) < 5 || len(v.ExtendedPropertyMap) < 2 ||
			!strings.HasPrefix(v.ShortName, v.Locale+"-") {
			t.Fatalf("voice %+v", v)
		}
	}
	for _, v := range decodeVoices(t, UniqueVoicesList(4096, "b")) {
		for f, s := range fields(v) {
			if names[f][s] {
				t.Fatalf("salts a and b share %q", s)
			}
		}
	}
	// A long salt costs secondary locales, not the size limit.
	if long := UniqueVoicesList(4096, strings.Repeat("salt", 16)); len(long) >= 8<<20 {
		t.Errorf("a long salt makes %d bytes", len(long))
	}
}
