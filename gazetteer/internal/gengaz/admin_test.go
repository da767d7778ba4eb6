package main

import "testing"

// TestMapAdmin1: GeoNames admin1 codes are matched to dr5hn divisions (the
// positions are the real ones of the places and division centres named).
func TestMapAdmin1(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	qc := &state{ID: 1, Name: "Quebec", CC: "CA", Code: "QC", Lat: f(52.48), Lon: f(-71.83)}
	nb := &state{ID: 2, Name: "New Brunswick", CC: "CA", Code: "NB", Lat: f(46.50), Lon: f(-66.75)}
	md := &state{ID: 3, Name: "Maryland", CC: "US", Code: "MD", Lat: f(39.05), Lon: f(-76.64)}
	dc := &state{ID: 4, Name: "District of Columbia", CC: "US", Code: "DC", Lat: f(38.91), Lon: f(-77.04)}
	byCC := map[string][]*state{"CA": {qc, nb}, "US": {md, dc}}
	var ps []*state
	for i, lat := range []float64{31.7, 31.4, 31.5, 31.5, 32.5, 31.9, 31.8, 32.2} { // eight governorates
		ps = append(ps, &state{ID: 10 + i, Name: "g", CC: "PS", Lat: f(lat), Lon: f(35.2)})
	}
	byCC["PS"] = ps
	rows := []geoRow{
		{id: "6050610", name: "Laval", cc: "CA", admin1: "10", feature: "PPL", lat: 45.57, lon: -73.69},
		{id: "6077243", name: "Montreal", cc: "CA", admin1: "10", feature: "PPL", lat: 45.51, lon: -73.59},
		{id: "6076211", name: "Moncton", cc: "CA", admin1: "04", feature: "PPL", lat: 46.12, lon: -64.80},
		{id: "6087430", name: "Fredericton", cc: "CA", admin1: "04", feature: "PPLA", lat: 45.95, lon: -66.67},
		{id: "4347778", name: "Baltimore", cc: "US", admin1: "MD", feature: "PPL", lat: 39.29, lon: -76.61},
		{id: "4140963", name: "Washington", cc: "US", admin1: "DC", feature: "PPLC", lat: 38.90, lon: -77.04},
		{id: "284013", name: "Duma", cc: "PS", admin1: "WE", feature: "PPL", lat: 32.06, lon: 35.36},
		{id: "281133", name: "Jericho", cc: "PS", admin1: "WE", feature: "PPLA", lat: 31.87, lon: 35.44},
	}
	m := mapAdmin1(rows, byCC)
	for _, tc := range []struct {
		code string
		want *state
	}{
		{"CA.10", qc}, // Quebec's places lie nearer New Brunswick's centre; New Brunswick's code takes it first
		{"CA.04", nb},
		{"US.MD", md}, // the division's own letters
		{"US.DC", dc},
		{"PS.WE", nil}, // one code for many governorates: none is its
	} {
		if got := m[tc.code]; got != tc.want {
			name := func(s *state) string {
				if s == nil {
					return "none"
				}
				return s.Name
			}
			t.Errorf("%s: got %s, want %s", tc.code, name(got), name(tc.want))
		}
	}
}
