package pos_test

import (
	"testing"

	"github.com/nergraph/nergraph/extract/pos"
)

func TestLemma(t *testing.T) {
	for _, tc := range []struct {
		word string
		tag  pos.Tag
		want string
	}{
		{"accused", pos.VBD, "accuse"}, {"accused", pos.VBN, "accuse"}, {"accuses", pos.VBZ, "accuse"},
		{"accusing", pos.VBG, "accuse"}, {"met", pos.VBD, "meet"}, {"Met", pos.VBD, "meet"},
		{"was", pos.VBD, "be"}, {"is", pos.VBZ, "be"}, {"are", pos.VBP, "be"}, {"been", pos.VBN, "be"},
		{"'s", pos.VBZ, "be"}, {"has", pos.VBZ, "have"}, {"had", pos.VBD, "have"}, {"did", pos.VBD, "do"},
		{"bought", pos.VBD, "buy"}, {"sold", pos.VBN, "sell"}, {"won", pos.VBD, "win"}, {"held", pos.VBD, "hold"},
		{"withdrew", pos.VBD, "withdraw"}, {"retaken", pos.VBN, "retake"}, {"struck", pos.VBD, "strike"},
		{"stopped", pos.VBD, "stop"}, {"stopping", pos.VBG, "stop"}, {"agreed", pos.VBD, "agree"},
		{"needed", pos.VBD, "need"}, {"tried", pos.VBD, "try"}, {"tries", pos.VBZ, "try"},
		{"supplying", pos.VBG, "supply"}, {"exchanged", pos.VBD, "exchange"}, {"visited", pos.VBD, "visit"},
		{"annexed", pos.VBN, "annex"}, {"retaliated", pos.VBD, "retaliate"}, {"stationed", pos.VBN, "station"},
		{"founded", pos.VBD, "found"}, {"found", pos.VBD, "find"}, {"found", pos.VB, "found"},
		{"saw", pos.VBD, "see"}, {"saw", pos.VB, "saw"}, {"left", pos.VBD, "leave"},
		{"travelled", pos.VBD, "travel"}, {"controlled", pos.VBN, "control"}, {"called", pos.VBD, "call"},
		{"pushes", pos.VBZ, "push"}, {"goes", pos.VBZ, "go"}, {"uses", pos.VBZ, "use"},
		{"dying", pos.VBG, "die"}, {"being", pos.VBG, "be"}, {"making", pos.VBG, "make"},
		{"hoped", pos.VBD, "hope"}, {"voted", pos.VBD, "vote"}, {"admitted", pos.VBN, "admit"},
		{"testified", pos.VBD, "testify"}, {"ca", pos.MD, "can"}, {"wo", pos.MD, "will"},
		{"Companies", pos.NNS, "companies"}, {"Texaco", pos.NNP, "texaco"}, {"", pos.VBD, ""},
		{"zorbled", pos.VBD, "zorble"}, {"blicked", pos.VBD, "blick"},
	} {
		if got := pos.Lemma(tc.word, tc.tag); got != tc.want {
			t.Errorf("Lemma(%q, %v) = %q, want %q", tc.word, tc.tag, got, tc.want)
		}
	}
}
