package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/extract/input"
	"github.com/nergraph/nergraph/extract/text"
)

// row is one sampled node and the evidence gathered for it.
type row struct {
	n        *node
	names    map[string]bool    // label and aliases, lower case
	inLinks  map[string]bool    // articles of the node's links
	articles map[string]bool    // inLinks plus the articles of the extract JSONL
	first    map[string]mention // the earliest mention of the node per article
	all      map[string][]mention
	evidence string
	every    map[string][]string // with -every: each article's mentions in context
}

type mention struct {
	Text     string `json:"text"`
	Name     string `json:"name"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence int    `json:"sentence"`
}

// The parts of one line of "nergraph extract" output that a sample needs.
type extractDoc struct {
	ID       string `json:"id"`
	Entities []struct {
		ID       string    `json:"id"`
		Name     string    `json:"name"`
		Mentions []mention `json:"mentions"`
	} `json:"entities"`
}

type rowSet struct {
	rows   []*row
	byID   map[string]*row
	byDoc  map[string][]*row // rows by the articles of their links
	inNode map[string]bool   // every node id of the graph
}

func newRows(picked []*node, all []*node, links []link) *rowSet {
	rs := &rowSet{byID: map[string]*row{}, byDoc: map[string][]*row{}, inNode: map[string]bool{}}
	for _, n := range all {
		rs.inNode[n.ID] = true
	}
	for _, n := range picked {
		r := &row{n: n, names: map[string]bool{strings.ToLower(n.Label): true},
			inLinks: map[string]bool{}, articles: map[string]bool{}, first: map[string]mention{},
			all: map[string][]mention{}}
		for _, a := range n.Aliases {
			r.names[strings.ToLower(a.Name)] = true
		}
		rs.rows = append(rs.rows, r)
		rs.byID[n.ID] = r
	}
	for _, l := range links {
		for _, end := range []string{l.Source, l.Target} {
			r := rs.byID[end]
			if r == nil {
				continue
			}
			for _, a := range l.Articles {
				if !r.inLinks[a] {
					r.inLinks[a] = true
					r.articles[a] = true
					rs.byDoc[a] = append(rs.byDoc[a], r)
				}
			}
		}
	}
	return rs
}

// keepFirst records m as the node's mention in doc unless an earlier one is
// known.
func (r *row) keepFirst(doc string, ms []mention) {
	r.all[doc] = append(r.all[doc], ms...)
	for _, m := range ms {
		if old, ok := r.first[doc]; !ok || m.Start < old.Start {
			r.first[doc] = m
		}
	}
}

// addExtract reads the JSONL of "nergraph extract": the articles where an
// entity has a sampled node's id, and the first mention of each node.
func (rs *rowSet) addExtract(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open extract: %w", err)
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<20)
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if len(b) > 0 && strings.TrimSpace(string(b)) != "" {
			var d extractDoc
			if jerr := json.Unmarshal(b, &d); jerr != nil {
				return fmt.Errorf("%s:%d: invalid JSON: %w", path, line, jerr)
			}
			if d.ID == "" {
				return fmt.Errorf("%s:%d: article without id", path, line)
			}
			rs.addDoc(&d)
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read %s: %w", path, err)
		}
	}
}

func (rs *rowSet) addDoc(d *extractDoc) {
	byID := map[*row]bool{}
	for _, e := range d.Entities {
		if r := rs.byID[e.ID]; r != nil {
			r.articles[d.ID] = true
			r.keepFirst(d.ID, e.Mentions)
			byID[r] = true
		}
	}
	// The graph may have merged an article's entity into a node of another
	// id; inside the node's link articles, find it by name.
	for _, r := range rs.byDoc[d.ID] {
		if byID[r] {
			continue
		}
		for _, e := range d.Entities {
			if rs.inNode[e.ID] || !r.matches(e.Name, e.Mentions) {
				continue
			}
			r.keepFirst(d.ID, e.Mentions)
		}
	}
}

func (r *row) matches(name string, ms []mention) bool {
	if r.names[strings.ToLower(name)] {
		return true
	}
	for _, m := range ms {
		if r.names[strings.ToLower(m.Name)] {
			return true
		}
	}
	return false
}

// sortedArticles returns the node's articles in natural order.
func (r *row) sortedArticles() []string {
	ids := make([]string, 0, len(r.articles))
	for a := range r.articles {
		ids = append(ids, a)
	}
	slices.SortFunc(ids, naturalCompare)
	return ids
}

// evidenceDoc is the first article, in natural order, with a known mention.
func (r *row) evidenceDoc() (string, mention, bool) {
	for _, a := range r.sortedArticles() {
		if m, ok := r.first[a]; ok {
			return a, m, true
		}
	}
	return "", mention{}, false
}

// addSentences reads the articles and sets each row's evidence to the
// sentence of its first mention. Records the readers cannot parse are
// skipped with a warning, as build skips them (they are not in the graph).
func (rs *rowSet) addSentences(paths []string, every bool, warn func(string)) error {
	need := map[string][]*row{}
	for _, r := range rs.rows {
		if a, _, ok := r.evidenceDoc(); ok && !every {
			need[a] = append(need[a], r)
		}
		for a := range r.all {
			if every {
				need[a] = append(need[a], r)
			}
		}
	}
	files, err := expandPaths(paths)
	if err != nil {
		return err
	}
	for _, file := range files {
		if len(need) == 0 {
			break
		}
		if err := readArticles(file, func(a extract.Article) {
			rows, ok := need[a.ID]
			if !ok {
				return
			}
			delete(need, a.ID)
			body := docText(a)
			sents := text.Tokenize(body)
			for _, r := range rows {
				if every {
					r.addEvery(a.ID, body, sents)
					continue
				}
				_, m, _ := r.evidenceDoc()
				r.evidence = snippet(body, sents, m)
			}
		}, warn); err != nil {
			return err
		}
	}
	if len(need) > 0 {
		ids := make([]string, 0, len(need))
		for a := range need {
			ids = append(ids, a)
		}
		slices.SortFunc(ids, naturalCompare)
		warn(fmt.Sprintf("%d articles of the evidence not found in the inputs; first: %s", len(ids), ids[0]))
	}
	return nil
}

// addEvery keeps every mention of the node in doc in context, in the
// order of the text.
func (r *row) addEvery(doc, body string, sents []text.Sentence) {
	ms := slices.Clone(r.all[doc])
	slices.SortFunc(ms, func(a, b mention) int { return compareInt(a.Start, b.Start) })
	ms = slices.CompactFunc(ms, func(a, b mention) bool { return a.Start == b.Start && a.End == b.End })
	if r.every == nil {
		r.every = map[string][]string{}
	}
	for _, m := range ms {
		r.every[doc] = append(r.every[doc], snippet(body, sents, m))
	}
}

// docText is the text the extractor's offsets refer to: the cleaned title
// and body joined by a blank line.
func docText(a extract.Article) string {
	title, body := text.Clean(a.Title), text.Clean(a.Text)
	switch {
	case title == "":
		return body
	case body == "":
		return title
	}
	return title + "\n\n" + body
}

// snippet is the sentence holding m, with m marked [[like this]], blanks
// folded and at most about 150 bytes on either side of the mention.
func snippet(text string, sents []text.Sentence, m mention) string {
	if m.Start < 0 || m.End > len(text) || m.Start > m.End || text[m.Start:m.End] != m.Text {
		return "[[" + fold(m.Text) + "]] (offsets do not match the article text)"
	}
	lo, hi := m.Start, m.End
	found := false
	if m.Sentence >= 0 && m.Sentence < len(sents) && sents[m.Sentence].Start <= m.Start && m.End <= sents[m.Sentence].End {
		lo, hi, found = sents[m.Sentence].Start, sents[m.Sentence].End, true
	}
	for i := 0; !found && i < len(sents); i++ {
		if sents[i].Start <= m.Start && m.Start < sents[i].End {
			lo, hi, found = sents[i].Start, max(sents[i].End, m.End), true
		}
	}
	const side = 150
	left, right := text[lo:m.Start], text[m.End:hi]
	if len(left) > side {
		left = "…" + trimStart(left[len(left)-side:])
	}
	if len(right) > side {
		right = trimEnd(right[:side]) + "…"
	}
	return fold(left + "[[" + text[m.Start:m.End] + "]]" + right)
}

// trimStart drops a rune cut in half at the start of s.
func trimStart(s string) string {
	for len(s) > 0 && !utf8.RuneStart(s[0]) {
		s = s[1:]
	}
	return s
}

// trimEnd drops a rune cut in half at the end of s.
func trimEnd(s string) string {
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		if r != utf8.RuneError || size > 1 {
			break
		}
		s = s[:len(s)-1]
	}
	return s
}

// fold turns every run of blanks (tabs and line breaks too) into one space,
// so that a field stays on its line of the TSV.
func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

// expandPaths lists the files of the inputs like build does: folders are
// walked in sorted order, hidden files and folders skipped.
func expandPaths(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("input %s: %w", p, errors.Unwrap(err))
		}
		if !st.IsDir() {
			out = append(out, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				out = append(out, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("walk %s: %w", p, err)
		}
	}
	return out, nil
}

func readArticles(path string, emit func(extract.Article), warn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open %s: %w", path, errors.Unwrap(err))
	}
	defer f.Close()
	rd := input.NewReader(f, path, input.ReaderOptions{})
	for {
		a, err := rd.Read()
		if err == io.EOF {
			return nil
		}
		var pe *input.ParseError
		if errors.As(err, &pe) {
			warn("skipped: " + err.Error())
			continue
		}
		if err != nil {
			return err
		}
		emit(a)
	}
}

// naturalCompare orders strings with their runs of digits compared as
// numbers: "reut2-000.sgm:9" before "reut2-000.sgm:10". Strings that differ
// only in leading zeros fall back to byte order, so the order is total.
func naturalCompare(a0, b0 string) int {
	a, b := a0, b0
	for a != "" && b != "" {
		da, db := isDigit(a[0]), isDigit(b[0])
		if da && db {
			na, nb := digitRun(a), digitRun(b)
			ta, tb := strings.TrimLeft(a[:na], "0"), strings.TrimLeft(b[:nb], "0")
			if len(ta) != len(tb) {
				return compareInt(len(ta), len(tb))
			}
			if c := strings.Compare(ta, tb); c != 0 {
				return c
			}
			a, b = a[na:], b[nb:]
			continue
		}
		if a[0] != b[0] {
			return compareInt(int(a[0]), int(b[0]))
		}
		a, b = a[1:], b[1:]
	}
	if c := compareInt(len(a), len(b)); c != 0 {
		return c
	}
	return strings.Compare(a0, b0)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func digitRun(s string) int {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

func compareInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// writeEvery prints each row's node and up to limit of its mentions in
// context, article by article in natural order.
func writeEvery(w io.Writer, rs *rowSet, limit int) {
	for _, r := range rs.rows {
		fmt.Fprintf(w, "## %s\t%s\t%s\tarticles %d\tmentions %d\n", fold(r.n.ID), fold(r.n.Label), fold(r.n.Type), r.n.Articles, r.n.Mentions)
		left, total := limit, 0
		for _, a := range r.sortedArticles() {
			total += len(r.every[a])
			ctx := r.every[a]
			if len(ctx) == 0 {
				fmt.Fprintf(w, "%s\t(no mention of this node found in the article)\n", a)
				continue
			}
			for _, c := range ctx {
				if left == 0 {
					break
				}
				left--
				fmt.Fprintf(w, "%s\t%s\n", a, c)
			}
		}
		if total > limit {
			fmt.Fprintf(w, "(%d more mentions left out: -every %d)\n", total-limit, limit)
		}
		fmt.Fprintln(w)
	}
}

// writeTSV prints the rows with a header line.
func writeTSV(w io.Writer, rs *rowSet, maxIDs int) {
	fmt.Fprintln(w, "rank\tid\tlabel\ttype\tarticles\tmentions\taliases\tarticle_ids\tevidence_id\tevidence")
	for i, r := range rs.rows {
		var al []string
		for _, a := range r.n.Aliases {
			al = append(al, fold(a.Name)+":"+strconv.Itoa(a.Count))
		}
		ids := r.sortedArticles()
		ids = ids[:min(len(ids), maxIDs)]
		evDoc, m, ok := r.evidenceDoc()
		ev := r.evidence
		if ev == "" && ok {
			ev = "[[" + fold(m.Text) + "]]"
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%d\t%d\t%s\t%s\t%s\t%s\n", i+1, fold(r.n.ID), fold(r.n.Label), fold(r.n.Type),
			r.n.Articles, r.n.Mentions, strings.Join(al, "; "), strings.Join(ids, ","), fold(evDoc), ev)
	}
}
