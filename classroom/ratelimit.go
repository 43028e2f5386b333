//go:build !wasm

package classroom

import (
	"net"
	"net/http"
)

// clientIP is the request's remote address without the port.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// clientKey names the client for the general limit: its secret's hash
// when it sends one (a class behind one school address is many clients),
// else its address.
func clientKey(r *http.Request) string {
	if _, token, ok := stringsCutBearer(r.Header.Get("Authorization")); ok {
		return "t:" + hashSecret(token)
	}
	return "ip:" + clientIP(r)
}

func stringsCutBearer(h string) (string, string, bool) {
	if len(h) < 8 || len(h) > 7+maxSecretLen {
		return "", "", false
	}
	return h[:7], h[7:], h[:7] == "Bearer "
}
