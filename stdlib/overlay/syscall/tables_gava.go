// gava: GOARCH=jvm has no generated syscall tables of its own; the process runs on Linux (amd64
// facts: errno numbers and strings, O_ flags, S_IF modes, Stat_t layout, system call numbers), so
// the package takes GOROOT's linux/amd64 ones.

//gava:include zerrors_linux_amd64.go ztypes_linux_amd64.go zsysnum_linux_amd64.go zsyscall_linux_amd64.go syscall_linux_amd64.go endian_little.go

package syscall
