package extract

import "testing"

// TestTitleParticles checks, on sentences of our own, that a title before
// a surname opening with a particle, and "Rt" before a clergyman's title,
// are cut from a person's name, and that a peer's title, a particle with
// no name after it and "Rt" before no title stay as they were.
func TestTitleParticles(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an honorific before a lower-case particle",
			marked: "Talks\n\nThe minister, [[Ramon da Quarbo|PER]], spoke first. [[Mr da Quarbo|PER]] said the talks would go on.",
			want:   []string{`person:ramon-da-quarbo PERSON "Ramon da Quarbo"`},
		},
		{
			name:   "an honorific before two particles",
			marked: "Oil\n\nThe email from [[Mr Van de Vorst|PER]] was sent on Monday, the firm said.",
			want:   []string{`person:van-de-vorst PERSON "Van de Vorst"`},
		},
		{
			name:   "an office before a particle",
			marked: "Talks\n\n[[President von Dellen|PER]] met the envoys on Monday.",
			want:   []string{`person:von-dellen PERSON "von Dellen"`},
		},
		{
			name:   "Rt before a clergyman's title",
			marked: "Church\n\nThe plan would harm the church, [[Rt Rev Quistwell|PER]] argued on Monday.",
			want:   []string{`person:quistwell PERSON "Quistwell" partial`},
		},
		{
			name:   "a peer's title stays with the name",
			marked: "Politics\n\n[[Lord de Vellan|PER]] spoke in the debate on Monday.",
			want:   []string{`person:lord-de-vellan PERSON "Lord de Vellan"`},
		},
		{
			name:   "Rt before no title",
			marked: "Sport\n\n[[Rt Quistwell Orme|PER]] scored twice on Monday.",
			want:   []string{`person:rt-quistwell-orme PERSON "Rt Quistwell Orme"`},
		},
		{
			name:   "a particle alone is no surname",
			marked: "Sport\n\nThe fans of [[Mr De la|PER]] cheered on Monday.",
			want:   []string{`person:mr-de-la PERSON "Mr De la"`},
		},
		{
			name:   "a particle before a small word is no surname",
			marked: "Sport\n\nThe fans of [[Mr De La The Vell|PER]] cheered on Monday.",
			want:   []string{`person:mr-de-la-the-vell PERSON "Mr De La The Vell"`},
		},
	})
}
