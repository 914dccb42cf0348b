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
}
