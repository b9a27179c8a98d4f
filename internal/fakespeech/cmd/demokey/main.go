// Command demokey prints the made-up key of the demo's fake Speech resource,
// so that the demo script does not repeat it.
package main

import (
	"fmt"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/fakespeech"
)

func main() { fmt.Println(fakespeech.DemoKey) }
