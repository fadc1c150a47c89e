package main

import (
	"strconv"
	"time"
)

func show(t time.Time, err error) {
	if err != nil {
		println("error:", err.Error())
		return
	}
	name, off := t.Zone()
	println(t.String(), "|", name, off, t.UnixNano())
}

func main() {
	show(time.Parse(time.RFC3339, "2006-01-02T15:04:05Z"))
	show(time.Parse(time.RFC3339, "2006-01-02T15:04:05+07:00"))
	show(time.Parse(time.RFC3339Nano, "2021-12-31T23:59:59.999999999-08:00"))
	show(time.Parse(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"))
	show(time.Parse(time.RFC1123Z, "Tue, 10 Nov 2009 23:00:00 -0330"))
	show(time.Parse(time.ANSIC, "Mon Jan  2 15:04:05 2006"))
	show(time.Parse(time.Kitchen, "3:04PM"))
	show(time.Parse("2006-01-02", "2024-02-29"))
	show(time.Parse("2006-01-02 15:04:05.000", "2024-02-29 12:30:45.123"))
	show(time.Parse("2006-01-02 15:04:05", "2024-02-29 12:30:45.987654"))
	show(time.Parse("Jan _2 2006 .000000", "Feb  3 2013 .123456"))
	show(time.Parse("02/01/06 03:04:05PM", "31/12/99 11:59:59PM"))
	show(time.Parse("2006 002", "2020 060"))
	show(time.ParseInLocation("January 2, 2006 MST", "March 7, 2019 PDT", time.UTC))
	show(time.Parse("2006-01-02 -0700", "2019-03-07 +0530"))
	show(time.Parse("2006-01-02 Z07:00", "2019-03-07 Z"))
	show(time.Parse("2006-01-02 Z0700", "2019-03-07 -0100"))
	show(time.Parse("Monday 2006-01-02", "Friday 2019-03-08"))
	// errors, worded as gc words them
	show(time.Parse(time.RFC3339, "2006-01-02"))
	show(time.Parse(time.RFC3339, "2006-13-02T15:04:05Z"))
	show(time.Parse("2006-01-02", "2023-02-29"))
	show(time.Parse("2006-01-02", "2023-02-30x"))
	show(time.Parse("15:04", "25:00"))
	show(time.Parse("15:04:05", "12:60:00"))
	show(time.Parse("Jan 2", "Foo 2"))
	show(time.Parse("Monday", "Someday"))
	show(time.Parse("2006-01-02 -0700", "2019-03-07 +05x0"))
	show(time.Parse("2006", "abcd"))
	show(time.Parse("2006 002", "2021 366"))
	show(time.Parse("", "x"))
	show(time.ParseInLocation("2006-01-02 15:04", "2020-06-01 10:00", time.FixedZone("F", 3600)))
	show(time.ParseInLocation("2006-01-02 15:04 MST", "2020-06-01 10:00 F", time.FixedZone("F", 3600)))

	// durations
	ds := []time.Duration{0, 1, 999, 1000, 1500, time.Millisecond + 1, 1500 * time.Millisecond,
		-90 * time.Second, 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond,
		1<<63 - 1, -1 << 63}
	for _, d := range ds {
		println(d.String(), d.Nanoseconds(), strconv.FormatFloat(d.Seconds(), 'g', -1, 64),
			strconv.FormatFloat(d.Minutes(), 'g', -1, 64), strconv.FormatFloat(d.Hours(), 'g', -1, 64),
			d.Microseconds(), d.Milliseconds(), d.Abs().String())
	}
	d := 1*time.Hour + 15*time.Minute + 30*time.Second + 918273645
	for _, m := range []time.Duration{0, 1, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second, time.Minute, 15 * time.Minute, time.Hour, -1} {
		println("round", m.String(), d.Round(m).String(), "truncate", d.Truncate(m).String(), (-d).Round(m).String())
	}
	for _, s := range []string{"300ms", "-1.5h", "2h45m", "1h2m3s4ms5us6ns", "1µs", "1μs", ".5s", "1.s", "0",
		"", "1", "1x", "-", "9223372036854775807ns", "9223372036854775808ns", "3000000h", "1.0000000000000000000001h", "+5m"} {
		d, err := time.ParseDuration(s)
		if err != nil {
			println("parse", strconv.Quote(s), "error:", err.Error())
		} else {
			println("parse", strconv.Quote(s), d.String())
		}
	}

	// arithmetic on times
	t := time.Date(2020, 1, 31, 12, 0, 0, 0, time.UTC)
	println(t.AddDate(0, 1, 0).String(), t.AddDate(1, -1, 1).String(), t.Add(-36*time.Hour).String())
	t2 := time.Date(2021, 3, 1, 0, 0, 0, 1, time.UTC)
	println(t2.Sub(t).String(), t.Sub(t2).String())
	tt := time.Date(2020, 5, 17, 13, 47, 31, 517_000_000, time.UTC)
	for _, m := range []time.Duration{time.Second, time.Minute, 15 * time.Minute, time.Hour, 24 * time.Hour, 0, -time.Second} {
		println("time round", m.String(), tt.Round(m).String(), "truncate", tt.Truncate(m).String())
	}
	println(tt.Equal(tt.In(time.FixedZone("X", 7200))), tt == tt.In(time.FixedZone("X", 7200)))
	b, _ := tt.MarshalText()
	println(string(b))
	var back time.Time
	println(back.UnmarshalText([]byte("2001-02-03T04:05:06.7+08:00")) == nil, back.String())
	println(back.UnmarshalText([]byte("bogus")).Error())
	bin, _ := tt.MarshalBinary()
	var back2 time.Time
	println(len(bin), back2.UnmarshalBinary(bin) == nil, back2.Equal(tt))
	println(tt.Local().UTC().Equal(tt), tt.UTC().Location().String(), tt.IsDST())
}
