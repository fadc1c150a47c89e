package main

// All forms of for: three-clause, condition-only, infinite with break,
// empty clauses, several variables, continue, nested loops and range over
// arrays and slices.

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	println("3-clause", sum)

	n := 1
	for n < 1000 {
		n *= 3
	}
	println("condition", n)

	k := 0
	for {
		k++
		if k == 7 {
			break
		}
	}
	println("infinite", k)

	j := 0
	for ; j < 5; { // gofmt would drop the semicolons; kept to test the parser
		j += 2
	}
	println("empty init/post", j)

	var c int
	for c = 10; ; c-- {
		if c*c < 20 {
			break
		}
	}
	println("no condition", c)

	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		print(i, ",", j, " ")
	}
	println()

	odd := 0
	for i := 0; i < 20; i++ {
		if i%2 == 0 {
			continue
		}
		odd += i
	}
	println("odd", odd)

	// nested loops: primes below 50
	for p := 2; p < 50; p++ {
		prime := true
		for d := 2; d*d <= p; d++ {
			if p%d == 0 {
				prime = false
				break
			}
		}
		if prime {
			print(p, " ")
		}
	}
	println()

	// the loop variable keeps its final value when declared outside
	var i int
	for i = 0; i < 4; i++ {
	}
	println("after", i)

	// modifying the loop variable in the body
	for i := 0; i < 10; i++ {
		print(i, " ")
		i += 2
	}
	println()

	// range over a slice: index and value, index only, value only, neither
	s := []string{"a", "b", "c"}
	for i, v := range s {
		print(i, v, " ")
	}
	println()
	for i := range s {
		print(i, " ")
	}
	println()
	for _, v := range s {
		print(v, " ")
	}
	println()
	count := 0
	for range s {
		count++
	}
	println("count", count)

	// range over an array and a pointer to an array
	arr := [4]int{10, 20, 30, 40}
	total := 0
	for _, v := range arr {
		total += v
	}
	pa := &arr
	for i := range pa {
		pa[i]++
	}
	println("array", total, arr[0], arr[3])

	// the range expression is evaluated once; appending does not extend the loop
	sl := []int{1, 2, 3}
	for _, v := range sl {
		sl = append(sl, v*10)
	}
	println(len(sl), sl[3], sl[4], sl[5])

	// range over a nil slice does nothing
	var nilS []int
	for range nilS {
		println("never")
	}

	// loop with a long-running counter
	var acc int64
	for x := int64(0); x < 100000; x++ {
		acc += x * x
	}
	println(acc)
}
