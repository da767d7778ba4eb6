package chart

import (
	"testing"
	"time"
)

func TestSpan(t *testing.T) {
	tests := []struct{ value, mod, want string }{
		{"2024-03-26", "", "2024-03-26 2024-03-26 day"},
		{"2024-02", "", "2024-02-01 2024-02-29 month"},
		{"2024-01", "START", "2024-01-01 2024-01-10 month"},
		{"2024-01", "MID", "2024-01-11 2024-01-20 month"},
		{"2024-01", "END", "2024-01-21 2024-01-31 month"},
		{"2024", "", "2024-01-01 2024-12-31 year"},
		{"2023", "START", "2023-01-01 2023-04-30 year"},
		{"2023", "END", "2023-09-01 2023-12-31 year"},
		{"2024-W01", "", "2024-01-01 2024-01-07 week"},
		{"2024-W13", "", "2024-03-25 2024-03-31 week"},
		{"2021-W01", "", "2021-01-04 2021-01-10 week"},
		{"2024-Q2", "", "2024-04-01 2024-06-30 quarter"},
		{"202", "", "2020-01-01 2029-12-31 decade"},
		{"2024-3-26", "", "error"},
		{"2024-13", "", "error"},
		{"2024-Q5", "", "error"},
		{"PAST_REF", "", "error"},
		{"", "", "error"},
	}
	for _, tt := range tests {
		start, end, gran, err := span(tt.value, tt.mod)
		got := "error"
		if err == nil {
			got = start.Format(time.DateOnly) + " " + end.Format(time.DateOnly) + " " + gran
		}
		if got != tt.want {
			t.Errorf("span(%q, %q) = %s, want %s", tt.value, tt.mod, got, tt.want)
		}
	}
}
