package graphstore

import (
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestCompactNames checks that an organization's full name written with
// its words run together or apart, with a hyphen, "Bros", a number in
// words, a British "-isation", a middle word in the plural, a word
// abbreviated ("Dept", "Mfg", "Labs"), a legal form inside the name
// written short or in full ("Co of", "Company of") or a laboratory in the
// singular or the plural, goes to the
// same name written the other way in more articles, a firm's also when
// their articles name two countries; and that names of other letters or
// of the first or the last word in the plural, a firm named by one word of
// the trade, people, bodies qualified by a country and a bank's names
// whose articles name two countries stay apart.
func TestCompactNames(t *testing.T) {
	for _, tt := range compactCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// compactCases are TestCompactNames' corpora: the name of two articles
// ("main0", "main1", each with a companion of its own) and the other
// spelling in the story "other".
func compactCases() []nodeCase {
	filler := firmsAlone(40)
	pair, org, apart, inCountries := orgPair, orgNamed, apartCase, orgPairIn
	return withFiller(filler, []nodeCase{
		pair("words run together", org("org:vardel-air-lines", "Vardel Air Lines Inc"), org("org:vardel-airlines", "Vardel Airlines")),
		pair("a hyphen", org("org:quarbin-tervane", "Quarbin-Tervane Corp"), org("org:quarbintervane", "QuarbinTervane Inc")),
		pair("letters apart", org("org:k-v-ostra", "K V Ostra Co"), org("org:kv-ostra", "KV Ostra Co")),
		pair("Bros", org("org:ostra-brothers-international", "Ostra Brothers International"), org("org:ostra-bros-international", "Ostra Bros International Inc")),
		pair("a number in words", org("org:kestrel-5", "Kestrel 5"), org("org:kestrel-five", "Kestrel Five")),
		pair("an abbreviated word", org("org:vardel-department-stores", "Vardel Department Stores Inc"), org("org:vardel-dept-stores", "Vardel Dept Stores Inc")),
		pair("an abbreviated word before a legal form", org("org:kestrel-manufacturing", "Kestrel Manufacturing Corp"), org("org:kestrel-mfg", "Kestrel Mfg Co")),
		pair("companies abbreviated", org("org:ostrel-tavin-companies", "Ostrel Tavin Companies Inc"), org("org:ostrel-tavin-cos", "Ostrel Tavin Cos Inc")),
		pair("a legal form inside the name", org("org:ostrel-insurance-co-of-dalmor", "Ostrel Insurance Co of Dalmor"), org("org:ostrel-insurance-company-of-dalmor", "Ostrel Insurance Company of Dalmor")),
		pair("a corporation inside the name", org("org:vardel-corp-international", "Vardel Corp International Ltd"), org("org:vardel-corporation-international", "Vardel Corporation International")),
		apart(pair("another legal form inside the name", org("org:ostrel-insurance-co-of-dalmor", "Ostrel Insurance Co of Dalmor"), org("org:ostrel-insurance-corp-of-dalmor", "Ostrel Insurance Corp of Dalmor"))),
		pair("a laboratory abbreviated", org("org:kestrel-tavin-laboratories", "Kestrel Tavin Laboratories Inc"), org("org:kestrel-tavin-labs", "Kestrel Tavin Labs")),
		pair("a laboratory in the singular", org("org:vardel-national-laboratory", "Vardel National Laboratory"), org("org:vardel-national-laboratories", "Vardel National Laboratories")),
		pair("a lab before another word", org("org:vardel-media-lab-europe", "Vardel Media Lab Europe"), org("org:vardel-media-labs-europe", "Vardel Media Labs Europe")),
		apart(pair("a laboratory of another word", org("org:kestrel-tavin-laboratories", "Kestrel Tavin Laboratories Inc"), org("org:kestrel-clinical-labs", "Kestrel Clinical Labs"))),
		apart(pair("a laboratory alone", org("org:laboratories", "Laboratories Inc"), org("org:labs", "Labs"))),
		pair("an airline's head", org("org:ostrel-tavin-airlines", "Ostrel Tavin Airlines"), org("org:ostrel-tavin-airways", "Ostrel Tavin Airways Ltd")),
		apart(pair("an airline's head after one word", org("org:vardel-airlines", "Vardel Airlines"), org("org:vardel-airways", "Vardel Airways"))),
		apart(pair("another word", org("org:vardel-department-stores", "Vardel Department Stores Inc"), org("org:vardel-discount-stores", "Vardel Discount Stores Inc"))),
		pair("isation", org("org:vardel-trade-organisation", "Vardel Trade Organisation"), org("org:vardel-trade-organization", "Vardel Trade Organization")),
		pair("a middle word's plural", org("org:ostrel-producers-alliance", "Ostrel Producers Alliance"), org("org:ostrel-producer-alliance", "Ostrel Producer Alliance")),
		apart(pair("the first word's plural", org("org:vardels-pipeline", "Vardels Pipeline Co"), org("org:vardel-pipeline", "Vardel Pipeline Co"))),
		apart(pair("the last word's plural", org("org:kestrel-tavin-partners", "Kestrel Tavin Partners"), org("org:kestrel-tavin-partner", "Kestrel Tavin Partner"))),
		pair("a name's middle word ending in s", org("org:kestrel-texas-group", "Kestrel Texas Group"), org("org:kestreltexas-group", "KestrelTexas Group")),
		inCountries("a firm's articles of two countries", org("org:vardel-air-lines", "Vardel Air Lines Inc"), org("org:vardel-airlines", "Vardel Airlines"), "IS", "NO"),
		inCountries("a bank's articles of one country", org("org:ex-ost-bank", "Ex-Ost Bank"), org("org:exost-bank", "Exost Bank"), "IS", "IS"),
		apart(inCountries("a bank's articles of two countries", org("org:ex-ost-bank", "Ex-Ost Bank"), org("org:exost-bank", "Exost Bank"), "IS", "NO")),
		apart(pair("other letters", org("org:vardel-air-lines", "Vardel Air Lines Inc"), org("org:vardell-airlines", "Vardell Airlines"))),
		apart(pair("a word of the trade", org("org:air-lines", "Air-Lines Inc"), org("org:airlines", "Airlines Inc"))),
		apart(pair("people", at("person:ann-marie-vell", "Ann Marie Vell", extract.Person, false, 0), at("person:annmarie-vell", "Annmarie Vell", extract.Person, false, 0))),
		apart(pair("qualified by a country", org("org:trade-organisation@IS", "Trade Organisation"), org("org:trade-organization@IS", "Trade Organization"))),
	})
}

// orgPair is a corpus of the name main in two articles ("main0",
// "main1", each with a companion of its own) and the other spelling in
// the story "other", wanting other's id to go to main's.
func orgPair(name string, main, other extract.Entity) nodeCase {
	return nodeCase{name, []*extract.Doc{
		doc("main0", main, at("org:ostrel", "Ostrel Tavin Group", extract.Org, false, 1)),
		doc("main1", main, at("location:dalmor", "Dalmor", extract.Location, false, 1)),
		doc("other", other, at("person:ena-varga", "Ena Varga", extract.Person, false, 1)),
	}, "other", other.ID, main.ID}
}

// orgNamed is an organization's entity of one mention.
func orgNamed(id, name string) extract.Entity { return at(id, name, extract.Org, false, 0) }

// orgPairIn is orgPair with the country mainIn in the main articles and
// otherIn in the story "other".
func orgPairIn(name string, main, other extract.Entity, mainIn, otherIn string) nodeCase {
	c := orgPair(name, main, other)
	for _, d := range c.docs {
		iso := mainIn
		if d.Article.ID == "other" {
			iso = otherIn
		}
		d.Entities = append(d.Entities, at("country:"+iso, iso, extract.Country, false, 2))
	}
	return c
}
