package provider

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The readability rules of the published docs (docs/, which the registry
// shows as it is) and the README, issue 28: sentences a reader takes in at
// once, the key check's two terms of art used only where they are defined,
// schema text said once, links that lead somewhere, and a data source page
// as short as the registry pages users like.

// maxSentenceWords is the longest sentence a page may hold, in words (a
// code span counts as one word).
const maxSentenceWords = 40

// definedTerms are words a user does not think in, allowed only on the
// page that defines them (outside code spans: `on_inconclusive` is an
// argument name).
var definedTerms = map[string]string{
	"verdict":      "docs/guides/key-check.md",
	"inconclusive": "docs/guides/key-check.md",
}

// The data source page: under this many lines, with a code block within
// its first exampleWithin lines.
const (
	dataSourcePage   = "docs/data-sources/speechendpoints.md"
	maxPageLines     = 300
	exampleWithin    = 20
	readmeFile       = "README.md"
	docsRoot         = "docs"
	repositoryPrefix = "../../"
)

// A unit of prose: a paragraph, a list item, a heading or a table cell.
type proseUnit struct {
	line int
	text string
}

var (
	fenceLine    = regexp.MustCompile("^\\s*```")
	listItem     = regexp.MustCompile(`^\s*(?:[-*+]|\d+\.)\s+`)
	tableDivider = regexp.MustCompile(`^\s*\|?[\s:|-]+\|[\s:|-]*$`)
	codeSpan     = regexp.MustCompile("`[^`]*`")
	mdLink       = regexp.MustCompile(`!?\[([^\]]*)\]\(([^)\s]*)\)`)
	htmlComment  = regexp.MustCompile(`(?s)<!--.*?-->`)
	htmlTag      = regexp.MustCompile(`<[^>]+>`)
	schemaLine   = regexp.MustCompile("^(?:-|\\d+\\.) `([^`]+)` \\(([^)]*)\\) (.+)$")
	anchorTag    = regexp.MustCompile(`<a id="([^"]+)"`)
)

// stripFrontMatterAndComments blanks the YAML front matter and HTML
// comments, keeping line numbers.
func stripFrontMatterAndComments(src string) string {
	lines := strings.Split(src, "\n")
	if len(lines) > 0 && strings.TrimSpace(lines[0]) == "---" {
		for i := 1; i < len(lines); i++ {
			done := strings.TrimSpace(lines[i]) == "---"
			lines[0], lines[i] = "", ""
			if done {
				break
			}
		}
	}
	src = strings.Join(lines, "\n")
	return htmlComment.ReplaceAllStringFunc(src, func(c string) string {
		return strings.Repeat("\n", strings.Count(c, "\n"))
	})
}

// proseUnits splits a Markdown page into the units whose sentences are
// counted: code blocks are left out.
func proseUnits(src string) []proseUnit {
	var (
		out    []proseUnit
		cur    *proseUnit
		inCode bool
	)
	flush := func() {
		if cur != nil && strings.TrimSpace(cur.text) != "" {
			out = append(out, *cur)
		}
		cur = nil
	}
	for i, line := range strings.Split(stripFrontMatterAndComments(src), "\n") {
		n := i + 1
		trimmed := strings.TrimSpace(line)
		switch {
		case fenceLine.MatchString(line):
			flush()
			inCode = !inCode
		case inCode:
		case trimmed == "":
			flush()
		case strings.HasPrefix(trimmed, "#"):
			flush()
			out = append(out, proseUnit{n, strings.TrimLeft(trimmed, "# ")})
		case strings.HasPrefix(trimmed, "|"):
			flush()
			if tableDivider.MatchString(trimmed) {
				continue
			}
			for _, cell := range splitCells(trimmed) {
				out = append(out, proseUnit{n, cell})
			}
		case listItem.MatchString(line):
			flush()
			cur = &proseUnit{n, listItem.ReplaceAllString(line, "")}
		case cur != nil:
			cur.text += " " + trimmed
		default:
			cur = &proseUnit{n, trimmed}
		}
	}
	flush()
	return out
}

// splitCells splits a table row on its unescaped pipes, code spans kept
// whole.
func splitCells(row string) []string {
	var (
		cells  []string
		b      strings.Builder
		inCode bool
	)
	row = strings.TrimSuffix(strings.TrimPrefix(row, "|"), "|")
	for i := 0; i < len(row); i++ {
		c := row[i]
		switch {
		case c == '\\' && i+1 < len(row) && row[i+1] == '|':
			b.WriteByte('|')
			i++
		case c == '`':
			inCode = !inCode
			b.WriteByte(c)
		case c == '|' && !inCode:
			cells = append(cells, strings.TrimSpace(b.String()))
			b.Reset()
		default:
			b.WriteByte(c)
		}
	}
	return append(cells, strings.TrimSpace(b.String()))
}

// plainWords turns a unit into the words a reader reads: a code span is
// one word, a link its text, tags and emphasis dropped.
func plainWords(text string) string {
	text = codeSpan.ReplaceAllString(text, "CODE")
	text = mdLink.ReplaceAllString(text, "$1")
	text = htmlTag.ReplaceAllString(text, " ")
	return strings.NewReplacer("**", "", "__", "").Replace(text)
}

// sentences splits plain text after '.', '!' or '?' followed by a space.
func sentences(text string) []string {
	var (
		out   []string
		start int
	)
	for i := 0; i < len(text); i++ {
		if strings.IndexByte(".!?", text[i]) >= 0 && (i+1 == len(text) || text[i+1] == ' ') {
			out = append(out, text[start:i+1])
			start = i + 1
		}
	}
	if strings.TrimSpace(text[start:]) != "" {
		out = append(out, text[start:])
	}
	return out
}

// wordCount counts the fields holding a letter or a digit.
func wordCount(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		if strings.ContainsAny(strings.ToLower(f), "abcdefghijklmnopqrstuvwxyz0123456789") {
			n++
		}
	}
	return n
}

// longSentences returns each sentence of the page over the limit, with its
// unit's line.
func longSentences(src string, limit int) []string {
	var out []string
	for _, u := range proseUnits(src) {
		for _, s := range sentences(plainWords(u.text)) {
			if n := wordCount(s); n > limit {
				out = append(out, fmt.Sprintf("line %d: %d words: %s", u.line, n, strings.TrimSpace(s)))
			}
		}
	}
	return out
}

// termUses returns the lines where a defined term appears outside code
// spans and code blocks.
func termUses(src, term string) []int {
	word := regexp.MustCompile(`(?i)\b` + term + `(s)?\b`)
	var out []int
	for _, u := range proseUnits(src) {
		// A link's target is an address, not words: a heading's anchor
		// may hold the term.
		if word.MatchString(mdLink.ReplaceAllString(codeSpan.ReplaceAllString(u.text, ""), "$1")) {
			out = append(out, u.line)
		}
	}
	return out
}

// slug is GitHub's heading anchor: lower case, spaces to hyphens, anything
// but letters, digits, hyphens and underscores dropped.
func slug(heading string) string {
	heading = strings.ToLower(plainLinkText(heading))
	var b strings.Builder
	for _, r := range heading {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9'):
			b.WriteRune(r)
		}
	}
	return b.String()
}

func plainLinkText(s string) string { return mdLink.ReplaceAllString(s, "$1") }

// anchors lists a page's link targets: its headings' slugs and its
// explicit <a id> anchors.
func anchors(src string) map[string]bool {
	out := map[string]bool{}
	inCode := false
	for _, line := range strings.Split(src, "\n") {
		if fenceLine.MatchString(line) {
			inCode = !inCode
			continue
		}
		if inCode {
			continue
		}
		if strings.HasPrefix(line, "#") {
			out[slug(strings.TrimSpace(strings.TrimLeft(line, "#")))] = true
		}
		for _, m := range anchorTag.FindAllStringSubmatch(line, -1) {
			out[m[1]] = true
		}
	}
	return out
}

// readablePages reads docs/ and the README, by path from the repository
// root.
func readablePages(t *testing.T) map[string]string {
	t.Helper()
	pages := map[string]string{}
	err := filepath.WalkDir(repositoryPrefix+docsRoot, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".md") {
			return err
		}
		b, err := os.ReadFile(path)
		pages[strings.TrimPrefix(path, repositoryPrefix)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(repositoryPrefix + readmeFile)
	if err != nil {
		t.Fatal(err)
	}
	pages[readmeFile] = string(b)
	if len(pages) < 10 {
		t.Fatalf("found %d pages: the docs moved?", len(pages))
	}
	return pages
}

func TestDocsReadable(t *testing.T) {
	t.Parallel()
	pages := readablePages(t)

	t.Run("sentences", func(t *testing.T) {
		for path, src := range pages {
			for _, s := range longSentences(src, maxSentenceWords) {
				t.Errorf("%s: %s", path, s)
			}
		}
	})

	t.Run("defined terms", func(t *testing.T) {
		for term, home := range definedTerms {
			if len(termUses(pages[home], term)) == 0 {
				t.Errorf("%s does not define %q", home, term)
			}
			for path, src := range pages {
				if path == home {
					continue
				}
				if lines := termUses(src, term); len(lines) > 0 {
					t.Errorf("%s uses %q (lines %v): it is defined only in %s; say what it means for the plan", path, term, lines, home)
				}
			}
		}
	})

	t.Run("schema text said once", func(t *testing.T) {
		seen := map[string]string{}
		for path, src := range pages {
			if !strings.HasPrefix(path, docsRoot+"/") {
				continue
			}
			for i, line := range strings.Split(src, "\n") {
				m := schemaLine.FindStringSubmatch(strings.TrimSpace(line))
				if m == nil {
					continue
				}
				at := fmt.Sprintf("%s:%d (`%s`)", path, i+1, m[1])
				if first, ok := seen[m[3]]; ok {
					t.Errorf("%s repeats the schema text of %s: %q", at, first, m[3])
					continue
				}
				seen[m[3]] = at
			}
		}
		if len(seen) < 50 {
			t.Errorf("found %d schema lines: the schema format changed?", len(seen))
		}
	})

	t.Run("links lead somewhere", func(t *testing.T) {
		for path, src := range pages {
			for _, m := range mdLink.FindAllStringSubmatch(stripCode(src), -1) {
				target := m[2]
				if target == "" || strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
					continue
				}
				file, anchor, _ := strings.Cut(target, "#")
				dest := path
				if file != "" {
					dest = filepath.ToSlash(filepath.Join(filepath.Dir(path), file))
				}
				destSrc, ok := pages[dest]
				if !ok {
					b, err := os.ReadFile(repositoryPrefix + dest)
					if err != nil {
						t.Errorf("%s links to %q: no such file (%s)", path, target, dest)
						continue
					}
					destSrc = string(b)
				}
				if anchor != "" && !anchors(destSrc)[anchor] {
					t.Errorf("%s links to %q: %s has no heading or anchor %q", path, target, dest, anchor)
				}
			}
		}
	})

	t.Run("data source page", func(t *testing.T) {
		lines := strings.Split(pages[dataSourcePage], "\n")
		if len(lines) >= maxPageLines {
			t.Errorf("%s has %d lines: want fewer than %d (depth goes in guides)", dataSourcePage, len(lines), maxPageLines)
		}
		first := -1
		for i, line := range lines {
			if fenceLine.MatchString(line) {
				first = i + 1
				break
			}
		}
		if first < 0 || first > exampleWithin {
			t.Errorf("%s: the first code block is at line %d: want an example within the first %d lines", dataSourcePage, first, exampleWithin)
		}
	})
}

// stripCode blanks code blocks and code spans, where a bracket is code.
func stripCode(src string) string {
	var b strings.Builder
	inCode := false
	for _, line := range strings.Split(src, "\n") {
		if fenceLine.MatchString(line) {
			inCode = !inCode
			b.WriteString("\n")
			continue
		}
		if !inCode {
			b.WriteString(codeSpan.ReplaceAllString(line, "CODE"))
		}
		b.WriteString("\n")
	}
	return b.String()
}

// The rules above can fail: each catches the fault it names on a page
// written to have it, and passes the page without it.
func TestDocsReadable_rules(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("word ", 41)
	cases := []struct {
		name, src string
		long      int
	}{
		{"a long sentence", long + ".", 1},
		{"forty words pass", strings.Repeat("word ", 40) + ".", 0},
		{"two sentences", strings.Repeat("word ", 30) + ". " + strings.Repeat("word ", 30) + ".", 0},
		{"a code span is one word", "word `" + long + "` word.", 0},
		{"a code block is not prose", "```\n" + long + "\n```", 0},
		{"list items are units", "- " + strings.Repeat("word ", 30) + "\n- " + strings.Repeat("word ", 30), 0},
		{"a continued list item is one unit", "- " + strings.Repeat("word ", 30) + "\n  " + strings.Repeat("word ", 30), 1},
		{"table cells are units", "| " + strings.Repeat("word ", 30) + " | " + strings.Repeat("word ", 30) + " |", 0},
		{"a long cell", "| a | " + long + " |", 1},
		{"a paragraph over two lines", strings.Repeat("word ", 30) + "\n" + strings.Repeat("word ", 30), 1},
		{"front matter is not prose", "---\ndescription: " + long + "\n---\n", 0},
		{"a link counts its text", "[" + strings.Repeat("w ", 39) + "](https://example.com/a/b/c) end.", 0},
	}
	for _, c := range cases {
		if got := longSentences(c.src, maxSentenceWords); len(got) != c.long {
			t.Errorf("%s: %d long sentences, want %d: %v", c.name, len(got), c.long, got)
		}
	}
	if got := termUses("A verdict.\n\nSet `on_inconclusive`.\n\n```\nverdict\n```", "verdict"); len(got) != 1 {
		t.Errorf("verdict found on lines %v, want one (the code block and span do not count)", got)
	}
	if got := termUses("See [the outcomes](key-check.md#verdicts-and-inconclusive-checks).", "inconclusive"); len(got) != 0 {
		t.Errorf("a link's anchor counted as the term: %v", got)
	}
	if got := termUses("See [inconclusive checks](key-check.md).", "inconclusive"); len(got) != 1 {
		t.Errorf("a link's text is words, yet the term was not found in it: %v", got)
	}
	if got := termUses("Set `on_inconclusive`.", "inconclusive"); len(got) != 0 {
		t.Errorf("an argument name in a code span counted as the term: %v", got)
	}
	if got := slug("Tearing down: `terraform destroy` with a key"); got != "tearing-down-terraform-destroy-with-a-key" {
		t.Errorf("slug: %q", got)
	}
	if a := anchors("# Sources and confidence\n<a id=\"nestedatt--x\"></a>\n"); !a["sources-and-confidence"] || !a["nestedatt--x"] || a["missing"] {
		t.Errorf("anchors: %v", a)
	}
}
