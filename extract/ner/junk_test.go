package ner

import (
	"strings"
	"testing"
)

// The kinds of junk issue 10 found in real news graphs, each in a document
// we wrote: recent names off the CoNLL page, companies that look like
// people or places, and tables whose row labels and units are not names
// while the names in them still are.
var junkFixtures = []struct {
	name string
	doc  string // sentences separated by " / "
	want string // entities of the whole document, "type:words" separated by "|"
}{
	{"Obama is a person", "Angela Merkel met Barack Obama in Berlin .",
		"PER:Angela Merkel|PER:Barack Obama|LOC:Berlin"},
	{"Tesla is a company", "Tesla shares rose 5 percent after the carmaker reported record deliveries .",
		"ORG:Tesla"},
	{"earnings table", "Shr 34 cts vs 1.19 dlrs / Net 807,000 vs 2,858,000 / Revs 337.3 mln vs 315.2 mln / Nine mths / Shr 3.07 dlrs vs 3.08 dlrs",
		""},
	{"results table keeps the teams", "Brentford 3 Luton 2 / Stockport 0 Bournemouth 1",
		"ORG:Brentford|ORG:Luton|ORG:Stockport|ORG:Bournemouth"},
	{"a bank is an organization", "Ljubljanska Banka said on Monday it would repay its foreign debt .",
		"ORG:Ljubljanska Banka"},
	{"a telephone company named after a state", "Michigan Bell said it would raise rates .",
		"ORG:Michigan Bell"},
	{"a price table keeps the place, not the product", "Crude FOB Mississippi 18.06 18.10",
		"LOC:Mississippi"},
	{"a tobacco company", "Shares of RJ Reynolds Tobacco fell sharply on Wall Street .",
		"ORG:RJ Reynolds Tobacco|LOC:Wall Street"},
}

func TestJunkFixtures(t *testing.T) {
	m := embeddedModel(t)
	for _, f := range junkFixtures {
		var doc [][]string
		for _, s := range strings.Split(f.doc, " / ") {
			doc = append(doc, strings.Fields(s))
		}
		tags := m.Tag(doc)
		var got []string
		for i := range doc {
			if e := entities(doc[i], tags[i]); e != "" {
				got = append(got, e)
			}
		}
		if g := strings.Join(got, "|"); g != f.want {
			t.Errorf("%s: Tag(%q)\n got  %s\n want %s", f.name, f.doc, g, f.want)
		}
	}
}
