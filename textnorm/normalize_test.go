package textnorm

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestNormalizeRules has one case per normalization rule.
func TestNormalizeRules(t *testing.T) {
	tests := []struct {
		rule, in, want string
	}{
		{"alef hamza above", "أحمد", "احمد"},
		{"alef hamza below", "إيران", "ايران"},
		{"alef madda", "آسيا", "اسيا"},
		{"alef wasla", "ٱلله", "الله"},
		{"alef wavy hamza above/below", "ٲٳ", "اا"},
		{"alef maqsura", "موسى", "موسي"},
		{"farsi yeh", "ایران", "ايران"},
		{"yeh hamza", "رئيس", "رييس"},
		{"teh marbuta", "الخارجية", "الخارجيه"},
		{"heh goal", "ە", "ه"},
		{"waw hamza", "مؤتمر", "موتمر"},
		{"keheh", "کابل", "كابل"},
		{"fatha damma kasra shadda sukun tanwin", "بَغْدَادُ مُحَمَّدٌ", "بغداد محمد"},
		{"superscript alef", "هٰذا", "هذا"},
		{"quranic marks", "ق\u06DAل\u06E1", "قل"},
		{"tatweel", "بلـــينكن", "بلينكن"},
		{"arabic-indic digits", "٢٠٢٤/٠٣/٢٧", "2024/03/27"},
		{"extended arabic-indic digits", "۱۹۸۷", "1987"},
		{"RLM LRM ALM inside a word", "بلي\u200fنكن\u200e\u061C", "بلينكن"},
		{"ZWJ ZWNJ BOM soft hyphen", "\uFEFFa\u200Db\u200Cc\u00ADd", "abcd"},
		{"bidi embeddings and isolates", "\u202Bبغداد\u202C \u2067x\u2069", "بغداد x"},
		{"no-break spaces", "a\u00A0b\u202Fc\u2007d", "a b c d"},
		{"curly and modifier apostrophes", "al\u2019Sudani O\u02BCNeil", "al'sudani o'neil"},
		{"dashes", "al\u2010Sudani a\u2013b c\u2014d e\u2212f", "al-sudani a-b c-d e-f"},
		{"latin case", "TURKEY Ärger", "turkey ärger"},
		{"presentation forms B", "\uFE8D\uFEDF\uFECC\uFEAE\uFE8D\uFED5", "العراق"},
		{"lam-alef ligature", "\uFEFB", "لا"},
		{"presentation forms A", "\uFB8E", "ك"},
		{"fullwidth latin", "\uFF34\uFF55\uFF52", "tur"},
		{"crlf kept", "a\r\nb", "a\r\nb"},
		{"plain ascii unchanged", "Hello, world 42.", "hello, world 42."},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			if got := Normalize(tc.in).Norm; got != tc.want {
				t.Errorf("Normalize(%q).Norm = %q, want %q", tc.in, got, tc.want)
			}
			if got := NormString(tc.in); got != tc.want {
				t.Errorf("NormString(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestNormalizeKeeps lists letters that look alike but must stay distinct.
func TestNormalizeKeeps(t *testing.T) {
	for _, s := range []string{"ب", "ت", "ث", "ه", "ح", "خ", "د", "ذ", "ر", "ز", "س", "ش", "ء", "و", "ي", "ل", "ك"} {
		if got := Normalize(s).Norm; got != s {
			t.Errorf("Normalize(%q) = %q, want it unchanged", s, got)
		}
	}
	// The standalone hamza is a letter, not a seat to fold.
	if got := NormString("جزء"); got != "جزء" {
		t.Errorf("NormString(جزء) = %q", got)
	}
}

// span finds word in the normalized text and returns its original code
// point span and text.
func span(t *testing.T, x *Text, word string) (int, int, string) {
	t.Helper()
	nb := strings.Index(x.Norm, word)
	if nb < 0 {
		t.Fatalf("%q not in normalized %q", word, x.Norm)
	}
	s, e := x.OrigSpan(nb, nb+len(word))
	return s, e, x.Slice(s, e)
}

// TestOrigSpan checks offsets into the original text, in code points, when
// normalization removed, added or changed code points inside the name.
func TestOrigSpan(t *testing.T) {
	tests := []struct {
		name, in, word, want string
		start                int // code points before the name
	}{
		{"tatweel inside", "قال بلـــينكن اليوم", "بلينكن", "بلـــينكن", 4},
		{"diacritics inside and after", "قال بَلينكنُ اليوم", "بلينكن", "بَلينكنُ", 4},
		{"RLM inside", "قال بلي\u200fنكن اليوم", "بلينكن", "بلي\u200fنكن", 4},
		{"RLM before is not part of the word", "قال \u200fبلينكن", "بلينكن", "بلينكن", 5},
		{"presentation forms", "في \uFE8D\uFEDF\uFECC\uFEAE\uFE8D\uFED5 اليوم", "العراق", "\uFE8D\uFEDF\uFECC\uFEAE\uFE8D\uFED5", 3},
		{"ligature split by a name boundary", "\uFEFBعب", "لاعب", "\uFEFBعب", 0},
		{"eastern digits", "في ٢٠٢٤ م", "2024", "٢٠٢٤", 3},
		{"CRLF before", "a\r\n\r\nبغداد\r\n", "بغداد", "بغداد", 5},
		{"astral before", "😀😀 Baghdad", "baghdad", "Baghdad", 3},
		{"invalid utf-8 before", "\xff\xfe Baghdad", "baghdad", "Baghdad", 3},
		{"long text past checkpoints", strings.Repeat("أَ", 100) + " بلـينكن", "بلينكن", "بلـينكن", 201},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := Normalize(tc.in)
			s, e, got := span(t, x, tc.word)
			if got != tc.want || s != tc.start || e != tc.start+utf8.RuneCountInString(tc.want) {
				t.Errorf("span of %q = [%d,%d) %q, want [%d,%d) %q", tc.word, s, e, got, tc.start, tc.start+utf8.RuneCountInString(tc.want), tc.want)
			}
			// The offsets are code points of the original: check against a
			// plain []rune view.
			if r := []rune(strings.ToValidUTF8(tc.in, "\uFFFD")); string(r[s:e]) != strings.ToValidUTF8(tc.want, "\uFFFD") && utf8.ValidString(tc.in) {
				t.Errorf("[]rune(in)[%d:%d] = %q", s, e, string(r[s:e]))
			}
		})
	}
}

// TestOffsetHelpers checks RuneCount, ByteOffset, RuneIndex and Slice on
// every code point of mixed text, across checkpoint boundaries.
func TestOffsetHelpers(t *testing.T) {
	in := strings.Repeat("بَلـينكن Blinken ٢٠٢٤ 😀\r\n\u200f", 20) + "\xff"
	x := Normalize(in)
	var starts []int
	for b := range in {
		starts = append(starts, b)
	}
	if x.RuneCount() != len(starts) {
		t.Fatalf("RuneCount = %d, want %d", x.RuneCount(), len(starts))
	}
	starts = append(starts, len(in))
	for i, b := range starts {
		if got := x.ByteOffset(i); got != b {
			t.Fatalf("ByteOffset(%d) = %d, want %d", i, got, b)
		}
		if got := x.RuneIndex(b); got != i {
			t.Fatalf("RuneIndex(%d) = %d, want %d", b, got, i)
		}
	}
	for i := 0; i < len(starts); i += 7 {
		for j := i; j < len(starts); j += 13 {
			if got, want := x.Slice(i, j), in[starts[i]:starts[j]]; got != want {
				t.Fatalf("Slice(%d,%d) = %q, want %q", i, j, got, want)
			}
		}
	}
	if x.Slice(-5, 2) != in[:starts[2]] || x.Slice(3, 1<<20) != in[starts[3]:] || x.Slice(4, 4) != "" || x.Slice(9, 3) != "" {
		t.Error("Slice does not clamp")
	}
}

// TestMatchesReference compares the optimized Normalize with the reference
// implementation on every span between rune starts.
func TestMatchesReference(t *testing.T) {
	for _, in := range []string{
		"", "a", "ـَ", "\u200f", "بَلـــينكن", "\uFEFB\uFDF2 ﷺ x",
		"وقال رئيسُ الوزراءِ العراقيّ مصطفى الكاظمي في ٢٦ يوليو\r\n",
		"Ȿ Ⱥ İstanbul ǅ \xc3 \xe2\x82 a\u0301b",
		strings.Repeat("x\u064e\u200f\u0651", 40),
		// More attached marks than a byte counts.
		"ب" + strings.Repeat("ـ", 254) + "ا",
		"ب" + strings.Repeat("ـ", 255) + "ا",
		"ب" + strings.Repeat("\u064e", 256) + " ا",
		"\uFEFB" + strings.Repeat("ـ", 600) + "\u200f\u064e" + "ا",
		"ب" + strings.Repeat("ـ", 300) + "\u200f" + strings.Repeat("ـ", 300),
	} {
		compareReference(t, in)
	}
}

func compareReference(t *testing.T, in string) {
	t.Helper()
	x, r := Normalize(in), refNormalize(in)
	if x.Norm != r.Norm {
		t.Fatalf("Normalize(%q).Norm = %q, reference %q", in, x.Norm, r.Norm)
	}
	if x.RuneCount() != r.RuneCount() {
		t.Fatalf("RuneCount(%q) = %d, reference %d", in, x.RuneCount(), r.RuneCount())
	}
	for i := 0; i <= r.RuneCount(); i++ {
		if x.ByteOffset(i) != r.ByteOffset(i) {
			t.Fatalf("ByteOffset(%d) of %q = %d, reference %d", i, in, x.ByteOffset(i), r.ByteOffset(i))
		}
	}
	for b := range in + " " { // every rune start of in, and len(in)
		if x.RuneIndex(b) != r.RuneIndex(b) {
			t.Fatalf("RuneIndex(%d) of %q = %d, reference %d", b, in, x.RuneIndex(b), r.RuneIndex(b))
		}
	}
	var bs []int
	for b := range x.Norm {
		bs = append(bs, b)
	}
	bs = append(bs, len(x.Norm))
	for i, nb := range bs {
		for _, ne := range bs[i:min(i+6, len(bs))] {
			s1, e1 := x.OrigSpan(nb, ne)
			s2, e2 := r.OrigSpan(nb, ne)
			if s1 != s2 || e1 != e2 {
				t.Fatalf("OrigSpan(%d,%d) of %q = %d,%d, reference %d,%d", nb, ne, in, s1, e1, s2, e2)
			}
			if x.Slice(s1, e1) != r.Slice(s2, e2) {
				t.Fatalf("Slice(%d,%d) of %q = %q, reference %q", s1, e1, in, x.Slice(s1, e1), r.Slice(s2, e2))
			}
		}
	}
}

// FuzzNormalize checks, for any input, that Normalize agrees with the
// reference, that every token's offsets lie within the text and slice it
// validly, and that tokens are ordered and do not overlap.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"بلـــينكن", "بَلينكن", "بلي\u200fنكن", "\uFEFB", "a\r\nb", "٢٠٢٤", "Al-Sudani's", "\xff\u0651"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		compareReference(t, in)
		x := Normalize(in)
		checkTokens(t, x, x.Tokenize())
	})
}

func checkTokens(t *testing.T, x *Text, toks []Token) {
	t.Helper()
	prevEnd, prevNEnd := int32(0), int32(0)
	for i, tok := range toks {
		if tok.NStart < prevNEnd || tok.NEnd <= tok.NStart || int(tok.NEnd) > len(x.Norm) {
			t.Fatalf("token %d normalized span [%d,%d) bad (prev end %d, len %d)", i, tok.NStart, tok.NEnd, prevNEnd, len(x.Norm))
		}
		if tok.Start < prevEnd || tok.End <= tok.Start || int(tok.End) > x.RuneCount() {
			t.Fatalf("token %d original span [%d,%d) bad (prev end %d, runes %d)", i, tok.Start, tok.End, prevEnd, x.RuneCount())
		}
		if o := x.TokenOrig(tok); o == "" || utf8.RuneCountInString(o) != int(tok.End-tok.Start) {
			t.Fatalf("token %d: TokenOrig %q does not have %d code points", i, o, tok.End-tok.Start)
		}
		if !utf8.ValidString(x.TokenText(tok)) {
			t.Fatalf("token %d: invalid normalized text %q", i, x.TokenText(tok))
		}
		prevEnd, prevNEnd = tok.End, tok.NEnd
	}
}

func TestSpelling(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"عَلَى", "على"},
		{"علـــي", "علي"},
		{"أمام", "أمام"},
		{"إمام", "إمام"},
		{"WHO", "WHO"},
		{"a\u200fb", "ab"},
	} {
		if got := Spelling(tc.in); got != tc.want {
			t.Errorf("Spelling(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestNormStringFastPath: NormString returns an already normalized string
// as it is and otherwise the same as AppendNorm, invalid UTF-8 included.
func TestNormStringFastPath(t *testing.T) {
	for _, s := range []string{"", "جزء", "بغداد", "abc", "ABC", "al-sudani", "إبراهيم", "مدينة زنجبار", "\xff", "ab\xffc", "بغداد\xd8", "ـبغداد", "١٢٣", "e\u0301", "ﻻ"} {
		want := string(AppendNorm(nil, s))
		if got := NormString(s); got != want {
			t.Errorf("NormString(%q) = %q, want %q", s, got, want)
		}
	}
}
