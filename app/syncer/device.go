package syncer

import (
	"crypto/rand"
	"encoding/hex"
	"strings"
	"whosaid/app/storage"
)

// This browser's device label, stamped on every claim it changes while
// sync is on (annotate.Claim.Device): when the same claim was edited on two
// devices, the version kept aside says where it was made. It is made once
// and kept: the browser and system from the user agent ("Firefox on
// Windows") and 4 random hex digits that tell two browsers of the same
// kind apart ("· 3fa9"). It names no one: no account, no address.

const deviceKey = storage.Prefix + "device"

// deviceSep separates the kind of browser from its random part.
const deviceSep = " · "

// DeviceLabel is this browser's label, made from its user agent and
// stored on first use.
func DeviceLabel(k storage.KV, userAgent string) string {
	if d, _ := k.Get(deviceKey); d != "" {
		return d
	}
	var b [2]byte
	rand.Read(b[:]) // never fails (crypto/rand panics rather)
	d := browserKind(userAgent) + deviceSep + hex.EncodeToString(b[:])
	if k.Set(deviceKey, d) != nil {
		return "" // storage full: claims are left unstamped rather than stamped with a label that changes
	}
	return d
}

// browserKind names a browser and its system from a user agent string:
// "Chrome on Linux", "Safari on iPhone"; "A browser" when it cannot tell.
func browserKind(ua string) string {
	browser := "A browser"
	for _, b := range []struct{ token, name string }{
		{"Edg/", "Edge"}, {"OPR/", "Opera"}, {"Firefox/", "Firefox"}, {"FxiOS/", "Firefox"},
		{"CriOS/", "Chrome"}, {"Chrome/", "Chrome"}, {"Safari/", "Safari"},
	} {
		if strings.Contains(ua, b.token) {
			browser = b.name
			break
		}
	}
	for _, s := range []struct{ token, name string }{
		{"iPhone", "iPhone"}, {"iPad", "iPad"}, {"Android", "Android"}, {"CrOS", "ChromeOS"},
		{"Windows", "Windows"}, {"Mac OS X", "macOS"}, {"Macintosh", "macOS"}, {"Linux", "Linux"},
	} {
		if strings.Contains(ua, s.token) {
			return browser + " on " + s.name
		}
	}
	return browser
}

// DeviceName is a label as the user reads it: the kind of browser, or
// "this browser" for this one.
func DeviceName(label, mine string) string {
	switch {
	case label == "":
		return "another device"
	case label == mine:
		return "this browser"
	}
	kind, _, _ := strings.Cut(label, deviceSep)
	return "another device (" + kind + ")"
}
