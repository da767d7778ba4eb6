package timeline

import (
	"strings"
	"testing"

	"github.com/tarikh/tarikh/textnorm"
)

// TestLowerWord checks that lowerWord is strings.ToLower on the words of
// real sentences (SaudiNewsNet 2015-08-10, Reuters), with capitals of
// other scripts and broken UTF-8 too: roleRefs looks its words up in the
// role nouns as strings.ToLower gave them (issue #19).
func TestLowerWord(t *testing.T) {
	sentences := []string{
		// SNN 2015-08-10: a team's noun and the club's adjective after it.
		"وتبقت للفريق مباراتان، حيث سيلعب الفريق الهلالي أمام العين الإماراتي بعد غد",
		"وأكدت الوزارة أن المقبوض عليهم ينتمون إلى خلية إرهابية ـ تم القبض عليهم",
		// Reuters: an English company noun after its name.
		"The Company said ERC International Inc's unit GETS 17 MLN DLR CONTRACT",
	}
	words := []string{"Éric", "ÖSTERREICH", "Αθήνα", "straße", "\xd8", "\xd8A", "ab\xd9", "إيران\xff", ""}
	for _, s := range sentences {
		tx := textnorm.Normalize(s)
		for _, tok := range tx.Tokenize() {
			words = append(words, tx.TokenText(tok), tx.TokenOrig(tok))
		}
	}
	for _, w := range words {
		if got, want := lowerWord(w), strings.ToLower(w); got != want {
			t.Errorf("lowerWord(%q) = %q, want %q", w, got, want)
		}
	}
}

// BenchmarkLowerWord compares lowerWord with strings.ToLower on the words
// of 2 MB of SaudiNewsNet (2015-08-02).
func BenchmarkLowerWord(b *testing.B) {
	arts, n := loadNews(b, 2<<20)
	var words []string
	for _, a := range arts {
		tx := textnorm.Normalize(a.text)
		for _, tok := range tx.Tokenize() {
			if tok.Kind == textnorm.Word {
				words = append(words, tx.TokenText(tok))
			}
		}
	}
	for _, f := range []struct {
		name  string
		lower func(string) string
	}{{"lowerWord", lowerWord}, {"strings.ToLower", strings.ToLower}} {
		b.Run(f.name, func(b *testing.B) {
			b.SetBytes(int64(n))
			for b.Loop() {
				for _, w := range words {
					_ = f.lower(w)
				}
			}
		})
	}
}
