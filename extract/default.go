package extract

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// recognizers are the recognizers known by name: ours, and those that
// packages such as extract/prose register when a program imports them.
var recognizers = struct {
	sync.Mutex
	byName map[string]func() (Recognizer, error)
}{byName: map[string]func() (Recognizer, error){"perceptron": DefaultRecognizer}}

// RegisterRecognizer makes a recognizer known to [RecognizerByName] under
// name; load makes it, and is called each time it is asked for. Packages
// that wrap a recognizer call it from init, so that a program links only the
// recognizers it imports (package extract/prose registers "prose"). It
// panics when name is empty or already taken, a mistake in the program.
func RegisterRecognizer(name string, load func() (Recognizer, error)) {
	recognizers.Lock()
	defer recognizers.Unlock()
	if name == "" || load == nil {
		panic("extract: RegisterRecognizer with an empty name or a nil function")
	}
	if _, dup := recognizers.byName[name]; dup {
		panic("extract: RegisterRecognizer called twice for " + name)
	}
	recognizers.byName[name] = load
}

// RecognizerNames lists the recognizers [RecognizerByName] knows: the
// default ("perceptron") first, then the registered ones in sorted order.
func RecognizerNames() []string {
	recognizers.Lock()
	defer recognizers.Unlock()
	var names []string
	for n := range recognizers.byName {
		if n != "perceptron" {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	return append([]string{"perceptron"}, names...)
}

// RecognizerByName returns a recognizer by name: "perceptron" (our trained
// model, also for "") or one registered with [RegisterRecognizer]. It fails
// for a name it does not know, or when the recognizer cannot be loaded.
func RecognizerByName(name string) (Recognizer, error) {
	if name == "" {
		name = "perceptron"
	}
	recognizers.Lock()
	load, ok := recognizers.byName[name]
	recognizers.Unlock()
	if !ok {
		return nil, fmt.Errorf("unknown recognizer %q (known: %s)", name, strings.Join(RecognizerNames(), ", "))
	}
	return load()
}
