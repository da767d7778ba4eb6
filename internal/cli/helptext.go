package cli

import (
	_ "embed"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// helpTxt is the help text of the commands: see its head for the format.
//
//go:embed help.txt
var helpTxt string

// helpSections parses help.txt into its sections, keyed "PATH about" and
// "PATH examples". An about ends with a newline, examples do not.
func helpSections(txt string) (map[string]string, error) {
	sections := map[string]string{}
	key := ""
	var body []string
	flush := func() error {
		if key == "" {
			return nil
		}
		for len(body) > 0 && body[len(body)-1] == "" {
			body = body[:len(body)-1]
		}
		text := strings.Join(body, "\n")
		if text == "" {
			return fmt.Errorf("help.txt: section %q is empty", key)
		}
		if strings.HasSuffix(key, " about") {
			text += "\n"
		}
		if _, dup := sections[key]; dup {
			return fmt.Errorf("help.txt: section %q twice", key)
		}
		sections[key] = text
		return nil
	}
	for _, ln := range strings.Split(txt, "\n") {
		if h, ok := strings.CutPrefix(ln, "== "); ok {
			if err := flush(); err != nil {
				return nil, err
			}
			if !strings.HasSuffix(h, " about") && !strings.HasSuffix(h, " examples") {
				return nil, fmt.Errorf("help.txt: section %q is neither about nor examples", h)
			}
			key, body = h, nil
			continue
		}
		if key != "" {
			body = append(body, ln)
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return sections, nil
}

// setHelp gives every command of the tree under root the about and
// examples of help.txt it does not have from Go (a command may have no
// examples); a section with no command, or a command left without an
// about, is an error.
func setHelp(root *command, txt string) error {
	sections, err := helpSections(txt)
	if err != nil {
		return err
	}
	var walk func(path string, c *command) error
	walk = func(path string, c *command) error {
		for _, part := range []struct {
			name string
			text *string
		}{{"about", &c.about}, {"examples", &c.examples}} {
			key := path + " " + part.name
			if s, ok := sections[key]; ok && *part.text == "" {
				*part.text = s
				delete(sections, key)
			}
			if *part.text == "" && part.name == "about" {
				return fmt.Errorf("help.txt: no section %q", key)
			}
		}
		for _, s := range c.subs {
			p := s.name
			if c != root {
				p = path + " " + s.name
			}
			if err := walk(p, s); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(root.name, root); err != nil {
		return err
	}
	if len(sections) > 0 {
		keys := slices.Sorted(maps.Keys(sections))
		return fmt.Errorf("help.txt: section %q names no command, or one whose text is in Go", keys[0])
	}
	return nil
}
