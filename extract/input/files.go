package input

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Stdin is the path that names standard input.
const Stdin = "-"

// File is one input to read.
type File struct {
	Path string // as given or found by walking a folder; [Stdin] for standard input
	Size int64  // in bytes; 0 for standard input and for files of unknown size
}

// ErrNoInput is returned by [Files] when no path is given.
var ErrNoInput = errors.New("no input")

// Files returns the inputs that paths name, in order: a file as given, a
// folder walked in sorted order without its hidden files and folders, and
// "-" for standard input. It fails when a path does not exist or a folder
// cannot be walked, and with [ErrNoInput] when paths is empty.
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
			return nil, fmt.Errorf("input %s: %w", p, errors.Unwrap(err))
		}
		if !st.IsDir() {
			out = append(out, File{Path: p, Size: st.Size()})
			continue
		}
		if out, err = walk(out, p); err != nil {
			return nil, fmt.Errorf("walk %s: %w", p, err)
		}
	}
	return out, nil
}

// walk appends the regular files under dir, in sorted order, leaving out
// hidden files and folders.
func walk(out []File, dir string) ([]File, error) {
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if path != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			info, err := d.Info()
			if err != nil {
				return err
			}
			out = append(out, File{Path: path, Size: info.Size()})
		}
		return nil
	})
	return out, err
}
