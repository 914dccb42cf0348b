package names

// Type is the kind of a named entity. The extract package gives it to its
// users as extract.Type; it is declared here because what a name's words say
// about its kind ([TypedByName]) and how it may be shortened ([ShortFits])
// depend on it.
type Type string

// The entity types. A recognizer finds PERSON, ORG, LOCATION and MISC;
// resolution splits LOCATION into COUNTRY and other places.
const (
	Person   Type = "PERSON"
	Org      Type = "ORG"
	Country  Type = "COUNTRY"
	Location Type = "LOCATION"
	Misc     Type = "MISC"
)
