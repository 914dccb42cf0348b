package extract

import "github.com/nergraph/nergraph/internal/names"

// ownerParticiples end the phrase of a firm's apposition before the words
// that say who owns or runs it (tail12w): "Quarbin, an airline owned by
// Ann Vell", "Zorbit, a bank run by the state". [firmHead] reads them as
// it reads "which" and "based".
var ownerParticiples = names.Set{"owned": true, "run": true, "controlled": true, "operated": true, "backed": true}
