// regexp and regexp/syntax: compile, match, find, submatches, replace, split.
package main

import (
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	s := "alice@example.com, bob@test.com; carol@nowhere.org"
	println(re.MatchString(s), re.FindString(s), re.NumSubexp())
	for _, m := range re.FindAllStringSubmatch(s, -1) {
		println(strings.Join(m, " | "))
	}
	for _, ix := range re.FindAllStringIndex(s, -1) {
		println(ix[0], ix[1])
	}
	println(re.ReplaceAllString(s, "$2:$1"), re.ReplaceAllLiteralString(s, "$1"))
	println(re.ReplaceAllStringFunc(s, strings.ToUpper))
	named := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})`)
	m := named.FindStringSubmatch("date: 2024-03-15!")
	for i, n := range named.SubexpNames() {
		println(i, n, m[i])
	}
	println(named.SubexpIndex("month"), named.String())
	println(string(named.ExpandString(nil, "$day/$month/$year", "2024-03-15", named.FindStringSubmatchIndex("2024-03-15"))))
	sp := regexp.MustCompile(`\s*[,;]\s*`)
	println(strings.Join(sp.Split("a , b;c ;  d", -1), "|"))
	_, err := regexp.Compile(`a(b`)
	println(err.Error())
	_, err = regexp.Compile(`x**`)
	println(err.Error())
	println(regexp.QuoteMeta("1+1=2? [yes]"))
	ok, _ := regexp.MatchString(`^[a-z]+\[[0-9]+\]$`, "adam[23]")
	println(ok)
	u := regexp.MustCompile(`(?i)héllo|世界`)
	println(u.FindAllString("HÉLLO 世界 héllo", -1)[2], len(u.FindAllString("HÉLLO 世界 héllo", -1)))
	lz := regexp.MustCompile(`a+?`)
	println(lz.FindString("aaa"), regexp.MustCompile(`a*`).ReplaceAllString("baaac", "X"))
	lp := regexp.MustCompilePOSIX(`a+|a+b`)
	println(lp.FindString("aab"))
	println(string(re.Find([]byte(s))), re.Longest == nil)
}
