package syncer

import (
	"fmt"
	"net/url"
)

// deleteOnServer deletes the server copies of documents deleted in this
// browser, one after the other, then calls next. Offline, it stops and the
// next cycle tries again; a document the server does not have is done.
func (s *Syncer) deleteOnServer(token string, ids []string, next func()) {
	if len(ids) == 0 {
		next()
		return
	}
	id := ids[0]
	s.call("DELETE", "/api/v1/documents/"+url.PathEscape(id), token, nil, "", func(r Response) {
		switch {
		case r.Err != nil || r.Status >= 500:
			s.offline("")
		case r.Status == 204 || r.Status == 404:
			s.meta.deletionDone(id)
			s.deleteOnServer(token, ids[1:], next)
		default:
			// Refused for good (retrying will not help): say so, and do
			// not let it hold up syncing the other articles.
			s.meta.deletionDone(id)
			s.failed(fmt.Sprintf("the server kept a deleted article: %s", r.problem()))
		}
	})
}

// Deleted records that the document was deleted in this browser (the
// Library): its sync state goes, and its server copy is deleted now, or
// at the next sync (the server would otherwise bring it back to another
// device with the same token).
func (s *Syncer) Deleted(docID string) error {
	if err := s.meta.deleted(docID); err != nil {
		return err
	}
	s.Kick()
	return nil
}

// SendDeletions deletes on the server what was deleted here and is still
// there, if anything.
func (s *Syncer) SendDeletions() {
	if len(s.meta.pendingDeletions()) > 0 {
		s.Kick()
	}
}
