package extract

import "testing"

// TestTableMarks checks, on lines of our own written as wire tables, that
// a span ending in a table's mark (a short session, "N/A", a heading's
// hyphened month) names nothing unless the words before it are a known
// place, and that names with such words elsewhere stay.
func TestTableMarks(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a short session ends a heading",
			marked: "Futures\n\n[[ZORB QUARBIN FUTURES CLSG|ORG]] 9-APR OPEN HIGH LOW\nJUN7 9330 9331, said [[Tervane Trading Co|ORG]].",
			want:   []string{`org:tervane-trading ORG "Tervane Trading Co."`},
		},
		{
			name:   "a known town before a short session",
			marked: "Rates\n\n[[AMSTERDAM EXCHANGES CLSG|ORG]] - APRIL 7. [[Toronto Indices Clsg|ORG]] 300.",
			want:   []string{`location:amsterdam LOCATION "AMSTERDAM" partial`, `location:toronto LOCATION "Toronto" partial`},
		},
		{
			name:   "figures not available",
			marked: "Payments\n\nCapital Account -9.2 billion made up of [[Plant Outlays N/A|ORG]] (-4.1) [[Reserve N/A N/A|ORG]] [[N/A|ORG]] (+1.2) and [[Zorbit Lending Bank|ORG]] 2.5.",
			want:   []string{`org:zorbit-lending-bank ORG "Zorbit Lending Bank"`},
		},
		{
			name:   "a heading's date after a hyphen",
			marked: "Prices\n\nN.Y. [[QUARBIN GOODS -APR|ORG]] 9 TRADE ASSOCIATION PRICES: CENTS PER LB.",
			want:   nil,
		},
		{
			name:   "a month glued to a firm by its hyphen, and a session word in a firm's name",
			marked: "Space\n\n[[Quarbin-SEP|ORG]] will build the engine. [[Tervane Opg|ORG]] agreed.",
			want:   []string{`org:quarbin-sep ORG "Quarbin-SEP"`, `org:tervane-opg ORG "Tervane Opg"`},
		},
	})
}
