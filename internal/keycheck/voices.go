package keycheck

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unsafe"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// errNotVoices is the error of a body that is not a JSON list of voices.
var errNotVoices = errors.New("the body is not a JSON list of voices")

// MaxKeptVoices bounds the voices a list keeps: the public list has
// several hundred; a longer list is counted, not kept, so that memory per
// key stays bounded whatever a body holds.
const MaxKeptVoices = 4096

// Voice is one voice of a region's list: the fields Microsoft documents
// for the voices list (speech.SourceRESTTTS), and only those.
type Voice struct {
	ShortName        string
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
	// name is the long name when it differs from the usual form (see
	// Name); "" otherwise, so that the usual form is not stored.
	name string
}

// Name is the voice's long name, "Microsoft Server Speech Text to Speech
// Voice (en-US, AvaMultilingualNeural)".
func (v Voice) Name() string {
	if v.name != "" {
		return v.name
	}
	return longName(v.Locale, v.ShortName)
}

func longName(locale, short string) string {
	return "Microsoft Server Speech Text to Speech Voice (" + locale + ", " + strings.TrimPrefix(short, locale+"-") + ")"
}

// VoiceList is what a plan keeps of a voices list: its count and a hash of
// each short name (what later checks need to tell whether a voice is
// offered), and, while the memory budget allows, the short names (for
// suggestions) and the full voices (for the voices data source).
type VoiceList struct {
	// Count is the number of voices the list had.
	Count int
	// hashes are the sorted hashes of the lower-cased short names; nil
	// when the list had more than MaxKeptVoices voices.
	hashes []uint64
	// names are the short names as the list writes them, one per line;
	// "" when they were not kept.
	names string
	// voices is the full list; nil when it was not kept.
	voices []Voice
	// size estimates the memory of voices.
	size int
}

// Names reports whether the list was kept at all: it had at most
// MaxKeptVoices voices, so whether it offers a voice can be told.
func (l *VoiceList) Names() bool { return l.Count <= MaxKeptVoices }

// Suggests reports whether the short names were kept, for suggestions.
func (l *VoiceList) Suggests() bool { return l.names != "" || l.Count == 0 }

// nameHash hashes a short name, case-insensitively (FNV-1a, 64 bits).
func nameHash(name string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(name); i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// Voices returns the full list, and whether it was kept.
func (l *VoiceList) Voices() ([]Voice, bool) { return l.voices, l.voices != nil || l.Count == 0 }

// eachName calls fn with each short name until it returns false.
func (l *VoiceList) eachName(fn func(string) bool) {
	s := l.names
	for s != "" {
		name, rest, _ := strings.Cut(s, "\n")
		if !fn(name) {
			return
		}
		s = rest
	}
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
	SampleRateHertz     flexInt  `json:"SampleRateHertz"`
	VoiceType           string   `json:"VoiceType"`
	Status              string   `json:"Status"`
	WordsPerMinute      flexInt  `json:"WordsPerMinute"`
	StyleList           []string `json:"StyleList"`
	SecondaryLocaleList []string `json:"SecondaryLocaleList"`
	RolePlayList        []string `json:"RolePlayList"`
}

// flexInt reads a number given as a JSON string ("24000", as Microsoft's
// sample gives SampleRateHertz and WordsPerMinute, SourceRESTTTS) or as a
// JSON number (24000). Absent, null or unreadable: not set.
type flexInt struct {
	n   int64
	set bool
}

func (f *flexInt) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		b = []byte(strings.TrimSpace(s))
	}
	if n, err := strconv.ParseInt(string(b), 10, 64); err == nil {
		f.n, f.set = n, true
	} else if x, err := strconv.ParseFloat(string(b), 64); err == nil && x >= 0 && x < 1e12 {
		f.n, f.set = int64(x), true
	}
	return nil
}

// readVoices reads a voices list as it streams in, one voice in memory at a
// time, never the body. It keeps the documented fields of at most
// MaxKeptVoices voices; strings and lists that repeat across voices
// (locales, genders, styles) are stored once, and the long name only when
// it is not the usual form. It fails with errNotVoices unless the body is a
// JSON array of objects and nothing else, with errTooLarge past the
// reader's limit, and with the reader's error when the stream breaks.
func readVoices(r io.Reader) (*VoiceList, error) {
	dec := json.NewDecoder(r)
	list := &VoiceList{}
	intern := map[string]string{}
	in := func(s string) string {
		if v, ok := intern[s]; ok {
			return v
		}
		intern[s] = s
		return s
	}
	lists := map[string][]string{}
	ins := func(ss []string) []string {
		if len(ss) == 0 {
			return nil
		}
		k := strings.Join(ss, "\x00")
		if v, ok := lists[k]; ok {
			return v
		}
		out := make([]string, len(ss))
		for i, s := range ss {
			out[i] = in(s)
		}
		lists[k] = out
		list.size += len(out) * int(unsafe.Sizeof(""))
		return out
	}
	var names strings.Builder
	err := eachVoice(dec, func(w *wireVoice) error {
		list.Count++
		if list.Count > MaxKeptVoices {
			list.voices, names = nil, strings.Builder{}
			return nil
		}
		v := Voice{
			ShortName: w.ShortName, DisplayName: in(w.DisplayName), LocalName: in(w.LocalName),
			Locale: in(w.Locale), LocaleName: in(w.LocaleName), Gender: in(w.Gender), VoiceType: in(w.VoiceType),
			Status: in(w.Status), SampleRateHertz: w.SampleRateHertz.n, WordsPerMinute: -1,
			Styles: ins(w.StyleList), SecondaryLocales: ins(w.SecondaryLocaleList), RolePlays: ins(w.RolePlayList),
		}
		if w.WordsPerMinute.set {
			v.WordsPerMinute = w.WordsPerMinute.n
		}
		if w.Name != longName(w.Locale, w.ShortName) {
			v.name = w.Name
		}
		list.voices = append(list.voices, v)
		list.size += int(unsafe.Sizeof(v)) + len(v.ShortName) + len(v.name)
		if names.Len() > 0 {
			names.WriteByte('\n')
		}
		names.WriteString(strings.ReplaceAll(w.ShortName, "\n", " "))
		return nil
	})
	if err != nil {
		return nil, err
	}
	for s := range intern {
		list.size += len(s)
	}
	if list.Names() {
		list.names = names.String()
		list.hashes = make([]uint64, 0, list.Count)
		list.eachName(func(n string) bool {
			list.hashes = append(list.hashes, nameHash(n))
			return true
		})
		slices.Sort(list.hashes)
	}
	return list, nil
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

// longForm matches a voice's long name, "Microsoft Server Speech Text to
// Speech Voice (en-US, AvaMultilingualNeural)".
var longForm = regexp.MustCompile(`(?i)^\s*Microsoft Server Speech Text to Speech Voice ` +
	`\(\s*([A-Za-z0-9-]+)\s*,\s*([A-Za-z0-9:_-]+)\s*\)\s*$`)

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
	missing := []string{}
	for _, r := range required {
		if _, found := slices.BinarySearch(l.hashes, nameHash(VoiceShortName(r))); !found {
			missing = append(missing, r)
		}
	}
	return missing
}

// Suggestion is what a list offers instead of a voice it lacks.
type Suggestion struct {
	// Names are the closest short names offered (a typo), else the voices
	// of the same locale; at most the limit asked.
	Names []string
	// Locale is set, as the list writes it, when Names are the voices of
	// the missing voice's locale.
	Locale string
}

// Suggest names, for a voice the list lacks, the closest short names it
// offers (a typo), else the voices of the same locale, at most limit.
func (l *VoiceList) Suggest(required string, limit int) Suggestion {
	want := strings.ToLower(VoiceShortName(required))
	// Within three edits, nearest first: the ranking region typos use too.
	s := Suggestion{Names: speech.Closest(want, l.eachName, 3, limit)}
	if len(s.Names) > 0 {
		return s
	}
	locale := localeOf(want)
	l.eachName(func(n string) bool {
		if lc := localeOf(strings.ToLower(n)); lc != "" && lc == locale {
			if s.Locale == "" {
				s.Locale = n[:len(lc)]
			}
			s.Names = append(s.Names, n)
		}
		return len(s.Names) < limit
	})
	return s
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
