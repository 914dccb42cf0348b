package sqlite

import (
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"math"
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
type summer struct {
	crc uint32
	buf [9]byte
	txt []byte // text to sum, reused: crc32 takes bytes
}

func (s *summer) add(vals ...any) {
	for _, v := range vals {
		switch v := v.(type) {
		case nil:
			s.crc = crc32.Update(s.crc, castagnoli, []byte{0})
		case string:
			s.put(1, uint64(len(v)))
			s.txt = append(s.txt[:0], v...)
			s.crc = crc32.Update(s.crc, castagnoli, s.txt)
		case int64:
			s.put(2, uint64(v))
		case int:
			s.put(2, uint64(v))
		case bool:
			b := uint64(0)
			if v {
				b = 1
			}
			s.put(2, b)
		case float64:
			s.put(3, math.Float64bits(v))
		default:
			// A programming error, not bad input: every call passes
			// the kinds above.
			panic(fmt.Sprintf("summer: value of type %T", v))
		}
	}
}

func (s *summer) put(tag byte, v uint64) {
	s.buf[0] = tag
	binary.LittleEndian.PutUint64(s.buf[1:], v)
	s.crc = crc32.Update(s.crc, castagnoli, s.buf[:])
}

func (s *summer) sum() int64 { return int64(s.crc) }

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
