package extract

import "github.com/nergraph/nergraph/internal/names"

// firmOfIts also reads an owner named before the unit (tail13e): a firm's
// noun or a firm's legal form with its possessive ("the company's Quarbin
// division", "Zorbit Corp's Quarbin unit"), where "its" would stand.

// firmOwnerWords name a firm as the owner of a unit, with a possessive.
var firmOwnerWords = names.Set{"company's": true, "firm's": true, "group's": true, "concern's": true,
	"corporation's": true, "corp's": true, "inc's": true, "co's": true, "ltd's": true, "plc's": true}
