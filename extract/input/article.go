package input

import "time"

// Article is one news article as read from input, before cleaning.
type Article struct {
	ID     string    // from the input, else FILE, FILE:LINE or FILE:ROW
	Title  string    // headline, may be empty
	Text   string    // body
	Date   time.Time // zero when unknown
	URL    string
	Source string
}
