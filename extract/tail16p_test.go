package extract

import "testing"

// The cases of tail16p's rule, on sentences and names of our own:
// positives and the negatives that guard what it must not take; the want
// lines were read and judged one by one.

// TestModelCodeDevice checks [modelCodeDevice] through [productNames]: a
// name of a maker and a product's word, written before a model's code
// and a kind of device, is a product, and so is the product's word
// alone; a maker alone before a code, a code with no device after it, a
// firm's noun after the device and a word with no digit are left.
func TestModelCodeDevice(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a maker and a product's word before a code and a phone",
			marked: "Phones\n\n[[Quarbin|ORG]] said sales rose. The [[Quarbin Zeph|ORG]] Q7 phone sold well, " +
				"and the [[Zeph|ORG]] is cheap.",
			want: []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a code of digits before a handset",
			marked: "Phones\n\n[[Lemmo|ORG]] said buyers like the [[Lemmo Vexa|ORG]] 20 handset.",
			want:   []string{`org:lemmo ORG "Lemmo" partial`},
		},
		{
			name:   "an owner's possessive before a maker alone and a code: the maker's model",
			marked: "Jets\n\n[[Tervane Air|ORG]]'s [[Quarbin|ORG]] 340 aircraft are old, [[Quarbin|ORG]] said.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `org:tervane-air ORG "Tervane Air"`},
		},
		{
			name:   "a code with no device after it",
			marked: "Phones\n\n[[Quarbin|ORG]] said the [[Quarbin Zeph|ORG]] Q7 deal was signed.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `org:quarbin-zeph ORG "Quarbin Zeph"`},
		},
		{
			name:   "a firm's noun after the device's word",
			marked: "Phones\n\n[[Quarbin|ORG]] said the [[Quarbin Zeph|ORG]] Q7 phone maker was sold.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `org:quarbin-zeph ORG "Quarbin Zeph"`},
		},
		{
			name:   "a lower-case word between the name and phone, a verb",
			marked: "Phones\n\n[[Quarbin|ORG]] said [[Quarbin Zeph|ORG]] staff phone clients daily.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `org:quarbin-zeph ORG "Quarbin Zeph"`},
		},
		{
			name:   "no article before a firm's name of two words and a code",
			marked: "Jets\n\nThe deal came with deliveries of [[Quarbin Aero|ORG]] Q146 jets, [[Quarbin Aero|ORG]] said.",
			want:   []string{`org:quarbin-aero ORG "Quarbin Aero"`},
		},
		{
			name:   "an organization's word as the second word",
			marked: "Phones\n\nThe [[Quarbin Group|ORG]] Q7 phone sold well, [[Quarbin Group|ORG]] said.",
			want:   []string{`org:quarbin-group ORG "Quarbin Group"`},
		},
	})
}

// TestModelCode checks [modelCode], the model's code between a product's
// word and a kind of device.
func TestModelCode(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"Q7", true}, {"20", true}, {"X5S", true}, {"700", true}, {"2004", true},
		{"Pro", false}, {"q7", false}, {"", false}, {"Q-7", false}, {"QX12345678", false}, {"the", false},
	} {
		if got := modelCode(c.w); got != c.want {
			t.Errorf("modelCode(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}
