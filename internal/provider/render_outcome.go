package provider

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/keycheck"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// note is a warning an outcome carries whatever its class.
type note struct{ summary, detail string }

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

// roleWords name a call by what it was for.
func roleWords(r keycheck.Role) string {
	switch r {
	case keycheck.RoleVoices:
		return "voices list"
	case keycheck.RoleControl:
		return "control host"
	}
	return "token endpoint"
}

// azureSays quotes the message Azure is known to send, never the body.
var azureSays = map[keycheck.AzureMessage]string{
	keycheck.MsgInvalidKey:           "Access denied due to invalid subscription key or wrong API endpoint",
	keycheck.MsgQuota:                "Out of call volume quota",
	keycheck.MsgNetworkRules:         "Access denied due to Virtual Network/Firewall rules",
	keycheck.MsgPublicAccessDisabled: "Public access is disabled. Please configure private endpoint",
	keycheck.MsgLocalAuthDisabled:    "AuthenticationTypeDisabled",
}

func says(a keycheck.Answer) string {
	if m, ok := azureSays[a.Message]; ok {
		return fmt.Sprintf(" (Azure: %q)", m)
	}
	return ""
}

// tries says how often a call was tried and why retrying stopped.
func tries(a keycheck.Answer) string {
	s := ""
	if a.Attempts > 1 {
		s = fmt.Sprintf(" after %d attempts", a.Attempts)
	}
	if a.Cut {
		s += " (retrying stopped: the next attempt would have started after check_timeout)"
	}
	return s
}

// aboutTheKey is the sentence an undecided check says of the key: nothing,
// unless the other call (the token, or the voices list) accepted it.
func aboutTheKey(o keycheck.Outcome) string {
	if o.KeyValid != nil && *o.KeyValid {
		return "The key itself is valid: Azure accepted it on the other call"
	}
	return "This says nothing about the key"
}

// outcome words a check's outcome for the surface.
func (s surface) outcome(o keycheck.Outcome) (summary, detail string) {
	summary, detail = s.cause(o)
	if o.Class == keycheck.Inconclusive && o.KeyValid != nil && *o.KeyValid && o.Call != nil &&
		o.Call.Role == keycheck.RoleToken &&
		o.Voices != nil &&
		o.Voices.OK() {
		detail += fmt.Sprintf(" Azure served the voices list at %s for this key (%d voices), so the key is valid for "+
			"this resource: only the token endpoint is unproven.",
			o.Voices.URL, o.VoiceCount)
	}
	return summary, detail
}

// tokenSilence says in a few words why the token call judged nothing.
func (s surface) tokenSilence(o keycheck.Outcome) string {
	a := o.Token
	switch a.Failure {
	case keycheck.NoFailure:
	case keycheck.FailRouteDown:
		return "an earlier call of this plan to it got no answer"
	case keycheck.FailTLS:
		return "its certificate is " + or(tlsWords[a.Detail], "not trusted") + " here"
	case keycheck.FailProxy:
		return fmt.Sprintf("the proxy %s answered %d to the request to connect to it", a.Proxy, a.ProxyStatus)
	case keycheck.FailProxyDown:
		return "the proxy could not be reached"
	case keycheck.FailDNS:
		return "its name has no DNS answer here"
	case keycheck.FailTimeout, keycheck.FailDeadline:
		return "it did not answer in time"
	default:
		return or(connWords[a.Detail], "the connection failed")
	}
	switch {
	case a.Status == 200:
		return "its 200 answer is not a token"
	case a.Responder != keycheck.ResponderAzure:
		return fmt.Sprintf("its %d answer is not Azure's", a.Status)
	case a.Status == 429:
		return "it was throttled"
	case a.Status >= 500:
		return fmt.Sprintf("it answered %d, a service error", a.Status)
	}
	return fmt.Sprintf("Azure answered %d%s there", a.Status, says(a))
}

// cause words the cause of a check's outcome.
func (s surface) cause(o keycheck.Outcome) (summary, detail string) {
	res := o.Resolution
	switch o.Cause {
	case keycheck.CauseAccepted:
		d := fmt.Sprintf("The key was accepted by %s (HTTP 200)", o.Token.URL)
		if o.Voices != nil {
			d += fmt.Sprintf(" and the voices list at %s returned %d voices", o.Voices.URL, o.VoiceCount)
		}
		if o.Required > 0 {
			d += fmt.Sprintf(", among them the %d required", o.Required)
		}
		return "Azure Speech Key Accepted", d + "."
	case keycheck.CauseKeyNotSendable:
		return s.problem(*o.KeyRefused)
	case keycheck.CauseKeyRejected:
		return "Azure Speech Key Rejected", s.keyRejected(o)
	case keycheck.CauseKeyElsewhere:
		return "Azure Speech Key Belongs Elsewhere", fmt.Sprintf("The token endpoint %s answered 401 Access denied: "+
			"the gateway does not know this key at this host. The key was checked for %s. %s",
			o.Token.URL, where(res), s.located(o))
	case keycheck.CauseResourceRefused:
		return "Azure Speech Refused A Valid Key", s.resourceRefused(o)
	case keycheck.CauseForbidden:
		return "Azure Speech Access Forbidden", s.forbidden(o)
	case keycheck.CauseNotFound:
		d := fmt.Sprintf(
			"The %s %s answered 404: this host does not serve that path.",
			roleWords(o.Call.Role),
			o.Call.URL,
		)
		if res.UsesCustomDomain() && !res.PrivateEndpoint {
			regional := "use the endpoints of the regional object, which the data source computes beside these"
			if res.Region == nil {
				regional = fmt.Sprintf("set %s to the resource's Location to use the regional "+
					"endpoints", s.name(speech.SettingRegion))
			}
			d += fmt.Sprintf(
				" Older documentation says the custom-domain speech paths answer 404 unless the resource has "+
					"a private endpoint: %s, or %s if it has one.",
				regional,
				s.set(speech.SettingPrivateEndpoint, "true"),
			)
		} else {
			d += " The host family is wrong for this API (for example speech paths on an api.cognitive host). Please " +
				"report this with the URL: the provider computed it."
		}
		return "Azure Speech Endpoint Not Found", d
	case keycheck.CauseNoSuchRegion, keycheck.CauseNoSuchDomain:
		return s.noSuchHost(o)
	case keycheck.CauseVoicesMissing:
		return s.voicesMissing(o)
	case keycheck.CauseNetworkRules:
		return "Azure Network Rules Exclude This Machine", s.networkRules(o)
	case keycheck.CauseThrottled:
		return "Azure Speech Throttled", fmt.Sprintf(
			"The %s %s answered 429 Too Many Requests%s (Retry-After honoured "+
				"when given). %s. Speech throttles under load "+
				"and while it scales within quota. "+
				"Plan again later or raise the provider's max_retries.",
			roleWords(o.Call.Role),
			o.Call.URL,
			tries(*o.Call),
			aboutTheKey(o),
		)
	case keycheck.CauseServiceError:
		return "Azure Speech Service Error", fmt.Sprintf("The %s %s answered %d%s: a fault on the service's side, not "+
			"the key's. %s; plan again later.",
			roleWords(o.Call.Role), o.Call.URL, o.Call.Status, tries(*o.Call), aboutTheKey(o))
	case keycheck.CauseNotAzure:
		return "Something Between This Machine And Azure Answered", s.notAzure(o)
	case keycheck.CauseNotToken:
		return "Unexpected Answer From Azure Speech", fmt.Sprintf(
			"The token endpoint %s answered 200 with a body that "+
				"is not a token (Speech issues a JWT). "+
				"Something between this machine and Azure answered instead of Speech, or the service misbehaved. "+
				"%s. Check HTTPS_PROXY and plan again.",
			o.Token.URL, aboutTheKey(o),
		)
	case keycheck.CauseNotVoices:
		return "Unexpected Answer From Azure Speech", fmt.Sprintf(
			"The token endpoint accepted the key, but the voices "+
				"list at %s answered 200 with a body that is not a JSON list of voices. "+
				"Something between this machine and Azure (a proxy, a content filter, a captive portal) answered instead of "+
				"Speech: check HTTPS_PROXY and the proxy's rules for "+
				"*.%s.",
			o.Call.URL,
			res.Cloud.SpeechSuffix,
		)
	case keycheck.CauseUnexpected:
		return "Unexpected Answer From Azure Speech", fmt.Sprintf("The %s %s answered %d, which Azure Speech does not "+
			"use for this call.", roleWords(o.Call.Role), o.Call.URL, o.Call.Status)
	case keycheck.CauseVoicesNotKept:
		return "Required Voices Not Checked", fmt.Sprintf("The key works, but the voices list at %s has %d voices, "+
			"more than the provider keeps (%d), so the required voices were not "+
			"checked.",
			o.Call.URL, o.VoiceCount, keycheck.MaxKeptVoices)
	}
	return s.noAnswer(o)
}

// keyRejected explains a token 401: key, region or cloud.
func (s surface) keyRejected(o keycheck.Outcome) string {
	res := o.Resolution
	var b strings.Builder
	if o.Call != nil && o.Call.Role == keycheck.RoleVoices {
		fmt.Fprintf(
			&b,
			"The voices list at %s answered 401 Access denied%s from Azure: the gateway does not know this "+
				"key at this host. The key was checked for %s. "+
				"The token endpoint %s gave no usable answer for the key (%s), but the voices list is served for the same resource's "+
				"key, and Azure refused it there.",
			o.Call.URL,
			says(*o.Call),
			where(res),
			o.Token.URL,
			s.tokenSilence(o),
		)
	} else {
		fmt.Fprintf(&b, "The token endpoint %s answered 401 Access denied: the gateway does not know this key at this "+
			"host. The key was checked for %s.", o.Token.URL, where(res))
	}
	if o.LocateRan() {
		others := o.LocateRefused + len(o.LocateUnreachable) + len(o.LocateNoVerdict)
		if len(o.LocateUnreachable) == 0 && len(o.LocateNoVerdict) == 0 {
			fmt.Fprintf(&b, " The key was also tried in the other %d Speech regions of the public, US Government and "+
				"China clouds, and Azure refused it in every one, so it is not a "+
				"region or cloud mix-up. Most likely, in order:", others)
		} else {
			fmt.Fprintf(&b, " The key's token endpoint was also tried in the other %d Speech regions: "+
				"Azure refused it at %d", others, o.LocateRefused)
			if n := len(o.LocateUnreachable); n > 0 {
				fmt.Fprintf(&b, "; %d could not be reached from this machine (%s)", n, strings.Join(o.LocateUnreachable, ", "))
			}
			if n := len(o.LocateNoVerdict); n > 0 {
				fmt.Fprintf(&b, "; %d gave no usable answer (throttled, a service error, network rules, or an answer "+
					"that is not Azure's: %s)", n, strings.Join(o.LocateNoVerdict, ", "))
			}
			b.WriteString(". So the key may belong to one of the regions that gave no usable answer: plan again, or from a " +
				"network that reaches them, to know. Otherwise, most likely, in order:")
		}
		b.WriteString(" (1) the key is mistyped, cut short, or was regenerated: copy KEY 1 again from the resource's " +
			"Keys and Endpoint page (azurerm_cognitive_account.primary_access_key);")
		fmt.Fprintf(&b, " (2) the resource is behind a private endpoint or selected networks, so it answers only on "+
			"its custom domain: set %s and %s = true, and plan from a network that reaches it;",
			s.name(speech.SettingSubdomain), s.name(speech.SettingPrivateEndpoint))
		b.WriteString(" (3) the resource was deleted or disabled.")
		return b.String()
	}
	b.WriteString(" The same answer covers every cause; most likely, in order:")
	checked := fmt.Sprintf("the custom subdomain %q", res.Subdomain)
	if res.Region != nil {
		checked = fmt.Sprintf("%q", res.Region.Name)
	}
	find := s.locateHow + " to have the plan find where the key is accepted (it sends the key to the token service " +
		"of every Speech region)"
	if o.Locate {
		find = "locate did not run, since it asks the token endpoints and this one gave no usable answer from here"
	}
	fmt.Fprintf(&b, " (1) the key belongs to a resource in another region or cloud: compare the Location on the "+
		"resource's Keys and Endpoint page with %s; %s;", checked, find)
	switch {
	case res.Subdomain != "" && !res.PrivateEndpoint:
		fmt.Fprintf(
			&b,
			" (2) the resource is behind a private endpoint or selected networks, where the regional hosts "+
				"answer 401 for its key: %s to use https://%s/ (and plan from a "+
				"network that reaches it);",
			s.set(speech.SettingPrivateEndpoint, "true"),
			res.Cloud.HostName(speech.FamilyCustomDomain, res.Subdomain),
		)
		b.WriteString(" (3) the key is mistyped or was regenerated: copy KEY 1 again from the Keys and Endpoint page.")
	case res.Subdomain == "":
		fmt.Fprintf(&b, " (2) the resource is behind a private endpoint, where the regional hosts answer 401: set %s "+
			"and %s = true;", s.name(speech.SettingSubdomain), s.name(speech.SettingPrivateEndpoint))
		b.WriteString(" (3) the key is mistyped or was regenerated: copy KEY 1 again from the Keys and Endpoint page.")
	default:
		b.WriteString(" (2) the key is mistyped or was regenerated: copy KEY 1 again from the Keys and Endpoint page.")
	}
	return b.String()
}

// located names where the key is accepted and the complete fix.
func (s surface) located(o keycheck.Outcome) string {
	rg := o.Located[0]
	fix := s.fix(o.Fix)
	if o.Resolution.PrivateEndpoint {
		fix = fmt.Sprintf(
			"the key's resource answers on the public regional host of %s, so it is not behind a private "+
				"endpoint there: %s",
			rg.DisplayName,
			fix,
		)
	}
	d := fmt.Sprintf("The key is accepted in %s (%s, %s): %s.", rg.DisplayName, rg.Name, rg.Cloud.DisplayName, fix)
	if len(o.Located) > 1 {
		var more []string
		for _, m := range o.Located[1:] {
			more = append(more, m.Cloud.Name+"/"+m.Name)
		}
		d += fmt.Sprintf(" It is also accepted in %s.", strings.Join(more, ", "))
	}
	return d
}

// resourceRefused explains a valid token followed by a refused speech call.
func (s surface) resourceRefused(o keycheck.Outcome) string {
	res, v := o.Resolution, o.Call
	var b strings.Builder
	fmt.Fprintf(&b, "The token endpoint %s accepted the key, so the key, region and cloud are right. The voices "+
		"list at %s then answered %d. This is about the resource, never the "+
		"region; most likely, in order:", o.Token.URL, v.URL, v.Status)
	if !res.PrivateEndpoint {
		fmt.Fprintf(
			&b,
			" (1) network rules: the resource allows only selected networks or a private endpoint; %s with "+
				"%s to use its custom domain, and plan from a network that reaches it;",
			s.set(speech.SettingPrivateEndpoint, "true"),
			s.name(speech.SettingSubdomain),
		)
	} else {
		b.WriteString(" (1) network rules: this machine is not in a network the resource allows; plan from inside the " +
			"virtual network of the private endpoint;")
	}
	fmt.Fprintf(&b, " (2) the resource kind: %s is %q (%s); check that this resource serves Speech to this key, or "+
		"use a SpeechServices resource's "+
		"key;", s.name(speech.SettingKind), res.Kind.Name, res.Kind.DisplayName)
	b.WriteString(" (3) entitlement: the pricing tier or subscription does not include text to speech, or key " +
		"authentication is disabled (disableLocalAuth) for speech.")
	return b.String()
}

// forbidden explains Azure's 403 to the token call with a message that
// judges the resource: its quota, or keys turned off.
func (s surface) forbidden(o keycheck.Outcome) string {
	a := o.Call
	head := fmt.Sprintf("The %s %s answered %d%s%s.", roleWords(a.Role), a.URL, a.Status, says(*a), tries(*a))
	if a.Message == keycheck.MsgQuota {
		return head + " The key is right, but the free (F0) tier's quota is used up for this period: calls fail until " +
			"the next period. Wait for it, or move the resource to S0."
	}
	return head + " Key-based authentication is disabled on the resource (disableLocalAuth, azurerm's " +
		"local_auth_enabled = false): its keys are refused everywhere, so no key check can pass. Check the identity " +
		"instead: set local_auth_enabled = false and resource_id on this data source, and replace key_check with " +
		"entra_check { } (the identity the plan runs as, with the provider's azurerm-style credential settings) and " +
		"role_check { principal_id = <the app's identity> }. Or enable local authentication."
}

// networkRules explains Azure's answer that the caller is outside the
// resource's allowed networks: where the plan runs, not what the key is.
func (s surface) networkRules(o keycheck.Outcome) string {
	a := o.Call
	d := fmt.Sprintf("The %s %s answered %d%s from Azure: the resource accepts calls only from the networks its "+
		"rules allow, and this machine is outside them. %s. ",
		roleWords(a.Role), a.URL, a.Status, says(*a), aboutTheKey(o))
	if a.Message != keycheck.MsgNetworkRules && a.Message != keycheck.MsgPublicAccessDisabled {
		// A bare 400 or 403: Azure's page names them as the answers to a
		// token request outside the allowed networks, but says no more.
		d = fmt.Sprintf("The %s %s answered %d %s from Azure, without a message this provider knows. %s "+
			"(Azure answers a key it does not know with 401). "+
			"Most likely the resource accepts calls only from the networks its rules allow and this machine is outside "+
			"them: ", roleWords(a.Role), a.URL, a.Status, http.StatusText(a.Status), aboutTheKey(o))
	}
	d += fmt.Sprintf("Microsoft's private-link page (%s) says a token request works only when the resource's "+
		"network access is \"All networks\"; otherwise Azure answers Forbidden or "+
		"BadRequest. Plan from a network the resource allows (the virtual network of its private "+
		"endpoint)", speech.SourcePrivateLink.URL)
	if !o.Resolution.PrivateEndpoint {
		d += fmt.Sprintf(
			", and %s with %s",
			s.set(speech.SettingPrivateEndpoint, "true"),
			s.name(speech.SettingSubdomain),
		)
	}
	return d + "."
}

// mediaWords name what kind of page an answer was.
var mediaWords = map[keycheck.Media]string{keycheck.MediaHTML: " (an HTML page)", keycheck.MediaText: " (plain " +
	"text)", keycheck.MediaJSON: " (JSON)", keycheck.MediaOther: ""}

// notAzure explains an answer without Azure's marks: something between
// this machine and Azure answered: where the plan runs, not what the key is.
func (s surface) notAzure(o keycheck.Outcome) string {
	a, res := o.Call, o.Resolution
	via := ""
	if a.Proxy != "" {
		via = fmt.Sprintf(" through the proxy %s (HTTPS_PROXY)", a.Proxy)
	}
	return fmt.Sprintf("The %s %s got a %d answer%s%s that is not Azure's: it carries neither Azure's request ID "+
		"(apim-request-id) nor a message Azure sends. "+
		"A proxy, firewall or web filter between this machine and Azure answered. %s. Allow "+
		"*.%s and *.%s through it, or plan from a network that reaches Azure.",
		roleWords(a.Role), a.URL, a.Status, mediaWords[a.Media], via, aboutTheKey(o), res.Cloud.APISuffix,
		res.Cloud.SpeechSuffix)
}

// noSuchHost explains a host with no DNS answer while the control host of
// the same cloud answers: a verdict about the configuration.
func (s surface) noSuchHost(o keycheck.Outcome) (string, string) {
	res := o.Resolution
	seen := fmt.Sprintf("The host %s has no DNS answer, while %s answers: it is the API host of the first Speech "+
		"region of this provider's table in %s, which exists, asked without "+
		"the key as a control. "+
		"This network resolves Azure's names, so the first host does not "+
		"exist.", o.Call.Host(), o.Control.Host(), res.Cloud.DisplayName)
	if o.Cause == keycheck.CauseNoSuchDomain {
		return "Custom Domain Not Found", fmt.Sprintf(
			"%s No resource in %s has the custom subdomain %q. Check %s (the "+
				"name in https://{name}.%s/ on the Keys and Endpoint page) and the cloud.",
			seen,
			res.Cloud.DisplayName,
			res.Subdomain,
			s.name(speech.SettingSubdomain),
			res.Cloud.CustomDomainSuffix,
		)
	}
	return "No Speech Endpoint In Region", fmt.Sprintf("%s Speech has no endpoint in region %q of %s, which is not "+
		"in this provider's table of Speech regions either. "+
		"Use the region of your Speech resource (the Location on its Keys and Endpoint page); the "+
		"speechendpoints_regions data source lists the Speech regions of the "+
		"table.", seen, res.Region.Name, res.Cloud.DisplayName)
}

// voicesMissing explains required voices the region's list lacks: each
// one, with the closest names offered there (a typo) or the voices of its
// locale.
func (s surface) voicesMissing(o keycheck.Outcome) (string, string) {
	summary := "Voice Not Offered In Region"
	if len(o.Missing) > 1 {
		summary = "Voices Not Offered In Region"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "The key works, but the voices list of %s (%s, %d voices) does not "+
		"offer", where(o.Resolution), o.Call.URL, o.VoiceCount)
	for i, m := range o.Missing {
		sep := ";"
		if i == 0 {
			sep = ":"
		}
		fmt.Fprintf(&b, "%s %q", sep, m.Name)
		switch {
		case len(m.Names) > 0 && m.Locale == "":
			fmt.Fprintf(&b, " (closest offered: %s)", quoteAll(m.Names))
		case len(m.Names) > 0:
			fmt.Fprintf(&b, " (%s voices offered there: %s)", m.Locale, quoteAll(m.Names))
		default:
			b.WriteString(" (no voice of its locale is offered there)")
		}
	}
	b.WriteString(". Voices differ by region and change over time, and an application configured with one of these " +
		"fails when it first speaks: " +
		"choose a voice the region offers (data \"speechendpoints_voices\" lists them), or use a region that offers it.")
	return summary, b.String()
}

// tlsWords and connWords say what failed, in fixed words.
var (
	tlsWords = map[keycheck.Detail]string{
		keycheck.DetailUnknownAuthority: "signed by an authority this machine does not " +
			"trust", keycheck.DetailHostnameMismatch: "issued for another host name",
		keycheck.DetailCertificateInvalid: "invalid or expired",
	}
	connWords = map[keycheck.Detail]string{
		keycheck.DetailRefused: "the connection was refused", keycheck.DetailReset: "the connection was " +
			"reset", keycheck.DetailUnreachable: "the network is unreachable",
		keycheck.DetailClosed: "the connection was closed",
	}
)

// noAnswer explains a check that got no usable answer, naming the culprit:
// the proxy when it is the proxy, the network, or the deadline.
func (s surface) noAnswer(o keycheck.Outcome) (string, string) {
	a := o.Call
	if a == nil {
		return "Key Check Failed", "The key check ended without an answer."
	}
	res, host := o.Resolution, a.Host()
	allow := fmt.Sprintf("*.%s and *.%s", res.Cloud.APISuffix, res.Cloud.SpeechSuffix)
	if a.Failure == keycheck.FailRouteDown && a.Evidence != nil {
		ev := *a.Evidence
		_, what := s.noAnswer(keycheck.Outcome{Call: &ev, Resolution: res, CheckTimeout: o.CheckTimeout})
		return "Azure Speech Unreachable", fmt.Sprintf("Earlier in this plan, %s gave no answer for a whole wait, so "+
			"this check did not call it again: the route, "+
			"not the key, is the problem. %s. "+
			"What happened then: %s", routeWords(*a), aboutTheKey(o), what)
	}
	switch a.Failure {
	case keycheck.FailDeadline:
		return "Key Check Timed Out", fmt.Sprintf("The key check did not end within check_timeout (%s): the %s %s had "+
			"not answered%s. %s. Raise the provider's "+
			"check_timeout, or check the network and plan again.",
			o.CheckTimeout, roleWords(a.Role), a.URL, tries(*a), aboutTheKey(o))
	case keycheck.FailRefused:
		return "Key Not Sent", fmt.Sprintf("The key was not sent to %s: the provider sends a key only over HTTPS to "+
			"the Azure Speech hosts it computes.", a.URL)
	case keycheck.FailCanceled:
		return "Key Check Cancelled", fmt.Sprintf("The key check of %s was cancelled before Azure answered (the plan "+
			"was interrupted).", a.URL)
	case keycheck.FailDNS:
		return "Speech Host Not Found", s.hostNotFound(o)
	case keycheck.FailTLS:
		return "TLS Certificate Not Trusted", fmt.Sprintf("The certificate presented for %s is %s. A corporate proxy "+
			"or TLS inspection usually does this: add its root CA certificate "+
			"(PEM) to the provider's ca_cert_pem. The key was not sent to this host.",
			host, or(tlsWords[a.Detail], "not trusted"))
	case keycheck.FailTimeout:
		if a.Proxy != "" {
			return "Azure Speech Did Not Answer", fmt.Sprintf("No answer from %s through the proxy %s (HTTPS_PROXY) "+
				"within request_timeout%s. Check the proxy's rules for %s; on a slow "+
				"link, raise the provider's request_timeout.",
				host, a.Proxy, tries(*a), allow)
		}
		return "Azure Speech Did Not Answer", fmt.Sprintf(
			"No answer from %s within request_timeout%s. If this network "+
				"reaches the internet through a proxy, set HTTPS_PROXY (and "+
				"NO_PROXY for internal hosts) where terraform runs; on a slow link, raise the provider's "+
				"request_timeout.",
			host,
			tries(*a),
		)
	case keycheck.FailProxy:
		return "Proxy Refused The Connection", fmt.Sprintf("The proxy %s (HTTPS_PROXY) answered %d to the request to "+
			"connect to %s. Allow %s through the proxy (or give it credentials), "+
			"or list them in NO_PROXY if they are reachable directly. The key was not sent to this host.",
			a.Proxy, a.ProxyStatus, host, allow)
	case keycheck.FailProxyDown:
		return "Proxy Unreachable", fmt.Sprintf("The proxy %s that HTTPS_PROXY names could not be reached (%s), so "+
			"nothing was sent to Azure on this call. Start the proxy or correct HTTPS_PROXY (or "+
			"unset it where this network reaches Azure directly).",
			a.Proxy, or(connWords[a.Detail], "no connection"))
	case keycheck.FailRedirect:
		return "Unexpected Redirect From Azure Speech", fmt.Sprintf("%s answered %d with a redirect to another host. "+
			"Azure Speech does not redirect these calls, so something between "+
			"this machine and Azure (a captive portal or a proxy) answered. "+
			"The redirect was not followed and the key was not sent there.", a.URL, a.Status)
	case keycheck.FailTooLarge:
		limit := keycheck.TokenBodyLimit
		if a.Role == keycheck.RoleVoices {
			limit = keycheck.VoicesBodyLimit
		}
		return "Unexpected Answer From Azure Speech", fmt.Sprintf("The %s at %s answered with a body larger than the "+
			"provider reads (%d bytes); the rest was discarded. Something "+
			"between this machine and Azure answered instead of Speech: check HTTPS_PROXY.",
			roleWords(a.Role), a.URL, limit)
	case keycheck.FailTruncated:
		return "Unexpected Answer From Azure Speech", fmt.Sprintf(
			"The %s at %s stopped in the middle of its answer%s. "+
				"A proxy or an unstable network cut the connection: plan again, "+
				"and check HTTPS_PROXY.",
			roleWords(a.Role),
			a.URL,
			tries(*a),
		)
	}
	return "Connection To Azure Speech Failed", fmt.Sprintf("The connection to %s failed%s (%s). A firewall or "+
		"proxy is in the way: set HTTPS_PROXY if this network needs one, and allow %s.",
		host, tries(*a), or(connWords[a.Detail], "no answer"), allow)
}

// hostNotFound explains a host with no DNS answer that nothing settles.
func (s surface) hostNotFound(o keycheck.Outcome) string {
	a, res := o.Call, o.Resolution
	if res.UsesCustomDomain() {
		d := fmt.Sprintf(
			"The host %s has no DNS answer: no resource in %s has the custom subdomain %q, or this "+
				"network cannot resolve it. Check %s (the name in https://{name}.%s/ on "+
				"the Keys and Endpoint page) and the cloud.",
			a.Host(),
			res.Cloud.DisplayName,
			res.Subdomain,
			s.name(speech.SettingSubdomain),
			res.Cloud.CustomDomainSuffix,
		)
		if res.PrivateEndpoint {
			d += fmt.Sprintf(
				" Behind a private endpoint the name resolves only where the private DNS zone privatelink.%s "+
					"is linked: plan from that network.",
				res.Cloud.CustomDomainSuffix,
			)
		}
		return d
	}
	resolver := "the DNS this plan uses"
	if a.Proxy != "" {
		resolver = fmt.Sprintf("the proxy %s", a.Proxy)
	}
	return fmt.Sprintf("The host %s has no DNS answer from %s. The host is a published Azure Speech host for %s, so "+
		"this network cannot resolve Azure's public names: check the "+
		"resolver, or set HTTPS_PROXY to a proxy that can.",
		a.Host(), resolver, where(res))
}

// routeWords name a route: the host, and the proxy when there is one.
func routeWords(a keycheck.Answer) string {
	if a.Proxy != "" {
		return a.Host() + " through the proxy " + a.Proxy
	}
	return a.Host()
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// notes words the warnings an outcome carries: the key's oddities and the
// facts the check noticed.
func (s surface) notes(o keycheck.Outcome) []note {
	var out []note
	for _, p := range o.KeyNotes {
		sum, det := s.problem(p)
		out = append(out, note{sum, det})
	}
	for _, n := range o.Notes {
		switch n {
		case keycheck.NoteTokenOtherRegion:
			cr := o.Claims.ClaimRegion()
			out = append(
				out,
				note{"Token Names Another Region", fmt.Sprintf("The token issued by %s names region %q, but "+
					"%s = %q. Calls with this key work on this host, yet the resource may live in %q: "+
					"compare the Location on its Keys and Endpoint page. (The region claim is an undocumented "+
					"hint.)", o.Token.URL, cr, s.name(speech.SettingRegion), o.Resolution.Region.Name, cr)},
			)
		case keycheck.NoteProxyMalformed:
			out = append(out, note{"HTTPS_PROXY Ignored", "HTTPS_PROXY is set but cannot be read as a URL (a bad " +
				"%-escape, say), so Go ignores it and the check connected directly. " +
				"Correct the value (it is not shown: it may hold a password)."})
		}
	}
	return out
}

// keyDeferred explains a key known only at apply, naming the one change
// that checks it during apply on this surface.
func (s surface) keyDeferred(use keyedUse) (string, string) {
	return "Key Known Only After Apply", fmt.Sprintf("The provider's key comes from a resource created in this run, "+
		"so it is known only after apply and %s did not run "+
		"during this plan. %s. (In a check block's scoped data source this runs again during apply, when the key is "+
		"known.)", use.what, use.deferFix)
}

// destroyWayOut is the way past a keyed data source's error while tearing
// a configuration down, in one sentence. Terraform and OpenTofu run a
// normal plan before every destroy, reading every data source (Terraform's
// and OpenTofu's Context.destroyPlan in context_plan.go), and the plugin
// protocol tells a provider nothing of it (ReadDataSourceRequest has no
// plan mode; its ClientCapabilities hold only DeferralAllowed): a check
// cannot know that it is not needed, so its error says how to skip it.
func (s surface) destroyWayOut(use keyedUse, c keycheck.Class) string {
	alt := ""
	if use.severityArgs {
		// The argument that made this outcome an error.
		arg := "on_failure"
		if c == keycheck.Inconclusive {
			arg = "on_inconclusive"
		}
		alt = fmt.Sprintf("; or set %s = \"warning\" for the destroy (through a variable)", arg)
	}
	return "If you are tearing this configuration down, terraform destroy -refresh=false (tofu destroy " +
		"-refresh=false) skips the refresh before the destroy that reads this data source" + alt + "."
}

// repeatedOutcome is the detail of an error already shown in full for
// another read with the same key, the same summary and the same words.
func (s surface) repeatedOutcome(use keyedUse) string {
	return fmt.Sprintf("%s found the same here as for another block of this configuration, with the same key at the "+
		"same endpoints: that block's error, under the same title, gives the diagnosis and the change to make. Each "+
		"block is read on its own, so each one fails the plan.", upperFirst(use.what))
}

// noKey explains a keyed call with no key configured anywhere.
func (s surface) noKey(use keyedUse) (string, string) {
	return "No Speech Key", fmt.Sprintf("%s is made with a key, and none is configured: %s, to KEY 1 or KEY 2 from "+
		"the resource's Keys and Endpoint page.", upperFirst(use.what), s.keyHow)
}

// argHoldsKey explains an argument outside the resource inputs that holds
// a key.
func (s surface) argHoldsKey(arg string) (string, string) {
	return "Speech Key Given As " + arg, fmt.Sprintf("%s holds a Speech key, or a part of one, or a value shaped "+
		"like one. It is not shown, and nothing was sent. "+
		"Keep the key in the provider's key, and give %s what it is for.", arg, arg)
}
