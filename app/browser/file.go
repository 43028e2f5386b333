package browser

import (
	"errors"
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/app/wording"
)

// MaxFileBytes bounds what is read of a file into memory: twice the
// largest annotation file the W3C reader takes.
const MaxFileBytes = 32 << 20

// File is a file the user chose or dropped, read.
type File struct {
	Name string
	Data []byte
	Err  error
}

// ReadFile reads a browser File (from an <input type=file> or a drop) and
// calls done on the UI goroutine with its name and bytes.
func ReadFile(ctx app.Context, file app.Value, done func(ctx app.Context, f File)) {
	if !app.IsClient || !Obj(file) {
		done(ctx, File{Err: errors.New("no file chosen")})
		return
	}
	readFile(file, func(f File) { ctx.Dispatch(func(ctx app.Context) { done(ctx, f) }) })
}

// ReadFiles reads every file of a FileList (an <input type=file multiple>)
// and calls done once on the UI goroutine with all of them, in order.
func ReadFiles(ctx app.Context, files app.Value, done func(ctx app.Context, fs []File)) {
	n, _ := Int(Get(files, "length"))
	if n == 0 {
		return
	}
	out := make([]File, n)
	left := n
	for i := range n {
		readFile(Call(files, "item", i), func(f File) {
			ctx.Dispatch(func(ctx app.Context) {
				out[i] = f
				if left--; left == 0 {
					done(ctx, out)
				}
			})
		})
	}
}

// readFile reads one File and calls done from the JavaScript callback.
func readFile(file app.Value, done func(File)) {
	name := String(Get(file, "name"))
	if size, _ := Int(Get(file, "size")); size > MaxFileBytes {
		done(File{Name: name, Err: fmt.Errorf("%s is %s, more than the %s limit", name, wording.HumanBytes(size), wording.HumanBytes(MaxFileBytes))})
		return
	}
	p := Call(file, "arrayBuffer")
	if !Obj(p) {
		done(File{Name: name, Err: fmt.Errorf("%s could not be read", name)})
		return
	}
	var onOK, onErr app.Func
	finish := func(f File) {
		done(f)
		onOK.Release()
		onErr.Release()
	}
	onOK = app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 {
			finish(File{Name: name, Err: errors.New("the file could not be read")})
			return nil
		}
		finish(File{Name: name, Data: Bytes(args[0])})
		return nil
	})
	onErr = app.FuncOf(func(this app.Value, args []app.Value) any {
		finish(File{Name: name, Err: fmt.Errorf("%s could not be read", name)})
		return nil
	})
	p.Call("then", onOK, onErr)
}

// FirstFile is the first file of an input's or a drop's FileList, or nil.
func FirstFile(files app.Value) app.Value {
	if n, _ := Int(Get(files, "length")); n == 0 {
		return nil
	}
	return files.Index(0)
}

// SourceFiles is the FileList of the <input type=file> an event came from.
func SourceFiles(ctx app.Context) app.Value { return Get(ctx.JSSrc(), "files") }
