// Package warc reads and writes web archive files in the WARC 1.0 and 1.1
// format (ISO 28500), the format of the Internet Archive and of Common
// Crawl's CC-News: a sequence of records, each a version line, named
// header fields, a blank line, a block of Content-Length bytes and two line
// ends. A .warc.gz file is the same records, each its own gzip member, which
// the caller decompresses as one stream.
//
// [Reader] streams records without holding more than one header in memory:
// a record's block is an [io.Reader] limited to its length, and what the
// caller leaves unread is skipped. [Writer] writes records, for tests and
// tools that make archives of their own pages.
package warc
