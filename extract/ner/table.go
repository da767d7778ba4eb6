package ner

import "math/bits"

// weightTable holds the weight rows of the feature buckets that have any:
// a bit per bucket says whether it has a row, and the rows of those that do
// are packed in bucket order. Most buckets have none (a rare word's
// features were pruned), and a lookup for them reads only the bit set,
// which is small enough to stay in the CPU's cache; the packed rows are a
// tenth of a dense table.
type weightTable struct {
	nz   []uint64 // bit b: bucket b has a row
	rank []uint32 // rank[i]: rows of the buckets before 64*i
	rows []int8   // NumTags weights per row
}

// row returns the weights of bucket b, or nil.
func (t *weightTable) row(b uint32) []int8 {
	w := t.nz[b>>6]
	bit := uint64(1) << (b & 63)
	if w&bit == 0 {
		return nil
	}
	i := int(t.rank[b>>6]) + bits.OnesCount64(w&(bit-1))
	return t.rows[i*NumTags : i*NumTags+NumTags]
}

// tableBuilder fills a weightTable with rows in increasing bucket order.
type tableBuilder struct {
	t    weightTable
	last int
}

func newTableBuilder(logBuckets uint, rows int) *tableBuilder {
	n := (1 << logBuckets) / 64
	return &tableBuilder{t: weightTable{nz: make([]uint64, n), rank: make([]uint32, n), rows: make([]int8, 0, rows*NumTags)}, last: -1}
}

// add appends the row of bucket b (b above every bucket added before).
func (tb *tableBuilder) add(b int, row []int8) {
	tb.t.nz[b>>6] |= 1 << (b & 63)
	tb.t.rows = append(tb.t.rows, row...)
	tb.last = b
}

func (tb *tableBuilder) done() weightTable {
	n := uint32(0)
	for i, w := range tb.t.nz {
		tb.t.rank[i] = n
		n += uint32(bits.OnesCount64(w))
	}
	return tb.t
}

// each calls fn with every bucket that has a row, in order.
func (t *weightTable) each(fn func(b int, row []int8)) {
	i := 0
	for wi, w := range t.nz {
		for w != 0 {
			b := wi*64 + bits.TrailingZeros64(w)
			fn(b, t.rows[i*NumTags:i*NumTags+NumTags])
			i++
			w &= w - 1
		}
	}
}

// numRows is the number of buckets with a row.
func (t *weightTable) numRows() int { return len(t.rows) / NumTags }
