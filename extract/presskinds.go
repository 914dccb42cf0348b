package extract

import "github.com/nergraph/nergraph/internal/names"

// pressKinds are kinds of paper, broadcaster or society written right
// before its name, read as [bodyKinds] are (tail12w): "the regional paper
// Tervane Tidende", "tabloid Zorbit",
// "performing rights society, Quarbin,". A verb after the name leaves it
// ("the paper Ann Vell edits"), as [kindAfterOK] reads.
var pressKinds = names.Set{"paper": true, "newspaper": true, "tabloid": true, "society": true}
