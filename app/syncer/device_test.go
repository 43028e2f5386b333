package syncer

import (
	"testing"
	"whosaid/app/storage"
)

func TestBrowserKind(t *testing.T) {
	for ua, want := range map[string]string{
		"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36":                           "Chrome on Linux",
		"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0":                                                        "Firefox on Windows",
		"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 Edg/126.0":                   "Edge on Windows",
		"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1": "Safari on iPhone",
		"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15":                      "Safari on macOS",
		"Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36":                                "Chrome on Android",
		"": "A browser",
	} {
		if got := browserKind(ua); got != want {
			t.Errorf("browserKind(%q) = %q, want %q", ua, got, want)
		}
	}
}

func TestDeviceName(t *testing.T) {
	mine := "Chrome on Linux · 3fa9"
	for label, want := range map[string]string{
		mine:                      "this browser",
		"Chrome on Linux · 0001":  "another device (Chrome on Linux)",
		"Firefox on Windows · b2": "another device (Firefox on Windows)",
		"":                        "another device",
	} {
		if got := DeviceName(label, mine); got != want {
			t.Errorf("DeviceName(%q) = %q, want %q", label, got, want)
		}
	}
}

func TestDeviceLabelIsKept(t *testing.T) {
	k := storage.NewMemory()
	first := DeviceLabel(k, "Chrome on Linux")
	if first == "" || DeviceLabel(k, "Chrome on Linux") != first {
		t.Errorf("device label %q, then %q: want one label, kept", first, DeviceLabel(k, "Chrome on Linux"))
	}
}
