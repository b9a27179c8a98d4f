package keycheck

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
)

// BenchmarkVoicesDecodeWhole is the reference for BenchmarkReadVoices:
// the obvious way, the whole body held and decoded at once into every
// voice.
func BenchmarkVoicesDecodeWhole(b *testing.B) {
	body, n := fakespeech.VoicesList("eastus")
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		var list []wireVoice
		if err := json.Unmarshal(body, &list); err != nil || len(list) != n {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadVoices reads a realistic voices list (several hundred
// voices, the documented fields) the way the check and the voices data
// source do: once per shared answer.
func BenchmarkReadVoices(b *testing.B) {
	body, n := fakespeech.VoicesList("eastus")
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		l, err := readVoices(bytes.NewReader(body))
		if err != nil || l.Count != n {
			b.Fatalf("read %d voices (%v), want %d", l.Count, err, n)
		}
	}
}

// BenchmarkReadUniqueList reads a 4,096-voice list of unique names (about
// 8.3 MB), the largest list a plan keeps.
func BenchmarkReadUniqueList(b *testing.B) {
	body := fakespeech.UniqueVoicesList(MaxKeptVoices, "bench")
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		l, err := readVoices(bytes.NewReader(body))
		if err != nil || l.Count != MaxKeptVoices {
			b.Fatal(err)
		}
	}
}

// BenchmarkRequireTenVoices checks ten required voices (short and long
// forms, one missing) against a realistic list.
func BenchmarkRequireTenVoices(b *testing.B) {
	body, _ := fakespeech.VoicesList("westus")
	l, err := readVoices(bytes.NewReader(body))
	if err != nil {
		b.Fatal(err)
	}
	required := []string{"en-US-AvaMultilingualNeural", "en-US-AndrewMultilingualNeural", "en-US-JennyNeural", "en-US-GuyNeural", "en-US-AriaNeural",
		"Microsoft Server Speech Text to Speech Voice (en-US, DavisNeural)", "EN-US-JANENEURAL", "en-US-SaraNeural", "en-US-TonyNeural", "en-US-NoSuchNeural"}
	b.ReportAllocs()
	for b.Loop() {
		if m := l.MissingVoices(required); len(m) != 1 {
			b.Fatalf("missing %q", m)
		}
	}
}
