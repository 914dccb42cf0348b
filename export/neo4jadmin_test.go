package export_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/export"
)

// This file checks the files of the neo4j format against the rules of
// neo4j-admin database import's CSV header format, as Neo4j's Operations
// Manual documents them ("Import" → "CSV header format"). neo4j-admin
// itself could not be installed where this was written (Neo4j is in neither
// the Debian packages nor the Maven artifacts at hand), so the rules are
// written out and checked as the tool applies them:
//
//   - each header field is <name>:<field_type> or a plain <name> (a string
//     property); the types are ID, LABEL (nodes), START_ID, END_ID, TYPE
//     (relationships), IGNORE, and the property types int, long, float,
//     double, boolean, byte, short, char, string, point, date, localtime,
//     time, localdatetime, datetime, duration, each with [] for an array;
//     ID, START_ID and END_ID may name an id space: ID(Entity);
//   - a node file has one ID field; a relationship file has exactly one
//     START_ID, one END_ID and one TYPE (the files are given without a
//     default type); property names are unique within a header;
//   - every row has as many fields as the header; numbers and booleans
//     parse as their type (booleans are true or false); array values are
//     split on ';';
//   - node ids are unique within their id space; a relationship's start and
//     end are ids of that space in the node files, and its type is not
//     empty;
//   - a field with a newline needs --multiline-fields=true, reported apart.

// neo4jField is one field of a header.
type neo4jField struct {
	name, typ, space string
	array            bool
}

var neo4jHeaderField = regexp.MustCompile(`^([^:]*)(?::([A-Za-z_]+)(?:\(([^()]*)\))?(\[\])?)?$`)

var neo4jPropertyTypes = map[string]bool{"int": true, "long": true, "float": true, "double": true, "boolean": true,
	"byte": true, "short": true, "char": true, "string": true, "point": true, "date": true, "localtime": true,
	"time": true, "localdatetime": true, "datetime": true, "duration": true}

// parseNeo4jHeader reads a header row by the rules above, for a node file
// (rel false) or a relationship file.
func parseNeo4jHeader(row []string, rel bool) ([]neo4jField, error) {
	var out []neo4jField
	count := map[string]int{}
	props := map[string]bool{}
	for _, h := range row {
		m := neo4jHeaderField.FindStringSubmatch(h)
		if m == nil {
			return nil, fmt.Errorf("header field %q: not name:type", h)
		}
		f := neo4jField{name: m[1], typ: m[2], space: m[3], array: m[4] != ""}
		if f.typ == "" {
			f.typ = "string"
		}
		special := map[string]bool{"ID": !rel, "LABEL": !rel, "START_ID": rel, "END_ID": rel, "TYPE": rel, "IGNORE": true}
		switch {
		case special[f.typ]:
			if f.array || f.space != "" && !strings.HasSuffix(f.typ, "ID") {
				return nil, fmt.Errorf("header field %q: %s takes no [] and no id space but ID's", h, f.typ)
			}
			count[f.typ]++
		case neo4jPropertyTypes[strings.ToLower(f.typ)]:
			if f.space != "" {
				return nil, fmt.Errorf("header field %q: a property has no id space", h)
			}
			if f.name == "" {
				return nil, fmt.Errorf("header field %q: a property needs a name", h)
			}
		default:
			return nil, fmt.Errorf("header field %q: unknown type %q in a %s file", h, f.typ, map[bool]string{false: "node", true: "relationship"}[rel])
		}
		if f.name != "" && f.typ != "IGNORE" && f.typ != "START_ID" && f.typ != "END_ID" && f.typ != "TYPE" && f.typ != "LABEL" {
			if props[f.name] {
				return nil, fmt.Errorf("header field %q: duplicate property %q", h, f.name)
			}
			props[f.name] = true
		}
		out = append(out, f)
	}
	if rel {
		for _, t := range []string{"START_ID", "END_ID", "TYPE"} {
			if count[t] != 1 {
				return nil, fmt.Errorf("relationship header %v: %d %s fields, want 1", row, count[t], t)
			}
		}
	} else if count["ID"] != 1 {
		return nil, fmt.Errorf("node header %v: %d ID fields, want 1", row, count["ID"])
	}
	return out, nil
}

// checkNeo4jValue checks one value of a property field.
func checkNeo4jValue(f neo4jField, v string) error {
	if v == "" {
		return nil // no property
	}
	vals := []string{v}
	if f.array {
		vals = strings.Split(v, ";")
	}
	for _, x := range vals {
		var err error
		switch strings.ToLower(f.typ) {
		case "int":
			_, err = strconv.ParseInt(x, 10, 32)
		case "long":
			_, err = strconv.ParseInt(x, 10, 64)
		case "short":
			_, err = strconv.ParseInt(x, 10, 16)
		case "byte":
			_, err = strconv.ParseInt(x, 10, 8)
		case "float", "double":
			var fl float64
			fl, err = strconv.ParseFloat(x, 64)
			if err == nil && (math.IsNaN(fl) || math.IsInf(fl, 0)) {
				err = fmt.Errorf("not finite")
			}
		case "boolean":
			if x != "true" && x != "false" {
				err = fmt.Errorf("not true or false")
			}
		}
		if err != nil {
			return fmt.Errorf("field %s:%s value %q: %v", f.name, f.typ, x, err)
		}
	}
	return nil
}

// neo4jImport checks node and relationship files as neo4j-admin database
// import full --nodes=... --relationships=... would read them, and returns
// the first error, and whether some field holds a newline.
func neo4jImport(nodes, rels map[string][]byte) (multiline bool, err error) {
	ids := map[string]map[string]bool{} // id space → ids
	each := func(name string, data []byte, rel bool, fn func([]neo4jField, []string) error) error {
		r := csv.NewReader(bytes.NewReader(data))
		r.FieldsPerRecord = -1
		header, err := r.Read()
		if err != nil {
			return fmt.Errorf("%s: header: %v", name, err)
		}
		fields, err := parseNeo4jHeader(header, rel)
		if err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
		for {
			row, err := r.Read()
			if err == io.EOF {
				return nil
			}
			if err != nil {
				return fmt.Errorf("%s: %v", name, err)
			}
			line, _ := r.FieldPos(0)
			if len(row) != len(fields) {
				return fmt.Errorf("%s:%d: %d fields, header has %d", name, line, len(row), len(fields))
			}
			for i, v := range row {
				multiline = multiline || strings.ContainsAny(v, "\r\n")
				if _, special := map[string]bool{"ID": true, "LABEL": true, "START_ID": true, "END_ID": true, "TYPE": true, "IGNORE": true}[fields[i].typ]; !special {
					if err := checkNeo4jValue(fields[i], v); err != nil {
						return fmt.Errorf("%s:%d: %v", name, line, err)
					}
				}
			}
			if err := fn(fields, row); err != nil {
				return fmt.Errorf("%s:%d: %v", name, line, err)
			}
		}
	}
	for _, name := range sortedNames(nodes) {
		err := each(name, nodes[name], false, func(fs []neo4jField, row []string) error {
			for i, f := range fs {
				if f.typ == "ID" {
					if ids[f.space] == nil {
						ids[f.space] = map[string]bool{}
					}
					if row[i] == "" || ids[f.space][row[i]] {
						return fmt.Errorf("node id %q empty or repeated in id space %q", row[i], f.space)
					}
					ids[f.space][row[i]] = true
				}
			}
			return nil
		})
		if err != nil {
			return multiline, err
		}
	}
	for _, name := range sortedNames(rels) {
		err := each(name, rels[name], true, func(fs []neo4jField, row []string) error {
			for i, f := range fs {
				switch f.typ {
				case "START_ID", "END_ID":
					if !ids[f.space][row[i]] {
						return fmt.Errorf("%s %q is no node of id space %q", f.typ, row[i], f.space)
					}
				case "TYPE":
					if row[i] == "" {
						return fmt.Errorf("empty relationship type")
					}
				}
			}
			return nil
		})
		if err != nil {
			return multiline, err
		}
	}
	return multiline, nil
}

func sortedNames(m map[string][]byte) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// TestNeo4jAdminHeaders checks the three files of the neo4j format, for
// each graph of the table, against neo4j-admin's rules (see above).
func TestNeo4jAdminHeaders(t *testing.T) {
	ex, _ := export.Lookup("neo4j")
	for _, tc := range graphs(t) {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]*bytes.Buffer{}
			err := ex.(export.DirExporter).WriteFiles(tc.g, func(name string) (io.Writer, error) {
				files[name] = new(bytes.Buffer)
				return files[name], nil
			})
			if err != nil {
				t.Fatal(err)
			}
			for _, name := range []string{"nodes.csv", "edges.csv", "relations.csv"} {
				if files[name] == nil {
					t.Fatalf("no %s", name)
				}
			}
			multiline, err := neo4jImport(map[string][]byte{"nodes.csv": files["nodes.csv"].Bytes()},
				map[string][]byte{"edges.csv": files["edges.csv"].Bytes(), "relations.csv": files["relations.csv"].Bytes()})
			if err != nil {
				t.Error(err)
			}
			// The nasty names hold newlines, for which the CSV doc says to
			// pass --multiline-fields=true; the empty graph has none.
			if want := tc.name == "nasty"; multiline != want {
				t.Errorf("multiline %v, want %v", multiline, want)
			}
		})
	}
}

// TestNeo4jAdminChecker shows that the checker refuses what neo4j-admin
// refuses, so that its passing means something.
func TestNeo4jAdminChecker(t *testing.T) {
	nodes := "id:ID(Entity),name,count:int\na,A,1\nb,B,2\n"
	for _, tc := range []struct{ name, nodes, rels, want string }{
		{"fine", nodes, ":START_ID(Entity),:END_ID(Entity),:TYPE,n:int,ok:boolean,xs:string[]\na,b,ACCUSE,3,true,x;y\n", ""},
		{"no type", nodes, ":START_ID(Entity),:END_ID(Entity),n:int\na,b,3\n", "0 TYPE fields"},
		{"two starts", nodes, ":START_ID(Entity),:START_ID(Entity),:END_ID(Entity),:TYPE\na,a,b,T\n", "2 START_ID fields"},
		{"unknown type", nodes, ":START_ID(Entity),:END_ID(Entity),:TYPE,n:integer\na,b,T,3\n", `unknown type "integer"`},
		{"dangling end", nodes, ":START_ID(Entity),:END_ID(Entity),:TYPE\na,c,T\n", `END_ID "c" is no node`},
		{"other space", nodes, ":START_ID(Entity),:END_ID(Person),:TYPE\na,b,T\n", `END_ID "b" is no node of id space "Person"`},
		{"empty type", nodes, ":START_ID(Entity),:END_ID(Entity),:TYPE\na,b,\n", "empty relationship type"},
		{"bad boolean", nodes, ":START_ID(Entity),:END_ID(Entity),:TYPE,ok:boolean\na,b,T,yes\n", "not true or false"},
		{"bad int", nodes, ":START_ID(Entity),:END_ID(Entity),:TYPE,n:int\na,b,T,1.5\n", "n:int value"},
		{"duplicate property", nodes, ":START_ID(Entity),:END_ID(Entity),:TYPE,n,n:int\na,b,T,x,1\n", "duplicate property"},
		{"short row", nodes, ":START_ID(Entity),:END_ID(Entity),:TYPE,n\na,b,T\n", "3 fields, header has 4"},
		{"repeated node", "id:ID(Entity)\na\na\n", ":START_ID(Entity),:END_ID(Entity),:TYPE\n", "repeated"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := neo4jImport(map[string][]byte{"nodes.csv": []byte(tc.nodes)}, map[string][]byte{"rels.csv": []byte(tc.rels)})
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("got %v, want no error", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("got %v, want an error with %q", err, tc.want)
			}
		})
	}
}
