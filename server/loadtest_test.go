//go:build !wasm

package server

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"
)

// BenchmarkLoad is `make loadtest`: 50 clients, each with its own owner
// token and set, save 50-claim sets over loopback for a fixed time
// (WHOSAID_LOADTEST_DURATION, default 20s) against each store, twice:
//
//   - max: every client saves again as soon as its last save returns, which
//     measures the most saves per second (latency is then mostly queueing:
//     50 clients waiting on each other);
//   - paced: the clients together offer WHOSAID_LOADTEST_RATE saves per
//     second (default 1100), which measures latency at that load. Latency
//     counts from when a save was due, so a stalled server is not hidden.
//
// It reports saves/s and the p50 and p99 save latency. Run it with
// -benchtime 1x: each run takes the fixed time whatever b.N is.
func BenchmarkLoad(b *testing.B) {
	duration := 20 * time.Second
	if v := os.Getenv("WHOSAID_LOADTEST_DURATION"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			b.Fatalf("WHOSAID_LOADTEST_DURATION: %v", err)
		}
		duration = d
	}
	rate := 1100.0
	if v := os.Getenv("WHOSAID_LOADTEST_RATE"); v != "" {
		r, err := strconv.ParseFloat(v, 64)
		if err != nil || r <= 0 {
			b.Fatalf("WHOSAID_LOADTEST_RATE=%q: want saves per second", v)
		}
		rate = r
	}
	const clients, claims = 50, 50
	for _, k := range storeKinds() {
		b.Run(k.name, func(b *testing.B) {
			// The limiter stays on (its cost is measured) but high enough
			// not to refuse the load.
			ts := newTestServer(b, k.open(b), Config{RateLimit: 1e6, RateBurst: 1e6})
			for _, mode := range []struct {
				name string
				rate float64
			}{{"max", 0}, {fmt.Sprintf("paced-%g", rate), rate}} {
				b.Run(mode.name, func(b *testing.B) {
					for range b.N {
						r := runLoad(b, ts, mode.name, clients, claims, mode.rate, duration)
						b.ReportMetric(r.savesPerSec, "saves/s")
						b.ReportMetric(float64(r.p50.Microseconds())/1000, "p50-ms")
						b.ReportMetric(float64(r.p99.Microseconds())/1000, "p99-ms")
						b.ReportMetric(float64(r.cpuPerSave.Microseconds())/1000, "cpu-ms/save")
						b.ReportMetric(0, "ns/op")
						fmt.Printf("loadtest %-8s %-11s %d clients × %d-claim sets, %v: %d saves, %.0f saves/s, p50 %v, p99 %v, CPU %v/save\n",
							k.name, mode.name, clients, claims, duration, r.saves, r.savesPerSec, r.p50.Round(10*time.Microsecond), r.p99.Round(10*time.Microsecond), r.cpuPerSave.Round(time.Microsecond))
					}
				})
			}
		})
	}
}

type loadResult struct {
	saves       int
	savesPerSec float64
	p50, p99    time.Duration
	cpuPerSave  time.Duration // process CPU (server and clients) per save
}

// cpuTime is the process's CPU time so far, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// runLoad runs one load; rate 0 means as fast as the clients can go.
func runLoad(b *testing.B, ts *testServer, run string, clients, claims int, rate float64, duration time.Duration) loadResult {
	doc := sampleDoc(b)
	// Bodies are made beforehand so that the clients spend their CPU on
	// sending, not encoding (they share the machine with the server).
	bodies := make([][][]byte, clients)
	for c := range bodies {
		for v := range 2 {
			bodies[c] = append(bodies[c], encode(b, sampleSet(doc, claims, fmt.Sprintf("client %d variant %d", c, v))))
		}
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConns: clients * 2, MaxIdleConnsPerHost: clients * 2}}
	latencies := make([][]time.Duration, clients)
	errs := make(chan error, clients)
	var wg sync.WaitGroup
	cpu0 := cpuTime()
	start := time.Now()
	deadline := start.Add(duration)
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			token := fmt.Sprintf("loadtest-%s-client-%06d-xxxxxxxx", run, c)
			version := 0
			// Paced clients are staggered over one interval.
			var interval time.Duration
			due := start
			if rate > 0 {
				interval = time.Duration(float64(clients) / rate * float64(time.Second))
				due = start.Add(interval * time.Duration(c) / time.Duration(clients))
			}
			for i := 0; time.Now().Before(deadline); i++ {
				if rate > 0 {
					if due.After(deadline) {
						return
					}
					time.Sleep(time.Until(due))
				}
				req, _ := http.NewRequest("PUT", ts.URL+setPath(doc.ID), bytes.NewReader(bodies[c][i%2]))
				req.Header.Set("Authorization", "Bearer "+token)
				req.Header.Set("If-Match", strconv.Quote(strconv.Itoa(version)))
				req.Header.Set("Content-Type", "application/json")
				t0 := time.Now()
				if rate > 0 {
					t0 = due
					due = due.Add(interval)
				}
				res, err := client.Do(req)
				if err != nil {
					errs <- err
					return
				}
				io.Copy(io.Discard, res.Body)
				res.Body.Close()
				latencies[c] = append(latencies[c], time.Since(t0))
				if res.StatusCode != http.StatusOK {
					errs <- fmt.Errorf("client %d save %d: status %d", c, i, res.StatusCode)
					return
				}
				version++
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	cpu := cpuTime() - cpu0
	close(errs)
	for err := range errs {
		b.Fatal(err)
	}
	all := slices.Concat(latencies...)
	slices.Sort(all)
	if len(all) == 0 {
		b.Fatal("no saves")
	}
	return loadResult{
		saves:       len(all),
		savesPerSec: float64(len(all)) / elapsed.Seconds(),
		p50:         all[len(all)/2],
		p99:         all[len(all)*99/100],
		cpuPerSave:  cpu / time.Duration(len(all)),
	}
}
