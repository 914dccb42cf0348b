package extract

import "fmt"

// DefaultRecognizer returns the recognizer used when none is chosen.
func DefaultRecognizer() (Recognizer, error) { return NewProse(), nil }

// RecognizerNames lists the recognizers [RecognizerByName] knows.
func RecognizerNames() []string { return []string{"prose"} }

// RecognizerByName returns a recognizer by name.
func RecognizerByName(name string) (Recognizer, error) {
	switch name {
	case "", "prose":
		return NewProse(), nil
	}
	return nil, fmt.Errorf("unknown recognizer %q (known: prose)", name)
}
