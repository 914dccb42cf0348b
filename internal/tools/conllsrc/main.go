// Command conllsrc builds the hand-labeled development set
// testdata/ner/offconll-dev.conll and its style sidecar from the source we
// write and label, testdata/ner/offconll-dev.src, in which each line is a
// sentence and each entity is marked [TYPE words]:
//
//	go run ./internal/tools/conllsrc -conll testdata/ner/offconll-dev.conll \
//		-styles testdata/ner/offconll-dev.styles.tsv testdata/ner/offconll-dev.src
//
// The source is the file to edit; the CoNLL file is what the tools read. The
// test of this package fails when the two disagree.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func main() { os.Exit(run(os.Args[1:], os.Stderr)) }

func run(args []string, errOut io.Writer) int {
	fs := flag.NewFlagSet("conllsrc", flag.ContinueOnError)
	fs.SetOutput(errOut)
	conll := fs.String("conll", "", "write the CoNLL `FILE`")
	stylesOut := fs.String("styles", "", "write the style sidecar `FILE`")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 || *conll == "" || *stylesOut == "" {
		fmt.Fprintln(errOut, "usage: conllsrc -conll FILE -styles FILE SOURCE")
		return 2
	}
	if err := build(fs.Arg(0), *conll, *stylesOut); err != nil {
		fmt.Fprintf(errOut, "conllsrc: %v\n", err)
		return 1
	}
	return 0
}

// build converts the source file to the CoNLL file and the sidecar, each
// written atomically.
func build(src, conll, stylesOut string) error {
	conllData, stylesData, err := convert(src)
	if err != nil {
		return err
	}
	if err := writeAtomic(conll, conllData); err != nil {
		return err
	}
	return writeAtomic(stylesOut, stylesData)
}

// convert reads the source file and returns the CoNLL file and the sidecar.
func convert(src string) (conll, styles []byte, err error) {
	f, err := os.Open(src)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	docs, err := parse(f, src)
	if err != nil {
		return nil, nil, err
	}
	var c, s bytes.Buffer
	if err := writeCoNLL(&c, docs); err != nil {
		return nil, nil, err
	}
	if err := writeStyles(&s, docs); err != nil {
		return nil, nil, err
	}
	return c.Bytes(), s.Bytes(), nil
}

func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), path)
}
