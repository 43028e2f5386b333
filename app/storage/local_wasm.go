//go:build wasm

package storage

import (
	"errors"
	"syscall/js"
)

// localKV is window.localStorage, used directly (not through go-app's
// BrowserStorage) so values are kept byte-exact — damaged data can be set
// aside as it was — and so a full quota is told apart from other failures.
type localKV struct{}

// Local is this browser's localStorage.
func Local() KV { return localKV{} }

func (localKV) ls() js.Value { return js.Global().Get("localStorage") }

func (k localKV) Get(key string) (v string, ok bool) {
	defer func() {
		if recover() != nil {
			v, ok = "", false
		}
	}()
	item := k.ls().Call("getItem", key)
	if item.Type() != js.TypeString {
		return "", false
	}
	return item.String(), true
}

// Has checks for a key without copying its value into Go.
func (k localKV) Has(key string) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return k.ls().Call("getItem", key).Type() == js.TypeString
}

func (k localKV) Set(key, value string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = jsFailure(r)
		}
	}()
	k.ls().Call("setItem", key, value)
	return nil
}

func (k localKV) Del(key string) {
	defer func() { recover() }()
	k.ls().Call("removeItem", key)
}

func (k localKV) Keys() (out []string) {
	defer func() { recover() }()
	ls := k.ls()
	n := ls.Get("length").Int()
	for i := 0; i < n; i++ {
		key := ls.Call("key", i)
		if key.Type() == js.TypeString {
			out = append(out, key.String())
		}
	}
	return out
}

// jsFailure turns a thrown JS exception into an error; QuotaExceededError
// (a DOMException) becomes ErrQuota.
func jsFailure(r any) error {
	if jerr, ok := r.(js.Error); ok {
		name := jerr.Value.Get("name")
		if name.Type() == js.TypeString && name.String() == "QuotaExceededError" {
			return ErrQuota
		}
		return errors.New(jerr.Error())
	}
	if e, ok := r.(error); ok {
		return e
	}
	return errors.New("storage failed")
}
