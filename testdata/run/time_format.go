package main

import (
	"strconv"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	println(t.String())
	println(t.Year(), t.Month().String(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
	println(t.Weekday().String(), t.YearDay(), t.Unix(), t.UnixNano(), t.UnixMilli(), t.UnixMicro())
	y, w := t.ISOWeek()
	println("isoweek", y, w)
	layouts := []string{
		time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
		time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
		"2006-01-02 15:04:05.000", "Mon Jan _2 3:4:5 PM 06 -07:00:00 Z07:00 MST",
		"January 2, 2006 at 03:04pm (Monday) .999999 ,000 __2 002", "2006-01-02T15:04:05.999999999Z07:00",
		"Z0700 Z07 -0700 -07 -07:00:00 -070000", "pm PM", "", "no layout elements",
	}
	for _, l := range layouts {
		println(strconv.Quote(l), "=>", strconv.Quote(t.Format(l)))
	}
	fixed := time.FixedZone("XYZ", -(3*3600 + 30*60))
	tz := t.In(fixed)
	println(tz.String())
	println(tz.Format(time.RFC1123Z), tz.Format(time.RFC3339Nano), tz.Format("Z07:00 -0700 MST"))
	name, off := tz.Zone()
	println(name, off, tz.Location().String())
	u := time.Unix(1234567890, 5).UTC()
	println(u.Format(time.RFC3339Nano), time.UnixMilli(1234567890123).UTC().String())
	println(time.Unix(0, 0).UTC().String(), time.Time{}.String(), time.Time{}.IsZero())
	// AppendFormat
	b := t.AppendFormat([]byte("x:"), time.Kitchen)
	println(string(b))
	// Month and Weekday strings, including out of range
	for m := time.Month(0); m <= 13; m++ {
		print(m.String(), " ")
	}
	println()
	for d := time.Weekday(-1); d <= 7; d++ {
		print(d.String(), " ")
	}
	println()
	// normalisation in Date
	println(time.Date(2023, 2, 29, 25, 61, 61, 1e9+1, time.UTC).String())
	println(time.Date(2000, 0, 0, 0, 0, 0, 0, time.UTC).String())
	println(time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC).Format(time.RFC3339), time.Date(12345, 1, 1, 0, 0, 0, 0, time.UTC).Format(time.RFC3339))
}
