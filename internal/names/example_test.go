package names_test

import (
	"fmt"

	"github.com/nergraph/nergraph/internal/names"
)

func ExampleKey() {
	for _, n := range []string{"U.S.", "Kim Jong-un", "José", "AT&T", "The Vikings"} {
		fmt.Printf("%-12s %q\n", n, names.Key(n))
	}
	// Output:
	// U.S.         "us"
	// Kim Jong-un  "kim jong un"
	// José         "jose"
	// AT&T         "at and t"
	// The Vikings  "vikings"
}

func ExampleLookupCountry() {
	for _, name := range []string{"U.S.", "Britain", "DPRK", "Korea, North", "Russian"} {
		c, ok := names.LookupCountry(name)
		fmt.Printf("%-13s %v %s %s\n", name, ok, c.Alpha2, c.Name)
	}
	// Output:
	// U.S.          true US United States
	// Britain       true GB United Kingdom
	// DPRK          true KP North Korea
	// Korea, North  true KP North Korea
	// Russian       false
}

func ExampleShortFits() {
	fmt.Println(names.ShortFits("Putin", "Vladimir Putin", names.Person))
	fmt.Println(names.ShortFits("KCNA", "Korean Central News Agency", names.Org))
	fmt.Println(names.ShortFits("Vikings", "Minnesota Vikings", names.Org))
	fmt.Println(names.ShortFits("Microsoft", "Microsoft SQL Server", names.Org))
	// Output:
	// true
	// true
	// true
	// false
}

func ExampleTypedByName() {
	for _, n := range []string{"Microsoft Corp.", "Bank of Japan", "World Cup", "OpenAI", "Britain", "Vladimir Putin",
		"Golden Globe", "TV Bafta", "Quarnby Reform Bill"} {
		t, ok := names.TypedByName(n)
		fmt.Printf("%-15s %q %v\n", n, t, ok)
	}
	// Output:
	// Microsoft Corp. "ORG" true
	// Bank of Japan   "ORG" true
	// World Cup       "MISC" true
	// OpenAI          "ORG" true
	// Britain         "COUNTRY" true
	// Vladimir Putin  "" false
	// Golden Globe    "MISC" true
	// TV Bafta        "MISC" true
	// Quarnby Reform Bill "MISC" true
}
