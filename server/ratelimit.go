//go:build !wasm

package server

import (
	"net"
	"net/http"
)

// clientKey names the client for the rate limit: the owner token's hash
// when the request carries a valid one, else the remote IP.
func clientKey(r *http.Request) string {
	if owner, e := ownerOf(r); e == nil {
		return "t:" + owner
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	return "ip:" + host
}
