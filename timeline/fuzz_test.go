package timeline

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzEvents runs arbitrary text through analysis and event assembly
// (Report: events and references): no panic, every event is dated with an
// interval in order, names an entity, and quotes valid text.
func FuzzEvents(f *testing.F) {
	for _, s := range []string{
		"دخلت القوات التي تقودها الولايات المتحدة العراق في عام 2003، وأطاحت بالديكتاتور السابق.",
		"أعلن البيت الأبيض الجمعة أن الرئيس جو بايدن، سيستقبل مصطفى الكاظمي في 26 يوليو في واشنطن.",
		"Blinken met Mustafa al-Kadhimi in Washington on Tuesday.",
		"مقالات ذات صلة\n2014 داعش",
		"(غيتي) 2003 ، ، ، أن أن",
		"\u200f2003\u202bواشنطن\u0640\u064b",
		"عنوان\n\nوقال بلينكن إن الزيارة ناجحة (رويترز)",
		"يذكر أن فيصل وصل واشنطن منذ 2003 بتوقيت لندن: السابق",
		"نحن كنا لدينا علينا أنا أعتقد 2003 واشنطن",
	} {
		f.Add(s, int64(0))
	}
	x, asm := newTestAssembler(f, map[string]time.Time{"الجمعة": mustDay("2021-07-16"), "tuesday": mustDay("2021-07-27")})
	f.Fuzz(func(t *testing.T, text string, dctDays int64) {
		dct := time.Time{}
		if dctDays != 0 {
			dct = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(dctDays%20000))
		}
		d, err := x.Analyze(context.Background(), text, dct)
		if err != nil {
			t.Fatal(err)
		}
		r := asm.Report(d, "doc")
		for _, p := range r.Refs.pairs {
			if p.date == "" || p.entity == "" {
				t.Fatalf("empty reference %+v", p)
			}
		}
		for _, e := range r.Events {
			if e.StartDate.IsZero() || e.EndDate.Before(e.StartDate) {
				t.Fatalf("bad interval %v..%v", e.StartDate, e.EndDate)
			}
			if len(e.People)+len(e.Places)+len(e.Organizations) == 0 {
				t.Fatalf("event without an entity: %+v", e)
			}
			if utf8.ValidString(text) && !utf8.ValidString(e.Text) {
				t.Fatalf("invalid text quoted: %q", e.Text)
			}
		}
	})
}

// FuzzUserTriggers loads arbitrary --triggers files: an error or a lexicon,
// never a panic.
func FuzzUserTriggers(f *testing.F) {
	for _, s := range []string{
		"lang: en\ntypes: [recall]\nlabels: {recall: Recall}\ntriggers:\n  recall:\n    - words: [recalled]\n",
		"lang: ar\ntriggers:\n  meeting:\n    - verbs: [اجتمع]\n      near: [\"@military\"]\n",
		"lang: xx\nscript: latin\ntriggers:\n  meeting:\n    - words: [\"*\", \"\"]\n      next: [\"*\"]\n",
		"lang: en\ntriggers: {meeting: [{words: [a b]}]}\n",
	} {
		f.Add(s)
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data string) {
		name := filepath.Join(dir, "t.yaml")
		if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		lx, err := LoadLexicon(name)
		if err == nil && len(lx.Types()) == 0 {
			t.Fatal("a lexicon without types")
		}
	})
}
