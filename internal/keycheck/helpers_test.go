package keycheck

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

var fake *fakespeech.Service

func TestMain(m *testing.M) {
	var err error
	fake, err = fakespeech.StartForProcess()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	_ = fake.Close()
	os.Exit(code)
}

var keySeq atomic.Uint64

// newKey is a distinct, well-formed (32 hex) key.
func newKey(t *testing.T) string {
	t.Helper()
	return fmt.Sprintf("%016x%016x", uint64(time.Now().UnixNano()), keySeq.Add(7919))
}

func resolve(t testing.TB, in speech.Input) speech.Resolution {
	t.Helper()
	res, ps := speech.Resolve(in)
	if speech.HasErrors(ps) {
		t.Fatalf("resolve: %+v", ps)
	}
	return res
}

func sp(s string) *string { return &s }

func client(t *testing.T, timeout time.Duration, retries int) *Client {
	t.Helper()
	c, err := NewClient(Config{Timeout: timeout, MaxRetries: retries, CACertPEM: string(fake.CAPEM()), Backoff: 10 * time.Millisecond}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// bounded is a context that ends the test's calls in bounded time: a call
// (or retry loop) that never stops fails the test with a message in
// seconds instead of waiting for go test's own time-out.
func bounded(t *testing.T, d time.Duration) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(func() {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			t.Errorf("a call did not end within %s: the test's own deadline stopped it", d)
		}
		cancel()
	})
	return ctx
}
