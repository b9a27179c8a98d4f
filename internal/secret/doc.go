// Package secret owns the rules about secrets: what a Speech resource key
// looks like (shape.go), the checked key value every call is made with
// (key.go), the redactor that removes every form of a secret from text
// (redact.go), and the quoting of user values that never shows one
// (quote.go). Every other package asks it; the leak rule is audited here.
//
// It names no setting or argument of any surface: callers word what it
// finds.
package secret
