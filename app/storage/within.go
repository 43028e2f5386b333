package storage

import "strings"

// within maps every key under Prefix to the same key under root: a corner
// of the storage for one purpose, whose keys the rest never see.
type within struct {
	inner KV
	root  string // Prefix + name + "/"
}

// Within is the corner name of inner: a Store over it keeps its own
// documents, index and last open document, which a Store over inner does
// not list (a classroom exercise's work is kept apart from the browser's
// own annotations of the same article).
func Within(inner KV, name string) KV {
	return within{inner: inner, root: Prefix + name + "/"}
}

func (k within) outer(key string) string {
	return k.root + strings.TrimPrefix(key, Prefix)
}

func (k within) Get(key string) (string, bool) { return k.inner.Get(k.outer(key)) }
func (k within) Has(key string) bool           { return k.inner.Has(k.outer(key)) }
func (k within) Set(key, value string) error   { return k.inner.Set(k.outer(key), value) }
func (k within) Del(key string)                { k.inner.Del(k.outer(key)) }

func (k within) Keys() []string {
	var out []string
	for _, key := range k.inner.Keys() {
		if rest, ok := strings.CutPrefix(key, k.root); ok {
			out = append(out, Prefix+rest)
		}
	}
	return out
}

// RawKey is the key of the underlying storage that holds key in k (what a
// localStorage "storage" event names).
func RawKey(k KV, key string) string {
	if w, ok := k.(within); ok {
		return RawKey(w.inner, w.outer(key))
	}
	return key
}
