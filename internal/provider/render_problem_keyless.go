package provider

import (
	"fmt"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// keylessProblem words the problems of keyless access: keyless without a
// custom subdomain, a resource ID that is not an account's, a principal ID
// that is not an object ID.
func (s surface) keylessProblem(p speech.Problem) (string, string, bool) {
	const idForm = "/subscriptions/{subscription}/resourceGroups/{group}/providers/Microsoft.CognitiveServices/" +
		"accounts/{name}"
	fromAzurerm := fmt.Sprintf("Give %s the account's ID as azurerm_cognitive_account.<name>.id gives it (%s).",
		s.name(speech.SettingResourceID), idForm)
	switch p.Code {
	case speech.CodeKeylessNeedsDomain:
		return "Keyless Access Needs A Custom Subdomain", fmt.Sprintf("A Microsoft Entra token is accepted only on "+
			"the resource's custom domain (%s; %s), and this configuration gives none. Set %s to "+
			"azurerm_cognitive_account.<name>.custom_subdomain_name, or %s to the account's custom-domain endpoint. "+
			"An account without one needs custom_subdomain_name in azurerm_cognitive_account first.",
			p.Cloud.ResourceEndpoint(speech.FamilyCustomDomain, "{name}"), speech.SourceSpeechRBAC.URL,
			s.name(speech.SettingSubdomain), s.name(speech.SettingEndpoint)), true
	case speech.CodeResourceIDNotARM:
		if p.Want != "" {
			return "Portal URL Given As Resource ID", fmt.Sprintf("This is an Azure portal URL, not a resource ID: "+
				"give %s the ID it holds, %q.", s.name(speech.SettingResourceID), p.Want), true
		}
		return "Invalid Resource ID", "The value is not an Azure resource ID (it does not start with " +
			"/subscriptions/). " + fromAzurerm, true
	case speech.CodeResourceIDSubscription:
		return "Invalid Resource ID", fmt.Sprintf("The subscription %s is not a subscription ID (a GUID). %s",
			quote(p.Given), fromAzurerm), true
	case speech.CodeResourceIDGroup:
		return "Invalid Resource ID", fmt.Sprintf("The resource group %s is not a valid resource group name "+
			"(1 to 90 letters, digits, underscores, parentheses, hyphens and periods, not ending in a period; %s). %s",
			quote(p.Given), speech.SourceResourceIDs.URL, fromAzurerm), true
	case speech.CodeResourceIDProvider:
		return "Resource ID Of Another Kind", fmt.Sprintf("This is the ID of a %s resource, not of a Cognitive "+
			"Services account (Microsoft.CognitiveServices/accounts). %s", quote(p.Given), fromAzurerm), true
	case speech.CodeResourceIDName:
		return "Invalid Resource ID", fmt.Sprintf("The account name %s is not valid (2 to 64 letters, digits, "+
			"periods, hyphens and underscores). %s", quote(p.Given), fromAzurerm), true
	case speech.CodeResourceIDChild:
		return "Resource ID Of A Part Of The Account", fmt.Sprintf("This is the ID of something inside the "+
			"account (a deployment, a connection); use the account's own ID, %q.", p.Want), true
	case speech.CodeResourceIDMalformed:
		return "Invalid Resource ID", "The resource ID misses segments. " + fromAzurerm, true
	case speech.CodePrincipalIDNotGUID:
		return "Invalid Principal ID", fmt.Sprintf("%s is not an object (principal) ID: give the GUID "+
			"azurerm_linux_web_app.<name>.identity[0].principal_id (or a user-assigned identity's principal_id) "+
			"gives.", quote(p.Given)), true
	}
	return "", "", false
}
