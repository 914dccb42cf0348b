// Command nergraph turns news articles into a graph of who is mentioned with
// whom. Run "nergraph --help" for the commands.
package main

import "os"

func main() {
	os.Exit(Main(os.Args[1:], stdio()))
}
