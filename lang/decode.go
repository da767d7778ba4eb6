package lang

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// Error is a problem in a language data file, with its position.
type Error struct {
	File         string
	Line, Column int
	Msg          string
}

func (e *Error) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Column, e.Msg)
}

// yamlMessages are the patterns of yaml.v3's messages that DecodeBytes
// rewrites, compiled only when a file has a problem (not on every run).
type yamlMessages struct {
	// line finds the line number yaml.v3 puts in its messages.
	line, unknownField, wrongKind *regexp.Regexp
}

func newYAMLMessages() *yamlMessages {
	return &yamlMessages{
		line:         regexp.MustCompile(`^(?:yaml: )?line (\d+): `),
		unknownField: regexp.MustCompile(`^field (\S+) not found in type \S+$`),
		wrongKind:    regexp.MustCompile("^cannot unmarshal !!(\\w+) (?:`(.*)` )?into (\\S+)$"),
	}
}

// Decode reads the YAML file name of fsys into v, strictly: a syntax error,
// a key v has no field for, or a value of the wrong type is an error that
// names the file, line and column. Every problem is reported, joined with
// errors.Join.
func Decode(fsys fs.FS, name string, v any) error {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("lang: %w", err)
	}
	return DecodeBytes(data, name, v)
}

// DecodeBytes is Decode for data already read; name is used in positions.
func DecodeBytes(data []byte, name string, v any) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	err := dec.Decode(v)
	if err == nil || errors.Is(err, io.EOF) { // an empty file decodes to the zero value
		return nil
	}
	lines := strings.Split(string(data), "\n")
	var msgs []string
	var te *yaml.TypeError
	if errors.As(err, &te) {
		msgs = te.Errors
	} else {
		msgs = []string{err.Error()}
	}
	var errs []error
	ym := newYAMLMessages()
	for _, m := range msgs {
		e := &Error{File: name, Msg: m}
		if sm := ym.line.FindStringSubmatch(m); sm != nil {
			e.Line, _ = strconv.Atoi(sm[1])
			e.Msg = m[len(sm[0]):]
			e.Column = 1
			if e.Line >= 1 && e.Line <= len(lines) {
				l := lines[e.Line-1]
				e.Column = len(l) - len(strings.TrimLeft(l, " ")) + 1
				if strings.Contains(l, "\t") {
					e.Msg += " (hint: the line holds a tab; YAML indents with spaces only)"
				}
			}
		}
		e.Msg = ym.userTerms(strings.TrimPrefix(e.Msg, "yaml: "))
		errs = append(errs, e)
	}
	return errors.Join(errs...)
}

// userTerms rewrites yaml.v3's messages that name Go types in the terms of
// the file: an unknown key, a value of the wrong kind.
func (ym *yamlMessages) userTerms(msg string) string {
	if m := ym.unknownField.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("unknown key %q", m[1])
	}
	if m := ym.wrongKind.FindStringSubmatch(msg); m != nil {
		got := map[string]string{"str": "a string", "int": "a number", "float": "a number", "bool": "true or false",
			"seq": "a list", "map": "a mapping", "null": "empty", "timestamp": "a date"}[m[1]]
		if got == "" {
			got = m[1]
		}
		if m[2] != "" {
			got += " (" + m[2] + ")"
		}
		want := "a mapping of keys"
		switch t := m[3]; {
		case strings.HasPrefix(t, "[]"), strings.HasPrefix(t, "[") && strings.Contains(t, "]"):
			want = "a list"
		case strings.HasPrefix(t, "map["):
			want = "a mapping"
		case t == "string":
			want = "a string"
		case t == "bool":
			want = "true or false"
		case strings.HasPrefix(t, "int"), strings.HasPrefix(t, "uint"), strings.HasPrefix(t, "float"):
			want = "a number"
		}
		return fmt.Sprintf("the value is %s; want %s", got, want)
	}
	return msg
}
