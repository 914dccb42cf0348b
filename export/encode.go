package export

import (
	"bytes"
	"encoding/json"
	"io"
	"iter"
	"runtime"
)

// encodeChunk is how many values one goroutine of encodeAll encodes at a
// time: enough to make handing them over cheap, few enough that the
// chunks waiting to be written stay small (a link of AG News encodes to
// about 150 bytes, one of Reuters with its relations to a few kilobytes).
const encodeChunk = 256

// encodeWriter is what encodeAll writes to: a bufio.Writer or a
// bytes.Buffer.
type encodeWriter interface {
	io.Writer
	io.StringWriter
}

// encodeAll writes the values of seq as a json.Encoder (HTML left
// unescaped) writes them one after another, each made by value, between
// pre and post, and preceded by sep but the first. The bytes are those of encoding them one
// by one on one goroutine; with more than one core, chunks of values are
// encoded on every core at once and written in order, with at most a few
// chunks per core waiting, so that the output is never held whole. It
// returns the first error, after writing the values before it.
func encodeAll[V any](w encodeWriter, seq iter.Seq2[int, V], sep, pre, post string, value func(i int, v V) any) error {
	workers := runtime.GOMAXPROCS(0)
	if workers < 2 {
		enc := newEncoder(w)
		for i, v := range seq {
			if i > 0 {
				w.WriteString(sep)
			}
			w.WriteString(pre)
			if err := enc.Encode(value(i, v)); err != nil {
				return err
			}
			w.WriteString(post)
		}
		return nil
	}
	type chunk struct {
		first int // index of vs[0]
		vs    []V
		done  chan encoded
	}
	jobs := make(chan chunk)
	order := make(chan chan encoded, 2*workers) // the chunks in order: at most this many ahead of the writer
	stop := make(chan struct{})
	go func() { // cut seq into chunks
		defer close(jobs)
		defer close(order)
		var vs []V
		first := 0
		send := func() bool {
			c := chunk{first, vs, make(chan encoded, 1)}
			vs = nil
			select {
			case order <- c.done:
			case <-stop:
				return false
			}
			select {
			case jobs <- c:
				return true
			case <-stop:
				return false
			}
		}
		for i, v := range seq {
			if vs == nil {
				vs, first = make([]V, 0, encodeChunk), i
			}
			if vs = append(vs, v); len(vs) == encodeChunk && !send() {
				return
			}
		}
		if vs != nil {
			send()
		}
	}()
	free := make(chan *bytes.Buffer, cap(order)+workers) // buffers to use again
	for range workers {
		go func() {
			for c := range jobs {
				var buf *bytes.Buffer
				select {
				case buf = <-free:
					buf.Reset()
				default:
					buf = new(bytes.Buffer)
				}
				enc := newEncoder(buf)
				var err error
				for k, v := range c.vs {
					if c.first+k > 0 {
						buf.WriteString(sep)
					}
					buf.WriteString(pre)
					if err = enc.Encode(value(c.first+k, v)); err != nil {
						break
					}
					buf.WriteString(post)
				}
				c.done <- encoded{buf, err}
			}
		}()
	}
	defer close(stop)
	for done := range order {
		e := <-done
		if _, err := w.Write(e.buf.Bytes()); err != nil {
			return err
		}
		if e.err != nil {
			return e.err
		}
		select {
		case free <- e.buf:
		default:
		}
	}
	return nil
}

// encoded is a chunk of values encoded, up to the first error.
type encoded struct {
	buf *bytes.Buffer
	err error
}

// newEncoder is the encoder of every JSON format: HTML characters as they
// are, not escaped.
func newEncoder(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}
