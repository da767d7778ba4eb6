// Package progress draws a one-line progress bar on standard error while
// tarikh reads its inputs: articles, megabytes, rate, and the time left
// when the total size is known. It draws only on a terminal, at most ten
// times a second, and clears its line when done or when a diagnostic is
// written through it; elsewhere it is silent and passes writes through.
package progress

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"
)

// Interval is the shortest time between two redraws.
const Interval = 100 * time.Millisecond

// Bar is a progress bar on a writer. Its methods may be called from
// several goroutines. A nil *Bar is not valid; an off Bar does nothing but
// pass writes through.
type Bar struct {
	mu       sync.Mutex
	w        io.Writer
	on       bool
	now      func() time.Time
	start    time.Time
	last     time.Time
	articles int64
	bytes    int64
	total    int64 // 0: unknown
	shown    bool  // the bar's line is on the screen
	done     bool
}

// New returns a bar drawing on w when on is true.
func New(w io.Writer, on bool) *Bar {
	return newBar(w, on, time.Now)
}

func newBar(w io.Writer, on bool, now func() time.Time) *Bar {
	t := now()
	return &Bar{w: w, on: on, now: now, start: t, last: t}
}

// IsTerminal reports whether w is a terminal that can redraw a line: an
// *os.File on a terminal, with TERM not "dumb".
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || os.Getenv("TERM") == "dumb" {
		return false
	}
	return term.IsTerminal(int(f.Fd()))
}

// On reports whether the bar draws.
func (b *Bar) On() bool { return b.on }

// SetTotal sets the number of input bytes expected, for the percentage and
// the time left.
func (b *Bar) SetTotal(n int64) {
	b.mu.Lock()
	b.total = n
	b.mu.Unlock()
}

// Add counts articles and the input bytes they were read from, and redraws
// when Interval has passed since the last redraw.
func (b *Bar) Add(articles int, bytes int64) {
	if !b.on {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.articles += int64(articles)
	b.bytes += bytes
	if b.done {
		return
	}
	if now := b.now(); now.Sub(b.last) >= Interval {
		b.last = now
		b.draw(now)
	}
}

// Write clears the bar's line and writes p; the bar comes back at the next
// redraw. Diagnostics go through Write so that they do not mix with it.
func (b *Bar) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.clear()
	return b.w.Write(p)
}

// Done clears the bar for good.
func (b *Bar) Done() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.clear()
	b.done = true
}

const clearLine = "\r\x1b[K"

func (b *Bar) clear() {
	if b.shown {
		io.WriteString(b.w, clearLine)
		b.shown = false
	}
}

func (b *Bar) draw(now time.Time) {
	io.WriteString(b.w, clearLine+"tarikh: "+b.line(now))
	b.shown = true
}

// line is the text of the bar, kept under 80 columns:
//
//	1234 articles  12.3/103.0 MB 12%  2.1 MB/s  45 art/s  ETA 0:41
func (b *Bar) line(now time.Time) string {
	secs := now.Sub(b.start).Seconds()
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d articles  ", b.articles)
	if b.total > 0 {
		pct := min(100, 100*b.bytes/b.total)
		fmt.Fprintf(&sb, "%s/%s MB %d%%", mb(b.bytes), mb(b.total), pct)
	} else {
		fmt.Fprintf(&sb, "%s MB", mb(b.bytes))
	}
	if secs <= 0 {
		return sb.String()
	}
	rate := float64(b.bytes) / secs
	fmt.Fprintf(&sb, "  %s MB/s  %.0f art/s", mb(int64(rate)), float64(b.articles)/secs)
	if b.total > 0 && rate > 0 && b.bytes < b.total {
		left := time.Duration(float64(b.total-b.bytes) / rate * float64(time.Second))
		fmt.Fprintf(&sb, "  ETA %s", clock(left))
	}
	return sb.String()
}

func mb(n int64) string {
	return fmt.Sprintf("%.1f", float64(n)/(1<<20))
}

// clock writes a duration as m:ss, or h:mm:ss from an hour.
func clock(d time.Duration) string {
	s := int64(d.Round(time.Second) / time.Second)
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}
