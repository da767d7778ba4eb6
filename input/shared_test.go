package input

import (
	"context"
	"errors"
	"github.com/tarikh/tarikh/internal/testshared"
	"testing"
	"time"
)

// TestSaudiNewsNet reads the first articles of a day of the SaudiNewsNet
// corpus and stops.
func TestSaudiNewsNet(t *testing.T) {
	p := testshared.Path(t, "corpus", "saudinewsnet", "2015-08-02.jsonl")
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
