package webpage

import (
	"bytes"
	"errors"
	"io"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Page is what a web page says of its article. Fields it does not give
// are empty.
type Page struct {
	Title    string
	Text     string // the main text, paragraphs separated by blank lines
	Author   string
	Date     string // as written in the page, e.g. "2024-03-05T10:00:00Z"
	URL      string // canonical URL, else the URL the page was read from
	SiteName string
	Lang     string // the <html lang> attribute, e.g. "en" or "de-DE"
}

// ErrNoText is returned for a page in which no text was found.
var ErrNoText = errors.New("web page has no article text")

// minReadable is the length under which the text Readability finds is
// checked against the page's paragraphs: scoring needs some text to work.
const minReadable = 250

// Parse reads an HTML page; pageURL, when known, is where it was fetched
// from. It returns [ErrNoText] for a page without text and an error for
// input that is not HTML at all. The caller bounds the size of r.
func Parse(r io.Reader, pageURL string) (Page, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return Page{}, err
	}
	doc, err := html.Parse(bytes.NewReader(prestrip(b)))
	if err != nil {
		return Page{}, err // "html: ..."
	}
	p := metadata(doc)
	if p.URL == "" {
		p.URL = pageURL
	}
	strip(doc)
	fallback := textOf(doc)
	base, _ := url.Parse(pageURL)
	if base == nil || base.Host == "" {
		base, _ = url.Parse("http://localhost/")
	}
	text := ""
	if art, err := readability.FromDocument(doc, base); err == nil && art.Node != nil {
		text = textOf(art.Node)
		if p.Title == "" {
			p.Title = clean(art.Title())
		}
		if p.Author == "" {
			p.Author = clean(art.Byline())
		}
		if p.SiteName == "" {
			p.SiteName = clean(art.SiteName())
		}
	}
	if len(text) < minReadable && len(fallback) > len(text) {
		text = fallback
	}
	p.Text = dropTitle(text, p.Title)
	if strings.TrimSpace(p.Text) == "" && p.Title == "" {
		return p, ErrNoText
	}
	return p, nil
}

// dropTitle removes a first paragraph that repeats the title.
func dropTitle(text, title string) string {
	first, rest, _ := strings.Cut(text, "\n\n")
	if title != "" && strings.EqualFold(strings.TrimSpace(first), strings.TrimSpace(title)) {
		return rest
	}
	return text
}

// boilerTags never hold the story.
var boilerTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Iframe: true,
	atom.Svg: true, atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Form: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Input: true, atom.Object: true,
	atom.Embed: true, atom.Canvas: true, atom.Dialog: true, atom.Menu: true, atom.Head: true,
}

// boilerWords in a class or id mark blocks around the story; a block is
// dropped when one of its class or id words is one of them.
var boilerWords = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "menu": true, "breadcrumb": true, "breadcrumbs": true,
	"footer": true, "masthead": true, "sidebar": true, "share": true, "sharing": true, "social": true,
	"related": true, "newsletter": true, "subscribe": true, "cookie": true, "cookies": true, "consent": true,
	"comments": true, "comment": true, "advert": true, "advertisement": true, "ad": true, "ads": true,
	"promo": true, "byline": true, "author": true, "tags": true, "login": true, "signin": true,
	"paywall": true, "banner": true, "skip": true, "toolbar": true, "popup": true, "modal": true,
}

// boilerRoles are ARIA roles of blocks around the story.
var boilerRoles = map[string]bool{"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"search": true, "menu": true, "menubar": true, "dialog": true, "alert": true}

// strip removes the elements that never hold the story.
func strip(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case c.Type == html.CommentNode:
			n.RemoveChild(c)
		case c.Type == html.ElementNode && boiler(c):
			n.RemoveChild(c)
		default:
			strip(c)
		}
		c = next
	}
}

// boiler reports an element that is not part of the story.
func boiler(n *html.Node) bool {
	if boilerTags[n.DataAtom] {
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden", "aria-hidden":
			if a.Key == "hidden" || a.Val == "true" {
				return true
			}
		case "role":
			if boilerRoles[strings.ToLower(a.Val)] {
				return true
			}
		case "class", "id", "rel", "itemprop":
			if a.Key == "itemprop" && strings.EqualFold(a.Val, "author") || a.Key == "rel" && strings.EqualFold(a.Val, "author") {
				return true
			}
			if (a.Key == "class" || a.Key == "id") && n.DataAtom != atom.Body && n.DataAtom != atom.Html && n.DataAtom != atom.Article && n.DataAtom != atom.Main && hasBoilerWord(a.Val) {
				return true
			}
		case "style":
			v := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// hasBoilerWord splits a class or id value into words at spaces, hyphens
// and underscores, and looks for one of boilerWords.
func hasBoilerWord(v string) bool {
	for w := range strings.FieldsFuncSeq(strings.ToLower(v), func(r rune) bool { return r == ' ' || r == '-' || r == '_' || r == '\t' }) {
		if boilerWords[w] {
			return true
		}
	}
	return false
}

// clean collapses runs of white space.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// Fragment returns the text of an HTML fragment that is all article, such
// as a feed item's content: the elements that never hold the story are
// removed, and blocks become paragraphs. Text that does not parse as HTML
// is returned with its white space collapsed.
func Fragment(s string) string {
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div"})
	if err != nil {
		return clean(s)
	}
	root := &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div"}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	strip(root)
	return textOf(root)
}
