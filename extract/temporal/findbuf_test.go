package temporal

import (
	"slices"
	"testing"
	"time"

	"github.com/tarikh/tarikh/textnorm"
)

// TestFindBuffer: find grows its expressions in the scanner's buffer, kept
// for the next text, and returns a copy of them: what one text's Find
// returned is not written over by the next's, and a text without an
// expression gives nil, as before (issue #19).
func TestFindBuffer(t *testing.T) {
	s := testRec.pool.New().(*scanner)
	run := func(text, dct string) []Timex {
		d, _ := time.Parse(time.DateOnly, dct)
		tx := textnorm.Normalize(text)
		s.reset(tx, tx.Tokenize(), textnorm.Arabic, d)
		return s.find()
	}
	// SaudiNewsNet 2015-08-06: the match on Saturday week, 15 August.
	first := run("يشار إلى أن المباراة ستقام يوم السبت بعد المقبل 15 أغسطس الجاري", "2015-08-06")
	if len(first) != 2 {
		t.Fatalf("%d expressions, want 2: %+v", len(first), first)
	}
	if cap(s.out) < 2 || len(s.out) != 0 {
		t.Errorf("buffer len %d cap %d after two expressions, want empty with room for 2", len(s.out), cap(s.out))
	}
	for i, x := range s.out[:cap(s.out)] {
		if x != (Timex{}) {
			t.Errorf("buffer slot %d still holds %q", i, x.Text)
		}
	}
	kept := slices.Clone(first)
	// SaudiNewsNet 2015-08-09: the Duma arson attack of Friday 31 July.
	second := run("بعد هجوم شنه المستوطنون على منزل سعد الجمعة قبل الماضي، بالزجاجات الحارقة", "2015-08-09")
	if len(second) != 1 || second[0].Text != "الجمعة قبل الماضي" {
		t.Errorf("second text: %+v", second)
	}
	if !slices.Equal(first, kept) {
		t.Errorf("the first text's expressions changed with the second's Find: %+v, was %+v", first, kept)
	}
	// SaudiNewsNet 2015-08-08: no date.
	if none := run("عزم المؤسسة تطوير أدائها عاماً بعد عام سعيًا لتقديم خدمة مميزة", "2015-08-09"); none != nil {
		t.Errorf("no expression: got %#v, want nil", none)
	}
}
