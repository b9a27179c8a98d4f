package provider

import (
	"errors"
	"fmt"
	"strings"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/azcred"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/keycheck"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/rbac"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// The words of keyless access: the Entra check's and the role check's
// outcomes. They quote no text of Azure's answers (only the messages
// keycheck recognises) and never a token or a secret.

// argResourceID is the data source's resource ID argument.
const argResourceID = "resource_id"

// rolePropagation says how long Azure takes to apply a new role
// assignment, which the app (not the check) meets.
const rolePropagation = "Azure Resource Manager caches role assignments: a new one can take up to 10 minutes to " +
	"take effect (https://learn.microsoft.com/azure/role-based-access-control/troubleshooting, \"Role assignment " +
	"changes are not being detected\", read 2026-12), and a managed identity's group membership longer, because its " +
	"tokens are cached for up to 24 hours " +
	"(https://learn.microsoft.com/entra/identity/managed-identities-azure-resources/" +
	"managed-identity-best-practice-recommendations, read 2026-12). Until then the app's calls get 401 " +
	"PermissionDenied: retry them, or start the app after the assignment."

// grantingRoles names the built-in roles that grant Speech data access.
func grantingRoles() string {
	names := make([]string, 0, len(rbac.GrantingRoles))
	for _, r := range rbac.GrantingRoles {
		names = append(names, fmt.Sprintf("%s (%s)", r.Name, r.ID))
	}
	return orList(names)
}

// roleAssignmentFix is the azurerm_role_assignment that grants Speech User.
func roleAssignmentFix(scope, principal string) string {
	return fmt.Sprintf("resource \"azurerm_role_assignment\" \"speech_user\" {\n"+
		"  scope                = %q\n  role_definition_name = %q\n  principal_id         = %q\n}",
		scope, rbac.SpeechUser.Name, principal)
}

// kindWords name a kind of credential with the settings that select it.
var kindWords = map[azcred.Kind]string{
	azcred.KindClientCertificate: "client certificate (client_certificate or client_certificate_path, " +
		"ARM_CLIENT_CERTIFICATE_PATH)",
	azcred.KindClientSecret: "client secret (client_secret, ARM_CLIENT_SECRET)",
	azcred.KindOIDC:         "OIDC token (use_oidc with oidc_token or oidc_token_file_path, ARM_USE_OIDC)",
	azcred.KindManagedIdentity: "managed identity (use_msi, ARM_USE_MSI, on a machine with one: App Service's " +
		"IDENTITY_ENDPOINT or the instance metadata service)",
	azcred.KindAzureCLI: "Azure CLI (use_cli, ARM_USE_CLI: the account az login signed in)",
}

// reasonWords say what became of a kind.
func reasonWords(a azcred.Attempt) string {
	switch a.Reason {
	case azcred.ReasonNotConfigured:
		return "not configured"
	case azcred.ReasonMissing:
		return "missing " + fieldList(a.Missing)
	case azcred.ReasonDisabled:
		return "turned off (" + fieldList(a.Missing) + " is false)"
	case azcred.ReasonInvalid:
		return string(a.Field) + " cannot be used: " + a.Detail
	case azcred.ReasonUnavailable:
		return "not available on this machine"
	case azcred.ReasonRefused:
		return "refused by Microsoft Entra" + codes(a)
	case azcred.ReasonFailed:
		return "its token request failed (" + a.Detail + ")"
	case azcred.ReasonUsed:
		return "used"
	}
	return "not tried"
}

func fieldList(fs []azcred.Field) string {
	s := make([]string, 0, len(fs))
	for _, f := range fs {
		s = append(s, string(f))
	}
	return strings.Join(s, " and ")
}

// aadstsWords explain the AADSTS codes a refused credential most often
// meets (Microsoft Entra's error code reference,
// https://learn.microsoft.com/entra/identity-platform/reference-error-codes, read 2026-12).
var aadstsWords = map[string]string{
	"AADSTS7000215": "the client secret is not one of the application's (a wrong or expired secret, or a secret ID " +
		"given instead of its value)",
	"AADSTS7000222": "the client secret has expired",
	"AADSTS700016":  "no application with this client_id in the tenant (another tenant, or another cloud)",
	"AADSTS90002":   "no such tenant in this cloud (a tenant of another cloud: check the provider's cloud)",
	"AADSTS500011":  "the resource of the scope is not in the tenant (a scope of another cloud)",
	"AADSTS700027":  "the certificate is not registered on the application",
	"AADSTS700213":  "no federated credential of the application matches the OIDC token's issuer and subject",
	"AADSTS70021":   "no federated credential of the application matches the OIDC token",
	"AADSTS700024":  "the OIDC token has expired or is not yet valid",
}

func codes(a azcred.Attempt) string {
	if len(a.Codes) == 0 {
		if a.Status != 0 {
			return fmt.Sprintf(" (HTTP %d)", a.Status)
		}
		return ""
	}
	parts := make([]string, 0, len(a.Codes))
	for _, c := range a.Codes {
		if w, ok := aadstsWords[c]; ok {
			parts = append(parts, c+": "+w)
		} else {
			parts = append(parts, c)
		}
	}
	return " (" + strings.Join(parts, "; ") + ")"
}

// triedWords list what a credential chain tried.
func triedWords(tried []azcred.Attempt) string {
	parts := make([]string, 0, len(tried))
	for _, a := range tried {
		parts = append(parts, kindWords[a.Kind]+": "+reasonWords(a))
	}
	return strings.Join(parts, "; ")
}

// configErrorWords explain a credential setting that cannot be used.
func configErrorWords(err error) (string, string) {
	var ce *azcred.ConfigError
	if errors.As(err, &ce) {
		from := string(ce.Field)
		if ce.Env != "" {
			from = ce.Env
		}
		return "Invalid Azure Credential Setting", fmt.Sprintf("%s is not a boolean (true or false), so no "+
			"credential was built and the identity was not checked.", from)
	}
	return "Invalid Azure Credential Setting", "The credential settings cannot be used: " + err.Error()
}

// noCredentialWords explain a chain where nothing could be used.
func noCredentialWords(tried []azcred.Attempt, what string) (string, string) {
	return "No Azure Credential To Check The Identity", fmt.Sprintf("%s needs a Microsoft Entra credential, "+
		"configured as for the azurerm provider (the provider's tenant_id, client_id and client_secret, a "+
		"certificate, an OIDC token, use_msi or use_cli, or the same ARM_* variables), and none could be used on "+
		"this machine. Tried, in order: %s. The identity was not checked: configure one of them where the plan runs "+
		"(the ARM_* variables a pipeline gives azurerm are read too).", what, triedWords(tried))
}

// entraWords word an Entra check's outcome (configErr: the credential
// could not be built).
func entraWords(o keycheck.EntraOutcome, configErr error) (summary, detail string) {
	if configErr != nil {
		return configErrorWords(configErr)
	}
	res := o.Resolution
	who := "the plan's identity"
	if o.Claims.ObjectID != "" {
		who = fmt.Sprintf("the plan's identity (object ID %s, tenant %s)", o.Claims.ObjectID, o.Claims.Tenant)
	}
	head := ""
	if a := o.Call; a != nil {
		head = fmt.Sprintf("The custom domain's voices list %s answered %d%s%s to a Microsoft Entra token of %s "+
			"for %s. ", a.URL, a.Status, says(*a), tries(*a), who, o.Scope)
	}
	switch o.Cause {
	case keycheck.CauseAccepted:
		return "Identity Accepted", fmt.Sprintf("%sSpeech accepted %s at %s: a keyless app running as this identity "+
			"can call the resource.", head, who, where(res))
	case keycheck.CauseNoDataRole:
		return "Identity Has No Speech Data Role", head + fmt.Sprintf("The identity holds no role that grants "+
			"Speech data actions on the resource: Owner, Contributor and Cognitive Services Contributor grant none "+
			"(%s). Assign it %s at the resource or its resource group:\n\n%s\n\n%s", speech.SourceSpeechRBAC.URL,
			grantingRoles(), roleAssignmentFix("<the account's id (resource_id)>", or(o.Claims.ObjectID, "<its object ID>")),
			rolePropagation)
	case keycheck.CauseOtherTenant:
		return "Token Of Another Tenant", head + fmt.Sprintf("The token is of tenant %s, and the resource belongs "+
			"to another tenant. Sign the plan in to the resource's tenant: set the provider's tenant_id (or "+
			"ARM_TENANT_ID) to the tenant of the resource's subscription (az account show --subscription "+
			"<subscription ID> --query tenantId), with a credential of that tenant.", or(o.Claims.Tenant, "(unknown)"))
	case keycheck.CauseTokenRefused:
		return "Speech Refused The Token", head + fmt.Sprintf("Speech could not use the token: missing, invalid, "+
			"for another audience or expired. The token was asked for %s, the scope of %s; a resource of another "+
			"cloud refuses it: check the data source's cloud. A machine whose clock is far off gets tokens that "+
			"seem expired.", o.Scope, res.Cloud.DisplayName)
	case keycheck.CauseKeyOnly:
		return "Endpoint Takes Keys Only", head + "This endpoint takes a resource key and no Microsoft Entra token, " +
			"so a keyless app cannot call it in this form. Call the custom domain " +
			"(https://{custom_subdomain_name}." + res.Cloud.CustomDomainSuffix + "/) with the token, or send " +
			"aad#{resource ID}#{token} to the regional text to speech and short-audio speech to text hosts " +
			"(keyless.aad_token_prefix)."
	case keycheck.CauseNotFound:
		return "Custom Domain Has No Speech", head + "The custom domain answered 404: it is not a Speech, AI " +
			"services or multi-service resource's. Check custom_subdomain_name against the account's " +
			"custom_subdomain_name."
	case keycheck.CauseNoCredential:
		return noCredentialWords(o.Tried, "entra_check")
	case keycheck.CauseCredentialRefused:
		a := o.Refused
		return "Microsoft Entra Refused The Credential", fmt.Sprintf("Microsoft Entra (%s) refused the %s%s, so no "+
			"token was issued and Speech was not called. Fix the credential where the plan runs (the provider's "+
			"arguments or the ARM_* variables), then plan again. Tried: %s.", res.Cloud.Entra().AuthorityHost,
			kindWords[a.Kind], codes(*a), triedWords(o.Tried))
	case keycheck.CauseCredentialFailed:
		why := "the check's time ran out"
		if o.Refused != nil {
			why = o.Refused.Detail
		}
		return "Microsoft Entra Did Not Answer", fmt.Sprintf("The token request to %s got no answer (%s): the "+
			"identity was not checked. Allow %s through the proxy or firewall, or plan again.",
			res.Cloud.Entra().AuthorityHost, why, res.Cloud.Entra().AuthorityHost)
	case keycheck.CauseNetworkRules:
		return "Azure Speech Network Rules", head + "The resource accepts calls only from the networks its rules " +
			"allow, and this machine is outside them: this says nothing about the identity. Plan from a network the resource " +
			"allows (the virtual network of its private endpoint)."
	case keycheck.CauseNotAzure:
		return "Not Azure's Answer", head + "The answer carries neither Azure's request ID nor a message Azure " +
			"sends: a proxy, firewall or web filter answered, and this says nothing about the identity."
	case keycheck.CauseThrottled, keycheck.CauseServiceError:
		return "Azure Speech Service Error", head + "A fault or throttling on the service's side: this says " +
			"nothing about the identity; plan again later."
	}
	if o.Call != nil && o.Call.Failure != keycheck.NoFailure {
		return "Azure Speech Did Not Answer", fmt.Sprintf("The custom domain's voices list %s gave no answer "+
			"(%s%s%s): this says nothing about the identity. Check DNS, proxy (HTTPS_PROXY) and firewall for *.%s, or plan "+
			"again.", o.Call.URL, o.Call.Failure, routeWords(*o.Call), tries(*o.Call), res.Cloud.CustomDomainSuffix)
	}
	return "Unexpected Answer From Azure Speech", head + "This is not an answer the check knows: it says " +
		"nothing about the identity."
}

// levelWords name where an assignment sits.
func levelWords(e rbac.Evidence) string {
	s := fmt.Sprintf("%s at %s %s", e.Role.Name, e.Level, e.Assignment.Scope)
	if e.ThroughGroup {
		s += fmt.Sprintf(" (through the group %s)", e.Assignment.PrincipalID)
	}
	return s
}

func evidenceList(es []rbac.Evidence) string {
	parts := make([]string, 0, len(es))
	for _, e := range es {
		parts = append(parts, levelWords(e))
	}
	return strings.Join(parts, "; ")
}

// rbacWords word a role check: its class, summary and detail.
func rbacWords(principal string, id speech.AccountID, a rbac.Assessment, err error) (keycheck.Class, string, string) {
	res := id.String()
	if err != nil {
		var re *rbac.ReadError
		var none *azcred.NoCredentialError
		var refused *azcred.AuthError
		var ce *azcred.ConfigError
		switch {
		case errors.As(err, &ce):
			s, d := configErrorWords(err)
			return keycheck.Inconclusive, s, d
		case errors.As(err, &none):
			s, d := noCredentialWords(none.Tried, "role_check")
			return keycheck.Inconclusive, s, d
		case errors.As(err, &refused):
			return keycheck.Inconclusive, "Microsoft Entra Refused The Credential", fmt.Sprintf("No token for Azure "+
				"Resource Manager: %s %s. The role assignments of %s were not read.", kindWords[refused.Attempt.Kind],
				reasonWords(refused.Attempt), principal)
		case errors.As(err, &re) && re.Kind == rbac.ReadForbidden:
			return keycheck.Inconclusive, "Plan Identity Cannot Read Role Assignments", fmt.Sprintf("Azure Resource "+
				"Manager answered %d %s: the identity the plan runs as lacks %s on %s, so the role assignments of %s "+
				"were not read. Give the plan's identity a role with it at the resource or above (Reader, or "+
				"Cognitive Services Speech User, have it), or run role_check from an identity that has it.",
				re.Status, re.Code, re.Permission, res, principal)
		case errors.As(err, &re) && re.Kind == rbac.ReadNotFound:
			return keycheck.Verdict, "Speech Resource Not Found", fmt.Sprintf("Azure Resource Manager answered 404 to "+
				"%s: no such subscription or account where the plan's identity can see it. Check resource_id "+
				"(azurerm_cognitive_account.<name>.id).", res)
		case errors.As(err, &re) && re.Kind == rbac.ReadUnauthenticated:
			return keycheck.Inconclusive, "Resource Manager Refused The Token", fmt.Sprintf("Azure Resource Manager "+
				"answered %d %s to the plan's token (another tenant than the subscription's, or another cloud): "+
				"the role assignments of %s were not read. Sign the plan in to the subscription's tenant "+
				"(tenant_id, ARM_TENANT_ID).", re.Status, re.Code, principal)
		}
		return keycheck.Inconclusive, "Azure Resource Manager Did Not Answer", fmt.Sprintf("The role assignments of "+
			"%s on %s could not be read (%s): the principal was not checked. Plan again, or allow the management "+
			"host through the proxy or firewall.", principal, res, err.Error())
	}
	held := ""
	if len(a.Held) > 0 {
		held = " It holds " + evidenceList(a.Held) + ", which grant no Speech data actions."
	}
	switch a.Verdict {
	case rbac.Granted:
		d := fmt.Sprintf("Principal %s may call Speech on %s: %s.", principal, res, evidenceList(a.Grants))
		if a.DeniesUnread {
			d += " The plan's identity may not read deny assignments (" + rbac.PermDenyAssignmentsRead +
				"), so one that removes this access would not be seen."
		}
		return keycheck.Passed, "App Identity May Call Speech", d
	case rbac.NotGranted:
		return keycheck.Verdict, "App Identity Has No Speech Data Role", fmt.Sprintf("Principal %s holds no role "+
			"that grants Speech data actions (%s) on %s.%s The app will get 401 PermissionDenied (\"Principal does "+
			"not have access to API/Operation.\") from Speech at run time. Assign it %s; the one change:\n\n%s\n\n%s",
			principal, rbac.SpeechDataAction, res, held, grantingRoles(), roleAssignmentFix(res, principal),
			rolePropagation)
	}
	var why []string
	if len(a.Denies) > 0 {
		names := make([]string, 0, len(a.Denies))
		for _, d := range a.Denies {
			names = append(names, fmt.Sprintf("%q at %s", d.Name, d.Scope))
		}
		why = append(why, "deny assignments that may remove it: "+strings.Join(names, ", ")+" (this check does not "+
			"read whom they exclude)")
	}
	if len(a.Conditional) > 0 {
		why = append(why, "assignments with a condition (ABAC) this check cannot evaluate: "+evidenceList(a.Conditional))
	}
	if len(a.UnknownRoles) > 0 {
		why = append(why, "role definitions that could not be read: "+strings.Join(a.UnknownRoles, ", "))
	}
	grants := ""
	if len(a.Grants) > 0 {
		grants = " Granted by " + evidenceList(a.Grants) + ";"
	}
	return keycheck.Inconclusive, "App Identity Not Decided", fmt.Sprintf("Whether principal %s may call Speech on "+
		"%s is not decided:%s %s.", principal, res, grants, strings.Join(why, "; "))
}

// keysDisabled explains a key call refused before it is made: the
// resource's local authentication is disabled (local_auth_enabled =
// false), and Azure refuses every key there (403 AuthenticationTypeDisabled).
func (s surface) keysDisabled(use keyedUse) (string, string) {
	return "Keys Are Disabled On This Resource", fmt.Sprintf("%s = false: the resource refuses keys (Azure "+
		"answers 403 AuthenticationTypeDisabled), so %s cannot work and no key was sent. Check the identities "+
		"instead: on data \"speechendpoints\", entra_check { } checks the identity the plan runs as (the provider's "+
		"azurerm-style credential settings) and role_check { principal_id = ... } the application's identity; "+
		"a keyless app calls %s with a Microsoft Entra token (keyless.endpoint, keyless.token_scope).",
		s.name(speech.SettingLocalAuth), use.what, "the custom domain")
}
