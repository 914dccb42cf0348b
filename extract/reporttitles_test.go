package extract

import "testing"

// TestReportTitle checks, on sentences of our own, that the title of a
// body's report after a possessive, "its" or "latest" is no entity, and
// that a body's name before "report" and a name with no such cue keep
// their type.
func TestReportTitle(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "report titles",
			marked: "Grain\n\nThe ministry said in its latest [[Quarbin Trade|ORG]] report that sales rose. " +
				"According to the ministry's [[Lunmark Crop Report|ORG]], stocks fell.",
			want: []string{},
		},
		{
			name: "a body's report, no cue",
			marked: "Oil\n\nLast year's [[Tervane Institute|ORG]] report and a [[Halvex Energy|ORG]] report " +
				"were read.",
			want: []string{`org:halvex-energy ORG "Halvex Energy"`, `org:tervane-institute ORG "Tervane Institute"`},
		},
	})
}

// TestGeneralFirmSpans checks, on sentences of our own, that a company
// begun after a sentence-opening "General" gets the word back, with a
// lower-case "corp" after it, and that a general's name (no company form)
// keeps its title out.
func TestGeneralFirmSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a company with its General",
			marked: "Power\n\nGeneral [[Tervane Utilities Corp|ORG]] said it cut rates. General [[Quarbin Power|ORG]] corp agreed.",
			want:   []string{`org:general-quarbin-power ORG "General Quarbin Power corp"`, `org:general-tervane-utilities ORG "General Tervane Utilities Corp"`},
		},
		{
			name:   "a general",
			marked: "Army\n\nGeneral [[Halvex Dorn|PER]] said the troops had left.",
			want:   []string{`person:halvex-dorn PERSON "Halvex Dorn"`},
		},
	})
}
