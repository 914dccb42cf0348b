package extract

import "testing"

// TestDeviceWordAt checks [deviceWordAt]: a kind of device after a name,
// after a space or one line's end, and no firm's noun after it.
func TestDeviceWordAt(t *testing.T) {
	tests := []struct {
		name, name0, rest string // the text is name0+rest; the name ends after name0
		want              bool
	}{
		{"a device after a space", "the QX", " handheld sells well", true},
		{"a device on the next line", "the QX", "\ndrive sells well", true},
		{"a device before a comma", "the QX", " laptop, a new model", true},
		{"a device at the text's end", "the QX", " laptop", true},
		{"an order of the device is the device's", "the QX", " aircraft order grew", true},
		{"a consortium after the device", "the Quarbin", " aircraft consortium said", false},
		{"a consortium, the device on the next line", "the Quarbin", "\naircraft consortium said", false},
		{"a maker after the device", "the Quarbin", " chip maker said", false},
		{"a blank line is no gap", "the QX", "\n\ndrive sells well", false},
		{"no device", "the QX", " board met", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := deviceWordAt(tt.name0+tt.rest, len(tt.name0)); got != tt.want {
				t.Errorf("deviceWordAt(%q) = %v, want %v", tt.name0+tt.rest, got, tt.want)
			}
		})
	}
}

// TestDeviceFirmNames checks [productNames] with [deviceWordAt]: the
// device's word on the next line makes the name a product, and a firm's
// noun after the device's word keeps the firm.
func TestDeviceFirmNames(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "the device's word on the next line",
			marked: "Drives\n\n[[Vexo Corp|ORG]] said [[Dalmer Inc|ORG]] will sell its [[Vexo|ORG]] [[ZT|ORG]] disk drive.\n" +
				"[[Vexo|ORG]] said Dalmer will carry both models of the [[ZT|ORG]]\ndrive, a small unit.",
			want: []string{`org:dalmer ORG "Dalmer Inc"`, `org:vexo ORG "Vexo Corp"`},
		},
		{
			name: "a consortium after the device's word on the next line",
			marked: "Jets\n\nThe talks covered subsidies to the [[Quarbin Aero|ORG]]\naircraft consortium. " +
				"[[Quarbin Aero|ORG]] said its sales rose, and [[Lemmo|ORG]] said [[Quarbin Aero|ORG]]'s jets sold well.",
			want: []string{`org:lemmo ORG "Lemmo" partial`, `org:quarbin-aero ORG "Quarbin Aero"`},
		},
		{
			name: "a consortium after the device's word on one line",
			marked: "Jets\n\nThe talks covered subsidies to the [[Quarbin Aero|ORG]] aircraft consortium. " +
				"[[Quarbin Aero|ORG]] said its sales rose, and [[Lemmo|ORG]] said [[Quarbin Aero|ORG]]'s jets sold well.",
			want: []string{`org:lemmo ORG "Lemmo" partial`, `org:quarbin-aero ORG "Quarbin Aero"`},
		},
	})
}

// TestOwnedVehicle checks [ownedVehicle]: a name between an owner's
// possessive and a kind of vehicle is the owner's model; a vehicle with
// no machine's kind before it is a firm's ("an investment vehicle").
func TestOwnedVehicle(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "its model before a sport/utility vehicle",
			marked: "Prices\n\n[[Vellor Motors Corp|ORG]] said the price of its [[Tarvo|ORG]] sport/utility vehicle will rise.",
			want:   []string{`org:vellor-motors ORG "Vellor Motors Corp"`},
		},
		{
			name:   "its rocket before a launch vehicle, the noun on the next line",
			marked: "Space\n\nThe agency delayed the flight of its [[Skarvo|ORG]] launch\nvehicle.",
			want:   nil,
		},
		{
			name:   "two kinds before vehicles",
			marked: "Prices\n\n[[Vellor Motors Corp|ORG]] said its [[Tarvo|ORG]] sports utility vehicles sold well.",
			want:   []string{`org:vellor-motors ORG "Vellor Motors Corp"`},
		},
		{
			name:   "a vehicle with no kind before it is an investment firm",
			marked: "Stake\n\nThe two men hold 20% through their [[Lemmo Vale|ORG]] vehicle.",
			want:   []string{`org:lemmo-vale ORG "Lemmo Vale"`},
		},
		{
			name:   "an investment vehicle is a firm",
			marked: "Stake\n\nThe two men hold 20% through their [[Lemmo Vale|ORG]] investment vehicle.",
			want:   []string{`org:lemmo-vale ORG "Lemmo Vale"`},
		},
		{
			name:   "a maker's firm before vehicles",
			marked: "Prices\n\n[[Vellor Motors Corp|ORG]] said its [[Tarvo Inc|ORG]] utility vehicles sold well.",
			want:   []string{`org:tarvo ORG "Tarvo Inc"`, `org:vellor-motors ORG "Vellor Motors Corp"`},
		},
		{
			name:   "a vehicle plant is a place, no model",
			marked: "Plants\n\n[[Vellor Motors Corp|ORG]] said its [[Tarvo|ORG]] utility vehicle plant will close.",
			want:   []string{`location:tarvo LOCATION "Tarvo" partial`, `org:vellor-motors ORG "Vellor Motors Corp"`},
		},
		{
			name:   "no owner before the name",
			marked: "Prices\n\nThe [[Tarvo|ORG]] utility vehicles sold well.",
			want:   []string{`org:tarvo ORG "Tarvo" partial`},
		},
	})
}
