package main

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/nergraph/nergraph/extract"
)

// progress draws a one-line progress bar on stderr while a long run goes on,
// only when stderr is a terminal and --quiet is off.
type progress struct {
	ios    *IOStreams
	counts *extract.Progress
	start  time.Time
	mu     sync.Mutex
	quit   chan struct{}
	once   sync.Once
	active bool
	drawn  bool
}

func newProgress(ios *IOStreams, quiet bool, counts *extract.Progress) *progress {
	p := &progress{ios: ios, counts: counts, start: time.Now(), quit: make(chan struct{})}
	if quiet || !ios.ErrTTY {
		return p
	}
	p.active = true
	go func() {
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-p.quit:
				return
			case <-t.C:
				p.draw()
			}
		}
	}()
	return p
}

func (p *progress) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := p.counts.Articles.Load()
	el := time.Since(p.start).Seconds()
	line := fmt.Sprintf("%s articles  %.0f articles/s", thousands(int(n)), float64(n)/max(el, 1e-9))
	if tot, done := p.counts.Size.Load(), p.counts.Read.Load(); tot > 0 && done > 0 {
		frac := min(float64(done)/float64(tot), 1)
		const width = 24
		bar := strings.Repeat("█", int(frac*width)) + strings.Repeat("░", width-int(frac*width))
		eta := time.Duration(el/frac*(1-frac)) * time.Second
		line = fmt.Sprintf("%s %3.0f%%  %s  ETA %s", bar, frac*100, line, eta.Round(time.Second))
	}
	fmt.Fprintf(p.ios.ErrOut, "\r\033[K%s", line)
	p.drawn = true
}

// clear removes the bar so that a warning can be printed on a clean line.
func (p *progress) clear() {
	if !p.active {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprint(p.ios.ErrOut, "\r\033[K")
		p.drawn = false
	}
}

func (p *progress) stop() {
	p.once.Do(func() {
		close(p.quit)
		p.clear()
	})
}
