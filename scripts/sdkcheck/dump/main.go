// Command dump prints the provider's computed endpoints as JSON for
// scripts/sdkcheck/check.mjs (make sdk-check): one row per region of the
// catalog and one custom-domain row ("contoso") per cloud, each endpoint
// under its Terraform attribute name (internal/provider/objects.go), an
// empty endpoint as null.
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// attrs maps Terraform attribute names to speech.Endpoints fields. Add a
// line when Endpoints gains a field (check.mjs compares the ones it knows).
var attrs = map[string]func(speech.Endpoints) string{
	"resource_endpoint":              func(e speech.Endpoints) string { return e.Resource },
	"token_endpoint":                 func(e speech.Endpoints) string { return e.Token },
	"tts_endpoint":                   func(e speech.Endpoints) string { return e.TTS },
	"voices_endpoint":                func(e speech.Endpoints) string { return e.Voices },
	"stt_endpoint":                   func(e speech.Endpoints) string { return e.STT },
	"stt_websocket_endpoint":         func(e speech.Endpoints) string { return e.STTWebsocket },
	"tts_websocket_endpoint":         func(e speech.Endpoints) string { return e.TTSWebsocket },
	"stt_host":                       func(e speech.Endpoints) string { return e.STTHost },
	"tts_host":                       func(e speech.Endpoints) string { return e.TTSHost },
	"speech_to_text_api_endpoint":    func(e speech.Endpoints) string { return e.SpeechToTextAPI },
	"custom_voice_endpoint":          func(e speech.Endpoints) string { return e.CustomVoice },
	"translation_websocket_endpoint": func(e speech.Endpoints) string { return e.TranslationWebsocket },
}

type row struct {
	Kind      string             `json:"kind"` // "region" or "custom_domain"
	Cloud     string             `json:"cloud"`
	Region    string             `json:"region,omitempty"`
	Subdomain string             `json:"subdomain,omitempty"`
	Endpoints map[string]*string `json:"endpoints"`
}

func endpoints(e speech.Endpoints) map[string]*string {
	m := make(map[string]*string, len(attrs))
	for name, get := range attrs {
		if v := get(e); v != "" {
			m[name] = &v
		} else {
			m[name] = nil
		}
	}
	return m
}

func main() {
	var rows []row
	for _, rg := range speech.Regions("") {
		c, ok := speech.CloudByName(rg.Cloud)
		if !ok {
			fmt.Fprintf(os.Stderr, "dump: region %s has unknown cloud %q\n", rg.Name, rg.Cloud)
			os.Exit(1)
		}
		rows = append(rows, row{Kind: "region", Cloud: c.Name, Region: rg.Name, Endpoints: endpoints(speech.RegionalEndpoints(c, rg))})
	}
	for _, c := range speech.Clouds() {
		rows = append(rows, row{Kind: "custom_domain", Cloud: c.Name, Subdomain: "contoso", Endpoints: endpoints(speech.CustomDomainEndpoints(c, "contoso"))})
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(map[string]any{"rows": rows}); err != nil {
		fmt.Fprintln(os.Stderr, "dump:", err)
		os.Exit(1)
	}
}
