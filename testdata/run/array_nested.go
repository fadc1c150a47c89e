package main

// Arrays of arrays: rows are values, copying the outer array copies every
// row, == compares deeply.

type Matrix [3][3]int

func mul(a, b Matrix) Matrix {
	var c Matrix
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func show(m Matrix) {
	for _, row := range m {
		println(row[0], row[1], row[2])
	}
}

func transpose(m *Matrix) {
	for i := 0; i < 3; i++ {
		for j := i + 1; j < 3; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
}

func main() {
	id := Matrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	m := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	show(mul(m, id))
	println(mul(m, id) == m, mul(id, m) == m)
	show(mul(m, m))

	copyM := m
	copyM[1][1] = 50
	println(m[1][1], copyM[1][1], m == copyM)

	row := m[2]
	row[0] = 70
	println(m[2][0], row[0])

	m[0] = [3]int{10, 20, 30}
	show(m)

	transpose(&m)
	show(m)

	var grid [4][5]bool
	for i := 0; i < 4; i++ {
		for j := 0; j < 5; j++ {
			grid[i][j] = (i+j)%3 == 0
		}
	}
	count := 0
	for _, r := range grid {
		for _, cell := range r {
			if cell {
				count++
			}
		}
	}
	println("cells", count, len(grid), len(grid[0]))

	// three dimensions
	var cube [2][2][2]int
	n := 0
	for i := range cube {
		for j := range cube[i] {
			for k := range cube[i][j] {
				n++
				cube[i][j][k] = n
			}
		}
	}
	c2 := cube
	c2[1][1][1] = 0
	println(cube[1][1][1], c2[1][1][1], cube[0] == c2[0], cube[1] == c2[1])

	// a row pointer aliases the matrix
	p := &m[1]
	p[2] = -1
	println(m[1][2])
}
