package keycheck

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

func list(t testing.TB, region string) *VoiceList {
	t.Helper()
	body, _ := fakespeech.VoicesList(region)
	l, err := readVoices(bytes.NewReader(body), VoicesBodyLimit)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestReadVoicesKeepsTheDocumentedFields(t *testing.T) {
	l := list(t, "eastus")
	_, n := fakespeech.VoicesList("eastus")
	if l.Count != n || len(l.Voices) != n {
		t.Fatalf("read %d voices, kept %d; want %d", l.Count, len(l.Voices), n)
	}
	i := slices.IndexFunc(l.Voices, func(v Voice) bool { return v.ShortName == "en-US-AvaMultilingualNeural" })
	if i < 0 {
		t.Fatal("en-US-AvaMultilingualNeural not read")
	}
	v := l.Voices[i]
	if v.Name != "Microsoft Server Speech Text to Speech Voice (en-US, AvaMultilingualNeural)" || v.Locale != "en-US" || v.LocaleName != "English (United States)" ||
		v.Gender != "Female" || v.VoiceType != "Neural" || v.Status != "GA" || v.SampleRateHertz != 48000 || v.WordsPerMinute != -1 || len(v.SecondaryLocales) != 7 {
		t.Errorf("voice %+v", v)
	}
	j := slices.IndexFunc(l.Voices, func(v Voice) bool { return v.ShortName == "en-US-JennyNeural" })
	if j < 0 || l.Voices[j].WordsPerMinute <= 0 || len(l.Voices[j].Styles) == 0 {
		t.Errorf("voice %+v", l.Voices[j])
	}
	if !slices.ContainsFunc(l.Voices, func(v Voice) bool { return v.Status == "Preview" }) {
		t.Error("eastus serves preview voices")
	}
	// A list longer than MaxKeptVoices is counted, not kept.
	big, err := readVoices(bytes.NewReader(fakespeech.BigVoicesList()), VoicesBodyLimit)
	if err != nil || big.Count <= MaxKeptVoices || big.Voices != nil {
		t.Errorf("big list: count %d, kept %d, %v", big.Count, len(big.Voices), err)
	}
}

func TestMissingVoices(t *testing.T) {
	l := list(t, "westus")
	for _, tc := range []struct {
		required, missing []string
	}{
		{[]string{"en-US-AvaMultilingualNeural"}, []string{}},
		{[]string{"EN-us-avamultilingualneural"}, []string{}},
		{[]string{"Microsoft Server Speech Text to Speech Voice (en-US, JennyNeural)"}, []string{}},
		{[]string{"  en-US-GuyNeural "}, []string{}},
		{[]string{"en-US-AvaMultilingualNeural", "en-US-Ava:DragonHDLatestNeural"}, []string{"en-US-Ava:DragonHDLatestNeural"}}, // preview: not in westus
		{[]string{"en-US-AvaMultilingalNeural"}, []string{"en-US-AvaMultilingalNeural"}},                                        // a typo
	} {
		if got := l.MissingVoices(tc.required); !slices.Equal(got, tc.missing) {
			t.Errorf("MissingVoices(%q) = %q, want %q", tc.required, got, tc.missing)
		}
	}
	if got := list(t, "swedencentral").MissingVoices([]string{fakespeech.WithdrawnVoice}); len(got) != 1 {
		t.Errorf("Sweden Central offers %s", fakespeech.WithdrawnVoice)
	}
}

func TestSuggestVoices(t *testing.T) {
	l := list(t, "westus")
	if names, same := l.Suggest("en-US-AvaMultilingalNeural", 3); same || len(names) == 0 || names[0] != "en-US-AvaMultilingualNeural" {
		t.Errorf("a typo: %q, same locale %v", names, same)
	}
	if names, same := l.Suggest("de-DE-SomebodyElseEntirelyNeural", 3); !same || len(names) != 3 || !strings.HasPrefix(names[0], "de-DE-") {
		t.Errorf("an unknown voice: %q, same locale %v", names, same)
	}
	if names, _ := l.Suggest("xx-XX-NobodyNeural", 3); len(names) != 0 {
		t.Errorf("an unknown locale: %q", names)
	}
	if got := localeOf("zh-hans-cn-xiaoxiaoneural"); got != "zh-hans-cn" {
		t.Errorf("localeOf with a script = %q", got)
	}
}

// A voice the region does not offer is a verdict: the check names it, the
// region, and what is offered instead; the key stays valid.
func TestCheckRequiredVoices(t *testing.T) {
	key := newKey(t)
	fake.Add(fakespeech.Resource{Key: key, Cloud: "public", Region: fakespeech.WithdrawnRegion})
	c := client(t, 5*time.Second, 0)
	res := resolve(t, speech.Input{Region: sp(fakespeech.WithdrawnRegion)})
	r := c.Check(context.Background(), Request{Key: key, Resolution: res, Voices: true, RequireVoices: []string{fakespeech.WithdrawnVoice, "en-US-JennyNeural", "en-US-AvaMultilingalNeural"}})
	if r.Passed || r.Inconclusive() || r.KeyValid == nil || !*r.KeyValid || r.Summary != "Voices Not Offered In Region" {
		t.Fatalf("result %+v", r)
	}
	if !slices.Equal(r.MissingVoices, []string{fakespeech.WithdrawnVoice, "en-US-AvaMultilingalNeural"}) {
		t.Errorf("missing %q", r.MissingVoices)
	}
	for _, want := range []string{`region "swedencentral" (Sweden Central)`, `"en-US-NovaMultilingualNeural" (closest offered:`, `"en-US-AvaMultilingalNeural" (closest offered: "en-US-AvaMultilingualNeural"`} {
		if !strings.Contains(r.Detail, want) {
			t.Errorf("detail lacks %q:\n%s", want, r.Detail)
		}
	}
	ok := c.Check(context.Background(), Request{Key: key, Resolution: res, Voices: true, RequireVoices: []string{"en-US-JennyNeural"}})
	if !ok.Passed || ok.MissingVoices == nil || len(ok.MissingVoices) != 0 {
		t.Errorf("all offered: %+v", ok)
	}
	if fake.VoicesCalls(key) != 1 {
		t.Errorf("%d voices calls: the list is read once per key and URL", fake.VoicesCalls(key))
	}
}
