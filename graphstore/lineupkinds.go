package graphstore

// split parts a lone surname of a line-up into the groups of its articles
// that share something rare besides people's surnames (see together), and
// the articles where the name stands in no line-up were one group, the
// id's own, whatever they were. So the "Mr Howard" of two party stories
// and the "Howard" of a match report's short sentence of substitutes
// ("Subs Not Used: Howard, Bellion": two names, no line-up) were one
// group, and the goalkeeper's team sheet in another report, which shares
// his club with that one, joined it: a party leader and a goalkeeper in
// one node. A sports story and a story of another kind (see
// lineups.sport) that share nothing rare speak of two men of one surname
// as readily as two line-ups that share nothing do: such articles are
// one group only when they are of one kind, or share something rare, as
// line-ups are ([lineups.oneKind], asked in lineups.groups).

// oneKind reports whether articles a and b are of one kind: both sports
// stories or neither.
func (lu *lineups) oneKind(a, b int) bool { return lu.sport[a] == lu.sport[b] }
