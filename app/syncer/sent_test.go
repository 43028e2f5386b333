package syncer

import (
	"testing"
	"whosaid/app/storage"
)

// A save sent and not answered is recognised when the server's copy turns
// out to be it; only on top of the same version, and until answered.
func TestOwnSaveRecognised(t *testing.T) {
	m := meta{kv: storage.NewMemory()}
	if err := m.synced("d", 3, `{"base":1}`); err != nil {
		t.Fatal(err)
	}
	m.sending("d", 3, `{"first try":1}`)
	m.sending("d", 3, `{"edited meanwhile, sent again":1}`)
	if !m.ownSave("d", `{"first try":1}`) || !m.ownSave("d", `{"edited meanwhile, sent again":1}`) {
		t.Errorf("a save sent on version 3 is not recognised")
	}
	if m.ownSave("d", `{"another device's":1}`) {
		t.Errorf("another device's copy taken for our own")
	}
	if m.ownSave("e", `{"first try":1}`) {
		t.Errorf("recognised for another document")
	}
	// On a newer base, the old sends are not ours any more.
	m.synced("d", 4, `{"first try":1}`)
	if m.ownSave("d", `{"first try":1}`) {
		t.Errorf("a save sent on version 3 recognised on version 4")
	}
	m.sending("d", 4, `{"x":1}`)
	m.answered("d")
	if m.ownSave("d", `{"x":1}`) {
		t.Errorf("recognised after the answer came")
	}
	for i := range maxSent + 3 {
		m.sending("d", 4, string(rune('a'+i)))
	}
	if got := len(m.sentSaves("d").Hashes); got != maxSent {
		t.Errorf("%d sends kept, want at most %d", got, maxSent)
	}
}
