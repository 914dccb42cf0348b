package extract

// planName reports whether a name typed a person is a plan's: "Plan" last
// ("the Velle Plan", a policy named after a man or a currency), or the
// Portuguese "Plano" first ("Plano Velle"). A plan is a policy, MISC; the
// man it is named after is written without it.
func planName(m *mention) bool {
	n := len(m.words)
	if m.typ != Person || n < 2 || m.canon != "" || m.forced != "" || m.Title != "" {
		return false
	}
	return m.words[n-1] == "plan" || m.words[0] == "plano"
}
