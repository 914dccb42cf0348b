// Package webpage reads a saved web page: the text of its main article,
// without the scripts, styles, navigation, share buttons and footers
// around it, and the metadata news pages give: title, date, author,
// canonical URL and site name.
//
// # Main text
//
// The article is found by [Readability], Mozilla's scoring of blocks by
// their text, commas and links, in the Go port of readeck. Before it runs,
// elements that never hold the story (script, style, nav, header, footer,
// aside, form, the ARIA roles navigation, banner and contentinfo, and
// the byline) are removed, so their text cannot reach the recognizer even
// on a page the scoring gets wrong. A page too short for the scoring
// falls back to its paragraphs outside those elements.
//
// # Metadata
//
// In order of trust: JSON-LD (a NewsArticle, Article, ReportageNewsArticle
// or BlogPosting, also inside an @graph), then OpenGraph and article:
// meta tags, then the Dublin Core and plain meta names, then the page's
// <title>, <link rel=canonical> and <time datetime>. Dates are returned as
// written, for the caller's date parser.
//
// [Readability]: https://github.com/mozilla/readability
package webpage
