package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Pyongyang#39;s state media", "Pyongyang's state media"},
		{"what Kim called a quot;long-standing strategic relationship,quot; KCNA said", `what Kim called a "long-standing strategic relationship," KCNA said`},
		{"at anbsp;military paradenbsp;in Pyongyang", "at a military parade in Pyongyang"},
		{"nuclear-capablenbsp;missilesnbsp;and drones", "nuclear-capable missiles and drones"},
		{"the IEEE #39;s consideration", "the IEEE's consideration"},
		{"In  quot;helping themselves, quot; Ricky Bryant", `In "helping themselves," Ricky Bryant`},
		{"up to  #36;500,000 extra", "up to $500,000 extra"},
		{"the players #39; union", "the players' union"},
		{"AT amp;T and Johnson amp; Johnson", "AT&T and Johnson & Johnson"},
		{"BULLETIN&lt;br&gt;BC-OLY--Women's Marathon", "BULLETIN BC-OLY--Women's Marathon"},
		{"BULLETINlt;brgt;BC-OLY", "BULLETINlt;brgt;BC-OLY"}, // glued lt/gt may be ordinary words: left alone
		{"a &lt;b&gt;bold&lt;/b&gt; claim", "a bold claim"},
		{"real &amp; entities &quot;here&quot; and &#8212; dashes", `real & entities "here" and — dashes`},
		{"war #151; peace", "war — peace"},
		{"double &amp;quot;escaped&amp;quot;", `double "escaped"`},
		{"Reutersnbsp;\n\nnbsp;\n\nnbsp;\n\nBy", "Reuters\n\nBy"},
		{"second\\team of rocketeers", "second team of rocketeers"},
		{"  spaced \t out\r\nlines  ", "spaced out\nlines"},
		{"para one\n\n\n\npara two", "para one\n\npara two"},
		// Ordinary text must survive.
		{"the camp; then the lamp; result; felt; built;", "the camp; then the lamp; result; felt; built;"},
		{"issue #5; and C:\\path", "issue #5; and C:\\path"},
		{"x < y and a<b", "x < y and a<b"},
		{"a > b and (n>3)", "a > b and (n>3)"},
		// Reuters writes companies between angle brackets: name and
		// brackets stay, on one line or across a line break; tickers and
		// tags go.
		{"bought a stake in <Harbour Lane Holdings Ltd>, it said", "bought a stake in <Harbour Lane Holdings Ltd>, it said"},
		{"a unit of Swiss insurer <Union\nKreditversicherungs-Gesellschaft>.", "a unit of Swiss insurer <Union\nKreditversicherungs-Gesellschaft>."},
		{"sold to <Toshiba Office Systems (U.K.) Ltd> for cash", "sold to <Toshiba Office Systems (U.K.) Ltd> for cash"},
		{"&lt;Base Nine Systems Inc&gt; said", "<Base Nine Systems Inc> said"},
		{"NORTHLAKE MILLS <NLM> SETS PAYOUT", "NORTHLAKE MILLS SETS PAYOUT"},
		{"HOLDER SELLS <GRAND ORCHARD CO> STAKE", "HOLDER SELLS <GRAND ORCHARD CO> STAKE"},
		{"shares of Volvo <VOLV ST> rose", "shares of Volvo rose"},
		{"<P>First line<BR>second <Table>x</Table>", "First line second x"},
		{"<A HREF=\"x\">link</A> and <Img src>", "link and"},
		{"sold to <Nordisk Reiseforsikring A/S> of Norway", "sold to <Nordisk Reiseforsikring A/S> of Norway"},
		{"<4100 Lakeshore Road Corp>, its largest holder", "<4100 Lakeshore Road Corp>, its largest holder"},
		{"if x<3 and y>2 then", "if x<3 and y>2 then"},
		// Brackets that lost their partner, or nest wrongly.
		{"with <Bramley Steel <Ltd> to build", "with Bramley Steel Ltd to build"},
		{"Meanwhile, <Societe Marine Chimie) said", "Meanwhile, Societe Marine Chimie) said"},
		{"<First Bank of New\n<Haven>, and others", "First Bank of New\nHaven, and others"},
		{"is held by Lakeshore Road Corp>, it said", "is held by Lakeshore Road Corp, it said"},
		{"a -> b => c", "a -> b => c"},
		// Tickers whose brackets do not match.
		{"Ardent Machines SpA (ARDM.MI> chairman", "Ardent Machines SpA (ARDM.MI) chairman"},
		{"to Coastline Pipes Co Ltd <CPL) for 11 dlrs", "to Coastline Pipes Co Ltd (CPL) for 11 dlrs"},
		{"caf\u0065\u0301 Zürich", "café Zürich"},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Clean(tt.in); got != tt.want {
			t.Errorf("Clean(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{"Pyongyang#39;s", " quot;x quot;", "anbsp;b", "&amp;amp;", "<b>x</b>", "a\\b", "#x41;", "\xff\xfe", "quo#116;;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := Clean(s)
		if !utf8.ValidString(c) {
			t.Fatalf("Clean(%q) = %q: invalid UTF-8", s, c)
		}
		if cc := Clean(c); cc != c {
			t.Fatalf("not idempotent: Clean(%q) = %q, Clean of that = %q", s, c, cc)
		}
		if cc := cleanOnce(c); cc != c {
			t.Fatalf("Clean(%q) = %q, but one more pass makes %q", s, c, cc)
		}
		if strings.HasPrefix(c, " ") || strings.HasSuffix(c, " ") {
			t.Fatalf("Clean(%q) = %q: not trimmed", s, c)
		}
	})
}

// FuzzNormalizeSpace checks what normalizeSpace promises on any input: the
// result is valid UTF-8, has no blank at either end, no two blanks
// together, no more than one blank line, and normalizing it again changes
// nothing.
func FuzzNormalizeSpace(f *testing.F) {
	for _, s := range []string{"a  b\r\n\n\n c", "dwindling\\band", " \u00a0x\u2028y\t\n", "\xffz", "a \n b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := normalizeSpace(s)
		if !utf8.ValidString(got) {
			t.Fatalf("normalizeSpace(%q) = %q: not valid UTF-8", s, got)
		}
		if strings.Trim(got, " \n") != got || strings.Contains(got, "  ") || strings.Contains(got, " \n") ||
			strings.Contains(got, "\n ") || strings.Contains(got, "\n\n\n") {
			t.Errorf("normalizeSpace(%q) = %q: blanks left", s, got)
		}
		if again := normalizeSpace(got); again != got {
			t.Errorf("normalizeSpace(%q) = %q, but again %q", s, got, again)
		}
	})
}
