package provider

import (
	"context"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"
)

func functionTest(t *testing.T, steps ...resource.TestStep) {
	t.Helper()
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviders,
		TerraformVersionChecks:   []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_8_0)},
		Steps:                    steps,
	})
}

func TestFunctions_good(t *testing.T) {
	t.Parallel()
	functionTest(t, resource.TestStep{
		Config: `
output "china" {
  value = provider::speechendpoints::endpoints("", "China East 2")
}
output "gov" {
  value = provider::speechendpoints::endpoints("AzureUSGovernment", "US Gov Arizona")
}
output "custom" {
  value = provider::speechendpoints::custom_domain_endpoints("public", "Contoso-Speech")
}
output "parsed_regional" {
  value = provider::speechendpoints::parse_endpoint("https://japanwest.api.cognitive.microsoft.com/")
}
output "parsed_custom" {
  value = provider::speechendpoints::parse_endpoint("https://my-speech.cognitiveservices.azure.cn/")
}
output "region" {
  value = provider::speechendpoints::region("India Central")
}
output "parsed_foundry" {
  value = provider::speechendpoints::parse_endpoint("https://contoso.services.ai.azure.com/api/projects/call-center")
}
output "parsed_virginia" {
  value = provider::speechendpoints::parse_endpoint("https://virginia.api.cognitive.microsoft.us/")
}
output "outside_region" {
  value = provider::speechendpoints::region("Poland Central")
}
output "outside" {
  value = provider::speechendpoints::endpoints("", "polandcentral")
}
output "legacy" {
  value = provider::speechendpoints::region("virginia")
}
data "speechendpoints" "same" {
  region = "chinaeast2"
}
output "same_as_data_source" {
  value = provider::speechendpoints::endpoints("china", "chinaeast2") == data.speechendpoints.same.regional
}`,
		ConfigStateChecks: []statecheck.StateCheck{
			statecheck.ExpectKnownOutputValueAtPath("china", tfjsonpath.New("token_endpoint"), str("https://chinaeast2.api.cognitive.azure.cn/sts/v1.0/issueToken")),
			statecheck.ExpectKnownOutputValueAtPath("china", tfjsonpath.New("tts_host"), str("https://chinaeast2.tts.speech.azure.cn")),
			statecheck.ExpectKnownOutputValueAtPath("china", tfjsonpath.New("custom_voice_endpoint"), knownvalue.Null()),
			statecheck.ExpectKnownOutputValueAtPath("gov", tfjsonpath.New("stt_websocket_endpoint"), str("wss://usgovarizona.stt.speech.azure.us/stt/speech/universal/v2")),
			statecheck.ExpectKnownOutputValueAtPath("custom", tfjsonpath.New("voices_endpoint"), str("https://contoso-speech.cognitiveservices.azure.com/tts/cognitiveservices/voices/list")),
			statecheck.ExpectKnownOutputValueAtPath("custom", tfjsonpath.New("stt_host"), knownvalue.Null()),
			statecheck.ExpectKnownOutputValue("parsed_regional", knownvalue.ObjectExact(map[string]knownvalue.Check{
				"cloud": str("public"), "region": str("japanwest"), "custom_subdomain_name": knownvalue.Null(), "resource_type": knownvalue.Null(), "api": knownvalue.Null(),
			})),
			statecheck.ExpectKnownOutputValue("parsed_foundry", knownvalue.ObjectExact(map[string]knownvalue.Check{
				"cloud": str("public"), "region": knownvalue.Null(), "custom_subdomain_name": str("contoso"), "resource_type": str("AIServices"), "api": knownvalue.Null(),
			})),
			statecheck.ExpectKnownOutputValue("parsed_virginia", knownvalue.ObjectExact(map[string]knownvalue.Check{
				"cloud": str("usgovernment"), "region": str("usgovvirginia"), "custom_subdomain_name": knownvalue.Null(), "resource_type": knownvalue.Null(), "api": knownvalue.Null(),
			})),
			// A region outside the table: the same rules as the data source, without the warning.
			statecheck.ExpectKnownOutputValue("outside_region", str("polandcentral")),
			statecheck.ExpectKnownOutputValueAtPath("outside", tfjsonpath.New("token_endpoint"), str("https://polandcentral.api.cognitive.microsoft.com/sts/v1.0/issueToken")),
			statecheck.ExpectKnownOutputValueAtPath("outside", tfjsonpath.New("custom_voice_endpoint"), knownvalue.Null()),
			statecheck.ExpectKnownOutputValueAtPath("gov", tfjsonpath.New("translation_websocket_endpoint"), str("wss://usgovarizona.stt.speech.azure.us/stt/speech/universal/v2")),
			statecheck.ExpectKnownOutputValueAtPath("china", tfjsonpath.New("translation_websocket_endpoint"), str("wss://chinaeast2.stt.speech.azure.cn/stt/speech/universal/v2")),
			statecheck.ExpectKnownOutputValueAtPath("china", tfjsonpath.New("translation_v1_websocket_endpoint"), str("wss://chinaeast2.s2s.speech.azure.cn/speech/translation/cognitiveservices/v1")),
			statecheck.ExpectKnownOutputValueAtPath("gov", tfjsonpath.New("translation_v1_websocket_endpoint"), str("wss://usgovarizona.s2s.speech.azure.us/speech/translation/cognitiveservices/v1")),
			statecheck.ExpectKnownOutputValueAtPath("custom", tfjsonpath.New("translation_websocket_endpoint"), str("wss://contoso-speech.cognitiveservices.azure.com/stt/speech/universal/v2")),
			statecheck.ExpectKnownOutputValue("parsed_custom", knownvalue.ObjectExact(map[string]knownvalue.Check{
				"cloud": str("china"), "region": knownvalue.Null(), "custom_subdomain_name": str("my-speech"), "resource_type": knownvalue.Null(), "api": knownvalue.Null(),
			})),
			statecheck.ExpectKnownOutputValue("region", str("centralindia")),
			statecheck.ExpectKnownOutputValue("legacy", str("usgovvirginia")),
			statecheck.ExpectKnownOutputValue("same_as_data_source", knownvalue.Bool(true)),
		},
	})
}

func TestFunctions_bad(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, expr string
		err        *regexp.Regexp
	}{
		{"endpoints misspelt region", `endpoints("", "swedentcentral")`, words(`Invalid value for "region" parameter: Unknown Speech Region: "swedentcentral" is not a Speech region. Did you mean "swedencentral"`)},
		{"endpoints wrong cloud", `endpoints("public", "chinaeast2")`, words(`Invalid value for "region" parameter: Region In Another Cloud: Region "chinaeast2" (China East 2) is in Azure China (21Vianet), not Azure public cloud`)},
		{"endpoints unknown cloud", `endpoints("azure", "westus")`, words(`Invalid value for "cloud" parameter: Unknown Azure Cloud`)},
		{"endpoints region without speech", `endpoints("", "southindia")`, words(`Invalid value for "region" parameter: Region Without Speech: "southindia" is an Azure region, but Microsoft's Speech regions page`)},
		{"custom domain bad name", `custom_domain_endpoints("public", "my_speech")`, words(`Invalid value for "custom_subdomain_name" parameter: Invalid Custom Subdomain Name`)},
		{"custom domain no cloud", `custom_domain_endpoints("", "my-speech")`, words(`Invalid value for "cloud" parameter: Cloud Required`)},
		{"parse endpoint not azure", `parse_endpoint("https://speech.example.com/")`, words(`Invalid value for "endpoint" parameter: Not An Azure Speech Endpoint`)},
		{"parse endpoint http", `parse_endpoint("http://westus.api.cognitive.microsoft.com/")`, words(`Invalid value for "endpoint" parameter: Endpoint Must Use HTTPS`)},
		{"region locale", `region("en-US")`, words(`Invalid value for "name" parameter: Locale Given As Region`)},
		{"region global", `region("global")`, words(`Invalid value for "name" parameter: Global Is Not A Speech Region`)},
		{"region typo", `region("swedentcentral")`, words(`Invalid value for "name" parameter: Unknown Speech Region: "swedentcentral" is not a Speech region. Did you mean "swedencentral"`)},
		{"parse endpoint openai", `parse_endpoint("https://contoso.openai.azure.com/")`, words(`OpenAI Endpoint Without An AI Services Kind`)},
		{"endpoints wrong cloud speaks of arguments", `endpoints("public", "chinaeast2")`, words(`Pass "china" as the cloud argument (or pass "" as the cloud argument: it is inferred from the region), or use a region of Azure public cloud near it, such as "koreacentral", "eastasia" or "japanwest".`)},
		{"parse endpoint http speaks of arguments", `parse_endpoint("http://westus.api.cognitive.microsoft.com/")`, words(`Azure Speech endpoints are HTTPS only: pass "https://westus.api.cognitive.microsoft.com/" as the endpoint argument.`)},
		{"region URL speaks of arguments", `region("https://westus.api.cognitive.microsoft.com/")`, words(`The name argument takes a region name such as "westus", not a URL or host name. Pass "westus" as the name argument`)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			functionTest(t, resource.TestStep{
				Config:      `output "x" { value = provider::speechendpoints::` + tc.expr + ` }`,
				ExpectError: tc.err,
			})
		})
	}
}

// Function errors speak of the function's arguments, never of attributes
// (`region = "x"`), and end with the one period Terraform adds.
func TestFunctionErrorsSpeakOfArguments(t *testing.T) {
	ctx := context.Background()
	str := func(s string) attr.Value { return types.StringValue(s) }
	for _, tc := range []struct {
		f    function.Function
		args []attr.Value
	}{
		{NewEndpointsFunction(), []attr.Value{str("public"), str("chinaeast2")}},
		{NewEndpointsFunction(), []attr.Value{str(""), str("https://westus.api.cognitive.microsoft.com/")}},
		{NewEndpointsFunction(), []attr.Value{str(""), str("en-US")}},
		{NewEndpointsFunction(), []attr.Value{str(""), str("${var.region}")}},
		{NewEndpointsFunction(), []attr.Value{str("germany"), str("westus")}},
		{NewEndpointsFunction(), []attr.Value{str(""), str("swedentcentral")}},
		{NewCustomDomainFunction(), []attr.Value{str("public"), str("my.cognitiveservices.azure.com")}},
		{NewCustomDomainFunction(), []attr.Value{str(""), str("my-speech")}},
		{NewCustomDomainFunction(), []attr.Value{str("stack"), str("my-speech")}},
		{NewParseEndpointFunction(), []attr.Value{str("westus.api.cognitive.microsoft.com")}},
		{NewParseEndpointFunction(), []attr.Value{str("http://westus.api.cognitive.microsoft.com/")}},
		{NewParseEndpointFunction(), []attr.Value{str("https://westus.api.cognitive.microsoft.com/foo")}},
		{NewParseEndpointFunction(), []attr.Value{str("https://my.openai.azure.com/")}},
		{NewRegionFunction(), []attr.Value{str("https://westus.api.cognitive.microsoft.com/")}},
		{NewRegionFunction(), []attr.Value{str("wеstus")}}, // a Cyrillic e
		{NewRegionFunction(), []attr.Value{str("<region>")}},
	} {
		var def function.DefinitionResponse
		tc.f.Definition(ctx, function.DefinitionRequest{}, &def)
		result, ferr := def.Definition.Return.NewResultData(ctx)
		if ferr != nil {
			t.Fatal(ferr)
		}
		resp := &function.RunResponse{Result: result}
		tc.f.Run(ctx, function.RunRequest{Arguments: function.NewArgumentsData(tc.args)}, resp)
		if resp.Error == nil {
			t.Errorf("%v: no error", tc.args)
			continue
		}
		msg := resp.Error.Text
		if regexp.MustCompile(`\b[a-z_]+ = "`).MatchString(msg) || strings.HasSuffix(msg, ".") || strings.Contains(msg, "..") {
			t.Errorf("%v: the error speaks of attributes or ends with a period: %s", tc.args, msg)
		}
	}
}
