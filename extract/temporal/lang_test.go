package temporal

import (
	"io/fs"
	"os"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/tarikh/tarikh/lang"
	"github.com/tarikh/tarikh/textnorm"
)

// TestThirdLanguage loads a French pack from testdata (a folder of data,
// laid out like lang/) and resolves French dates: a new language needs no
// Go change.
func TestThirdLanguage(t *testing.T) {
	r, err := NewFS(os.DirFS("testdata/lang"))
	if err != nil {
		t.Fatal(err)
	}
	const dct = "2024-03-27" // a Wednesday
	cases := []struct{ in, text, value string }{
		{"Le traité fut signé le 3 mars 2024 à Paris.", "3 mars 2024", "2024-03-03"},
		{"Il est arrivé mardi dernier.", "mardi dernier", "2024-03-26"},
		{"Il est parti il y a deux semaines.", "il y a deux semaines", "2024-W11"},
		{"Elle reviendra la semaine prochaine.", "semaine prochaine", "2024-W14"},
		{"Rien ne date ce texte.", "", ""},
	}
	for _, c := range cases {
		tx := textnorm.Normalize(c.in)
		d, _ := time.Parse(time.DateOnly, dct)
		xs := r.Find(tx, tx.Tokenize(), "fr", d)
		if c.text == "" {
			if len(xs) != 0 {
				t.Errorf("%q: want nothing, got %q", c.in, xs[0].Text)
			}
			continue
		}
		if len(xs) != 1 || xs[0].Text != c.text || xs[0].Value != c.value {
			var got []string
			for _, x := range xs {
				got = append(got, x.Text+"="+x.Value)
			}
			t.Errorf("%q: got %q, want %s=%s", c.in, got, c.text, c.value)
		}
	}
}

// TestRulesStrict: the date rules are decoded strictly; a misspelt key
// (weekday: for weekdays:) is an error that names the file, line and
// column, not a language that silently loses its weekdays.
func TestRulesStrict(t *testing.T) {
	data, err := fs.ReadFile(lang.Builtin(), "en/dates.yaml")
	if err != nil {
		t.Fatal(err)
	}
	bad := strings.Replace(string(data), "\nweekdays:", "\nweekday:", 1)
	if bad == string(data) {
		t.Fatal("en/dates.yaml has no weekdays: key")
	}
	line := strings.Count(bad[:strings.Index(bad, "\nweekday:")+1], "\n") + 1
	_, err = NewFS(fstest.MapFS{"en/dates.yaml": {Data: []byte(bad)}})
	want := "en/dates.yaml:" + strconv.Itoa(line) + ":1: unknown key \"weekday\""
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("NewFS with weekday: = %v, want an error containing %q", err, want)
	}
	if _, err := NewFS(fstest.MapFS{"en/README": {Data: []byte("no rules")}}); err == nil {
		t.Error("NewFS with no dates.yaml anywhere: no error")
	}
}
