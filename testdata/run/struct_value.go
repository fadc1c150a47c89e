package main

// Structs are values: assignment, passing and returning copy them; ==
// compares all fields; zero values have zero fields.

type Person struct {
	Name string
	Age  int
	Tall bool
}

func birthday(p Person) Person {
	p.Age++
	return p
}

func rename(p *Person, name string) {
	p.Name = name
}

func main() {
	var zero Person
	println(zero.Name == "", zero.Age, zero.Tall)

	alice := Person{"Alice", 30, true}
	bob := Person{Name: "Bob", Age: 25}
	println(alice.Name, alice.Age, alice.Tall, bob.Name, bob.Age, bob.Tall)

	copyA := alice
	copyA.Age = 99
	println(alice.Age, copyA.Age)

	older := birthday(alice)
	println(alice.Age, older.Age)

	rename(&alice, "Alicia")
	println(alice.Name, copyA.Name)

	println(alice == copyA, bob == Person{"Bob", 25, false}, zero == Person{}, alice != bob)

	// field-by-field assignment and compound operators
	bob.Age += 10
	bob.Name += " Jr."
	bob.Tall = !bob.Tall
	println(bob.Name, bob.Age, bob.Tall)

	// anonymous struct types
	pt := struct {
		X, Y int
	}{3, 4}
	pt2 := pt
	pt2.X = 30
	println(pt.X, pt2.X, pt == pt2)

	// structs in slices and maps are copied out
	people := []Person{alice, bob}
	p0 := people[0]
	p0.Age = 1
	println(people[0].Age, p0.Age)
	people[0].Age = 2
	println(people[0].Age, alice.Age)

	byName := map[string]Person{"bob": bob}
	b := byName["bob"]
	b.Age = 0
	println(byName["bob"].Age, b.Age)
	byName["bob"] = b
	println(byName["bob"].Age)
	missing := byName["nobody"]
	println(missing == Person{}, missing.Name == "")

	// swapping structs
	alice, bob = bob, alice
	println(alice.Name, bob.Name)

	// struct with all kinds of fields
	type All struct {
		I8  int8
		U16 uint16
		I   int
		U64 uint64
		F32 float32
		F   float64
		B   bool
		S   string
		R   rune
		By  byte
	}
	a1 := All{-1, 65535, -2, 18446744073709551615, 1.5, -2.5, true, "s", 'r', 'b'}
	a2 := a1
	println(a1 == a2, a2.I8, a2.U16, a2.I, a2.U64, a2.F32, a2.F, a2.B, a2.S, a2.R, a2.By)
	a2.F32 += 0.25
	println(a1 == a2, a2.F32)
	var a3 All
	println(a3.I8, a3.U64, a3.F, a3.S == "", a3 == All{})
}
