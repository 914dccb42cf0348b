package input

import "time"

// Article is one news article as read from input, before cleaning.
type Article struct {
	ID     string    // from the input, else FILE, FILE:LINE or FILE:ROW
	Title  string    // headline, may be empty
	Text   string    // body
	Date   time.Time // zero when unknown
	URL    string
	Source string // the outlet or site name
	Author string // the byline, kept apart from the text so that it is not taken for a person mentioned
	// Dateline is the place the story was filed from when the input gives
	// it apart from the text (Reuters' <DATELINE> "NEW YORK, March 3 -"
	// gives "NEW YORK"), else empty.
	Dateline string
	// HTML is a web page not parsed yet, read with
	// ReaderOptions.DeferHTML: [ParsePage] makes the article of it. Empty
	// otherwise.
	HTML string

	file string // where HTML came from, for ParsePage's errors
	line int
}
