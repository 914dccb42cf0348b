package warc

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
)

// Writer writes WARC/1.1 records.
type Writer struct {
	w *bufio.Writer
}

// NewWriter returns a writer of records to w. Call Flush at the end.
func NewWriter(w io.Writer) *Writer { return &Writer{w: bufio.NewWriter(w)} }

// Write writes one record: the version line, the fields of h in order
// followed by Content-Length, a blank line, the block and two line ends.
// The caller gives WARC-Type, WARC-Record-ID, WARC-Date and the others the
// record needs; Content-Length must not be among them.
func (w *Writer) Write(h Header, block []byte) error {
	if _, err := io.WriteString(w.w, "WARC/1.1\r\n"); err != nil {
		return err
	}
	for _, f := range h {
		if _, err := fmt.Fprintf(w.w, "%s: %s\r\n", f.Name, f.Value); err != nil {
			return err
		}
	}
	if _, err := io.WriteString(w.w, "Content-Length: "+strconv.Itoa(len(block))+"\r\n\r\n"); err != nil {
		return err
	}
	if _, err := w.w.Write(block); err != nil {
		return err
	}
	_, err := io.WriteString(w.w, "\r\n\r\n")
	return err
}

// Flush writes what is buffered.
func (w *Writer) Flush() error { return w.w.Flush() }
