package keycheck

import (
	"encoding/json"
	"runtime"
	"testing"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
)

// BenchmarkVoicesParse parses a realistic voices list (hundreds of voices,
// as the fake serves it) the way the check does, and reports the bytes
// allocated per byte of body.
func BenchmarkVoicesParse(b *testing.B) {
	body, n := fakespeech.VoicesList()
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for b.Loop() {
		count, ok := countVoices(body)
		if !ok || count != n {
			b.Fatalf("counted %d voices, want %d", count, n)
		}
	}
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/float64(len(body)), "B/body-byte")
}

// BenchmarkVoicesParseDecode is the reference: decoding the list into
// []json.RawMessage, the obvious way, which countVoices replaced.
func BenchmarkVoicesParseDecode(b *testing.B) {
	body, n := fakespeech.VoicesList()
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
