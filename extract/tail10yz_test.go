package extract

import "testing"

// TestOfficeUnits checks that the department of an officer's title, typed
// as a body, is no entity ([officeUnit]), nor the portfolio of a
// "Secretary of State for ...", and that a firm after an officer's title
// or a department named with no employer after it keep their nodes.
func TestOfficeUnits(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a department before at",
			marked: "Grain\n\nAnn Vell, Director of [[Overseas Commodities|ORG]] at the ministry, said stocks fell.",
			want:   nil,
		},
		{
			name:   "a division before for",
			marked: "Grain\n\nBo Lunde, Deputy Director of [[Cargo Operations Division|ORG]] for\nthe board, said so.",
			want:   nil,
		},
		{
			name:   "a secretary of state's portfolio",
			marked: "Talks\n\nThe Under-Secretary of [[State for Farm Affairs|ORG]] met the envoys on Monday.",
			want:   nil,
		},
		{
			name:   "a firm after a director",
			marked: "Deal\n\nAnn Vell, a director of [[Quarbin Research|ORG]] at the time, sold her shares.",
			want:   []string{`org:quarbin-research ORG "Quarbin Research"`},
		},
		{
			name:   "a firm of a company's word",
			marked: "Deal\n\nBo Lunde, head of [[Tervane Bank Operations|ORG]] at present, said so.",
			want:   []string{`org:tervane-bank-operations ORG "Tervane Bank Operations"`},
		},
		{
			name:   "a unit with no employer after it",
			marked: "Deal\n\nBo Lunde, head of [[Tervane Operations|ORG]], said sales rose.",
			want:   []string{`org:tervane-operations ORG "Tervane Operations"`},
		},
		{
			name:   "a president's firm",
			marked: "Deal\n\nBo Lunde, president of [[Tervane Commodities|ORG]] for ten years, said so.",
			want:   []string{`org:tervane-commodities ORG "Tervane Commodities"`},
		},
		{
			name:   "a state after no secretary",
			marked: "Talks\n\nThe head of [[State for Farm Affairs|ORG]] met the envoys on Monday.",
			want:   []string{`org:state-for-farm-affairs ORG "State for Farm Affairs"`},
		},
	})
}

// TestCommodityContracts checks that a traded contract typed as a body or
// a place is no entity ([commodityContract]), and that a firm whose name
// ends in a commodity keeps its node before other words.
func TestCommodityContracts(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an exchange's contract",
			marked: "Markets\n\nThe index settles the [[QMX Feeder Cattle|ORG]] contract each month.",
			want:   nil,
		},
		{
			name:   "futures across a line",
			marked: "Markets\n\nSnow lifted [[Lean Hogs|LOC]]\nfutures at the Quarbin exchange today.",
			want:   nil,
		},
		{
			name:   "a firm's stock options",
			marked: "Deal\n\nIt granted [[Tervane Gold|ORG]] options to buy two mln shares.",
			want:   []string{`org:tervane-gold ORG "Tervane Gold"`},
		},
		{
			name:   "a firm's shares",
			marked: "Deal\n\n[[Tervane Gold|ORG]] shares rose on the contract news.",
			want:   []string{`org:tervane-gold ORG "Tervane Gold"`},
		},
	})
}
