// gava: the process is little-endian Linux, whatever GOARCH=jvm's file lists say.

//gava:include endian_little.go

package os
