package ner

import (
	"math/rand/v2"
	"testing"
)

// bruteForce returns the best BIO-consistent tag sequence by enumeration.
func bruteForce(em []int64, n int, tr *transitions) []Tag {
	var best []Tag
	bestScore := int64(minScore)
	cur := make([]Tag, n)
	var rec func(k int, score int64)
	rec = func(k int, score int64) {
		if k == n {
			if best == nil || score > bestScore {
				bestScore, best = score, append([]Tag(nil), cur...)
			}
			return
		}
		prev := -1
		if k > 0 {
			prev = int(cur[k-1])
		}
		for j := 0; j < NumTags; j++ {
			if !allowed(prev, Tag(j)) {
				continue
			}
			row := NumTags
			if prev >= 0 {
				row = prev
			}
			cur[k] = Tag(j)
			rec(k+1, score+tr[row][j]+em[k*NumTags+j])
		}
	}
	rec(0, 0)
	return best
}

func score(em []int64, tags []Tag, tr *transitions) int64 {
	s, prev := int64(0), NumTags
	for k, g := range tags {
		s += tr[prev][g] + em[k*NumTags+int(g)]
		prev = int(g)
	}
	return s
}

// TestViterbi checks decoding against enumeration on random scores: same
// best score, and never an I- tag that continues nothing.
func TestViterbi(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for iter := 0; iter < 300; iter++ {
		n := 1 + rng.IntN(4)
		var tr transitions
		for i := range tr {
			for j := range tr[i] {
				tr[i][j] = rng.Int64N(200) - 100
			}
		}
		em := make([]int64, n*NumTags)
		for i := range em {
			em[i] = rng.Int64N(200) - 100
		}
		tags := make([]Tag, n)
		viterbi(em, n, &tr, make([]uint8, n*NumTags), tags)
		for k, g := range tags {
			prev := -1
			if k > 0 {
				prev = int(tags[k-1])
			}
			if !allowed(prev, g) {
				t.Fatalf("iteration %d: %v after %d", iter, g, prev)
			}
		}
		want := bruteForce(em, n, &tr)
		if got, w := score(em, tags, &tr), score(em, want, &tr); got != w {
			t.Fatalf("iteration %d: viterbi %v scores %d, best %v scores %d", iter, tags, got, want, w)
		}
	}
}
