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
// bytes.Buffer, which keep the first write error for the caller (the
// writes of separators need no check).
type encodeWriter interface {
	io.Writer
	io.StringWriter
}

// encodeAll writes the values of seq as a json.Encoder (HTML left
// unescaped) writes them one after another, each made by value, between
// pre and post, and preceded by sep but the first. The bytes are those of
// encoding them one by one on one goroutine; with more than one core,
// chunks of values are encoded on every core at once and written in
// order, with at most a few chunks per core waiting, so that the output
// is never held whole. It returns the first error, after writing the
// values before it.
func encodeAll[V any](w encodeWriter, seq iter.Seq2[int, V], sep, pre, post string, value func(i int, v V) any) error {
	workers := runtime.GOMAXPROCS(0)
	// put writes value i; scratch is its caller's buffer for a value that
	// encodes itself (a [jsonAppender]), the same bytes without reflection.
	put := func(w encodeWriter, enc *json.Encoder, scratch *[]byte, i int, v V) error {
		if i > 0 {
			_, _ = w.WriteString(sep)
		}
		_, _ = w.WriteString(pre)
		if err := encodeOne(w, enc, scratch, value(i, v)); err != nil {
			return err
		}
		_, err := w.WriteString(post)
		return err
	}
	if workers < 2 {
		enc := newEncoder(w)
		var scratch []byte
		for i, v := range seq {
			if err := put(w, enc, &scratch, i, v); err != nil {
				return err
			}
		}
		return nil
	}
	stop := make(chan struct{})
	defer close(stop)
	// The slices of values go back to cutChunks once encoded: a copy of
	// every link would be as much garbage as the graph's links.
	spare := make(chan []V, 3*workers)
	order, jobs := cutChunks(seq, 2*workers, spare, stop)
	free := make(chan *bytes.Buffer, 3*workers) // buffers to use again
	for range workers {
		go func() {
			var scratch []byte
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
					if err = put(buf, enc, &scratch, c.first+k, v); err != nil {
						break
					}
				}
				c.done <- encoded{buf, err}
				clear(c.vs) // no strings kept alive
				select {
				case spare <- c.vs[:0]:
				default:
				}
			}
		}()
	}
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

// encodeOne writes x and a newline to w as enc would, by its appendJSON,
// in scratch, when it is a [jsonAppender] that takes it.
func encodeOne(w encodeWriter, enc *json.Encoder, scratch *[]byte, x any) error {
	if a, ok := x.(jsonAppender); ok {
		if b, ok := a.appendJSON((*scratch)[:0]); ok {
			*scratch = append(b, '\n')
			_, err := w.Write(*scratch)
			return err
		}
	}
	return enc.Encode(x)
}

// chunk is encodeChunk values of a sequence (fewer at its end), the first
// of index first, to be encoded into done.
type chunk[V any] struct {
	first int
	vs    []V
	done  chan encoded
}

// cutChunks cuts seq into chunks on a goroutine of its own, which hands
// each to jobs and, before, its done channel to order, in order. It stops
// when seq ends, closing both, or when stop is closed; at most ahead
// chunks are in order that its reader has not taken. It takes the slices
// of its chunks from spare when there are some there.
func cutChunks[V any](seq iter.Seq2[int, V], ahead int, spare <-chan []V, stop <-chan struct{}) (order chan chan encoded, jobs chan chunk[V]) {
	order, jobs = make(chan chan encoded, ahead), make(chan chunk[V])
	go func() {
		defer close(jobs)
		defer close(order)
		var c chunk[V]
		send := func() bool {
			c.done = make(chan encoded, 1)
			select {
			case order <- c.done:
			case <-stop:
				return false
			}
			select {
			case jobs <- c:
			case <-stop:
				return false
			}
			c = chunk[V]{}
			return true
		}
		for i, v := range seq {
			if c.vs == nil {
				c = chunk[V]{first: i}
				select {
				case c.vs = <-spare:
				default:
					c.vs = make([]V, 0, encodeChunk)
				}
			}
			if c.vs = append(c.vs, v); len(c.vs) == encodeChunk && !send() {
				return
			}
		}
		if c.vs != nil {
			send()
		}
	}()
	return order, jobs
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
