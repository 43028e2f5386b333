package storage

import (
	"sort"
	"sync"
)

// Memory is a KV in memory: localStorage's stand-in off the browser
// (server prerendering, native tests). Limit > 0 makes it fail like a full
// quota once keys and values together would pass Limit bytes.
type Memory struct {
	mu    sync.Mutex
	m     map[string]string
	Limit int
}

// NewMemory makes an empty Memory.
func NewMemory() *Memory { return &Memory{m: map[string]string{}} }

func (k *Memory) Get(key string) (string, bool) {
	k.mu.Lock()
	defer k.mu.Unlock()
	v, ok := k.m[key]
	return v, ok
}

func (k *Memory) Has(key string) bool {
	_, ok := k.Get(key)
	return ok
}

func (k *Memory) Set(key, value string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.Limit > 0 {
		size := len(key) + len(value)
		for kk, vv := range k.m {
			if kk != key {
				size += len(kk) + len(vv)
			}
		}
		if size > k.Limit {
			return ErrQuota
		}
	}
	k.m[key] = value
	return nil
}

func (k *Memory) Del(key string) {
	k.mu.Lock()
	defer k.mu.Unlock()
	delete(k.m, key)
}

func (k *Memory) Keys() []string {
	k.mu.Lock()
	defer k.mu.Unlock()
	out := make([]string, 0, len(k.m))
	for key := range k.m {
		out = append(out, key)
	}
	sort.Strings(out)
	return out
}
