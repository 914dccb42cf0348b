package export

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/nergraph/nergraph/graphstore"
)

// Exporter writes a graph in one format.
type Exporter interface {
	// Write writes g to w. It does not close w and stops at the first error.
	Write(w io.Writer, g *graphstore.Graph) error
}

// format is a registered exporter with the file extensions it claims.
type format struct {
	name string
	exts []string
	ex   Exporter
}

var formats []format

// register adds an exporter; called from each format's init.
func register(name string, ex Exporter, exts ...string) {
	formats = append(formats, format{name: name, exts: exts, ex: ex})
	slices.SortFunc(formats, func(a, b format) int { return strings.Compare(a.name, b.name) })
}

// Lookup returns the exporter for a format name such as "dot" or "json".
func Lookup(name string) (Exporter, error) {
	for _, f := range formats {
		if f.name == strings.ToLower(name) {
			return f.ex, nil
		}
	}
	return nil, fmt.Errorf("unknown format %q (known: %s)", name, strings.Join(Formats(), ", "))
}

// Formats returns the names of all formats, sorted.
func Formats() []string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.name
	}
	return names
}

// ForPath returns the format name claimed by path's extension, or "" when
// none is.
func ForPath(path string) string {
	ext := strings.ToLower(filepath.Ext(path))
	for _, f := range formats {
		if slices.Contains(f.exts, ext) {
			return f.name
		}
	}
	return ""
}

// DirExporter is an exporter whose format is several files in a directory,
// such as the two CSV files of a Neo4j import. Its Write returns
// [ErrNeedsDir].
type DirExporter interface {
	Exporter
	// WriteFiles writes g as files, each opened by calling create with its
	// base name; the caller closes them. It returns the first error of
	// create or of a write.
	WriteFiles(g *graphstore.Graph, create func(name string) (io.Writer, error)) error
}

// ErrNeedsDir is returned by the Write method of a [DirExporter]: its format
// is more than one file.
var ErrNeedsDir = errors.New("format writes several files: give a directory")
