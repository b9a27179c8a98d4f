package keycheck

import (
	"context"
	"sync"
)

// Cache remembers every call's answer for the life of the provider process
// and makes concurrent callers of the same call share one request. It holds
// answers, never bodies larger than a token or a few KiB of a refusal.
type Cache struct {
	mu    sync.Mutex
	calls map[string]*call
}

type call struct {
	done chan struct{}
	ans  Answer
}

// NewCache returns an empty cache.
func NewCache() *Cache { return &Cache{calls: map[string]*call{}} }

// do returns the cached answer for key, or runs fn once for all callers.
// A caller whose context ends stops waiting; the call goes on for others.
// A cancelled call is not remembered.
func (c *Cache) do(ctx context.Context, key string, fn func() Answer) Answer {
	c.mu.Lock()
	if cl, ok := c.calls[key]; ok {
		c.mu.Unlock()
		select {
		case <-cl.done:
			return cl.ans
		case <-ctx.Done():
			return Answer{Failure: ctxFailure(ctx), Err: ctx.Err(), VoiceCount: -1}
		}
	}
	cl := &call{done: make(chan struct{})}
	c.calls[key] = cl
	c.mu.Unlock()

	cl.ans = fn()
	// An answer cut short by its caller's cancellation or deadline says
	// nothing of the call: it is not remembered. Nor is one that was never
	// made because the network was down.
	if cl.ans.Failure == FailCanceled || cl.ans.Failure == FailDeadline || cl.ans.Failure == FailNetDown {
		c.mu.Lock()
		delete(c.calls, key)
		c.mu.Unlock()
	}
	close(cl.done)
	return cl.ans
}
