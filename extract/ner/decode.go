package ner

import "math"

// transitions holds the score of tag j after tag i (row NumTags: at the
// start of a sentence).
type transitions [NumTags + 1][NumTags]int64

const minScore = math.MinInt64 / 4

// viterbi writes in tags the best BIO-consistent tag sequence for n tokens
// with emission scores em[k*NumTags+tag], and returns its score; back is
// scratch of n*NumTags.
func viterbi(em []int64, n int, tr *transitions, back []uint8, tags []Tag) int64 {
	if n == 0 {
		return 0
	}
	var cur, next [NumTags]int64
	for j := 0; j < NumTags; j++ {
		cur[j] = minScore
		if allowed(-1, Tag(j)) {
			cur[j] = tr[NumTags][j] + em[j]
		}
	}
	for k := 1; k < n; k++ {
		e := (*[NumTags]int64)(em[k*NumTags:])
		b := (*[NumTags]uint8)(back[k*NumTags:])
		// O and B- tags may follow any tag; an I- tag only the B- or I-
		// of its type (tags 2t-1 and 2t).
		for j := 0; j < NumTags; j++ {
			if Tag(j).IsInside() {
				i1, i2 := j-1, j
				s1, s2 := cur[i1]+tr[i1][j], cur[i2]+tr[i2][j]
				if s2 > s1 {
					next[j], b[j] = s2+e[j], uint8(i2)
				} else {
					next[j], b[j] = s1+e[j], uint8(i1)
				}
				continue
			}
			best, arg := cur[0]+tr[0][j], 0
			for i := 1; i < NumTags; i++ {
				if s := cur[i] + tr[i][j]; s > best {
					best, arg = s, i
				}
			}
			next[j], b[j] = best+e[j], uint8(arg)
		}
		cur = next
	}
	best, arg := int64(minScore), 0
	for j := 0; j < NumTags; j++ {
		if cur[j] > best {
			best, arg = cur[j], j
		}
	}
	for k := n - 1; k >= 0; k-- {
		tags[k] = Tag(arg)
		if k > 0 {
			arg = int(back[k*NumTags+arg])
		}
	}
	return best
}
