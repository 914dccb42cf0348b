package sqlite

import (
	"encoding/binary"
	"hash/crc32"
	"math"
	"reflect"
)

// The store keeps a checksum with the rows it answers from, computed when
// it writes them and checked whenever it reads them, because SQLite checks
// the structure of its file but not the values in it: a few bytes
// overwritten inside a row change a count or a name without any error. The
// checksum is CRC-32C, which detects every change of up to 32 bits in a row
// for certain and any other change with odds of 2^-32 against.
//
// Sets are checked by their size and the sum of their rows' checksums
// (mod 2^32, so that the order of the rows does not matter), which are kept
// beside them: store_sums for the articles, graph_state for the nodes of the
// cache.

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// summer computes a checksum over values, in order. Each value is tagged
// with its kind and text with its length, so that moving bytes from one value
// to the next changes the sum. Values are nil (NULL), string, int, int64,
// bool or float64.
//
// The bytes go through a buffer of its own and into the CRC a buffer at a
// time: CRC-32 is a running sum over the bytes, so the checksum is the
// same as the sum of each value's bytes in turn, which is how it was
// computed before (a call of crc32.Update for every value, 9 bytes for a
// number, cost more than the bytes). The buffer is an array, not a slice,
// so that a summer copied (or reset with summer{}) shares nothing with
// another. The typed methods (str, num, flag) take values without
// boxing them in an interface, which allocated for every string.
type summer struct {
	crc uint32
	n   int // bytes in buf
	buf [sumBuf]byte
}

// sumBuf is the size of a summer's buffer. A summer escapes to the heap
// (crc32.Update keeps nothing, but escape analysis cannot tell), so it is
// small: one allocation of 80 bytes for a row's sum, where boxing its
// values allocated for each text.
const sumBuf = 64

func (s *summer) add(vals ...any) {
	for _, v := range vals {
		switch v := v.(type) {
		case nil:
			s.null()
		case string:
			s.str(v)
		case int64:
			s.num(v)
		case int:
			s.num(int64(v))
		case bool:
			s.flag(v)
		case float64:
			s.put(3, math.Float64bits(v))
		default:
			// A programming error, not bad input: every call passes
			// the kinds above. (The type, not the value, goes in the
			// message, so that the values of every call do not escape.)
			panic("summer: value of type " + reflect.TypeOf(v).String())
		}
	}
}

// null adds a NULL.
func (s *summer) null() {
	if s.n == sumBuf {
		s.flush()
	}
	s.buf[s.n] = 0
	s.n++
}

// str adds a text value.
func (s *summer) str(v string) {
	s.put(1, uint64(len(v)))
	for len(v) > 0 {
		if s.n == sumBuf {
			s.flush()
		}
		c := copy(s.buf[s.n:], v)
		s.n += c
		v = v[c:]
	}
}

// num adds an integer.
func (s *summer) num(v int64) { s.put(2, uint64(v)) }

// flag adds a boolean, as the integer 0 or 1.
func (s *summer) flag(v bool) {
	b := uint64(0)
	if v {
		b = 1
	}
	s.put(2, b)
}

func (s *summer) put(tag byte, v uint64) {
	if s.n > sumBuf-9 {
		s.flush()
	}
	s.buf[s.n] = tag
	binary.LittleEndian.PutUint64(s.buf[s.n+1:], v)
	s.n += 9
}

// flush adds the buffered bytes to the CRC.
func (s *summer) flush() {
	s.crc = crc32.Update(s.crc, castagnoli, s.buf[:s.n])
	s.n = 0
}

// sum returns the checksum of the values added so far; more may follow.
func (s *summer) sum() int64 { return int64(crc32.Update(s.crc, castagnoli, s.buf[:s.n])) }

// rowSum computes the checksum of a row from its values, in the order of
// the table's columns.
func rowSum(vals ...any) int64 {
	var s summer
	s.add(vals...)
	return s.sum()
}

// setSum is the size and the checksum of a set of rows.
type setSum struct {
	rows int64
	sum  int64 // the sum of the rows' checksums, mod 2^32
}

func (s *setSum) add(rowSum int64) {
	s.rows++
	s.sum = (s.sum + rowSum) & math.MaxUint32
}

func (s *setSum) remove(rowSum int64) {
	s.rows--
	s.sum = (s.sum - rowSum) & math.MaxUint32
}

// nullable turns a NullString's value into what rowSum takes.
func nullable(valid bool, s string) any {
	if !valid {
		return nil
	}
	return s
}
