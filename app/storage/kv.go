package storage

import (
	"encoding/json"
	"errors"
	"strings"
)

// Prefix is the root of every key whosaid keeps.
const Prefix = "whosaid/v1/"

// KV is raw string storage: localStorage in the browser, memory elsewhere.
type KV interface {
	Get(key string) (string, bool)
	Has(key string) bool
	Set(key, value string) error // ErrQuota when storage is full
	Del(key string)
	Keys() []string
}

// ErrQuota is what KV.Set returns when the browser's storage is full.
var ErrQuota = errors.New("the browser's storage for this site is full")

// GetJSON reads the JSON value at key into v; false when there is none or
// it does not read.
func GetJSON(k KV, key string, v any) bool {
	raw, ok := k.Get(key)
	return ok && json.Unmarshal([]byte(raw), v) == nil
}

// SetJSON stores v as JSON at key.
func SetJSON(k KV, key string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return k.Set(key, string(b))
}

// KeysUnder lists the keys that start with prefix.
func KeysUnder(k KV, prefix string) []string {
	var out []string
	for _, key := range k.Keys() {
		if strings.HasPrefix(key, prefix) {
			out = append(out, key)
		}
	}
	return out
}
