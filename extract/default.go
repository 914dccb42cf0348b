package extract

import "fmt"

// RecognizerNames lists the recognizers [RecognizerByName] knows, the
// default first.
func RecognizerNames() []string { return []string{"perceptron", "prose"} }

// RecognizerByName returns a recognizer by name: "perceptron" (our trained
// model, the default) or "prose" (the prose v2 library, for comparison).
func RecognizerByName(name string) (Recognizer, error) {
	switch name {
	case "", "perceptron":
		return DefaultRecognizer()
	case "prose":
		return NewProse(), nil
	}
	return nil, fmt.Errorf("unknown recognizer %q (known: perceptron, prose)", name)
}
