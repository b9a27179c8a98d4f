package secret

import "crypto/sha256"

// Key is a Speech resource key that passed Inspect: trimmed, and fit for an
// HTTP header. Only Inspect makes one, so a function that takes a Key needs
// not check its shape again. It formats as "[key]" (fmt, %v, %+v, logs):
// only Reveal gives its value, for the one header that carries it.
type Key struct{ v string }

// IsZero reports whether k is no key (Inspect refused the value).
func (k Key) IsZero() bool { return k.v == "" }

// Reveal is the key's value, to set in the request header. Nothing else
// may call it.
func (k Key) Reveal() string { return k.v }

// String hides the key.
func (k Key) String() string { return "[key]" }

// GoString hides the key.
func (k Key) GoString() string { return "secret.Key{[key]}" }

// Sum is the SHA-256 of the key: a name for it in a cache, never shown.
func (k Key) Sum() [32]byte { return sha256.Sum256([]byte(k.v)) }
