// Package input reads news articles from files: plain text, JSON lines,
// CSV and Reuters-21578 SGML, any of them gzip-compressed. Each reader has
// the contract of encoding/csv: [Reader.Read] returns the next [Article],
// io.EOF at the end, and a *[ParseError] naming the file and line of a bad
// record, after which reading may go on.
//
// # Formats
//
// The format comes from [ReaderOptions.Format] or, when empty, from the
// file name ([FormatFor]): .jsonl and .ndjson hold one JSON object per line
// (id, title or headline, text or body or content or description, date or
// published, url or link, source), .csv a header row naming the same
// columns (or [ReaderOptions.Columns]), .sgm and .sgml Reuters-21578
// SGML, anything else one article per file. Gzip input is recognized by
// its magic bytes.
//
// # Warnings
//
// Problems that do not cost a record, such as invalid UTF-8 replaced by
// U+FFFD, go to [ReaderOptions.Warn] as a *ParseError wrapping
// [ErrInvalidUTF8].
//
// [Files] turns the paths a user gives (files, folders, "-" for standard
// input) into the list of inputs to read, and [ParseDate] reads the dates
// of feeds and of command-line flags alike.
package input
