package keycheck

import (
	"testing"
	"time"
)

// Retried: a request timeout, throttling and the server errors that pass
// (408, 429, 500, 502, 503, 504), whoever answered. Never a status that
// answers the same again: 501, 505, nor any 4xx verdict.
func TestRetriedStatuses(t *testing.T) {
	for status, want := range map[int]bool{
		408: true, 429: true, 500: true, 502: true, 503: true, 504: true,
		501: false, 505: false, 506: false, 511: false, 400: false, 401: false, 403: false, 404: false, 200: false,
	} {
		for _, who := range []Responder{ResponderAzure, ResponderOther} {
			if got := retryable(Answer{Status: status, Responder: who}); got != want {
				t.Errorf("status %d from %v: retried %v, want %v", status, who, got, want)
			}
		}
	}
	for status, want := range map[int]bool{502: true, 503: true, 504: true, 501: false, 505: false, 403: false, 407: false} {
		if got := retryable(Answer{Failure: FailProxy, ProxyStatus: status}); got != want {
			t.Errorf("proxy's %d to the CONNECT: retried %v, want %v", status, got, want)
		}
	}
}

// A backoff doubles from Backoff, moved at most 20% either way by the
// random source, which the client takes from its configuration.
func TestBackoffJitter(t *testing.T) {
	for _, tc := range []struct {
		random  float64
		attempt int
		want    time.Duration
	}{
		{0.5, 0, 100 * time.Millisecond},
		{0, 0, 80 * time.Millisecond},
		{0.75, 0, 110 * time.Millisecond},
		{0.5, 2, 400 * time.Millisecond},
		{0, 3, 640 * time.Millisecond},
	} {
		c, err := NewClient(Config{Backoff: 100 * time.Millisecond, Random: func() float64 { return tc.random }}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := c.backoff(tc.attempt); got.Round(time.Microsecond) != tc.want {
			t.Errorf("random %v, attempt %d: %s, want %s", tc.random, tc.attempt, got, tc.want)
		}
	}
	// Without a source of its own the client draws, within the bounds.
	c, err := NewClient(Config{Backoff: 100 * time.Millisecond}, nil)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[time.Duration]bool{}
	for range 50 {
		d := c.backoff(1)
		if d < 160*time.Millisecond || d >= 240*time.Millisecond {
			t.Fatalf("backoff %s outside 160ms..240ms", d)
		}
		seen[d] = true
	}
	if len(seen) < 2 {
		t.Error("50 backoffs were all the same: no jitter")
	}
}
