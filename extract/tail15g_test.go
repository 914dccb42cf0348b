package extract

import (
	"fmt"
	"testing"
)

// TestContinentAdjective checks [continentAdjectives]: a continent's
// adjective alone before a lower-case noun is no body, as a country's
// people's adjective is not, though "shares" or "stock" after it made it
// a firm ([companyCue]).
func TestContinentAdjective(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "before a plural noun",
			marked: "Markets\n\nShares fell in Quarbinville and other [[Asian|ORG]] stock markets on Monday.",
			want:   nil,
		},
		{
			name:   "at a sentence's start",
			marked: "Markets\n\n[[European|ORG]] shares closed lower on Monday.",
			want:   nil,
		},
		{
			name:   "a compass word before \"shares\": the short name of an airline",
			marked: "Flights\n\n[[Eastern|ORG]] shares rose 2 pct on Monday.",
			want:   []string{`org:eastern ORG "Eastern" partial`},
		},
		{
			name:   "a people's adjective that is no continent's, before \"stock\"",
			marked: "Loans\n\n[[Arab|ORG]] stock prices rose 4 pct in May.",
			want:   []string{`org:arab ORG "Arab" partial`},
		},
	})
}

// TestStateForTitle checks [stateForTitle]: "State for" a portfolio after
// "Minister of" is the end of a title, no body.
func TestStateForTitle(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "after \"Minister of\", two portfolios",
			marked: "Talks\n\nThe Minister of [[State for Trade and Energy|ORG]], [[Orvo Tessen|PERSON]], spoke.",
			want:   []string{`person:orvo-tessen PERSON "Orvo Tessen"`},
		},
		{
			name:   "after \"Secretary of\", one portfolio",
			marked: "Talks\n\nThe talks were led by the Secretary of [[State for Health|ORG]] on Monday.",
			want:   nil,
		},
		{
			name:   "\"of\" at a line's end",
			marked: "Talks\n\n[[Orvo Tessen|PERSON]], the Minister of\n[[State for Finance|ORG]], spoke.",
			want:   []string{`person:orvo-tessen PERSON "Orvo Tessen"`},
		},
		{
			name:   "no office before \"of\"",
			marked: "Talks\n\nThe bank of [[State for Trade and Energy|ORG]] said rates rose.",
			want:   []string{`org:state-for-trade-and-energy ORG "State for Trade and Energy"`},
		},
		{
			name:   "a name past the portfolio",
			marked: "Talks\n\nThe Minister of [[State for Trade Vell Quarbo|ORG]] spoke.",
			want:   []string{`person:vell-quarbo PERSON "Vell Quarbo"`}, // the title's grammar reads it
		},
	})
}

// TestProductPluralKinds checks the weapons, vehicles and goods that
// tail15g added to [productPluralNouns]: a name before them every time is
// a model, no firm.
func TestProductPluralKinds(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "missiles",
			marked: "Arms\n\nThe contract covers 400 [[Skarvo|ORG]] missiles for the navy.",
			want:   nil,
		},
		{
			name:   "sedans after a modifier",
			marked: "Cars\n\nThe plant will build [[Quarbin Vell|ORG]] four-door sedans from May.",
			want:   nil,
		},
		{
			name:   "flashlights after a modifier, twice",
			marked: "Recall\n\nIt recalled [[Lemmo Glow|ORG]] rechargeable flashlights. The [[Lemmo Glow|ORG]] flashlights can overheat.",
			want:   nil,
		},
		{
			name:   "a maker named for its kind",
			marked: "Deal\n\n[[Vell Helicopter|ORG]] builds two-seat helicopters for farms.",
			want:   []string{`org:vell-helicopter ORG "Vell Helicopter"`},
		},
		{
			name:   "a maker also named alone",
			marked: "Arms\n\nThe army bought [[Skarvo|ORG]] helicopters. [[Skarvo|ORG]] said deliveries begin in May.",
			want:   []string{`org:skarvo ORG "Skarvo" partial`},
		},
	})
}

// TestAcronymOpensFirm checks [acronymOpensFirm]: an acronym of
// [names.ConceptAcronyms] that opens a firm's full name in the article is
// the firm's short name, kept among its mentions.
func TestAcronymOpensFirm(t *testing.T) {
	mentions := func(es []Entity) []string {
		var out []string
		for _, e := range es {
			out = append(out, fmt.Sprintf("%s %d", e.ID, len(e.Mentions)))
		}
		return out
	}
	checkSummaries(t, []markedCase{
		{
			name:   "the headline's short name of a firm",
			marked: "[[VLSI|ORG]] PLANS OFFERING\n\n[[VLSI Chipworks Inc|ORG]] will sell shares.",
			want:   []string{"org:vlsi-chipworks 2"},
		},
		{
			name:   "no name opens with it: a kind of chip",
			marked: "Chips\n\n[[Lemmo Chipworks Inc|ORG]] makes [[VLSI|ORG]] chips for [[Vell Systems Inc|ORG]].",
			want:   []string{"org:lemmo-chipworks 1", "org:vell-systems 1"},
		},
		{
			name:   "a body's name without a company's suffix",
			marked: "TV\n\nThe [[IPTV World Forum|ORG]] met. [[IPTV|ORG]] is a kind of television.",
			want:   []string{"org:iptv-world-forum 1"},
		},
		{
			name:   "another name's initials spell it",
			marked: "Bid\n\n[[PC Bidco Inc|ORG]] bid for [[Perth Cargo Corp|ORG]] shares, and [[PC|ORG]] said it would pay cash.",
			want:   []string{"org:pc-bidco 1", "org:perth-cargo 1"},
		},
	}, mentions)
}

// TestFeedTableName checks [feedTableName]: a feed's form or "afloat" in
// a name typed as a firm makes it a price table's row head.
func TestFeedTableName(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a seed glued to its form, and afloat",
			marked: "Feeds\n\nslrs [[CORNEXPELLERS Afloat|ORG]] 118 Mch/Apl 115 unch",
			want:   nil,
		},
		{
			name:   "a port and a meal's pellets",
			marked: "Feeds\n\ncif [[Vellport Beanmeal Pellets|ORG]] Arg 150 down one",
			want:   nil,
		},
		{
			name:   "a firm of the trade, with its word",
			marked: "Feeds\n\n[[Quarbin Pellets Co|ORG]] said it would build a mill.",
			want:   []string{`org:quarbin-pellets ORG "Quarbin Pellets Co"`},
		},
		{
			name:   "no feed's word",
			marked: "Feeds\n\n[[Quarbin Milling|ORG]] said it would build a mill.",
			want:   []string{`org:quarbin-milling ORG "Quarbin Milling"`},
		},
	})
}
