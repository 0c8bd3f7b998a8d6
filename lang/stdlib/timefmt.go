package stdlib

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/wasmling/wasmling/lang"
)

// strftime and strptime with CPython's (glibc's, C locale) directives,
// shared by the time and datetime modules. The sandbox's local time zone
// is UTC.

var (
	dayNames   = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	monthNames = []string{"", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// tmFields are the broken-down time fields strftime formats.
type tmFields struct {
	year, month, day, hour, minute, second, micro int
	wday                                          int // Monday = 0
	yday                                          int // 1-based
	offset                                        string
	zone                                          string
	epoch                                         int64
	hasMicro                                      bool // %f is supported (datetime)
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// daysBeforeYear is the number of days before January 1st of year y
// (proleptic Gregorian, day 1 = 0001-01-01).
func daysBeforeYear(y int) int {
	y--
	return y*365 + floorDivInt(y, 4) - floorDivInt(y, 100) + floorDivInt(y, 400)
}

func floorDivInt(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

var daysBeforeMonth = [13]int{0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

func ymdToOrd(y, m, d int) int {
	n := daysBeforeYear(y) + daysBeforeMonth[m] + d
	if m > 2 && isLeap(y) {
		n++
	}
	return n
}

// isoCalendar returns the ISO year, week and weekday (1-7) of a date.
func isoCalendar(y, m, d int) (int, int, int) {
	ord := ymdToOrd(y, m, d)
	week1 := func(year int) int {
		first := ymdToOrd(year, 1, 1)
		wd := (first + 6) % 7
		w1 := first - wd
		if wd > 3 {
			w1 += 7
		}
		return w1
	}
	iy := y
	start := week1(iy)
	if ord < start {
		iy--
		start = week1(iy)
	} else if ord >= week1(iy+1) {
		iy++
		start = week1(iy)
	}
	diff := ord - start
	return iy, diff/7 + 1, diff%7 + 1
}

func pad(n, width int, padc byte) string {
	s := strconv.Itoa(n)
	neg := false
	if n < 0 {
		neg = true
		s = s[1:]
	}
	for len(s) < width {
		s = string(padc) + s
	}
	if neg {
		s = "-" + s
	}
	return s
}

// strftimeFormat formats f with a strftime format.
func strftimeFormat(format string, f tmFields) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 >= len(format) {
			b.WriteByte(c)
			continue
		}
		j := i + 1
		flag := byte(0)
		if strings.IndexByte("-_0^#", format[j]) >= 0 && j+1 < len(format) {
			flag = format[j]
			j++
		}
		d := format[j]
		num := func(n, width int) {
			switch flag {
			case '-':
				b.WriteString(strconv.Itoa(n))
			case '_':
				b.WriteString(pad(n, width, ' '))
			default:
				b.WriteString(pad(n, width, '0'))
			}
		}
		text := func(s string) {
			if flag == '^' {
				s = strings.ToUpper(s)
			} else if flag == '#' {
				s = strings.ToUpper(s)
			}
			b.WriteString(s)
		}
		hour12 := f.hour % 12
		if hour12 == 0 {
			hour12 = 12
		}
		sunWday := (f.wday + 1) % 7
		switch d {
		case 'a':
			text(dayNames[f.wday][:3])
		case 'A':
			text(dayNames[f.wday])
		case 'b', 'h':
			text(monthNames[f.month][:3])
		case 'B':
			text(monthNames[f.month])
		case 'c':
			b.WriteString(strftimeFormat("%a %b %e %H:%M:%S %Y", f))
		case 'C':
			num(floorDivInt(f.year, 100), 2)
		case 'd':
			num(f.day, 2)
		case 'D':
			b.WriteString(strftimeFormat("%m/%d/%y", f))
		case 'e':
			if flag == 0 {
				flag = '_'
			}
			num(f.day, 2)
		case 'f':
			if !f.hasMicro {
				b.WriteString("%f")
				break
			}
			num(f.micro, 6)
		case 'F':
			b.WriteString(strftimeFormat("%Y-%m-%d", f))
		case 'G':
			y, _, _ := isoCalendar(f.year, f.month, f.day)
			num(y, 1)
		case 'g':
			y, _, _ := isoCalendar(f.year, f.month, f.day)
			num(((y%100)+100)%100, 2)
		case 'H':
			num(f.hour, 2)
		case 'I':
			num(hour12, 2)
		case 'j':
			num(f.yday, 3)
		case 'k':
			if flag == 0 {
				flag = '_'
			}
			num(f.hour, 2)
		case 'l':
			if flag == 0 {
				flag = '_'
			}
			num(hour12, 2)
		case 'm':
			num(f.month, 2)
		case 'M':
			num(f.minute, 2)
		case 'n':
			b.WriteByte('\n')
		case 'p':
			if f.hour < 12 {
				text("AM")
			} else {
				text("PM")
			}
		case 'P':
			if f.hour < 12 {
				b.WriteString("am")
			} else {
				b.WriteString("pm")
			}
		case 'r':
			b.WriteString(strftimeFormat("%I:%M:%S %p", f))
		case 'R':
			b.WriteString(strftimeFormat("%H:%M", f))
		case 's':
			b.WriteString(strconv.FormatInt(f.epoch, 10))
		case 'S':
			num(f.second, 2)
		case 't':
			b.WriteByte('\t')
		case 'T':
			b.WriteString(strftimeFormat("%H:%M:%S", f))
		case 'u':
			num(f.wday+1, 1)
		case 'U':
			num((f.yday-1+7-sunWday)/7, 2)
		case 'V':
			_, w, _ := isoCalendar(f.year, f.month, f.day)
			num(w, 2)
		case 'w':
			num(sunWday, 1)
		case 'W':
			num((f.yday-1+7-f.wday)/7, 2)
		case 'x':
			b.WriteString(strftimeFormat("%m/%d/%y", f))
		case 'X':
			b.WriteString(strftimeFormat("%H:%M:%S", f))
		case 'y':
			num(((f.year%100)+100)%100, 2)
		case 'Y':
			if flag == 0 {
				flag = '-'
			}
			num(f.year, 1)
		case 'z':
			b.WriteString(f.offset)
		case 'Z':
			b.WriteString(f.zone)
		case '%':
			b.WriteByte('%')
		default:
			b.WriteString(format[i : j+1])
		}
		i = j
	}
	return b.String()
}

// strptimeDirectives are _strptime's regular expressions (C locale).
var strptimeDirectives = map[byte]string{
	'd': `(?P<d>3[0-1]|[1-2][0-9]|0[1-9]|[1-9]| [1-9])`,
	'f': `(?P<f>[0-9]{1,6})`,
	'H': `(?P<H>2[0-3]|[0-1][0-9]|[0-9])`,
	'I': `(?P<I>1[0-2]|0[1-9]|[1-9])`,
	'G': `(?P<G>[0-9][0-9][0-9][0-9])`,
	'j': `(?P<j>36[0-6]|3[0-5][0-9]|[1-2][0-9][0-9]|0[1-9][0-9]|00[1-9]|[1-9][0-9]|0[1-9]|[1-9])`,
	'm': `(?P<m>1[0-2]|0[1-9]|[1-9])`,
	'M': `(?P<M>[0-5][0-9]|[0-9])`,
	'S': `(?P<S>6[0-1]|[0-5][0-9]|[0-9])`,
	'U': `(?P<U>5[0-3]|[0-4][0-9]|[0-9])`,
	'W': `(?P<W>5[0-3]|[0-4][0-9]|[0-9])`,
	'w': `(?P<w>[0-6])`,
	'u': `(?P<u>[1-7])`,
	'V': `(?P<V>5[0-3]|0[1-9]|[1-4][0-9]|[0-9])`,
	'y': `(?P<y>[0-9][0-9])`,
	'Y': `(?P<Y>[0-9][0-9][0-9][0-9])`,
	'z': `(?P<z>[+-][0-9][0-9]:?[0-5][0-9](:?[0-5][0-9](\.[0-9]{1,6})?)?|(?-i:Z))`,
	'A': `(?P<A>wednesday|thursday|saturday|tuesday|monday|friday|sunday)`,
	'a': `(?P<a>mon|tue|wed|thu|fri|sat|sun)`,
	'B': `(?P<B>september|february|december|november|january|october|august|march|april|june|july|may)`,
	'b': `(?P<b>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`,
	'p': `(?P<p>am|pm)`,
	'Z': `(?P<Z>utc|gmt)`,
	'%': `%`,
}

var strptimeLocale = map[byte]string{
	'c': "%a %b %d %H:%M:%S %Y",
	'x': "%m/%d/%y",
	'X': "%H:%M:%S",
}

func strptimePattern(format string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		switch {
		case c == '%':
			if i+1 >= len(format) {
				return "", lang.NewError(lang.ValueErrorType, "stray %% in format '%s'", format)
			}
			d := format[i+1]
			if loc, ok := strptimeLocale[d]; ok {
				p, err := strptimePattern(loc)
				if err != nil {
					return "", err
				}
				b.WriteString(p)
			} else if re, ok := strptimeDirectives[d]; ok {
				b.WriteString(re)
			} else {
				bad := string(d)
				if d == '\\' {
					bad = "%"
				}
				return "", lang.NewError(lang.ValueErrorType, "'%s' is a bad directive in format '%s'", bad, format)
			}
			i++
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			for i+1 < len(format) && strings.IndexByte(" \t\n\r\v\f", format[i+1]) >= 0 {
				i++
			}
			b.WriteString(`\s+`)
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	return b.String(), nil
}

// tmParsed is the result of strptime.
type tmParsed struct {
	year, month, day, hour, minute, second int
	weekday, julian, isdst                 int
	fraction                               int
	gmtoff                                 int
	hasGmtoff                              bool
	gmtoffFraction                         int
	zone                                   string
	hasZone                                bool
}

func ordToYMD(n int) (int, int, int) {
	n--
	n400, n := floorDivInt(n, 146097), ((n%146097)+146097)%146097
	year := n400*400 + 1
	n100, n := n/36524, n%36524
	n4, n := n/1461, n%1461
	n1, n := n/365, n%365
	year += n100*100 + n4*4 + n1
	if n1 == 4 || n100 == 4 {
		return year - 1, 12, 31
	}
	leap := n1 == 3 && (n4 != 24 || n100 == 3)
	month := (n + 50) >> 5
	preceding := daysBeforeMonth[month]
	if month > 2 && leap {
		preceding++
	}
	if preceding > n {
		month--
		preceding = daysBeforeMonth[month]
		if month > 2 && leap {
			preceding++
		}
	}
	return year, month, n - preceding + 1
}

func daysInMonth(y, m int) int {
	if m == 2 && isLeap(y) {
		return 29
	}
	return [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m]
}

// strptimeParse is CPython's _strptime._strptime.
func strptimeParse(t *lang.Thread, data, format string) (*tmParsed, error) {
	cache, _ := t.Interp().Data["strptime"].(map[string]*regexp.Regexp)
	if cache == nil || len(cache) > 256 {
		cache = map[string]*regexp.Regexp{}
		t.Interp().Data["strptime"] = cache
	}
	re := cache[format]
	if re == nil {
		p, err := strptimePattern(format)
		if err != nil {
			return nil, err
		}
		re, err = regexp.Compile(`(?i)\A(?:` + p + `)`)
		if err != nil {
			return nil, lang.NewError(lang.ValueErrorType, "bad format '%s': %s", format, err)
		}
		cache[format] = re
	}
	loc := re.FindStringSubmatchIndex(data)
	if loc == nil {
		return nil, lang.NewError(lang.ValueErrorType, "time data %s does not match format %s", lang.QuoteString(data), lang.QuoteString(format))
	}
	if loc[1] != len(data) {
		return nil, lang.NewError(lang.ValueErrorType, "unconverted data remains: %s", data[loc[1]:])
	}
	r := &tmParsed{month: 1, day: 1, isdst: -1}
	year, isoYear, isoWeek, weekOfYear, weekday, julian := -1, -1, -1, -1, -1, 0
	hasJulian := false
	hasYear := false
	weekStartsMon := false
	ampm := ""
	for i, name := range re.SubexpNames() {
		if name == "p" && loc[2*i] >= 0 {
			ampm = strings.ToLower(data[loc[2*i]:loc[2*i+1]])
		}
	}
	for i, name := range re.SubexpNames() {
		if name == "" || loc[2*i] < 0 {
			continue
		}
		v := data[loc[2*i]:loc[2*i+1]]
		atoi := func() int { n, _ := strconv.Atoi(strings.TrimSpace(v)); return n }
		switch name {
		case "y":
			year = atoi()
			if year <= 68 {
				year += 2000
			} else {
				year += 1900
			}
			hasYear = true
		case "Y":
			year, hasYear = atoi(), true
		case "G":
			isoYear = atoi()
		case "m":
			r.month = atoi()
		case "B":
			r.month = indexFold(monthNames, v)
		case "b":
			r.month = indexPrefix3(monthNames, v)
		case "d":
			r.day = atoi()
		case "H":
			r.hour = atoi()
		case "I":
			r.hour = atoi()
			if ampm == "" || ampm == "am" {
				if r.hour == 12 {
					r.hour = 0
				}
			} else if r.hour != 12 {
				r.hour += 12
			}
		case "M":
			r.minute = atoi()
		case "S":
			r.second = atoi()
		case "f":
			s := v + strings.Repeat("0", 6-len(v))
			r.fraction, _ = strconv.Atoi(s)
		case "A":
			weekday = indexFold(dayNames, v)
		case "a":
			weekday = indexPrefix3(dayNames, v)
		case "w":
			weekday = atoi()
			if weekday == 0 {
				weekday = 6
			} else {
				weekday--
			}
		case "u":
			weekday = atoi() - 1
		case "j":
			julian, hasJulian = atoi(), true
		case "U", "W":
			weekOfYear = atoi()
			weekStartsMon = name == "W"
		case "V":
			isoWeek = atoi()
		case "z":
			if v == "Z" {
				r.gmtoff, r.hasGmtoff = 0, true
				break
			}
			z := v
			if z[3] == ':' {
				z = z[:3] + z[4:]
				if len(z) > 5 {
					if z[5] != ':' {
						return nil, lang.NewError(lang.ValueErrorType, "Inconsistent use of : in %s", v)
					}
					z = z[:5] + z[6:]
				}
			}
			h, _ := strconv.Atoi(z[1:3])
			m, _ := strconv.Atoi(z[3:5])
			s := 0
			if len(z) >= 7 {
				s, _ = strconv.Atoi(z[5:7])
			}
			r.gmtoff = h*3600 + m*60 + s
			r.hasGmtoff = true
			if len(z) > 8 {
				rem := z[8:]
				r.gmtoffFraction, _ = strconv.Atoi(rem + strings.Repeat("0", 6-len(rem)))
			}
			if z[0] == '-' {
				r.gmtoff, r.gmtoffFraction = -r.gmtoff, -r.gmtoffFraction
			}
		case "Z":
			r.zone, r.hasZone = v, true
			r.isdst = 0
		}
	}
	if !hasYear && isoYear >= 0 {
		if isoWeek < 0 || weekday < 0 {
			return nil, lang.NewError(lang.ValueErrorType, "%s", "ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
		}
		if hasJulian {
			return nil, lang.NewError(lang.ValueErrorType, "%s", "Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.")
		}
	} else if weekOfYear < 0 && isoWeek >= 0 {
		if weekday < 0 {
			return nil, lang.NewError(lang.ValueErrorType, "%s", "ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
		}
		return nil, lang.NewError(lang.ValueErrorType, "%s", "ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.")
	}
	leapFix := false
	if !hasYear && r.month == 2 && r.day == 29 {
		year, leapFix = 1904, true
	} else if !hasYear {
		year = 1900
	}
	if !hasJulian && weekday >= 0 {
		if weekOfYear >= 0 {
			firstWd := (ymdToOrd(year, 1, 1) + 6) % 7
			julian, hasJulian = calcJulian(firstWd, weekOfYear, weekday, weekStartsMon), true
		} else if isoYear >= 0 && isoWeek >= 0 {
			firstWd := (ymdToOrd(isoYear, 1, 4) + 6) % 7 // weekday of Jan 4
			correction := firstWd + 1 + 3
			julian, hasJulian = isoWeek*7+weekday+1-correction, true
			year = isoYear
			if julian < 1 {
				julian += ymdToOrd(year, 1, 1)
				year--
				julian -= ymdToOrd(year, 1, 1)
			}
		}
		if hasJulian && julian <= 0 {
			year--
			if isLeap(year) {
				julian += 366
			} else {
				julian += 365
			}
		}
	}
	if !hasJulian {
		if r.day > daysInMonth(year, r.month) {
			return nil, lang.NewError(lang.ValueErrorType, "day is out of range for month")
		}
		julian = ymdToOrd(year, r.month, r.day) - ymdToOrd(year, 1, 1) + 1
	} else {
		year, r.month, r.day = ordToYMD(julian - 1 + ymdToOrd(year, 1, 1))
	}
	if weekday < 0 {
		weekday = (ymdToOrd(year, r.month, r.day) + 6) % 7
	}
	if leapFix {
		year = 1900
	}
	r.year, r.weekday, r.julian = year, weekday, julian
	return r, nil
}

// calcJulian is _strptime._calc_julian_from_U_or_W.
func calcJulian(firstWeekday, weekOfYear, dayOfWeek int, weekStartsMon bool) int {
	if !weekStartsMon {
		firstWeekday = (firstWeekday + 1) % 7
		dayOfWeek = (dayOfWeek + 1) % 7
	}
	weekZeroLength := (7 - firstWeekday) % 7
	if weekOfYear == 0 {
		return 1 + dayOfWeek - firstWeekday
	}
	daysToWeek := weekZeroLength + 7*(weekOfYear-1)
	return 1 + daysToWeek + dayOfWeek
}

func indexFold(names []string, v string) int {
	for i, n := range names {
		if n != "" && strings.EqualFold(n, v) {
			return i
		}
	}
	return 0
}

func indexPrefix3(names []string, v string) int {
	for i, n := range names {
		if n != "" && strings.EqualFold(n[:3], v) {
			return i
		}
	}
	return 0
}
