package annotate

import (
	"fmt"
	"testing"
	"time"
)

// BenchmarkMerge3000 merges two copies of a 3,000-claim set, each with 100
// edits and 50 deletions of its own — a large set after a day offline.
func BenchmarkMerge3000(b *testing.B) {
	base := mergeBase(b)
	proto := base.Claims[0]
	base.Claims = base.Claims[:0]
	for i := range 3000 {
		c := proto.clone()
		c.ID = fmt.Sprintf("c-%d", i)
		base.Claims = append(base.Claims, c)
	}
	mine, theirs := base.Clone(), base.Clone()
	for i := range 100 {
		editNote(mine, fmt.Sprintf("c-%d", i), "mine", t0.Add(time.Minute))
		editNote(theirs, fmt.Sprintf("c-%d", 1000+i), "theirs", t0.Add(time.Minute))
	}
	tomb := Tombstones{}
	for i := range 50 {
		dropClaim(mine, fmt.Sprintf("c-%d", 2000+i))
		tomb[fmt.Sprintf("c-%d", 2000+i)] = t0
		dropClaim(theirs, fmt.Sprintf("c-%d", 2500+i))
	}
	b.ResetTimer()
	for b.Loop() {
		if _, _, err := Merge(base, mine, theirs, MergeOptions{Deleted: tomb, Now: t0}); err != nil {
			b.Fatal(err)
		}
	}
}
