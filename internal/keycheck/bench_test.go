package keycheck

import (
	"bytes"
	"encoding/json"
	"runtime"
	"testing"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
)

// BenchmarkVoicesCount counts a realistic voices list (hundreds of voices,
// as the fake serves it) from a stream, the way the check does, and reports
// the bytes allocated per byte of body: the list is never held whole.
func BenchmarkVoicesCount(b *testing.B) {
	body, n := fakespeech.VoicesList("westus")
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for b.Loop() {
		l, err := readVoices(bytes.NewReader(body), VoicesBodyLimit)
		if err != nil || l.Count != n {
			b.Fatalf("read %+v (%v), want %d voices", l, err, n)
		}
	}
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/float64(len(body)), "B/body-byte")
}

// BenchmarkVoicesParseDecode is the reference: decoding the whole list into
// []json.RawMessage, which holds the body and every voice at once.
func BenchmarkVoicesParseDecode(b *testing.B) {
	body, n := fakespeech.VoicesList("westus")
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for b.Loop() {
		var list []json.RawMessage
		if err := json.Unmarshal(body, &list); err != nil || len(list) != n {
			b.Fatal(err)
		}
	}
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/float64(len(body)), "B/body-byte")
}

// BenchmarkReadVoices reads a realistic voices list (several hundred
// voices, the documented fields) the way the check and the voices data
// source do: once per shared answer.
func BenchmarkReadVoices(b *testing.B) {
	body, n := fakespeech.VoicesList("eastus")
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		l, err := readVoices(bytes.NewReader(body), VoicesBodyLimit)
		if err != nil || len(l.Voices) != n {
			b.Fatalf("read %d voices (%v), want %d", len(l.Voices), err, n)
		}
	}
}

// BenchmarkRequireTenVoices checks ten required voices (short and long
// forms, one missing) against a realistic list.
func BenchmarkRequireTenVoices(b *testing.B) {
	body, _ := fakespeech.VoicesList("westus")
	l, err := readVoices(bytes.NewReader(body), VoicesBodyLimit)
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
