package input

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ErrAmbiguousDate is wrapped by the error for a numeric date such as
// 05.03.2024 or 03/05/2024, which reads as 5 March or 3 May depending on
// the country: [ReaderOptions.DateFormats] (--date-format) says which.
var ErrAmbiguousDate = errors.New("ambiguous numeric date")

// dateLayouts are the layouts ParseDate tries, in order. Each is exact: a
// layout that reads a wrong date from a right string would be worse than
// none.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02 15:04:05",
	"2006/01/02",
	"20060102",
	time.RFC1123Z, time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700", "Mon, 02 Jan 2006 15:04 MST",
	"2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 MST",
	time.RFC850, time.ANSIC, time.UnixDate, time.RubyDate,
	"02-Jan-2006 15:04:05.00",
	"Mon Jan 2 15:04:05 2006 -0700",
}

// ParseDate reads the date forms news feeds and pages use, in UTC:
// RFC 3339 and ISO 8601 (with or without a zone, fractions or seconds),
// "2006-01-02 15:04:05", "2024/03/05", RFC 1123 and RFC 822 as in feeds
// ("Tue, 5 Mar 2024 10:00:00 GMT"), ANSI C, written dates ("March 5,
// 2024", "5 March 2024", "Mar. 5, 2024", "Tuesday, March 5, 2024") and Unix
// seconds (9 or 10 digits). A time zone named by letters other than UTC and
// GMT is read as UTC. A numeric date with dots or slashes and the year last
// ("05.03.2024") is ambiguous: ParseDate returns an error wrapping
// [ErrAmbiguousDate] for it, and [ParseDateLayouts] reads it with a layout.
// The readers and the command line's --since and --until read dates with
// it. Otherwise it returns the zero time and an error naming the value.
func ParseDate(s string) (time.Time, error) { return ParseDateLayouts(s, nil) }

// ParseDateLayouts is [ParseDate] trying the Go time layouts given first,
// such as "02.01.2006".
func ParseDateLayouts(s string, layouts []string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range layouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	if s == "" {
		return time.Time{}, errors.New("empty date")
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	if t, ok := unixSeconds(s); ok {
		return t, nil
	}
	if ambiguous(s) {
		return time.Time{}, fmt.Errorf("%q is an %w: say how to read it with --date-format, e.g. 02.01.2006 for day.month.year", s, ErrAmbiguousDate)
	}
	if t, err := parseWrittenDate(s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("%q is not a date like 2006-01-02, 2006-01-02T15:04:05Z, Mon, 02 Jan 2006 15:04:05 -0700 or March 5, 2024", s)
}

// unixSeconds reads 9 or 10 digits as seconds since 1970: 1973 to 2286.
func unixSeconds(s string) (time.Time, bool) {
	if len(s) < 9 || len(s) > 10 {
		return time.Time{}, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		return time.Time{}, false
	}
	return time.Unix(n, 0).UTC(), true
}

// ambiguous reports a numeric date with the year last: 05.03.2024,
// 5/3/2024, 05-03-2024.
func ambiguous(s string) bool {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == '/' || r == '-' })
	if len(f) != 3 || len(f[2]) != 4 || len(f[0]) > 2 || len(f[1]) > 2 {
		return false
	}
	for _, p := range f {
		if _, err := strconv.Atoi(p); err != nil {
			return false
		}
	}
	return true
}

// parseWrittenDate reads a date in words: "Sun. Jul 7th, 2024",
// "July 7, 2024", "7 July 2024", "Mar. 5, 2024", with an optional clock
// time ("10:30", "10:30:00", "10:30 GMT") that it keeps.
func parseWrittenDate(s string) (time.Time, error) {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == ',' || r == '.' })
	var day, year int
	var clock time.Duration
	month := time.Month(0)
	for _, w := range f {
		if c, ok := clockOf(w); ok && clock == 0 {
			clock = c
			continue
		}
		switch {
		case len(w) >= 3 && monthOf(w) != 0 && month == 0:
			month = monthOf(w)
		case len(w) >= 3 && weekday(w):
		case w == "utc" || w == "gmt" || w == "z" || w == "at":
		default:
			n, err := strconv.Atoi(strings.TrimRight(w, "stndrh"))
			switch {
			case err != nil:
				return time.Time{}, fmt.Errorf("not a date: %q", s)
			case n >= 1 && n <= 31 && day == 0:
				day = n
			case n >= 1000 && n <= 9999 && year == 0:
				year = n
			default:
				return time.Time{}, fmt.Errorf("not a date: %q", s)
			}
		}
	}
	if day == 0 || month == 0 || year == 0 || day > daysIn(month, year) {
		return time.Time{}, fmt.Errorf("not a date: %q", s)
	}
	return time.Date(year, month, day, 0, 0, 0, 0, time.UTC).Add(clock), nil
}

// clockOf reads "10:30" or "10:30:05".
func clockOf(w string) (time.Duration, bool) {
	for _, layout := range []string{"15:04:05", "15:04"} {
		if t, err := time.Parse(layout, w); err == nil {
			return time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute + time.Duration(t.Second())*time.Second, true
		}
	}
	return 0, false
}

func daysIn(m time.Month, year int) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// parseLooseDate reads a dateline of a text file: a date ParseDate reads,
// or one in words.
func parseLooseDate(s string) (time.Time, error) {
	if d, err := ParseDate(s); err == nil {
		return d, nil
	}
	return parseWrittenDate(s)
}

func monthOf(w string) time.Month {
	for m := time.January; m <= time.December; m++ {
		name := strings.ToLower(m.String())
		if strings.HasPrefix(name, w) || (w == "sept" && m == time.September) {
			return m
		}
	}
	return 0
}

func weekday(w string) bool {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.HasPrefix(strings.ToLower(d.String()), w) || (w == "tues" || w == "thur" || w == "thurs") {
			return true
		}
	}
	return false
}
