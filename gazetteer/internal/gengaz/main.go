// Command gengaz regenerates two of the built-in gazetteer files from the
// third-party sources kept in the shared corpus folder:
//
//   - countries.yaml: every ISO 3166-1 country with its Arabic and English
//     names, from i18n-iso-countries (MIT), plus the hand-written aliases in
//     countries_extra.yaml;
//   - iraq.yaml: Iraq's governorates, the Kurdistan Region and its major
//     cities, from dr5hn/countries-states-cities-database (ODbL 1.0), with
//     the hand-checked names in iraq_extra.yaml.
//
// Usage, from the repository root:
//
//	go run ./gazetteer/internal/gengaz -shared /work/shared -out gazetteer/data
//
// The output is deterministic (sorted) and is committed; nothing at build or
// test time runs this program. It refuses to write a file that the gazetteer
// loader would reject.
package main

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/tarikh/tarikh/gazetteer"
)

//go:embed countries_extra.yaml
var countriesExtraYAML []byte

//go:embed iraq_extra.yaml
var iraqExtraYAML []byte

func main() {
	shared := flag.String("shared", "/work/shared", "the shared folder holding corpus/gazetteer/")
	out := flag.String("out", "gazetteer/data", "folder to write the generated files to (and to read the hand-written ones from)")
	readme := flag.String("readme", "gazetteer/internal/gengaz/README.md", "README whose held-back list to rewrite (\"\" for none)")
	flag.Parse()
	if err := run(*shared, *out, *out, *readme); err != nil {
		fmt.Fprintln(os.Stderr, "gengaz:", err)
		os.Exit(1)
	}
}

// run writes the generated files to out, reading the hand-written ones
// (organizations.yaml, seeds.yaml, world.yaml) from data.
func run(shared, data, out, readme string) error {
	src := filepath.Join(shared, "corpus", "gazetteer")
	countries, err := genCountries(src)
	if err != nil {
		return err
	}
	iraq, err := genIraq(src)
	if err != nil {
		return err
	}
	files := map[string][]byte{"countries.yaml": countries, "iraq.yaml": iraq}
	hand := gazetteer.New()
	for _, name := range []string{"countries.yaml", "iraq.yaml", "organizations.yaml", "seeds.yaml", "world.yaml"} {
		b, ok := files[name]
		if !ok {
			if b, err = os.ReadFile(filepath.Join(data, name)); err != nil {
				return err
			}
		}
		g, diags, err := gazetteer.Load(bytes.NewReader(b), name)
		if err != nil {
			return fmt.Errorf("generated %s does not load: %w", name, err)
		}
		if _, generated := files[name]; generated {
			for _, d := range diags {
				fmt.Fprintln(os.Stderr, "gengaz:", d)
			}
		}
		hand.Merge(g)
	}
	v, err := loadVocabulary()
	if err != nil {
		return err
	}
	geo, err := genPlaces(src, hand, v)
	if err != nil {
		return err
	}
	if files["divisions.tsv"], err = writeCompact(divisionsHeader, geo.divisions); err != nil {
		return err
	}
	if files["places.tsv"], err = writeCompact(placesHeader, geo.places); err != nil {
		return err
	}
	people, pstats, err := genPeople(src, hand)
	if err != nil {
		return err
	}
	if files["people.tsv"], err = writeCompact(peopleHeader, people); err != nil {
		return err
	}
	for k, n := range pstats {
		geo.stats[k] = n
	}
	for _, name := range sortedKeys(files) {
		if err := os.WriteFile(filepath.Join(out, name), files[name], 0o644); err != nil {
			return err
		}
	}
	for _, k := range sortedKeys(geo.stats) {
		fmt.Fprintf(os.Stderr, "gengaz: %s: %d\n", k, geo.stats[k])
	}
	if readme != "" {
		return writeHeldBack(readme, geo.heldBack, geo.newsHeld)
	}
	return nil
}

// entity is one generated gazetteer entry.
type entity struct {
	id, typ, country, note string
	en, ar                 []string
	population             int64
}

// merge returns first followed by the names of rest not already present
// (compared as the matcher compares them) and not in drop.
func merge(first, rest, drop []string) []string {
	seen := map[string]bool{}
	for _, d := range drop {
		seen[key(d)] = true
	}
	var out []string
	for _, n := range append(append([]string{}, first...), rest...) {
		n = strings.TrimSpace(n)
		k := key(n)
		if n == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, n)
	}
	return out
}

func key(s string) string { return strings.Join(gazetteer.WordTokens(s), " ") }

// q quotes s as a YAML double-quoted scalar (JSON strings are valid YAML).
func q(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		panic(err)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

func list(ns []string) string {
	qs := make([]string, len(ns))
	for i, n := range ns {
		qs[i] = q(n)
	}
	return "[" + strings.Join(qs, ", ") + "]"
}

func write(header string, es []entity) []byte {
	var b bytes.Buffer
	b.WriteString(header)
	b.WriteString("entities:\n")
	for _, e := range es {
		fmt.Fprintf(&b, "  - id: %s\n    type: %s\n    names:\n", e.id, e.typ)
		if len(e.en) > 0 {
			fmt.Fprintf(&b, "      en: %s\n", list(e.en))
		}
		if len(e.ar) > 0 {
			fmt.Fprintf(&b, "      ar: %s\n", list(e.ar))
		}
		if e.country != "" {
			fmt.Fprintf(&b, "    country: %s\n", e.country)
		}
		if e.population > 0 {
			fmt.Fprintf(&b, "    population: %d\n", e.population)
		}
		if e.note != "" {
			fmt.Fprintf(&b, "    note: %s\n", q(e.note))
		}
	}
	return b.Bytes()
}

// ---- countries ----

type countryExtra struct {
	En     []string `yaml:"en"`
	Ar     []string `yaml:"ar"`
	DropEn []string `yaml:"drop_en"`
	// Population, for a country that shares a name with a town of
	// another (عمان: Oman, and Amman in Jordan): the bigger namesake is
	// meant unless the article names where the other lies.
	Population int64  `yaml:"population"`
	Note       string `yaml:"note"`
}

// stringOrList decodes a JSON string or list of strings.
type stringOrList []string

func (s *stringOrList) UnmarshalJSON(b []byte) error {
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		*s = []string{one}
		return nil
	}
	var many []string
	if err := json.Unmarshal(b, &many); err != nil {
		return err
	}
	*s = many
	return nil
}

type i18nFile struct {
	Countries map[string]stringOrList `json:"countries"`
}

func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// countriesHeader heads the generated countries.yaml: what it holds, how to regenerate it, its
// sources and licence (headers/countries.yaml.txt).
//
//go:embed headers/countries.yaml.txt
var countriesHeader string

func genCountries(src string) ([]byte, error) {
	dir := filepath.Join(src, "i18n-iso-countries")
	var ar, en i18nFile
	if err := readJSON(filepath.Join(dir, "ar.json"), &ar); err != nil {
		return nil, err
	}
	if err := readJSON(filepath.Join(dir, "en.json"), &en); err != nil {
		return nil, err
	}
	var codes [][]string
	if err := readJSON(filepath.Join(dir, "codes.json"), &codes); err != nil {
		return nil, err
	}
	alpha3 := map[string][]string{}
	for _, c := range codes {
		if len(c) >= 3 {
			alpha3[c[0]] = c
		}
	}
	extra := map[string]countryExtra{}
	if err := yaml.Unmarshal(countriesExtraYAML, &extra); err != nil {
		return nil, fmt.Errorf("countries_extra.yaml: %w", err)
	}
	for code := range extra {
		if _, ok := en.Countries[code]; !ok {
			return nil, fmt.Errorf("countries_extra.yaml: unknown code %s", code)
		}
	}
	var es []entity
	for code, enNames := range en.Countries {
		arNames, ok := ar.Countries[code]
		if !ok {
			return nil, fmt.Errorf("i18n-iso-countries: %s has no Arabic name", code)
		}
		x := extra[code]
		e := entity{
			id:      "country-" + strings.ToLower(code),
			typ:     "place",
			country: code,
			en:      merge(x.En, enNames, x.DropEn),
			ar:      merge(x.Ar, arNames, nil),

			population: x.Population,
		}
		note := "country, ISO 3166-1 " + code
		if c := alpha3[code]; c != nil {
			note += "/" + c[1] + "/" + c[2]
		}
		if x.Note != "" {
			note += "; " + x.Note
		}
		e.note = note
		es = append(es, e)
	}
	sort.Slice(es, func(i, j int) bool { return es[i].id < es[j].id })
	return write(countriesHeader, es), nil
}

// ---- Iraq ----

type iraqExtra struct {
	States      map[string]place `yaml:"states"`
	ExtraStates []place          `yaml:"extra_states"`
	Cities      map[int]place    `yaml:"cities"`
}

type place struct {
	ID   string   `yaml:"id"`
	En   []string `yaml:"en"`
	Ar   []string `yaml:"ar"`
	Note string   `yaml:"note"`
}

type dr5hnState struct {
	ID          int    `json:"id"`
	Name        string `json:"name"`
	CountryCode string `json:"country_code"`
	ISO         string `json:"iso3166_2"`
	Code        string `json:"code"`
	Type        string `json:"type"`
	Native      string `json:"native"`
}

type dr5hnCity struct {
	ID          int    `json:"id"`
	Name        string `json:"name"`
	Native      string `json:"native"`
	CountryCode string `json:"country_code"`
	StateCode   string `json:"state_code"`
}

func readJSONL[T any](path string, keep func(T) bool) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for line := 1; sc.Scan(); line++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if keep(v) {
			out = append(out, v)
		}
	}
	return out, sc.Err()
}

// iraqHeader heads the generated iraq.yaml: what it holds, how to regenerate it, its
// sources and licence (headers/iraq.yaml.txt).
//
//go:embed headers/iraq.yaml.txt
var iraqHeader string

func genIraq(src string) ([]byte, error) {
	dir := filepath.Join(src, "dr5hn-csc")
	var x iraqExtra
	if err := yaml.Unmarshal(iraqExtraYAML, &x); err != nil {
		return nil, fmt.Errorf("iraq_extra.yaml: %w", err)
	}
	states, err := readJSONL(filepath.Join(dir, "states.jsonl"), func(s dr5hnState) bool { return s.CountryCode == "IQ" })
	if err != nil {
		return nil, err
	}
	cities, err := readJSONL(filepath.Join(dir, "cities_mena.jsonl"), func(c dr5hnCity) bool { return c.CountryCode == "IQ" })
	if err != nil {
		return nil, err
	}
	regions, govs, stateName, err := x.iraqStates(states)
	if err != nil {
		return nil, err
	}
	towns, err := x.iraqTowns(cities, stateName)
	if err != nil {
		return nil, err
	}
	byEntityID := func(es []entity) {
		sort.Slice(es, func(i, j int) bool { return es[i].id < es[j].id })
	}
	byEntityID(regions)
	byEntityID(govs)
	byEntityID(towns)
	all := append(append(regions, govs...), towns...)
	seen := map[string]bool{}
	for _, e := range all {
		if seen[e.id] {
			return nil, errors.New("iraq_extra.yaml: duplicate id " + e.id)
		}
		seen[e.id] = true
	}
	return write(iraqHeader, all), nil
}

// iraqStates makes Iraq's federal regions and governorates: dr5hn's states,
// each with its entry of iraq_extra.yaml (every state needs one, every entry
// a state), and the extra governorates; stateName maps a state's code to its
// English name.
func (x iraqExtra) iraqStates(states []dr5hnState) (regions, govs []entity, stateName map[string]string, err error) {
	// A source state name that a city also bears ("Baghdad") stays on the city.
	cityNames := map[string]bool{}
	for _, p := range x.Cities {
		for _, n := range append(append([]string{}, p.En...), p.Ar...) {
			cityNames[key(n)] = true
		}
	}
	stateName = map[string]string{}
	used := map[string]bool{}
	for _, s := range states {
		p, ok := x.States[s.ISO]
		if !ok {
			return nil, nil, nil, fmt.Errorf("iraq_extra.yaml: no entry for state %s (%s)", s.ISO, s.Name)
		}
		used[s.ISO] = true
		stateName[s.Code] = p.En[0]
		kind := "governorate of Iraq"
		if s.Type == "region" {
			kind = "federal region of Iraq"
		}
		var srcEn []string
		if !cityNames[key(s.Name)] {
			srcEn = []string{s.Name}
		}
		e := entity{id: p.ID, typ: "place", country: "IQ",
			en: merge(p.En, srcEn, nil), ar: merge(p.Ar, nil, nil),
			note: fmt.Sprintf("%s, ISO 3166-2 %s (dr5hn state %d)", kind, s.ISO, s.ID)}
		if p.Note != "" {
			e.note += "; " + p.Note
		}
		if s.Type == "region" {
			regions = append(regions, e)
		} else {
			govs = append(govs, e)
		}
	}
	for code := range x.States {
		if !used[code] {
			return nil, nil, nil, fmt.Errorf("iraq_extra.yaml: state %s is not in the source", code)
		}
	}
	for _, p := range x.ExtraStates {
		govs = append(govs, entity{id: p.ID, typ: "place", country: "IQ", en: p.En, ar: p.Ar,
			note: "governorate of Iraq; " + p.Note})
	}
	return regions, govs, stateName, nil
}

// iraqTowns makes the cities and districts of iraq_extra.yaml from their
// dr5hn rows, in the order of their dr5hn ids, each noted with its
// governorate (stateName).
func (x iraqExtra) iraqTowns(cities []dr5hnCity, stateName map[string]string) ([]entity, error) {
	byID := map[int]dr5hnCity{}
	for _, c := range cities {
		byID[c.ID] = c
	}
	ids := make([]int, 0, len(x.Cities))
	for id := range x.Cities {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	var towns []entity
	for _, id := range ids {
		c, ok := byID[id]
		if !ok {
			return nil, fmt.Errorf("iraq_extra.yaml: city %d is not in cities_mena.jsonl", id)
		}
		p := x.Cities[id]
		var srcEn []string
		if isPlainASCII(c.Name) {
			srcEn = []string{c.Name}
		}
		e := entity{id: p.ID, typ: "place", country: "IQ",
			en: merge(p.En, srcEn, nil), ar: merge(p.Ar, nil, nil),
			note: "city or district of Iraq"}
		if g := stateName[c.StateCode]; g != "" {
			e.note += ", in " + g
		}
		e.note += " (dr5hn city " + strconv.Itoa(c.ID) + ")"
		if p.Note != "" {
			e.note += "; " + p.Note
		}
		towns = append(towns, e)
	}
	return towns, nil
}

func isPlainASCII(s string) bool {
	for _, r := range s {
		if r >= 0x80 || !(r == ' ' || r == '-' || r == '\'' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')) {
			return false
		}
	}
	return s != ""
}
