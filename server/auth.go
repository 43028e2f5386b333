//go:build !wasm

package server

import (
	"net/http"

	"whosaid/internal/clientid"
	"whosaid/internal/httpjson"
)

// Owner tokens are made by the browser (at least 128 random bits, written
// in base64url or hex) and sent as "Authorization: Bearer <token>". The
// server keeps only their SHA-256 hash, which names the owner in the store.
const (
	minTokenLen = 22 // 22 base64url characters carry 132 bits; 32 hex, 128
	maxTokenLen = clientid.MaxTokenLen
)

// ownerOf reads and checks the bearer token and returns the owner hash.
func ownerOf(r *http.Request) (string, *httpjson.Error) {
	token, e := clientid.Bearer(r, "owner token")
	if e != nil {
		return "", e
	}
	if msg := checkToken(token); msg != "" {
		return "", httpjson.NewError(http.StatusUnauthorized, msg)
	}
	return clientid.Hash(token), nil
}

func checkToken(token string) string {
	if len(token) < minTokenLen || len(token) > maxTokenLen {
		return "the owner token must be 22 to 256 characters (at least 128 random bits in base64url or hex)"
	}
	for i := 0; i < len(token); i++ {
		c := token[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return "the owner token may hold only A–Z, a–z, 0–9, - and _ (base64url or hex)"
		}
	}
	return ""
}
