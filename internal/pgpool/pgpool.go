//go:build !wasm

// Package pgpool is the small PostgreSQL connection pool shared by the
// annotation store and the classroom store.
package pgpool

import (
	"context"
	"sync"

	"github.com/jackc/pgx/v5"
)

// Pool is a small connection pool: pgx's own pool (pgxpool) needs a
// module this project does not depend on. A pgx.Conn serves one goroutine
// at a time, so each transaction takes a connection and gives it back.
type Pool struct {
	cfg  *pgx.ConnConfig
	sem  chan struct{}  // one token per open or opening connection
	idle chan *pgx.Conn // connections ready for use
	mu   sync.Mutex
	all  map[*pgx.Conn]bool
	done bool
}

func New(cfg *pgx.ConnConfig, max int) *Pool {
	if max <= 0 {
		max = 16
	}
	return &Pool{cfg: cfg, sem: make(chan struct{}, max), idle: make(chan *pgx.Conn, max), all: map[*pgx.Conn]bool{}}
}

func (p *Pool) Acquire(ctx context.Context) (*pgx.Conn, error) {
	for {
		select {
		case c := <-p.idle:
			if c.IsClosed() {
				p.drop(c)
				continue
			}
			return c, nil
		default:
		}
		select {
		case c := <-p.idle:
			if c.IsClosed() {
				p.drop(c)
				continue
			}
			return c, nil
		case p.sem <- struct{}{}:
			c, err := pgx.ConnectConfig(ctx, p.cfg)
			if err != nil {
				<-p.sem
				return nil, err
			}
			p.mu.Lock()
			p.all[c] = true
			p.mu.Unlock()
			return c, nil
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// Release gives a connection back; a broken one (or one left inside a
// transaction) is closed instead.
func (p *Pool) Release(c *pgx.Conn) {
	p.mu.Lock()
	done := p.done
	p.mu.Unlock()
	if done || c.IsClosed() || c.PgConn().TxStatus() != 'I' {
		c.Close(context.Background())
		p.drop(c)
		return
	}
	p.idle <- c
}

func (p *Pool) drop(c *pgx.Conn) {
	p.mu.Lock()
	delete(p.all, c)
	p.mu.Unlock()
	<-p.sem
}

func (p *Pool) Close() error {
	p.mu.Lock()
	p.done = true
	conns := make([]*pgx.Conn, 0, len(p.all))
	for c := range p.all {
		conns = append(conns, c)
	}
	p.mu.Unlock()
	for _, c := range conns {
		c.Close(context.Background())
	}
	return nil
}
