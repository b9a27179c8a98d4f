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
	body, n := fakespeech.VoicesList()
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for b.Loop() {
		count, err := countVoicesStream(bytes.NewReader(body), VoicesBodyLimit)
		if err != nil || count != n {
			b.Fatalf("counted %d voices (%v), want %d", count, err, n)
		}
	}
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/float64(len(body)), "B/body-byte")
}

// BenchmarkVoicesParseDecode is the reference: decoding the whole list into
// []json.RawMessage, which holds the body and every voice at once.
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
