package provider

import (
	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/callctx"
)

// Server is the provider's protocol 6 server as Terraform runs it: the
// framework's, with each call's context released when the call returns
// (callctx). main serves it and the acceptance tests run it, so the tests
// run what users run. Every server it makes serves the same provider, whose
// call cache lasts as long as it does (a process, or a test case).
func Server(version string) func() (tfprotov6.ProviderServer, error) {
	p := New(version)()
	return func() (tfprotov6.ProviderServer, error) {
		s, err := providerserver.NewProtocol6WithError(p)()
		if err != nil {
			return nil, err
		}
		return callctx.Wrap(s), nil
	}
}
