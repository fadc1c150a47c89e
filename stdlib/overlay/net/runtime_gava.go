package net

// The runtime hook of dnsclient.go (gc: //go:linkname to runtime.fastrandu), which picks among
// equal-priority SRV records.

func fastrandu() uint {
	return uint(gavaFastrand())<<32 | uint(gavaFastrand())
}

//gava:java gava.runtime.Sys.fastrand
func gavaFastrand() uint32
