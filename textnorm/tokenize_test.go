package textnorm

import (
	"fmt"
	"strings"
	"testing"
)

// describe renders tokens as kind:original text, with ^ for a token after
// white space and | for one after a line break.
func describe(x *Text, toks []Token) string {
	var parts []string
	for _, tok := range toks {
		k := map[Kind]string{Word: "w", Number: "n", Punct: "p"}[tok.Kind]
		if tok.Arabic {
			k = "a"
		}
		mark := ""
		switch {
		case tok.Newline:
			mark = "|"
		case tok.Space:
			mark = "^"
		}
		parts = append(parts, fmt.Sprintf("%s%s:%s", mark, k, x.TokenOrig(tok)))
	}
	return strings.Join(parts, " ")
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"words numbers punct", "Baghdad, 27 March.", "|w:Baghdad p:, ^n:27 ^w:March p:."},
		{"arabic comma and question mark", "بغداد، واشنطن؟", "|a:بغداد p:، ^a:واشنطن p:؟"},
		{"script change splits a word", "Sudaniالسوداني", "|w:Sudani a:السوداني"},
		{"eastern digits are one number", "في ٢٠٢٤/٠٣", "|a:في ^n:٢٠٢٤ p:/ n:٠٣"},
		{"digits split from letters", "F16 و2024", "|w:F n:16 ^a:و n:2024"},
		{"tatweel and marks stay in the word", "بلـــينكنَ", "|a:بلـــينكنَ"},
		{"bidi mark inside a word", "بلي\u200fنكن", "|a:بلي\u200fنكن"},
		{"hyphen and apostrophe are punct", "al-Sudani's", "|w:al p:- w:Sudani p:' w:s"},
		{"CRLF is a line break", "a\r\nb\rc\n\nd", "|w:a |w:b |w:c |w:d"},
		{"no-break space separates", "a\u00A0b", "|w:a ^w:b"},
		{"presentation form word", "\uFE8D\uFEDF\uFECC\uFEAE\uFE8D\uFED5.", "|a:\uFE8D\uFEDF\uFECC\uFEAE\uFE8D\uFED5 p:."},
		{"emoji is punct", "x😀y", "|w:x p:😀 w:y"},
		{"empty", "", ""},
		{"only marks", "\u064e\u0651", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := Normalize(tc.in)
			toks := x.Tokenize()
			if got := describe(x, toks); got != tc.want {
				t.Errorf("Tokenize(%q)\n got %s\nwant %s", tc.in, got, tc.want)
			}
			checkTokens(t, x, toks)
		})
	}
}

func TestDetectLang(t *testing.T) {
	for in, want := range map[string]Lang{
		"قال وزير الخارجية الأميركي أنتوني بلينكن": Arabic,
		"Secretary of State Antony Blinken said":   English,
		"قال Blinken إن العراق":                    Arabic,
		"2024 ...":                                 Arabic,
	} {
		x := Normalize(in)
		if got := DetectLang(x.Tokenize(), x); got != want {
			t.Errorf("DetectLang(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestSplitRule(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"arabic full stops", "قال بلينكن. وأضاف حسين! هل؟ نعم", []string{"قال بلينكن.", "وأضاف حسين!", "هل؟", "نعم"}},
		{"closing quote stays", "قال \"لا يزال يشكل تهديدا.\" وأضاف", []string{"قال \"لا يزال يشكل تهديدا.\"", "وأضاف"}},
		{"guillemets", "عن «شراكة أمنية.» ثم", []string{"عن «شراكة أمنية.»", "ثم"}},
		{"line break", "عنوان\r\nنص المقال", []string{"عنوان", "نص المقال"}},
		{"no split inside numbers", "بلغ 5.93 مليون", []string{"بلغ 5.93 مليون"}},
		{"no split without space", "أ.ف.ب ثم", []string{"أ.ف.ب ثم"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := Normalize(tc.in)
			toks := x.Tokenize()
			var got []string
			for _, s := range splitRule(x, toks) {
				got = append(got, x.Slice(s.Start, s.End))
			}
			if strings.Join(got, "§") != strings.Join(tc.want, "§") {
				t.Errorf("split(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestSplitEnglish(t *testing.T) {
	sp, err := NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	in := "U.S. Secretary of State Antony Blinken met Mr. Hussein on Tuesday. \u201cWe remain partners,\u201d he said.\r\nThe talks \u2014 the second this year \u2014 ended at 5 p.m. local time.\n\nAnother paragraph here. Sudani met U.S. Ambassador Alina Romanowski on Feb. 7 in Baghdad. Troops stay in the U.S. The talks go on. It said Harold C. Wells has been named executive vice\npresident-Systems Group. It is rated B. Proceeds go to debt. The talks go on. The trust is managed by Alex. Brown and Sons Inc <ABSB> and\nwas formed November 26, 1986."
	x := Normalize(in)
	toks := x.Tokenize()
	ss := sp.Split(x, toks, English)
	want := []string{
		"U.S. Secretary of State Antony Blinken met Mr. Hussein on Tuesday.",
		"\u201cWe remain partners,\u201d he said.",
		"The talks \u2014 the second this year \u2014 ended at 5 p.m. local time.",
		"Another paragraph here.",
		"Sudani met U.S. Ambassador Alina Romanowski on Feb. 7 in Baghdad.",
		"Troops stay in the U.S.",
		"The talks go on.",
		// reuters-14977 (1987-04-08): punkt cut the sentence at the initial
		// "C."; a capital after a word that is no name ends one.
		"It said Harold C. Wells has been named executive vice\npresident-Systems Group.",
		"It is rated B.",
		"Proceeds go to debt.",
		"The talks go on.",
		// reuters-559: "Alex." (the wire's spelling of Alex. Brown and Sons Inc) is an abbreviation.
		"The trust is managed by Alex. Brown and Sons Inc <ABSB> and\nwas formed November 26, 1986.",
	}
	var got []string
	for _, s := range ss {
		got = append(got, x.Slice(s.Start, s.End))
		if s.TokStart >= s.TokEnd || int(toks[s.TokStart].Start) != s.Start || int(toks[s.TokEnd-1].End) != s.End {
			t.Errorf("sentence %q: token range [%d,%d) does not match its span", x.Slice(s.Start, s.End), s.TokStart, s.TokEnd)
		}
	}
	if strings.Join(got, "§") != strings.Join(want, "§") {
		t.Errorf("English split\n got %q\nwant %q", got, want)
	}
}

// TestSplitEnglishWrapped: a single line break inside a paragraph is a hard
// wrap; a blank line or an indented line starts a new paragraph.
func TestSplitEnglishWrapped(t *testing.T) {
	sp, err := NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	in := "COCOA REVIEW\n\nShowers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\nJanuary.\n    The dry period means the temporao will be late\nthis year.\r\n\r\nArrivals rose"
	x := Normalize(in)
	var got []string
	for _, s := range sp.Split(x, x.Tokenize(), English) {
		got = append(got, x.Slice(s.Start, s.End))
	}
	want := []string{
		"COCOA REVIEW",
		"Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\nJanuary.",
		"The dry period means the temporao will be late\nthis year.",
		"Arrivals rose",
	}
	if strings.Join(got, "§") != strings.Join(want, "§") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
