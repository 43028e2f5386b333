package browser

import (
	"errors"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/internal/wire"
)

// Request is one HTTP request made with the browser's fetch (net/http
// would add megabytes to app.wasm).
type Request struct {
	Method string // "" is GET
	URL    string // same origin: a path
	Header map[string]string
	Body   []byte // nil: none
	// Timeout bounds the whole exchange (DefaultTimeout when 0): a server
	// that hangs then counts as no answer rather than a wait forever.
	Timeout time.Duration
}

// DefaultTimeout bounds a request that sets no Timeout.
const DefaultTimeout = 30 * time.Second

// Response is what a request got. Err is set when no answer came (the
// network is down, the server gone, the timeout passed): Status is then 0.
type Response struct {
	Status     int
	StatusText string
	Header     map[string]string // the headers named in responseHeaders
	Body       []byte
	Err        error
}

// responseHeaders are the headers a Response carries.
var responseHeaders = []string{"Content-Type", "ETag", "Retry-After"}

// OK tells whether an answer came with a 2xx status.
func (r Response) OK() bool { return r.Err == nil && r.Status >= 200 && r.Status < 300 }

// JSON tells whether the body is JSON (a static host answers HTML).
func (r Response) JSON() bool {
	return strings.HasPrefix(r.Header["Content-Type"], "application/json")
}

// Problem is the API's error answer (wire.Error), read from the body.
func (r Response) Problem() wire.Error { return wire.DecodeError(r.Status, r.Body) }

// Fetch makes req and calls done once with the response, from a
// JavaScript callback: done must be quick and hand its work to the UI
// goroutine (ctx.Dispatch, or FetchIn). Cookies go only to the same origin;
// nothing is cached.
func Fetch(req Request, done func(Response)) {
	if !app.IsClient {
		done(Response{Err: errors.New("fetching needs the browser")})
		return
	}
	x := &exchange{done: done}
	p := Call(app.Window(), "fetch", req.URL, fetchOptions(req))
	if !Obj(p) {
		x.finish(Response{Err: errors.New("fetch is not available")})
		return
	}
	x.onErr = app.FuncOf(x.failed)
	x.onBody = app.FuncOf(x.body)
	x.onResp = app.FuncOf(x.response)
	p.Call("then", x.onResp, x.onErr)
}

// exchange is one fetch under way: its JavaScript callbacks, released
// once it is done.
type exchange struct {
	done                  func(Response)
	resp                  Response
	over                  bool
	onErr, onBody, onResp app.Func
}

func (x *exchange) finish(r Response) {
	if x.over {
		return
	}
	x.over = true
	x.done(r)
	for _, f := range []app.Func{x.onErr, x.onBody, x.onResp} {
		if f != nil {
			f.Release() // allowed while one of them runs (syscall/js)
		}
	}
}

// failed: no answer (network, abort on timeout).
func (x *exchange) failed(this app.Value, args []app.Value) any {
	msg := "network error"
	if len(args) > 0 {
		if m := String(Get(args[0], "message")); m != "" {
			msg = m
		}
	}
	x.finish(Response{Err: errors.New(msg)})
	return nil
}

// response: the status and headers came; the body is read next.
func (x *exchange) response(this app.Value, args []app.Value) any {
	if len(args) == 0 || !Obj(args[0]) {
		x.finish(Response{Err: errors.New("no response")})
		return nil
	}
	r := args[0]
	x.resp.Status, _ = Int(r.Get("status"))
	x.resp.StatusText = String(r.Get("statusText"))
	x.resp.Header = map[string]string{}
	for _, h := range responseHeaders {
		x.resp.Header[h] = String(Call(r.Get("headers"), "get", h))
	}
	p := Call(r, "arrayBuffer")
	if !Obj(p) {
		x.finish(x.resp)
		return nil
	}
	p.Call("then", x.onBody, x.onErr)
	return nil
}

// body: the body came.
func (x *exchange) body(this app.Value, args []app.Value) any {
	if len(args) > 0 {
		x.resp.Body = Bytes(args[0])
	}
	x.finish(x.resp)
	return nil
}

// fetchOptions is fetch's init object for req.
func fetchOptions(req Request) map[string]any {
	method := req.Method
	if method == "" {
		method = "GET"
	}
	h := map[string]any{}
	for k, v := range req.Header {
		h[k] = v
	}
	opts := map[string]any{"method": method, "headers": h, "cache": "no-store", "credentials": "same-origin"}
	if req.Body != nil {
		opts["body"] = string(req.Body)
	}
	timeout := req.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	win := app.Window()
	if t := Get(win, "AbortSignal", "timeout"); t.Truthy() && t.Type() == app.TypeFunction {
		opts["signal"] = win.Get("AbortSignal").Call("timeout", timeout.Milliseconds())
	}
	return opts
}

// FetchIn is Fetch with done run on the UI goroutine of ctx's page.
func FetchIn(ctx app.Context, req Request, done func(ctx app.Context, r Response)) {
	Fetch(req, func(r Response) {
		ctx.Dispatch(func(ctx app.Context) { done(ctx, r) })
	})
}
