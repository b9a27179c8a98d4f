package fakespeech

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
)

// uniqueVoiceBytes is the most one voice of UniqueVoicesList takes, its
// comma included: 4,096 of them make at most 8,355,842 bytes, about 8.3 MB
// and just under the provider's 8 MiB (8,388,608 bytes) limit on a voices
// list.
const uniqueVoiceBytes = 2040

// UniqueVoicesList is a valid voices list of n voices for memory
// benchmarks (many keys each answering a list of thousands of voices that
// share nothing): ShortName, Name, DisplayName and LocalName are unique per
// (salt, index), so no two lists of different salts share a name; the other
// fields look like a real voice's, with a long StyleList, SecondaryLocaleList,
// RolePlayList and ExtendedPropertyMap. Each voice takes uniqueVoiceBytes
// at most (its secondary locales are cut to fit), so n = 4096 makes about
// 8.3 MB, under 8 MiB, whatever the salt. n must be below 1,000,000.
func UniqueVoicesList(n int, salt string) []byte {
	if n < 0 || n >= 1_000_000 {
		panic("fakespeech: UniqueVoicesList wants 0 <= n < 1000000")
	}
	tag := hex.EncodeToString([]byte(salt)) // injective: distinct salts never share a name
	secondary := make([]string, 0, len(voiceTable))
	for _, l := range voiceTable {
		secondary = append(secondary, l.Locale)
	}
	b := make([]byte, 0, n*uniqueVoiceBytes+2)
	b = append(b, '[')
	for i := range n {
		l := voiceTable[i%len(voiceTable)]
		tv := l.Voices[(i/len(voiceTable))%len(l.Voices)]
		first := displayName(strings.TrimPrefix(tv.ShortName, l.Locale+"-"))
		first = strings.NewReplacer(" ", "", "-", "").Replace(first)
		name := fmt.Sprintf("%sUnique%s%06dNeural", first, tag, i)
		display := fmt.Sprintf("%s Unique %s %06d", first, tag, i)
		v := Voice{
			Name:                fmt.Sprintf("Microsoft Server Speech Text to Speech Voice (%s, %s)", l.Locale, name),
			DisplayName:         display,
			LocalName:           display,
			ShortName:           l.Locale + "-" + name,
			Gender:              tv.Gender,
			Locale:              l.Locale,
			LocaleName:          l.LocaleName,
			StyleList:           bigStyles,
			SecondaryLocaleList: secondary,
			RolePlayList:        bigRoles,
			SampleRateHertz:     "48000",
			VoiceType:           "Neural",
			Status:              "GA",
			ExtendedPropertyMap: bigProperties,
			WordsPerMinute:      wordsPerMinute(l.Locale, l.Locale+"-"+name),
		}
		one := marshalWithin(v, uniqueVoiceBytes-1)
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, one...)
	}
	return append(b, ']')
}

// marshalWithin marshals v, its secondary locales cut so that it takes at
// most limit bytes (a few bytes less: a locale is 8 or 9).
func marshalWithin(v Voice, limit int) []byte {
	one, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	size := len(one)
	keep := len(v.SecondaryLocaleList)
	for size > limit && keep > 1 {
		keep--
		size -= len(v.SecondaryLocaleList[keep]) + 3 // its quotes and comma
	}
	if keep < len(v.SecondaryLocaleList) {
		v.SecondaryLocaleList = v.SecondaryLocaleList[:keep]
		if one, err = json.Marshal(v); err != nil {
			panic(err)
		}
	}
	return one
}

// The long lists of UniqueVoicesList's voices: styles and roles of real
// voices (voiceStyles), and extended properties in the manner of the
// IsHighQuality48K of Microsoft's sample and the voice tags of the public
// list.
var (
	bigStyles = []string{
		"affectionate",
		"angry",
		"assistant",
		"calm",
		"chat",
		"chat-casual",
		"cheerful",
		"customerservice",
		"disgruntled",
		"excited",
		"fearful",
		"friendly",
		"gentle",
		"lyrical",
		"newscast",
		"poetry-reading",
		"sad",
		"serious",
		"sorry",
		"whispering",
		"narration-professional",
		"newscast-casual",
		"empathetic",
		"hopeful",
		"shouting",
		"terrified",
		"unfriendly",
		"documentary-narration",
		"narration-relaxed",
		"sports-commentary",
	}
	bigRoles = []string{
		"Boy",
		"Girl",
		"Narrator",
		"OlderAdultFemale",
		"OlderAdultMale",
		"SeniorFemale",
		"SeniorMale",
		"YoungAdultFemale",
		"YoungAdultMale",
	}
	bigProperties = map[string]string{
		"IsHighQuality48K":   "True",
		"ContentCategories":  "Conversation,Copilot,Narration,News,Audiobook",
		"VoicePersonalities": "Warm,Friendly,Caring,Confident,Expressive",
	}
)
