package extract

import "testing"

// TestTableHeadings checks, on headings of our own, that a table's kind
// and its source, a price's kind and a column's slug are cut from the
// names they are glued to, and that a body named for settlements, a
// miner's name and a firm's "Base" in running text stay.
func TestTableHeadings(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a table's kind after an exchange, a known town and a column; its source",
			marked: "[[CHICAGO RECEIPTS|ORG]] AND SHIPMENTS FOR APRIL 7\n\n[[ZCX SETTLEMENTS|ORG]] 7-APR WHEAT CORN\n[[CTS/BU BASIS|ORG]] ELKTON\nESTIMATED [[TERVANE LIVESTOCK RECEIPTS USDA|ORG]] APRIL 7",
			want:   []string{`location:chicago LOCATION "Chicago" partial`, `org:usda ORG "Usda" partial`},
		},
		{
			name:   "a metal and a base price after the firm that posts them, and a column's slug",
			marked: "Metals\n\n[[QUARBIN SILVER|ORG]] PRICES - APR 7\n[[Zorbit Base|ORG]] price 57,410\n[[WALL STREET STOCKS/TERVANE|ORG]] shares rose.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `org:tervane ORG "TERVANE" partial`, `org:zorbit ORG "Zorbit" partial`},
		},
		{
			name:   "a body of settlements, a miner's name in running text and a firm's Base",
			marked: "Banks\n\n[[BANK FOR INTERNATIONAL SETTLEMENTS|ORG]] met. [[Quarbin Gold|ORG]] prices rose. [[Tervane Base|ORG]] said.",
			want: []string{`org:bank-for-international-settlements ORG "Bank For International Settlements"`, `org:quarbin-gold ORG "Quarbin Gold"`,
				`org:tervane-base ORG "Tervane Base"`},
		},
	})
}
