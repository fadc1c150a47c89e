// n-body: the Computer Language Benchmarks Game's planetary simulation (float64 arithmetic on
// slices of structs). No imports, so the square root is Newton's method (the same steps under gc
// and gava, so the printed energies must agree to the last bit).
package main

const steps = 7000000

const (
	solarMass   = 4 * pi * pi
	daysPerYear = 365.24
	pi          = 3.141592653589793
)

type Body struct {
	x, y, z, vx, vy, vz, mass float64
}

func sqrt(x float64) float64 {
	if x <= 0 {
		return 0
	}
	// A start within a factor 2 (exponent halved by repeated scaling), then Newton's iteration.
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

func newSystem() []Body {
	bodies := []Body{
		{0, 0, 0, 0, 0, 0, solarMass}, // sun
		{ // jupiter
			4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
			1.66007664274403694e-03 * daysPerYear, 7.69901118419740425e-03 * daysPerYear,
			-6.90460016972063023e-05 * daysPerYear, 9.54791938424326609e-04 * solarMass,
		},
		{ // saturn
			8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
			-2.76742510726862411e-03 * daysPerYear, 4.99852801234917238e-03 * daysPerYear,
			2.30417297573763929e-05 * daysPerYear, 2.85885980666130812e-04 * solarMass,
		},
		{ // uranus
			1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
			2.96460137564761618e-03 * daysPerYear, 2.37847173959480950e-03 * daysPerYear,
			-2.96589568540237556e-05 * daysPerYear, 4.36624404335156298e-05 * solarMass,
		},
		{ // neptune
			1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
			2.68067772490389322e-03 * daysPerYear, 1.62824170038242295e-03 * daysPerYear,
			-9.51592254519715870e-05 * daysPerYear, 5.15138902046611451e-05 * solarMass,
		},
	}
	var px, py, pz float64
	for _, b := range bodies {
		px += b.vx * b.mass
		py += b.vy * b.mass
		pz += b.vz * b.mass
	}
	bodies[0].vx = -px / solarMass
	bodies[0].vy = -py / solarMass
	bodies[0].vz = -pz / solarMass
	return bodies
}

func energy(bodies []Body) float64 {
	e := 0.0
	for i := range bodies {
		b := &bodies[i]
		e += 0.5 * b.mass * (b.vx*b.vx + b.vy*b.vy + b.vz*b.vz)
		for j := i + 1; j < len(bodies); j++ {
			b2 := &bodies[j]
			dx := b.x - b2.x
			dy := b.y - b2.y
			dz := b.z - b2.z
			e -= b.mass * b2.mass / sqrt(dx*dx+dy*dy+dz*dz)
		}
	}
	return e
}

func advance(bodies []Body, dt float64) {
	for i := range bodies {
		b := &bodies[i]
		for j := i + 1; j < len(bodies); j++ {
			b2 := &bodies[j]
			dx := b.x - b2.x
			dy := b.y - b2.y
			dz := b.z - b2.z
			d2 := dx*dx + dy*dy + dz*dz
			d := sqrt(d2)
			mag := dt / (d2 * d)
			b.vx -= dx * b2.mass * mag
			b.vy -= dy * b2.mass * mag
			b.vz -= dz * b2.mass * mag
			b2.vx += dx * b.mass * mag
			b2.vy += dy * b.mass * mag
			b2.vz += dz * b.mass * mag
		}
	}
	for i := range bodies {
		b := &bodies[i]
		b.x += dt * b.vx
		b.y += dt * b.vy
		b.z += dt * b.vz
	}
}

func main() {
	bodies := newSystem()
	println(energy(bodies))
	for i := 0; i < steps; i++ {
		advance(bodies, 0.01)
	}
	println(energy(bodies))
	// Also as a fixed-point integer, readable without the %e notation.
	println(int64(energy(bodies) * 1e9))
}
