//go:build !wasm

package classroom

import (
	"context"
	"sync"

	"github.com/jackc/pgx/v5"
)

// pgPool is a small connection pool (pgxpool needs a module this project
// does not depend on, and database/sql's pgx driver imports pgxpool). A
// pgx.Conn serves one goroutine at a time: each transaction takes one.
type pgPool struct {
	cfg  *pgx.ConnConfig
	sem  chan struct{}  // one token per open or opening connection
	idle chan *pgx.Conn // connections ready for use
	mu   sync.Mutex
	all  map[*pgx.Conn]bool
	done bool
}

func newPGPool(cfg *pgx.ConnConfig, max int) *pgPool {
	return &pgPool{cfg: cfg, sem: make(chan struct{}, max), idle: make(chan *pgx.Conn, max), all: map[*pgx.Conn]bool{}}
}

// acquire takes an idle connection, or opens one while fewer than max are
// open, or waits for one to come back.
func (p *pgPool) acquire(ctx context.Context) (*pgx.Conn, error) {
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

// release gives a connection back; a broken one, or one left inside a
// transaction, is closed instead.
func (p *pgPool) release(c *pgx.Conn) {
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

func (p *pgPool) drop(c *pgx.Conn) {
	p.mu.Lock()
	delete(p.all, c)
	p.mu.Unlock()
	<-p.sem
}

func (p *pgPool) close() error {
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
