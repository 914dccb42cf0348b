package input

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/mmcdole/gofeed"

	"github.com/nergraph/nergraph/extract/input/webpage"
)

// feedReader reads an RSS or Atom feed, one article per item: the title,
// the content (else the description) through the HTML path, the published
// date (else the updated), the link as URL, the GUID as id (else the link,
// else FILE#N) and the feed's title as source. The feed is parsed whole, so
// it is bounded by the article limit.
func (r *Reader) feedReader(br *bufio.Reader) func() (Article, error) {
	var items []*gofeed.Item
	var feed *gofeed.Feed
	next := 0
	return func() (Article, error) {
		if feed == nil {
			b, err := readAtMost(br, r.limits.Article)
			if err == errLineTooLong {
				return Article{}, r.endWith(&ParseError{File: r.name, Err: tooLarge("feed", r.limits.Article, "--max-article")})
			}
			if err != nil {
				return Article{}, fmt.Errorf("read %s: %w", r.name, err)
			}
			feed, err = gofeed.NewParser().Parse(bytes.NewReader(b))
			if err != nil {
				feed = &gofeed.Feed{}
				return Article{}, &ParseError{File: r.name, Err: fmt.Errorf("not an RSS or Atom feed: %w", err)}
			}
			items = feed.Items
			if len(items) == 0 {
				return Article{}, &ParseError{File: r.name, Err: errors.New("feed has no items")}
			}
		}
		for next < len(items) {
			it := items[next]
			next++
			a, err := r.feedItem(feed, it, next)
			if err != nil {
				return Article{}, err
			}
			return a, nil
		}
		return Article{}, io.EOF
	}
}

// endWith makes the reader return err once, then io.EOF.
func (r *Reader) endWith(err error) error {
	r.next = failing(io.EOF)
	return err
}

// feedItem makes the article of the n-th item, from 1.
func (r *Reader) feedItem(feed *gofeed.Feed, it *gofeed.Item, n int) (Article, error) {
	a := Article{Title: r.validUTF8([]byte(webpage.Fragment(it.Title)), n), URL: strings.TrimSpace(it.Link), Source: strings.TrimSpace(feed.Title)}
	body := it.Content
	if strings.TrimSpace(body) == "" {
		body = it.Description
	}
	a.Text = r.validUTF8([]byte(webpage.Fragment(body)), n)
	a.ID = strings.TrimSpace(it.GUID)
	if a.ID == "" {
		a.ID = a.URL
	}
	if a.ID == "" {
		a.ID = r.name + "#" + strconv.Itoa(n)
	}
	var authors []string
	for _, p := range it.Authors {
		if p != nil && p.Name != "" {
			authors = append(authors, p.Name)
		}
	}
	a.Author = strings.Join(authors, ", ")
	date := it.Published
	if strings.TrimSpace(date) == "" {
		date = it.Updated
	}
	r.setField(&a, FieldDate, date, 0)
	if strings.TrimSpace(a.Title+a.Text) == "" {
		return Article{}, &ParseError{File: r.name, Err: fmt.Errorf("item %d (%s): %w", n, a.ID, ErrEmptyArticle)}
	}
	return a, nil
}
