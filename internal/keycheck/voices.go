package keycheck

import (
	"encoding/json"
	"errors"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// Errors of reading a voices list.
var (
	errTooLarge  = errors.New("the body is larger than the limit")
	errNotVoices = errors.New("the body is not a JSON list of voices")
)

// limitedReader fails with errTooLarge once more than n bytes are read.
type limitedReader struct {
	r io.Reader
	n int64
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n < 0 {
		return 0, errTooLarge
	}
	if int64(len(p)) > l.n+1 {
		p = p[:l.n+1]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	if l.n < 0 {
		return n, errTooLarge
	}
	return n, err
}

// eachVoice calls fn with each element of the JSON array dec reads,
// decoded once into a wireVoice (an element that is not an object is
// refused); then it checks that the array ends the stream.
func eachVoice(dec *json.Decoder, fn func(*wireVoice) error) error {
	tok, err := dec.Token()
	if err != nil {
		return streamErr(err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return errNotVoices
	}
	for dec.More() {
		// A pointer tells null (still nil) from an object; a string, a
		// number or a list fails to decode into the struct.
		var w *wireVoice
		if err := dec.Decode(&w); err != nil {
			return streamErr(err)
		}
		if w == nil {
			return errNotVoices
		}
		if err := fn(w); err != nil {
			return err
		}
	}
	if tok, err = dec.Token(); err != nil {
		return streamErr(err)
	}
	if d, ok := tok.(json.Delim); !ok || d != ']' {
		return errNotVoices
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		if err != nil {
			return streamErr(err)
		}
		return errNotVoices // something after the list
	}
	return nil
}

// streamErr tells a body that is not JSON from a stream that broke.
func streamErr(err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, errTooLarge):
		return errTooLarge
	case errors.As(err, &syn), errors.As(err, &typ), errors.Is(err, io.EOF):
		return errNotVoices
	}
	return err
}

// MaxKeptVoices bounds the voices an answer keeps: the public list has
// several hundred; a longer list is counted, not kept, so that memory per
// key stays bounded whatever a body holds.
const MaxKeptVoices = 4096

// Voice is one voice of a region's list: the fields Microsoft documents
// for the voices list (speech.SourceRESTTTS), and only those.
type Voice struct {
	ShortName        string
	Name             string
	DisplayName      string
	LocalName        string
	Locale           string
	LocaleName       string
	Gender           string
	VoiceType        string
	Status           string
	SampleRateHertz  int64
	WordsPerMinute   int64 // -1 when absent
	Styles           []string
	SecondaryLocales []string
	RolePlays        []string
}

// VoiceList is what an answer keeps of a voices list.
type VoiceList struct {
	Count int
	// Voices is nil when the list had more than MaxKeptVoices voices.
	Voices []Voice
}

// wireVoice is a voice as the service sends it. Unknown fields, such as
// ExtendedPropertyMap, are skipped by the decoder, never held.
type wireVoice struct {
	Name                string   `json:"Name"`
	DisplayName         string   `json:"DisplayName"`
	LocalName           string   `json:"LocalName"`
	ShortName           string   `json:"ShortName"`
	Gender              string   `json:"Gender"`
	Locale              string   `json:"Locale"`
	LocaleName          string   `json:"LocaleName"`
	SampleRateHertz     string   `json:"SampleRateHertz"`
	VoiceType           string   `json:"VoiceType"`
	Status              string   `json:"Status"`
	WordsPerMinute      string   `json:"WordsPerMinute"`
	StyleList           []string `json:"StyleList"`
	SecondaryLocaleList []string `json:"SecondaryLocaleList"`
	RolePlayList        []string `json:"RolePlayList"`
}

// readVoices reads a voices list as it streams in, one voice in memory at a
// time, never the body: the list is hundreds of KB, and a body can be as
// large as limit. It keeps the documented fields of at most MaxKeptVoices
// voices; strings that repeat across voices (locales, genders, styles) are
// stored once. It fails with errNotVoices unless the body is a JSON array
// of objects and nothing else, with errTooLarge past limit, and with the
// reader's error when the stream breaks.
func readVoices(r io.Reader, limit int64) (*VoiceList, error) {
	dec := json.NewDecoder(&limitedReader{r: r, n: limit})
	list := &VoiceList{}
	intern := map[string]string{}
	in := func(s string) string {
		if v, ok := intern[s]; ok {
			return v
		}
		intern[s] = s
		return s
	}
	ins := func(ss []string) []string {
		if len(ss) == 0 {
			return nil
		}
		out := make([]string, len(ss))
		for i, s := range ss {
			out[i] = in(s)
		}
		return out
	}
	err := eachVoice(dec, func(w *wireVoice) error {
		list.Count++
		if list.Count > MaxKeptVoices {
			list.Voices = nil
			return nil
		}
		v := Voice{
			ShortName: w.ShortName, Name: w.Name, DisplayName: w.DisplayName, LocalName: w.LocalName,
			Locale: in(w.Locale), LocaleName: in(w.LocaleName), Gender: in(w.Gender), VoiceType: in(w.VoiceType), Status: in(w.Status),
			WordsPerMinute: -1, Styles: ins(w.StyleList), SecondaryLocales: ins(w.SecondaryLocaleList), RolePlays: ins(w.RolePlayList),
		}
		v.SampleRateHertz, _ = strconv.ParseInt(w.SampleRateHertz, 10, 64)
		if n, err := strconv.ParseInt(w.WordsPerMinute, 10, 64); err == nil {
			v.WordsPerMinute = n
		}
		list.Voices = append(list.Voices, v)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return list, nil
}

// longForm matches a voice's long name, "Microsoft Server Speech Text to
// Speech Voice (en-US, AvaMultilingualNeural)".
var longForm = regexp.MustCompile(`(?i)^\s*Microsoft Server Speech Text to Speech Voice \(\s*([A-Za-z0-9-]+)\s*,\s*([A-Za-z0-9:_-]+)\s*\)\s*$`)

// VoiceShortName is the short name a required voice is written as: the
// short name itself, or the one of a long name, trimmed.
func VoiceShortName(s string) string {
	if m := longForm.FindStringSubmatch(s); m != nil {
		return m[1] + "-" + m[2]
	}
	return strings.TrimSpace(s)
}

// MissingVoices returns the required voices (as written) that the list
// does not offer, matching short names case-insensitively.
func (l *VoiceList) MissingVoices(required []string) []string {
	offered := make(map[string]bool, len(l.Voices))
	for _, v := range l.Voices {
		offered[strings.ToLower(v.ShortName)] = true
	}
	missing := []string{}
	for _, r := range required {
		if !offered[strings.ToLower(VoiceShortName(r))] {
			missing = append(missing, r)
		}
	}
	return missing
}

// Suggest names, for a voice the list lacks, the closest short names it
// offers (a typo), else the voices of the same locale, at most max.
func (l *VoiceList) Suggest(required string, limit int) (names []string, sameLocale bool) {
	want := strings.ToLower(VoiceShortName(required))
	type cand struct {
		name string
		d    int
	}
	var cs []cand
	for _, v := range l.Voices {
		if d := speech.EditDistance(want, strings.ToLower(v.ShortName)); d <= 3 {
			cs = append(cs, cand{v.ShortName, d})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].d < cs[j].d })
	for _, c := range cs {
		if len(names) < limit {
			names = append(names, c.name)
		}
	}
	if len(names) > 0 {
		return names, false
	}
	locale := localeOf(want)
	for _, v := range l.Voices {
		if strings.EqualFold(v.Locale, locale) && len(names) < limit {
			names = append(names, v.ShortName)
		}
	}
	return names, true
}

// localeOf is the locale part of a short name: "en-us" of
// "en-us-avamultilingualneural", "zh-hans-cn" kept whole when it has a
// script.
func localeOf(short string) string {
	parts := strings.Split(short, "-")
	switch {
	case len(parts) >= 4 && len(parts[1]) == 4:
		return strings.Join(parts[:3], "-")
	case len(parts) >= 3:
		return strings.Join(parts[:2], "-")
	}
	return ""
}
