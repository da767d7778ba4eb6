package progress

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"
)

// clock is a fake time source the test moves by hand.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time           { return c.t }
func (c *fakeClock) advance(d time.Duration)  { c.t = c.t.Add(d) }
func newFake() (*fakeClock, func() time.Time) { c := &fakeClock{time.Unix(1e9, 0)}; return c, c.now }

func TestBarRedrawsAtMostTenTimesASecond(t *testing.T) {
	var out bytes.Buffer
	c, now := newFake()
	b := newBar(&out, true, now)
	b.SetTotal(10 << 20)
	for range 100 { // 100 articles over one second
		c.advance(10 * time.Millisecond)
		b.Add(1, 50<<10)
	}
	if n := strings.Count(out.String(), "tarikh: "); n != 10 {
		t.Errorf("drew %d times in a second, want 10:\n%q", n, out.String())
	}
	last := out.String()[strings.LastIndex(out.String(), "tarikh: "):]
	want := "tarikh: 100 articles  4.9/10.0 MB 48%  4.9 MB/s  100 art/s  ETA 0:01"
	if last != want {
		t.Errorf("last line = %q\nwant        %q", last, want)
	}
	b.Done()
	if !strings.HasSuffix(out.String(), clearLine) {
		t.Errorf("Done did not clear the line: %q", out.String())
	}
	n := out.Len()
	c.advance(time.Second)
	b.Add(1, 1)
	if out.Len() != n {
		t.Errorf("drew after Done: %q", out.String()[n:])
	}
}

func TestBarWithoutTotal(t *testing.T) {
	var out bytes.Buffer
	c, now := newFake()
	b := newBar(&out, true, now)
	c.advance(2 * time.Second)
	b.Add(3, 3<<20)
	if got, want := out.String(), clearLine+"tarikh: 3 articles  3.0 MB  1.5 MB/s  2 art/s"; got != want {
		t.Errorf("bar = %q, want %q", got, want)
	}
}

func TestWriteClearsTheBar(t *testing.T) {
	var out bytes.Buffer
	c, now := newFake()
	b := newBar(&out, true, now)
	c.advance(time.Second)
	b.Add(1, 1)
	out.Reset()
	b.Write([]byte("tarikh: a.txt: binary file\n"))
	if got := out.String(); got != clearLine+"tarikh: a.txt: binary file\n" {
		t.Errorf("diagnostic = %q", got)
	}
	out.Reset()
	b.Write([]byte("again\n"))
	if got := out.String(); got != "again\n" {
		t.Errorf("second diagnostic = %q, want no clearing when no bar is shown", got)
	}
}

func TestOffBarIsSilent(t *testing.T) {
	var out bytes.Buffer
	c, now := newFake()
	b := newBar(&out, false, now)
	c.advance(time.Second)
	b.Add(1, 1)
	b.Write([]byte("diagnostic\n"))
	b.Done()
	if out.String() != "diagnostic\n" {
		t.Errorf("off bar wrote %q", out.String())
	}
}

func TestIsTerminal(t *testing.T) {
	if IsTerminal(&bytes.Buffer{}) {
		t.Error("a buffer is a terminal")
	}
	f, err := os.CreateTemp(t.TempDir(), "x")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if IsTerminal(f) {
		t.Error("a file is a terminal")
	}
}

func TestClock(t *testing.T) {
	for d, want := range map[time.Duration]string{0: "0:00", 59 * time.Second: "0:59", 61 * time.Second: "1:01", 3723 * time.Second: "1:02:03"} {
		if got := clock(d); got != want {
			t.Errorf("clock(%v) = %q, want %q", d, got, want)
		}
	}
}
