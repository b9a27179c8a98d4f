package fakespeech

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/secret"
)

// The request log: one line per request the fake answers or tunnels, so
// that a wrong world file is not debugged blind. A line holds the time, the
// method, host and path, the status, the fault or network rule played, and
// the key's fingerprint: the first 8 hex digits of its SHA-256 (the key is
// never written), with the name of the world's resource it belongs to.
//
//	17:52:03.120 POST westus.api.cognitive.microsoft.com/sts/v1.0/issueToken 200 key=5f1c0a2e (accepted)
//	17:52:03.410 POST eastus2.api.cognitive.microsoft.com/sts/v1.0/issueToken 429 fault=429 key=9b8e7d6c (throttled)
//	17:52:04.001 CONNECT registry.terraform.io:443 200 tunnelled

// KeyFingerprint is how the log names a key: the first 8 hex digits of its
// SHA-256, "-" for none. `printf %s "$KEY" | sha256sum | cut -c1-8` gives
// the same.
func KeyFingerprint(key string) string {
	if key == "" {
		return "-"
	}
	return KeyHash(key)[:8]
}

type logEntryKey struct{}

// logEntry is what the handler tells the log about one request.
type logEntry struct{ fault string }

// noteFault records the fault a request was answered with.
func noteFault(r *http.Request, f Fault) {
	if e, ok := r.Context().Value(logEntryKey{}).(*logEntry); ok {
		e.fault = string(f)
	}
}

// statusWriter remembers the status a handler wrote.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the flusher and hijacker.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (w *statusWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Hijack lets the reset fault take the connection.
func (w *statusWriter) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	hj, ok := w.ResponseWriter.(http.Hijacker)
	if !ok {
		return nil, nil, http.ErrNotSupported
	}
	return hj.Hijack()
}

// logged wraps the Speech handler with the request log.
func (s *Service) logged(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.Log == nil {
			h.ServeHTTP(w, r)
			return
		}
		e := &logEntry{}
		sw := &statusWriter{ResponseWriter: w}
		// A handler that aborts (a reset, a truncated body) still gets its line.
		defer func() {
			s.logRequest(r, sw.status, e.fault)
		}()
		h.ServeHTTP(sw, r.WithContext(context.WithValue(r.Context(), logEntryKey{}, e)))
	})
}

func (s *Service) logRequest(r *http.Request, status int, fault string) {
	key := r.Header.Get("Ocp-Apim-Subscription-Key")
	who := "no key"
	if key != "" {
		who = "key=" + KeyFingerprint(key)
		if res := s.lookup(key); res == nil {
			who += " (no resource has it)"
		} else if res.Name != "" {
			who += " (" + res.Name + ")"
		}
	}
	st := "-"
	if status != 0 {
		st = fmt.Sprint(status)
	}
	if fault != "" {
		st += " fault=" + fault
	}
	host := strings.ToLower(r.Host)
	s.logLine(fmt.Sprintf("%s %s%s %s %s", r.Method, host, r.URL.Path, st, who))
}

// logConnect logs what the proxy did with a CONNECT it did not hand to the
// Speech handler (status 0: no answer).
func (s *Service) logConnect(target string, status int, note string) {
	if s.Log == nil {
		return
	}
	st := "-"
	if status != 0 {
		st = fmt.Sprint(status)
	}
	s.logLine(fmt.Sprintf("CONNECT %s %s %s", target, st, note))
}

func (s *Service) logLine(line string) {
	line = hideKeyRuns(line)
	s.logMu.Lock()
	defer s.logMu.Unlock()
	_, _ = fmt.Fprintf(s.Log, "%s %s\n", time.Now().UTC().Format("15:04:05.000"), line)
}

// hideKeyRuns replaces each run of letters and digits shaped like a key
// (secret.LooksLikeKey) by its fingerprint, key:{fingerprint}: a key given
// as a host name (swapped variables) is never written, in a CONNECT's
// target, a path or a DNS error's text.
func hideKeyRuns(line string) string {
	var b strings.Builder
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		if run := line[start:end]; secret.LooksLikeKey(run) {
			b.WriteString("key:" + KeyFingerprint(run))
		} else {
			b.WriteString(run)
		}
		start = -1
	}
	for i := 0; i < len(line); i++ {
		c := line[i]
		if '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
		b.WriteByte(c)
	}
	flush(len(line))
	return b.String()
}
