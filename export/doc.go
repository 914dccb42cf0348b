// Package export writes a [graphstore.Graph] in the formats people and
// analysts' tools read. Each format is a small [Exporter] in a file of its own,
// looked up by name with [Lookup] or by file extension with [ForPath].
//
// Every exporter writes the same bytes for the same graph, escapes names for
// its format, never closes the writer and returns the first write error.
package export
