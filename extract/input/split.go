package input

import (
	"strconv"
	"strings"
)

// SplitParagraphs returns a as articles of at most size bytes of text each,
// one per paragraph (text between blank lines) where paragraphs fit, cut at
// a line end, sentence end or space where they do not. The first keeps a's
// title; each has a's metadata and the id "ID#N", N counting from 1. An
// article that fits is returned alone, unchanged.
func SplitParagraphs(a Article, size int) []Article {
	if len(a.Text) <= size || size <= 0 {
		return []Article{a}
	}
	var out []Article
	add := func(text string) {
		text = strings.TrimSpace(text)
		if text == "" {
			return
		}
		p := a
		p.Text = text
		p.ID = a.ID + "#" + strconv.Itoa(len(out)+1)
		if len(out) > 0 {
			p.Title = ""
		}
		out = append(out, p)
	}
	text := strings.ReplaceAll(a.Text, "\r\n", "\n")
	for text != "" {
		para, rest, _ := strings.Cut(text, "\n\n")
		text = rest
		for len(para) > size {
			cut := cutAt(para, size)
			add(para[:cut])
			para = para[cut:]
		}
		add(para)
	}
	if len(out) == 0 {
		return []Article{a}
	}
	return out
}

// cutAt returns where to cut s to at most size bytes: after the last line
// end, else sentence end, else space in the second half, else at a rune
// boundary.
func cutAt(s string, size int) int {
	head := s[:size]
	for _, seps := range []string{"\n", ".!?", " \t"} {
		if i := strings.LastIndexAny(head, seps); i >= size/2 {
			return i + 1
		}
	}
	cut := size
	for cut > 0 && s[cut]&0xc0 == 0x80 {
		cut--
	}
	if cut == 0 {
		return size
	}
	return cut
}
