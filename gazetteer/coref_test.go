package gazetteer

import "testing"

func TestCorefKey(t *testing.T) {
	ix, err := NewIndex(New())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		key  string
		ok   bool
	}{
		{"فؤاد حسين", "حسين", true},
		{"Fuad Hussein", "hussein", true},
		{"محمد شياع السوداني", "السوداني", true},
		{"السوداني", "", false},           // one word: nothing shorter to refer back with
		{"الملك عبد الله", "", false},     // "الله" is never a person's short name
		{"سلمان بن عبدالعزيز", "", false}, // a father's name many people share
		{"محمد بن سلمان", "", false},
		{"عبدالله الثاني", "", false},
		{"بندر آل سعود", "", false},
		{"Ali Wu", "", false}, // too short to stand alone
	}
	for _, tc := range tests {
		key, ok := ix.CorefKey(tc.name)
		if key != tc.key || ok != tc.ok {
			t.Errorf("CorefKey(%q) = %q, %v; want %q, %v", tc.name, key, ok, tc.key, tc.ok)
		}
	}
}
