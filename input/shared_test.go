package input

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// sharedDir finds the shared data folder: $TARIKH_SHARED, else ../shared
// beside the repository, else /work/shared. It skips the test when there
// is none.
func sharedDir(t *testing.T) string {
	t.Helper()
	var dirs []string
	if d := os.Getenv("TARIKH_SHARED"); d != "" {
		dirs = append(dirs, d)
	}
	dirs = append(dirs, filepath.Join("..", "..", "shared"), "/work/shared")
	for _, d := range dirs {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d
		}
	}
	t.Skipf("no shared data: set TARIKH_SHARED (tried %q)", dirs)
	return ""
}

// TestSaudiNewsNet reads the first articles of a day of the SaudiNewsNet
// corpus and stops.
func TestSaudiNewsNet(t *testing.T) {
	p := filepath.Join(sharedDir(t), "corpus", "saudinewsnet", "2015-08-02.jsonl")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("no %s", p)
	}
	stop := errors.New("enough")
	var arts []*Article
	err := Walk(context.Background(), []string{p}, nil, Options{DCT: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)}, func(a *Article, e *Error) error {
		if e != nil {
			t.Errorf("read error: %v", e)
			return nil
		}
		arts = append(arts, a)
		if len(arts) == 3 {
			return stop
		}
		return nil
	})
	if err != stop {
		t.Fatalf("Walk = %v", err)
	}
	want := []string{"snn-2015-08-02-00001", "snn-2015-08-02-00002", "snn-2015-08-02-00003"}
	for i, a := range arts {
		if a.ID != want[i] || a.Line != i+1 || a.Seq != i {
			t.Errorf("article %d: id %q line %d seq %d, want %q line %d", i, a.ID, a.Line, a.Seq, want[i], i+1)
		}
		if a.DCTSource != DCTMetadata || !a.DCT.Equal(time.Date(2015, 8, 2, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("%s: DCT %v from %s, want 2015-08-02 from metadata", a.ID, a.DCT, a.DCTSource)
		}
		if a.Title == "" || len(a.Text) < len(a.Title) || a.Text[:len(a.Title)] != a.Title {
			t.Errorf("%s: text does not start with the title %q", a.ID, a.Title)
		}
	}
}
