// Package prose adapts the named-entity recognizer of the prose v2 library
// (github.com/jdkato/prose/v2) to [extract.Recognizer], for comparison with
// our own. It lives apart from package extract so that a program that uses
// only our recognizer does not link prose and the gonum data it brings.
//
// Importing the package registers the recognizer as "prose" with
// [extract.RegisterRecognizer]:
//
//	import _ "github.com/nergraph/nergraph/extract/prose"
//
//	r, err := extract.RecognizerByName("prose")
package prose
