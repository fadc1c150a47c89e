package cpu

// What each architecture's cpu_<arch>.go declares, for GOARCH=jvm: no CPU features to detect
// (the std then takes its portable paths), 64-byte cache lines.

const CacheLinePadSize = 64

func doinit() {
}
