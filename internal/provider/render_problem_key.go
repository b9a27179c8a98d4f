package provider

import (
	"fmt"
	"strings"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/secret"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// trimWords name the stray text around a key.
var trimWords = map[speech.Trim]string{
	speech.TrimNewline:    "a newline",
	speech.TrimQuotes:     "quotes",
	speech.TrimSpaces:     "spaces",
	speech.TrimWhitespace: "whitespace",
}

// keyProblem words the problems of a key. They never hold the key.
func (s surface) keyProblem(p speech.Problem) (string, string, bool) {
	switch p.Code {
	case speech.CodeKeyEmpty:
		return "Empty Speech Key", fmt.Sprintf("The key is empty. %s, to KEY 1 or KEY 2 from the resource's Keys and "+
			"Endpoint page.", upperFirst(s.keyHow)), true
	case speech.CodeKeyMalformed:
		return "Malformed Speech Key", fmt.Sprintf("The key has a space, control or non-ASCII character at byte %d, "+
			"which an HTTP header cannot carry, so it was not sent. "+
			"Resource keys are letters and digits: copy KEY 1 again from the Keys and Endpoint page.", p.Pos), true
	case speech.CodeKeyGUID:
		return "Key Looks Like A GUID", "The key is shaped like a GUID (8-4-4-4-12): that is an Azure subscription, " +
			"tenant or client ID, not a Speech resource key. It was not sent. " +
			"Use KEY 1 or KEY 2 from the resource's Keys and Endpoint page (azurerm_cognitive_account.primary_access_key).", true
	case speech.CodeKeyTrimmed:
		var ws []string
		for _, t := range p.Trims {
			ws = append(ws, trimWords[t])
		}
		return "Speech Key Needs Attention", fmt.Sprintf(
			"The key is surrounded by %s. An application given this value "+
				"sends them too and is refused; the check used the trimmed key. "+
				"Trim the value where it is set (for example trimspace(file(...))).",
			strings.Join(ws, " and "),
		), true
	case speech.CodeKeyUnusualLength:
		return "Speech Key Needs Attention", fmt.Sprintf("The key is %d characters long; the keys seen in use are %d "+
			"hexadecimal characters or %d letters and digits (no Microsoft page states the format). "+
			"It was sent, and Azure's answer decides: if Azure refuses it, it may be cut short or have extra "+
			"characters.", p.Len, secret.KeyFormats[0].Len, secret.KeyFormats[1].Len), true
	}
	return "", "", false
}
