package browser

import (
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Download makes the browser save data as a file: a Blob, an object URL
// and a click on a temporary <a download> (go-app's link interceptor leaves
// download links alone). The URL is revoked a little later, once the
// download has started.
func Download(name, mime string, data []byte) {
	if !app.IsClient {
		return
	}
	win := app.Window()
	u8 := win.Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(u8, data)
	parts := win.Get("Array").New()
	parts.Call("push", u8)
	blob := win.Get("Blob").New(parts, map[string]any{"type": mime})
	url := win.Get("URL").Call("createObjectURL", blob)
	doc := win.Get("document")
	a := doc.Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	a.Get("style").Set("display", "none")
	doc.Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	go func() {
		time.Sleep(time.Minute)
		win.Get("URL").Call("revokeObjectURL", url)
	}()
}
