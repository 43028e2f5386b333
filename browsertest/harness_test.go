package browsertest

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"whosaid/internal/testskip"
)

// The harness: TestMain finds (or builds) the whosaid binary and the web
// folder; each test starts its own server on a free loopback port with its
// own data folder, and its own browser profile.

var (
	binPath  string // the whosaid binary
	webDir   string // folder with app.wasm and the static files
	repoRoot string
	chromium string
)

func TestMain(m *testing.M) {
	os.Exit(runMain(m))
}

func runMain(m *testing.M) int {
	wd, _ := os.Getwd()
	repoRoot = filepath.Dir(wd)
	if testskip.Asked("WHOSAID_SKIP_BROWSER") { // never in CI
		// Asked for by name, and said loudly: a skipped browser suite must
		// never pass for a run one.
		fmt.Fprint(os.Stderr, "\n*** browsertest: SKIPPED: WHOSAID_SKIP_BROWSER=1 — no browser test ran ***\n\n")
		return 0
	}
	chromium = findChromium()
	if chromium == "" {
		fmt.Fprintln(os.Stderr, "browsertest: FAIL: Chromium not found (scripts/install-deps installs it; set CHROMIUM to its path). "+
			"To run without the browser tests, set WHOSAID_SKIP_BROWSER=1.")
		return 1
	}
	binPath, webDir = os.Getenv("WHOSAID_BIN"), os.Getenv("WHOSAID_WEB")
	if binPath == "" || webDir == "" {
		tmp, err := os.MkdirTemp("", "whosaid-browsertest-")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer os.RemoveAll(tmp)
		if binPath, webDir, err = buildApp(tmp); err != nil {
			fmt.Fprintln(os.Stderr, "browsertest: build:", err)
			return 1
		}
	}
	return m.Run()
}

func findChromium() string {
	for _, p := range []string{os.Getenv("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if p == "" {
			continue
		}
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}

// buildApp builds the server binary and the wasm into dir, the way `make
// build` does, for `go test` run without make.
func buildApp(dir string) (bin, web string, err error) {
	web = filepath.Join(dir, "web")
	if err := os.MkdirAll(web, 0o755); err != nil {
		return "", "", err
	}
	entries, err := os.ReadDir(filepath.Join(repoRoot, "web"))
	if err != nil {
		return "", "", err
	}
	for _, e := range entries {
		if e.IsDir() || strings.HasPrefix(e.Name(), "app.wasm") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(repoRoot, "web", e.Name()))
		if err != nil {
			return "", "", err
		}
		if err := os.WriteFile(filepath.Join(web, e.Name()), data, 0o644); err != nil {
			return "", "", err
		}
	}
	bin = filepath.Join(dir, "whosaid")
	for _, step := range []struct {
		env  []string
		args []string
	}{
		{nil, []string{"build", "-o", bin, "./app"}},
		{[]string{"GOOS=js", "GOARCH=wasm"}, []string{"build", "-ldflags=-s -w", "-o", filepath.Join(web, "app.wasm"), "./app"}},
	} {
		cmd := exec.Command("go", step.args...)
		cmd.Dir = repoRoot
		cmd.Env = append(os.Environ(), step.env...)
		if out, err := cmd.CombinedOutput(); err != nil {
			return "", "", fmt.Errorf("go %s: %v\n%s", strings.Join(step.args, " "), err, out)
		}
	}
	return bin, web, nil
}

// server is one running whosaid process.
type server struct {
	URL     string
	DataDir string
	cmd     *exec.Cmd
	stderr  *lockedBuffer
}

type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// startServer starts whosaid on a free loopback port with a fresh data
// folder; extra flags are passed to `whosaid serve`.
func startServer(t testing.TB, extra ...string) *server {
	t.Helper()
	s := &server{DataDir: t.TempDir(), stderr: &lockedBuffer{}}
	args := append([]string{"serve", "--addr", "127.0.0.1:0", "--data", s.DataDir, "--web", webDir}, extra...)
	s.cmd = exec.Command(binPath, args...)
	s.cmd.Stderr = s.stderr
	out, err := s.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		s.cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { s.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			s.cmd.Process.Kill()
		}
		if t.Failed() {
			t.Logf("server log:\n%s", s.stderr.String())
		}
	})
	lines := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if u, ok := strings.CutPrefix(sc.Text(), "listening on "); ok {
				lines <- u
			}
		}
		io.Copy(io.Discard, out)
	}()
	select {
	case s.URL = <-lines:
	case <-time.After(30 * time.Second):
		t.Fatalf("server did not start; log:\n%s", s.stderr.String())
	}
	return s
}

// browser is one headless Chromium with its own profile.
type browser struct {
	t       testing.TB
	Ctx     context.Context
	Profile string
	mu      sync.Mutex
	console []string
}

// newBrowser starts Chromium with a fresh profile (or the given one, to
// reopen a profile in a later browser).
func newBrowser(t testing.TB, profile string) *browser {
	t.Helper()
	if profile == "" {
		profile = t.TempDir()
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
		chromedp.WindowSize(1280, 900),
		chromedp.UserDataDir(profile),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 4*time.Minute)
	b := &browser{t: t, Ctx: ctx, Profile: profile}
	t.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })
	// Start the browser now so the console subscription sees everything.
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	go func() {
		for m, err := range chromedp.Console(ctx) {
			if err != nil {
				return
			}
			b.mu.Lock()
			b.console = append(b.console, m.String())
			b.mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("browser console:\n%s", strings.Join(b.Console(), "\n"))
		}
	})
	return b
}

// Console returns the console messages so far.
func (b *browser) Console() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.console...)
}

// doTimeout bounds one Do: an action that waits for an element (Click,
// SendKeys) otherwise waits for the whole browser's 4 minutes, and the
// failure then names no line.
const doTimeout = 45 * time.Second

// Do runs actions, failing the test on error (or after doTimeout).
func (b *browser) Do(actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	// Derived from the running browser's context: the timeout ends this
	// call only, not the browser (see chromedp's README).
	ctx, cancel := context.WithTimeout(b.Ctx, doTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.t.Fatalf("browser: %v", err)
	}
}

// Open navigates to url and waits until the Go app is mounted and live.
func (b *browser) Open(url string) {
	b.t.Helper()
	b.Do(chromedp.Navigate(url))
	b.WaitLive()
}

// WaitLive waits for the client-side mount marker (prerendered HTML lacks
// it), retrying across a replaced document (see poll).
func (b *browser) WaitLive() {
	b.t.Helper()
	b.Wait(`!!document.querySelector("main[data-live]")`)
}

// Wait polls a JavaScript expression until it is truthy (30 s at most).
func (b *browser) Wait(expr string) {
	b.t.Helper()
	if err := b.poll(expr, 30*time.Second); err != nil {
		b.t.Fatalf("waiting for %s: %v", expr, err)
	}
	b.checkAlive()
}

// poll waits for expr to be truthy, riding out a document being replaced
// while it waits. Right after a navigation chromedp may still hold the old
// document's JavaScript context ("Cannot find context with specified id"),
// and a page that replaces itself destroys the context a poll runs in; the
// poll then starts again in the new document, within the same deadline.
//
// An expression that throws counts as "not yet": the app re-renders between
// two frames, so an element a predicate reads (a caret, a dialog) can be
// briefly absent. The last exception is reported if the deadline passes.
func (b *browser) poll(expr string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	guarded := fmt.Sprintf(`(() => { try { return !!(%s); } catch (e) { window.__pollErr = String(e); return false; } })()`, expr)
	for {
		left := time.Until(deadline)
		if left <= 0 {
			return b.pollTimeout()
		}
		_, err := chromedp.Run(b.Ctx, chromedp.Poll[bool](guarded, chromedp.WithPollingTimeout(left)))
		if errors.Is(err, chromedp.ErrPollingTimeout) {
			return b.pollTimeout()
		}
		if err == nil || !contextReplaced(err) {
			return err
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// pollTimeout is the error for a poll that ran out of time, naming the last
// exception the expression threw, if any.
func (b *browser) pollTimeout() error {
	last, err := chromedp.Run(b.Ctx, chromedp.Evaluate[string](`window.__pollErr || ""`))
	if err == nil && last != "" {
		return fmt.Errorf("%w (last exception: %s)", chromedp.ErrPollingTimeout, last)
	}
	return chromedp.ErrPollingTimeout
}

// contextReplaced tells whether err means the page's JavaScript context
// went away under a call (a navigation or reload), not that the call failed.
func contextReplaced(err error) bool {
	msg := err.Error()
	for _, s := range []string{
		"Cannot find context with specified id",
		"Execution context was destroyed",
		"Inspected target navigated or closed",
		"Cannot find default execution context",
	} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// checkAlive fails the test if the Go program in the page has exited (a
// panic in a handler ends it).
func (b *browser) checkAlive() {
	b.t.Helper()
	for _, m := range b.Console() {
		if strings.Contains(m, "Go program has already exited") || strings.Contains(m, "panic:") {
			b.t.Fatalf("the wasm program died: %s", m)
		}
	}
}

// eval evaluates JavaScript and returns its value, failing the test on error.
// Right after a navigation chromedp may still name the old document's
// context: the call then never ran, and is tried again.
func eval[T any](b *browser, expr string) T {
	b.t.Helper()
	for try := 0; ; try++ {
		v, err := chromedp.Run(b.Ctx, chromedp.Evaluate[T](expr))
		if err == nil {
			return v
		}
		if try == 20 || !strings.Contains(err.Error(), "Cannot find context with specified id") {
			b.t.Fatalf("eval %s: %v", expr, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// screenshot saves a PNG of the page under tmp/browsertest/ in the repo (or
// $WHOSAID_ARTIFACTS) so a person can look at it.
func (b *browser) screenshot(name string) string {
	b.t.Helper()
	return b.saveShot(name, chromedp.FullScreenshot(100)) // 100 = PNG
}

// viewportShot saves what the screen shows, not the whole page.
func (b *browser) viewportShot(name string) string {
	b.t.Helper()
	return b.saveShot(name, chromedp.CaptureScreenshot())
}

// saveShot writes the PNG that shot takes to WHOSAID_ARTIFACTS (default
// tmp/browsertest in the repository) and logs where.
func (b *browser) saveShot(name string, shot chromedp.Action[[]byte]) string {
	b.t.Helper()
	buf, err := chromedp.Run(b.Ctx, shot)
	if err != nil {
		b.t.Fatalf("screenshot: %v", err)
	}
	dir := os.Getenv("WHOSAID_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(repoRoot, "tmp", "browsertest")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.t.Fatal(err)
	}
	path := filepath.Join(dir, name+".png")
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		b.t.Fatal(err)
	}
	b.t.Logf("screenshot: %s", path)
	return path
}
