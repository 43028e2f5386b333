//go:build !wasm

package main

import (
	"sort"
	"sync"
)

// memKV stands in for localStorage off the browser (server prerender and
// native tests). limit > 0 makes it fail like a full quota.
type memKV struct {
	mu    sync.Mutex
	m     map[string]string
	limit int
}

var processKV = &memKV{m: map[string]string{}}

func newKV() kv { return processKV }

func (k *memKV) get(key string) (string, bool) {
	k.mu.Lock()
	defer k.mu.Unlock()
	v, ok := k.m[key]
	return v, ok
}

func (k *memKV) has(key string) bool {
	_, ok := k.get(key)
	return ok
}

func (k *memKV) set(key, value string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.limit > 0 {
		size := len(key) + len(value)
		for kk, vv := range k.m {
			if kk != key {
				size += len(kk) + len(vv)
			}
		}
		if size > k.limit {
			return errQuota
		}
	}
	k.m[key] = value
	return nil
}

func (k *memKV) del(key string) {
	k.mu.Lock()
	defer k.mu.Unlock()
	delete(k.m, key)
}

func (k *memKV) keys() []string {
	k.mu.Lock()
	defer k.mu.Unlock()
	out := make([]string, 0, len(k.m))
	for key := range k.m {
		out = append(out, key)
	}
	sort.Strings(out)
	return out
}
