package keycheck

import (
	"context"
	"encoding/hex"
	"sync"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/secret"
)

// Cache remembers every call's answer for the life of the provider process
// (one plan) and makes concurrent callers of the same call share one
// request. It holds answers, a token's text and voices lists, never bodies.
// Full voices lists are kept within a memory budget; past it, a list keeps
// only what the key checks need (its count and short names).
type Cache struct {
	tokens   flights[tokenResult]
	voices   flights[voicesResult]
	controls flights[Answer]
	entra    flights[entraCall]
	routes   routes
	lists    listBudget
}

// NewCache returns an empty cache.
func NewCache() *Cache { return &Cache{lists: listBudget{limit: DefaultListBudget}} }

// flights runs each keyed call once for every caller.
type flights[T any] struct {
	mu    sync.Mutex
	calls map[string]*flight[T]
}

type flight[T any] struct {
	done chan struct{}
	val  T
}

// do returns the remembered value for key, or runs fn once for all callers.
// A caller whose context ends stops waiting; the call goes on for others.
// A value keep rejects (a call cut short by the caller that made it) is
// not remembered, and is nobody else's answer: a caller that waited for it
// and still has time makes the call again.
func (f *flights[T]) do(ctx context.Context, key string, fn func() T, keep func(T) bool,
	abandoned func(context.Context) T) T {
	for {
		f.mu.Lock()
		if f.calls == nil {
			f.calls = map[string]*flight[T]{}
		}
		if fl, ok := f.calls[key]; ok {
			f.mu.Unlock()
			select {
			case <-fl.done:
				if keep(fl.val) {
					return fl.val
				}
				if ctx.Err() != nil {
					return abandoned(ctx)
				}
				continue
			case <-ctx.Done():
				return abandoned(ctx)
			}
		}
		fl := &flight[T]{done: make(chan struct{})}
		f.calls[key] = fl
		f.mu.Unlock()

		fl.val = fn()
		if !keep(fl.val) {
			f.mu.Lock()
			delete(f.calls, key)
			f.mu.Unlock()
		}
		close(fl.done)
		return fl.val
	}
}

// callKey identifies a call: method, URL and a hash of the key.
func callKey(method, rawURL string, key secret.Key) string {
	h := key.Sum()
	return method + " " + rawURL + " " + hex.EncodeToString(h[:])
}

// remembered reports whether an answer says something of the call: one cut
// short by its caller's cancellation or deadline (retries stopped early
// included), or never made because its route had stayed silent, says
// nothing and is not remembered.
func remembered(a Answer) bool {
	return a.Failure != FailCanceled && a.Failure != FailDeadline && a.Failure != FailRouteDown && !a.Cut
}

// DefaultListBudget is how many bytes of voices lists a plan keeps beyond
// their counts and name hashes (an estimate of their memory). Azure's
// public list is about 0.3 MB parsed; past the budget, a list keeps its
// short names only, then only its count and name hashes (8 bytes a
// voice), and a caller that needs more reads it again: a voices data
// source its full list, a key check with a missing voice its suggestions.
const DefaultListBudget = 24 << 20

// listBudget counts the memory of the full lists kept, and keeps one copy
// of each list content.
type listBudget struct {
	mu     sync.Mutex
	limit  int
	used   int
	byHash map[string]*VoiceList
}

// SetListBudget changes the memory budget of full voices lists (for tests
// and benchmarks).
func (c *Cache) SetListBudget(n int) {
	c.lists.mu.Lock()
	c.lists.limit = n
	c.lists.mu.Unlock()
}

// keep returns the list to remember for a body's hash: the copy already
// kept for the same content, or this one: whole while the budget allows,
// else its names while the budget allows, else its count and name hashes.
func (b *listBudget) keep(hash string, l *VoiceList) *VoiceList {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.byHash == nil {
		b.byHash = map[string]*VoiceList{}
	}
	if kept, ok := b.byHash[hash]; ok {
		return kept
	}
	switch {
	case l.voices != nil && b.used+l.size <= b.limit:
		b.used += l.size
	case b.used+len(l.names) <= b.limit:
		b.used += len(l.names)
		l = &VoiceList{Count: l.Count, hashes: l.hashes, names: l.names}
	default:
		l = &VoiceList{Count: l.Count, hashes: l.hashes}
	}
	b.byHash[hash] = l
	return l
}
