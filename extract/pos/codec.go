package pos

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"slices"
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
	bw.WriteString(modelMagic)
	uv(modelVersion)
	for _, l := range []*linear{&m.pos, &m.chunk} {
		uv(uint64(l.nclass))
		uv(uint64(len(l.sorted)))
		prev := uint64(0)
		for _, r := range l.sorted {
			uv(r.key - prev)
			prev = r.key
		}
		for _, r := range l.sorted {
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
	keys := make([]uint64, 0, len(m.cls))
	for k := range m.cls {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	uv(uint64(len(keys)))
	prev := uint64(0)
	for _, k := range keys {
		uv(k - prev)
		prev = k
		for _, c := range m.cls[k] {
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
func Decode(data []byte) (*Model, error) {
	d := decoder{data: data}
	if len(data) < len(modelMagic) || string(data[:len(modelMagic)]) != modelMagic {
		return nil, fmt.Errorf("%w: not a nergraph pos model", ErrFormat)
	}
	d.off = len(modelMagic)
	if v := d.uvarint(); d.err == nil && v != modelVersion {
		return nil, fmt.Errorf("%w: pos model version %d, want %d", ErrFormat, v, modelVersion)
	}
	m := &Model{}
	for _, t := range []struct {
		l      *linear
		nclass int
	}{{&m.pos, int(NumTags)}, {&m.chunk, NumChunks}} {
		l := t.l
		if nc := d.uvarint(); d.err == nil && nc != uint64(t.nclass) {
			d.fail("%d classes, want %d", nc, t.nclass)
		}
		l.nclass = t.nclass
		n := d.count(1)
		l.sorted = make([]row, n)
		prev := uint64(0)
		for i := range l.sorted {
			delta := d.uvarint()
			if d.err == nil && (delta == 0 || prev+delta < prev) {
				d.fail("feature keys out of order")
			}
			prev += delta
			l.sorted[i].key = prev
		}
		all := make([]pair, 0, 2*n)
		for i := range l.sorted {
			np := d.count(2)
			if np > l.nclass {
				d.fail("%d weights for %d classes", np, l.nclass)
				break
			}
			from := len(all)
			last := -1
			for range np {
				c := d.uvarint()
				w := d.varint()
				if d.err != nil {
					break
				}
				if c >= uint64(l.nclass) || last+1+int(c) >= l.nclass {
					d.fail("class out of range")
					break
				}
				if w < -1<<15 || w >= 1<<15 {
					d.fail("weight %d out of range", w)
					break
				}
				last += 1 + int(c)
				all = append(all, pair{class: uint8(last), w: int16(w)})
			}
			l.sorted[i].pairs = all[from:len(all):len(all)]
			if d.err != nil {
				break
			}
		}
		if d.err != nil {
			return nil, d.err
		}
		l.build()
	}
	nv := d.count(2)
	m.vocab = make([]string, 0, nv)
	for range nv {
		n := d.count(1)
		if d.err != nil {
			break
		}
		m.vocab = append(m.vocab, string(data[d.off:d.off+n]))
		d.off += n
	}
	if nc := d.count(1 + numLevels); nc > 0 {
		m.cls = make(clusterMap, nc)
		prev := uint64(0)
		for range nc {
			delta := d.uvarint()
			if d.err == nil && (delta == 0 || prev+delta < prev) {
				d.fail("cluster keys out of order")
			}
			prev += delta
			var ids [numLevels]uint16
			for k := range ids {
				c := d.uvarint()
				if c > 1<<16-1 {
					d.fail("cluster id %d out of range", c)
				}
				ids[k] = uint16(c)
			}
			if d.err != nil {
				break
			}
			m.cls[prev] = ids
		}
	}
	if d.err == nil && d.off != len(data) {
		d.fail("%d bytes after the model", len(data)-d.off)
	}
	if d.err != nil {
		return nil, d.err
	}
	m.init()
	return m, nil
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
	v, n := binary.Uvarint(d.data[d.off:])
	if n <= 0 {
		d.fail("truncated or bad number")
		return 0
	}
	d.off += n
	return v
}

func (d *decoder) varint() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.data[d.off:])
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
