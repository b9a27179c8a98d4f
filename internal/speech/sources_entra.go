package speech

// The sources of keyless (Microsoft Entra ID) access, read in 2026-12. The
// pages were read at the commits of MicrosoftDocs/azure-ai-docs named in
// their URLs; Revision is the ms.date each carries at that commit.
var (
	// SourceSpeechRBAC is the Speech role-based access control page.
	SourceSpeechRBAC = Source{aiDocs + "8e85ea655cd619f6adac21438a791cb0cc512395/" + speechDocs +
		"role-based-access-control.md", "2025-12-19",
		"\"To authenticate with a Microsoft Entra token, the Speech resource must have a custom subdomain\"; " +
			"the roles with access to speech transcription and synthesis APIs (Cognitive Services User, Speech " +
			"Contributor, Speech User, Data Reader (Preview)) and those without (Owner, Contributor, Cognitive " +
			"Services Contributor); the scope https://cognitiveservices.azure.com/.default and " +
			"Authorization: Bearer <token> on https://{name}.cognitiveservices.azure.com"}
	// SourceRESTAuthInclude is the REST authentication include of the
	// speech to text (short audio) and text to speech REST pages. The
	// revision read carries ms.date 2021-07-01 though it names Foundry
	// resources, so it changed later without a new ms.date.
	SourceRESTAuthInclude = Source{aiDocs + "43dc14ea7c3081e819d52883eea5ff12878fc8f8/" + speechDocs +
		"includes/cognitive-services-speech-service-rest-auth.md", "2021-07-01",
		"Microsoft Entra authentication on the short-audio speech to text REST API: Authorization: Bearer " +
			"aad#YOUR_RESOURCE_ID#YOUR_MICROSOFT_ENTRA_ACCESS_TOKEN (the \"aad#\" prefix and a \"#\" between " +
			"resource ID and token); issueToken is documented with a resource key only"}
	// SourceEntraSDK is the how-to of Microsoft Entra authentication with
	// the Speech SDK.
	SourceEntraSDK = Source{aiDocs + "7b5a0d4f40d6d7f80de2e8f182cd10f6580ecfdb/" + speechDocs +
		"how-to-configure-azure-ad-auth.md", "2025-11-13",
		"a custom domain name and the Speech Contributor or Speech User role are needed; the token context " +
			"must be https://cognitiveservices.azure.com/.default; recognizers take a TokenCredential with the " +
			"custom-domain endpoint; SpeechSynthesizer (and every C++ object) takes aad#{resourceId}#{token} " +
			"with a region; the resource ID is needed \"in scenarios that don't yet support Entra ID directly\""}
	// SourceEntraSDKChina is the Azure China edition of the same how-to
	// (docs.azure.cn; no revision shown in the text read).
	SourceEntraSDKChina = Source{"https://docs.azure.cn/en-us/ai-services/speech-service/how-to-configure-azure-ad-auth",
		"read 2026-12",
		"in Azure China the token context is https://cognitiveservices.azure.cn/.default and the custom " +
			"domain https://{your custom name}.cognitiveservices.azure.cn"}
	// SourceSDKAudiences is an Azure SDK's table of Cognitive Services
	// token audiences per cloud (Azure SDK for JavaScript, Form
	// Recognizer). The public Speech docs state only the public scope.
	SourceSDKAudiences = Source{"https://github.com/Azure/azure-sdk-for-js/blob/" +
		"3f74b030e2445ad6cb5ba60a76a6f221b91779dd/" +
		"sdk/formrecognizer/ai-form-recognizer/src/constants.ts", "commit 3f74b03",
		"FormRecognizerAudience: AzureChina https://cognitiveservices.azure.cn/.default, AzureGovernment " +
			"https://cognitiveservices.azure.us/.default, AzurePublicCloud https://cognitiveservices.azure.com/.default"}
	// SourceAzcoreCloud is azcore's cloud package and the ARM settings its
	// arm/runtime package adds (github.com/Azure/azure-sdk-for-go/sdk/azcore
	// v1.23.3, the version azidentity v1.15.0 needs).
	SourceAzcoreCloud = Source{"https://github.com/Azure/azure-sdk-for-go/tree/sdk/azcore/v1.23.3/sdk/azcore", "v1.23.3",
		"cloud/cloud.go: authority hosts https://login.microsoftonline.com/, https://login.microsoftonline.us/, " +
			"https://login.chinacloudapi.cn/; arm/runtime/runtime.go: ARM endpoints https://management.azure.com, " +
			"https://management.usgovcloudapi.net, https://management.chinacloudapi.cn and audiences " +
			"https://management.core.windows.net/, https://management.core.usgovcloudapi.net/, " +
			"https://management.core.chinacloudapi.cn/"}
	// SourceResourceIDs is ARM's page on resource names.
	SourceResourceIDs = Source{"https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules",
		"read 2026-12",
		"names are case-insensitive and never contain #; resource group names: 1 to 90 letters, digits, " +
			"underscores, parentheses, hyphens and periods, not ending in a period; Cognitive Services account " +
			"names: 2 to 64 characters"}
	// SourceAzurermAccountName is azurerm's validation of a Cognitive
	// Services account name, more lenient than SourceResourceIDs.
	SourceAzurermAccountName = Source{"https://github.com/hashicorp/terraform-provider-azurerm/blob/v2.85.0/" +
		"internal/services/cognitive/validate/cognitiveservices.go", "v2.85.0",
		"an account name starts with an alphanumeric character and contains only alphanumeric characters, " +
			"periods, dashes or underscores"}
)

// The repository and folder of the Speech docs.
const (
	aiDocs     = "https://github.com/MicrosoftDocs/azure-ai-docs/blob/"
	speechDocs = "articles/ai-services/speech-service/"
)

// entraSources are the sources of this file, for the test that every
// declared source is complete.
var entraSources = []Source{SourceSpeechRBAC, SourceRESTAuthInclude, SourceEntraSDK, SourceEntraSDKChina,
	SourceSDKAudiences, SourceAzcoreCloud, SourceResourceIDs, SourceAzurermAccountName}
