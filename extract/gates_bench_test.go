package extract

import (
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract/text"
)

// gateText is a news paragraph of our own, repeated: names after "the",
// after a verb, in lists of people and firms, and pairs joined by "and",
// most of which no rule here changes, as in most articles.
var gateText = strings.Repeat("The Halvex board met in Tarnow on Tuesday, and its chairman Ann Lunmark said the "+
	"Quorn Mining unit had sold its Skarvo field. Tom Vell, Ann Lunmark and Bob Tarrant of Velle and Marle "+
	"said the Tarnow plant would close, while Quorn and Halvex shares rose. ", 6)

// gateMentions makes a mention of every run of capitalized words of
// gateText (a sentence's first word aside), typed a person when it has two
// words and an organization otherwise, as the recognizer might.
func gateMentions(s string) []*mention {
	var ms []*mention
	for i := 0; i < len(s); {
		if s[i] < 'A' || s[i] > 'Z' || i > 0 && s[i-1] != ' ' || i >= 2 && s[i-2] == '.' {
			i++
			continue
		}
		j := i
		var words []string
		for j < len(s) && s[j] >= 'A' && s[j] <= 'Z' {
			e := j
			for e < len(s) && s[e] != ' ' && s[e] != ',' && s[e] != '.' {
				e++
			}
			words = append(words, strings.ToLower(s[j:e]))
			if e+1 >= len(s) || s[e] != ' ' || s[e+1] < 'A' || s[e+1] > 'Z' {
				j = e
				break
			}
			j = e + 1
		}
		typ := Org
		if len(words) == 2 {
			typ = Person
		}
		ms = append(ms, &mention{Mention: Mention{Text: s[i:j], Name: s[i:j], Start: i, End: j}, typ: typ,
			key: strings.Join(words, " "), words: words, country: -1, agency: -1})
		i = j
	}
	return ms
}

// BenchmarkProductHead asks productHead of every name of gateText and
// reports the nanoseconds a name.
func BenchmarkProductHead(b *testing.B) {
	ms := gateMentions(gateText)
	n := 0
	productHead(gateText, ms[0]) // the gazetteer loads on first use
	for b.Loop() {
		for _, m := range ms {
			if productHead(gateText, m) {
				n++
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ms)), "ns/name")
	_ = n
}

// BenchmarkPersonLists runs personLists over gateText's names: two lists
// of people and none of them weak.
func BenchmarkPersonLists(b *testing.B) {
	r, err := NewResolver(ResolveOptions{})
	if err != nil {
		b.Fatal(err)
	}
	a := &article{text: gateText, titleEnd: -1, ms: gateMentions(gateText)}
	r.personLists(a) // the gazetteer loads on first use
	for b.Loop() {
		r.personLists(a)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N), "ns/article")
}

// BenchmarkPairFirmSpans runs pairFirmSpans over a text marked as below:
// names joined by "and" of the usual kinds, two countries, a name beside
// a person's full name, a name before a lower-case word, and two unknown
// capitalized words (Velle and Marle, Quorn and Halvex), which the rule
// asks about most.
func BenchmarkPairFirmSpans(b *testing.B) {
	marked := strings.Repeat("The [[Halvex|ORG]] board met in [[Britain|LOC]] and [[France|LOC]] on Tuesday. "+
		"[[Lunmark|PER]] and [[Bob Tarrant|PER]] of [[Velle|PER]] and Marle spoke, while [[Quorn|ORG]] and "+
		"[[Halvex|ORG]] shares rose and [[Tarnow|LOC]] and its port grew. ", 6)
	body, marks, err := parseMarkup(marked)
	if err != nil {
		b.Fatal(err)
	}
	sents := text.Tokenize(body)
	spans := spansFor(sents, marks)
	r, err := NewResolver(ResolveOptions{})
	if err != nil {
		b.Fatal(err)
	}
	r.pairFirmSpans(sents, spans) // the gazetteer loads on first use
	for b.Loop() {
		r.pairFirmSpans(sents, spans)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N), "ns/article")
}
