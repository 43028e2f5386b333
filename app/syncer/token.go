package syncer

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"strings"
	"whosaid/app/storage"
)

// The owner token: the browser's identity on the sync server (no accounts,
// docs/api.md). It is made on the first sync — 128 random bits from
// crypto.getRandomValues (Go's crypto/rand in wasm), base64url — and kept
// in localStorage. Entering the same token in another browser reaches the
// same sets.

const tokenKey = storage.Prefix + "sync/token"

// newOwnerToken makes a fresh token: 22 base64url characters.
func newOwnerToken() string {
	b := make([]byte, 16)
	rand.Read(b) // never fails (crypto/rand panics rather)
	return base64.RawURLEncoding.EncodeToString(b)
}

// CheckToken says what is wrong with a token someone pasted, or nil. The
// rules are the server's: 22–256 characters of A–Z a–z 0–9 - _.
func CheckToken(tok string) error {
	switch {
	case tok == "":
		return fmt.Errorf("the token is empty")
	case len(tok) < 22:
		return fmt.Errorf("the token is too short (%d characters; a token has at least 22)", len(tok))
	case len(tok) > 256:
		return fmt.Errorf("the token is too long (%d characters; at most 256)", len(tok))
	}
	for i, r := range tok {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return fmt.Errorf("the token has %q at position %d; a token has only letters, digits, - and _", string(r), i+1)
		}
	}
	return nil
}

// OwnerToken is the stored token, or "" before the first sync.
func OwnerToken(k storage.KV) string {
	tok, _ := k.Get(tokenKey)
	if CheckToken(tok) != nil {
		return ""
	}
	return tok
}

// EnsureToken returns the stored token, making and storing one if there is
// none.
func EnsureToken(k storage.KV) (string, error) {
	if tok := OwnerToken(k); tok != "" {
		return tok, nil
	}
	tok := newOwnerToken()
	if err := k.Set(tokenKey, tok); err != nil {
		return "", fmt.Errorf("the sync token could not be kept in this browser: %w", err)
	}
	return tok, nil
}

// CleanToken trims what a paste brings along (spaces, a "Bearer " prefix).
func CleanToken(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "Bearer ")
	return strings.TrimSpace(s)
}
