package warc

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	w := NewWriter(&buf)
	blocks := []string{"first block\r\nwith lines\n", "", strings.Repeat("x", 100000)}
	for i, b := range blocks {
		h := Header{{Name: "WARC-Type", Value: "resource"}, {Name: "WARC-Record-ID", Value: fmt.Sprintf("<urn:uuid:%d>", i)}}
		if err := w.Write(h, []byte(b)); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	r := NewReader(&buf)
	for i, want := range blocks {
		rec, err := r.Next()
		if err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
		if rec.Type() != "resource" || rec.Header.Get("warc-record-id") != fmt.Sprintf("<urn:uuid:%d>", i) || rec.ContentLength != int64(len(want)) {
			t.Errorf("record %d: %+v", i, rec)
		}
		if i == 1 {
			continue // left unread: Next skips it
		}
		got, _ := io.ReadAll(rec.Block)
		if string(got) != want {
			t.Errorf("record %d: block %.40q, want %.40q", i, got, want)
		}
	}
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("after the last record: %v, want io.EOF", err)
	}
}

func TestMalformed(t *testing.T) {
	tests := []struct {
		name, in string
		want     error
	}{
		{"version", "HTTP/1.1 200 OK\r\n\r\n", ErrVersion},
		{"no colon", "WARC/1.0\r\nWARC-Type resource\r\n\r\n", ErrHeader},
		{"length", "WARC/1.0\r\nContent-Length: ten\r\n\r\n", ErrHeader},
		{"ends in header", "WARC/1.0\r\nWARC-Type: x\r\n", ErrHeader},
		{"long line", "WARC/1.0\r\nX: " + strings.Repeat("a", maxHeaderLine) + "\r\n\r\n", ErrHeaderSize},
		{"many fields", "WARC/1.0\r\n" + strings.Repeat("X: 1\r\n", maxHeaderFields+1) + "\r\n", ErrHeaderSize},
	}
	for _, tt := range tests {
		_, err := NewReader(strings.NewReader(tt.in)).Next()
		if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), "line ") {
			t.Errorf("%s: %v, want %v with a line", tt.name, err, tt.want)
		}
	}
	r := NewReader(strings.NewReader("WARC/1.0\r\nContent-Length: 100\r\n\r\nshort"))
	if _, err := r.Next(); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Next(); !errors.Is(err, ErrHeader) {
		t.Errorf("a block cut short: %v, want ErrHeader", err)
	}
}

func FuzzReader(f *testing.F) {
	f.Add("WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n")
	f.Fuzz(func(t *testing.T, in string) {
		r := NewReader(strings.NewReader(in))
		for range 1000 {
			rec, err := r.Next()
			if err != nil {
				return
			}
			if rec.ContentLength < 0 || rec.ContentLength > int64(len(in)) && rec.ContentLength > 0 {
				io.Copy(io.Discard, rec.Block)
			}
		}
	})
}

func ExampleReader() {
	var buf bytes.Buffer
	w := NewWriter(&buf)
	w.Write(Header{{Name: "WARC-Type", Value: "resource"}, {Name: "WARC-Target-URI", Value: "https://news.example/a"},
		{Name: "Content-Type", Value: "text/html"}}, []byte("<p>Kim met Putin.</p>"))
	w.Flush()
	r := NewReader(&buf)
	for {
		rec, err := r.Next()
		if err != nil {
			break
		}
		b, _ := io.ReadAll(rec.Block)
		fmt.Println(rec.Type(), rec.Header.Get("WARC-Target-URI"), string(b))
	}
	// Output:
	// resource https://news.example/a <p>Kim met Putin.</p>
}
