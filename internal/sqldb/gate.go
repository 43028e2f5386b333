//go:build !wasm

package sqldb

import "sync"

// gate lets Close wait for the transactions under way, so that a server
// shutting down finishes the writes it has acknowledged starting.
type gate struct {
	mu     sync.Mutex
	closed bool
	busy   sync.WaitGroup
}

// enter starts a transaction; false once the gate is shut.
func (g *gate) enter() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.closed {
		return false
	}
	g.busy.Add(1)
	return true
}

func (g *gate) leave() { g.busy.Done() }

// shut refuses new transactions and waits for those under way; false when
// it was shut already.
func (g *gate) shut() bool {
	g.mu.Lock()
	if g.closed {
		g.mu.Unlock()
		return false
	}
	g.closed = true
	g.mu.Unlock()
	g.busy.Wait()
	return true
}
