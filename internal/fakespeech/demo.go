package fakespeech

// DemoKey is the key of the demo's Speech resource: created in China East 2.
// It is a made-up value for the fake service only.
const DemoKey = "5c1d0e7a9b3f4c28a6e1d2b7f0c9e4a3"

// DemoResources are the resources `make demo` and the examples test use.
func DemoResources() []Resource {
	return []Resource{
		{
			Name:   "the demo's resource in China East 2",
			Key:    DemoKey,
			Cloud:  "china",
			Region: "chinaeast2",
			Kind:   "SpeechServices",
			Tier:   "S0",
		},
	}
}
