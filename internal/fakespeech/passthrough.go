package fakespeech

import (
	"bufio"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/speechendpoints/terraform-provider-speechendpoints/internal/speech"
)

// The proxy answers only Azure's hosts; it tunnels every other CONNECT to
// its real destination, so that a shell pointed at the fake still reaches
// the Terraform registry, other providers' APIs and the Go module proxy.

// ownsHost reports whether the fake answers a host itself: every host
// under a suffix of the provider's cloud catalog (the Speech host families:
// a name there that no resource or region has gets the proxy's DNS
// failure, as Azure's DNS would give), the extra hosts of AddHost, and the
// hosts a network rule names; and, once the fake has an Entra tenant (a
// world's identity section), the Entra authority and Resource Manager
// hosts of each cloud (identityHost). Every other host is tunnelled.
func (s *Service) ownsHost(host string) bool {
	if under(host, azureSuffixes) {
		return true
	}
	if _, _, ok := identityHost(host); ok {
		st := s.id()
		st.mu.Lock()
		defer st.mu.Unlock()
		return len(st.tenants) > 0
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.extraHosts[host] {
		return true
	}
	if _, ok := s.hostRules[host]; ok {
		return true
	}
	for p := range s.hostRules {
		if suffix, ok := strings.CutPrefix(p, "*"); ok && strings.HasSuffix(host, suffix) {
			return true
		}
	}
	return false
}

// azureSuffixes are the host suffixes of every cloud of the provider's
// catalog (internal/speech), each with its leading dot.
var azureSuffixes = func() []string {
	var out []string
	for _, c := range speech.Clouds() {
		for _, sfx := range []string{c.APISuffix, c.SpeechSuffix, c.CustomDomainSuffix, c.FoundrySuffix, c.OpenAISuffix} {
			if sfx != "" {
				out = append(out, "."+sfx)
			}
		}
	}
	return out
}()

// under reports whether host is below one of the suffixes.
func under(host string, suffixes []string) bool {
	for _, sfx := range suffixes {
		if strings.HasSuffix(host, sfx) {
			return true
		}
	}
	return false
}

// passthrough tunnels a CONNECT to its real destination (target is
// host:port), directly or through the Upstream proxy, and copies bytes
// both ways unchanged: the client sees the destination's own certificate.
func (s *Service) passthrough(c net.Conn, br *bufio.Reader, target string) (int, error) {
	dst, status, err := s.dialOut(target)
	if err != nil {
		text := http.StatusText(status)
		extra := ""
		if status == http.StatusServiceUnavailable {
			extra = "X-Squid-Error: ERR_DNS_FAIL 0\r\n"
		}
		_, _ = fmt.Fprintf(c, "HTTP/1.1 %d %s\r\n%sContent-Length: 0\r\nConnection: close\r\n\r\n", status, text, extra)
		_ = c.Close()
		return status, err
	}
	if _, err := io.WriteString(c, "HTTP/1.1 200 Connection established\r\n\r\n"); err != nil {
		_ = c.Close()
		_ = dst.Close()
		return http.StatusOK, err
	}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		_, _ = io.Copy(dst, br) // what the client sent, including anything buffered
		closeWrite(dst)
	}()
	go func() {
		defer wg.Done()
		_, _ = io.Copy(c, dst)
		closeWrite(c)
	}()
	go func() {
		select {
		case <-s.done:
			_ = c.Close()
			_ = dst.Close()
		case <-waitDone(&wg):
		}
		_ = c.Close()
		_ = dst.Close()
	}()
	return http.StatusOK, nil
}

func waitDone(wg *sync.WaitGroup) <-chan struct{} {
	ch := make(chan struct{})
	go func() { wg.Wait(); close(ch) }()
	return ch
}

func closeWrite(c net.Conn) {
	if cw, ok := c.(interface{ CloseWrite() error }); ok {
		_ = cw.CloseWrite()
	}
}

// dialOut connects to target, through the upstream proxy when one is set
// for it. On failure it returns the status a proxy answers: 503 when the
// name does not resolve, 502 otherwise.
func (s *Service) dialOut(target string) (net.Conn, int, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	dial := s.Dial
	if dial == nil {
		dial = (&net.Dialer{}).DialContext
	}
	var up *url.URL
	if s.Upstream != nil {
		u, err := s.Upstream(&url.URL{Scheme: "https", Host: target})
		if err != nil {
			return nil, http.StatusBadGateway, err
		}
		if u != nil && u.Host != s.ln.Addr().String() {
			up = u
		}
	}
	if up == nil {
		c, err := dial(ctx, "tcp", target)
		if err != nil {
			var dnsErr *net.DNSError
			if errors.As(err, &dnsErr) {
				return nil, http.StatusServiceUnavailable, err
			}
			return nil, http.StatusBadGateway, err
		}
		return c, http.StatusOK, nil
	}
	addr := up.Host
	if up.Port() == "" {
		addr = net.JoinHostPort(up.Hostname(), "80")
	}
	c, err := dial(ctx, "tcp", addr)
	if err != nil {
		return nil, http.StatusBadGateway, err
	}
	req := "CONNECT " + target + " HTTP/1.1\r\nHost: " + target + "\r\n"
	if up.User != nil {
		pw, _ := up.User.Password()
		req += "Proxy-Authorization: Basic " + base64.StdEncoding.EncodeToString([]byte(up.User.Username()+":"+pw)) + "\r\n"
	}
	_ = c.SetDeadline(time.Now().Add(30 * time.Second))
	if _, err := io.WriteString(c, req+"\r\n"); err != nil {
		_ = c.Close()
		return nil, http.StatusBadGateway, err
	}
	br := bufio.NewReader(c)
	resp, err := http.ReadResponse(br, &http.Request{Method: http.MethodConnect})
	if err != nil {
		_ = c.Close()
		return nil, http.StatusBadGateway, err
	}
	_ = resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		_ = c.Close()
		return nil, resp.StatusCode, fmt.Errorf("upstream proxy %s answered %s", up.Host, resp.Status)
	}
	_ = c.SetDeadline(time.Time{})
	return &bufConn{Conn: c, r: br}, http.StatusOK, nil
}

// NoProxyWithoutAzure is a NO_PROXY value without the entries that would
// send a host the fake answers around it ("*", ".azure.com",
// "api.cognitive.microsoft.com"...), so that a shell pointed at the fake
// keeps its other exceptions.
func NoProxyWithoutAzure(v string) string {
	var keep []string
	for _, e := range strings.Split(v, ",") {
		e = strings.TrimSpace(e)
		if e == "" {
			continue
		}
		host := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(e, "*"), "."))
		if h, _, err := net.SplitHostPort(host); err == nil {
			host = h
		}
		if e == "*" || coversAzure(host) {
			continue
		}
		keep = append(keep, e)
	}
	return strings.Join(keep, ",")
}

// coversAzure reports whether a NO_PROXY domain matches a host under one of
// Azure's suffixes: the domain is a suffix's parent, or lies below one.
func coversAzure(domain string) bool {
	for _, sfx := range azureSuffixes {
		s := strings.TrimPrefix(sfx, ".")
		if s == domain || strings.HasSuffix(s, "."+domain) || strings.HasSuffix(domain, sfx) {
			return true
		}
	}
	return false
}
