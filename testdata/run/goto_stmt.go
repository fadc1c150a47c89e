package main

// goto: backward jumps forming a loop, forward jumps skipping code, and
// jumping out of nested blocks.

func main() {
	i := 0
loop:
	if i < 5 {
		print(i, " ")
		i++
		goto loop
	}
	println()

	n := 3
	if n > 2 {
		goto skip
	}
	println("not printed")
skip:
	println("skipped to here")

	// leave nested loops with goto
	for a := 0; a < 10; a++ {
		for b := 0; b < 10; b++ {
			if a*b == 20 {
				println("found", a, b)
				goto done
			}
		}
	}
	println("not found")
done:

	// a state machine
	state := 0
	steps := 0
start:
	steps++
	switch state {
	case 0:
		state = 2
		goto start
	case 1:
		state = 3
		goto start
	case 2:
		state = 1
		goto start
	}
	println("state", state, "steps", steps)

	// goto into the enclosing block's label after a variable declaration is
	// fine if the declaration is before the goto
	x := 10
again:
	x -= 3
	if x > 0 {
		goto again
	}
	println("x", x)
}
