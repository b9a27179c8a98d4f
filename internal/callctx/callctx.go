// Package callctx serves a tfprotov6.ProviderServer through a thin wrapper
// that hands each call a context of its own, released when the call
// returns: the context keeps the request's cancellation, deadline and
// values while the call runs, and stops referencing the request's context
// once it has returned.
//
// It works around a defect of terraform-plugin-framework v1.19.0 (the
// newest release at the time of writing), which keeps every request's
// context until StopProvider:
//
//   - internal/proto6server/serve.go, (*Server).registerContext (lines
//     24-30) wraps the context of each request with context.WithCancel and
//     appends the CancelFunc to Server.contextCancels;
//   - only (*Server).cancelRegisteredContexts (lines 32-39), called by
//     StopProvider (lines 42-46), empties that slice, and Terraform calls
//     StopProvider only on an interrupt;
//   - every RPC handler calls registerContext first (for example
//     server_readdatasource.go line 18, server_validatedataresourceconfig.go
//     line 18; internal/proto5server has the same code).
//
// A CancelFunc holds its *context.cancelCtx, and that its parent: the
// request's context, with everything terraform-plugin-go v0.31.0 attaches
// to it (tf6server/server.go, (*server).loggingContext: the per-request
// tflog and tfsdklog loggers and their options), and everything below it
// (the gRPC stream's context and metadata). So a provider process keeps
// about 75 KB per data source of a plan until it exits, and the garbage
// collector scans it all on every cycle.
//
// The wrapper cannot empty the framework's slice without forking it; it
// makes what each entry keeps small (a closed cancelCtx and the released
// context below, a few hundred bytes) instead of a whole request.
// StopProvider still cancels calls in flight: the framework's context is a
// child of the one the wrapper hands it.
package callctx

import (
	"context"
	"sync"
	"time"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
)

// callContext is the context of one call. Done, Err and Deadline follow the
// request's context until the call returns; then Done is closed, Err is
// context.Canceled (the call is over, as the request's gRPC context is
// then), and Value answers nil, as the parent is forgotten.
type callContext struct {
	done        chan struct{}
	deadline    time.Time
	hasDeadline bool

	mu     sync.Mutex
	parent context.Context // nil once the call has returned
	err    error
}

// detach returns the context of one call whose parent is the request's
// context, and the function that releases it when the call returns.
func detach(parent context.Context) (*callContext, func()) {
	c := &callContext{done: make(chan struct{}), parent: parent}
	c.deadline, c.hasDeadline = parent.Deadline()
	stop := context.AfterFunc(parent, func() { c.end(parent.Err()) })
	return c, func() {
		stop()
		c.end(context.Canceled)
		c.mu.Lock()
		c.parent = nil
		c.mu.Unlock()
	}
}

// end closes Done with err, the first time.
func (c *callContext) end(err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err == nil {
		c.err = err
		close(c.done)
	}
}

func (c *callContext) Deadline() (time.Time, bool) { return c.deadline, c.hasDeadline }

func (c *callContext) Done() <-chan struct{} { return c.done }

func (c *callContext) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

func (c *callContext) Value(key any) any {
	c.mu.Lock()
	p := c.parent
	c.mu.Unlock()
	if p == nil {
		return nil
	}
	return p.Value(key)
}

// call runs one unary call with a context released when it returns.
func call[Req, Resp any](ctx context.Context, f func(context.Context, Req) (Resp, error), req Req) (Resp, error) {
	c, release := detach(ctx)
	defer release()
	return f(c, req)
}

// Wrap returns s served with a released context per call. StopProvider
// goes to s as it is. The optional list resource, action and state store
// servers are not served (this provider has none).
func Wrap(s tfprotov6.ProviderServer) tfprotov6.ProviderServer { return server{s} }

type server struct{ tfprotov6.ProviderServer }

func (s server) GetMetadata(
	ctx context.Context, r *tfprotov6.GetMetadataRequest,
) (*tfprotov6.GetMetadataResponse, error) {
	return call(ctx, s.ProviderServer.GetMetadata, r)
}

func (s server) GetProviderSchema(
	ctx context.Context, r *tfprotov6.GetProviderSchemaRequest,
) (*tfprotov6.GetProviderSchemaResponse, error) {
	return call(ctx, s.ProviderServer.GetProviderSchema, r)
}

func (s server) GetResourceIdentitySchemas(
	ctx context.Context, r *tfprotov6.GetResourceIdentitySchemasRequest,
) (*tfprotov6.GetResourceIdentitySchemasResponse, error) {
	return call(ctx, s.ProviderServer.GetResourceIdentitySchemas, r)
}

func (s server) ValidateProviderConfig(
	ctx context.Context, r *tfprotov6.ValidateProviderConfigRequest,
) (*tfprotov6.ValidateProviderConfigResponse, error) {
	return call(ctx, s.ProviderServer.ValidateProviderConfig, r)
}

func (s server) ConfigureProvider(
	ctx context.Context, r *tfprotov6.ConfigureProviderRequest,
) (*tfprotov6.ConfigureProviderResponse, error) {
	return call(ctx, s.ProviderServer.ConfigureProvider, r)
}

func (s server) ValidateResourceConfig(
	ctx context.Context, r *tfprotov6.ValidateResourceConfigRequest,
) (*tfprotov6.ValidateResourceConfigResponse, error) {
	return call(ctx, s.ProviderServer.ValidateResourceConfig, r)
}

func (s server) UpgradeResourceState(
	ctx context.Context, r *tfprotov6.UpgradeResourceStateRequest,
) (*tfprotov6.UpgradeResourceStateResponse, error) {
	return call(ctx, s.ProviderServer.UpgradeResourceState, r)
}

func (s server) ReadResource(
	ctx context.Context, r *tfprotov6.ReadResourceRequest,
) (*tfprotov6.ReadResourceResponse, error) {
	return call(ctx, s.ProviderServer.ReadResource, r)
}

func (s server) PlanResourceChange(
	ctx context.Context, r *tfprotov6.PlanResourceChangeRequest,
) (*tfprotov6.PlanResourceChangeResponse, error) {
	return call(ctx, s.ProviderServer.PlanResourceChange, r)
}

func (s server) ApplyResourceChange(
	ctx context.Context, r *tfprotov6.ApplyResourceChangeRequest,
) (*tfprotov6.ApplyResourceChangeResponse, error) {
	return call(ctx, s.ProviderServer.ApplyResourceChange, r)
}

func (s server) ImportResourceState(
	ctx context.Context, r *tfprotov6.ImportResourceStateRequest,
) (*tfprotov6.ImportResourceStateResponse, error) {
	return call(ctx, s.ProviderServer.ImportResourceState, r)
}

func (s server) MoveResourceState(
	ctx context.Context, r *tfprotov6.MoveResourceStateRequest,
) (*tfprotov6.MoveResourceStateResponse, error) {
	return call(ctx, s.ProviderServer.MoveResourceState, r)
}

func (s server) UpgradeResourceIdentity(
	ctx context.Context, r *tfprotov6.UpgradeResourceIdentityRequest,
) (*tfprotov6.UpgradeResourceIdentityResponse, error) {
	return call(ctx, s.ProviderServer.UpgradeResourceIdentity, r)
}

func (s server) GenerateResourceConfig(
	ctx context.Context, r *tfprotov6.GenerateResourceConfigRequest,
) (*tfprotov6.GenerateResourceConfigResponse, error) {
	return call(ctx, s.ProviderServer.GenerateResourceConfig, r)
}

func (s server) ValidateDataResourceConfig(
	ctx context.Context, r *tfprotov6.ValidateDataResourceConfigRequest,
) (*tfprotov6.ValidateDataResourceConfigResponse, error) {
	return call(ctx, s.ProviderServer.ValidateDataResourceConfig, r)
}

func (s server) ReadDataSource(
	ctx context.Context, r *tfprotov6.ReadDataSourceRequest,
) (*tfprotov6.ReadDataSourceResponse, error) {
	return call(ctx, s.ProviderServer.ReadDataSource, r)
}

func (s server) CallFunction(
	ctx context.Context, r *tfprotov6.CallFunctionRequest,
) (*tfprotov6.CallFunctionResponse, error) {
	return call(ctx, s.ProviderServer.CallFunction, r)
}

func (s server) GetFunctions(
	ctx context.Context, r *tfprotov6.GetFunctionsRequest,
) (*tfprotov6.GetFunctionsResponse, error) {
	return call(ctx, s.ProviderServer.GetFunctions, r)
}

func (s server) ValidateEphemeralResourceConfig(
	ctx context.Context, r *tfprotov6.ValidateEphemeralResourceConfigRequest,
) (*tfprotov6.ValidateEphemeralResourceConfigResponse, error) {
	return call(ctx, s.ProviderServer.ValidateEphemeralResourceConfig, r)
}

func (s server) OpenEphemeralResource(
	ctx context.Context, r *tfprotov6.OpenEphemeralResourceRequest,
) (*tfprotov6.OpenEphemeralResourceResponse, error) {
	return call(ctx, s.ProviderServer.OpenEphemeralResource, r)
}

func (s server) RenewEphemeralResource(
	ctx context.Context, r *tfprotov6.RenewEphemeralResourceRequest,
) (*tfprotov6.RenewEphemeralResourceResponse, error) {
	return call(ctx, s.ProviderServer.RenewEphemeralResource, r)
}

func (s server) CloseEphemeralResource(
	ctx context.Context, r *tfprotov6.CloseEphemeralResourceRequest,
) (*tfprotov6.CloseEphemeralResourceResponse, error) {
	return call(ctx, s.ProviderServer.CloseEphemeralResource, r)
}
