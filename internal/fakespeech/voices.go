package fakespeech

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"sync"
)

// Voice is one entry of the voices list, with the fields speech.SourceRESTTTS
// documents.
type Voice struct {
	Name                string            `json:"Name"`
	DisplayName         string            `json:"DisplayName"`
	LocalName           string            `json:"LocalName"`
	ShortName           string            `json:"ShortName"`
	Gender              string            `json:"Gender"`
	Locale              string            `json:"Locale"`
	LocaleName          string            `json:"LocaleName"`
	StyleList           []string          `json:"StyleList,omitempty"`
	SecondaryLocaleList []string          `json:"SecondaryLocaleList,omitempty"`
	RolePlayList        []string          `json:"RolePlayList,omitempty"`
	SampleRateHertz     string            `json:"SampleRateHertz"`
	VoiceType           string            `json:"VoiceType"`
	Status              string            `json:"Status"`
	ExtendedPropertyMap map[string]string `json:"ExtendedPropertyMap,omitempty"`
	WordsPerMinute      string            `json:"WordsPerMinute,omitempty"`
}

// Voices only some regions offer, as public reports describe: a
// multilingual voice withdrawn from Sweden Central, and preview voices
// served only where the page lists preview voices.
const (
	// WithdrawnVoice is offered everywhere but WithdrawnRegion.
	WithdrawnVoice  = "en-US-NovaMultilingualNeural"
	WithdrawnRegion = "swedencentral"
)

// PreviewVoices are offered only in PreviewRegions: the voices the voice
// table marks as preview, and en-US-Ava:DragonHDLatestNeural and
// en-US-Andrew:DragonHDLatestNeural (see voicenames.go).
var (
	PreviewVoices  = previewVoices()
	PreviewRegions = []string{"eastus", "westeurope", "southeastasia"}
)

func previewVoices() []string {
	var names []string
	for _, l := range voiceTable {
		for _, v := range l.Voices {
			if v.Flags&(pagePreview|fakePreview) != 0 {
				names = append(names, v.ShortName)
			}
		}
	}
	return names
}

var (
	voicesMu   sync.Mutex
	voicesJSON = map[string][]byte{}
	voiceCount = map[string]int{}
)

// VoicesList returns the fake voices list of a region (the real voice
// names of voicenames.go, some six hundred voices with the documented
// fields, a few hundred KB, like the public one) and its length. Regions,
// sovereign ones included, share one list but for the voices above.
func VoicesList(region string) ([]byte, int) {
	variant := "standard"
	switch {
	case region == WithdrawnRegion:
		variant = "withdrawn"
	case slices.Contains(PreviewRegions, region):
		variant = "preview"
	}
	voicesMu.Lock()
	defer voicesMu.Unlock()
	if b, ok := voicesJSON[variant]; ok {
		return b, voiceCount[variant]
	}
	var vs []Voice
	for _, l := range voiceTable {
		for _, tv := range l.Voices {
			switch {
			case variant != "preview" && tv.Flags&(pagePreview|fakePreview) != 0:
				continue
			case variant == "withdrawn" && tv.ShortName == WithdrawnVoice:
				continue
			}
			vs = append(vs, tableVoiceOf(l, tv))
		}
	}
	b, err := json.Marshal(vs)
	if err != nil {
		panic(err)
	}
	voicesJSON[variant], voiceCount[variant] = b, len(vs)
	return b, len(vs)
}

// multilingualSecondaryLocales are the secondary locales the fake gives a
// multilingual voice the sample does not show (real lists carry many more).
var multilingualSecondaryLocales = []string{"de-DE", "es-ES", "fr-FR", "it-IT", "ja-JP", "pt-BR", "zh-CN"}

// tableVoiceOf is the voices list entry of a voice of the table, in the
// forms of Microsoft's sample: numbers as JSON strings, the long name
// "Microsoft Server Speech Text to Speech Voice (xx-XX, NameNeural)", the
// display name "Jenny" or "Jenny Multilingual".
func tableVoiceOf(l tableLocale, tv tableVoice) Voice {
	name := strings.TrimPrefix(tv.ShortName, l.Locale+"-")
	display := displayName(name)
	v := Voice{
		Name:            fmt.Sprintf("Microsoft Server Speech Text to Speech Voice (%s, %s)", l.Locale, name),
		DisplayName:     display,
		LocalName:       display,
		ShortName:       tv.ShortName,
		Gender:          tv.Gender,
		Locale:          l.Locale,
		LocaleName:      l.LocaleName,
		SampleRateHertz: "24000",
		VoiceType:       "Neural",
		Status:          "GA",
		WordsPerMinute:  wordsPerMinute(l.Locale, tv.ShortName),
	}
	if ln, ok := sampleLocalNames[tv.ShortName]; ok {
		v.LocalName = ln
	}
	// Newer voices (multilingual, HD) at 48 kHz; the others at 24 kHz with
	// the high-fidelity 48 kHz model the page says every standard voice has.
	if strings.Contains(name, "Multilingual") || strings.Contains(name, ":DragonHD") {
		v.SampleRateHertz = "48000"
	} else {
		v.ExtendedPropertyMap = map[string]string{"IsHighQuality48K": "True"}
	}
	if tv.Flags&(pagePreview|fakePreview) != 0 {
		v.Status = "Preview"
	}
	if sr, ok := voiceStyles[tv.ShortName]; ok {
		v.StyleList, v.RolePlayList = sr.Styles, sr.Roles
	}
	switch {
	case sampleSecondaryLocaleList[tv.ShortName] != nil:
		v.SecondaryLocaleList = sampleSecondaryLocaleList[tv.ShortName]
	case tv.ShortName == "zh-CN-XiaoxiaoDialectsNeural":
		v.SecondaryLocaleList = dialectsSecondaryLocales
	case strings.Contains(name, "Multilingual"):
		v.SecondaryLocaleList = multilingualSecondaryLocales
	}
	if tv.ShortName == "en-US-AvaMultilingualNeural" {
		v.WordsPerMinute = "" // absent on some voices
	}
	return v
}

// displayName is the display name of a voice from its name after the
// locale: "Jenny" of "JennyNeural", "Jenny Multilingual" of
// "JennyMultilingualNeural" (the sample's forms), "Ava" of
// "Ava:DragonHDLatestNeural".
func displayName(name string) string {
	name = strings.TrimSuffix(name, "Neural")
	if i := strings.IndexByte(name, ':'); i >= 0 {
		name = name[:i]
	}
	for _, suffix := range []string{"TurboMultilingual", "Multilingual", "Dialects", "Indic"} {
		if base, ok := strings.CutSuffix(name, suffix); ok && base != "" {
			if suffix == "TurboMultilingual" {
				suffix = "Turbo Multilingual"
			}
			return base + " " + suffix
		}
	}
	return name
}

// wordsPerMinute is the sample's figure for the voices it shows, else a
// stable figure of the name: about 130-190 words a minute, more for the
// languages written without spaces (the sample's zh-CN voice says 293).
func wordsPerMinute(locale, shortName string) string {
	if w, ok := sampleWordsPerMinute[shortName]; ok {
		return w
	}
	h := fnv.New32a()
	_, _ = h.Write([]byte(shortName))
	n := int(h.Sum32() % 60)
	switch strings.SplitN(locale, "-", 2)[0] {
	case "zh", "ja", "yue", "wuu", "th", "lo", "km", "my":
		return fmt.Sprint(250 + n)
	}
	return fmt.Sprint(130 + n)
}

var (
	bigOnce  sync.Once
	bigVoice []byte
)

// BigVoicesList is a valid voices list of almost 8 MiB (the provider's
// limit): the realistic list repeated.
func BigVoicesList() []byte {
	bigOnce.Do(func() {
		one, _ := VoicesList("westus")
		inner := one[1 : len(one)-1]
		var b []byte
		b = append(b, '[')
		for len(b)+len(inner)+2 < 8<<20-1024 {
			if len(b) > 1 {
				b = append(b, ',')
			}
			b = append(b, inner...)
		}
		bigVoice = append(b, ']')
	})
	return bigVoice
}
