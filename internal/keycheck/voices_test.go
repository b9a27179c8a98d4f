package keycheck

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
)

func list(t testing.TB, region string) *VoiceList {
	t.Helper()
	body, _ := fakespeech.VoicesList(region)
	l, err := readVoices(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestReadVoicesKeepsTheDocumentedFields(t *testing.T) {
	l := list(t, "eastus")
	_, n := fakespeech.VoicesList("eastus")
	vs, kept := l.Voices()
	if l.Count != n || !kept || len(vs) != n {
		t.Fatalf("read %d voices, kept %d; want %d", l.Count, len(vs), n)
	}
	i := slices.IndexFunc(vs, func(v Voice) bool { return v.ShortName == "en-US-AvaMultilingualNeural" })
	if i < 0 {
		t.Fatal("en-US-AvaMultilingualNeural not read")
	}
	v := vs[i]
	if v.Name() != "Microsoft Server Speech Text to Speech Voice (en-US, AvaMultilingualNeural)" || v.Locale != "en-US" || v.LocaleName != "English (United States)" ||
		v.Gender != "Female" || v.VoiceType != "Neural" || v.Status != "GA" || v.SampleRateHertz != 48000 || v.WordsPerMinute != -1 || len(v.SecondaryLocales) == 0 {
		t.Errorf("voice %+v", v)
	}
	j := slices.IndexFunc(vs, func(v Voice) bool { return v.ShortName == "en-US-JennyNeural" })
	if j < 0 || vs[j].WordsPerMinute <= 0 || len(vs[j].Styles) == 0 {
		t.Errorf("voice %+v", vs[j])
	}
	if !slices.ContainsFunc(vs, func(v Voice) bool { return v.Status == "Preview" }) {
		t.Error("eastus serves preview voices")
	}
	// A list longer than MaxKeptVoices is counted, not kept.
	big, err := readVoices(bytes.NewReader(fakespeech.BigVoicesList()))
	if _, kept := big.Voices(); err != nil || big.Count <= MaxKeptVoices || kept || big.Names() {
		t.Errorf("big list: count %d, kept %v, %v", big.Count, kept, err)
	}
}

// Microsoft's sample gives SampleRateHertz and WordsPerMinute as JSON
// strings (SourceRESTTTS); numbers read as well.
func TestVoicesNumbersAsStringsOrNumbers(t *testing.T) {
	// The voices list sample of Microsoft's text to speech REST reference
	// (revision of 2025-10-21), as it gives the fields.
	sample := `[
  {
    "Name": "Microsoft Server Speech Text to Speech Voice (en-US, JennyMultilingualNeural)",
    "DisplayName": "Jenny Multilingual",
    "LocalName": "Jenny Multilingual",
    "ShortName": "en-US-JennyMultilingualNeural",
    "Gender": "Female",
    "Locale": "en-US",
    "LocaleName": "English (United States)",
    "SecondaryLocaleList": ["de-DE", "en-AU"],
    "SampleRateHertz": "24000",
    "VoiceType": "Neural",
    "Status": "GA",
    "ExtendedPropertyMap": {"IsHighQuality48K": "True"},
    "WordsPerMinute": "190"
  },
  {"Name": "x", "ShortName": "zh-CN-YunxiNeural", "Locale": "zh-CN", "SampleRateHertz": 48000, "WordsPerMinute": 152.0},
  {"Name": "y", "ShortName": "de-DE-KatjaNeural", "Locale": "de-DE", "SampleRateHertz": null, "WordsPerMinute": "fast"}
]`
	l, err := readVoices(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	vs, _ := l.Voices()
	for i, want := range [][2]int64{{24000, 190}, {48000, 152}, {0, -1}} {
		if vs[i].SampleRateHertz != want[0] || vs[i].WordsPerMinute != want[1] {
			t.Errorf("voice %d: rate %d, wpm %d; want %v", i, vs[i].SampleRateHertz, vs[i].WordsPerMinute, want)
		}
	}
	if vs[0].DisplayName != "Jenny Multilingual" || vs[0].Name() != "Microsoft Server Speech Text to Speech Voice (en-US, JennyMultilingualNeural)" || vs[1].Name() != "x" {
		t.Errorf("names %q %q %q", vs[0].DisplayName, vs[0].Name(), vs[1].Name())
	}
}

func TestCountVoices(t *testing.T) {
	body, n := fakespeech.VoicesList("westus")
	for _, tc := range []struct {
		body  string
		count int
		ok    bool
	}{
		{string(body), n, true},
		{`[]`, 0, true},
		{` [ {"Name":"a"} , {"Name":"b\"}{,","S":[1,{"x":2}]} ] `, 2, true},
		{`[{"a":1}]`, 1, true},
		{`[1,2]`, 0, false},
		{`["a"]`, 0, false},
		{`[null]`, 0, false},
		{`{"a":[]}`, 0, false},
		{`<html></html>`, 0, false},
		{`[{"a":1}`, 0, false},
		{``, 0, false},
		{`[{"a":1}] [{"b":2}]`, 0, false},
		{`[{"a":1}] x`, 0, false},
	} {
		l, err := readVoices(strings.NewReader(tc.body))
		got := 0
		if l != nil {
			got = l.Count
		}
		if ok := err == nil; (ok && got != tc.count) || ok != tc.ok || (!ok && !errors.Is(err, errNotVoices)) {
			t.Errorf("readVoices(%.40q) = %d, %v; want %d, ok=%v", tc.body, got, err, tc.count, tc.ok)
		}
	}
}

// A list past the limit is refused while streaming, without holding it.
func TestReadVoicesStreamLimit(t *testing.T) {
	body := "[" + strings.Repeat(`{"Name":"x"},`, 1000) + `{"Name":"x"}]`
	if _, err := readVoices(&limitedReader{r: strings.NewReader(body), n: int64(len(body)) - 1}); !errors.Is(err, errTooLarge) {
		t.Errorf("one byte over the limit: %v", err)
	}
	if l, err := readVoices(&limitedReader{r: strings.NewReader(body), n: int64(len(body))}); err != nil || l.Count != 1001 {
		t.Errorf("at the limit: %+v, %v", l, err)
	}
}

func TestMissingVoices(t *testing.T) {
	l := list(t, "westus")
	for _, tc := range []struct {
		required, missing []string
	}{
		{[]string{"en-US-AvaMultilingualNeural"}, []string{}},
		{[]string{"EN-us-avamultilingualneural"}, []string{}},
		{[]string{"Microsoft Server Speech Text to Speech Voice (zh-CN, XiaoxiaoNeural)"}, []string{}},
		{[]string{" zh-CN-XiaoxiaoNeural "}, []string{}},
		{[]string{"en-US-NoSuchNeural", "ja-JP-NanamiNeural"}, []string{"en-US-NoSuchNeural"}},
	} {
		if got := l.MissingVoices(tc.required); !slices.Equal(got, tc.missing) {
			t.Errorf("MissingVoices(%q) = %q, want %q", tc.required, got, tc.missing)
		}
	}
	sw := list(t, fakespeech.WithdrawnRegion)
	if got := sw.MissingVoices([]string{fakespeech.WithdrawnVoice}); len(got) != 1 {
		t.Errorf("%s offers %s", fakespeech.WithdrawnRegion, fakespeech.WithdrawnVoice)
	}
}

func TestSuggest(t *testing.T) {
	l := list(t, "westus")
	if s := l.Suggest("en-US-JenyNeural", 3); len(s.Names) == 0 || s.Names[0] != "en-US-JennyNeural" || s.Locale != "" {
		t.Errorf("a typo: %+v", s)
	}
	// The locale is named as the list writes it.
	if s := l.Suggest("zh-cn-nosuchvoiceatallneural", 3); len(s.Names) != 3 || s.Locale != "zh-CN" {
		t.Errorf("same locale: %+v", s)
	}
	if s := l.Suggest("xx-YY-NobodyNeural", 3); len(s.Names) != 0 {
		t.Errorf("no locale: %+v", s)
	}
}

// Lists with the same content are kept once; past the budget a list keeps
// only its names.
func TestListBudget(t *testing.T) {
	b := listBudget{limit: 1 << 30}
	a1, a2 := list(t, "westus"), list(t, "westus")
	if got := b.keep("h", a1); got != a1 {
		t.Error("the first list was not kept")
	}
	if got := b.keep("h", a2); got != a1 {
		t.Error("a list with the same content was kept twice")
	}
	full := list(t, "eastus")
	names := listBudget{limit: len(full.names)}
	got := names.keep("g", full)
	if _, kept := got.Voices(); kept || !got.Names() || !got.Suggests() || len(got.MissingVoices([]string{"en-US-JennyNeural"})) != 0 {
		t.Errorf("past the budget of full lists: kept %v, names %v", kept, got.Suggests())
	}
	small := listBudget{limit: 10}
	got = small.keep("g", list(t, "eastus"))
	if _, kept := got.Voices(); kept || !got.Names() || got.Suggests() || len(got.MissingVoices([]string{"en-US-JennyNeural", "en-us-jennyneural"})) != 0 ||
		len(got.MissingVoices([]string{"en-US-NoSuchNeural"})) != 1 || got.Count != full.Count {
		t.Errorf("past every budget: kept %v, names %v", kept, got.Suggests())
	}
}
