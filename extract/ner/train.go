package ner

import (
	"math"
	"math/rand/v2"
)

// Example is one training sentence: the feature buckets of its tokens
// (numFeatures per token, as featurizer.buckets writes them) and the gold
// tags.
type Example struct {
	Feats []uint32
	Gold  []Tag
}

// Trainer learns the weights of a structured averaged perceptron (Collins
// 2002): for each sentence, decode with the current weights; where the best
// sequence differs from the gold one, add the gold sequence's features and
// subtract the predicted one's. The weights returned are the average over
// every step, which generalizes far better than the last ones.
type Trainer struct {
	nf   int // features per token
	w    []int32
	u    []int64 // sum over updates of step × change, for the average
	tw   transitions
	tu   transitions
	step int64
	em   []int64
	back []uint8
	pred []Tag
}

// NewTrainer returns a Trainer over 2^logBuckets feature buckets with nf
// features per token.
func NewTrainer(logBuckets uint, nf int) *Trainer {
	n := (1 << logBuckets) * NumTags
	return &Trainer{nf: nf, w: make([]int32, n), u: make([]int64, n), step: 1}
}

// Epoch makes one pass over exs in an order shuffled by rng.
func (tr *Trainer) Epoch(exs []Example, rng *rand.Rand) {
	order := rng.Perm(len(exs))
	for _, i := range order {
		tr.learn(&exs[i])
		tr.step++
	}
}

// Decode returns the best tag sequence for ex under the current weights.
func (tr *Trainer) Decode(ex *Example) []Tag {
	n := len(ex.Gold)
	if cap(tr.em) < n*NumTags {
		tr.em = make([]int64, n*NumTags)
		tr.back = make([]uint8, n*NumTags)
		tr.pred = make([]Tag, n)
	}
	em := tr.em[:n*NumTags]
	for k := 0; k < n; k++ {
		e := em[k*NumTags:][:NumTags]
		clear(e)
		for _, b := range ex.Feats[k*tr.nf : (k+1)*tr.nf] {
			row := tr.w[int(b)*NumTags:][:NumTags]
			for j, v := range row {
				e[j] += int64(v)
			}
		}
	}
	pred := tr.pred[:n]
	viterbi(em, n, &tr.tw, tr.back, pred)
	return pred
}

func (tr *Trainer) learn(ex *Example) {
	pred := tr.Decode(ex)
	gold := ex.Gold
	pg, pp := NumTags, NumTags // previous tags, NumTags at the start
	for k := range gold {
		g, p := int(gold[k]), int(pred[k])
		if g != p {
			for _, b := range ex.Feats[k*tr.nf : (k+1)*tr.nf] {
				tr.update(int(b)*NumTags+g, 1)
				tr.update(int(b)*NumTags+p, -1)
			}
		}
		if g != p || pg != pp {
			tr.tw[pg][g]++
			tr.tu[pg][g] += tr.step
			tr.tw[pp][p]--
			tr.tu[pp][p] -= tr.step
		}
		pg, pp = g, p
	}
}

func (tr *Trainer) update(i int, d int32) {
	tr.w[i] += d
	tr.u[i] += int64(d) * tr.step
}

// Averaged returns the averaged weights: bucket b, tag j at b*NumTags+j,
// and the transition weights.
func (tr *Trainer) Averaged() ([]float32, [NumTags + 1][NumTags]float32) {
	w := make([]float32, len(tr.w))
	c := float64(tr.step)
	for i, v := range tr.w {
		if v != 0 || tr.u[i] != 0 {
			w[i] = float32(float64(v) - float64(tr.u[i])/c)
		}
	}
	var t [NumTags + 1][NumTags]float32
	for i := range tr.tw {
		for j := range tr.tw[i] {
			t[i][j] = float32(float64(tr.tw[i][j]) - float64(tr.tu[i][j])/c)
		}
	}
	return w, t
}

// quantize turns averaged weights into the 8-bit table of a Model (as
// accurate on the development split as 16 bits, and half the memory the
// labeller's hot loop reads): weights scaled so that the largest is 127, rows whose largest weight is below
// prune (as a fraction of the largest) set to zero. It returns the
// transitions in the same unit.
func quantize(w []float32, t [NumTags + 1][NumTags]float32, prune float64) ([]int8, transitions) {
	var maxAbs float64
	for _, v := range w {
		maxAbs = max(maxAbs, math.Abs(float64(v)))
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	scale := 127 / maxAbs
	q := make([]int8, len(w))
	for r := 0; r+NumTags <= len(w); r += NumTags {
		var m float64
		for _, v := range w[r : r+NumTags] {
			m = max(m, math.Abs(float64(v)))
		}
		if m < prune*maxAbs || m == 0 {
			continue
		}
		for j, v := range w[r : r+NumTags] {
			q[r+j] = int8(math.Round(float64(v) * scale))
		}
	}
	var tq transitions
	for i := range t {
		for j := range t[i] {
			tq[i][j] = int64(math.Round(float64(t[i][j]) * scale))
		}
	}
	return q, tq
}
