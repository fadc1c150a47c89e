package main

// Labeled break and continue on nested loops, break out of a loop from
// inside a switch, and unlabeled break in a switch leaving only the switch.

func main() {
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			print(i, j, " ")
		}
	}
	println()

	// find the first pair with a given product
	target := 12
	fi, fj := -1, -1
search:
	for i := 1; i < 10; i++ {
		for j := i; j < 10; j++ {
			if i*j == target {
				fi, fj = i, j
				break search
			}
		}
	}
	println("found", fi, fj)

	// break inside a switch leaves only the switch
	n := 0
	for i := 0; i < 5; i++ {
		switch i {
		case 2:
			break
		default:
			n++
		}
	}
	println("n", n)

	// labeled break leaves the loop from inside a switch
	m := 0
loop:
	for i := 0; ; i++ {
		switch {
		case i == 4:
			break loop
		case i%2 == 0:
			continue loop
		}
		m += i
	}
	println("m", m)

	// labeled continue on a range loop
	words := []string{"apple", "sky", "tree", "rhythm", "io"}
	count := 0
words:
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			switch w[i] {
			case 'a', 'e', 'i', 'o', 'u':
				count++
				continue words
			}
		}
		println("no vowel:", w)
	}
	println("with vowel:", count)

	// three levels
	total := 0
l1:
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			for c := 0; c < 3; c++ {
				if c == 2 {
					continue l1
				}
				if a == 2 {
					break l1
				}
				total += 100*a + 10*b + c
			}
		}
	}
	println("total", total)

	// a label on a block with break
blk:
	switch {
	case true:
		for {
			break blk
		}
	}
	println("done")
}
