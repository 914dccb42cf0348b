package pos

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"

	"github.com/nergraph/nergraph/internal/varint"
)

const (
	modelMagic   = "NERGRAPH-POS\x00"
	modelVersion = 1
	// maxModel bounds the size of a model read by Load.
	maxModel = 64 << 20
)

// Save writes the model in a compact binary form (varints, keys as
// differences), the same bytes for the same model. It returns the first
// write error.
func (m *Model) Save(w io.Writer) error {
	bw := bufio.NewWriter(w)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	sv := func(x int64) { bw.Write(buf[:binary.PutVarint(buf[:], x)]) }
	if m.tab != nil {
		m.chunkTables() // a decoded model builds its chunker's table on first use
	}
	bw.WriteString(modelMagic)
	uv(modelVersion)
	for _, l := range []*linear{&m.pos, &m.chunk} {
		uv(uint64(l.nclass))
		rows := l.rows()
		uv(uint64(len(rows)))
		prev := uint64(0)
		for _, r := range rows {
			uv(r.key - prev)
			prev = r.key
		}
		for _, r := range rows {
			uv(uint64(len(r.pairs)))
			last := -1
			for _, p := range r.pairs {
				uv(uint64(int(p.class) - last - 1)) // classes ascend
				last = int(p.class)
				sv(int64(p.w))
			}
		}
	}
	uv(uint64(len(m.vocab)))
	for _, v := range m.vocab {
		uv(uint64(len(v)))
		bw.WriteString(v)
	}
	uv(uint64(m.cls.len()))
	prev := uint64(0)
	for i := range m.cls.len() {
		k := m.cls.keys[i]
		uv(k - prev)
		prev = k
		for _, c := range m.cls.ids[i] {
			uv(uint64(c))
		}
	}
	return bw.Flush()
}

// Load reads a model written by [Model.Save]. Data that is not a model, or
// a model damaged or cut short, gives an error wrapping [ErrFormat]; Load
// never panics on bad data.
func Load(r io.Reader) (*Model, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxModel+1))
	if err != nil {
		return nil, fmt.Errorf("read pos model: %w", err)
	}
	if len(data) > maxModel {
		return nil, fmt.Errorf("%w: pos model larger than %d bytes", ErrFormat, maxModel)
	}
	return Decode(data)
}

// Decode decodes a model from the bytes written by [Model.Save]; see [Load].
// The sections come in the order Save writes them: the tagger's and the
// chunker's weights, the vocabulary, the word clusters.
func Decode(data []byte) (*Model, error) { return decode(data, false) }

// decode is Decode. With lazyChunker, for the embedded model only (whose
// whole decoding a test checks), it finds the end of the chunker's weights
// without decoding them and leaves them to the first chunking
// ([Model.chunkTables]): nergraph only tags, and the chunker's 40,000
// features and their weights were a third of the model's decoding.
func decode(data []byte, lazyChunker bool) (*Model, error) {
	d := decoder{data: data}
	if len(data) < len(modelMagic) || string(data[:len(modelMagic)]) != modelMagic {
		return nil, fmt.Errorf("%w: not a nergraph pos model", ErrFormat)
	}
	d.off = len(modelMagic)
	if v := d.uvarint(); d.err == nil && v != modelVersion {
		return nil, fmt.Errorf("%w: pos model version %d, want %d", ErrFormat, v, modelVersion)
	}
	m := &Model{}
	if d.linear(&m.pos, int(NumTags)); d.err != nil {
		return nil, d.err
	}
	if lazyChunker {
		from := d.off
		m.chunk.nfeat = d.skipLinear(NumChunks)
		m.chunkData = data[from:d.off:d.off]
	} else {
		d.linear(&m.chunk, NumChunks)
	}
	if d.err != nil {
		return nil, d.err
	}
	m.vocab = d.vocab()
	m.cls = d.clusters()
	if d.err == nil && d.off != len(data) {
		d.fail("%d bytes after the model", len(data)-d.off)
	}
	if d.err != nil {
		return nil, d.err
	}
	m.init()
	return m, nil
}

// linear reads the weights of a model of nclass classes into l's table:
// the feature keys, then each feature's weights, put in its slot as they
// are read (the rows of Save's order, kept whole until build, were 4 MB
// of fresh memory at each start). Its caller checks d.err before it uses
// l. (The loops stay in one function: a call per feature made Decode 2%
// slower.)
func (d *decoder) linear(l *linear, nclass int) {
	if nc := d.uvarint(); d.err == nil && nc != uint64(nclass) {
		d.fail("%d classes, want %d", nc, nclass)
	}
	l.nclass = nclass
	n := d.count(1)
	if d.err != nil {
		return
	}
	l.alloc(n)
	// The slot of each feature, in key order.
	at := make([]int32, n)
	// Keys ascend, each written as its difference from the one before.
	prev := uint64(0)
	for i := range at {
		delta := d.uvarint()
		if d.err == nil && (delta == 0 || prev+delta < prev) {
			d.fail("feature keys out of order")
		}
		if d.err != nil {
			return
		}
		prev += delta
		at[i] = l.insert(prev)
	}
	// Most features have a few weights, in their slots; the others share
	// extra, about two weights a feature in the models we train.
	l.extra = make([]pair, 0, 2*n)
	var buf [256]pair
	for _, s := range at {
		np := d.count(2)
		if np > nclass {
			d.fail("%d weights for %d classes", np, nclass)
			break
		}
		ps := buf[:0]
		last := -1
		// Classes ascend, each written as its distance from the one
		// before; a weight fits an int16.
		for range np {
			// A class distance of one byte and a weight of one or two,
			// nearly every pair, read in line: the model is decoded at
			// every start.
			var c, u uint64
			data, o := d.data, d.off
			switch {
			case o+1 < len(data) && data[o] < 0x80 && data[o+1] < 0x80:
				c, u, d.off = uint64(data[o]), uint64(data[o+1]), o+2
			case o+2 < len(data) && data[o] < 0x80 && data[o+1] >= 0x80 && data[o+2] < 0x80:
				c, u, d.off = uint64(data[o]), uint64(data[o+1]&0x7f)|uint64(data[o+2])<<7, o+3
			default:
				c, u = d.uvarint(), d.uvarint()
			}
			w := int64(u>>1) ^ -int64(u&1) // zig-zag, as binary.Varint reads it
			if d.err != nil {
				break
			}
			if c >= uint64(nclass) || last+1+int(c) >= nclass {
				d.fail("class out of range")
				break
			}
			if w < -1<<15 || w >= 1<<15 {
				d.fail("weight %d out of range", w)
				break
			}
			last += 1 + int(c)
			ps = append(ps, pair{class: uint8(last), w: int16(w)})
		}
		if d.err != nil {
			break
		}
		l.setPairs(s, ps)
	}
}

// skipLinear passes over the weights of a model of nclass classes, as
// linear would read them, and returns the number of features. It checks
// the counts, not the numbers: the keys' order, the classes and the
// weights are linear's to check.
func (d *decoder) skipLinear(nclass int) int {
	if nc := d.uvarint(); d.err == nil && nc != uint64(nclass) {
		d.fail("%d classes, want %d", nc, nclass)
	}
	n := d.count(1)
	d.skip(n)
	for range n {
		np := d.count(2)
		if np > nclass {
			d.fail("%d weights for %d classes", np, nclass)
		}
		if d.skip(2 * np); d.err != nil {
			return 0
		}
	}
	return n
}

// skip passes over n numbers.
func (d *decoder) skip(n int) {
	if d.err != nil {
		return
	}
	k := varint.Skip(d.data[d.off:], n)
	if k < 0 {
		d.fail("truncated or bad number")
		return
	}
	d.off += k
}

// vocab reads the vocabulary: a count, then each word's length and bytes.
func (d *decoder) vocab() []string {
	nv := d.count(2)
	vocab := make([]string, 0, nv)
	for range nv {
		n := d.count(1)
		if d.err != nil {
			break
		}
		vocab = append(vocab, string(d.data[d.off:d.off+n]))
		d.off += n
	}
	return vocab
}

// clusters reads the word clusters, keyed by word hash, or returns nil for
// a model without any.
func (d *decoder) clusters() clusterMap {
	nc := d.count(1 + numLevels)
	if nc == 0 {
		return nil
	}
	keys := make([]uint64, nc)
	ids := make([][numLevels]uint16, nc)
	prev := uint64(0)
	for i := range keys {
		delta := d.uvarint()
		if d.err == nil && (delta == 0 || prev+delta < prev) {
			d.fail("cluster keys out of order")
		}
		prev += delta
		keys[i] = prev
		for k := range numLevels {
			c := d.uvarint()
			if c > 1<<16-1 {
				d.fail("cluster id %d out of range", c)
			}
			ids[i][k] = uint16(c)
		}
		if d.err != nil {
			return nil
		}
	}
	return newClusterIndex(keys, ids)
}

type decoder struct {
	data []byte
	off  int
	err  error
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: pos model at byte %d: %s", ErrFormat, d.off, fmt.Sprintf(format, args...))
	}
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	// A number of one or two bytes (the counts, the cluster ids) in line,
	// the rest eight bytes at a time (internal/varint): the feature keys,
	// 130,000 numbers of seven bytes, read three times as fast.
	data, o := d.data, d.off
	if o < len(data) && data[o] < 0x80 {
		d.off = o + 1
		return uint64(data[o])
	}
	if o+1 < len(data) && data[o+1] < 0x80 {
		d.off = o + 2
		return uint64(data[o]&0x7f) | uint64(data[o+1])<<7
	}
	v, n := varint.Uvarint(d.data[d.off:])
	if n <= 0 {
		d.fail("truncated or bad number")
		return 0
	}
	d.off += n
	return v
}

// count reads a count of items that take at least size bytes each, and
// fails when the rest of the data cannot hold them: a damaged count must
// not allocate gigabytes.
func (d *decoder) count(size int) int {
	v := d.uvarint()
	if d.err != nil {
		return 0
	}
	if v > uint64((len(d.data)-d.off)/size) {
		d.fail("count %d larger than the data", v)
		return 0
	}
	return int(v)
}
