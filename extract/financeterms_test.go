package extract

import "testing"

func TestFinanceTerm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "interbank rates, notes and delivery terms",
			marked: "[[FRN|ORG]] DEALERS WARY\n\n[[Halvex Bank|ORG]] priced its notes at 1/8 point over [[LIBOR|ORG]], " +
				"against three-month [[Qibor|ORG]] plus 30 basis points last year and a margin over the [[Velle Interbank Offered Rate|ORG]]. " +
				"The [[Tervane Interbank|ORG]] rate fell. [[FRN|ORG]] traders said the [[FRNs|ORG]] fell. " +
				"SOYOIL fob [[Ex-Mill|ORG]] guilders per 100 kilos.",
			want: []string{`org:halvex-bank ORG "Halvex Bank"`},
		},
		{
			name: "a ticker, a person, a bank named Interbank",
			marked: "Funds\n\n[[Quarbin Fund Inc|ORG]] <[[FRN|ORG]]> rose. [[Libor|PERSON]] said so. Trains ran near [[Maribor|LOCATION]] for [[Quaribor|ORG]]. " +
				"[[Tervane Interbank|ORG]] said it would sell [[Exmill|ORG]] shares.",
			want: []string{`location:maribor LOCATION "Maribor" partial`, `org:exmill ORG "Exmill" partial`, `org:frn ORG "FRN" partial`, `org:quarbin-fund ORG "Quarbin Fund Inc"`, `org:quaribor ORG "Quaribor" partial`,
				`org:tervane-interbank ORG "Tervane Interbank"`, `person:libor PERSON "Libor" partial`},
		},
	})
}
