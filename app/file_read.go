package main

import (
	"errors"
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// readFile reads a browser File (from an <input type=file> or a drop) and
// calls done on the UI goroutine with its name and bytes.
func readFile(ctx app.Context, file app.Value, done func(ctx app.Context, name string, data []byte, err error)) {
	if !app.IsClient || file == nil || !file.Truthy() {
		done(ctx, "", nil, errors.New("no file chosen"))
		return
	}
	name := file.Get("name").String()
	if size := file.Get("size").Int(); size > maxUploadBytes {
		done(ctx, name, nil, fmt.Errorf("%s is %s, more than the %s limit", name, humanBytes(size), humanBytes(maxUploadBytes)))
		return
	}
	var onOK, onErr app.Func
	finish := func(data []byte, err error) {
		ctx.Dispatch(func(ctx app.Context) {
			onOK.Release()
			onErr.Release()
			done(ctx, name, data, err)
		})
	}
	onOK = app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 {
			finish(nil, errors.New("the file could not be read"))
			return nil
		}
		b := goBytes(args[0])
		finish(b, nil)
		return nil
	})
	onErr = app.FuncOf(func(this app.Value, args []app.Value) any {
		finish(nil, fmt.Errorf("%s could not be read", name))
		return nil
	})
	file.Call("arrayBuffer").Call("then", onOK, onErr)
}

// maxUploadBytes bounds what is read into memory: twice the W3C limit.
const maxUploadBytes = 32 << 20

// firstFile is the first file of an input's or a drop's FileList, or nil.
func firstFile(files app.Value) app.Value {
	if files == nil || !files.Truthy() || files.Get("length").Int() == 0 {
		return nil
	}
	return files.Index(0)
}
