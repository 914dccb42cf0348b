package lang

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// snippets are news sentences written for this test, a few per language,
// on the subjects the tool reads: politics, business, sport.
var snippets = []struct{ lang, text string }{
	{"en", "The finance minister said on Tuesday that the government would cut taxes for small firms after the election."},
	{"en", "Shares in the carmaker fell sharply in London as investors worried about the cost of the new factory in Ohio."},
	{"en", "Kim Jong Un met Vladimir Putin at a summit in Vladivostok, where the two leaders discussed trade and security."},
	{"en", "The striker scored twice in the second half as United beat their rivals to move three points clear at the top."},
	{"en", "Officials in Brussels have warned that the agreement could collapse if the talks are not finished by March."},
	{"en", "Heavy rain caused flooding across the north of the country, and thousands of people were moved from their homes."},
	{"en", "Apple, Microsoft and Google reported higher profits, but analysts said growth was slowing in China."},
	{"de", "Die Bundesregierung hat am Dienstag angekündigt, dass die Steuern für kleine Unternehmen nach der Wahl sinken werden."},
	{"de", "Der russische Präsident traf sich mit dem Regierungschef aus Nordkorea, um über Handel und Sicherheit zu sprechen."},
	{"de", "Die Aktien des Autobauers sind in Frankfurt stark gefallen, weil die Anleger die Kosten des neuen Werks fürchten."},
	{"de", "Nach dem heftigen Regen wurden im Norden des Landes tausende Menschen aus ihren Häusern gebracht."},
	{"de", "Der Stürmer traf in der zweiten Halbzeit zweimal, und die Mannschaft steht nun an der Spitze der Tabelle."},
	{"de", "Russland und China haben ein neues Abkommen unterzeichnet, das auch die Lieferung von Gas betrifft."},
	{"fr", "Le ministre des Finances a annoncé mardi que le gouvernement allait baisser les impôts des petites entreprises."},
	{"fr", "Le président russe a rencontré le dirigeant nord-coréen pour parler du commerce et de la sécurité dans la région."},
	{"fr", "Les actions du constructeur automobile ont chuté à Paris, car les investisseurs craignent le coût de la nouvelle usine."},
	{"fr", "Après de fortes pluies, des milliers de personnes ont été évacuées de leurs maisons dans le nord du pays."},
	{"fr", "La Chine et la Russie ont signé un nouvel accord sur le gaz, selon un communiqué publié par le Kremlin."},
	{"fr", "L'attaquant a marqué deux fois en seconde période et son équipe est désormais en tête du classement."},
	{"es", "El ministro de Economía dijo el martes que el gobierno bajará los impuestos a las pequeñas empresas después de las elecciones."},
	{"es", "Las acciones del fabricante de coches cayeron en Madrid porque los inversores temen el coste de la nueva fábrica."},
	{"es", "El presidente ruso se reunió con el líder de Corea del Norte para hablar de comercio y de seguridad."},
	{"es", "Miles de personas fueron evacuadas de sus casas en el norte del país tras las fuertes lluvias de la semana."},
	{"es", "El delantero marcó dos goles en la segunda parte y su equipo ya está en lo más alto de la tabla."},
	{"it", "Il ministro dell'Economia ha detto martedì che il governo taglierà le tasse alle piccole imprese dopo le elezioni."},
	{"it", "Le azioni della casa automobilistica sono crollate a Milano perché gli investitori temono il costo della nuova fabbrica."},
	{"it", "Il presidente russo ha incontrato il leader nordcoreano per parlare di commercio e di sicurezza nella regione."},
	{"it", "Migliaia di persone sono state evacuate dalle loro case nel nord del paese dopo le forti piogge."},
	{"pt", "O ministro da Economia disse na terça-feira que o governo vai reduzir os impostos das pequenas empresas após as eleições."},
	{"pt", "As ações da montadora caíram em São Paulo porque os investidores temem o custo da nova fábrica no interior."},
	{"pt", "O presidente russo se reuniu com o líder da Coreia do Norte para falar sobre comércio e segurança na região."},
	{"pt", "Milhares de pessoas foram retiradas de suas casas no norte do país depois das fortes chuvas da semana passada."},
	{"nl", "De minister van Financiën heeft dinsdag gezegd dat de regering de belastingen voor kleine bedrijven na de verkiezingen verlaagt."},
	{"nl", "De aandelen van de autofabrikant zijn in Amsterdam hard gedaald, omdat beleggers de kosten van de nieuwe fabriek vrezen."},
	{"nl", "De Russische president heeft de leider van Noord-Korea ontmoet om over handel en veiligheid te praten."},
	{"nl", "Na de zware regen zijn in het noorden van het land duizenden mensen uit hun huizen gehaald."},
	{"sv", "Finansministern sa på tisdagen att regeringen kommer att sänka skatterna för små företag efter valet."},
	{"pl", "Minister finansów powiedział we wtorek, że rząd obniży podatki dla małych firm po wyborach, które odbędą się w maju."},
	{"tr", "Maliye bakanı salı günü yaptığı açıklamada hükümetin seçimlerden sonra küçük işletmeler için vergileri düşüreceğini söyledi ve bu karar çok tartışıldı."},
	{"ru", "Министр финансов заявил во вторник, что правительство снизит налоги для малого бизнеса после выборов."},
	{"el", "Ο υπουργός Οικονομικών δήλωσε την Τρίτη ότι η κυβέρνηση θα μειώσει τους φόρους για τις μικρές επιχειρήσεις."},
	{"ar", "قال وزير المالية يوم الثلاثاء إن الحكومة ستخفض الضرائب على الشركات الصغيرة بعد الانتخابات."},
	{"zh", "财政部长星期二表示，政府将在选举后为小企业减税。"},
	{"ja", "財務大臣は火曜日、選挙の後に中小企業の税金を下げると述べました。"},
}

func TestDetectSnippets(t *testing.T) {
	right := 0
	for _, s := range snippets {
		got := Detect(s.text)
		if got.Lang == s.lang {
			right++
			continue
		}
		t.Logf("Detect(%.50q) = %q (score %.2f), want %q", s.text, got.Lang, got.Score, s.lang)
	}
	acc := float64(right) / float64(len(snippets))
	t.Logf("accuracy on %d snippets in 13 languages: %d right (%.1f%%)", len(snippets), right, 100*acc)
	if acc < 0.95 {
		t.Errorf("accuracy %.1f%%, want at least 95%%", 100*acc)
	}
}

func TestDetectEdges(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"empty", "", Unknown},
		{"too short", "Kim meets Putin", Unknown},
		{"names only", "Vladimir Putin Kim Jong Un Xi Jinping Joe Biden Emmanuel Macron Olaf Scholz Giorgia Meloni", Unknown},
		{"english with foreign names", "Die Linke and Les Républicains both said on Monday that they would vote against the budget in the assembly.", "en"},
		{"german title case", "Bundeskanzler Scholz Trifft Den Französischen Präsidenten In Paris Und Spricht Über Die Ukraine", "de"},
	}
	for _, tt := range tests {
		if got := Detect(tt.text); got.Lang != tt.want {
			t.Errorf("%s: Detect(%q) = %q (%.2f), want %q", tt.name, tt.text, got.Lang, got.Score, tt.want)
		}
	}
}

func ExampleDetect() {
	fmt.Println(Detect("Die Regierung hat am Dienstag angekündigt, dass die Steuern sinken werden.").Lang)
	fmt.Println(Detect("The government said on Tuesday that taxes would be cut after the election.").Lang)
	// Output:
	// de
	// en
}

// TestTableFits checks that the merged table of function words fits the
// fixed sets Detect counts them in.
func TestTableFits(t *testing.T) {
	if len(stopwords) != len(langOrder) {
		t.Errorf("%d stopword lists, %d languages in langOrder", len(stopwords), len(langOrder))
	}
	for _, l := range langOrder {
		if stopwords[l] == "" {
			t.Errorf("no stopwords for %q", l)
		}
	}
	if len(langOrder) > 16 {
		t.Errorf("%d languages do not fit a uint16 mask", len(langOrder))
	}
	if len(table) > idWords*64 {
		t.Errorf("%d stopwords do not fit a set of %d ids", len(table), idWords*64)
	}
	if maxStopword > 32 {
		t.Errorf("longest stopword %d bytes, lookup's buffer 32", maxStopword)
	}
	if e := table["de"]; e.langs&(1<<2) == 0 || e.langs&(1<<6) == 0 || e.langs&1 != 0 { // French and Dutch, not English
		t.Errorf(`table["de"] = %+v, want fr and nl, not en`, e)
	}
}

// BenchmarkDetect measures Detect on an English news paragraph, the common
// case: every article read is checked.
func BenchmarkDetect(b *testing.B) {
	text := strings.Repeat("The United States has accused North Korea of providing weapons to Russia, "+
		"officials said on Tuesday, after talks in Seoul that were meant to ease tension. ", 8)
	words := len(strings.FieldsFunc(text, notWordRune))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if Detect(text).Lang != "en" {
			b.Fatal("not English")
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

// tallyPlain is the tally as Detect first took it: the words of
// strings.FieldsFuncSeq, each cut at its first apostrophe, lowered and
// looked up, counted for each of the twelve languages in turn. scan must
// agree with it on any text.
func tallyPlain(text string) tally {
	var t tally
	for w := range strings.FieldsFuncSeq(text, notWordRune) {
		if strings.ContainsAny(w, "'’") {
			w, _, _ = strings.Cut(strings.ReplaceAll(w, "’", "'"), "'")
		}
		t.words++
		if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
			continue
		}
		e, ok := table[strings.ToLower(w)]
		if !ok {
			continue
		}
		for i := range langOrder {
			if e.langs&(1<<i) != 0 {
				t.counts[i]++
				t.distinct[i][e.id/64] |= 1 << (e.id % 64)
			}
		}
	}
	return t
}

// scanTexts try scan's edges: apostrophes straight and typographic, at a
// word's start, middle and end; initials; accents; other scripts; digits;
// words longer than any function word and than scan's buffer; invalid
// UTF-8 and a letter cut at the end.
var scanTexts = []string{
	"", "a", "A", "I", "The", "THE", "the's", "'s", "'The", "l’État", "l'État d'Italie", "O Du Randt", "O'Brien",
	"isn't Zürich's — what’s", "ÉTÉ été ÀÉ é", "Déjà vu, naïve café", "o a e y w z i", "Ω α the", "x1y2 the3of",
	strings.Repeat("a", 31) + " " + strings.Repeat("b", 32) + " " + strings.Repeat("c", 33) + " and",
	strings.Repeat("é", 20) + " the", "\xff the \xfe of", "the caf\xc3", "tHe Of AND wiTH",
	"Der Präsident und die Regierung", "the—of–and", "it’’s", "'", "’", "''the''",
}

func TestScanPlain(t *testing.T) {
	texts := slices.Clone(scanTexts)
	for _, s := range snippets {
		texts = append(texts, s.text, strings.ToUpper(s.text), strings.ReplaceAll(s.text, "'", "’"))
	}
	for _, text := range texts {
		var got tally
		got.scan(text)
		if want := tallyPlain(text); got != want {
			t.Errorf("scan(%.40q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzScan checks scan against tallyPlain on any input.
func FuzzScan(f *testing.F) {
	for _, s := range scanTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var got tally
		got.scan(text)
		if want := tallyPlain(text); got != want {
			t.Errorf("scan(%q) = %v, want %v", text, got, want)
		}
	})
}

// byScriptPlain is byScript as first written: every rune decoded and
// counted, with no early answer. byScript must agree with it on any text.
func byScriptPlain(text string) (Result, bool) {
	var letters, latin int
	counts := make([]int, len(scripts))
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if r < 0x250 {
			latin++
			continue
		}
		for i, s := range scripts {
			if unicode.Is(s.table, r) {
				counts[i]++
				break
			}
		}
	}
	if letters == 0 || latin*2 > letters {
		return Result{}, false
	}
	best := 0
	for i := range scripts {
		if counts[i] > counts[best] {
			best = i
		}
	}
	if counts[best]*2 <= letters {
		return Result{}, false
	}
	lang := scripts[best].lang
	if lang == "zh" && counts[5]+counts[6] > 0 {
		lang = "ja"
	}
	return Result{Lang: lang, Score: float64(counts[best]) / float64(letters), Words: letters}, true
}

var scriptTexts = []string{
	"", "abc", "Москва и Киев", "Moscow Москва", "東京 Tokyo とうきょう", "a Ω b", "\xff\xfe Ωμέγα",
	strings.Repeat("Россия ", 200) + strings.Repeat("Russia ", 150),
	strings.Repeat("Russia ", 150) + strings.Repeat("Россия ", 200),
	strings.Repeat("x", 700) + strings.Repeat("日本", 400),
}

func TestByScriptPlain(t *testing.T) {
	texts := slices.Clone(scriptTexts)
	for _, s := range snippets {
		texts = append(texts, s.text)
	}
	for _, text := range texts {
		got, gotOK := byScript(text)
		want, wantOK := byScriptPlain(text)
		if got != want || gotOK != wantOK {
			t.Errorf("byScript(%.40q) = %v, %v, want %v, %v", text, got, gotOK, want, wantOK)
		}
	}
}

// FuzzByScript checks byScript against byScriptPlain on any input.
func FuzzByScript(f *testing.F) {
	for _, s := range scriptTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got, gotOK := byScript(text)
		want, wantOK := byScriptPlain(text)
		if got != want || gotOK != wantOK {
			t.Errorf("byScript(%q) = %v, %v, want %v, %v", text, got, gotOK, want, wantOK)
		}
	})
}

// TestStopShapes checks that the filter passes every function word that
// lookup can be asked for, so that it never hides one.
func TestStopShapes(t *testing.T) {
	var buf [32]byte
	n := 0
	for w, want := range table {
		if len(w) > len(buf) {
			continue
		}
		if !maybeStopword([]byte(w)) {
			t.Errorf("maybeStopword(%q) = false", w)
		}
		asked := w // as a sentence's first word writes it
		if w[0] < 0x80 {
			asked = strings.ToUpper(w[:1]) + w[1:]
		}
		if got, ok := lookup(asked, &buf); !ok || got != want {
			t.Errorf("lookup(%q) = %v, %v, want %v, true", asked, got, ok, want)
		}
		n++
	}
	if n == 0 {
		t.Fatal("no function words")
	}
	if _, ok := lookup("Kuwait", &buf); ok {
		t.Error("lookup(Kuwait) found a function word")
	}
}
