package names

// This file (tail16t) lets a title led by words the grammar does not know
// end in a peer's rank before one name: "Home Office Minister Lord
// Tamworth", "Welsh Office Minister Lord Pell". [finishTitle] asks a name
// of two words after such a title ("Martin Luther King Jr." is no King);
// a peer is named by his rank and one name, and the rank stays in the name
// ([royalKeep]), so "Lord Tamworth" is a name of two words.

// peerRanks are the ranks of [RoyalTitles] a peer is known by with one
// name after them: "Lord Tamworth", "Baroness Pell".
var peerRanks = Set{"lord": true, "lady": true, "baroness": true, "baron": true, "earl": true,
	"viscount": true}

// officePeer reports whether a title ends in an office and a peer's rank
// right after it: "Minister Lord", "Secretary Baroness". A rank alone, or
// one after a royal title ("King", "Prince"), is no office's holder.
func officePeer(title []string) bool {
	n := len(title)
	if n < 2 || !peerRanks[Key(title[n-1])] {
		return false
	}
	k := Key(title[n-2])
	return TitleOffices[k] && !RoyalTitles[k]
}
