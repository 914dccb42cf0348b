package relgold

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Limits that keep a bad file from using unbounded memory.
const (
	MaxLineBytes = 64 << 10 // longest line accepted
	MaxItemLines = 1000     // most lines, blank ones included, in one item
)

// ParseError is a problem in a gold file, placed at a line.
type ParseError struct {
	File string
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }

func (e *ParseError) Unwrap() error { return e.Err }

// Reader reads items from a gold file one at a time.
type Reader struct {
	name   string
	sc     *bufio.Scanner
	line   int    // lines read so far
	header string // the next item's === line, read ahead
	hline  int    // its line number
	ids    map[string]int
	err    error // sticky: the scanner cannot go on
}

// NewReader returns a Reader of r; name is the file name used in errors.
func NewReader(r io.Reader, name string) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), MaxLineBytes)
	return &Reader{name: name, sc: sc, ids: map[string]int{}}
}

func (r *Reader) errorf(line int, format string, args ...any) error {
	return &ParseError{File: r.name, Line: line, Err: fmt.Errorf(format, args...)}
}

// next returns the next line without its line ending, or false at the end of
// input or on a read error, which is kept in r.err.
func (r *Reader) next() (string, bool) {
	if r.err != nil {
		return "", false
	}
	if !r.sc.Scan() {
		if err := r.sc.Err(); err != nil {
			if errors.Is(err, bufio.ErrTooLong) {
				r.err = r.errorf(r.line+1, "line longer than %d bytes", MaxLineBytes)
			} else {
				r.err = fmt.Errorf("read %s: %w", r.name, err)
			}
		} else {
			r.err = io.EOF
		}
		return "", false
	}
	r.line++
	return strings.TrimRight(r.sc.Text(), " \t\r"), true
}

type rawLine struct {
	n    int
	text string
}

// Read returns the next item. It returns io.EOF after the last item and a
// *ParseError for an item that breaks the format; after such an error the
// next call goes on with the following item, so a caller may list every bad
// item. A line too long or a failing reader ends the input.
func (r *Reader) Read() (*Item, error) {
	for r.header == "" {
		l, ok := r.next()
		if !ok {
			return nil, r.err
		}
		switch {
		case strings.HasPrefix(l, "==="):
			r.header, r.hline = l, r.line
		case l == "" || strings.HasPrefix(l, "#"):
		default:
			return nil, r.errorf(r.line, "text before the first === item header")
		}
	}
	header, hline := r.header, r.hline
	r.header = ""
	var body []rawLine
	for {
		l, ok := r.next()
		if !ok {
			if r.err != io.EOF {
				return nil, r.err
			}
			break
		}
		if strings.HasPrefix(l, "===") {
			r.header, r.hline = l, r.line
			break
		}
		if len(body) >= MaxItemLines {
			// Skip to the next header so that one runaway item is one error.
			for {
				l, ok := r.next()
				if !ok || strings.HasPrefix(l, "===") {
					if ok {
						r.header, r.hline = l, r.line
					}
					break
				}
			}
			return nil, r.errorf(hline, "item longer than %d lines", MaxItemLines)
		}
		body = append(body, rawLine{r.line, l})
	}
	it, err := r.parseItem(header, hline, body)
	if err != nil {
		return nil, err
	}
	if first, dup := r.ids[it.ID]; dup {
		return nil, r.errorf(hline, "duplicate item id %s (first on line %d)", it.ID, first)
	}
	r.ids[it.ID] = hline
	return it, nil
}

// Parse reads every item of r and stops at the first error.
func Parse(r io.Reader, name string) ([]Item, error) {
	rd := NewReader(r, name)
	var items []Item
	for {
		it, err := rd.Read()
		if err == io.EOF {
			return items, nil
		}
		if err != nil {
			return nil, err
		}
		items = append(items, *it)
	}
}

// ParseFile reads the gold file at path.
func ParseFile(path string) ([]Item, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Parse(f, path)
}

var (
	itemIDRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)
	tagRE    = regexp.MustCompile(`^\[([a-z0-9][a-z0-9-]*)\]$`)
	// Entity ids as nergraph gives them: a kind, then a slug, or an ISO
	// 3166 code for a country; a qualified body carries its country after @.
	entityIDRE = regexp.MustCompile(`^(?:country:[A-Z]{2}|(?:person|org|location|misc):[a-z0-9]+(?:[-.][a-z0-9]+)*(?:@[A-Z]{2})?)$`)
	types      = []string{"PER", "ORG", "LOC", "MISC"}
)

// parseItem parses one item: its header line and the lines of its body.
func (r *Reader) parseItem(header string, hline int, body []rawLine) (*Item, error) {
	it, err := r.parseHeader(header, hline)
	if err != nil {
		return nil, err
	}
	b := itemBody{r: r, it: it, seen: map[string]int{}}
	for _, l := range body {
		var err error
		switch {
		case l.text == "" || strings.HasPrefix(l.text, "#"):
			continue
		case l.text == "none":
			err = b.none(l.n)
		case strings.HasPrefix(l.text, "rel:"):
			err = b.rel(l.n, strings.TrimSpace(strings.TrimPrefix(l.text, "rel:")))
		case b.inRels:
			err = r.errorf(l.n, "sentence after the relations: rel: and none lines come last")
		default:
			if serr := addSentence(it, &b.text, l.text); serr != nil {
				err = r.errorf(l.n, "%v", serr)
			}
		}
		if err != nil {
			return nil, err
		}
	}
	if len(it.Sentences) == 0 {
		return nil, r.errorf(hline, "item %s has no text", it.ID)
	}
	if !b.inRels {
		return nil, r.errorf(hline, "item %s has no rel: lines and no none line", it.ID)
	}
	return it, nil
}

// parseHeader parses an item's "=== ID [tag]..." line.
func (r *Reader) parseHeader(header string, hline int) (*Item, error) {
	fs := strings.Fields(strings.TrimPrefix(header, "==="))
	if !strings.HasPrefix(header, "=== ") || len(fs) == 0 {
		return nil, r.errorf(hline, "item header: want \"=== ID [tag]...\"")
	}
	it := &Item{ID: fs[0], Line: hline}
	if !itemIDRE.MatchString(it.ID) {
		return nil, r.errorf(hline, "item id %q: want letters, digits, '.', '_' or '-'", it.ID)
	}
	for _, f := range fs[1:] {
		m := tagRE.FindStringSubmatch(f)
		if m == nil {
			return nil, r.errorf(hline, "tag %q: want [lowercase-words]", f)
		}
		if slices.Contains(it.Tags, m[1]) {
			return nil, r.errorf(hline, "tag %s given twice", m[1])
		}
		it.Tags = append(it.Tags, m[1])
	}
	return it, nil
}

// itemBody is the state of parseItem while it reads an item's body: the
// text so far, then, from the first rel: or none line on, the relations.
type itemBody struct {
	r        *Reader
	it       *Item
	text     strings.Builder
	inRels   bool
	noneLine int            // the line of "none", 0 before it
	seen     map[string]int // relation key → line
}

// none reads a "none" line at line n: the item has no relations.
func (b *itemBody) none(n int) error {
	switch {
	case b.noneLine != 0:
		return b.r.errorf(n, "none given twice (first on line %d)", b.noneLine)
	case len(b.it.Relations) > 0:
		return b.r.errorf(n, "none after rel: lines")
	case len(b.it.Sentences) == 0:
		return b.r.errorf(n, "none before any sentence")
	}
	b.it.Text = b.text.String()
	b.noneLine, b.inRels, b.it.None = n, true, true
	return nil
}

// rel reads the relation spec of a "rel:" line at line n.
func (b *itemBody) rel(n int, spec string) error {
	if b.noneLine != 0 {
		return b.r.errorf(n, "rel: line in an item marked none (line %d)", b.noneLine)
	}
	if len(b.it.Sentences) == 0 {
		return b.r.errorf(n, "rel: line before any sentence")
	}
	if !b.inRels {
		b.it.Text, b.inRels = b.text.String(), true
	}
	rel, err := parseRel(spec)
	if err != nil {
		return b.r.errorf(n, "%v", err)
	}
	rel.Line = n
	if err := checkRel(b.it, &rel); err != nil {
		return b.r.errorf(n, "%v", err)
	}
	k := rel.key()
	if first, dup := b.seen[k]; dup {
		return b.r.errorf(n, "duplicate relation (first on line %d)", first)
	}
	b.seen[k] = n
	b.it.Relations = append(b.it.Relations, rel)
	return nil
}

// addSentence appends one text line, its marks removed, to the item.
func addSentence(it *Item, text *strings.Builder, line string) error {
	if !utf8.ValidString(line) {
		return errors.New("invalid UTF-8")
	}
	// NFC, as nergraph's cleaner gives, so that offsets agree with it.
	s := norm.NFC.String(strings.TrimSpace(line))
	if text.Len() > 0 {
		text.WriteByte(' ')
	}
	sent := len(it.Sentences)
	start := text.Len()
	for {
		i := strings.Index(s, "[[")
		j := strings.Index(s, "]]")
		if i < 0 {
			if j >= 0 {
				return fmt.Errorf("]] without [[ at %q", clip(s[j:]))
			}
			text.WriteString(s)
			break
		}
		if j >= 0 && j < i {
			return fmt.Errorf("]] without [[ at %q", clip(s[j:]))
		}
		text.WriteString(s[:i])
		if j < 0 {
			return fmt.Errorf("unclosed [[ at %q", clip(s[i:]))
		}
		mark := s[i : j+2]
		if strings.Contains(mark[2:], "[[") {
			return fmt.Errorf("mark %q: [[ inside a mark", clip(mark))
		}
		e, err := parseMark(mark)
		if err != nil {
			return err
		}
		e.Start, e.Sentence = text.Len(), sent
		text.WriteString(e.Surface)
		e.End = text.Len()
		it.Entities = append(it.Entities, e)
		s = s[j+2:]
	}
	it.Sentences = append(it.Sentences, Sentence{Start: start, End: text.Len()})
	return nil
}

func clip(s string) string {
	if len(s) <= 40 {
		return s
	}
	n := 40
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "..."
}

// parseMark reads [[surface|TYPE|id]] or [[surface|TYPE|id|flags]].
func parseMark(mark string) (Entity, error) {
	f := strings.Split(mark[2:len(mark)-2], "|")
	if len(f) != 3 && len(f) != 4 {
		return Entity{}, fmt.Errorf("mark %q: want [[text|TYPE|id]] or [[text|TYPE|id|source]]", clip(mark))
	}
	e := Entity{Surface: f[0], Type: f[1], ID: f[2]}
	if e.Surface == "" || strings.TrimSpace(e.Surface) != e.Surface {
		return Entity{}, fmt.Errorf("mark %q: empty text or spaces around it", clip(mark))
	}
	if !slices.Contains(types, e.Type) {
		return Entity{}, fmt.Errorf("mark %q: type %q is not PER, ORG, LOC or MISC", clip(mark), e.Type)
	}
	if e.ID != "-" && !entityIDRE.MatchString(e.ID) {
		return Entity{}, fmt.Errorf("mark %q: bad entity id %q", clip(mark), e.ID)
	}
	if len(f) == 4 {
		if f[3] != "source" {
			return Entity{}, fmt.Errorf("mark %q: unknown flag %q (want source)", clip(mark), f[3])
		}
		e.Source = true
	}
	return e, nil
}

// parseRel reads what follows "rel:":
//
//	SUBJ > PREDICATE > OBJ | text=WORDS | sent=N [| neg] [| role]
//	SUBJ <> PREDICATE <> OBJ | text=WORDS | sent=N [| neg]
func parseRel(s string) (Relation, error) {
	parts := strings.Split(s, "|")
	var rel Relation
	var ends []string
	switch triple := parts[0]; {
	case strings.Contains(triple, "<>"):
		ends = strings.Split(triple, "<>")
		rel.Symmetric = true
		for _, e := range ends {
			if strings.ContainsAny(e, "<>") {
				return rel, errors.New("mixed > and <> in one relation")
			}
		}
	case strings.Contains(triple, "<"):
		return rel, errors.New("stray < (a symmetric relation is A <> pred <> B)")
	default:
		ends = strings.Split(triple, ">")
	}
	if len(ends) != 3 {
		return rel, errors.New("want SUBJ > predicate > OBJ or A <> predicate <> B")
	}
	rel.Subject = strings.TrimSpace(ends[0])
	rel.Predicate = strings.TrimSpace(ends[1])
	rel.Object = strings.TrimSpace(ends[2])
	for _, id := range []string{rel.Subject, rel.Object} {
		if !entityIDRE.MatchString(id) {
			return rel, fmt.Errorf("bad entity id %q", id)
		}
	}
	if rel.Subject == rel.Object {
		return rel, fmt.Errorf("%s is related to itself", rel.Subject)
	}
	if err := checkPredicate(rel.Predicate); err != nil {
		return rel, err
	}
	hasText, hasSent := false, false
	for _, a := range parts[1:] {
		a = strings.TrimSpace(a)
		key, val, isKV := strings.Cut(a, "=")
		dup := false
		switch {
		case a == "neg":
			dup, rel.Negated = rel.Negated, true
		case a == "role":
			dup, rel.Role = rel.Role, true
		case isKV && key == "text":
			if strings.TrimSpace(val) != val || val == "" || strings.Contains(val, "  ") {
				return rel, fmt.Errorf("text %q: empty or badly spaced", val)
			}
			dup, hasText, rel.Text = hasText, true, val
		case isKV && key == "sent":
			n, err := strconv.Atoi(val)
			if err != nil || n < 0 || strconv.Itoa(n) != val {
				return rel, fmt.Errorf("sent=%q: want a sentence index, 0 or more", val)
			}
			dup, hasSent, rel.Sentence = hasSent, true, n
		case a == "":
			return rel, errors.New("empty field between |")
		default:
			return rel, fmt.Errorf("unknown field %q (want text=, sent=, neg or role)", a)
		}
		if dup {
			return rel, fmt.Errorf("field %q given twice", a)
		}
	}
	if !hasText {
		return rel, errors.New("missing text=")
	}
	if !hasSent {
		return rel, errors.New("missing sent=")
	}
	if rel.Role && rel.Symmetric {
		return rel, errors.New("a role relation has a direction: use >")
	}
	return rel, nil
}

// checkPredicate accepts lowercase words separated by single spaces.
func checkPredicate(p string) error {
	if p == "" {
		return errors.New("empty predicate")
	}
	if strings.Join(strings.Fields(p), " ") != p {
		return fmt.Errorf("predicate %q: words must be separated by single spaces", p)
	}
	for _, c := range p {
		if c != ' ' && c != '-' && c != '\'' && !unicode.IsLower(c) && !unicode.IsDigit(c) {
			return fmt.Errorf("predicate %q: only lowercase letters, digits, spaces, - and '", p)
		}
	}
	return nil
}

// checkRel checks a relation against its item's sentences and marks.
func checkRel(it *Item, rel *Relation) error {
	if rel.Sentence >= len(it.Sentences) {
		return fmt.Errorf("sent=%d: the item has %d sentences", rel.Sentence, len(it.Sentences))
	}
	for _, end := range [2]struct{ role, id string }{{"subject", rel.Subject}, {"object", rel.Object}} {
		marked, source := false, false
		for _, e := range it.Entities {
			if e.Sentence == rel.Sentence && e.ID == end.id {
				if e.Source {
					source = true
				} else {
					marked = true
				}
			}
		}
		if !marked {
			if source {
				return fmt.Errorf("%s %s is marked only as a source in sentence %d", end.role, end.id, rel.Sentence)
			}
			return fmt.Errorf("%s %s is not marked in sentence %d", end.role, end.id, rel.Sentence)
		}
	}
	sent := it.SentenceText(rel.Sentence)
	rest := sent
	for part := range strings.SplitSeq(rel.Text, " ... ") {
		i := strings.Index(rest, part)
		if part == "" || i < 0 {
			return fmt.Errorf("text %q is not in sentence %d: %q", rel.Text, rel.Sentence, clip(sent))
		}
		rest = rest[i+len(part):]
	}
	return nil
}

// key identifies a relation for duplicate checks: a symmetric one is the same
// whichever end is written first.
func (rel Relation) key() string {
	s, o := rel.Subject, rel.Object
	if rel.Symmetric && o < s {
		s, o = o, s
	}
	return fmt.Sprintf("%s\x00%s\x00%s\x00%t\x00%t\x00%t\x00%d", s, rel.Predicate, o, rel.Symmetric, rel.Negated, rel.Role, rel.Sentence)
}
