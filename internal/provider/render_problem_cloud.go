package provider

import (
	"fmt"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// cloudKindProblem words the problems of a cloud (cloud-*) and of a
// resource kind (kind-*).
func (s surface) cloudKindProblem(p speech.Problem) (string, string, bool) {
	switch p.Code {
	case speech.CodeCloudUnknown:
		return "Unknown Azure Cloud", fmt.Sprintf("%s is not an Azure cloud with Speech. Use one of %s (the azurerm "+
			"provider's environment names), or the az CLI names AzureCloud, "+
			"AzureUSGovernment, AzureChinaCloud.", quote(p.Given), quoteList(p.Near)), true
	case speech.CodeCloudClosed:
		use := ""
		if len(p.Fixes) > 0 {
			use = fmt.Sprintf(" Use the public cloud (%s).", s.fixesOf(p))
		}
		return "Azure Germany Is Closed", "Azure Germany closed on 2021-10-29 and has no Speech endpoints; the public " +
			"cloud has a Speech region in Germany " +
			"(germanywestcentral)." + use, true
	case speech.CodeCloudStack:
		return "Unsupported " +
				"Cloud", fmt.Sprintf("Azure Stack has no Speech service. Give %s one of %s.",
				s.name(speech.SettingCloud), quoteList(p.Near)), true
	case speech.CodeKindLegacy:
		return "Legacy Speech Resource Type", fmt.Sprintf("%s is a legacy resource kind that today's Speech endpoints "+
			"do not accept. Create a \"SpeechServices\" resource (or use an "+
			"\"AIServices\" or \"CognitiveServices\" multi-service resource) and set %s to its "+
			"kind.", quote(p.Given), s.name(speech.SettingKind)), true
	case speech.CodeKindUnknown:
		return "Unknown Resource Type", fmt.Sprintf(
			"%s is not an Azure resource kind that carries Speech. Use the ARM "+
				"kind of your resource: \"SpeechServices\" (a Speech resource), "+
				"\"CognitiveServices\" (multi-service) or \"AIServices\" (Azure AI services / Foundry); "+
				"azurerm_cognitive_account.kind gives it.",
			quote(p.Given),
		), true
	}
	return "", "", false
}
