package chart

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
	"unicode"

	"github.com/tarikh/tarikh/extract/temporal"
	"github.com/tarikh/tarikh/lang"
	"github.com/tarikh/tarikh/timeline"
)

// words are the chart's words in one language: lang/<code>/chart.yaml.
type words struct {
	Dir string `yaml:"dir"`
	// Months are the language layer's display names of the months
	// (lang/<code>/dates.yaml), not this file's.
	Months      []string          `yaml:"-"`
	MonthsShort []string          `yaml:"months_short"`
	UI          map[string]string `yaml:"ui"`
	Headlines   headlineWords     `yaml:"headlines"`
}

// headlineWords say how a headline is made (see lang/en/chart.yaml).
type headlineWords struct {
	And          string `yaml:"and"`
	Comma        string `yaml:"comma"`
	Others       string `yaml:"others"`
	ExcerptWords int    `yaml:"excerpt_words"`
	// Script is the Unicode script the language is written in (a name
	// of unicode.Scripts): an excerpt mostly in another script is not put
	// in a headline.
	Script string                   `yaml:"script"`
	Types  map[string]headlineForms `yaml:"types"`
}

// headlineForms are a type's headline templates by number of actors.
type headlineForms struct {
	Many string `yaml:"many"`
	One  string `yaml:"one"`
	None string `yaml:"none"`
	// OtherScript are the forms used instead when the type's forms quote
	// an {excerpt} and the sentence is in another language (nil: the
	// default type's forms).
	OtherScript *headlineForms `yaml:"other_script"`
}

// pick returns the template of f for n actors: One for one actor when f
// has it, None for none, Many otherwise ("" when f has no such form).
func (f headlineForms) pick(n int) string {
	switch {
	case n == 0:
		return f.None
	case n == 1 && f.One != "":
		return f.One
	}
	return f.Many
}

// loadWords reads the chart's words in code from fsys (lang.Builtin()
// unless a test gives another).
func loadWords(fsys fs.FS, code string) (*words, error) {
	if fsys == nil {
		fsys = lang.Builtin()
	}
	if code == "" || strings.ContainsAny(code, "/.\\") {
		return nil, fmt.Errorf("chart: bad language %q", code)
	}
	name := path.Join(code, "chart.yaml")
	if _, err := fs.Stat(fsys, name); err != nil {
		return nil, fmt.Errorf("chart: bad language %q: want one of %s (a language needs lang/<code>/chart.yaml)",
			code, strings.Join(Languages(fsys), ", "))
	}
	var w words
	if err := lang.Decode(fsys, name, &w); err != nil {
		return nil, fmt.Errorf("chart: %w", err)
	}
	if w.Dir != "ltr" && w.Dir != "rtl" {
		return nil, fmt.Errorf("chart: %s: dir %q: want ltr or rtl", name, w.Dir)
	}
	if len(w.MonthsShort) != 12 {
		return nil, fmt.Errorf("chart: %s: want 12 months_short", name)
	}
	// Month names and early/mid/late are the dates' display words, the one
	// place for them (English where the language has none).
	d, ok := temporal.Display(code)
	if !ok {
		d, _ = temporal.Display("en")
	}
	w.Months = d.Months
	if w.UI == nil {
		w.UI = map[string]string{}
	}
	for k, v := range d.Parts {
		w.UI[k] = v
	}
	if sc := w.Headlines.Script; sc != "" && unicode.Scripts[sc] == nil {
		return nil, fmt.Errorf("chart: %s: headlines.script %q is not a Unicode script (Latin, Arabic...)", name, sc)
	}
	if _, ok := w.Headlines.Types["default"]; !ok {
		return nil, fmt.Errorf("chart: %s: headlines.types has no default", name)
	}
	return &w, nil
}

// Words returns the chart's words in lang (the ui: map of
// lang/<code>/chart.yaml), for outputs that say the same things.
func Words(lang string) (map[string]string, error) {
	w, err := loadWords(nil, lang)
	if err != nil {
		return nil, err
	}
	return w.UI, nil
}

// Languages lists the languages the chart speaks: the folders of fsys
// (lang.Builtin() when nil) that hold a chart.yaml.
func Languages(fsys fs.FS) []string {
	if fsys == nil {
		fsys = lang.Builtin()
	}
	var out []string
	dirs, _ := fs.ReadDir(fsys, ".")
	for _, d := range dirs {
		if _, err := fs.Stat(fsys, path.Join(d.Name(), "chart.yaml")); d.IsDir() && err == nil {
			out = append(out, d.Name())
		}
	}
	return out
}

// peopleAct are the types of event (type keys) whose actors are people
// when two or more are named.
var peopleAct = map[string]bool{"meeting": true, "visit": true, "call": true, "agreement": true}

// headline says what happened in e in a few words: who (its people, and
// its organizations unless two people meet, see peopleAct), what (its type's label, or the first words of its
// sentence when the type has no word for it) and where (its first place),
// with the templates of the chart's language. name gives an entity's name
// in that language; label is the type's label.
func (w *words) headline(e *timeline.Event, label string, name func(timeline.Entity) string) string {
	hw := w.Headlines
	forms, ok := hw.Types[typeKey(e.Type)]
	if !ok {
		forms = hw.Types["default"]
	}
	var actors []string
	seen := map[string]bool{}
	add := func(l []timeline.Entity) {
		for _, x := range l {
			if n := name(x); n != "" && !seen[n] {
				seen[n] = true
				actors = append(actors, n)
			}
		}
	}
	add(e.People)
	// When two people or more meet, visit, call or agree, they are the
	// actors: the organizations named beside them (the group they talked
	// about, their ministries) are in the details, not the headline. An
	// attack's or a strike's organizations are its actors.
	if len(actors) < 2 || !peopleAct[typeKey(e.Type)] {
		add(e.Organizations)
	}
	place := ""
	if len(e.Places) > 0 {
		place = name(e.Places[0])
	}
	tmpl := forms.pick(len(actors))
	if tmpl == "" {
		tmpl = hw.Types["default"].pick(len(actors))
	}
	vars := map[string]string{"actors": hw.join(actors), "place": place, "label": label}
	if strings.Contains(tmpl, "{excerpt}") {
		vars["excerpt"] = excerpt(e.Text, e.TimeText, hw.ExcerptWords)
		if vars["excerpt"] == "" || !hw.written(vars["excerpt"]) {
			// No sentence, or one in another language, says nothing to
			// the chart's reader: the type's other-script forms, or its
			// word as for a type with no template.
			other := hw.Types["default"]
			if forms.OtherScript != nil {
				other = *forms.OtherScript
			}
			if tmpl = other.pick(len(actors)); tmpl == "" {
				tmpl = hw.Types["default"].pick(len(actors))
			}
		}
	}
	h := fillTemplate(tmpl, vars)
	if strings.TrimFunc(h, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) }) == "" {
		return label
	}
	return h
}

// written reports whether at least half of the letters of s are in the
// language's script (or the language names none, or s has no letter).
func (hw headlineWords) written(s string) bool {
	sc := unicode.Scripts[hw.Script]
	if sc == nil {
		return true
	}
	in, all := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			all++
			if unicode.Is(sc, r) {
				in++
			}
		}
	}
	return 2*in >= all
}

// join lists names as a reader says them: "A", "A and B", "A, B and C",
// "A, B and 3 others".
func (hw headlineWords) join(names []string) string {
	switch n := len(names); {
	case n == 0:
		return ""
	case n == 1:
		return names[0]
	case n <= 3:
		return strings.Join(names[:n-1], hw.Comma) + hw.And + names[n-1]
	default:
		return strings.Join(names[:2], hw.Comma) + hw.And + strings.ReplaceAll(hw.Others, "{n}", fmt.Sprint(n-2))
	}
}

// fillTemplate replaces {name} with vars[name]; a part in [brackets] is
// left out when a variable in it is empty.
func fillTemplate(tmpl string, vars map[string]string) string {
	var b strings.Builder
	for len(tmpl) > 0 {
		i := strings.IndexByte(tmpl, '[')
		if i < 0 {
			b.WriteString(fillVars(tmpl, vars))
			break
		}
		b.WriteString(fillVars(tmpl[:i], vars))
		j := strings.IndexByte(tmpl[i:], ']')
		if j < 0 {
			b.WriteString(fillVars(tmpl[i:], vars))
			break
		}
		part := tmpl[i+1 : i+j]
		if filled, ok := fillPart(part, vars); ok {
			b.WriteString(filled)
		}
		tmpl = tmpl[i+j+1:]
	}
	return strings.TrimSpace(b.String())
}

// fillPart fills an optional part, or reports that a variable in it is empty.
func fillPart(part string, vars map[string]string) (string, bool) {
	for rest := part; ; {
		i := strings.IndexByte(rest, '{')
		if i < 0 {
			break
		}
		j := strings.IndexByte(rest[i:], '}')
		if j < 0 {
			break
		}
		if vars[rest[i+1:i+j]] == "" {
			return "", false
		}
		rest = rest[i+j+1:]
	}
	return fillVars(part, vars), true
}

func fillVars(s string, vars map[string]string) string {
	for k, v := range vars {
		s = strings.ReplaceAll(s, "{"+k+"}", v)
	}
	return s
}

// excerpt is the first n words of the line of text that holds timeText (or
// of its first line), cut at a clause's end punctuation, with an ellipsis
// when words were left out.
func excerpt(text, timeText string, n int) string {
	if n <= 0 {
		n = 9
	}
	lines := strings.Split(text, "\n")
	line := ""
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if line == "" {
			line = l
		}
		if timeText != "" && strings.Contains(l, timeText) {
			line = l
			break
		}
	}
	ws := strings.Fields(line)
	cut := len(ws) > n
	if cut {
		ws = ws[:n]
	}
	s := strings.Join(ws, " ")
	s = strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsPunct(r) && r != ')' && r != '»' && r != '"' })
	if cut {
		s += "…"
	}
	return s
}
