package speech

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// sourceRef is how comments cite a source: its identifier.
var sourceRef = regexp.MustCompile(`\bSource[A-Z][A-Za-z0-9]*`)

// Every source a comment of this package cites (SourceRegions, ...) is a
// declared source, so that renaming a source cannot leave a stale comment
// behind; and every declared source has a URL, a revision and what it
// states. The comments of the packages that cite speech.Source<Name> are
// checked too.
func TestCitedSourcesExist(t *testing.T) {
	declared := map[string]bool{}
	fset := token.NewFileSet()
	pkgFiles, err := filepath.Glob("*.go")
	if err != nil || len(pkgFiles) == 0 {
		t.Fatalf("no sources: %v", err)
	}
	for _, name := range pkgFiles {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.VAR {
				continue
			}
			for _, spec := range g.Specs {
				for _, id := range spec.(*ast.ValueSpec).Names {
					if sourceRef.MatchString(id.Name) && sourceRef.FindString(id.Name) == id.Name {
						declared[id.Name] = true
					}
				}
			}
		}
	}
	if len(declared) < 10 {
		t.Fatalf("only %d sources declared: %v", len(declared), declared)
	}
	cited := 0
	check := func(path string, pattern *regexp.Regexp, group int) {
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		for _, cg := range f.Comments {
			for _, m := range pattern.FindAllStringSubmatch(cg.Text(), -1) {
				cited++
				if !declared[m[group]] {
					t.Errorf("%s cites %s, which speech does not declare: %q", fset.Position(cg.Pos()), m[group], strings.TrimSpace(cg.Text()))
				}
			}
		}
	}
	for _, name := range pkgFiles {
		check(name, regexp.MustCompile(`\b(Source[A-Z][A-Za-z0-9]*)`), 1)
	}
	// The packages that import speech cite its sources as speech.Source<Name>.
	others, _ := filepath.Glob("../*/*.go")
	for _, path := range others {
		if filepath.Base(filepath.Dir(path)) == "speech" {
			continue
		}
		if b, err := os.ReadFile(path); err == nil && strings.Contains(string(b), "speech.Source") {
			check(path, regexp.MustCompile(`\bspeech\.(Source[A-Z][A-Za-z0-9]*)`), 1)
		}
	}
	if cited < 20 {
		t.Errorf("only %d citations found: the check reads no comments", cited)
	}
	sources := []Source{SourceRegions, SourceSovereign, SourceGovCompare, SourcePrivateLink, SourcePrivateLink2021, SourcePrivateLink2020, SourceSubdomains,
		SourcePrivateEndpointDNS, SourceVoiceLive, SourceAuthentication, SourceRESTAuth, SourceRESTTTS, SourceTTSInclude, SourceTTSIncludeOld, SourceRESTSTT,
		SourceBatch, SourceLocations, SourceJSSDK, SourceBatchSynthesisSpec, SourceBatchAvatarSpec, SourceAvatarSamples, SourceFastTranscription}
	sources = append(sources, entraSources...)
	if len(sources) != len(declared) {
		t.Errorf("%d sources listed here, %d declared: list them all", len(sources), len(declared))
	}
	for _, s := range sources {
		if !strings.HasPrefix(s.URL, "https://") || s.Revision == "" || s.States == "" {
			t.Errorf("source %+v lacks a URL, a revision or what it states", s)
		}
	}
	// A repository file is cited at the commit read, not on a moving
	// branch.
	for _, s := range sources {
		if strings.Contains(s.URL, "/blob/main/") || strings.Contains(s.URL, "/tree/main") {
			t.Errorf("source %s is not pinned to the revision read (%s)", s.URL, s.Revision)
		}
	}
}
