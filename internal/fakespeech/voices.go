package fakespeech

import (
	"encoding/json"
	"fmt"
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

var locales = []struct{ code, name string }{
	{"af-ZA", "Afrikaans (South Africa)"}, {"am-ET", "Amharic (Ethiopia)"}, {"ar-AE", "Arabic (United Arab Emirates)"},
	{"ar-EG", "Arabic (Egypt)"}, {"ar-SA", "Arabic (Saudi Arabia)"}, {"az-AZ", "Azerbaijani (Latin, Azerbaijan)"},
	{"bg-BG", "Bulgarian (Bulgaria)"}, {"bn-IN", "Bengali (India)"}, {"ca-ES", "Catalan"}, {"cs-CZ", "Czech (Czechia)"},
	{"cy-GB", "Welsh (United Kingdom)"}, {"da-DK", "Danish (Denmark)"}, {"de-AT", "German (Austria)"}, {"de-CH", "German (Switzerland)"},
	{"de-DE", "German (Germany)"}, {"el-GR", "Greek (Greece)"}, {"en-AU", "English (Australia)"}, {"en-CA", "English (Canada)"},
	{"en-GB", "English (United Kingdom)"}, {"en-IE", "English (Ireland)"}, {"en-IN", "English (India)"}, {"en-NZ", "English (New Zealand)"},
	{"en-US", "English (United States)"}, {"en-ZA", "English (South Africa)"}, {"es-AR", "Spanish (Argentina)"}, {"es-ES", "Spanish (Spain)"},
	{"es-MX", "Spanish (Mexico)"}, {"es-US", "Spanish (United States)"}, {"et-EE", "Estonian (Estonia)"}, {"eu-ES", "Basque"},
	{"fa-IR", "Persian (Iran)"}, {"fi-FI", "Finnish (Finland)"}, {"fil-PH", "Filipino (Philippines)"}, {"fr-BE", "French (Belgium)"},
	{"fr-CA", "French (Canada)"}, {"fr-CH", "French (Switzerland)"}, {"fr-FR", "French (France)"}, {"ga-IE", "Irish (Ireland)"},
	{"gl-ES", "Galician"}, {"gu-IN", "Gujarati (India)"}, {"he-IL", "Hebrew (Israel)"}, {"hi-IN", "Hindi (India)"},
	{"hr-HR", "Croatian (Croatia)"}, {"hu-HU", "Hungarian (Hungary)"}, {"hy-AM", "Armenian (Armenia)"}, {"id-ID", "Indonesian (Indonesia)"},
	{"is-IS", "Icelandic (Iceland)"}, {"it-IT", "Italian (Italy)"}, {"ja-JP", "Japanese (Japan)"}, {"jv-ID", "Javanese (Latin, Indonesia)"},
	{"ka-GE", "Georgian (Georgia)"}, {"kk-KZ", "Kazakh (Kazakhstan)"}, {"km-KH", "Khmer (Cambodia)"}, {"kn-IN", "Kannada (India)"},
	{"ko-KR", "Korean (Korea)"}, {"lo-LA", "Lao (Laos)"}, {"lt-LT", "Lithuanian (Lithuania)"}, {"lv-LV", "Latvian (Latvia)"},
	{"mk-MK", "Macedonian (North Macedonia)"}, {"ml-IN", "Malayalam (India)"}, {"mn-MN", "Mongolian (Mongolia)"}, {"mr-IN", "Marathi (India)"},
	{"ms-MY", "Malay (Malaysia)"}, {"mt-MT", "Maltese (Malta)"}, {"my-MM", "Burmese (Myanmar)"}, {"nb-NO", "Norwegian Bokmål (Norway)"},
	{"ne-NP", "Nepali (Nepal)"}, {"nl-BE", "Dutch (Belgium)"}, {"nl-NL", "Dutch (Netherlands)"}, {"pl-PL", "Polish (Poland)"},
	{"ps-AF", "Pashto (Afghanistan)"}, {"pt-BR", "Portuguese (Brazil)"}, {"pt-PT", "Portuguese (Portugal)"}, {"ro-RO", "Romanian (Romania)"},
	{"ru-RU", "Russian (Russia)"}, {"si-LK", "Sinhala (Sri Lanka)"}, {"sk-SK", "Slovak (Slovakia)"}, {"sl-SI", "Slovenian (Slovenia)"},
	{"so-SO", "Somali (Somalia)"}, {"sq-AL", "Albanian (Albania)"}, {"sr-RS", "Serbian (Cyrillic, Serbia)"}, {"sv-SE", "Swedish (Sweden)"},
	{"sw-KE", "Swahili (Kenya)"}, {"ta-IN", "Tamil (India)"}, {"te-IN", "Telugu (India)"}, {"th-TH", "Thai (Thailand)"},
	{"tr-TR", "Turkish (Türkiye)"}, {"uk-UA", "Ukrainian (Ukraine)"}, {"ur-PK", "Urdu (Pakistan)"}, {"uz-UZ", "Uzbek (Latin, Uzbekistan)"},
	{"vi-VN", "Vietnamese (Vietnam)"}, {"zh-CN", "Chinese (Mandarin, Simplified)"}, {"zh-HK", "Chinese (Cantonese, Traditional)"}, {"zh-TW", "Chinese (Taiwanese Mandarin, Traditional)"},
}

var firstNames = []struct{ name, gender string }{
	{"Ava", "Female"}, {"Andrew", "Male"}, {"Emma", "Female"}, {"Brian", "Male"}, {"Jenny", "Female"}, {"Guy", "Male"},
}

// usVoices are en-US voices by their real short names (the list's most
// used locale), with the styles and secondary locales such voices carry.
var usVoices = []struct {
	name, gender string
	multilingual bool
}{
	{"AvaMultilingualNeural", "Female", true}, {"AndrewMultilingualNeural", "Male", true},
	{"EmmaMultilingualNeural", "Female", true}, {"BrianMultilingualNeural", "Male", true},
	{"NovaMultilingualNeural", "Female", true}, {"JennyNeural", "Female", false}, {"GuyNeural", "Male", false},
	{"AriaNeural", "Female", false}, {"DavisNeural", "Male", false}, {"JaneNeural", "Female", false},
	{"JasonNeural", "Male", false}, {"SaraNeural", "Female", false}, {"TonyNeural", "Male", false},
}

// Voices only some regions offer, as public reports describe: a
// multilingual voice withdrawn from Sweden Central, and preview voices
// served only where the regions page lists preview voices.
const (
	// WithdrawnVoice is offered everywhere but WithdrawnRegion.
	WithdrawnVoice  = "en-US-NovaMultilingualNeural"
	WithdrawnRegion = "swedencentral"
)

// PreviewVoices are offered only in PreviewRegions.
var (
	PreviewVoices  = []string{"en-US-Ava:DragonHDLatestNeural", "en-US-Andrew:DragonHDLatestNeural"}
	PreviewRegions = []string{"eastus", "westeurope", "southeastasia"}
)

var (
	voicesMu   sync.Mutex
	voicesJSON = map[string][]byte{}
	voiceCount = map[string]int{}
)

// VoicesList returns the fake voices list of a region (several hundred
// voices with the documented fields, hundreds of KB, like the public one)
// and its length. Regions share one list but for the voices above.
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
	for li, l := range locales {
		if l.code == "en-US" {
			vs = append(vs, usList(variant)...)
			continue
		}
		n := 4
		if l.code == "zh-CN" {
			n = len(firstNames)
		}
		for i := 0; i < n; i++ {
			fn := firstNames[(li+i)%len(firstNames)]
			v := voice(l.code, l.name, fmt.Sprintf("%s%dNeural", fn.name, i), fn.gender, 130+(li*7+i*13)%50)
			if i%2 == 0 {
				v.StyleList = []string{"cheerful", "sad", "angry", "excited", "friendly", "hopeful", "shouting", "whispering"}
				v.RolePlayList = []string{"Narrator", "YoungAdultFemale", "OlderAdultMale"}
			}
			if i == 3 {
				v.SecondaryLocaleList = []string{"en-US", "fr-FR", "de-DE", "es-ES", "it-IT", "ja-JP", "zh-CN"}
				v.ExtendedPropertyMap = map[string]string{"IsHighQuality48K": "True"}
			}
			vs = append(vs, v)
		}
	}
	b, err := json.Marshal(vs)
	if err != nil {
		panic(err)
	}
	voicesJSON[variant], voiceCount[variant] = b, len(vs)
	return b, len(vs)
}

func voice(locale, localeName, name, gender string, wpm int) Voice {
	return Voice{
		Name:            fmt.Sprintf("Microsoft Server Speech Text to Speech Voice (%s, %s)", locale, name),
		DisplayName:     strings.TrimSuffix(strings.TrimSuffix(name, "Neural"), "Multilingual"),
		LocalName:       strings.TrimSuffix(strings.TrimSuffix(name, "Neural"), "Multilingual"),
		ShortName:       locale + "-" + name,
		Gender:          gender,
		Locale:          locale,
		LocaleName:      localeName,
		SampleRateHertz: "48000",
		VoiceType:       "Neural",
		Status:          "GA",
		WordsPerMinute:  fmt.Sprint(wpm),
	}
}

// usList is the en-US part of a variant's list.
func usList(variant string) []Voice {
	var vs []Voice
	for i, u := range usVoices {
		if variant == "withdrawn" && "en-US-"+u.name == WithdrawnVoice {
			continue
		}
		v := voice("en-US", "English (United States)", u.name, u.gender, 140+i*3)
		if u.multilingual {
			v.SecondaryLocaleList = []string{"de-DE", "es-ES", "fr-FR", "it-IT", "ja-JP", "pt-BR", "zh-CN"}
		} else {
			v.StyleList = []string{"angry", "cheerful", "excited", "friendly", "hopeful", "sad", "shouting", "terrified", "unfriendly", "whispering"}
		}
		if i == 0 {
			v.WordsPerMinute = "" // absent on some voices
		}
		vs = append(vs, v)
	}
	if variant == "preview" {
		for _, p := range PreviewVoices {
			name := strings.TrimPrefix(p, "en-US-")
			v := voice("en-US", "English (United States)", name, "Female", 150)
			v.Status = "Preview"
			vs = append(vs, v)
		}
	}
	return vs
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
