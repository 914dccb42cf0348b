package graphstore

import (
	"fmt"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// ent is a one-mention entity for link tests.
func ent(id, name string, t extract.Type, partial bool) extract.Entity {
	return extract.Entity{ID: id, Name: name, Type: t, Partial: partial,
		Mentions: []extract.Mention{{Text: name, Name: name}}}
}

func doc(id string, es ...extract.Entity) *extract.Doc {
	return &extract.Doc{Article: extract.Article{ID: id}, Text: id, Hash: id, Entities: es}
}

func TestLinkPartials(t *testing.T) {
	for _, tt := range partialCases() {
		t.Run(tt.name, func(t *testing.T) {
			g := New()
			for _, d := range tt.docs {
				g.Add(d)
			}
			if got := g.CanonicalIn(tt.art, tt.id); got != tt.want {
				t.Errorf("CanonicalIn(%s, %q) = %q, want %q", tt.art, tt.id, got, tt.want)
			}
			if _, ok := g.Node(tt.want); !ok {
				t.Errorf("no node %q; nodes %v", tt.want, fmt.Sprint(nodesOf(g)))
			}
		})
	}
}

// partialCases are TestLinkPartials' corpora; the short name stands in
// article "b".
func partialCases() []nodeCase {
	putin := ent("person:vladimir-putin", "Vladimir Putin", extract.Person, false)
	tests := []struct {
		name string
		docs []*extract.Doc
		id   string
		want string
	}{
		{"surname", []*extract.Doc{doc("a", putin), doc("b", ent("person:putin", "Putin", extract.Person, true))},
			"person:putin", "person:vladimir-putin"},
		{"given name, family first", []*extract.Doc{doc("a", ent("person:kim-jong-un", "Kim Jong Un", extract.Person, false)),
			doc("b", ent("person:kim", "Kim", extract.Person, true))}, "person:kim", "person:kim-jong-un"},
		{"two fit", []*extract.Doc{doc("a", ent("person:kim-jong-un", "Kim Jong Un", extract.Person, false)),
			doc("c", ent("person:kim-yo-jong", "Kim Yo Jong", extract.Person, false)),
			doc("b", ent("person:kim", "Kim", extract.Person, true))}, "person:kim", "person:kim"},
		{"used alone elsewhere", []*extract.Doc{doc("a", ent("person:kim-jong-un", "Kim Jong Un", extract.Person, false)),
			doc("c", ent("person:kim", "Kim", extract.Person, false)),
			doc("b", ent("person:kim", "Kim", extract.Person, true))}, "person:kim", "person:kim"},
		// An undefined acronym links only to what articles define it as.
		{"acronym by initials alone", []*extract.Doc{doc("a", ent("org:international-atomic-energy-agency", "International Atomic Energy Agency", extract.Org, false)),
			doc("b", ent("org:iaea", "IAEA", extract.Org, true))}, "org:iaea", "org:iaea"},
		{"acronym defined twice", []*extract.Doc{doc("a", linked("org:international-atomic-energy-agency", "International Atomic Energy Agency", "IAEA")),
			doc("c", linked("org:international-atomic-energy-agency", "International Atomic Energy Agency", "IAEA")),
			doc("b", ent("org:iaea", "IAEA", extract.Org, true))}, "org:iaea", "org:international-atomic-energy-agency"},
		// The index of initials skipped only the corpus linker's own minor
		// words, which lacked "y" (and "van", "bin", "al"...) while
		// ShortFits skipped them: "BBV" found no candidate.
		{"acronym skipping a minor word", []*extract.Doc{doc("a", linked("org:banco-bilbao-y-vizcaya", "Banco Bilbao y Vizcaya", "BBV")),
			doc("c", linked("org:banco-bilbao-y-vizcaya", "Banco Bilbao y Vizcaya", "BBV")),
			doc("b", ent("org:bbv", "BBV", extract.Org, true))}, "org:bbv", "org:banco-bilbao-y-vizcaya"},
		{"other type", []*extract.Doc{doc("a", putin), doc("b", ent("org:putin", "Putin", extract.Org, true))},
			"org:putin", "org:putin"},
		{"one candidate nearly always meant", []*extract.Doc{
			doc("a", linked("org:united-nations", "United Nations", "UN")), doc("c", linked("org:united-nations", "United Nations", "UN")),
			doc("d", linked("org:united-nations", "United Nations", "UN")), doc("f", linked("org:united-nations", "United Nations", "UN")),
			doc("g", linked("org:united-nations", "United Nations", "UN")), doc("e", linked("org:united-nation", "United Nation", "UN")),
			doc("b", ent("org:un", "UN", extract.Org, true))}, "org:un", "org:united-nations"},
		{"two candidates meant alike", []*extract.Doc{
			doc("a", linked("org:united-nations", "United Nations", "UN")), doc("c", linked("org:united-nations", "United Nations", "UN")),
			doc("d", linked("org:union-network", "Union Network", "UN")), doc("e", linked("org:union-network", "Union Network", "UN")),
			doc("b", ent("org:un", "UN", extract.Org, true))}, "org:un", "org:un"},
		{"shorter full name of an organization", []*extract.Doc{
			doc("a", linked("org:boston-red-sox", "Boston Red Sox", "Red Sox")), doc("c", linked("org:boston-red-sox", "Boston Red Sox", "Red Sox")),
			doc("d", linked("org:boston-red-sox", "Boston Red Sox", "Red Sox")),
			doc("b", ent("org:red-sox", "Red Sox", extract.Org, false))}, "org:red-sox", "org:boston-red-sox"},
		{"shorter full name seldom linked", []*extract.Doc{
			doc("a", linked("org:boston-red-sox", "Boston Red Sox", "Red Sox")),
			doc("b", ent("org:red-sox", "Red Sox", extract.Org, false))}, "org:red-sox", "org:red-sox"},
		{"camel case is a company", []*extract.Doc{doc("a", ent("person:openai", "OpenAI", extract.Person, false)),
			doc("c", ent("person:openai", "OpenAI", extract.Person, false)),
			doc("b", ent("org:openai", "OpenAI", extract.Org, false))}, "person:openai", "org:openai"},
		{"type vote", []*extract.Doc{doc("a", ent("org:kim-jong-un", "Kim Jong Un", extract.Org, false)),
			doc("b", ent("person:kim-jong-un", "Kim Jong Un", extract.Person, false)),
			doc("c", ent("person:kim-jong-un", "Kim Jong Un", extract.Person, false))}, "org:kim-jong-un", "person:kim-jong-un"},
	}
	cases := make([]nodeCase, len(tests))
	for i, tt := range tests {
		cases[i] = nodeCase{tt.name, tt.docs, "b", tt.id, tt.want}
	}
	return cases
}

// linked is a full entity that an article also named by a short name.
func linked(id, name, short string) extract.Entity {
	e := ent(id, name, extract.Org, false)
	e.Mentions = append(e.Mentions, extract.Mention{Text: short, Name: short})
	return e
}

// TestLinkByContext checks the rules of corpus linking that weigh an
// article's context: what it names beside the short name, and how rare
// that is in the corpus.
func TestLinkByContext(t *testing.T) {
	for _, tt := range contextCases() {
		t.Run(tt.name, func(t *testing.T) {
			g := New()
			for _, d := range tt.docs {
				g.Add(d)
			}
			if got := g.CanonicalIn(tt.art, tt.id); got != tt.want {
				t.Errorf("CanonicalIn(%s, %q) = %q, want %q; links %v", tt.art, tt.id, got, tt.want, g.Links())
			}
		})
	}
}

// contextCases are TestLinkByContext's corpora, each with its filler
// articles; the short name stands in article "b".
func contextCases() []nodeCase {
	p := func(id, name string) extract.Entity { return ent(id, name, extract.Person, false) }
	short := func(id, name string) extract.Entity { return ent(id, name, extract.Person, true) }
	o := func(id string) extract.Entity { return ent(id, id[4:], extract.Org, false) }
	// Filler articles make the things below rare, as in a real corpus.
	var filler []*extract.Doc
	for i := range 30 {
		filler = append(filler, doc(fmt.Sprintf("z%02d", i), o(fmt.Sprintf("org:filler-%d", i)), o("org:common")))
	}
	town := func(id, name string) extract.Entity { return ent(id, name, extract.Org, true) }
	place := func(id, name string) extract.Entity { return ent(id, name, extract.Location, true) }
	tigers, anfield := o("org:leicester-tigers-squad"), o("org:anfield-road")
	united, ferguson, labour, treasury := o("org:manchester-united"), p("person:alex-ferguson", "Alex Ferguson"), o("org:labour-party"), o("org:treasury@GB")
	tests := []struct {
		name, id, want string
		docs           []*extract.Doc
	}{
		{"context picks one of two", "person:brown", "person:wes-brown", []*extract.Doc{
			doc("a", p("person:gordon-brown", "Gordon Brown"), labour, treasury),
			doc("c", p("person:wes-brown", "Wes Brown"), united, ferguson),
			doc("b", short("person:brown", "Brown"), united, ferguson)}},
		{"two candidates, no context", "person:brown", "person:brown", []*extract.Doc{
			doc("a", p("person:gordon-brown", "Gordon Brown"), labour, treasury),
			doc("c", p("person:wes-brown", "Wes Brown"), united, ferguson),
			doc("b", short("person:brown", "Brown"))}},
		{"one candidate, another world", "person:brown", "person:brown", []*extract.Doc{
			doc("a", p("person:gordon-brown", "Gordon Brown"), labour, treasury),
			doc("b", short("person:brown", "Brown"), united, ferguson, o("org:arsenal"), o("org:premier-league"))}},
		{"initial and surname", "person:d-beckham", "person:david-beckham", []*extract.Doc{
			doc("a", p("person:david-beckham", "David Beckham"), united, ferguson),
			doc("b", short("person:d-beckham", "D. Beckham"), united, ferguson)}},
		{"two spellings", "person:mikhail-gorbachov", "person:mikhail-gorbachev", []*extract.Doc{
			doc("a", p("person:mikhail-gorbachev", "Mikhail Gorbachev"), o("org:tass"), o("org:politburo")),
			doc("c", p("person:mikhail-gorbachev", "Mikhail Gorbachev"), o("org:tass")),
			doc("b", p("person:mikhail-gorbachov", "Mikhail Gorbachov"), o("org:tass"), o("org:politburo"))}},
		{"umlaut spelled out", "person:karl-otto-pohl", "person:karl-otto-poehl", []*extract.Doc{
			doc("a", p("person:karl-otto-poehl", "Karl Otto Poehl"), o("org:bundesbank"), o("org:ems")),
			doc("c", p("person:karl-otto-poehl", "Karl Otto Poehl"), o("org:bundesbank")),
			doc("b", p("person:karl-otto-pohl", "Karl Otto Pöhl"), o("org:bundesbank"), o("org:ems"))}},
		{"two people one letter apart", "person:john-reed", "person:john-reed", []*extract.Doc{
			doc("a", p("person:john-reid", "John Reid"), labour, o("org:nhs")),
			doc("b", p("person:john-reed", "John Reed"), o("org:citicorp"), o("org:imf"))}},
		{"middle initial", "person:nicholas-f-brady", "person:nicholas-brady", []*extract.Doc{
			doc("a", p("person:nicholas-brady", "Nicholas Brady"), o("org:treasury@US"), p("person:james-baker", "James Baker")),
			doc("b", p("person:nicholas-f-brady", "Nicholas F. Brady"), o("org:treasury@US"), p("person:james-baker", "James Baker"))}},
		// Two names of one person that the middle rule joined are one
		// candidate of the surname: they split its context between them
		// so that neither won ("Bush": "George Bush", "George W Bush").
		{"a surname of a name with and without its middle initial", "person:brady", "person:nicholas-brady", []*extract.Doc{
			doc("a", p("person:nicholas-brady", "Nicholas Brady"), o("org:treasury@US"), p("person:james-baker", "James Baker"), o("org:brady-plan")),
			doc("c", p("person:nicholas-brady", "Nicholas Brady"), o("org:treasury@US"), p("person:james-baker", "James Baker"), o("org:brady-plan")),
			doc("d", p("person:nicholas-f-brady", "Nicholas F. Brady"), o("org:treasury@US"), p("person:james-baker", "James Baker"), o("org:brady-plan")),
			doc("e", p("person:nicholas-f-brady", "Nicholas F. Brady"), o("org:treasury@US"), p("person:james-baker", "James Baker"), o("org:brady-plan")),
			doc("b", short("person:brady", "Brady"), o("org:treasury@US"), p("person:james-baker", "James Baker"), o("org:brady-plan"))}},
		// A club's nickname is linked in its article by the clubs it
		// names, never by the articles that linked it to a club: the
		// "Saints" of a story of St Helens is no Southampton.
		{"a nickname other articles gave a club", "org:saints", "org:saints", []*extract.Doc{
			doc("a", linked("org:southampton", "Southampton", "Saints"), o("org:premier-league")),
			doc("c", linked("org:southampton", "Southampton", "Saints"), o("org:premier-league")),
			doc("d", linked("org:southampton", "Southampton", "Saints"), o("org:premier-league")),
			doc("b", ent("org:saints", "Saints", extract.Org, true), o("org:premier-league"))}},
		{"father and son", "person:george-w-bush", "person:george-w-bush", []*extract.Doc{
			doc("a", p("person:george-bush", "George Bush"), o("org:white-house"), p("person:ronald-reagan", "Ronald Reagan")),
			doc("b", p("person:george-w-bush", "George W. Bush"), o("org:white-house"), p("person:tony-blair", "Tony Blair"))}},
		{"place", "location:newcastle", "location:newcastle-upon-tyne", []*extract.Doc{
			doc("a", ent("location:newcastle-upon-tyne", "Newcastle upon Tyne", extract.Location, false), o("org:newcastle-united")),
			doc("b", ent("location:newcastle", "Newcastle", extract.Location, true), o("org:newcastle-united"))}},
		{"a company's name without its last words", "person:shearson-lehman", "org:shearson-lehman-brothers", append([]*extract.Doc{
			doc("b", p("person:shearson-lehman", "Shearson Lehman"))}, repeat(6, ent("org:shearson-lehman-brothers", "Shearson Lehman Brothers Inc", extract.Org, false))...)},
		{"a company's name without its last name, in its context", "person:drexel-burnham", "org:drexel-burnham-lambert", append([]*extract.Doc{
			doc("b", p("person:drexel-burnham", "Drexel Burnham"), o("org:salomon-brothers"), o("org:first-boston")),
			doc("c", ent("person:drexel-burnham", "Drexel Burnham Inc", extract.Person, false)),
			doc("d", ent("org:drexel-burnham-lambert", "Drexel Burnham Lambert Inc", extract.Org, false), o("org:salomon-brothers"), o("org:first-boston"))},
			repeat(10, ent("org:drexel-burnham-lambert", "Drexel Burnham Lambert Inc", extract.Org, false))...)},
		{"not without context", "person:drexel-burnham", "person:drexel-burnham", append([]*extract.Doc{
			doc("b", p("person:drexel-burnham", "Drexel Burnham"), o("org:salomon-brothers"), o("org:first-boston")),
			doc("d", o("org:salomon-brothers"), o("org:first-boston"))},
			repeat(10, ent("org:drexel-burnham-lambert", "Drexel Burnham Lambert Inc", extract.Org, false))...)},
		{"a surname of one person fifty times as often as any other", "person:reagan", "person:ronald-reagan", append([]*extract.Doc{
			doc("a", p("person:nancy-reagan", "Nancy Reagan")),
			doc("b", short("person:reagan", "Reagan"), o("org:harley-davidson"), o("org:kawasaki"), o("org:honda"), o("org:itc"))},
			repeat(60, p("person:ronald-reagan", "Ronald Reagan"))...)},
		{"not twenty-five times", "person:reagan", "person:reagan", append([]*extract.Doc{
			doc("a", p("person:nancy-reagan", "Nancy Reagan")),
			doc("b", short("person:reagan", "Reagan"), o("org:harley-davidson"), o("org:kawasaki"), o("org:honda"), o("org:itc"))},
			repeat(25, p("person:ronald-reagan", "Ronald Reagan"))...)},
		{"a surname articles call a company by", "person:goldman", "org:goldman-sachs", []*extract.Doc{
			doc("a", linked("org:goldman-sachs", "Goldman, Sachs and Co", "Goldman"), o("org:sumitomo-bank")),
			doc("c", linked("org:goldman-sachs", "Goldman, Sachs and Co", "Goldman"), o("org:sumitomo-bank")),
			doc("b", short("person:goldman", "Goldman"), o("org:sumitomo-bank"), o("org:shearson"))}},
		{"a firm by its first word", "org:salomon", "org:salomon-brothers", append([]*extract.Doc{
			doc("b", ent("org:salomon", "Salomon Inc", extract.Org, false))},
			repeat(3, ent("org:salomon-brothers", "Salomon Brothers Inc", extract.Org, false))...)},
		{"not a company of another trade", "org:continental", "org:continental", append([]*extract.Doc{
			doc("b", ent("org:continental", "Continental Corp", extract.Org, false))},
			repeat(6, ent("org:continental-airlines", "Continental Airlines Inc", extract.Org, false))...)},
		{"a firm's group", "org:morgan-stanley-group", "org:morgan-stanley", append([]*extract.Doc{
			doc("b", ent("org:morgan-stanley-group", "Morgan Stanley Group Inc", extract.Org, false))},
			repeat(3, ent("org:morgan-stanley", "Morgan Stanley and Co Inc", extract.Org, false))...)},
		{"not its unit", "org:merrill-lynch", "org:merrill-lynch", append([]*extract.Doc{
			doc("b", o("org:merrill-lynch"))}, repeat(6, ent("org:merrill-lynch-capital-markets", "Merrill Lynch Capital Markets", extract.Org, false))...)},
		// One word under two types: one thing only where their articles
		// name the same things.
		{"one word under two types, one context", "person:westinghouse", "org:westinghouse", []*extract.Doc{
			doc("a", ent("org:westinghouse", "Westinghouse Electric Corp", extract.Org, false), o("org:nrc"), o("org:duquesne-light")),
			doc("c", ent("org:westinghouse", "Westinghouse Electric Corp", extract.Org, false), o("org:nrc")),
			doc("b", ent("person:westinghouse", "Westinghouse", extract.Person, true), o("org:nrc"), o("org:duquesne-light"))}},
		{"one word under two types, two worlds", "person:greene", "person:greene", []*extract.Doc{
			doc("a", ent("org:greene", "Wells, Rich, Greene, Inc", extract.Org, false), o("org:saatchi"), o("org:ogilvy-group")),
			doc("c", ent("org:greene", "Wells, Rich, Greene, Inc", extract.Org, false), o("org:saatchi")),
			doc("b", ent("person:greene", "Greene", extract.Person, true), o("org:att"), o("org:justice-department"))}},
		// A town's one word is its club's, not its radio station's, even
		// where articles linked it so: "Leicester" the rugby club beside
		// "BBC Radio Leicester".
		{"a town ends no outlet's name", "org:leicester", "org:leicester", []*extract.Doc{
			doc("a", linked("org:bbc-radio-leicester", "BBC Radio Leicester", "Leicester"), tigers, o("org:premiership-rugby")),
			doc("c", linked("org:bbc-radio-leicester", "BBC Radio Leicester", "Leicester"), tigers, o("org:premiership-rugby")),
			doc("b", town("org:leicester", "Leicester"), tigers, o("org:premiership-rugby"), o("org:wasps")),
			doc("d", place("location:leicester", "Leicester")), doc("e", place("location:leicester", "Leicester"))}},
		{"a town begins its club's name", "org:leicester", "org:leicester-tigers", []*extract.Doc{
			doc("a", linked("org:leicester-tigers", "Leicester Tigers", "Leicester"), tigers, o("org:premiership-rugby")),
			doc("c", linked("org:leicester-tigers", "Leicester Tigers", "Leicester"), tigers, o("org:premiership-rugby")),
			doc("b", town("org:leicester", "Leicester"), tigers, o("org:premiership-rugby"), o("org:wasps"))}},
		{"a town is not its bodies", "org:liverpool", "org:liverpool", []*extract.Doc{
			doc("a", linked("org:liverpool-hotel-association", "Liverpool Hotel Association", "Liverpool"), anfield, o("org:everton")),
			doc("c", linked("org:liverpool-hotel-association", "Liverpool Hotel Association", "Liverpool"), anfield, o("org:everton")),
			doc("b", town("org:liverpool", "Liverpool"), anfield, o("org:everton"), o("org:chelsea"))}},
		// A word typed a place now and then is no town: "Agriculture".
		{"a word sometimes a place begins a body's name", "org:agriculture", "org:agriculture-department", []*extract.Doc{
			doc("a", linked("org:agriculture-department", "Agriculture Department", "Agriculture"), o("org:usda-grain"), o("org:cbt")),
			doc("c", linked("org:agriculture-department", "Agriculture Department", "Agriculture"), o("org:usda-grain"), o("org:cbt")),
			doc("b", town("org:agriculture", "Agriculture"), o("org:usda-grain"), o("org:cbt"), o("org:wheat-board")),
			doc("d", place("location:agriculture", "Agriculture")), doc("e", place("location:agriculture", "Agriculture"))}},
		// A glued span ("told the BBC Liverpool were unlikely") must not
		// take the club's articles, nor give its node a label.
		{"a glued span is not the club", "org:liverpool", "org:liverpool", []*extract.Doc{
			doc("a", linked("org:bbc-liverpool", "BBC Liverpool", "Liverpool"), anfield, o("org:everton")),
			doc("c", linked("org:bbc-liverpool", "BBC Liverpool", "Liverpool"), anfield, o("org:everton")),
			doc("b", town("org:liverpool", "Liverpool"), anfield, o("org:everton"), o("org:chelsea"))}},
		// A company's one word, common alone, is not a subsidiary's name.
		{"a name common alone is no subsidiary's", "org:sony", "org:sony", append([]*extract.Doc{
			doc("a", linked("org:sony-computer-entertainment-america", "Sony Computer Entertainment America", "Sony"), o("org:nintendo"), o("org:playstation")),
			doc("c", linked("org:sony-computer-entertainment-america", "Sony Computer Entertainment America", "Sony"), o("org:nintendo"), o("org:playstation")),
			doc("b", town("org:sony", "Sony"), o("org:nintendo"), o("org:playstation"))},
			alone(3, town("org:sony", "Sony"), o("org:nintendo"))...)},
		{"a name common alone is its firm's", "org:samsung", "org:samsung-electronics", append([]*extract.Doc{
			doc("a", linked("org:samsung-electronics", "Samsung Electronics", "Samsung"), o("org:lg"), o("org:hynix")),
			doc("c", linked("org:samsung-electronics", "Samsung Electronics", "Samsung"), o("org:lg"), o("org:hynix")),
			doc("b", town("org:samsung", "Samsung"), o("org:lg"), o("org:hynix"))},
			alone(3, town("org:samsung", "Samsung"), o("org:lg"))...)},
		{"a club's name common alone, after its town", "org:rovers", "org:blackburn-rovers", append([]*extract.Doc{
			doc("a", linked("org:blackburn-rovers", "Blackburn Rovers", "Rovers"), o("org:ewood-park"), o("org:premier-league")),
			doc("c", linked("org:blackburn-rovers", "Blackburn Rovers", "Rovers"), o("org:ewood-park"), o("org:premier-league")),
			doc("b", town("org:rovers", "Rovers"), o("org:ewood-park"), o("org:premier-league")),
			doc("d", place("location:blackburn", "Blackburn")), doc("e", place("location:blackburn", "Blackburn"))},
			alone(3, town("org:rovers", "Rovers"), o("org:ewood-park"))...)},
		{"a club's name common alone, after its form", "org:roma", "org:as-roma", append([]*extract.Doc{
			doc("a", linked("org:as-roma", "AS Roma", "Roma"), o("org:serie-a"), o("org:lazio")),
			doc("c", linked("org:as-roma", "AS Roma", "Roma"), o("org:serie-a"), o("org:lazio")),
			doc("b", town("org:roma", "Roma"), o("org:serie-a"), o("org:lazio"))},
			alone(3, town("org:roma", "Roma"), o("org:serie-a"))...)},
		{"a firm's name is not its joint venture's", "org:ericsson", "org:ericsson", []*extract.Doc{
			doc("a", linked("org:sony-ericsson", "Sony Ericsson", "Ericsson"), o("org:nokia"), o("org:motorola")),
			doc("c", linked("org:sony-ericsson", "Sony Ericsson", "Ericsson"), o("org:nokia"), o("org:motorola")),
			doc("d", o("org:sony"), o("org:nintendo")), doc("e", town("org:sony", "Sony"), o("org:nintendo")),
			doc("b", town("org:ericsson", "Ericsson"), o("org:nokia"), o("org:motorola"))}},
		{"a name common alone, after a country's code", "org:treasuries", "org:us-treasuries", append([]*extract.Doc{
			doc("a", linked("org:us-treasuries", "U.S. Treasuries", "Treasuries"), o("org:fed"), o("org:bundesbank")),
			doc("c", linked("org:us-treasuries", "U.S. Treasuries", "Treasuries"), o("org:fed"), o("org:bundesbank")),
			doc("b", town("org:treasuries", "Treasuries"), o("org:fed"), o("org:bundesbank"))},
			alone(3, town("org:treasuries", "Treasuries"), o("org:fed"))...)},
		// Barring one candidate must not leave the other the only one.
		{"a barred candidate still competes", "org:finance", "org:finance", append([]*extract.Doc{
			doc("a", linked("org:finance-ministry@FR", "Finance Ministry", "Finance"), o("org:bank-of-france")),
			doc("c", linked("org:finance-ministry@FR", "Finance Ministry", "Finance"), o("org:bank-of-france")),
			doc("d", linked("org:finance-ministry@FR", "Finance Ministry", "Finance"), o("org:bank-of-france")),
			doc("e", linked("org:westlb-finance", "WestLB Finance", "Finance"), o("org:westlb")),
			doc("f", linked("org:westlb-finance", "WestLB Finance", "Finance"), o("org:westlb")),
			doc("b", town("org:finance", "Finance"), o("org:gcc"))},
			alone(3, town("org:finance", "Finance"), o("org:gcc"))...)},
		{"a name common alone, after its country", "org:bundesbank", "org:west-german-bundesbank", append([]*extract.Doc{
			doc("a", linked("org:west-german-bundesbank", "West German Bundesbank", "Bundesbank"), o("org:fed"), o("org:bank-of-japan")),
			doc("c", linked("org:west-german-bundesbank", "West German Bundesbank", "Bundesbank"), o("org:fed"), o("org:bank-of-japan")),
			doc("d", ent("org:west-german", "West German", extract.Org, false)), doc("e", ent("org:west-german", "West German", extract.Org, false)),
			doc("b", town("org:bundesbank", "Bundesbank"), o("org:fed"), o("org:bank-of-japan"))},
			alone(3, town("org:bundesbank", "Bundesbank"), o("org:fed"))...)},
		{"a name common alone, after a person's", "org:administration", "org:reagan-administration", append([]*extract.Doc{
			doc("a", linked("org:reagan-administration", "Reagan Administration", "Administration"), o("org:congress"), o("org:white-house")),
			doc("c", linked("org:reagan-administration", "Reagan Administration", "Administration"), o("org:congress"), o("org:white-house")),
			doc("d", short("person:reagan", "Reagan")),
			doc("e", town("org:reagan", "Reagan")), doc("f", town("org:reagan", "Reagan")),
			doc("b", town("org:administration", "Administration"), o("org:congress"), o("org:white-house"))},
			alone(3, town("org:administration", "Administration"), o("org:congress"))...)},
		{"a name seldom alone is a subsidiary's", "org:sony", "org:sony-computer-entertainment-america", []*extract.Doc{
			doc("a", linked("org:sony-computer-entertainment-america", "Sony Computer Entertainment America", "Sony"), o("org:nintendo"), o("org:playstation")),
			doc("c", linked("org:sony-computer-entertainment-america", "Sony Computer Entertainment America", "Sony"), o("org:nintendo"), o("org:playstation")),
			doc("b", town("org:sony", "Sony"), o("org:nintendo"), o("org:playstation"))}},
		// "LA" is the city's, not the paper's named after it.
		{"a place's initials are no paper's", "org:la", "org:la", []*extract.Doc{
			doc("a", linked("org:los-angeles-times", "Los Angeles Times", "LA"), o("org:oscars")),
			doc("c", linked("org:los-angeles-times", "Los Angeles Times", "LA"), o("org:oscars")),
			doc("b", ent("org:la", "LA", extract.Org, true), o("org:oscars"))}},
		{"acronym defined once, elsewhere", "org:nhs", "org:nhs", []*extract.Doc{
			doc("a", linked("org:norfolk-high-school", "Norfolk High School", "NHS"), o("org:norfolk-county")),
			doc("b", ent("org:nhs", "NHS", extract.Org, true), labour, treasury, o("org:bma"))}},
		{"acronym defined alike twice", "org:nhs", "org:norfolk-high-school", []*extract.Doc{
			doc("a", linked("org:norfolk-high-school", "Norfolk High School", "NHS"), o("org:norfolk-county")),
			doc("c", linked("org:norfolk-high-school", "Norfolk High School", "NHS")),
			doc("b", ent("org:nhs", "NHS", extract.Org, true), labour, treasury, o("org:bma"))}},
	}
	cases := make([]nodeCase, len(tests))
	for i, tt := range tests {
		cases[i] = nodeCase{tt.name, tt.docs, "b", tt.id, tt.want}
	}
	return withFiller(filler, cases)
}

// repeat makes n articles that name e, "r0" to "r<n-1>".
func repeat(n int, e extract.Entity) []*extract.Doc {
	var out []*extract.Doc
	for i := range n {
		out = append(out, doc(fmt.Sprintf("r%d", i), e))
	}
	return out
}

// alone makes n articles, "s0" to "s<n-1>", that name the short name e
// alone, beside ctx.
func alone(n int, e extract.Entity, ctx ...extract.Entity) []*extract.Doc {
	var out []*extract.Doc
	for i := range n {
		out = append(out, doc(fmt.Sprintf("s%d", i), append([]extract.Entity{e}, ctx...)...))
	}
	return out
}

func TestSameFirm(t *testing.T) {
	c := newCorpus(nil, 0, numberKeys(nil, nil))
	tests := []struct {
		short, full string
		want        bool
	}{
		{"samsung", "samsung electronics", true},
		{"citibank", "citibank na", true},
		{"lenovo", "lenovo group", true},
		{"moody's", "moody's investors service", true},
		{"roma", "as roma", true},
		{"rangers", "glasgow rangers", true},
		{"treasuries", "us treasuries", true},
		{"sony", "sony computer entertainment america", false},
		{"google", "google news", false},
		{"barclays", "barclays capital", false},
		{"celtic", "celtic league", false},
		{"halo", "xbox game halo", false},
		{"worldcom", "former worldcom", false},
		{"sony", "sony", false},
	}
	for _, tt := range tests {
		if got := c.sameFirm(tt.short, strings.Fields(tt.full)); got != tt.want {
			t.Errorf("sameFirm(%q, %q) = %v, want %v", tt.short, tt.full, got, tt.want)
		}
	}
}
