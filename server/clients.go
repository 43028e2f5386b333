//go:build !wasm

package server

import (
	"net/http"
	"sync"

	"whosaid/internal/clientid"
	"whosaid/internal/httpjson"
)

// charge takes one request from its client's allowance. A request with
// the owner token of an owner this server knows (one that stored a
// document) counts against that owner: a class behind one school address
// is many clients. Any other counts against its address: no token, a
// malformed one, or a token that owns nothing, made up or new; made-up
// tokens buy no fresh allowance (creating documents under a fresh random
// token each time was unlimited). Looking an owner up in the store costs
// its address one request, once: known owners are remembered.
func (a *api) charge(w http.ResponseWriter, r *http.Request) *httpjson.Error {
	owner, e := ownerOf(r)
	if e == nil && a.owners.has(owner) {
		return a.limiter.Allow(w, clientid.ByToken(owner), "requests")
	}
	if e := a.limiter.Allow(w, a.clients.ByAddr(r), "requests from this address"); e != nil {
		return e
	}
	if e == nil {
		if known, err := a.store.Known(r.Context(), owner); err == nil && known {
			a.owners.add(owner)
		}
	}
	return nil
}

// chargeCreation charges a request that creates a document to its
// address as well, whatever token it carries: a script that makes an
// owner per document would otherwise buy each owner's own allowance with
// one request of its address. A class behind one school address creates
// a few documents each, well within the burst.
func (a *api) chargeCreation(w http.ResponseWriter, r *http.Request) *httpjson.Error {
	if owner, e := ownerOf(r); e != nil || !a.owners.has(owner) {
		return nil // charged to the address already (charge)
	}
	return a.limiter.Allow(w, a.clients.ByAddr(r), "new documents from this address")
}

// knownOwners remembers owners that stored something, up to a bound
// (past it, it starts over: a forgotten owner is looked up again).
type knownOwners struct {
	mu  sync.Mutex
	set map[string]struct{}
}

const maxKnownOwners = 100_000

func (k *knownOwners) has(owner string) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	_, ok := k.set[owner]
	return ok
}

func (k *knownOwners) add(owner string) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.set == nil || len(k.set) >= maxKnownOwners {
		k.set = map[string]struct{}{}
	}
	k.set[owner] = struct{}{}
}
