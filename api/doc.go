// Package api answers the questions of "nergraph query" as JSON values, and
// serves them, with the graph and its interactive page, over HTTP from a
// store.
//
// # Answers
//
// [Neighbors], [Path], [Top], [EntityOf], [Articles] and [Relations] take a
// [graphstore.Querier] and return values whose JSON ([Encode]) is what
// "nergraph query --json" prints and what the server answers.
//
// # Server
//
// [NewHandler] serves, read-only, over any [graphstore.Store]:
//
//	GET /                          the interactive page of the graph (package viewer)
//	GET /api/top                   ?type=&limit=
//	GET /api/neighbors?name=NAME   &limit=
//	GET /api/path?from=A&to=B
//	GET /api/entity?name=NAME
//	GET /api/articles?name=A[&name=B]
//	GET /api/relations?name=NAME
//	GET /api/graph                 ?types=&min_weight=&min_mentions=&top=&ego=&depth= (node-link JSON, as export -f json)
//
// Every endpoint also takes since= and until= (a date or an RFC 3339 time;
// a bare date as until includes that day), as query and export do. Errors
// are JSON {"error": "...", "status": N}: 400 for a bad or unknown
// parameter or an answer over the size limit, 404 for a name no entity
// goes by (or no path), 409 for a name several go by, with their ids as
// "candidates", 405 for a method other than GET and HEAD, 413 for a
// request with a body, 414 for a URL over the limit, 503 when the answer
// took longer than the time limit or found no turn among the answers made
// at once.
package api
