package main

import (
	"os"
	"time"
)

func main() {
	// both are read on first use: the zone database directory and the local zone
	os.Setenv("ZONEINFO", "/usr/share/zoneinfo/America")
	os.Setenv("TZ", ":Asia/Tokyo")
	println("local:", time.Local.String(), time.Unix(0, 0).String(), time.Unix(1e9, 0).Local().Format(time.RFC822))
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		println("error:", err.Error())
		return
	}
	println(ny.String())
	t := time.Date(2021, 3, 14, 6, 59, 59, 0, time.UTC)
	for i := 0; i < 3; i++ {
		l := t.In(ny)
		name, off := l.Zone()
		println(l.String(), name, off, l.IsDST(), l.Format(time.RFC1123Z))
		t = t.Add(time.Second)
	}
	summer := time.Date(2022, 7, 4, 12, 0, 0, 0, ny)
	winter := time.Date(2022, 12, 25, 12, 0, 0, 0, ny)
	println(summer.String(), summer.UTC().String(), winter.String(), winter.UTC().String())
	// a wall time skipped by the DST change, and one that happens twice
	println(time.Date(2021, 3, 14, 2, 30, 0, 0, ny).String(), time.Date(2021, 11, 7, 1, 30, 0, 0, ny).String())
	start, end := summer.ZoneBounds()
	println("bounds:", start.String(), end.String())

	for _, name := range []string{"Europe/Paris", "Asia/Kolkata", "Australia/Lord_Howe", "UTC", "", "Local", "Etc/GMT+5"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			println(name, "error:", err.Error())
			continue
		}
		println(name, "=>", loc.String(), time.Date(2020, 6, 1, 0, 0, 0, 0, time.UTC).In(loc).String())
	}
	for _, name := range []string{"Nowhere/Atlantis", "../etc/passwd", "/etc/localtime", "America"} {
		_, err := time.LoadLocation(name)
		if err != nil {
			println(name, "error:", err.Error())
		} else {
			println(name, "loaded")
		}
	}
	p, err := time.ParseInLocation("2006-01-02 15:04 MST", "2021-07-01 09:00 EDT", ny)
	println(p.String(), err == nil)
	p, err = time.ParseInLocation("Jan 2 2006 15:04", "Jan 2 2006 15:04", ny)
	println(p.String(), p.UTC().String(), err == nil)

	// found through ZONEINFO
	l, err := time.LoadLocation("Chicago")
	if err != nil {
		println("ZONEINFO error:", err.Error())
	} else {
		println("ZONEINFO:", l.String(), time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).In(l).String())
	}
}
