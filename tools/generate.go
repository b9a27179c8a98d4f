// Package tools holds the go:generate directives of the repository.
package tools

// Format the examples, then generate docs/ with tfplugindocs (the tool
// directive in go.mod pins it; it finds Terraform on PATH).
//go:generate terraform fmt -recursive ../examples/
//go:generate go tool tfplugindocs generate --provider-dir .. --provider-name speechendpoints
