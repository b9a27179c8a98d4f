package provider

import (
	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
)

// testProviders serves the provider in-process to the real Terraform CLI.
var testProviders = map[string]func() (tfprotov6.ProviderServer, error){
	"speechendpoints": providerserver.NewProtocol6WithError(New("test")()),
}
