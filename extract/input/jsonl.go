package input

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// jsonlReader reads one JSON object per line. Its fields are found under
// the names ReaderOptions.Fields maps them to, dot paths into nested
// objects, else under their known names at the top level.
func (r *Reader) jsonlReader(br *bufio.Reader) func() (Article, error) {
	line := 0
	var buf []byte
	return func() (Article, error) {
		for {
			b, err := readLine(br, r.limits.Line, buf)
			buf = b[:0]
			if err == io.EOF {
				return Article{}, io.EOF
			}
			line++
			if err == errLineTooLong {
				return Article{}, &ParseError{File: r.name, Line: line, Err: tooLarge("line", r.limits.Line, "--max-line")}
			}
			if err != nil {
				return Article{}, fmt.Errorf("read %s: %w", r.name, err)
			}
			b = bytes.TrimSpace(b)
			if len(b) == 0 {
				continue
			}
			return r.jsonRecord(b, line)
		}
	}
}

// jsonRecord makes the article of the JSON object on line.
func (r *Reader) jsonRecord(b []byte, line int) (Article, error) {
	fail := func(format string, args ...any) (Article, error) {
		return Article{}, &ParseError{File: r.name, Line: line, Err: fmt.Errorf(format, args...)}
	}
	var raw map[string]any
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if err := dec.Decode(&raw); err != nil {
		return fail("invalid JSON: %w", err)
	}
	if dec.More() {
		return fail("invalid JSON: more than one value on the line")
	}
	if raw == nil {
		return fail("invalid JSON: null, not an object")
	}
	type value struct{ field, s string }
	var vals []value
	found := false
	for _, field := range articleFields {
		_, mapped := r.opts.Fields[field]
		name, v, ok := lookupAny(raw, namesFor(r.opts.Fields, field), !mapped)
		if !ok || v == nil {
			continue
		}
		s, err := jsonString(field, v)
		if err != nil {
			return fail("field %q %v", name, err)
		}
		found = found || field == FieldTitle || field == FieldText
		vals = append(vals, value{field, s})
	}
	if !found {
		return fail("%w: the record has %s (map them with --fields, e.g. --fields text=article.body)", ErrNoFields, fieldList(jsonPaths(raw, "", 0)))
	}
	a := Article{}
	for _, v := range vals {
		r.setField(&a, v.field, r.validUTF8([]byte(v.s), line), line)
	}
	if a.ID == "" {
		a.ID = r.name + ":" + strconv.Itoa(line)
	}
	if strings.TrimSpace(a.Title+a.Text) == "" {
		return Article{}, &ParseError{File: r.name, Line: line, Err: ErrEmptyArticle}
	}
	return a, nil
}

// lookupAny returns the value of the first name found in obj: a dot path
// into nested objects, each key matched exactly, else without case. With
// scalars, a name whose value is an object or list is passed over: a known
// name ("article") may hold a whole record rather than its text.
func lookupAny(obj map[string]any, names []string, scalars bool) (string, any, bool) {
	for _, name := range names {
		v, ok := lookupPath(obj, name)
		if !ok {
			continue
		}
		switch v.(type) {
		case map[string]any, []any:
			if scalars && name != FieldSource && name != FieldAuthor && name != "authors" {
				continue
			}
		}
		return name, v, true
	}
	return "", nil, false
}

func lookupPath(obj map[string]any, path string) (any, bool) {
	var cur any = obj
	for key := range strings.SplitSeq(path, ".") {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, false
		}
		v, ok := m[key]
		if !ok {
			v, ok = foldKey(m, key)
		}
		if !ok {
			return nil, false
		}
		cur = v
	}
	return cur, true
}

// foldKey finds key in m without case, taking the smallest of keys that
// differ only by case.
func foldKey(m map[string]any, key string) (any, bool) {
	best := ""
	for k := range m {
		if strings.EqualFold(k, key) && (best == "" || k < best) {
			best = k
		}
	}
	if best == "" {
		return nil, false
	}
	return m[best], true
}

// jsonString reads a field's value: a string; a number for an id or a
// date (Unix seconds); an object's "name" for a source or author; a list of
// strings or names for an author.
func jsonString(field string, v any) (string, error) {
	switch v := v.(type) {
	case string:
		return v, nil
	case json.Number:
		if field == FieldID || field == FieldDate {
			return v.String(), nil
		}
	case map[string]any:
		if field == FieldSource || field == FieldAuthor {
			if n, ok := v["name"].(string); ok {
				return n, nil
			}
		}
	case []any:
		if field == FieldAuthor {
			var names []string
			for _, x := range v {
				if s, err := jsonString(field, x); err == nil && s != "" {
					names = append(names, s)
				}
			}
			return strings.Join(names, ", "), nil
		}
	}
	return "", errors.New("is not a string")
}

// jsonPaths lists the dot paths of obj's values, at most three objects
// deep.
func jsonPaths(obj map[string]any, prefix string, depth int) []string {
	var out []string
	for k, v := range obj {
		p := prefix + k
		if m, ok := v.(map[string]any); ok && depth < 2 && len(m) > 0 {
			out = append(out, jsonPaths(m, p+".", depth+1)...)
			continue
		}
		out = append(out, p)
	}
	slices.Sort(out)
	return out
}
