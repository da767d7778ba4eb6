package timeline

import (
	"context"
	"testing"
	"time"

	"github.com/tarikh/tarikh/internal/testshared"
)

// TestLinkLineNotParticipant: Al-Weeam ends each article with a link line,
// "رابط الخبر بصحيفة الوئام: <title>"; the paper's own name there is how
// the news came (types.yaml media), no participant. Before, such a line
// made a row of its own with Al-Weeam its only participant, and two
// articles' lines of one week were one row (SaudiNewsNet 2015-07-22
// articles 01530 and 01537: pilgrims arriving next week, a school
// district's interviews next week; issue #13). The articles are read from
// the corpus by id.
func TestLinkLineNotParticipant(t *testing.T) {
	tests := []struct{ name, id, dct string }{
		{"pilgrims next week", "snn-2015-07-22-01530", "2015-07-22"},
		{"interviews next week", "snn-2015-07-22-01537", "2015-07-22"},
		{"a feast party", "snn-2015-07-22-01467", "2015-07-22"},
		{"next Sunday", "snn-2015-07-23-00953", "2015-07-23"},
	}
	x, asm := builtinAssembler(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dct, _ := time.Parse(time.DateOnly, tc.dct)
			d, err := x.Analyze(context.Background(), testshared.Doc(t, tc.id), dct)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range asm.Events(d, tc.id) {
				for _, p := range e.Organizations {
					if p.ID == "al-weeam" {
						t.Errorf("Al-Weeam is a participant of %s %s %q", e.Date, e.Type, e.Headline)
					}
				}
			}
		})
	}
}
