package main

import "time"

// inWindow reports whether an article dated d is in [since, until], as the
// store's Graph selects articles: a zero since or until leaves that end
// open, and when either is set an undated article is out.
func inWindow(d, since, until time.Time) bool {
	if since.IsZero() && until.IsZero() {
		return true
	}
	if d.IsZero() {
		return false
	}
	return !d.Before(since) && (until.IsZero() || !d.After(until))
}
