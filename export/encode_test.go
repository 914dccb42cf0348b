package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"testing"
)

// TestEncodeAll checks that encodeAll writes, on any number of cores, the
// bytes of one encoder writing the values one by one, and that it stops at
// the first value that does not encode with the values before it written.
func TestEncodeAll(t *testing.T) {
	type value struct {
		N    int     `json:"n"`
		Name string  `json:"name"`
		F    float64 `json:"f"`
	}
	values := func(n, bad int) []value {
		vs := make([]value, n)
		for i := range vs {
			vs[i] = value{N: i, Name: fmt.Sprintf("<v%d> & \"%d\"", i, i%7), F: float64(i) / 3}
		}
		if bad >= 0 {
			vs[bad].F = math.NaN()
		}
		return vs
	}
	// want is what one encoder makes of vs, up to the first error.
	want := func(vs []value, sep, pre, post string) ([]byte, error) {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		for i, v := range vs {
			if i > 0 {
				buf.WriteString(sep)
			}
			buf.WriteString(pre)
			if err := enc.Encode(v); err != nil {
				return buf.Bytes(), err
			}
			buf.WriteString(post)
		}
		return buf.Bytes(), nil
	}
	tests := []struct {
		name           string
		n, bad         int
		sep, pre, post string
	}{
		{"empty", 0, -1, ",", "", ""},
		{"one", 1, -1, ",", "", ""},
		{"one chunk", encodeChunk, -1, ",", "", ""},
		{"many chunks", 40*encodeChunk + 17, -1, ",", "", ""},
		{"wrapped", 9*encodeChunk + 1, -1, ",\n", `{"data": `, "}"},
		{"error first", 5 * encodeChunk, 0, ",", "", ""},
		{"error in a late chunk", 40 * encodeChunk, 23*encodeChunk + 5, ",", "", ""},
	}
	for _, tt := range tests {
		vs := values(tt.n, tt.bad)
		wantOut, wantErr := want(vs, tt.sep, tt.pre, tt.post)
		for _, procs := range []int{1, 2, 4} {
			t.Run(fmt.Sprintf("%s/%d", tt.name, procs), func(t *testing.T) {
				defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
				var got bytes.Buffer
				err := encodeAll(&got, slices.All(vs), tt.sep, tt.pre, tt.post, func(_ int, v value) any { return v })
				if (err != nil) != (wantErr != nil) {
					t.Fatalf("error %v, want %v", err, wantErr)
				}
				var ue *json.UnsupportedValueError
				if wantErr != nil && !errors.As(err, &ue) {
					t.Errorf("error %v, want a json.UnsupportedValueError", err)
				}
				if !bytes.Equal(got.Bytes(), wantOut) {
					t.Errorf("wrote %d bytes, want %d: they differ", got.Len(), len(wantOut))
				}
			})
		}
	}
}

// failWriter fails every write after the first n bytes.
type failWriter struct{ n int }

var errFull = errors.New("disk full")

func (f *failWriter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		return 0, errFull
	}
	f.n -= len(p)
	return len(p), nil
}

func (f *failWriter) WriteString(s string) (int, error) { return f.Write([]byte(s)) }

// TestEncodeAllWriteError checks that a write error ends encodeAll with it.
func TestEncodeAllWriteError(t *testing.T) {
	vs := make([]int, 50*encodeChunk)
	for _, procs := range []int{1, 4} {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		// One encoder writes the values straight to w, which then fails
		// only at its own write; chunks fail at theirs.
		if err := encodeAll(&failWriter{n: 1000}, slices.All(vs), ",", "", "", func(_ int, v int) any { return v }); !errors.Is(err, errFull) {
			t.Errorf("GOMAXPROCS %d: error %v, want %v", procs, err, errFull)
		}
	}
}
