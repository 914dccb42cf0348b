package webpage

import (
	"encoding/json"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// metaSet holds what the page says of itself, by source, before the most
// trusted is chosen.
type metaSet struct {
	ld        map[string]string // from JSON-LD: title, date, author, site, url
	meta      map[string]string // meta tags by lower-case property or name
	title     string            // <title>
	canonical string            // <link rel=canonical>
	time      string            // the first <time datetime>
	lang      string
	h1        string
}

// metadata reads the page's metadata; see the package documentation for
// the order of trust.
func metadata(doc *html.Node) Page {
	m := metaSet{ld: map[string]string{}, meta: map[string]string{}}
	m.walk(doc)
	p := Page{Lang: m.lang}
	p.Title = first(m.ld["title"], m.meta["og:title"], m.meta["twitter:title"], m.meta["dc.title"], trimSite(m.title, m.site()), m.h1)
	p.Date = first(m.ld["date"], m.meta["article:published_time"], m.meta["og:published_time"], m.meta["datepublished"],
		m.meta["pubdate"], m.meta["publishdate"], m.meta["date"], m.meta["dc.date"], m.meta["dc.date.issued"],
		m.meta["dcterms.created"], m.meta["sailthru.date"], m.meta["parsely-pub-date"], m.time)
	p.Author = first(m.ld["author"], m.meta["author"], m.meta["article:author"], m.meta["dc.creator"], m.meta["parsely-author"], m.meta["byl"])
	if strings.HasPrefix(p.Author, "http") { // article:author is often a profile URL
		p.Author = ""
	}
	p.Author = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(p.Author, "By "), "by "))
	p.URL = first(m.canonical, m.ld["url"], m.meta["og:url"])
	p.SiteName = m.site()
	return p
}

func (m *metaSet) site() string {
	return first(m.meta["og:site_name"], m.ld["site"], m.meta["application-name"], m.meta["publisher"])
}

// first returns the first non-empty value, its white space collapsed.
func first(vals ...string) string {
	for _, v := range vals {
		if v = clean(v); v != "" {
			return v
		}
	}
	return ""
}

// trimSite drops the site name a <title> ends or starts with: "Leaders
// meet | The Daily".
func trimSite(title, site string) string {
	title = clean(title)
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := title[:i], title[i+len(sep):]
		if site != "" && strings.EqualFold(tail, site) || site == "" && len(tail) < 30 && len(head) > len(tail) {
			return head
		}
		if j := strings.Index(title, sep); j > 0 && site != "" && strings.EqualFold(title[:j], site) {
			return title[j+len(sep):]
		}
	}
	return title
}

// walk collects the metadata of the tree under n.
func (m *metaSet) walk(n *html.Node) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Html:
			m.lang = attr(n, "lang")
		case atom.Title:
			if m.title == "" {
				m.title = text(n)
			}
		case atom.Meta:
			key := strings.ToLower(first(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
			if v := attr(n, "content"); key != "" && v != "" && m.meta[key] == "" {
				m.meta[key] = v
			}
		case atom.Link:
			if slices.Contains(strings.Fields(strings.ToLower(attr(n, "rel"))), "canonical") && m.canonical == "" {
				m.canonical = attr(n, "href")
			}
		case atom.Time:
			if m.time == "" {
				m.time = attr(n, "datetime")
			}
		case atom.H1:
			if m.h1 == "" {
				m.h1 = text(n)
			}
		case atom.Script:
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
				m.jsonLD(text(n))
			}
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		m.walk(c)
	}
}

// articleTypes are the JSON-LD types of a news story.
var articleTypes = []string{"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
	"OpinionNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting", "WebPage"}

// jsonLD reads the first article object of a JSON-LD script: a value, a
// list or an @graph.
func (m *metaSet) jsonLD(s string) {
	if m.ld["title"] != "" {
		return
	}
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return
	}
	var objs []map[string]any
	collect(v, &objs, 0)
	best := -1
	for i, o := range objs {
		if k := slices.IndexFunc(articleTypes, func(t string) bool { return hasType(o, t) }); k >= 0 && (best < 0 || k < bestRank(objs[best])) {
			best = i
		}
	}
	if best < 0 {
		return
	}
	o := objs[best]
	m.ld["title"] = first(str(o["headline"]), str(o["name"]))
	m.ld["date"] = first(str(o["datePublished"]), str(o["dateCreated"]))
	m.ld["author"] = names(o["author"])
	m.ld["url"] = first(str(o["url"]), str(o["mainEntityOfPage"]))
	if pub, ok := o["publisher"].(map[string]any); ok {
		m.ld["site"] = str(pub["name"])
	}
}

func bestRank(o map[string]any) int {
	return slices.IndexFunc(articleTypes, func(t string) bool { return hasType(o, t) })
}

// collect gathers the objects of a JSON-LD value, descending into lists
// and @graph.
func collect(v any, out *[]map[string]any, depth int) {
	if depth > 4 {
		return
	}
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			collect(x, out, depth+1)
		}
	case map[string]any:
		*out = append(*out, v)
		if g, ok := v["@graph"]; ok {
			collect(g, out, depth+1)
		}
	}
}

func hasType(o map[string]any, t string) bool {
	switch v := o["@type"].(type) {
	case string:
		return v == t
	case []any:
		for _, x := range v {
			if x == t {
				return true
			}
		}
	}
	return false
}

// str returns a JSON-LD string value, or the @id of an object.
func str(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case map[string]any:
		if s, ok := v["@id"].(string); ok {
			return s
		}
	}
	return ""
}

// names returns the name of a JSON-LD author: a string, an object with a
// name, or a list of them joined by commas.
func names(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case map[string]any:
		s, _ := v["name"].(string)
		return s
	case []any:
		var out []string
		for _, x := range v {
			if s := names(x); s != "" {
				out = append(out, s)
			}
		}
		return strings.Join(out, ", ")
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// text is the text under n, white space collapsed.
func text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return clean(b.String())
}
