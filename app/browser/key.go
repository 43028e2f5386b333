package browser

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// Key is a keyboard event read once: the key, the modifiers and what the
// event's target is, so shortcuts can leave typing in form fields alone.
type Key struct {
	Key                    string
	Ctrl, Meta, Alt, Shift bool
	TargetTag, TargetID    string
	TargetEditable         bool
}

// ReadKey reads a keydown event.
func ReadKey(e app.Event) Key {
	v := e.Value
	t := Get(v, "target")
	return Key{
		Key:            String(Get(v, "key")),
		Ctrl:           Bool(Get(v, "ctrlKey")),
		Meta:           Bool(Get(v, "metaKey")),
		Alt:            Bool(Get(v, "altKey")),
		Shift:          Bool(Get(v, "shiftKey")),
		TargetTag:      String(Get(t, "tagName")),
		TargetID:       String(Get(t, "id")),
		TargetEditable: Bool(Get(t, "isContentEditable")),
	}
}

// Typing tells whether the key goes to a form field or editable text.
func (k Key) Typing() bool {
	return k.TargetEditable || k.TargetTag == "INPUT" || k.TargetTag == "TEXTAREA" || k.TargetTag == "SELECT"
}

// OnEscape is a keydown handler that calls close on Escape (dialogs).
func OnEscape(close func(ctx app.Context)) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if String(Get(e.Value, "key")) == "Escape" && close != nil {
			close(ctx)
		}
	}
}
