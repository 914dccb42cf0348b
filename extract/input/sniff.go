package input

import (
	"bufio"
	"bytes"
	"encoding/json"
	"strings"
)

// sniff guesses the format of input whose name does not say it, such as
// standard input, from its first bytes: a WARC record, Reuters SGML, an RSS
// or Atom feed, an HTML page, JSON lines, CSV with a header row that names
// a text or title column, else text.
func sniff(br *bufio.Reader) string {
	head, _ := br.Peek(8192)
	s := bytes.TrimLeft(head, " \t\r\n")
	low := bytes.ToLower(s[:min(len(s), 2048)])
	switch {
	case bytes.HasPrefix(s, []byte("WARC/")):
		return FormatWARC
	case bytes.Contains(low, []byte("<reuters")) || bytes.Contains(low, []byte("<!doctype lewis")):
		return FormatSGML
	case bytes.HasPrefix(low, []byte("<?xml")) || bytes.HasPrefix(low, []byte("<rss")) || bytes.HasPrefix(low, []byte("<feed")):
		if bytes.Contains(low, []byte("<rss")) || bytes.Contains(low, []byte("<feed")) || bytes.Contains(low, []byte("<rdf:rdf")) {
			return FormatFeed
		}
		if bytes.Contains(low, []byte("<html")) {
			return FormatHTML
		}
	case bytes.HasPrefix(low, []byte("<!doctype html")) || bytes.HasPrefix(low, []byte("<html")) ||
		bytes.HasPrefix(low, []byte("<head")) || bytes.HasPrefix(low, []byte("<!--")) && bytes.Contains(low, []byte("<html")):
		return FormatHTML
	case len(s) > 0 && s[0] == '{':
		line, _, _ := bytes.Cut(s, []byte("\n"))
		if json.Valid(bytes.TrimSpace(line)) || len(line) == len(s) && len(head) == 8192 {
			return FormatJSONL
		}
	}
	if looksCSV(s) {
		return FormatCSV
	}
	return FormatText
}

// looksCSV reports a first line that reads as a CSV header naming a title
// or text column, with a second line of as many fields.
func looksCSV(s []byte) bool {
	first, rest, ok := bytes.Cut(s, []byte("\n"))
	if !ok || bytes.Count(first, []byte(",")) == 0 {
		return false
	}
	text := false
	for h := range strings.SplitSeq(strings.TrimSpace(string(first)), ",") {
		switch fieldOf(nil, strings.Trim(h, `" `)) {
		case FieldTitle, FieldText:
			text = true
		case "":
			if len(h) > 40 {
				return false
			}
		}
	}
	second, _, _ := bytes.Cut(rest, []byte("\n"))
	return text && len(bytes.TrimSpace(second)) > 0
}
