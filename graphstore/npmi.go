package graphstore

// NPMI returns the normalized pointwise mutual information of an edge as the
// graph computes it: weight articles mention both ends, which nx and ny
// articles mention, of articles in all. A store that keeps edge weights and
// node counts computes its edges' NPMI with it at query time, so that adding
// articles, which changes every edge's NPMI, does not rewrite every edge.
func NPMI(weight, nx, ny, articles int) float64 {
	return npmi(float64(weight), float64(nx), float64(ny), float64(articles))
}
