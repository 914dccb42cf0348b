package input

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// Stdin is the path that names standard input.
const Stdin = "-"

// File is one input to read.
type File struct {
	Path string // as given or found by walking a folder; [Stdin] for standard input
	Size int64  // in bytes; 0 for standard input and for files of unknown size
	// Err, when set, is why this input found in a folder cannot be read: a
	// subfolder that cannot be listed, a FIFO or device, a symbolic link
	// to a folder or to nothing. The reader reports it as a skipped input,
	// in its place.
	Err error
}

// ErrNoInput is returned by [Files] when no path is given.
var ErrNoInput = errors.New("no input")

// ErrNotRegular is wrapped by the error for a path that is neither a
// regular file nor a folder (a FIFO, a device, a socket): reading one can
// block for ever or never end.
var ErrNotRegular = errors.New("not a regular file or folder")

// Files returns the inputs that paths name, in order: a file as given, a
// folder walked in sorted order without its hidden files and folders
// (symbolic links to files are read; links to folders are not followed),
// and "-" for standard input. It fails when a path does not exist or is
// not a regular file or folder, and with [ErrNoInput] when paths is empty.
// What cannot be read inside a folder is returned as a File with Err set.
func Files(paths []string) ([]File, error) {
	if len(paths) == 0 {
		return nil, ErrNoInput
	}
	var out []File
	for _, p := range paths {
		if p == Stdin {
			out = append(out, File{Path: Stdin})
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			return nil, fmt.Errorf("input %s: %w", p, err)
		}
		switch {
		case st.IsDir():
			out = walk(out, p)
		case st.Mode().IsRegular():
			out = append(out, File{Path: p, Size: st.Size()})
		default:
			return nil, fmt.Errorf("input %s: %w (%s); give - to read standard input", p, ErrNotRegular, kind(st.Mode()))
		}
	}
	return out, nil
}

// kind names a file mode that is not regular.
func kind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return "mode " + m.String()
}

// walk appends the files under dir, in sorted order, leaving out hidden
// files and folders. What cannot be read is appended with Err set.
func walk(out []File, dir string) []File {
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			out = append(out, File{Path: path, Err: fmt.Errorf("walk %s: %w", path, unwrapPath(err))})
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if path != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		out = append(out, entry(path, d))
		return nil
	})
	return out
}

// entry is the File of a non-folder entry of a walk.
func entry(path string, d fs.DirEntry) File {
	info, err := os.Stat(path) // follows a symbolic link
	if err != nil {
		return File{Path: path, Err: fmt.Errorf("input %s: %w", path, unwrapPath(err))}
	}
	switch {
	case info.Mode().IsRegular():
		return File{Path: path, Size: info.Size()}
	case info.IsDir():
		return File{Path: path, Err: fmt.Errorf("input %s: a symbolic link to a folder, not followed; give its target to read it", path)}
	}
	return File{Path: path, Err: fmt.Errorf("input %s: %w (%s)", path, ErrNotRegular, kind(info.Mode()))}
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// OpenRegular opens path for reading when it is a regular file, refusing a
// FIFO, device or socket (whose reads may block for ever or never end) with
// an error wrapping [ErrNotRegular]. Reading more than max bytes fails with
// an error wrapping [ErrTooLarge], naming the flag that raises it. The
// check and the open are one: the file opened is the file checked.
func OpenRegular(path string, max int64, flag string) (io.ReadCloser, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !st.Mode().IsRegular() {
		f.Close()
		return nil, fmt.Errorf("%s: %w (%s)", path, ErrNotRegular, kind(st.Mode()))
	}
	return &limitedFile{File: f, r: &fileLimit{r: f, left: max, max: max, flag: flag}}, nil
}

type limitedFile struct {
	*os.File
	r io.Reader
}

func (l *limitedFile) Read(b []byte) (int, error) { return l.r.Read(b) }
