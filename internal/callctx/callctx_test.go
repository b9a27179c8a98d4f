package callctx

import (
	"context"
	"errors"
	"runtime"
	"testing"
	"time"
	"weak"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// testProvider has one data source, test_wait, whose read returns at once,
// or, with wait = true, when its context is done, reporting ctx.Err() on
// errs.
type testProvider struct {
	started chan struct{}
	errs    chan error
}

func (p *testProvider) Metadata(_ context.Context, _ provider.MetadataRequest, resp *provider.MetadataResponse) {
	resp.TypeName = "test"
}

func (p *testProvider) Schema(context.Context, provider.SchemaRequest, *provider.SchemaResponse) {}

func (p *testProvider) Configure(context.Context, provider.ConfigureRequest, *provider.ConfigureResponse) {
}

func (p *testProvider) Resources(context.Context) []func() resource.Resource { return nil }

func (p *testProvider) DataSources(context.Context) []func() datasource.DataSource {
	return []func() datasource.DataSource{func() datasource.DataSource { return waitDataSource{p} }}
}

type waitDataSource struct{ p *testProvider }

func (d waitDataSource) Metadata(_ context.Context, _ datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = "test_wait"
}

func (d waitDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{Attributes: map[string]schema.Attribute{"wait": schema.BoolAttribute{Optional: true}}}
}

func (d waitDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var wait types.Bool
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("wait"), &wait)...)
	if wait.ValueBool() {
		d.p.started <- struct{}{}
		<-ctx.Done()
		d.p.errs <- ctx.Err()
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &struct {
		Wait types.Bool `tfsdk:"wait"`
	}{wait})...)
}

func newServer(wrapped bool) (tfprotov6.ProviderServer, *testProvider) {
	p := &testProvider{started: make(chan struct{}, 1), errs: make(chan error, 1)}
	s := providerserver.NewProtocol6(p)()
	if wrapped {
		s = Wrap(s)
	}
	return s, p
}

func readRequest(t *testing.T, wait bool) *tfprotov6.ReadDataSourceRequest {
	t.Helper()
	typ := tftypes.Object{AttributeTypes: map[string]tftypes.Type{"wait": tftypes.Bool}}
	cfg, err := tfprotov6.NewDynamicValue(typ, tftypes.NewValue(typ, map[string]tftypes.Value{"wait": tftypes.NewValue(tftypes.Bool, wait)}))
	if err != nil {
		t.Fatal(err)
	}
	return &tfprotov6.ReadDataSourceRequest{TypeName: "test_wait", Config: &cfg}
}

type payloadKey struct{}

// reads makes n reads of test_wait on s, each with a request context that
// carries a 16 KiB value of its own (as terraform-plugin-go attaches its
// loggers), and returns weak pointers to those values.
func reads(t *testing.T, s tfprotov6.ProviderServer, n int) []weak.Pointer[[16 << 10]byte] {
	t.Helper()
	req := readRequest(t, false)
	ptrs := make([]weak.Pointer[[16 << 10]byte], 0, n)
	for range n {
		v := new([16 << 10]byte)
		ptrs = append(ptrs, weak.Make(v))
		ctx, cancel := context.WithCancel(context.WithValue(t.Context(), payloadKey{}, v))
		resp, err := s.ReadDataSource(ctx, req)
		cancel() // as gRPC cancels a request's context when its handler returns
		if err != nil || len(resp.Diagnostics) > 0 {
			t.Fatalf("read: %v %v", err, resp.Diagnostics)
		}
	}
	return ptrs
}

func alive(ptrs []weak.Pointer[[16 << 10]byte]) int {
	runtime.GC()
	n := 0
	for _, p := range ptrs {
		if p.Value() != nil {
			n++
		}
	}
	return n
}

// The upstream defect this package works around: the framework keeps the
// context of every request it served. When this test fails, the framework
// no longer does, and Wrap can go.
func TestFrameworkKeepsEveryRequestContext(t *testing.T) {
	s, _ := newServer(false)
	ptrs := reads(t, s, 200)
	n := alive(ptrs)
	runtime.KeepAlive(s) // the server lives on, as in a provider process
	if n != len(ptrs) {
		t.Fatalf("the framework kept %d of %d request contexts; it kept all in v1.19.0", n, len(ptrs))
	}
}

// After 2,000 reads in one server, no request's context is reachable, and
// the heap holds about what it held before them.
func TestWrappedServerReleasesEveryRequestContext(t *testing.T) {
	s, _ := newServer(true)
	reads(t, s, 10) // the framework's caches of schemas and types
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	ptrs := reads(t, s, 2000)
	n := alive(ptrs)
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(s) // the server lives on, as in a provider process
	if n != 0 {
		t.Fatalf("%d of %d request contexts are still reachable after their calls returned", n, len(ptrs))
	}
	// Kept, 2,000 contexts would hold 32 MiB; released, what the
	// framework's slice keeps per call (a closed cancelCtx, a released
	// context: a few hundred bytes).
	grown := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	if grown > 2<<20 {
		t.Fatalf("the heap grew by %d KiB over 2,000 reads; at most 2 MiB expected", grown>>10)
	}
	t.Logf("heap grew by %d bytes per read", grown/2000)
}

// StopProvider cancels a call in flight through the wrapper, as it does
// without it.
func TestStopProviderCancelsCallsInFlight(t *testing.T) {
	s, p := newServer(true)
	done := make(chan error, 1)
	go func() {
		_, err := s.ReadDataSource(t.Context(), readRequest(t, true))
		done <- err
	}()
	<-p.started
	if _, err := s.StopProvider(t.Context(), &tfprotov6.StopProviderRequest{}); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-p.errs:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("the read saw %v, want context.Canceled", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("StopProvider did not cancel the read in flight")
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// The request's own cancellation and deadline reach the call, and its
// values are seen while the call runs.
func TestRequestCancellationDeadlineAndValuesReachTheCall(t *testing.T) {
	s, p := newServer(true)
	ctx, cancel := context.WithTimeout(context.WithValue(t.Context(), payloadKey{}, "v"), time.Hour)
	go func() { _, _ = s.ReadDataSource(ctx, readRequest(t, true)) }()
	<-p.started
	cancel()
	select {
	case err := <-p.errs:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("the read saw %v, want context.Canceled", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("cancelling the request did not reach the read")
	}

	dl, stop := context.WithDeadline(context.WithValue(t.Context(), payloadKey{}, "v"), time.Now().Add(50*time.Millisecond))
	defer stop()
	c, release := detach(dl)
	if d, ok := c.Deadline(); !ok || !d.Equal(mustDeadline(t, dl)) {
		t.Fatalf("deadline %v %v", d, ok)
	}
	if c.Value(payloadKey{}) != "v" {
		t.Fatal("the request's value is not seen during the call")
	}
	<-c.Done()
	if !errors.Is(c.Err(), context.DeadlineExceeded) {
		t.Fatalf("err %v, want context.DeadlineExceeded", c.Err())
	}
	release()
	if c.Value(payloadKey{}) != nil {
		t.Fatal("the request's value is still seen after the call returned")
	}
}

func mustDeadline(t *testing.T, ctx context.Context) time.Time {
	t.Helper()
	d, ok := ctx.Deadline()
	if !ok {
		t.Fatal("no deadline")
	}
	return d
}

// The wrapper's price per call (a released context, a goroutine the
// framework's context.WithCancel starts on it), beside the framework alone,
// which keeps every request's context as b.N grows.
func BenchmarkReadDataSource(b *testing.B) {
	for _, wrapped := range []bool{false, true} {
		name := "framework"
		if wrapped {
			name = "wrapped"
		}
		b.Run(name, func(b *testing.B) {
			s, _ := newServer(wrapped)
			typ := tftypes.Object{AttributeTypes: map[string]tftypes.Type{"wait": tftypes.Bool}}
			cfg, err := tfprotov6.NewDynamicValue(typ, tftypes.NewValue(typ, map[string]tftypes.Value{"wait": tftypes.NewValue(tftypes.Bool, false)}))
			if err != nil {
				b.Fatal(err)
			}
			req := &tfprotov6.ReadDataSourceRequest{TypeName: "test_wait", Config: &cfg}
			b.ReportAllocs()
			for b.Loop() {
				ctx, cancel := context.WithCancel(b.Context())
				if _, err := s.ReadDataSource(ctx, req); err != nil {
					b.Fatal(err)
				}
				cancel()
			}
		})
	}
}
