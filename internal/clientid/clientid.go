//go:build !wasm

// Package clientid tells who sent a request, for the rate limits of both
// of the server's APIs (the annotation API and the classroom API): its
// network address and the bearer credential it carries.
//
// The address is the peer's, unless the peer is a proxy the operator
// trusts (--trusted-proxy CIDR): then it is the nearest address in
// X-Forwarded-For that is not a trusted proxy. Without trusted proxies the
// header is never read, since any client can write it; behind an HTTPS
// proxy without the setting, every client has the proxy's address and
// shares one allowance.
package clientid

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"

	"whosaid/internal/httpjson"
)

// Resolver finds a request's client address.
type Resolver struct {
	trusted []netip.Prefix
}

// New makes a resolver that believes X-Forwarded-For only from peers in
// trusted (none: never).
func New(trusted []netip.Prefix) *Resolver { return &Resolver{trusted: trusted} }

// ParsePrefixes reads a comma-separated list of CIDR prefixes or single
// addresses ("10.0.0.0/8, 192.168.1.7").
func ParsePrefixes(s string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if !strings.Contains(f, "/") {
			a, err := netip.ParseAddr(f)
			if err != nil {
				return nil, fmt.Errorf("%q is not an IP address or CIDR prefix", f)
			}
			out = append(out, netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen()))
			continue
		}
		p, err := netip.ParsePrefix(f)
		if err != nil {
			return nil, fmt.Errorf("%q is not an IP address or CIDR prefix", f)
		}
		out = append(out, p.Masked())
	}
	return out, nil
}

// Addr is the request's client address (without port).
func (c *Resolver) Addr(r *http.Request) string {
	peer := peerAddr(r)
	if !c.isTrusted(peer) {
		return peer
	}
	// Walk X-Forwarded-For from the nearest hop back: each trusted proxy
	// vouches for the one before it; the first address no trusted proxy
	// is, is the client. A garbled entry stops the walk there.
	hops := forwardedFor(r)
	for i := len(hops) - 1; i >= 0; i-- {
		a, err := netip.ParseAddr(hops[i])
		if err != nil {
			return peer
		}
		if !c.isTrusted(a.Unmap().String()) {
			return a.Unmap().String()
		}
		peer = a.Unmap().String()
	}
	return peer
}

func (c *Resolver) isTrusted(addr string) bool {
	if c == nil || len(c.trusted) == 0 {
		return false
	}
	a, err := netip.ParseAddr(addr)
	if err != nil {
		return false
	}
	a = a.Unmap()
	for _, p := range c.trusted {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

func peerAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	if a, err := netip.ParseAddr(host); err == nil {
		return a.Unmap().String()
	}
	return host
}

// forwardedFor lists the X-Forwarded-For addresses, first hop first, over
// every such header.
func forwardedFor(r *http.Request) []string {
	var out []string
	for _, h := range r.Header.Values("X-Forwarded-For") {
		for _, f := range strings.Split(h, ",") {
			out = append(out, strings.TrimSpace(f))
		}
	}
	return out
}

// MaxTokenLen is the longest bearer credential read (longer: refused).
const MaxTokenLen = 256

// Bearer reads "Authorization: Bearer <credential>"; what names the
// credential in messages ("owner token", "teacher secret"). Errors are
// 401s.
func Bearer(r *http.Request, what string) (string, *httpjson.Error) {
	h := r.Header.Get("Authorization")
	if h == "" {
		return "", httpjson.NewError(http.StatusUnauthorized, "missing Authorization: Bearer <"+what+">")
	}
	scheme, token, ok := strings.Cut(h, " ")
	token = strings.TrimSpace(token)
	if !ok || !strings.EqualFold(scheme, "Bearer") || token == "" || len(token) > MaxTokenLen {
		return "", httpjson.NewError(http.StatusUnauthorized, "the Authorization header must be \"Bearer <"+what+">\"")
	}
	return token, nil
}

// Hash is what is kept of a credential: its SHA-256, in hex.
func Hash(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// Rate-limit keys: a known credential is a client of its own (a class
// behind one school address is many clients); anything else, a made-up
// credential included, counts against its address, so that made-up
// credentials buy no fresh allowance.
func ByToken(hash string) string { return "t:" + hash }

// ByAddr is the rate-limit key of the request's address.
func (c *Resolver) ByAddr(r *http.Request) string { return "ip:" + c.Addr(r) }
