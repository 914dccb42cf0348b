package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/extract/input"
	"github.com/spf13/cobra"
)

// readFlags are the flags that say how inputs are read and which articles
// are kept: formats, field mapping, dates, limits, language, duplicates.
type readFlags struct {
	fields      string
	dateFormats []string
	maxLine     sizeValue
	maxArticle  sizeValue
	maxFile     sizeValue
	splitSize   sizeValue
	lang        string
	dedup       string
	since       string
	until       string
}

func addReadFlags(cmd *cobra.Command, r *readFlags) {
	f := cmd.Flags()
	f.StringVar(&r.fields, "fields", "", "where each article field is: `FIELD=NAME,...` with fields id, title, text, date, url, source, author and JSON keys, dot paths (article.body) or CSV columns, e.g. text=article.body,date=published_at")
	f.StringSliceVar(&r.dateFormats, "date-format", nil, "Go time `LAYOUT` for dates the built-in forms do not read or read ambiguously, e.g. 02.01.2006 for 05.03.2024 as 5 March (repeatable)")
	r.maxLine, r.maxArticle, r.maxFile, r.splitSize = input.DefaultMaxLine, input.DefaultMaxArticle, input.DefaultMaxFile, input.DefaultSplitSize
	f.Var(&r.maxLine, "max-line", "longest JSONL line or CSV record, e.g. 64MB")
	f.Var(&r.maxArticle, "max-article", "largest article read whole (an SGML element, a web page, a feed, a WARC record)")
	f.Var(&r.maxFile, "max-file", "largest input file after decompression")
	f.Var(&r.splitSize, "split-size", "articles longer than this are read as one article per paragraph, with a warning")
	f.StringVar(&r.lang, "lang", "en", "keep articles in this language (ISO 639-1 code) and those too short to tell; any keeps all")
	f.StringVar(&r.dedup, "dedup", extract.DedupExact, "count repeated articles once: exact (same cleaned text), near (nearly the same, e.g. a wire story reprinted) or off")
	f.StringVar(&r.since, "since", "", "keep only articles dated at or after this date (undated ones are passed over and counted)")
	f.StringVar(&r.until, "until", "", "keep only articles dated at or before this date (a bare date means its end)")
}

// runOptions checks the reading flags and fills opts with them. Misuse is
// a usage error.
func (in *inputOptions) runOptions() (extract.RunOptions, error) {
	r := &in.read
	var opts extract.RunOptions
	if in.Format != "" && !slices.Contains(input.Formats(), strings.ToLower(in.Format)) {
		return opts, usagef("--input-format %q is not one of %s", in.Format, strings.Join(input.Formats(), ", "))
	}
	if in.Columns != nil && len(in.Columns) == 0 { // given, and empty

		return opts, usagef("--columns is empty: name the columns, e.g. --columns label,title,text")
	}
	ro := input.ReaderOptions{Format: strings.ToLower(in.Format), Columns: in.Columns, DateFormats: r.dateFormats,
		Limits:    input.Limits{Line: int64(r.maxLine), Article: int64(r.maxArticle), File: int64(r.maxFile)},
		SplitSize: int(r.splitSize)}
	if r.fields != "" {
		m, err := input.ParseFields(r.fields)
		if err != nil {
			return opts, usagef("--fields: %v", err)
		}
		ro.Fields = m
	}
	for _, layout := range r.dateFormats {
		ref := time.Date(2024, 3, 5, 10, 30, 0, 0, time.UTC)
		if t, err := time.Parse(layout, ref.Format(layout)); err != nil || t.Year() != 2024 || t.Month() != 3 || t.Day() != 5 {
			return opts, usagef("--date-format %q is not a Go time layout with a day, month and year, such as 02.01.2006", layout)
		}
	}
	switch r.dedup {
	case extract.DedupExact, extract.DedupNear, extract.DedupOff:
	default:
		return opts, usagef("--dedup %q is not exact, near or off", r.dedup)
	}
	if r.lang != "any" && (len(r.lang) != 2 || strings.ToLower(r.lang) != r.lang) {
		return opts, usagef("--lang %q is not a two-letter language code such as en or de, or any", r.lang)
	}
	since, until, err := parseWindow(r.since, r.until)
	if err != nil {
		return opts, err
	}
	opts.Reader, opts.Dedup, opts.Lang, opts.Since, opts.Until = ro, r.dedup, r.lang, since, until
	return opts, nil
}

// sizeValue is a byte-count flag: 200KB, 16MB, 8GB.
type sizeValue int64

func (v *sizeValue) String() string { return input.FormatSize(int64(*v)) }

func (v *sizeValue) Set(s string) error {
	n, err := input.ParseSize(s)
	if err != nil {
		return err
	}
	*v = sizeValue(n)
	return nil
}

func (v *sizeValue) Type() string { return "size" }

// readSummary says what the reading flags passed over, for the closing
// line: near duplicates, other languages, undated and out-of-range
// articles, warnings.
func readSummary(s extract.RunStats) string {
	var parts []string
	if s.NearDuplicates > 0 {
		parts = append(parts, fmt.Sprintf("%s near duplicates counted once", thousands(s.NearDuplicates)))
	}
	if n := sumCounts(s.OtherLanguage); n > 0 {
		langs := make([]string, 0, len(s.OtherLanguage))
		for _, l := range slices.Sorted(maps.Keys(s.OtherLanguage)) {
			langs = append(langs, fmt.Sprintf("%s %s", l, thousands(s.OtherLanguage[l])))
		}
		parts = append(parts, fmt.Sprintf("%s articles in other languages passed over (%s; --lang any keeps them)", thousands(n), strings.Join(langs, ", ")))
	}
	if s.Undated > 0 {
		parts = append(parts, fmt.Sprintf("%s undated articles passed over by --since/--until", thousands(s.Undated)))
	}
	if s.OutOfRange > 0 {
		parts = append(parts, fmt.Sprintf("%s articles dated outside --since/--until", thousands(s.OutOfRange)))
	}
	if s.Warnings > 0 {
		parts = append(parts, fmt.Sprintf("%s warnings", thousands(s.Warnings)))
	}
	if len(parts) == 0 {
		return ""
	}
	return "; " + strings.Join(parts, "; ")
}

func sumCounts(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}
