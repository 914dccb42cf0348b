package main

import "sort"

func sortByWord(idx []int, words []string) {
	sort.Slice(idx, func(a, b int) bool { return words[idx[a]] < words[idx[b]] })
}
