package main

// Plain and mutual recursion, deep recursion and recursion with results.

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func ackermann(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func hanoi(n int, from, to, via string) int {
	if n == 0 {
		return 0
	}
	moves := hanoi(n-1, from, via, to)
	moves++
	moves += hanoi(n-1, via, to, from)
	return moves
}

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func sumDigits(n int) (s int) {
	if n < 10 {
		return n
	}
	return n%10 + sumDigits(n/10)
}

func main() {
	for i := 0; i <= 20; i += 5 {
		println("fact", i, fact(i))
	}
	println("fact 25 wraps:", fact(25))
	for i := 0; i < 25; i += 6 {
		println("fib", i, fib(i))
	}
	println(isEven(10), isOdd(10), isEven(7), isOdd(7))
	println("ackermann(2,3) =", ackermann(2, 3))
	println("ackermann(3,3) =", ackermann(3, 3))
	println("hanoi 10:", hanoi(10, "a", "c", "b"))
	println("gcd", gcd(1071, 462), gcd(17, 5), gcd(0, 9))
	println("depth", depth(100000))
	println("digits", sumDigits(987654321))
}
