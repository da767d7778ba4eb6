package gazetteer

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"gopkg.in/yaml.v3"

	"github.com/tarikh/tarikh/textnorm"
)

// Severity tells an error from a warning.
type Severity string

// Severities.
const (
	SevError   Severity = "error"
	SevWarning Severity = "warning"
)

// Diagnostic is one problem found in a gazetteer file, with its position and
// a hint on how to fix it.
type Diagnostic struct {
	Pos      Pos
	Severity Severity
	Msg      string
	Hint     string
}

func (d Diagnostic) String() string {
	s := fmt.Sprintf("%s: %s: %s", d.Pos, d.Severity, d.Msg)
	if d.Hint != "" {
		s += " (hint: " + d.Hint + ")"
	}
	return s
}

// Diagnostics is a list of diagnostics sorted by position.
type Diagnostics []Diagnostic

// Errors returns only the errors.
func (ds Diagnostics) Errors() Diagnostics {
	var out Diagnostics
	for _, d := range ds {
		if d.Severity == SevError {
			out = append(out, d)
		}
	}
	return out
}

// Err returns an error holding every error diagnostic, or nil if there is none.
func (ds Diagnostics) Err() error {
	errs := ds.Errors()
	if len(errs) == 0 {
		return nil
	}
	return &LoadError{Diags: errs}
}

// LoadError is returned when a gazetteer has errors.
type LoadError struct{ Diags Diagnostics }

func (e *LoadError) Error() string {
	var b strings.Builder
	for i, d := range e.Diags {
		if i > 0 {
			b.WriteByte('\n')
		}
		if i == 10 {
			fmt.Fprintf(&b, "... and %d more", len(e.Diags)-10)
			break
		}
		b.WriteString(d.String())
	}
	return b.String()
}

func (ds Diagnostics) sort() {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i].Pos, ds[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
}

// MaxFileSize is the largest gazetteer file Load accepts.
const MaxFileSize = 256 << 20

var idPattern = regexp.MustCompile(`^[a-z0-9_-]+$`)

// LoadFile reads and validates the gazetteer file at path.
func LoadFile(path string) (*Gazetteer, Diagnostics, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("gazetteer: %w", err)
	}
	defer f.Close()
	return Load(f, path)
}

// Load reads and validates a gazetteer from r; name is used in positions.
// The returned error is non-nil when the file cannot be used (it then holds
// every error diagnostic); warnings alone do not make an error. YAML aliases
// are refused, so an alias-expansion bomb cannot grow in memory.
func Load(r io.Reader, name string) (*Gazetteer, Diagnostics, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, nil, fmt.Errorf("gazetteer %s: %w", name, err)
	}
	return load(data, name, true)
}

// load parses and validates data; sharedCheck adds the warnings about names
// two entities share (the built-in files are checked by their tests instead).
func load(data []byte, name string, sharedCheck bool) (*Gazetteer, Diagnostics, error) {
	if len(data) > MaxFileSize {
		d := Diagnostics{{Pos: Pos{File: name, Line: 1, Column: 1}, Severity: SevError, Msg: fmt.Sprintf("file larger than %d MiB", MaxFileSize>>20), Hint: "split it into several files"}}
		return nil, d, d.Err()
	}
	l := &loader{file: name, g: New(), seenID: map[string]Pos{}}
	l.parse(data)
	l.diags = append(l.diags, CheckWithin(l.g, nil)...)
	if sharedCheck {
		l.sharedNames()
		if v, err := loadVocab(); err == nil {
			l.commonNames(v)
		} else {
			l.warnf(Pos{File: name}, "", "common-word check skipped: %v", err)
		}
	}
	l.diags.sort()
	if err := l.diags.Err(); err != nil {
		return nil, l.diags, err
	}
	return l.g, l.diags, nil
}

type loader struct {
	file   string
	g      *Gazetteer
	diags  Diagnostics
	seenID map[string]Pos
}

func (l *loader) pos(n *yaml.Node) Pos { return Pos{File: l.file, Line: n.Line, Column: n.Column} }

func (l *loader) errorf(n *yaml.Node, hint, format string, args ...any) {
	l.diags = append(l.diags, Diagnostic{Pos: l.pos(n), Severity: SevError, Msg: fmt.Sprintf(format, args...), Hint: hint})
}

func (l *loader) warnf(p Pos, hint, format string, args ...any) {
	l.diags = append(l.diags, Diagnostic{Pos: p, Severity: SevWarning, Msg: fmt.Sprintf(format, args...), Hint: hint})
}

var yamlLine = regexp.MustCompile(`(?:yaml: )?line (\d+): (.*)`)

func (l *loader) parse(data []byte) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		d := Diagnostic{Pos: Pos{File: l.file, Line: 1, Column: 1}, Severity: SevError, Msg: err.Error(), Hint: "check indentation and quoting (YAML syntax)"}
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			fmt.Sscan(m[1], &d.Pos.Line)
			d.Msg = "bad YAML: " + m[2]
			d.Pos.Line = badLine(data, d.Pos.Line)
			d.Pos.Column = indentColumn(data, d.Pos.Line)
			if col := tabColumn(data, d.Pos.Line); col > 0 {
				d.Pos.Column = col
				d.Hint = "the line holds a tab; YAML indents with spaces only"
			}
		}
		l.diags = append(l.diags, d)
		return
	}
	if len(doc.Content) == 0 {
		l.diags = append(l.diags, Diagnostic{Pos: Pos{File: l.file, Line: 1, Column: 1}, Severity: SevError, Msg: "empty gazetteer", Hint: "start with 'entities:' and a list of entities"})
		return
	}
	if n, deep := findAlias(&doc, 0); n != nil {
		if deep {
			l.errorf(n, "flatten the value; gazetteer values are at most a few levels deep", "YAML nested more than %d levels", maxDepth)
		} else {
			l.errorf(n, "write each value out; gazetteers may not use YAML anchors (&name) and aliases (*name)", "YAML anchor or alias found")
		}
		return
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		l.errorf(root, "the file must be a mapping with the key 'entities'", "top level is not a mapping")
		return
	}
	var list *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		switch k.Value {
		case "entities":
			list = v
		default:
			l.errorf(k, "the only top-level key is 'entities'", "unknown top-level key %q", k.Value)
		}
	}
	if list == nil {
		l.errorf(root, "start with 'entities:' and a list of entities", "no 'entities' key")
		return
	}
	if list.Kind != yaml.SequenceNode {
		if list.Tag == "!!null" {
			return
		}
		l.errorf(list, "'entities' must be a list: each entity starts with '- id: ...'", "'entities' is not a list")
		return
	}
	for _, n := range list.Content {
		if e := l.entity(n); e != nil {
			l.g.Add(e)
		}
	}
}

// maxDepth is the deepest nesting a gazetteer file may use.
const maxDepth = 64

// findAlias returns the first anchor or alias node, or the first node nested
// deeper than maxDepth (deep set). Aliases are never followed, so an
// alias-expansion bomb costs only its own size.
func findAlias(n *yaml.Node, depth int) (found *yaml.Node, deep bool) {
	if n.Kind == yaml.AliasNode || n.Anchor != "" {
		return n, false
	}
	if depth > maxDepth {
		return n, true
	}
	for _, c := range n.Content {
		if f, d := findAlias(c, depth+1); f != nil {
			return f, d
		}
	}
	return nil, false
}

// badLine refines the line yaml.v3 reports for a syntax error, which is often
// where the enclosing block starts: it returns the first line, from line on,
// whose prefix of the file no longer parses. Large files keep line as is.
func badLine(data []byte, line int) int {
	if len(data) > 1<<20 || line < 1 {
		return line
	}
	var lines [][]byte
	for rest := data; len(rest) > 0; {
		i := bytes.IndexByte(rest, '\n')
		if i < 0 {
			lines = append(lines, rest)
			break
		}
		lines = append(lines, rest[:i+1])
		rest = rest[i+1:]
	}
	end := 0
	for _, ln := range lines[:min(line-1, len(lines))] {
		end += len(ln)
	}
	for k := line; k <= len(lines) && k < line+200; k++ {
		end += len(lines[k-1])
		var n yaml.Node
		if yaml.Unmarshal(data[:end], &n) != nil {
			return k
		}
	}
	return line
}

// tabColumn returns the column (1-based) of the first tab on line, or 0.
func tabColumn(data []byte, line int) int {
	for k := 1; k < line; k++ {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			return 0
		}
		data = data[i+1:]
	}
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		data = data[:i]
	}
	return bytes.IndexByte(data, '\t') + 1
}

// indentColumn returns the column of the first non-blank character of line
// (1-based), or 1.
func indentColumn(data []byte, line int) int {
	for k := 1; k < line; k++ {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			return 1
		}
		data = data[i+1:]
	}
	for i, c := range data {
		if c != ' ' {
			if c == '\n' {
				return 1
			}
			return i + 1
		}
	}
	return 1
}

func (l *loader) entity(n *yaml.Node) *Entity {
	if n.Kind != yaml.MappingNode {
		l.errorf(n, "each entity is a mapping with id, type and names", "entity is not a mapping")
		return nil
	}
	e := &Entity{Pos: l.pos(n)}
	ok := true
	var namesNode *yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch k.Value {
		case "id":
			e.ID = l.scalar(v)
			switch {
			case e.ID == "":
				l.errorf(v, "give every entity a short lowercase id such as 'sudani'", "empty id")
				ok = false
			case !idPattern.MatchString(e.ID):
				l.errorf(v, "ids use only lowercase letters, digits, '_' and '-'", "bad id %q", e.ID)
				ok = false
			}
		case "type":
			e.Type = Type(l.scalar(v))
			if !e.Type.Valid() {
				l.errorf(v, "type is person, place or organization", "unknown type %q", v.Value)
				ok = false
			}
		case "names":
			namesNode = v
			e.Names = l.names(v, "names")
		case "roles":
			e.Roles = l.roles(v)
		case "country":
			e.Country = l.scalar(v)
		case "within":
			e.Within = l.ids(v)
		case "context_names":
			e.ContextNames = l.list(v, "context_names")
		case "bare":
			bare := l.names(v, "bare")
			e.Bare = &bare
		case "bare_sports":
			switch l.scalar(v) {
			case "true":
				e.BareSports = true
			case "false":
			default:
				l.errorf(v, "write bare_sports: true or false", "bad bare_sports %q", v.Value)
			}
		case "population":
			e.Population = l.population(v)
		case "note":
			e.Note = l.scalar(v)
		default:
			l.errorf(k, "entity keys are id, type, names, context_names, bare, bare_sports, roles, country, within, population, note", "unknown key %q", k.Value)
		}
	}
	if e.ID == "" && ok {
		l.errorf(n, "add 'id: ...'", "entity without id")
		ok = false
	}
	if e.Type == "" && ok {
		l.errorf(n, "add 'type: person', 'type: place' or 'type: organization'", "entity %q without type", e.ID)
		ok = false
	}
	if len(e.Names.En) == 0 && len(e.Names.Ar) == 0 && len(e.ContextNames) == 0 && ok {
		at := n
		if namesNode != nil {
			at = namesNode
		}
		l.errorf(at, "give at least one English or Arabic name under names: {en: [...], ar: [...]}", "entity %q has no names", e.ID)
		ok = false
	}
	if ok && e.ID != "" {
		if p, dup := l.seenID[e.ID]; dup {
			l.errorf(n, "ids must be unique within a file; rename one", "duplicate id %q (first defined at %s)", e.ID, p)
			return nil
		}
		l.seenID[e.ID] = e.Pos
	}
	if !ok {
		return nil
	}
	return e
}

// ids reads within: a list of entity ids (or one id).
func (l *loader) ids(v *yaml.Node) []string {
	var nodes []*yaml.Node
	switch v.Kind {
	case yaml.ScalarNode:
		if v.Tag == "!!null" {
			return nil
		}
		nodes = []*yaml.Node{v}
	case yaml.SequenceNode:
		nodes = v.Content
	default:
		l.errorf(v, "write a list of ids such as [abyan-governorate, country-ye]", "within must be a list of ids")
		return nil
	}
	var out []string
	for _, n := range nodes {
		id := l.scalar(n)
		if !idPattern.MatchString(id) {
			l.errorf(n, "within lists entity ids: lowercase letters, digits, '_' and '-'", "bad id %q in within", id)
			continue
		}
		out = append(out, id)
	}
	return out
}

// population reads a non-negative whole number.
func (l *loader) population(v *yaml.Node) int64 {
	s := l.scalar(v)
	if s == "" {
		return 0
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		l.errorf(v, "population is a whole number such as 120000", "bad population %q", s)
		return 0
	}
	return n
}

func (l *loader) scalar(v *yaml.Node) string {
	if v.Kind != yaml.ScalarNode {
		l.errorf(v, "write a single value here", "expected a single value")
		return ""
	}
	if v.Tag == "!!null" {
		return ""
	}
	return strings.TrimSpace(v.Value)
}

// list reads a scalar or a sequence of scalars.
func (l *loader) list(v *yaml.Node, what string) []string {
	switch v.Kind {
	case yaml.ScalarNode:
		if s := l.scalar(v); s != "" {
			if !hasLetters(s) {
				l.errorf(v, "a name needs at least one letter or digit", "name %q has no letters", s)
				return nil
			}
			return []string{s}
		}
		if v.Tag != "!!null" {
			l.errorf(v, "remove the empty name or fill it in", "empty name in %s", what)
		}
		return nil
	case yaml.SequenceNode:
		var out []string
		for _, c := range v.Content {
			s := l.scalar(c)
			if s == "" {
				l.errorf(c, "remove the empty name or fill it in", "empty name in %s", what)
				continue
			}
			if !hasLetters(s) {
				l.errorf(c, "a name needs at least one letter or digit", "name %q has no letters", s)
				continue
			}
			out = append(out, s)
		}
		return out
	}
	l.errorf(v, "write a list such as [Name One, Name Two]", "%s must be a list of names", what)
	return nil
}

// hasLetters reports whether a name has a letter or digit to match.
func hasLetters(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

func (l *loader) names(v *yaml.Node, what string) Names {
	var ns Names
	if v.Kind != yaml.MappingNode {
		l.errorf(v, "write names as {en: [...], ar: [...]}", "%s must be a mapping of languages", what)
		return ns
	}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, val := v.Content[i], v.Content[i+1]
		switch k.Value {
		case "en":
			ns.En = l.list(val, what+".en")
		case "ar":
			ns.Ar = l.list(val, what+".ar")
		default:
			l.errorf(k, "languages are en and ar", "unknown language %q in %s", k.Value, what)
		}
	}
	return ns
}

func (l *loader) roles(v *yaml.Node) []Role {
	if v.Kind != yaml.SequenceNode {
		if v.Tag == "!!null" {
			return nil
		}
		l.errorf(v, "roles is a list: each role starts with '- en: [...]'", "roles must be a list")
		return nil
	}
	var out []Role
	for _, rn := range v.Content {
		if rn.Kind != yaml.MappingNode {
			l.errorf(rn, "a role is a mapping with en, ar, from, to", "role is not a mapping")
			continue
		}
		var r Role
		var fromN, toN *yaml.Node
		for i := 0; i+1 < len(rn.Content); i += 2 {
			k, val := rn.Content[i], rn.Content[i+1]
			switch k.Value {
			case "en":
				r.En = l.list(val, "role.en")
			case "ar":
				r.Ar = l.list(val, "role.ar")
			case "from":
				r.From, fromN = l.date(val), val
			case "to":
				r.To, toN = l.date(val), val
			default:
				l.errorf(k, "role keys are en, ar, from, to", "unknown role key %q", k.Value)
			}
		}
		if len(r.En) == 0 && len(r.Ar) == 0 {
			l.errorf(rn, "give the role's description in en or ar", "role without description")
			continue
		}
		if r.From != "" && r.To != "" && r.To < r.From {
			l.errorf(toN, "swap from and to, or fix the year", "role period ends (%s) before it starts (%s)", r.To, r.From)
			_ = fromN
			continue
		}
		out = append(out, r)
	}
	return out
}

func (l *loader) date(v *yaml.Node) string {
	s := l.scalar(v)
	if s == "" {
		return ""
	}
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		l.errorf(v, "dates are YYYY-MM-DD; leave empty (\"\") for an open end", "bad date %q", s)
		return ""
	}
	return s
}

// sharedNames warns about a normalized name that two entities share: the
// matcher will not choose between them silently.
func (l *loader) sharedNames() {
	owner := map[string]*Entity{}
	for _, e := range l.g.Entities {
		seen := map[string]bool{}
		for _, n := range append(append([]string{}, e.Names.En...), e.Names.Ar...) {
			k := nameKey(n)
			if seen[k] {
				continue
			}
			seen[k] = true
			if o, ok := owner[k]; ok && o != e {
				l.warnf(e.Pos, "keep the name on one entity, or accept that tarikh reports it as ambiguous", "name %q is shared by %q (%s) and %q", n, o.ID, o.Pos, e.ID)
				continue
			}
			owner[k] = e
		}
	}
}

// commonNames warns about one-word names that are function words or
// frequent common words once normalized: the matcher holds the first back
// (see Index.Find) and cannot tell the second from the word.
func (l *loader) commonNames(v *vocab) {
	for _, e := range l.g.Entities {
		seen := map[string]bool{}
		for _, n := range append(append([]string{}, e.Names.En...), e.Names.Ar...) {
			ws := nameTokens(n)
			if len(ws) != 1 || seen[ws[0]] {
				continue
			}
			seen[ws[0]] = true
			switch {
			case v.function[ws[0]]:
				l.warnf(e.Pos, "it matches only where the text spells it exactly so, beside a given name, or where the article names the entity in full; prefer a longer name", "name %q of %q is a function word once normalized", n, e.ID)
			case v.frequent[ws[0]]:
				l.warnf(e.Pos, "it will also match the common word; prefer a longer name (مدينة X, X City, the full name)", "name %q of %q is a frequent common word", n, e.ID)
			}
		}
	}
}

// nameKey is the comparison form of a name: normalized tokens joined by one space.
func nameKey(s string) string {
	return strings.Join(nameTokens(s), " ")
}

// nameTokens returns the normalized word and number tokens of a name.
func nameTokens(s string) []string {
	if toks, _, ok := plainNameTokens(s); ok {
		return toks
	}
	t := textnorm.Normalize(s)
	var out []string
	for _, tok := range t.Tokenize() {
		if tok.Kind != textnorm.Punct {
			out = append(out, t.TokenText(tok))
		}
	}
	return out
}

// ErrNoFiles is returned by LoadFiles when given nothing to load.
var ErrNoFiles = errors.New("gazetteer: no files")
