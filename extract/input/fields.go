package input

import (
	"fmt"
	"slices"
	"strings"
)

// The article fields a record's keys or columns map to.
const (
	FieldID     = "id"
	FieldTitle  = "title"
	FieldText   = "text"
	FieldDate   = "date"
	FieldURL    = "url"
	FieldSource = "source"
	FieldAuthor = "author"
)

// articleFields lists the fields in the order records are read.
var articleFields = []string{FieldID, FieldTitle, FieldText, FieldDate, FieldURL, FieldSource, FieldAuthor}

// knownNames are the keys and column names read without a mapping, per
// field, in order of preference. Names are matched without case.
var knownNames = map[string][]string{
	FieldID:     {"id", "uuid", "guid"},
	FieldTitle:  {"title", "headline"},
	FieldText:   {"text", "body", "content", "description", "article", "story"},
	FieldDate:   {"date", "published", "time", "published_at", "publishedat", "pubdate", "date_published", "datepublished", "published_date", "publish_date", "timestamp", "created_at"},
	FieldURL:    {"url", "link"},
	FieldSource: {"source", "source_name", "publisher", "site", "site_name"},
	FieldAuthor: {"author", "byline", "authors", "creator"},
}

// ParseFields reads a field mapping such as
// "id=uuid,title=article.headline,text=article.body,date=published_at":
// each article field (id, title, text, date, url, source, author) with the
// JSON key, dot path into nested objects, or CSV column that holds it. It
// fails on an unknown field, a field given twice or an empty name.
func ParseFields(s string) (map[string]string, error) {
	m := map[string]string{}
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		field, name, ok := strings.Cut(part, "=")
		field, name = strings.ToLower(strings.TrimSpace(field)), strings.TrimSpace(name)
		if !ok || name == "" {
			return nil, fmt.Errorf("%q is not FIELD=NAME, e.g. text=article.body", part)
		}
		if !slices.Contains(articleFields, field) {
			return nil, fmt.Errorf("unknown field %q (known: %s)", field, strings.Join(articleFields, ", "))
		}
		if _, dup := m[field]; dup {
			return nil, fmt.Errorf("field %q given twice", field)
		}
		m[field] = name
	}
	if len(m) == 0 {
		return nil, fmt.Errorf("no field mapping in %q", s)
	}
	return m, nil
}

// namesFor returns the names to look for a field under: the mapping's when
// it maps the field, else the known names (none when the mapping names a
// text or title field: then only what it says is read).
func namesFor(fields map[string]string, field string) []string {
	if n, ok := fields[field]; ok {
		return []string{n}
	}
	return knownNames[field]
}

// fieldOf returns the article field a column or key name maps to, or "".
func fieldOf(fields map[string]string, name string) string {
	name = strings.ToLower(strings.TrimSpace(name))
	for _, f := range articleFields {
		if n, ok := fields[f]; ok {
			if strings.EqualFold(n, name) {
				return f
			}
			continue
		}
		if slices.Contains(knownNames[f], name) {
			return f
		}
	}
	return ""
}

// fieldList says what fields a record has, for an error about a record
// whose fields were not found: at most 12 names, sorted.
func fieldList(names []string) string {
	names = slices.Clone(names)
	slices.Sort(names)
	names = slices.Compact(names)
	if len(names) == 0 {
		return "no fields"
	}
	more := ""
	if len(names) > 12 {
		more = fmt.Sprintf(" and %d more", len(names)-12)
		names = names[:12]
	}
	return "fields " + strings.Join(names, ", ") + more
}
