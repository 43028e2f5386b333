package syncer

import (
	"encoding/json"
	"fmt"

	"whosaid/annotate"
	"whosaid/annotate/native"
)

// Fetching the owner's sets from the server: after a cleared browser, or
// when a token from another device is pasted.

// pullAll brings the owner's documents the browser does not have from the
// server (a cleared browser, or a token entered from another device),
// then calls next. The page's open document, if among them, is shown; if
// the page shows an unsaved article, the most recent one is opened.
func (s *Syncer) pullAll(token string, next func()) {
	s.status(Status{State: Pending, Message: "Fetching your articles from the server…"})
	s.call("GET", "/api/v1/documents", token, nil, "", func(r Response) {
		if r.Err != nil || r.Status >= 500 {
			s.pulled = false
			s.offline("")
			return
		}
		if r.Status != 200 {
			s.failed(r.problem())
			return
		}
		var list struct {
			Documents []struct {
				ID      string `json:"id"`
				Version int    `json:"version"`
			} `json:"documents"`
		}
		if err := json.Unmarshal([]byte(r.Body), &list); err != nil {
			s.failed("the list of documents does not read")
			return
		}
		var ids []string
		for _, d := range list.Documents {
			if d.Version > 0 && !s.store.Has(d.ID) {
				ids = append(ids, d.ID)
			}
		}
		s.pullEach(token, ids, 0, nil, next)
	})
}

func (s *Syncer) pullEach(token string, ids []string, i int, got []*annotate.Set, next func()) {
	if i >= len(ids) {
		s.pulledSets(got)
		next()
		return
	}
	id := ids[i]
	s.call("GET", setPath(id), token, nil, "", func(r Response) {
		if r.Err != nil || r.Status >= 500 {
			s.pulled = false
			s.offline("")
			return
		}
		if r.Status == 200 {
			if set, err := native.Decode([]byte(r.Body)); err == nil && set.Document.ID == id && !s.store.Has(id) {
				if s.store.Save(set) == nil {
					raw, _ := s.store.Raw(id)
					s.meta.synced(id, r.version(), raw)
					got = append(got, set)
				}
			}
		}
		s.pullEach(token, ids, i+1, got, next)
	})
}

// pulledSets shows what a pull brought: the open document if it came, else
// the most recent, when the page shows nothing saved.
func (s *Syncer) pulledSets(got []*annotate.Set) {
	if len(got) == 0 {
		return
	}
	if s.OnPulled != nil {
		s.OnPulled(len(got))
	}
	for _, set := range got {
		if set.Document.ID == s.docID {
			s.show(set, nil)
			return
		}
	}
	// got is most recent first (the server lists so). The page's article
	// has no saved copy (else it would be in the store); keep it open only
	// if it has claims of its own.
	if s.docID == "" || !s.store.Has(s.docID) {
		s.show(got[0], nil)
	}
}

// UseToken switches to another owner's token (pasted from another
// device): versions and bases of the old one mean nothing for it, and the
// new owner's sets are fetched.
func (s *Syncer) UseToken(tok string) error {
	tok = CleanToken(tok)
	if err := CheckToken(tok); err != nil {
		return err
	}
	if err := s.kv.Set(tokenKey, tok); err != nil {
		return fmt.Errorf("the token could not be kept in this browser: %w", err)
	}
	s.meta.forgetAll()
	s.token(tok)
	s.pulled = false
	if !s.enabled {
		return nil
	}
	if !s.running {
		s.pullNow(tok)
		return nil
	}
	s.again = true
	return nil
}

// pullNow fetches the owner's sets, then syncs the open one.
func (s *Syncer) pullNow(tok string) {
	s.running, s.again = true, false
	s.timerGen++
	s.pulled = true
	s.pullAll(tok, func() { s.cycle() })
}
