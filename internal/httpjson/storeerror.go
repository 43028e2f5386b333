//go:build !wasm

package httpjson

import (
	"errors"
	"log/slog"
	"net/http"

	"whosaid/internal/sqldb"
)

// StoreError answers a database error: 404 when what was asked for is not
// there, 400 for text no database may be given (sqldb.ErrBadText), else
// 500, logged with the route's pattern ("GET /api/v1/shared/{share}"),
// never the path itself: ids in paths (share links, class codes) are
// capabilities, and logs are read by more people than they were given to.
func StoreError(log *slog.Logger, r *http.Request, err error, what string) *Error {
	switch {
	case errors.Is(err, sqldb.ErrNotFound):
		return NewError(http.StatusNotFound, what+" not found")
	case errors.Is(err, sqldb.ErrBadText):
		return NewError(http.StatusBadRequest, what+": the request holds text with NUL or invalid UTF-8")
	}
	log.Error("store", "route", r.Pattern, "err", err)
	return NewError(http.StatusInternalServerError, "internal error")
}
