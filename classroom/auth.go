//go:build !wasm

package classroom

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"net/http"
	"strings"

	"whosaid/internal/httpjson"
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
func hashSecret(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// sameHash compares two hashes in constant time.
func sameHash(a, b string) bool { return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1 }

const maxSecretLen = 256

// bearer reads "Authorization: Bearer <secret>"; what names the secret in
// messages ("teacher secret", "student token").
func bearer(r *http.Request, what string) (string, *httpjson.Error) {
	h := r.Header.Get("Authorization")
	if h == "" {
		return "", httpjson.NewError(http.StatusUnauthorized, "missing Authorization: Bearer <"+what+">")
	}
	scheme, token, ok := strings.Cut(h, " ")
	token = strings.TrimSpace(token)
	if !ok || !strings.EqualFold(scheme, "Bearer") || token == "" || len(token) > maxSecretLen {
		return "", httpjson.NewError(http.StatusUnauthorized, "the Authorization header must be \"Bearer <"+what+">\"")
	}
	return token, nil
}
