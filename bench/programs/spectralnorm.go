// spectral-norm: the Benchmarks Game's power method on an infinite matrix (float64 division and
// multiply-add over []float64), single goroutine. Newton's square root, as there are no imports.
package main

const n = 5500

func sqrt(x float64) float64 {
	if x <= 0 {
		return 0
	}
	r := 1.0
	for t := x; t > 4; t /= 4 {
		r *= 2
	}
	for t := x; t < 0.25; t *= 4 {
		r /= 2
	}
	for i := 0; i < 6; i++ {
		r = 0.5 * (r + x/r)
	}
	return r
}

func a(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

func times(v []float64, u []float64) {
	for i := range v {
		s := 0.0
		for j := range u {
			s += a(i, j) * u[j]
		}
		v[i] = s
	}
}

func timesTransp(v []float64, u []float64) {
	for i := range v {
		s := 0.0
		for j := range u {
			s += a(j, i) * u[j]
		}
		v[i] = s
	}
}

func atimesTransp(v, u, tmp []float64) {
	times(tmp, u)
	timesTransp(v, tmp)
}

func main() {
	u := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := 0; i < 10; i++ {
		atimesTransp(v, u, tmp)
		atimesTransp(u, v, tmp)
	}
	var vBv, vv float64
	for i, vi := range v {
		vBv += u[i] * vi
		vv += vi * vi
	}
	r := sqrt(vBv / vv)
	println(r)
	println(int64(r * 1e9))
}
