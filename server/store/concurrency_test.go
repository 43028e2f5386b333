//go:build !wasm

package store

import (
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Many writers at once, on one set and on sets of their own: every
// accepted write must be readable afterwards, and every refused one must be
// a version conflict, not a database error (SQLITE_BUSY and the like).
func TestConcurrentWrites(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s Store, _ opener) {
		const writers, rounds = 16, 25
		shared := doc("sha256:shared", "Everyone writes here")
		var wg sync.WaitGroup
		var mu sync.Mutex
		accepted := map[int64]string{} // version → data, on the shared set
		var errs []error
		for w := range writers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				own := doc(fmt.Sprintf("sha256:own-%d", w), "Mine")
				var ownVersion int64
				for r := range rounds {
					// Own set: never conflicts.
					saved, err := s.PutSet(ctx, alice, own, ownVersion, []byte(fmt.Sprintf(`"%d/%d"`, w, r)))
					if err != nil {
						mu.Lock()
						errs = append(errs, fmt.Errorf("writer %d own set round %d: %w", w, r, err))
						mu.Unlock()
						return
					}
					ownVersion = saved.Version
					// Shared set: read, then write at the version read.
					var base int64
					if cur, err := s.Set(ctx, alice, shared.ID); err == nil {
						base = cur.Version
					} else if !errors.Is(err, ErrNotFound) {
						mu.Lock()
						errs = append(errs, err)
						mu.Unlock()
						return
					}
					data := fmt.Sprintf(`"w%d r%d"`, w, r)
					saved, err = s.PutSet(ctx, alice, shared, base, []byte(data))
					var ce *ConflictError
					mu.Lock()
					switch {
					case err == nil:
						if prev, dup := accepted[saved.Version]; dup {
							errs = append(errs, fmt.Errorf("version %d accepted twice: %s and %s", saved.Version, prev, data))
						}
						accepted[saved.Version] = data
					case errors.As(err, &ce):
						if ce.Current.Version <= base {
							errs = append(errs, fmt.Errorf("conflict at version %d reports current version %d", base, ce.Current.Version))
						}
					default:
						errs = append(errs, fmt.Errorf("writer %d shared set: %w", w, err))
					}
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		for _, err := range errs {
			t.Error(err)
		}
		for w := range writers {
			got, err := s.Set(ctx, alice, fmt.Sprintf("sha256:own-%d", w))
			want := Set{DocID: fmt.Sprintf("sha256:own-%d", w), Version: rounds, Data: []byte(fmt.Sprintf(`"%d/%d"`, w, rounds-1)), Updated: got.Updated}
			if diff := cmp.Diff(want, got); err != nil || diff != "" {
				t.Errorf("writer %d's own set (-want +got, err %v):\n%s", w, err, diff)
			}
		}
		// The accepted versions of the shared set are exactly 1…n, and the
		// stored one is the last accepted.
		final, err := s.Set(ctx, alice, shared.ID)
		if err != nil {
			t.Fatal(err)
		}
		if int64(len(accepted)) != final.Version {
			t.Errorf("%d writes accepted on the shared set but it is at version %d", len(accepted), final.Version)
		}
		for v := int64(1); v <= final.Version; v++ {
			if _, ok := accepted[v]; !ok {
				t.Errorf("version %d of the shared set was never acknowledged", v)
			}
		}
		if string(final.Data) != accepted[final.Version] {
			t.Errorf("shared set holds %s, but version %d was written as %s", final.Data, final.Version, accepted[final.Version])
		}
	})
}
