package tarikh_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tarikh/tarikh"
	"github.com/tarikh/tarikh/input"
	"github.com/tarikh/tarikh/internal/testshared"
)

// TestSameAsCommand runs the seed articles through the library and checks
// that it gives the command's results: the golden files of tarikh events,
// mentions and dates on the same seeds (internal/cli/testdata/golden).
func TestSameAsCommand(t *testing.T) {
	golden, err := filepath.Abs(filepath.Join("internal", "cli", "testdata", "golden"))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(testshared.Seeds(t))
	e, err := tarikh.New(tarikh.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	tl := e.NewTimeline()
	var mentions, dates [][]string
	n := 0
	err = e.Read(ctx, []string{"seeds/"}, nil, time.Time{}, func(a *tarikh.Article, err error) error {
		if err != nil {
			t.Errorf("read: %v", err)
			return nil
		}
		n++
		an, err := tl.Add(ctx, a)
		if err != nil {
			return err
		}
		for _, m := range an.Mentions {
			r := []string{a.ID, strconv.Itoa(m.Start), strconv.Itoa(m.End), m.Text, m.EntityID(), "", "", "", m.Via.String()}
			if m.Entity != nil {
				r[5], r[6], r[7] = string(m.Entity.Type), m.Entity.NameEn(), m.Entity.NameAr()
			} else if len(m.Candidates) > 0 {
				r[5] = string(m.Candidates[0].Type)
			}
			mentions = append(mentions, r)
		}
		src := a.DCTSource
		if an.DCTFromText {
			src = input.DCTText
		}
		for _, x := range an.Dates {
			dates = append(dates, []string{a.ID, strconv.Itoa(x.Start), strconv.Itoa(x.End), x.Text, string(x.Type),
				x.Value, x.Mod, string(x.Granularity), day(x.StartDate), day(x.EndDate), day(an.DCT), string(src)})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n != 5 {
		t.Fatalf("read %d seed articles, want 5", n)
	}
	var events bytes.Buffer
	if err := tl.Write(&events, "csv"); err != nil {
		t.Fatal(err)
	}
	evs, err := tl.Events()
	if err != nil {
		t.Fatal(err)
	}
	if tl.Len() != len(evs) || len(evs) == 0 {
		t.Errorf("Len %d, Events %d: want the same, not 0", tl.Len(), len(evs))
	}

	sameRecords(t, filepath.Join(golden, "events-seeds.csv"), readCSV(t, events.String())[1:])
	sameRecords(t, filepath.Join(golden, "mentions-seeds.csv"), mentions)
	sameRecords(t, filepath.Join(golden, "dates-seeds.csv"), dates)
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

func readCSV(t *testing.T, s string) [][]string {
	t.Helper()
	r := csv.NewReader(strings.NewReader(s))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// sameRecords compares got with the records of the golden CSV file after
// its header, row by row.
func sameRecords(t *testing.T, golden string, got [][]string) {
	t.Helper()
	b, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	want := readCSV(t, string(b))[1:]
	if len(got) != len(want) {
		t.Errorf("%s: %d rows, the command wrote %d", filepath.Base(golden), len(got), len(want))
	}
	for i := range min(len(got), len(want)) {
		if !slices.Equal(got[i], want[i]) {
			t.Errorf("%s row %d:\n got %q\nwant %q", filepath.Base(golden), i+1, got[i], want[i])
			return
		}
	}
}
