package keycheck

import (
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

type observation struct {
	req           Request
	shape         speech.KeyShape
	token         Answer
	voices        *Answer
	voiceCount    int
	voicesNotJSON bool
	claims        speech.TokenClaims
	located       []string
	locateTried   int
	// dnsControl is the answer of a Speech host of the table in the same
	// cloud, asked when the token host had no DNS answer (see dnsControl).
	dnsControl *Answer
	// checkTimeout is the deadline the check ran under, for messages.
	checkTimeout time.Duration
}

func boolp(b bool) *bool { return &b }

// where describes the configured resource: `region "japanwest" (Japan
// West) in Azure public cloud` (a region outside the table has no display
// name), or its custom domain.
func where(res speech.Resolution) string {
	if res.Region != nil {
		name := fmt.Sprintf("%q", res.Region.Name)
		if res.Region.DisplayName != "" {
			name += " (" + res.Region.DisplayName + ")"
		}
		s := fmt.Sprintf("region %s in %s", name, res.Cloud.DisplayName)
		if res.Subdomain != "" {
			s += fmt.Sprintf(", custom subdomain %q", res.Subdomain)
		}
		return s
	}
	return fmt.Sprintf("custom subdomain %q in %s", res.Subdomain, res.Cloud.DisplayName)
}

func diagnose(o observation) Result {
	r := Result{TokenStatus: o.token.Status, VoiceCount: o.voiceCount, Claims: o.claims, Located: o.located}
	if o.voices != nil {
		r.VoicesStatus = o.voices.Status
	}
	res := o.req.Resolution

	// The token call splits the causes: its answer comes first.
	switch {
	case o.token.Failure == NoFailure && o.token.Status == http.StatusUnauthorized:
		r.KeyValid = boolp(false)
		r.Summary, r.Detail = tokenRejected(o)
		return r
	case o.token.Failure != NoFailure || o.token.Status != http.StatusOK:
		r.KeyValid, r.Summary, r.Detail = transportOrStatus(o, o.token, "token endpoint")
		return r
	case !looksLikeToken(o.token.Body):
		r.Summary = "Unexpected Answer From Azure Speech"
		r.Detail = fmt.Sprintf("The token endpoint %s answered 200 with a body that is not a token (%d bytes; Speech issues a JWT). Something between this machine and Azure answered instead of Speech, or the service misbehaved: the key was not judged. Check HTTPS_PROXY and plan again.", o.token.URL, len(o.token.Body))
		return r
	}

	// The token was issued: key, region and cloud are right.
	if cr := o.claims.ClaimRegion(); cr != "" && res.Region != nil && cr != res.Region.Name {
		r.Warnings = append(r.Warnings, Warning{"Token Names Another Region", fmt.Sprintf(
			"The token issued by %s names region %q, but region = %q. Calls with this key work on this host, yet the resource may live in %q: compare the Location on its Keys and Endpoint page. (The region claim is an undocumented hint.)",
			o.token.URL, cr, res.Region.Name, cr)})
	}
	if o.voices != nil {
		v := *o.voices
		switch {
		case v.Failure == NoFailure && (v.Status == http.StatusUnauthorized || v.Status == http.StatusForbidden):
			r.KeyValid = boolp(false)
			r.Summary, r.Detail = speechRefused(o, v)
			return r
		case v.Failure != NoFailure || v.Status != http.StatusOK:
			r.KeyValid, r.Summary, r.Detail = transportOrStatus(o, v, "voices list")
			return r
		case o.voicesNotJSON:
			r.Summary = "Unexpected Answer From Azure Speech"
			r.Detail = fmt.Sprintf("The token endpoint accepted the key, but the voices list at %s answered 200 with a body that is not a JSON list of voices. Something between this machine and Azure (a proxy, a content filter, a captive portal) answered instead of Speech: check HTTPS_PROXY and the proxy's rules for *.%s.", v.URL, res.Cloud.SpeechSuffix)
			return r
		}
	}
	if o.voices != nil {
		r.Voices = o.voices.Voices
	}
	if len(o.req.RequireVoices) > 0 && o.voices != nil {
		list := o.voices.Voices
		if list == nil || list.Voices == nil {
			r.KeyValid, r.Undecided = boolp(true), true
			r.Summary = "Required Voices Not Checked"
			r.Detail = fmt.Sprintf("The key works, but the voices list at %s has %d voices, more than the provider keeps (%d), so the required voices were not checked. The key was judged; the voices were not.", o.voices.URL, o.voiceCount, MaxKeptVoices)
			return r
		}
		r.MissingVoices = list.MissingVoices(o.req.RequireVoices)
		if len(r.MissingVoices) > 0 {
			r.KeyValid = boolp(true)
			r.Summary, r.Detail = voicesMissing(o, list, r.MissingVoices)
			return r
		}
	}
	r.Passed = true
	r.KeyValid = boolp(true)
	r.Summary = "Azure Speech Key Accepted"
	r.Detail = fmt.Sprintf("The key was accepted by %s (HTTP 200)", o.token.URL)
	if o.voices != nil {
		r.Detail += fmt.Sprintf(" and the voices list at %s returned %d voices", o.voices.URL, o.voiceCount)
	}
	if n := len(o.req.RequireVoices); n > 0 {
		r.Detail += fmt.Sprintf(", among them the %d required", n)
	}
	r.Detail += "."
	return r
}

// voicesMissing explains required voices the region's list lacks: each
// one, with the closest names offered there (a typo) or the voices of its
// locale.
func voicesMissing(o observation, list *VoiceList, missing []string) (string, string) {
	res := o.req.Resolution
	summary := "Voice Not Offered In Region"
	if len(missing) > 1 {
		summary = "Voices Not Offered In Region"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "The key works, but the voices list of %s (%s, %d voices) does not offer", where(res), o.voices.URL, list.Count)
	for i, m := range missing {
		sep := ";"
		if i == 0 {
			sep = ":"
		}
		fmt.Fprintf(&b, "%s %q", sep, m)
		names, sameLocale := list.Suggest(m, 3)
		switch {
		case len(names) > 0 && !sameLocale:
			fmt.Fprintf(&b, " (closest offered: %s)", quoteAll(names))
		case len(names) > 0:
			fmt.Fprintf(&b, " (%s voices offered there: %s)", localeOf(strings.ToLower(VoiceShortName(m))), quoteAll(names))
		default:
			fmt.Fprintf(&b, " (no voice of its locale is offered there)")
		}
	}
	b.WriteString(". Voices differ by region and change over time, and an application configured with one of these fails when it first speaks: choose a voice the region offers (data \"speechendpoints_voices\" lists them), or use a region that offers it.")
	return summary, b.String()
}

func quoteAll(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, ", ")
}

// tokenRejected explains a token 401: key, region or cloud. The key's
// shape warnings are reported on their own, once.
func tokenRejected(o observation) (string, string) {
	res := o.req.Resolution
	var b strings.Builder
	fmt.Fprintf(&b, "The token endpoint %s answered 401 Access denied: the gateway does not know this key at this host. The key was checked for %s.", o.token.URL, where(res))
	if o.req.Locate {
		switch {
		case len(o.located) > 0:
			b.WriteString(" " + locatedAdvice(res, o.located))
			return "Azure Speech Key Belongs Elsewhere", b.String()
		default:
			fmt.Fprintf(&b, " The key was also tried in the other %d Speech regions of the public, US Government and China clouds and accepted by none, so it is not a region or cloud mix-up. Most likely, in order:", o.locateTried)
			b.WriteString(" (1) the key is mistyped, cut short, or was regenerated: copy KEY 1 again from the resource's Keys and Endpoint page (azurerm_cognitive_account.primary_access_key);")
			b.WriteString(" (2) the resource is behind a private endpoint or selected networks, so it answers only on its custom domain: set custom_subdomain_name and private_endpoint = true, and plan from a network that reaches it;")
			b.WriteString(" (3) the resource was deleted or disabled.")
			return "Azure Speech Key Rejected", b.String()
		}
	}
	b.WriteString(" The same answer covers every cause; most likely, in order:")
	locateHow := "set key_check.locate = true"
	if o.req.Token {
		locateHow = "add key_check { locate = true } to a speechendpoints data source with the same arguments"
	}
	fmt.Fprintf(&b, " (1) the key belongs to a resource in another region or cloud: compare the Location on the resource's Keys and Endpoint page with %s; %s to have the plan find where the key is accepted (it sends the key to the token service of every Speech region);", checkedWhere(res), locateHow)
	if res.Subdomain != "" && !res.PrivateEndpoint {
		fmt.Fprintf(&b, " (2) the resource is behind a private endpoint or selected networks, where the regional hosts answer 401 for its key: set private_endpoint = true to use https://%s.%s/ (and plan from a network that reaches it);", res.Subdomain, res.Cloud.CustomDomainSuffix)
		b.WriteString(" (3) the key is mistyped or was regenerated: copy KEY 1 again from the Keys and Endpoint page.")
	} else if res.Subdomain == "" {
		b.WriteString(" (2) the resource is behind a private endpoint, where the regional hosts answer 401: set custom_subdomain_name and private_endpoint = true;")
		b.WriteString(" (3) the key is mistyped or was regenerated: copy KEY 1 again from the Keys and Endpoint page.")
	} else {
		b.WriteString(" (2) the key is mistyped or was regenerated: copy KEY 1 again from the Keys and Endpoint page.")
	}
	return "Azure Speech Key Rejected", b.String()
}

// checkedWhere names what the configuration gave: the region, or the
// custom subdomain.
func checkedWhere(res speech.Resolution) string {
	if res.Region != nil {
		return fmt.Sprintf("%q", res.Region.Name)
	}
	return fmt.Sprintf("the custom subdomain %q", res.Subdomain)
}

// locatedAdvice names where the key is accepted and the change to make:
// only the arguments that must change (cloud only when it was set on the
// data source: otherwise the region implies it; endpoint when the region
// was read from it).
func locatedAdvice(res speech.Resolution, located []string) string {
	first := located[0]
	cloudName, regionName, _ := strings.Cut(first, "/")
	rg, _ := speech.RegionByName(regionName)
	cl, _ := speech.CloudByName(cloudName)
	var changes []string
	if res.PrivateEndpoint {
		changes = append(changes, "private_endpoint = false")
	}
	if res.CloudSet && cloudName != res.Cloud.Name {
		changes = append(changes, fmt.Sprintf("cloud = %q", cloudName))
	}
	if res.RegionFromEndpoint {
		changes = append(changes, fmt.Sprintf("endpoint = %q", "https://"+cl.HostName(speech.FamilyAPI, regionName)+"/"))
	} else {
		changes = append(changes, fmt.Sprintf("region = %q", regionName))
	}
	fix := "set " + strings.Join(changes, " and ")
	if res.PrivateEndpoint {
		fix = fmt.Sprintf("the key's resource answers on the public regional host of %s, so it is not behind a private endpoint there: %s", rg.DisplayName, fix)
	}
	s := fmt.Sprintf("The key is accepted in %s (%s, %s): %s.", rg.DisplayName, regionName, cl.DisplayName, fix)
	if len(located) > 1 {
		s += fmt.Sprintf(" It is also accepted in %s.", strings.Join(located[1:], ", "))
	}
	return s
}

// speechRefused explains a valid token followed by a refused speech call.
func speechRefused(o observation, v Answer) (string, string) {
	res := o.req.Resolution
	var b strings.Builder
	fmt.Fprintf(&b, "The token endpoint %s accepted the key, so the key, region and cloud are right. The voices list at %s then answered %d. This is about the resource, never the region; most likely, in order:", o.token.URL, v.URL, v.Status)
	if !res.PrivateEndpoint {
		fmt.Fprintf(&b, " (1) network rules: the resource allows only selected networks or a private endpoint; set private_endpoint = true with custom_subdomain_name to use its custom domain, and plan from a network that reaches it;")
	} else {
		b.WriteString(" (1) network rules: this machine is not in a network the resource allows; plan from inside the virtual network of the private endpoint;")
	}
	fmt.Fprintf(&b, " (2) the resource kind: resource_type is %q (%s); check that this resource serves Speech to this key, or use a SpeechServices resource's key;", res.Kind.Name, res.Kind.DisplayName)
	b.WriteString(" (3) entitlement: the pricing tier or subscription does not include text to speech, or key authentication is disabled (disableLocalAuth) for speech.")
	return "Azure Speech Refused A Valid Key", b.String()
}

// transportOrStatus explains an answer other than 200 and other than a
// token 401. keyValid is false when Azure refused, nil when inconclusive.
func transportOrStatus(o observation, a Answer, what string) (*bool, string, string) {
	res := o.req.Resolution
	host := a.Host()
	tries := ""
	if a.Attempts > 1 {
		tries = fmt.Sprintf(" after %d attempts", a.Attempts)
	}
	if a.Cut {
		tries += " (retrying stopped: the next attempt would have started after check_timeout)"
	}
	switch a.Failure {
	case FailDeadline:
		return nil, "Key Check Timed Out", fmt.Sprintf("The key check did not end within check_timeout (%s): the %s %s had not answered%s. The key was not judged. Raise the provider's check_timeout, or check the network and plan again.", o.checkTimeout, what, a.URL, tries)
	case FailNetDown:
		return nil, "Azure Speech Unreachable", fmt.Sprintf("An earlier key check of this plan could not reach %v, so this check did not call Azure: the network, not the key, is the problem, and waiting again would only slow the plan. The key was not judged. Fix the network path (DNS, proxy, firewall, TLS inspection) and plan again.", a.Err)
	case FailRefused:
		return nil, "Key Not Sent", fmt.Sprintf("The key was not sent: %v.", a.Err)
	case FailCanceled:
		return nil, "Key Check Cancelled", fmt.Sprintf("The key check of %s was cancelled before Azure answered (the plan was interrupted).", a.URL)
	case FailDNS:
		if ctl := o.dnsControl; ctl != nil && ctl.resolved() {
			return noSuchHost(o, a, ctl)
		}
		if res.UsesCustomDomain() {
			d := fmt.Sprintf("The host %s has no DNS answer: no resource in %s has the custom subdomain %q. Check custom_subdomain_name (the name in https://{name}.%s/ on the Keys and Endpoint page) and the cloud.", host, res.Cloud.DisplayName, res.Subdomain, res.Cloud.CustomDomainSuffix)
			if res.PrivateEndpoint {
				d += fmt.Sprintf(" Behind a private endpoint the name resolves only where the private DNS zone privatelink.%s is linked: plan from that network.", res.Cloud.CustomDomainSuffix)
			}
			return nil, "Speech Host Not Found", d
		}
		return nil, "Speech Host Not Found", fmt.Sprintf("The host %s has no DNS answer from this network%s. The host is a published Azure Speech host for %s, so the DNS (or the proxy's DNS) this plan uses cannot resolve Azure's public names: check the resolver, or set HTTPS_PROXY to a proxy that can.", host, proxyNote(a), where(res))
	case FailTLS:
		return nil, "TLS Certificate Not Trusted", fmt.Sprintf("The certificate presented for %s is not signed by an authority this machine trusts (%v). A corporate proxy or TLS inspection usually does this: add its root CA certificate (PEM) to the provider's ca_cert_pem. The key was not sent.", host, rootCause(a.Err))
	case FailTimeout:
		return nil, "Azure Speech Did Not Answer", fmt.Sprintf("No answer from %s within request_timeout%s. If this network reaches the internet through a proxy, set HTTPS_PROXY (and NO_PROXY for internal hosts) where terraform runs; on a slow link, raise the provider's request_timeout.", host, tries)
	case FailProxy:
		var pe *ProxyError
		status := 0
		if asProxyError(a.Err, &pe) {
			status = pe.Status
		}
		return nil, "Proxy Refused The Connection", fmt.Sprintf("The proxy in HTTPS_PROXY answered %d to the request to connect to %s. Allow *.%s and *.%s through the proxy (or give it credentials), or list them in NO_PROXY if they are reachable directly.", status, host, res.Cloud.APISuffix, res.Cloud.SpeechSuffix)
	case FailRedirect:
		return nil, "Unexpected Redirect From Azure Speech", fmt.Sprintf("%s answered %d with a redirect to %q. Azure Speech does not redirect these calls, so something between this machine and Azure (a captive portal or a proxy) answered. The redirect was not followed and the key was not sent to %q.", a.URL, a.Status, a.Location, a.Location)
	case FailTooLarge:
		return nil, "Unexpected Answer From Azure Speech", fmt.Sprintf("The %s at %s answered with a body larger than the provider reads (%d bytes); the rest was discarded. Something between this machine and Azure answered instead of Speech: check HTTPS_PROXY.", what, a.URL, limitFor(what))
	case FailTruncated:
		return nil, "Unexpected Answer From Azure Speech", fmt.Sprintf("The %s at %s stopped in the middle of its answer%s (%v). A proxy or an unstable network cut the connection: plan again, and check HTTPS_PROXY.", what, a.URL, tries, rootCause(a.Err))
	case FailConn:
		return nil, "Connection To Azure Speech Failed", fmt.Sprintf("The connection to %s failed%s (%v). A firewall or proxy is in the way: set HTTPS_PROXY if this network needs one, and allow *.%s and *.%s.", host, tries, rootCause(a.Err), res.Cloud.APISuffix, res.Cloud.SpeechSuffix)
	}
	switch s := a.Status; {
	case s == http.StatusForbidden || s == http.StatusBadRequest:
		return boolp(false), "Azure Speech Access Forbidden", fmt.Sprintf("The %s %s answered %d%s. Most likely, in order: (1) the free (F0) tier's quota is used up for this period: wait for the next period or move to S0; (2) the resource is disabled, or key authentication is disabled on it; (3) network rules: the resource accepts only selected networks or a private endpoint; set private_endpoint = true with custom_subdomain_name and plan from a network that reaches it.", what, a.URL, s, azureMessage(a.Body, o.req.Key))
	case s == http.StatusNotFound:
		d := fmt.Sprintf("The %s %s answered 404: this host does not serve that path.", what, a.URL)
		if res.UsesCustomDomain() && !res.PrivateEndpoint {
			d += " Older documentation says the custom-domain speech paths answer 404 unless the resource has a private endpoint: use the regional endpoints (remove private_endpoint, or pick the regional object), or set private_endpoint = true if it has one."
		} else {
			d += " The host family is wrong for this API (for example speech paths on an api.cognitive host). Please report this with the URL: the provider computed it."
		}
		return boolp(false), "Azure Speech Endpoint Not Found", d
	case s == http.StatusTooManyRequests:
		return nil, "Azure Speech Throttled", fmt.Sprintf("The %s %s answered 429 Too Many Requests%s (Retry-After honoured when given). The key was not judged: Speech throttles under load and while it scales within quota. Plan again later or raise the provider's max_retries.", what, a.URL, tries)
	case s >= 500:
		return nil, "Azure Speech Service Error", fmt.Sprintf("The %s %s answered %d%s: a fault on the service's side, not the key's. The key was not judged; plan again later.", what, a.URL, s, tries)
	}
	return nil, "Unexpected Answer From Azure Speech", fmt.Sprintf("The %s %s answered %d, which Azure Speech does not use for this call.", what, a.URL, a.Status)
}

func limitFor(what string) int {
	if what == "voices list" {
		return VoicesBodyLimit
	}
	return TokenBodyLimit
}

func proxyNote(a Answer) string {
	var pe *ProxyError
	if asProxyError(a.Err, &pe) {
		return fmt.Sprintf(" (the proxy %s could not resolve it: %s)", pe.Proxy, pe.SquidError)
	}
	return ""
}

// azureMessage quotes an Azure error body, short, with any trace of the
// key removed before it is cut (a cut could leave part of a key that
// redaction would no longer recognise), cut on a rune boundary.
func azureMessage(body []byte, key string) string {
	s := strings.TrimSpace(Redact(strings.ToValidUTF8(string(body), "\uFFFD"), key))
	if s == "" {
		return ""
	}
	s = cutRunes(s, maxQuoted)
	return fmt.Sprintf(" (%s)", strings.TrimRight(s, "."))
}

// maxQuoted is how much of an Azure error body a diagnosis quotes.
const maxQuoted = 300

// noSuchHost explains a host with no DNS answer while a Speech host of the
// table in the same cloud answers: a verdict about the configuration.
func noSuchHost(o observation, a Answer, ctl *Answer) (*bool, string, string) {
	res := o.req.Resolution
	seen := fmt.Sprintf("The host %s has no DNS answer, while %s, a Speech host of %s, answers: this network resolves Azure's names, so the first host does not exist.", a.Host(), ctl.Host(), res.Cloud.DisplayName)
	if res.UsesCustomDomain() {
		return boolp(false), "Custom Domain Not Found", fmt.Sprintf("%s No resource in %s has the custom subdomain %q. Check custom_subdomain_name (the name in https://{name}.%s/ on the Keys and Endpoint page) and the cloud.", seen, res.Cloud.DisplayName, res.Subdomain, res.Cloud.CustomDomainSuffix)
	}
	return boolp(false), "No Speech Endpoint In Region", fmt.Sprintf("%s Speech has no endpoint in region %q of %s, which is not in this provider's table of Speech regions either. Use the region of your Speech resource (the Location on its Keys and Endpoint page); the speechendpoints_regions data source lists the Speech regions of the table.", seen, res.Region.Name, res.Cloud.DisplayName)
}
