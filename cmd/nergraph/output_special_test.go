package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// writeString is a write func for writeFileAtomic.
func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

// TestWriteFileThroughLinks checks that -o naming a symbolic link writes the
// link's target, atomically, and leaves the link a link.
func TestWriteFileThroughLinks(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.json")
	if err := os.WriteFile(real, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	mustLink := func(dest, link string) string {
		t.Helper()
		p := filepath.Join(dir, link)
		if err := os.Symlink(dest, p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	rel := mustLink("real.json", "rel.json")       // relative
	abs := mustLink(real, "abs.json")              // absolute
	chain := mustLink("rel.json", "chain.json")    // a link to a link
	dangling := mustLink("sub/new.json", "d.json") // to a file not made yet
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	for i, link := range []string{rel, abs, chain} {
		want := fmt.Sprint("content ", i)
		if err := writeFileAtomic(context.Background(), link, writeString(want)); err != nil {
			t.Fatalf("write %s: %v", link, err)
		}
		if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
			t.Errorf("%s is no longer a link (%v, %v)", link, st.Mode(), err)
		}
		if got, _ := os.ReadFile(real); string(got) != want {
			t.Errorf("after writing %s, %s = %q, want %q", filepath.Base(link), real, got, want)
		}
		if st, _ := os.Stat(real); st.Mode().Perm() != 0o600 {
			t.Errorf("the target's mode became %v, want it kept at 0600", st.Mode().Perm())
		}
	}
	if err := writeFileAtomic(context.Background(), dangling, writeString("fresh")); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "sub", "new.json")); string(got) != "fresh" {
		t.Errorf("the dangling link's target = %q, want %q", got, "fresh")
	}
	if st, _ := os.Lstat(dangling); st.Mode()&os.ModeSymlink == 0 {
		t.Errorf("%s is no longer a link", dangling)
	}
	loop := mustLink("loop.json", "loop.json")
	if err := writeFileAtomic(context.Background(), loop, writeString("x")); err == nil || !strings.Contains(err.Error(), "symbolic links") {
		t.Errorf("a link to itself: err = %v, want too many links", err)
	}
	if err := writeFileAtomic(context.Background(), filepath.Join(dir, "sub"), writeString("x")); err == nil {
		t.Error("writing over a directory succeeded")
	}
	for _, e := range listDir(t, dir) {
		if strings.Contains(e, ".tmp") {
			t.Errorf("left %s behind", e)
		}
	}
}

func listDir(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// TestWriteFileThroughSpecial checks that -o naming a device, a FIFO or a
// process's descriptor (as /dev/stdout is) writes through it instead of
// replacing it with a regular file.
func TestWriteFileThroughSpecial(t *testing.T) {
	if st, err := os.Stat("/dev/null"); err == nil && st.Mode()&os.ModeCharDevice != 0 {
		if err := writeFileAtomic(context.Background(), "/dev/null", writeString("gone")); err != nil {
			t.Errorf("write /dev/null: %v", err)
		}
		if st, err := os.Stat("/dev/null"); err != nil || st.Mode()&os.ModeCharDevice == 0 {
			t.Fatalf("/dev/null is no longer a device: %v %v", st.Mode(), err)
		}
	}
	t.Run("fifo", func(t *testing.T) {
		fifo := filepath.Join(t.TempDir(), "fifo")
		if err := syscall.Mkfifo(fifo, 0o600); err != nil {
			t.Skipf("no FIFOs here: %v", err)
		}
		got := make(chan string, 1)
		go func() {
			f, err := os.Open(fifo)
			if err != nil {
				got <- err.Error()
				return
			}
			defer f.Close()
			b, _ := io.ReadAll(f)
			got <- string(b)
		}()
		if err := writeFileAtomic(context.Background(), fifo, writeString("through the fifo")); err != nil {
			t.Fatal(err)
		}
		if s := <-got; s != "through the fifo" {
			t.Errorf("read %q from the FIFO", s)
		}
	})
	for _, prefix := range []string{"/proc/self/fd/", "/dev/fd/"} {
		t.Run(prefix, func(t *testing.T) {
			r, w, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			path := fmt.Sprint(prefix, w.Fd())
			if _, err := os.Stat(path); err != nil {
				w.Close()
				t.Skipf("no %s here: %v", prefix, err)
			}
			err = writeFileAtomic(context.Background(), path, writeString("to the pipe"))
			w.Close()
			if err != nil {
				t.Fatal(err)
			}
			if b, _ := io.ReadAll(r); string(b) != "to the pipe" {
				t.Errorf("read %q from the pipe", b)
			}
		})
	}
}

// TestWriteDirThroughLink checks that a directory format written to a link
// to a folder fills the folder and keeps the link.
func TestWriteDirThroughLink(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "link")
	if err := os.Symlink("target", link); err != nil {
		t.Fatal(err)
	}
	write := func(create func(string) (io.Writer, error)) error {
		w, err := create("nodes.csv")
		if err != nil {
			return err
		}
		_, err = io.WriteString(w, "id\n")
		return err
	}
	// The link dangles: the folder is made where it points.
	if err := writeDirAtomic(context.Background(), link, write); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Errorf("%s is no longer a link", link)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "target", "nodes.csv")); err != nil || string(b) != "id\n" {
		t.Errorf("target/nodes.csv = %q, %v", b, err)
	}
	// It exists now: written in place.
	if err := writeDirAtomic(context.Background(), link, write); err != nil {
		t.Fatal(err)
	}
	if got := listDir(t, filepath.Join(dir, "target")); len(got) != 1 {
		t.Errorf("target holds %v", got)
	}
}
