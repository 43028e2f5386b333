package main

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Exercise work lives in its own corner of localStorage: the annotator's
// store and sync state, opened under /exercise/<code> (or /exercise/file),
// read and write keyPrefix + "ex/<code>/…" instead of keyPrefix + "…". So
// a student's work never replaces the annotations this browser has of the
// same article, and the Library and sync never see it.
const exercisePrefix = keyPrefix + "ex/"

// nsKV maps every key under keyPrefix to the same key under root.
type nsKV struct {
	inner kv
	root  string // exercisePrefix + "<code>/"
}

// exerciseKV is the storage of the annotator opened at path: a namespace
// for an exercise page, the plain storage elsewhere.
func exerciseKV(inner kv, path string) kv {
	name, ok := strings.CutPrefix(path, "/exercise/")
	if !ok || name == "" || strings.Contains(name, "/") {
		return inner
	}
	return nsKV{inner: inner, root: exercisePrefix + name + "/"}
}

// pageKV is the storage for the page ctx shows.
func pageKV(ctx app.Context) kv {
	return exerciseKV(newKV(), ctx.Page().URL().Path)
}

func (k nsKV) outer(key string) string {
	return k.root + strings.TrimPrefix(key, keyPrefix)
}

func (k nsKV) get(key string) (string, bool) { return k.inner.get(k.outer(key)) }
func (k nsKV) has(key string) bool           { return k.inner.has(k.outer(key)) }
func (k nsKV) set(key, value string) error   { return k.inner.set(k.outer(key), value) }
func (k nsKV) del(key string)                { k.inner.del(k.outer(key)) }

func (k nsKV) keys() []string {
	var out []string
	for _, key := range k.inner.keys() {
		if rest, ok := strings.CutPrefix(key, k.root); ok {
			out = append(out, keyPrefix+rest)
		}
	}
	return out
}

// storageKey is the localStorage key that holds key in k (what a "storage"
// event names).
func storageKey(k kv, key string) string {
	if ns, ok := k.(nsKV); ok {
		return ns.outer(key)
	}
	return key
}
