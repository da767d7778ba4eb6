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
	"github.com/tarikh/tarikh/gazetteer"
	"github.com/tarikh/tarikh/input"
	"github.com/tarikh/tarikh/internal/cli"
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
	// tarikh events discovers names in dated sentences, tarikh mentions in
	// all of them.
	e, err := tarikh.New(tarikh.Options{})
	if err != nil {
		t.Fatal(err)
	}
	all, err := tarikh.New(tarikh.Options{Discover: tarikh.DiscoverAll})
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
		am, err := all.Analyze(ctx, a)
		if err != nil {
			return err
		}
		mentions = append(mentions, mentionRecords(a.ID, am.Mentions)...)
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

	sameRecords(t, filepath.Join(golden, "events-seeds.csv"), readCSV(t, testshared.ShortQuoteColumn(t, events.String(), "text"))[1:])
	sameRecords(t, filepath.Join(golden, "mentions-seeds.csv"), mentions)
	sameRecords(t, filepath.Join(golden, "dates-seeds.csv"), dates)
}

// mentionRecords are the rows of tarikh mentions for ms.
func mentionRecords(doc string, ms []tarikh.Mention) [][]string {
	var out [][]string
	for _, m := range ms {
		r := []string{doc, strconv.Itoa(m.Start), strconv.Itoa(m.End), m.Text, m.EntityID(), "", "", "", m.Via.String()}
		if m.Entity != nil {
			r[5], r[6], r[7] = string(m.Entity.Type), m.Entity.NameEn(), m.Entity.NameAr()
		} else if len(m.Candidates) > 0 {
			r[5] = string(m.Candidates[0].Type)
		}
		out = append(out, r)
	}
	return out
}

// TestDiscoverySameAsCommand checks Options.Discover against the command's
// discovery and --no-discover, on an article whose people no gazetteer
// lists.
func TestDiscoverySameAsCommand(t *testing.T) {
	t.Chdir(t.TempDir())
	text := "Bangladeshi Foreign Minister Hasan Mahmud met Kenyan envoy Rachel Omamo in Dhaka on Monday.\n" +
		"والتقى وزير الخارجية البنغالي حسن محمود السفير الكيني راشيل أومامو في دكا يوم الاثنين.\n"
	if err := os.WriteFile("a.txt", []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	dct := time.Date(2024, 4, 16, 0, 0, 0, 0, time.UTC)
	engines := map[tarikh.Discovery]*tarikh.Engine{}
	for _, d := range []tarikh.Discovery{tarikh.DiscoverDated, tarikh.DiscoverAll, tarikh.DiscoverOff} {
		e, err := tarikh.New(tarikh.Options{Discover: d})
		if err != nil {
			t.Fatal(err)
		}
		engines[d] = e
	}
	tests := []struct {
		args       []string
		discover   tarikh.Discovery
		discovered int // names discovered (mentions) or people (events)
	}{
		{[]string{"mentions"}, tarikh.DiscoverAll, 2},
		{[]string{"mentions", "--no-discover"}, tarikh.DiscoverOff, 0},
		{[]string{"events"}, tarikh.DiscoverDated, 2},
		{[]string{"events", "--no-discover"}, tarikh.DiscoverOff, 0},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			var out, errs bytes.Buffer
			args := append(tc.args, "-q", "--dct", "2024-04-16", "a.txt")
			if code := cli.Run(ctx, args, cli.IO{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errs}); code != cli.ExitOK {
				t.Fatalf("tarikh %s: exit %d: %s", strings.Join(args, " "), code, errs.String())
			}
			want := readCSV(t, out.String())[1:]
			e := engines[tc.discover]
			var got [][]string
			n := 0
			err := e.Read(ctx, []string{"a.txt"}, nil, dct, func(a *tarikh.Article, err error) error {
				if err != nil {
					return err
				}
				if tc.args[0] == "mentions" {
					an, err := e.Analyze(ctx, a)
					if err != nil {
						return err
					}
					got = mentionRecords(a.ID, an.Mentions)
					for _, m := range an.Mentions {
						if m.Via == gazetteer.ViaDiscovered {
							n++
						}
					}
					return nil
				}
				tl := e.NewTimeline()
				if _, err := tl.Add(ctx, a); err != nil {
					return err
				}
				var b bytes.Buffer
				if err := tl.Write(&b, "csv"); err != nil {
					return err
				}
				got = readCSV(t, b.String())[1:]
				evs, err := tl.Events()
				for _, ev := range evs {
					n += len(ev.People)
				}
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			if n != tc.discovered {
				t.Errorf("%d discovered names, want %d", n, tc.discovered)
			}
			if !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("library:\n%q\ncommand:\n%q", got, want)
			}
		})
	}
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
