package main

func complexArgs() (float64, float64) { return 5, 7 }
func f32() (float32, float32)         { return 1.5, 2 }

func main() {
	if c := complex(complexArgs()); c != 5+7i {
		panic(c)
	}
	println(complex(complexArgs()), complex(f32()))
}
