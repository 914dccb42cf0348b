// Package extract turns news articles into entities: it reads articles from
// files ([Reader]), cleans scraped text ([Clean]), splits it into sentences and
// tokens ([Tokenize]), finds entity mentions with a [Recognizer] and resolves
// the mentions of one article into canonical entities ([Extractor]).
//
// # Pipeline
//
//	r := extract.NewReader(f, "articles.jsonl", extract.ReaderOptions{})
//	ex, err := extract.New()
//	for {
//		a, err := r.Read() // io.EOF at the end, *ParseError on a bad record
//		...
//		doc := ex.Extract(a)
//	}
//
// An [Extractor] loads its model once and is safe for concurrent use.
package extract
