package provider

import (
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

var updateWords = flag.Bool("update-words", false, "rewrite testdata/problem_words.golden")

// wordsCases are configurations whose problems, between them, hold every
// code and the variants of its message (with and without fixes, each
// setting it can be about): badConfigs, and more below.
var wordsCases = append(append([]speech.Input{}, badConfigs...), []speech.Input{
	{Region: sp("")},
	{Region: sp(strings.Repeat("a", 300))},
	{Region: sp("east\nus")},
	{Region: sp("\xff")},
	{Region: sp("a1b2c3d4a1b2c3d4a1b2c3d4a1b2c3d4")},
	{Region: sp("westus"), Cloud: sp("a1b2c3d4a1b2c3d4a1b2c3d4a1b2c3d4")},
	{Region: sp("westus"), Subdomain: sp("a1b2c3d4a1b2c3d4a1b2c3d4")},
	{Endpoint: sp("https://a1b2c3d4a1b2c3d4a1b2c3d4.api.cognitive.microsoft.com/")},
	{Region: sp("westus"), Cloud: sp("azure")},
	{Region: sp("westus"), Cloud: sp("azurestack")},
	{Region: sp("westus"), Kind: sp("Bing.Speech")},
	{Region: sp("westus"), Kind: sp("OpenAI")},
	{Region: sp("westus"), Subdomain: sp("example.com/x")},
	{Region: sp("westus"), Subdomain: sp("a")},
	{Region: sp("westus"), Subdomain: sp(strings.Repeat("a", 64))},
	{Region: sp("westus"), Subdomain: sp("my-")},
	{Region: sp("westus"), Subdomain: sp("mу-spеech!")},
	{Region: sp("https://example.com/")},
	{Region: sp("en-US")},
	{Region: sp("global")},
	{Region: sp("undefined")},
	{Region: sp("virginia")},
	{Region: sp("polandcentral")},
	{Region: sp("chinanorth")},
	{Region: sp("jioindiawest")},
	{Region: sp("eastus3")},
	{Region: sp("westus!")},
	{Region: sp("jаpаnwеst")},
	{Cloud: sp("public")},
	{Region: sp("chinaeast2"), Default: speech.Public},
	{Endpoint: sp("https://myres.cognitiveservices.azure.cn/"), PrivateEndpoint: true},
	{Endpoint: sp("not a url")},
	{Endpoint: sp("https://user:pw@westus.api.cognitive.microsoft.com/")},
	{Endpoint: sp("wss://westus.stt.speech.microsoft.com/")},
	{Endpoint: sp("ftp://westus.api.cognitive.microsoft.com/")},
	{Endpoint: sp("https://westus.api.cognitive.microsoft.com/sts/v1.0/issueToken")},
	{Endpoint: sp("wss://myres.cognitiveservices.azure.com/voice-live/realtime?api-version=2026-04-10&model=gpt-realtime")},
	{Endpoint: sp("https://westus.tts.speech.microsoft.com/")},
	{Endpoint: sp("https://contoso.blob.core.windows.net/")},
	{Endpoint: sp("https://contoso.search.azure.com/")},
	{Endpoint: sp("https://example.com/")},
	{Endpoint: sp("https://-x-.cognitiveservices.azure.com/")},
	{Endpoint: sp("https://westus.api.cognitive.azure.cn/")},
	{Endpoint: sp("https://contoso.openai.azure.com/"), Region: sp("westus")},
	{Region: sp("westus"), Keyless: true},
	{Region: sp("westus"), ResourceID: sp("contoso")},
	{Region: sp("westus"), ResourceID: sp("https://portal.azure.com/#@contoso/resource/subscriptions/" +
		"11111111-1111-4111-8111-111111111111/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/speech/overview")},
	{Region: sp("westus"), ResourceID: sp("/subscriptions/nope/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/s1")},
	{Region: sp("westus"), ResourceID: sp("/subscriptions/11111111-1111-4111-8111-111111111111/resourceGroups/r g/providers/" +
		"Microsoft.CognitiveServices/accounts/s1")},
	{Region: sp("westus"), ResourceID: sp("/subscriptions/11111111-1111-4111-8111-111111111111/resourceGroups/rg/providers/" +
		"Microsoft.Web/sites/app")},
	{Region: sp("westus"), ResourceID: sp("/subscriptions/11111111-1111-4111-8111-111111111111/resourceGroups/rg/providers/" +
		"Microsoft.CognitiveServices/accounts/-")},
	{Region: sp("westus"), ResourceID: sp("/subscriptions/11111111-1111-4111-8111-111111111111/resourceGroups/rg/providers/" +
		"Microsoft.CognitiveServices/accounts/s1/deployments/d1")},
	{Region: sp("westus"), ResourceID: sp("/subscriptions/11111111-1111-4111-8111-111111111111/resourceGroups/rg")},
}...)

// wordsProblems are problems no configuration holds: those of a key, and
// a setting holding the key.
var wordsProblems = []speech.Problem{
	{Code: speech.CodeKeyEmpty, Setting: speech.SettingKey},
	{Code: speech.CodeKeyMalformed, Setting: speech.SettingKey, Pos: 12},
	{Code: speech.CodeKeyGUID, Setting: speech.SettingKey},
	{Code: speech.CodeKeyTrimmed, Setting: speech.SettingKey, Warning: true, Trims: []speech.Trim{speech.TrimNewline}},
	{Code: speech.CodeKeyTrimmed, Setting: speech.SettingKey, Warning: true,
		Trims: []speech.Trim{speech.TrimQuotes, speech.TrimSpaces, speech.TrimWhitespace}},
	{Code: speech.CodeKeyUnusualLength, Setting: speech.SettingKey, Warning: true, Len: 31},
	{Code: speech.CodeInputHoldsKey, Setting: speech.SettingRegion},
	{Code: speech.CodeInputHoldsKey, Setting: speech.SettingEndpoint},
	{Code: speech.CodePrincipalIDNotGUID, Setting: speech.SettingPrincipalID, Given: "d0000000-client-id"},
}

// TestEveryCodeHasWords words every problem of wordsCases and
// wordsProblems on a data source and on a function, and compares each
// message with its exact wording in testdata/problem_words.golden
// (go test -run TestEveryCodeHasWords -update-words rewrites it; review the
// diff). Every code speech declares must be among them, and no message
// may be the renderer's last resort ("cannot be used").
func TestEveryCodeHasWords(t *testing.T) {
	ds := dataSourceWords(&providerData{defaultCloudSource: "ARM_ENVIRONMENT"})
	fn := endpointsArgs.words
	var b strings.Builder
	seen := map[speech.Code]bool{}
	word := func(label string, p speech.Problem) {
		seen[p.Code] = true
		for _, w := range []struct {
			name string
			s    surface
		}{{"data source", ds}, {"function", fn}} {
			summary, detail := w.s.problem(p)
			fmt.Fprintf(&b, "%s | %s | %s\n  %s\n  %s\n", label, p.Code, w.name, summary, detail)
			if summary == "" || strings.Contains(detail, "cannot be used (") {
				t.Errorf("%s %s: no words of its own: %q %q", label, p.Code, summary, detail)
			}
		}
	}
	for _, in := range wordsCases {
		_, ps := speech.Resolve(in)
		for _, p := range ps {
			word(show(in), p)
		}
	}
	for _, p := range wordsProblems {
		word("(constructed)", p)
	}

	for _, c := range declaredCodes(t) {
		if !seen[c] {
			t.Errorf("code %s is never rendered by this test: add a configuration or problem that has it", c)
		}
	}

	golden := filepath.Join("testdata", "problem_words.golden")
	if *updateWords {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(b.String()), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update-words to create it)", err)
	}
	got := strings.Split(b.String(), "\n")
	wantLines := strings.Split(string(want), "\n")
	for i := range max(len(got), len(wantLines)) {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(wantLines) {
			w = wantLines[i]
		}
		if g != w {
			t.Fatalf("line %d of %s differs:\n got: %s\nwant: %s", i+1, golden, g, w)
		}
	}
}

// declaredCodes reads the Code constants speech declares, from its source
// (problem.go, and entra.go for keyless access): the test knows every code
// without speech exporting a list.
func declaredCodes(t *testing.T) []speech.Code {
	t.Helper()
	var out []speech.Code
	for _, name := range []string{"problem.go", "entra.go"} {
		out = append(out, codesIn(t, filepath.Join("..", "speech", name))...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	if len(out) < 50 {
		t.Fatalf("read %d codes from problem.go; the parse is wrong", len(out))
	}
	return out
}

// codesIn reads the Code constants of one file.
func codesIn(t *testing.T, file string) []speech.Code {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []speech.Code
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, spec := range g.Specs {
			vs := spec.(*ast.ValueSpec)
			if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "Code" {
				continue
			}
			for _, v := range vs.Values {
				if lit, ok := v.(*ast.BasicLit); ok {
					out = append(out, speech.Code(strings.Trim(lit.Value, `"`)))
				}
			}
		}
	}
	return out
}
