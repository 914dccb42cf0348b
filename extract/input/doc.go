// Package input reads news articles from what analysts have: plain text,
// JSON lines, CSV, Reuters-21578 SGML, saved web pages, RSS and Atom
// feeds and WARC web archives, any of them gzip-compressed. Each reader has
// the contract of encoding/csv: [Reader.Read] returns the next [Article],
// io.EOF at the end, and a *[ParseError] naming the file and line of a bad
// record, after which reading may go on.
//
// # Formats
//
// The format comes from [ReaderOptions.Format] or, when empty, from the
// file name ([FormatFor]); standard input and names it does not know (.xml)
// are sniffed from their first bytes. .jsonl and .ndjson hold one JSON
// object per line, .csv a header row (or [ReaderOptions.Columns]), .sgm
// Reuters-21578 SGML, .html a web page (package webpage: the main text
// without navigation, scripts and footers, with title, date, author,
// canonical URL and site name), .rss and .atom a feed (one article per
// item, through github.com/mmcdole/gofeed), .warc and .warc.gz an archive
// (package warc: one article per HTML response), and .txt or a name
// without an extension one article per file. Gzip input is recognized by
// its magic bytes, a UTF-8 byte order mark dropped and UTF-16 with one
// decoded.
//
// # Fields and dates
//
// JSON keys and CSV columns are found by their usual names (id, title or
// headline, text or body or content, date or published_at, url or link,
// source, author) or where [ReaderOptions.Fields] says ([ParseFields]:
// "text=article.body,date=published_at", dot paths into nested objects).
// A record with neither title nor text is an error listing the fields it
// has. Dates are read by [ParseDate] (RFC 3339, feeds' RFC 1123 and 822,
// "March 5, 2024", "2024/03/05", Unix seconds, ...) after the layouts of
// [ReaderOptions.DateFormats]; a numeric date that reads two ways
// (05.03.2024) needs one. A date that does not read is a warning, and the
// article is kept without one.
//
// # Bounds
//
// Every reader is bounded ([Limits]): a line or record, an article read
// whole, and a file after decompression each have a limit with a flag to
// raise it, and a gzip stream that expands a hundredfold is stopped. Text
// over [ReaderOptions.SplitSize] (200 KB) is read as one article per
// paragraph, streaming, with one warning per file, so that the work of an
// article stays linear in its size and a concatenated corpus does not
// become one article. [Files] refuses FIFOs and devices, which may block
// for ever; [OpenRegular] does so for other files a command reads.
//
// # Warnings
//
// Problems that do not cost a record go to [ReaderOptions.Warn] as a
// *ParseError: invalid UTF-8 replaced ([ErrInvalidUTF8]), a date not read
// ([ErrBadDate]), an article split ([ErrSplit]), CSV columns not read,
// archive records that are not pages.
package input
