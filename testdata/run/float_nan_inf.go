package main

// NaN and infinities: how they arise, compare, propagate and print.

func main() {
	var zero float64
	posInf := 1 / zero
	negInf := -1 / zero
	nan := zero / zero
	println(posInf, negInf, nan)

	println("nan==nan", nan == nan, "nan!=nan", nan != nan)
	println("nan<1", nan < 1, "nan>1", nan > 1, "nan<=nan", nan <= nan, "nan>=nan", nan >= nan)
	println("self-compare detects nan:", nan != nan, posInf != posInf)

	println(posInf+1, posInf-posInf, posInf*0, posInf*-1, posInf/posInf)
	println(negInf+posInf, negInf*negInf, 1/posInf, -1/posInf, 1/negInf)
	println(nan+1, nan*0, -nan, nan-nan)
	println(posInf > 1e308, negInf < -1e308, posInf == posInf, negInf < posInf, posInf == -negInf)

	// overflow to infinity
	big := 1e308
	println(big*10, -big*10, big*10 == posInf)

	// float32 infinities and NaN
	var z32 float32
	inf32 := 1 / z32
	nan32 := z32 / z32
	println(inf32, -inf32, nan32, nan32 == nan32, float64(inf32) == posInf)
	var m32 float32 = 3e38
	println(m32*m32, float32(big*10))

	// min/max style helpers with NaN
	println(less(nan, 1), less(1, nan), less(1, 2))
	count := 0
	vals := []float64{1, nan, 2, nan, posInf}
	for _, v := range vals {
		if v == v {
			count++
		}
	}
	println("non-nan values:", count)

	// a NaN never equals itself, so arrays containing it are not equal
	arr1 := [2]float64{1, nan}
	arr2 := arr1
	println(arr1 == arr2, arr1[0] == arr2[0])
	type P struct{ x float64 }
	println(P{nan} == P{nan}, P{posInf} == P{posInf})
}

func less(a, b float64) bool {
	return a < b
}
