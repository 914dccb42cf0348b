package extract

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/nergraph/nergraph/extract/input"
	"github.com/nergraph/nergraph/internal/names"
)

func lineError(name string, line int, err error) error {
	return &input.ParseError{File: name, Line: line, Err: err}
}

// ReadAliases reads alias rules from CSV lines alias,canonical[,type]. Blank
// lines and lines starting with "#" are skipped. A bad line is an error that
// names the file and line ("aliases.csv:3: unknown type \"FOO\"").
func ReadAliases(r io.Reader, name string) ([]AliasRule, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.Comment = '#'
	cr.TrimLeadingSpace = true
	var rules []AliasRule
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return rules, nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, lineError(name, pe.Line, pe.Err)
			}
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		// Only after a record was read: FieldPos panics after an error.
		line, _ := cr.FieldPos(0)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		if len(rec) < 2 || len(rec) > 3 {
			return nil, lineError(name, line, fmt.Errorf("want alias,canonical[,type], got %d fields", len(rec)))
		}
		rule := AliasRule{Alias: strings.TrimSpace(rec[0]), Canonical: strings.TrimSpace(rec[1])}
		if names.Key(rule.Alias) == "" || names.Key(rule.Canonical) == "" {
			return nil, lineError(name, line, errors.New("empty alias or canonical name"))
		}
		if len(rec) == 3 && strings.TrimSpace(rec[2]) != "" {
			t, ok := ParseType(rec[2])
			if !ok {
				return nil, lineError(name, line, fmt.Errorf("unknown type %q", strings.TrimSpace(rec[2])))
			}
			rule.Type = t
		}
		rules = append(rules, rule)
	}
}

// ReadExclude reads names or ids to drop, one per line. Blank lines and lines
// starting with "#" are skipped. It fails only when r fails.
func ReadExclude(r io.Reader, name string) ([]string, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	var out []string
	for _, l := range strings.Split(string(data), "\n") {
		l = strings.TrimSpace(strings.TrimPrefix(l, "\ufeff"))
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out, nil
}
