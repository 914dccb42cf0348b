package input

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// csvReader reads a CSV file with a header row, or with the column names
// given. Columns are matched to article fields by ReaderOptions.Fields,
// else by their known names.
func (r *Reader) csvReader(br *bufio.Reader, columns []string) func() (Article, error) {
	budget := &recordBudget{r: br, max: r.limits.Line}
	cr := csv.NewReader(budget)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	var header []string
	var fields []string // the article field of each column, "" for none
	row := 0
	ended := false
	return func() (Article, error) {
		for {
			if ended {
				return Article{}, io.EOF
			}
			budget.reset()
			rec, err := cr.Read()
			if err == io.EOF {
				return Article{}, io.EOF
			}
			if err != nil {
				return r.csvError(err, &row, &ended)
			}
			line, _ := cr.FieldPos(0) // only valid after a record was read
			if header == nil {
				if len(columns) > 0 {
					header = columns
				} else {
					header = append([]string(nil), rec...)
				}
				fields = r.csvFields(header, line, len(columns) == 0)
				if fields == nil {
					ended = true // the rows cannot be read without their names
					return Article{}, &ParseError{File: r.name, Line: line, Err: fmt.Errorf("%w: the header row has %s; name the columns with --fields (e.g. --fields text=content) or --columns", ErrNoFields, fieldList(header))}
				}
				if len(columns) == 0 {
					continue
				}
			}
			row++
			if len(rec) != len(header) {
				return Article{}, &ParseError{File: r.name, Line: line, Err: fmt.Errorf("row has %d fields, want %d", len(rec), len(header))}
			}
			a := Article{}
			for i, f := range fields {
				if f != "" {
					r.setField(&a, f, r.validUTF8([]byte(rec[i]), line), line)
				}
			}
			if a.ID == "" {
				a.ID = r.name + ":" + strconv.Itoa(row)
			}
			if strings.TrimSpace(a.Title+a.Text) == "" {
				return Article{}, &ParseError{File: r.name, Line: line, Err: ErrEmptyArticle}
			}
			return a, nil
		}
	}
}

// csvError turns an error of the CSV reader into a *ParseError. A record
// over the line limit ends the file: where the next record starts cannot
// be known.
func (r *Reader) csvError(err error, row *int, ended *bool) (Article, error) {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		*row++
		if errors.Is(err, errLineTooLong) {
			*ended = true
			return Article{}, &ParseError{File: r.name, Line: pe.StartLine, Err: fmt.Errorf("%w; the rest of the file is not read (an unclosed quote?)", tooLarge("record", r.limits.Line, "--max-line"))}
		}
		return Article{}, &ParseError{File: r.name, Line: pe.Line, Err: pe.Err}
	}
	if errors.Is(err, errLineTooLong) {
		*ended = true
		return Article{}, &ParseError{File: r.name, Err: fmt.Errorf("%w; the rest of the file is not read (an unclosed quote?)", tooLarge("record", r.limits.Line, "--max-line"))}
	}
	return Article{}, fmt.Errorf("read %s: %w", r.name, err)
}

// csvFields maps the columns to article fields, or returns nil when no
// column holds a title or text. Columns of a header row that map to no
// field are named in a warning.
func (r *Reader) csvFields(header []string, line int, fromFile bool) []string {
	fields := make([]string, len(header))
	var unused []string
	text := false
	taken := map[string]bool{}
	for i, h := range header {
		f := fieldOf(r.opts.Fields, h)
		if f == "" || taken[f] && f != FieldText {
			if strings.TrimSpace(h) != "" {
				unused = append(unused, h)
			}
			continue
		}
		taken[f] = true
		fields[i] = f
		text = text || f == FieldText || f == FieldTitle
	}
	if !text {
		return nil
	}
	if len(unused) > 0 && fromFile {
		r.warnf(line, "columns not read: %s (map them with --fields FIELD=%s)", strings.Join(unused, ", "), unused[0])
	}
	return fields
}

// recordBudget fails a read once more than max bytes (plus the CSV
// reader's read-ahead) were read since the last reset: one record may not
// grow without bound.
type recordBudget struct {
	r    io.Reader
	max  int64
	used int64
}

func (b *recordBudget) reset() { b.used = 0 }

func (b *recordBudget) Read(p []byte) (int, error) {
	if b.used > b.max+64<<10 {
		return 0, errLineTooLong
	}
	n, err := b.r.Read(p)
	b.used += int64(n)
	return n, err
}
