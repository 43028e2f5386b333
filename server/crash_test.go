//go:build !wasm

package server

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"whosaid/annotate"
	"whosaid/server/store"
)

// whosaidBinary is the real program: $WHOSAID_BIN (make test builds it),
// else built here from ./app.
func whosaidBinary(t *testing.T) string {
	if bin := os.Getenv("WHOSAID_BIN"); bin != "" {
		return bin
	}
	bin := filepath.Join(t.TempDir(), "whosaid")
	cmd := exec.Command("go", "build", "-o", bin, "./app")
	cmd.Dir = ".."
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build ./app: %v\n%s", err, out)
	}
	return bin
}

// process is a running whosaid serve.
type process struct {
	cmd  *exec.Cmd
	url  string
	done chan error
	logs *syncBuffer // what it wrote to stderr
}

func startProcess(t *testing.T, bin, data, web string, flags ...string) *process {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"serve", "--addr", "127.0.0.1:0", "--data", data, "--web", web, "--rate", "0"}, flags...)...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	logs := &syncBuffer{}
	cmd.Stderr = logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &process{cmd: cmd, done: make(chan error, 1), logs: logs}
	lines := bufio.NewScanner(stdout)
	for lines.Scan() {
		if u, ok := strings.CutPrefix(lines.Text(), "listening on "); ok {
			p.url = strings.Replace(u, "localhost", "127.0.0.1", 1)
			break
		}
	}
	go io.Copy(io.Discard, stdout)
	go func() { p.done <- cmd.Wait() }()
	if p.url == "" {
		cmd.Process.Kill()
		t.Fatalf("whosaid did not say where it listens: %v", <-p.done)
	}
	t.Cleanup(func() { cmd.Process.Kill() })
	return p
}

// storm has clients save their own sets over and over until stop closes,
// recording every acknowledged write and the write in flight.
type storm struct {
	docs     []annotate.Document
	mu       sync.Mutex
	acked    []int    // per client: last acknowledged version
	ackedSet [][]byte // per client: its body
	tried    [][]byte // per client: the body in flight (maybe stored, never acknowledged)
	total    atomic.Int64
}

func newStorm(clients int) *storm {
	s := &storm{acked: make([]int, clients), ackedSet: make([][]byte, clients), tried: make([][]byte, clients)}
	for i := range clients {
		s.docs = append(s.docs, annotate.DocumentFromText(annotate.Document{}, fmt.Sprintf("Storm article %d — “quoted” 😀.", i)))
	}
	return s
}

func (s *storm) run(t *testing.T, url string, stop <-chan struct{}) {
	client := &http.Client{Timeout: 10 * time.Second}
	var wg sync.WaitGroup
	for c := range s.docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 1; ; r++ {
				select {
				case <-stop:
					return
				default:
				}
				set := annotate.NewSet(s.docs[c])
				set.Document.Title = fmt.Sprintf("client %d write %d", c, r)
				body := encode(t, set)
				s.mu.Lock()
				s.tried[c] = body
				version := s.acked[c]
				s.mu.Unlock()
				req, _ := http.NewRequest("PUT", url+setPath(s.docs[c].ID), strings.NewReader(string(body)))
				req.Header.Set("Authorization", "Bearer "+tokenA)
				req.Header.Set("If-Match", strconv.Quote(strconv.Itoa(version)))
				req.Header.Set("Content-Type", "application/json")
				res, err := client.Do(req)
				if err != nil {
					return // the server is gone
				}
				io.Copy(io.Discard, res.Body)
				res.Body.Close()
				if res.StatusCode != http.StatusOK {
					t.Errorf("client %d write %d: %d", c, r, res.StatusCode)
					return
				}
				v, _ := strconv.Atoi(strings.Trim(res.Header.Get("ETag"), `"`))
				s.mu.Lock()
				s.acked[c], s.ackedSet[c] = v, body
				s.mu.Unlock()
				s.total.Add(1)
			}
		}()
	}
	wg.Wait()
}

// interrupt runs the storm against p and calls signal once n writes are
// acknowledged; the storm ends when the server stops answering.
func (s *storm) interrupt(t *testing.T, p *process, n int64, signal func()) {
	stop := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		s.run(t, p.url, stop)
	}()
	for s.total.Load() < n {
		select {
		case <-finished:
			t.Fatalf("the storm ended after %d writes, before the signal", s.total.Load())
		case <-time.After(time.Millisecond):
		}
	}
	signal()
	<-finished
	close(stop)
}

// check verifies that every acknowledged write is in the restarted server.
func (s *storm) check(t *testing.T, url string) {
	for c, d := range s.docs {
		req, _ := http.NewRequest("GET", url+setPath(d.ID), nil)
		req.Header.Set("Authorization", "Bearer "+tokenA)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		v, _ := strconv.Atoi(strings.Trim(res.Header.Get("ETag"), `"`))
		switch {
		case s.acked[c] == 0 && res.StatusCode == http.StatusNotFound:
		case v == s.acked[c] && string(body) == string(s.ackedSet[c]):
		case v == s.acked[c]+1 && string(body) == string(s.tried[c]):
			// The write in flight was stored but its answer was lost: fine.
		default:
			t.Errorf("client %d: acknowledged version %d, found %d (%d):\n%s", c, s.acked[c], v, res.StatusCode, body)
		}
	}
}

func TestCrashKeepsAcknowledgedWrites(t *testing.T) {
	bin := whosaidBinary(t)
	data, web := t.TempDir(), webDir(t)
	p := startProcess(t, bin, data, web)
	st := newStorm(16)
	// Kill mid-storm, once plenty of writes are acknowledged.
	st.interrupt(t, p, 400, func() { p.cmd.Process.Signal(syscall.SIGKILL) })
	<-p.done
	p2 := startProcess(t, bin, data, web)
	st.check(t, p2.url)
	if err := p2.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := <-p2.done; err != nil {
		t.Errorf("graceful stop after the restart: %v", err)
	}
	checkIntegrity(t, data)
}

// SIGTERM mid-storm: requests under way finish, every acknowledged write
// is kept, and the process exits cleanly.
func TestGracefulShutdown(t *testing.T) {
	bin := whosaidBinary(t)
	data, web := t.TempDir(), webDir(t)
	p := startProcess(t, bin, data, web)
	st := newStorm(16)
	st.interrupt(t, p, 200, func() { p.cmd.Process.Signal(syscall.SIGTERM) })
	if exitErr := <-p.done; exitErr != nil {
		t.Errorf("exit after SIGTERM: %v", exitErr)
	}
	p2 := startProcess(t, bin, data, web)
	st.check(t, p2.url)
	p2.cmd.Process.Signal(syscall.SIGTERM)
	<-p2.done
	checkIntegrity(t, data)
}

// checkIntegrity opens the database file as the server would and runs
// SQLite's own consistency check.
func checkIntegrity(t *testing.T, dir string) {
	st, err := store.OpenSQLite(context.Background(), dir)
	if err != nil {
		t.Fatalf("reopen the database: %v", err)
	}
	st.Close()
	db, err := sql.Open("sqlite", filepath.Join(dir, store.SQLiteFile))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var res string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&res); err != nil || res != "ok" {
		t.Errorf("integrity_check = %q, %v", res, err)
	}
}

// TestShutdownCutsOffAStalledUpload: SIGTERM while an upload stalls
// halfway waits --shutdown-timeout for it, then cuts it off, says so in
// the log and exits with code 0.
func TestShutdownCutsOffAStalledUpload(t *testing.T) {
	p := startProcess(t, whosaidBinary(t), t.TempDir(), webDir(t), "--shutdown-timeout", "1s")
	conn, err := net.Dial("tcp", strings.TrimPrefix(p.url, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "PUT %s HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer %s\r\nIf-Match: \"0\"\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"format\":", setPath(fuzzDoc.ID), tokenA)
	time.Sleep(200 * time.Millisecond) // the request is under way
	start := time.Now()
	p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-p.done:
		if err != nil {
			t.Errorf("exit after cutting off a stalled upload: %v (want code 0)", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the server did not stop")
	}
	if waited := time.Since(start); waited < time.Second {
		t.Errorf("stopped after %v, before the shutdown timeout", waited)
	}
	if !strings.Contains(p.logs.String(), "cut off") {
		t.Errorf("the log does not say a request was cut off:\n%s", p.logs.String())
	}
}
