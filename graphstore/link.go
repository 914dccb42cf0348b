package graphstore

// linkPartials maps the id of each partial entity (a lone short name such as
// "Putin") to the id of the one full entity it fits across the corpus, and
// leaves it alone when none or several fit.
func linkPartials(articles []article) map[string]string {
	return nil
}
