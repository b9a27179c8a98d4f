package secret

import "strings"

// EntraSecret is the kind of a Microsoft Entra credential's secret: a
// client secret, a client certificate (PEM text or a base64 PKCS#12
// bundle) and its password, an OIDC token, an access token. Its forms: as
// configured, trimmed, and each in the encodings a secret is seen in; its
// core is the trimmed value, so that a run of FragmentLen of it is a leak
// too (a line of a PEM block, a piece of a token). Values shorter than 8
// characters have no form (they would mask ordinary words).
func EntraSecret(value string) (forms []string, core string) {
	core = strings.TrimSpace(value)
	if len(core) < 8 {
		return nil, ""
	}
	seen := map[string]bool{}
	for _, v := range []string{value, core} {
		for _, f := range encodings(v) {
			if !seen[f] {
				seen[f] = true
				forms = append(forms, f)
			}
		}
	}
	return forms, core
}
