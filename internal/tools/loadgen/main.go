// Command loadgen measures a running "nergraph serve": C clients ask one
// endpoint as fast as they can for a while, and it reports the requests per
// second, the latency percentiles, the statuses, and, given the server's
// process id, the server's CPU time per request (from /proc), which the
// load of a shared machine changes less than wall time.
//
// The neighbors endpoint is asked about the names of the -names most
// mentioned entities (from /api/top), in turn:
//
//	nergraph serve --db graph.db &
//	go run ./internal/tools/loadgen -url http://127.0.0.1:8080 -c 8 -d 30s -pid $!
//
// -path asks another endpoint, the same URL each time:
//
//	go run ./internal/tools/loadgen -path '/api/top?limit=20'
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

func main() {
	base := flag.String("url", "http://127.0.0.1:8080", "the server")
	clients := flag.Int("c", 8, "concurrent clients")
	dur := flag.Duration("d", 20*time.Second, "how long to ask")
	path := flag.String("path", "", "ask this path (with its query) instead of neighbors of the top names")
	names := flag.Int("names", 200, "with no -path: how many of the top entities to ask neighbors of")
	limit := flag.Int("limit", 20, "with no -path: the neighbors' limit")
	pid := flag.Int("pid", 0, "the server's process id, to report its CPU time per request")
	flag.Parse()
	if err := run(os.Stdout, *base, *clients, *dur, *path, *names, *limit, *pid); err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(1)
	}
}

// result is what one client saw.
type result struct {
	lat    []time.Duration
	status map[int]int
	bytes  int64
	err    error
}

func run(w io.Writer, base string, clients int, dur time.Duration, path string, nNames, limit, pid int) error {
	paths := []string{path}
	if path == "" {
		var err error
		if paths, err = neighborPaths(base, nNames, limit); err != nil {
			return err
		}
	}
	tr := &http.Transport{MaxIdleConnsPerHost: clients}
	client := &http.Client{Transport: tr, Timeout: time.Minute}
	cpu0, err := cpuSeconds(pid)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), dur)
	defer cancel()
	results := make([]result, clients)
	var wg sync.WaitGroup
	start := time.Now()
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[c] = ask(ctx, client, base, paths, c)
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	cpu1, err := cpuSeconds(pid)
	if err != nil {
		return err
	}
	return report(w, results, elapsed, cpu1-cpu0, pid, len(paths), clients)
}

// neighborPaths asks the server for its top entities and returns a
// neighbors request for each.
func neighborPaths(base string, n, limit int) ([]string, error) {
	resp, err := http.Get(base + "/api/top?limit=" + strconv.Itoa(n))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return nil, fmt.Errorf("GET /api/top: %s", resp.Status)
	}
	var top []struct {
		ID string `json:"id"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&top); err != nil {
		return nil, err
	}
	var paths []string
	for _, e := range top {
		paths = append(paths, "/api/neighbors?name="+url.QueryEscape(e.ID)+"&limit="+strconv.Itoa(limit))
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("the store has no entities")
	}
	return paths, nil
}

// ask requests paths in turn, starting at the c-th, until ctx ends.
func ask(ctx context.Context, client *http.Client, base string, paths []string, c int) result {
	r := result{status: map[int]int{}}
	for i := c; ctx.Err() == nil; i++ {
		req, err := http.NewRequestWithContext(ctx, "GET", base+paths[i%len(paths)], nil)
		if err != nil {
			r.err = err
			return r
		}
		t0 := time.Now()
		resp, err := client.Do(req)
		if err != nil {
			if ctx.Err() == nil {
				r.err = err
			}
			return r
		}
		n, err := io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if err != nil {
			if ctx.Err() == nil {
				r.err = err
			}
			return r
		}
		r.lat = append(r.lat, time.Since(t0))
		r.status[resp.StatusCode]++
		r.bytes += n
	}
	return r
}

// cpuSeconds returns the user and system CPU time of process pid, 0 for
// pid 0.
func cpuSeconds(pid int) (float64, error) {
	if pid == 0 {
		return 0, nil
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	// The command name, in parentheses, may hold spaces: count fields
	// after its closing parenthesis.
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(f) < 13 {
		return 0, fmt.Errorf("/proc/%d/stat: %d fields", pid, len(f))
	}
	utime, err1 := strconv.ParseFloat(f[11], 64)
	stime, err2 := strconv.ParseFloat(f[12], 64)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("/proc/%d/stat: bad times", pid)
	}
	const ticks = 100 // USER_HZ on Linux
	return (utime + stime) / ticks, nil
}

func report(w io.Writer, results []result, elapsed time.Duration, cpu float64, pid, paths, clients int) error {
	var lat []time.Duration
	status := map[int]int{}
	var bytes int64
	for _, r := range results {
		if r.err != nil {
			return r.err
		}
		lat = append(lat, r.lat...)
		for k, v := range r.status {
			status[k] += v
		}
		bytes += r.bytes
	}
	if len(lat) == 0 {
		return fmt.Errorf("no request finished")
	}
	slices.Sort(lat)
	pct := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
	fmt.Fprintf(w, "%d clients, %d paths, %.1fs: %d requests, %.0f requests/s, %.1f KB per answer\n",
		clients, paths, elapsed.Seconds(), len(lat), float64(len(lat))/elapsed.Seconds(), float64(bytes)/float64(len(lat))/1000)
	fmt.Fprintf(w, "latency: p50 %v, p90 %v, p99 %v, max %v\n",
		pct(0.50).Round(10*time.Microsecond), pct(0.90).Round(10*time.Microsecond), pct(0.99).Round(10*time.Microsecond), lat[len(lat)-1].Round(10*time.Microsecond))
	var codes []int
	for k := range status {
		codes = append(codes, k)
	}
	slices.Sort(codes)
	for _, k := range codes {
		fmt.Fprintf(w, "status %d: %d\n", k, status[k])
	}
	if pid != 0 {
		fmt.Fprintf(w, "server CPU: %.2f s, %.2f ms per request\n", cpu, 1000*cpu/float64(len(lat)))
	}
	return nil
}
