package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/nergraph/nergraph/export"
	"github.com/nergraph/nergraph/graphstore"
)

// renderTop bounds the entities drawn in svg and png output: Graphviz layout
// time grows fast (seconds for 150 entities, tens of seconds for 1,000).
const renderTop = 150

// writeGraph writes g to out in format. An empty format is inferred from
// out's extension, else DOT. An empty out or "-" is standard output. A file
// is written atomically: to a temporary file in the same directory, renamed
// over out only when complete, so a failed run leaves no partial file and
// keeps the previous one. A directory format (csv) writes its files into the
// directory out the same way. svg and png draw at most the renderTop most
// connected entities, with a note on ErrOut when that drops some.
func writeGraph(ctx context.Context, ios *IOStreams, out, format string, g *graphstore.Graph) error {
	return writeGraphDrawing(ctx, ios, out, format, g, renderTop, export.About{})
}

// drawLimit is how many entities svg and png draw: the user's --top when
// given, else renderTop.
func drawLimit(f graphstore.Filter) int {
	if f.Top > 0 {
		return f.Top
	}
	return renderTop
}

// writeGraphDrawing is writeGraph drawing at most limit entities in svg and
// png, with about in the formats that show it (html, svg, png).
func writeGraphDrawing(ctx context.Context, ios *IOStreams, out, format string, g *graphstore.Graph, limit int, about export.About) error {
	if format == "" {
		format = export.ForPath(out)
		if format == "" {
			format = "dot"
		}
	}
	format = strings.ToLower(format)
	ex, err := export.Lookup(format)
	if err != nil {
		return &usageError{err}
	}
	stdout := out == "" || out == "-"
	if r, ok := ex.(export.Render); ok {
		if g, about, err = drawable(ios, g, limit, about); err != nil {
			return err
		}
		r.Stderr = ios.ErrOut
		ex = r
	}
	ex = export.Describe(ex, about)
	if dx, ok := ex.(export.DirExporter); ok {
		if stdout {
			return usagef("format %s writes a directory of files: give -o DIR", format)
		}
		return writeDirAtomic(ctx, out, func(create func(string) (io.Writer, error)) error {
			return dx.WriteFiles(g, create)
		})
	}
	if stdout {
		return ex.Write(ios.Out, g)
	}
	return writeFileAtomic(ctx, out, func(w io.Writer) error { return ex.Write(w, g) })
}

// writeFileAtomic writes path through write: into a temporary file in the
// same directory, synced and renamed over path when write succeeds, removed
// when it fails or ctx is cancelled before the rename. It is the one way
// the commands write a file.
//
// A path that is a symbolic link is followed: the link's final target is
// written atomically, and the link stays a link. A path that is not a
// regular file (a device such as /dev/null, a FIFO, or /dev/stdout and the
// other /dev/fd and /proc/self/fd names of an open descriptor) cannot be
// replaced and is written through instead, as a shell's redirection would.
// An existing file keeps its permissions; a new one gets 0644.
func writeFileAtomic(ctx context.Context, path string, write func(io.Writer) error) error {
	target, err := outputTarget(path)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if target.through {
		return writeThrough(ctx, path, write)
	}
	if err := replaceFile(ctx, target.path, target.perm, write); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// outTarget is where writeFileAtomic puts its output.
type outTarget struct {
	path    string      // the file to replace: path, or a link's final target
	perm    os.FileMode // the permissions it gets
	through bool        // write through path instead of replacing a file
}

// maxLinks bounds the symbolic links followed from one path, as the
// kernel's ELOOP does.
const maxLinks = 40

// outputTarget decides where a write to path goes: to the final target of
// its symbolic links, or through path itself when that is not a regular
// file (nor absent, nor a directory).
func outputTarget(path string) (outTarget, error) {
	final, err := followLinks(path)
	if err != nil {
		return outTarget{}, err
	}
	if procFD(final) {
		return outTarget{path: path, through: true}, nil
	}
	st, err := os.Stat(final)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return outTarget{path: final, perm: 0o644}, nil
	case err != nil:
		return outTarget{}, err
	case st.IsDir():
		return outTarget{}, errors.New("is a directory")
	case !st.Mode().IsRegular():
		return outTarget{path: path, through: true}, nil
	}
	return outTarget{path: final, perm: st.Mode().Perm()}, nil
}

// followLinks returns the path that path's chain of symbolic links ends at:
// path itself when it is no link, a path that need not exist when the last
// link dangles. It stops at a /proc or /dev/fd name (see procFD), whose
// link is no path to write to.
func followLinks(path string) (string, error) {
	for range maxLinks {
		if procFD(path) {
			return path, nil
		}
		st, err := os.Lstat(path)
		if errors.Is(err, os.ErrNotExist) {
			return path, nil
		}
		if err != nil {
			return "", err
		}
		if st.Mode()&os.ModeSymlink == 0 {
			return path, nil
		}
		dest, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(path), dest)
		}
		path = dest
	}
	return "", errors.New("too many levels of symbolic links")
}

// procFD reports whether path names a descriptor of a process, as
// /dev/stdout does through its link to /proc/self/fd/1: such a link points
// to whatever the descriptor is (a pipe, a terminal, a file another process
// opened), so it must be written through, never renamed onto.
func procFD(path string) bool {
	path = filepath.Clean(path)
	return strings.HasPrefix(path, "/proc/") || strings.HasPrefix(path, "/dev/fd/")
}

// writeThrough writes to an existing file that is not a regular one (a
// device, a FIFO, a descriptor such as /dev/stdout) in place. It appends
// rather than truncates, so that "-o /dev/stdout >> log" appends as the
// shell was asked to; a device or a FIFO has no end to truncate anyway.
// Nothing can be undone when write fails or ctx is cancelled.
func writeThrough(ctx context.Context, path string, write func(io.Writer) error) (err error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("write %s: %w", path, cerr)
		}
	}()
	if err := write(f); err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) && pe.Path == path {
			return err // already "write PATH: ..."
		}
		return fmt.Errorf("write %s: %w", path, err)
	}
	return ctx.Err()
}

// replaceFile writes path through write into a temporary file beside it,
// then renames it over path, as writeFileAtomic says.
func replaceFile(ctx context.Context, path string, perm os.FileMode, write func(io.Writer) error) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err = write(f); err != nil {
		return err
	}
	if err = f.Chmod(perm); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = ctx.Err(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// writeDirAtomic writes the files of a directory format into dir. When dir
// does not exist, the files go to a temporary directory beside it that is
// renamed to dir when all are written. When dir exists, each file goes to a
// temporary file in it, and all are renamed into place only once every one
// is written; other files in dir are left alone. On error, or when ctx is
// cancelled before the renames, nothing is left behind and existing files
// are untouched.
func writeDirAtomic(ctx context.Context, dir string, write func(create func(name string) (io.Writer, error)) error) (err error) {
	// A link to a folder stays a link: the files go to its target.
	name := dir
	if dir, err = followLinks(dir); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	st, statErr := os.Stat(dir)
	switch {
	case statErr == nil && !st.IsDir():
		return fmt.Errorf("write %s: not a directory", name)
	case statErr != nil && !errors.Is(statErr, os.ErrNotExist):
		return fmt.Errorf("write %s: %w", name, statErr)
	}
	fresh := statErr != nil
	target, tmpDir := dir, ""
	if fresh {
		if tmpDir, err = os.MkdirTemp(filepath.Dir(filepath.Clean(dir)), "."+filepath.Base(dir)+".tmp*"); err != nil {
			return fmt.Errorf("write %s: %w", name, err)
		}
		target = tmpDir
	}
	type pending struct {
		f    *os.File
		name string
	}
	var files []pending
	defer func() {
		if err == nil {
			return
		}
		for _, p := range files {
			p.f.Close()
			os.Remove(p.f.Name())
		}
		if tmpDir != "" {
			os.RemoveAll(tmpDir)
		}
		err = fmt.Errorf("write %s: %w", name, err)
	}()
	create := func(name string) (io.Writer, error) {
		if name != filepath.Base(name) || name == "." || name == ".." {
			return nil, fmt.Errorf("bad file name %q", name)
		}
		f, err := os.CreateTemp(target, "."+name+".tmp*")
		if err != nil {
			return nil, err
		}
		files = append(files, pending{f, name})
		return f, nil
	}
	if err = write(create); err != nil {
		return err
	}
	for _, p := range files {
		if err = p.f.Chmod(0o644); err != nil {
			return err
		}
		if err = p.f.Sync(); err != nil {
			return err
		}
	}
	for _, p := range files {
		if err = p.f.Close(); err != nil {
			return err
		}
	}
	if err = ctx.Err(); err != nil {
		return err
	}
	for _, p := range files {
		if err = os.Rename(p.f.Name(), filepath.Join(target, p.name)); err != nil {
			return err
		}
	}
	if fresh {
		if err = os.Chmod(tmpDir, 0o755); err != nil {
			return err
		}
		if err = os.Rename(tmpDir, dir); err != nil {
			return err
		}
	}
	return nil
}
