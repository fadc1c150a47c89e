package main

import (
	"fmt"

	"example.com/vetc/p"
)

func main() {
	fmt.Println(p.Show(4))
}
