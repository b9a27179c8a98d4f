package azcred

import (
	"context"
	"sync"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
)

// RefreshMargin is how long before its expiry a cached token is replaced.
const RefreshMargin = 5 * time.Minute

// Cache holds one answer per credential identity and scope: the token, or
// the error of the one attempt, for the life of the cache (one plan). Its
// keys are hashes of the credentials' settings, never a secret in clear.
// Concurrent callers of the same key wait for one request.
type Cache struct {
	mu      sync.Mutex
	entries map[string]*entry
	now     func() time.Time
	// requests counts the chains run (a test reads it).
	requests int
}

type entry struct {
	done chan struct{}
	res  result
}

type result struct {
	token azcore.AccessToken
	tried []Attempt
	err   error
}

// NewCache makes an empty cache.
func NewCache() *Cache { return &Cache{entries: map[string]*entry{}, now: time.Now} }

// Requests is how many token requests (chains) the cache let through.
func (c *Cache) Requests() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.requests
}

// get returns the answer of key, running fetch once for every caller that
// asks while it runs, and again only when a cached token nears its expiry.
// A caller whose context ends stops waiting; the request goes on for the
// others.
func (c *Cache) get(ctx context.Context, key string, fetch func() result) result {
	c.mu.Lock()
	e, ok := c.entries[key]
	if ok {
		select {
		case <-e.done:
			if e.res.err == nil && !e.res.token.ExpiresOn.IsZero() && c.now().Add(RefreshMargin).After(e.res.token.ExpiresOn) {
				ok = false
			}
		default:
		}
	}
	if !ok {
		e = &entry{done: make(chan struct{})}
		c.entries[key] = e
		c.requests++
		go func() {
			e.res = fetch()
			close(e.done)
		}()
	}
	c.mu.Unlock()
	select {
	case <-e.done:
		return e.res
	case <-ctx.Done():
		return result{err: ctx.Err()}
	}
}
