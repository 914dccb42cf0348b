package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
)

func init() {
	register("csv", CSV{Guard: true})
	register("neo4j", CSV{})
}

// CSV writes the graph as three CSV files in the header format of
// neo4j-admin database import, which spreadsheets open too:
//
//	nodes.csv      id:ID(Entity),name,type,:LABEL,iso,mentions:int,articles:int,sources:int,aliases:string[],first,last,
//	               community:int,pagerank:float,degree:int,weighted_degree:int[,x:float,y:float]
//	edges.csv      :START_ID(Entity),:END_ID(Entity),:TYPE,weight:int,sentences:int,npmi:float,articles:string[]
//	relations.csv  :START_ID(Entity),:END_ID(Entity),:TYPE,predicate,count:int,negated:boolean,symmetric:boolean,role:boolean,articles:string[],evidence,evidence_article
//
// Each node has the labels Entity and its type (Person, Org, Country,
// Location, Misc); each edge has the type MENTIONED_WITH. Each relation
// the articles state is a relationship of its own, from subject to object,
// typed by its predicate in Neo4j's style (ACCUSE, MEET_WITH,
// CHIEF_EXECUTIVE_OF; NOT_ACCUSE for a negated one), with the predicate as
// written, the count of sentences that state it, its flags, its articles and
// the first sentence that states it (evidence) with its article. A
// symmetric relation is one relationship from the smaller id, to be matched
// without direction. The three files load with
//
//	neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv --relationships=relations.csv --multiline-fields=true neo4j
//
// Arrays are separated by ';', Neo4j's default, so an alias or article id that holds a
// ';' is split in two by Neo4j. Fields are quoted as RFC 4180 says; a name
// with a newline stays one field, which neo4j-admin reads only with
// --multiline-fields=true.
//
// With Guard set (the "csv" format), a text cell that a spreadsheet would
// run as a formula (starting with =, +, -, @, tab or carriage return) gets a
// leading ' so that it shows as text; so does a cell starting with ', so
// that removing one leading ' always gives the value back. Neo4j would
// store the ' as part of the name, so the "neo4j" format, for neo4j-admin
// import, leaves every cell exact. Numeric cells are never changed.
//
// x and y are there only when the graph is laid out (not by default, see
// [Positions]). Layout, when set (see [Arrange]), is the layout written,
// which must be the graph's; when nil, WriteFiles computes the default one.
type CSV struct {
	Guard  bool // neutralize cells a spreadsheet would run as a formula
	Layout *graphstore.Layout
}

func (c CSV) with(l *graphstore.Layout) Exporter { c.Layout = l; return c }
func (CSV) autoPositions() bool                  { return false }

// Write returns [ErrNeedsDir]: the format is two files; use WriteFiles.
func (CSV) Write(io.Writer, *graphstore.Graph) error { return ErrNeedsDir }

// WriteFiles writes nodes.csv and edges.csv, each opened with create. It
// returns the first error of create or of a write, or before creating a
// file an error for a Layout of another graph.
func (c CSV) WriteFiles(g *graphstore.Graph, create func(name string) (io.Writer, error)) error {
	l, err := layoutOf(c, g, c.Layout)
	if err != nil {
		return err
	}
	w, err := create("nodes.csv")
	if err != nil {
		return err
	}
	if err := c.writeNodes(w, g, l); err != nil {
		return err
	}
	if w, err = create("edges.csv"); err != nil {
		return err
	}
	if err := c.writeEdges(w, g); err != nil {
		return err
	}
	if w, err = create("relations.csv"); err != nil {
		return err
	}
	return c.writeRelations(w, g)
}

// relationsHeader is the header of relations.csv.
var relationsHeader = []string{":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "predicate", "count:int", "negated:boolean",
	"symmetric:boolean", "role:boolean", "articles:string[]", "evidence", "evidence_article"}

func (c CSV) writeRelations(w io.Writer, g *graphstore.Graph) error {
	cw := csv.NewWriter(w)
	cw.Write(relationsHeader)
	for _, e := range g.Edges() {
		for _, r := range e.Relations {
			evidence, article := "", ""
			if len(r.Statements) > 0 {
				evidence, article = r.Statements[0].Evidence, r.Statements[0].Article
			}
			if err := cw.Write([]string{c.text(r.Source), c.text(r.Target), neo4jType(r.Predicate, r.Negated), c.text(r.Predicate),
				strconv.Itoa(r.Count), strconv.FormatBool(r.Negated), strconv.FormatBool(r.Symmetric), strconv.FormatBool(r.Role),
				c.text(strings.Join(r.Articles, ";")), c.text(evidence), c.text(article)}); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// text guards s when c.Guard is set.
func (c CSV) text(s string) string {
	if c.Guard && s != "" && strings.ContainsRune("=+-@\t\r'", rune(s[0])) {
		return "'" + s
	}
	return s
}

// neo4jLabel is the Neo4j label of an entity type: Person, Org, ...
func neo4jLabel(t extract.Type) string {
	s := strings.ToLower(string(t))
	if s == "" {
		return "Entity"
	}
	return "Entity;" + strings.ToUpper(s[:1]) + s[1:]
}

func (c CSV) writeNodes(w io.Writer, g *graphstore.Graph, l *graphstore.Layout) error {
	cw := csv.NewWriter(w)
	header := []string{"id:ID(Entity)", "name", "type", ":LABEL", "iso", "mentions:int", "articles:int", "sources:int",
		"aliases:string[]", "first", "last", "community:int", "pagerank:float", "degree:int", "weighted_degree:int"}
	if l.Positioned {
		header = append(header, "x:float", "y:float")
	}
	cw.Write(header)
	for i, n := range g.Nodes() {
		row := []string{c.text(n.ID), c.text(n.Label), c.text(string(n.Type)), neo4jLabel(n.Type), c.text(n.ISO),
			strconv.Itoa(n.Mentions), strconv.Itoa(n.Articles), strconv.Itoa(n.Sources),
			c.text(strings.Join(aliasNames(n), ";")), formatTime(n.First), formatTime(n.Last),
			strconv.Itoa(l.Community[i]), ftoa(l.PageRank[i]), strconv.Itoa(l.Degree[i]), strconv.Itoa(l.WeightedDegree[i])}
		if l.Positioned {
			row = append(row, ftoa(l.X[i]), ftoa(l.Y[i]))
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func (c CSV) writeEdges(w io.Writer, g *graphstore.Graph) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "weight:int", "sentences:int", "npmi:float", "articles:string[]"})
	for _, e := range g.Edges() {
		if err := cw.Write([]string{c.text(e.Source), c.text(e.Target), "MENTIONED_WITH", strconv.Itoa(e.Weight),
			strconv.Itoa(e.Sentences), ftoa(e.NPMI), c.text(strings.Join(e.Articles, ";"))}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
