package timeline

import (
	"context"
	"testing"
	"time"

	"github.com/tarikh/tarikh/extract"
	"github.com/tarikh/tarikh/gazetteer"
)

// TestNewsAgencyMemo: newsAgency answers for an organization from the memo
// of its entity's names what it answers putting every name in form, and the
// memo, kept for the next document, holds the entity after the first ask
// (issue #19).
func TestNewsAgencyMemo(t *testing.T) {
	x, asm := builtinAssembler(t)
	for _, c := range []struct {
		name, text, day string
		agencies        int // organization mentions that are news agencies
	}{
		// snn-2015-08-09-00062: Fars carried Larijani's words.
		{"Fars", "ونقلت وكالة فارس للأنباء اليوم السبت عن لاريجاني قوله “هذا نزاع مصطنع لتشتيت انتباه العالم.", "2015-08-09", 1},
		// snn-2015-07-25-00041: the ministry's statement that WAM ran.
		{"WAM and a ministry", "قالت وزارة الطاقة في بيان أوردته وكالة أنباء الإمارات (وام) اليوم الأربعاء إن الإمارات العربية المتحدة ستحرر أسعار الجازولين (البنزين) ووقود الديزل المحلية من أول أغسطس آب.", "2015-07-25", 1},
		// reuters-349: WAM reported the meeting.
		{"English WAM", "Deputy oil ministers from six Gulf Arab states will meet in Bahrain today to discuss coordination of crude oil marketing, the official Emirates news agency WAM reported.", "1987-03-02", 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			dct, _ := time.Parse(time.DateOnly, c.day)
			d, err := x.Analyze(context.Background(), c.text, dct)
			if err != nil {
				t.Fatal(err)
			}
			dl := asm.lx.forDoc(d)
			defer dl.release()
			agencies := 0
			for _, m := range d.Mentions {
				if m.Entity == nil || m.Entity.Type != gazetteer.Organization {
					continue
				}
				want := agencyByNames(dl, m)
				got := newsAgency(dl, m)
				if _, ok := dl.agency[agencyKey{e: m.Entity, en: dl.of(false), ar: dl.of(true)}]; !ok && !holdsAgency(dl.of(d.Tokens[m.Tok].Arabic), m.Text) {
					t.Errorf("%q: not in the memo after newsAgency", m.Text)
				}
				if again := newsAgency(dl, m); got != want || again != want {
					t.Errorf("%q: newsAgency %v, then %v from the memo; want %v", m.Text, got, again, want)
				}
				if got {
					agencies++
				}
			}
			if agencies != c.agencies {
				t.Errorf("%d news agencies, want %d", agencies, c.agencies)
			}
		})
	}
}

// agencyByNames is newsAgency without the memo: every name put in form.
func agencyByNames(dl *docLex, m extract.Mention) bool {
	if holdsAgency(dl.of(dl.d.Tokens[m.Tok].Arabic), m.Text) {
		return true
	}
	for _, n := range m.Entity.Names.Ar {
		if holdsAgency(dl.of(true), n) {
			return true
		}
	}
	for _, n := range m.Entity.Names.En {
		if holdsAgency(dl.of(false), n) {
			return true
		}
	}
	return false
}
