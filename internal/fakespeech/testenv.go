package fakespeech

import (
	"fmt"
	"os"
)

// StartForProcess starts a service and points this process's proxy
// environment at it. Call it before the process makes any HTTPS request:
// net/http reads HTTPS_PROXY once.
func StartForProcess() (*Service, error) {
	s, err := Start()
	if err != nil {
		return nil, err
	}
	for k, v := range map[string]string{"HTTPS_PROXY": s.ProxyURL(), "https_proxy": s.ProxyURL(), "NO_PROXY": "", "no_proxy": "", "CHECKPOINT_DISABLE": "1"} {
		if err := os.Setenv(k, v); err != nil {
			_ = s.Close()
			return nil, fmt.Errorf("set %s: %w", k, err)
		}
	}
	return s, nil
}
