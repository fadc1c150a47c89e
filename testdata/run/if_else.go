package main

// if / else if / else chains, if with an init statement and its scope,
// nested conditions.

func grade(score int) string {
	if score >= 90 {
		return "A"
	} else if score >= 80 {
		return "B"
	} else if score >= 70 {
		return "C"
	} else if score >= 60 {
		return "D"
	} else {
		return "F"
	}
}

func sign(x int) int {
	if x > 0 {
		return 1
	}
	if x < 0 {
		return -1
	}
	return 0
}

func parse(s string) (int, bool) {
	if len(s) == 0 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func main() {
	for _, s := range []int{100, 90, 89, 75, 60, 59, 0, -5} {
		print(grade(s), " ")
	}
	println()
	println(sign(-9), sign(0), sign(42))

	// init statement; variables are visible in every branch
	for _, in := range []string{"123", "", "12a", "007"} {
		if n, ok := parse(in); !ok {
			println("bad", "\""+in+"\"", n)
		} else if n > 100 {
			println("big", n)
		} else {
			println("small", n, ok)
		}
	}

	// nested
	x, y := 3, 7
	if x < y {
		if x*2 > y {
			println("x < y < 2x")
		} else {
			println("2x <= y")
		}
	} else {
		println("x >= y")
	}

	// init statement that is an assignment, not a declaration
	var z int
	if z = x * y; z > 20 {
		println("z", z)
	}
	println("z after", z)

	// the condition sees variables of the init statement only
	v := "outer"
	if v := 5; v > 3 {
		println("inner v", v)
	}
	println(v)

	// fizzbuzz
	for i := 1; i <= 15; i++ {
		if i%15 == 0 {
			print("FizzBuzz")
		} else if i%3 == 0 {
			print("Fizz")
		} else if i%5 == 0 {
			print("Buzz")
		} else {
			print(i)
		}
		print(" ")
	}
	println()
}
