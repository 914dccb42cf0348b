// Package layout computes, for a weighted undirected graph, a position for
// every node, communities and centralities, deterministically: the same graph
// and seed give the same numbers, bit for bit, whatever GOMAXPROCS is.
//
// It depends on nothing else in the module. A caller numbers its nodes
// 0..N-1 (in its own sorted order, so that the numbering is stable), lists the
// edges with their weights in a [Graph], and gets slices indexed by node:
//
//	g := layout.Graph{N: len(nodes), Edges: edges}
//	pts, err := layout.ForceAtlas2(ctx, g, layout.Options{Seed: 1})
//	part, err := layout.Louvain(ctx, g, layout.LouvainOptions{Seed: 1})
//	rank, err := layout.PageRank(ctx, g, layout.DefaultDamping, layout.DefaultTolerance)
//	deg, weighted, err := layout.Degree(g)
//
// How odd input is read (self-loops, duplicate edges, zero, negative or NaN
// weights, endpoints out of range) is stated once, on [Graph].
//
// # Layout
//
// [ForceAtlas2] is the force-directed layout of Gephi (Jacomy et al. 2014):
// repulsion between all nodes in proportion to degree+1, approximated with a
// Barnes–Hut quadtree (Barnes and Hut 1986); attraction along edges in
// proportion to weight and distance (or its logarithm, LinLog); gravity to
// the centre; and the paper's adaptive speed, which slows the nodes whose
// force swings. Three additions make it fit large co-mention graphs in a
// second or so:
//
//   - Multilevel start. Before the graph itself, coarser graphs are laid out:
//     each merges the communities of one local moving phase of Louvain
//     (the idea of multilevel force-directed layout, Walshaw 2003, Hu 2005).
//     Each level starts from the layout of the one above, so the finest level
//     needs only tens of steps instead of thousands.
//   - Virial rescale. Every step, the whole layout is scaled about the
//     centre so that the work of attraction and gravity balances that of
//     repulsion, as it does at an equilibrium. The paper's dynamics, whose
//     steps are capped, would otherwise take thousands of steps just to grow
//     a large graph to its natural size.
//   - Packed components. Each connected component is laid out on its own
//     and the components are packed in rows, largest first (as Graphviz's
//     pack does). With gravity alone, the many tiny components of a
//     co-mention graph drift far out and squeeze the main one into a dot.
//     [Options] NoPacking and SingleLevel turn these off.
//
// At the end the positions are scaled into [-Extent, Extent] (default
// ±1000) and rounded to 0.01, so that they print as short, stable text.
//
// # Communities
//
// [Louvain] is greedy modularity optimisation (Blondel et al. 2008) with
// the resolution parameter of Reichardt and Bornholdt (2006). Nodes are
// visited in a seeded random order, ties are broken by a fixed rule, and
// every community found is split into its connected parts (which can only
// raise modularity, and removes the disconnected communities that Traag et
// al. 2019 show Louvain can leave; Leiden's stronger guarantee, communities
// that are well connected inside, is not attempted). Communities are
// numbered by size, largest first. [Modularity] scores any partition.
//
// # Centrality
//
// [Degree] gives the number of distinct neighbours and the weighted
// degree; [PageRank] the weighted PageRank (Brin and Page 1998), where a node
// without edges hands its rank to all nodes evenly. Scores sum to 1.
//
// # Determinism
//
// Randomness comes from SplitMix64 written out in the package, not from
// math/rand, whose sequences may change between Go releases. Work split
// among goroutines computes each node's value from its own data in a fixed
// order (forces from the tree and the node's own edges; PageRank by pulling
// over the node's own row), and sums over all nodes run in node order, so
// the number of workers never changes a bit. Results are identical for one
// architecture and Go release; across architectures (a compiler that fuses
// multiply-add, assembly versions of math.Hypot) or releases (a change in a
// math function) the last bits of a layout may differ, which the rounding to
// 0.01 mostly hides; communities and PageRank use only + − × ÷ and compare
// floats, so they differ only where fused multiply-add changes a sum.
//
// # Cost
//
// Degree, PageRank and Louvain are linear in the edges per pass. Measured as
// CPU time on one core of the development machine (go test -bench .): for
// 5,000 nodes and 50,000 edges, Louvain and PageRank take under 0.01 s each
// and ForceAtlas2 0.13 s; for the Reuters+BBC+AG News graph (44,140 nodes,
// 500,000 edges), Louvain and PageRank about 0.12 s each and ForceAtlas2
// about 2.1 s. A layout step costs about N·log N + E; see
// [DefaultIterations] for the number of steps. Every function that can run
// long takes a context and returns ctx.Err() when it is cancelled.
//
// # References
//
//   - M. Jacomy, T. Venturini, S. Heymann, M. Bastian. ForceAtlas2, a
//     Continuous Graph Layout Algorithm for Handy Network Visualization
//     Designed for the Gephi Software. PLoS ONE 9(6): e98679, 2014.
//   - J. Barnes, P. Hut. A hierarchical O(N log N) force-calculation
//     algorithm. Nature 324: 446–449, 1986.
//   - C. Walshaw. A Multilevel Algorithm for Force-Directed Graph-Drawing.
//     Journal of Graph Algorithms and Applications 7(3): 253–285, 2003.
//   - Y. Hu. Efficient, High-Quality Force-Directed Graph Drawing. The
//     Mathematica Journal 10(1), 2005.
//   - A. Noack. Energy Models for Graph Clustering. Journal of Graph
//     Algorithms and Applications 11(2): 453–480, 2007 (LinLog).
//   - V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre. Fast
//     unfolding of communities in large networks. J. Stat. Mech. P10008, 2008.
//   - J. Reichardt, S. Bornholdt. Statistical mechanics of community
//     detection. Phys. Rev. E 74: 016110, 2006.
//   - V. A. Traag, L. Waltman, N. J. van Eck. From Louvain to Leiden:
//     guaranteeing well-connected communities. Scientific Reports 9: 5233,
//     2019.
//   - S. Brin, L. Page. The anatomy of a large-scale hypertextual Web search
//     engine. Computer Networks and ISDN Systems 30: 107–117, 1998.
//   - G. L. Steele, D. Lea, C. H. Flood. Fast splittable pseudorandom number
//     generators. OOPSLA 2014 (SplitMix64).
package layout
