//go:build !wasm

package classroom

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"

	"whosaid/internal/clientid"
)

// Secrets and ids are made here: teacher secrets and student tokens carry
// 256 random bits, ids 128 (enough not to be guessed: an id alone gives
// nothing without its secret).
func newSecret() string { return randomString(32) }
func newID() string     { return randomString(16) }

func randomString(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// hashSecret is what is stored of a secret or token.
func hashSecret(s string) string { return clientid.Hash(s) }

// sameHash compares two hashes in constant time.
func sameHash(a, b string) bool { return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1 }
