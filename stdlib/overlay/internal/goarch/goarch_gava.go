package goarch

// What gc's generator writes per architecture (zgoarch_*.go, goarch_*.go) for GOARCH=jvm, the
// architecture gava builds the std for: 64-bit, little-endian, a family of its own.

const GOARCH = `jvm`

// JVM is gava's architecture family (gc's list ends with WASM).
const JVM ArchFamilyType = WASM + 1

const (
	_ArchFamily          = JVM
	_DefaultPhysPageSize = 4096
	_PCQuantum           = 1
	_MinFrameSize        = 0
	_StackAlign          = PtrSize
)

const Is386 = 0
const IsAmd64 = 0
const IsAmd64p32 = 0
const IsArm = 0
const IsArmbe = 0
const IsArm64 = 0
const IsArm64be = 0
const IsLoong64 = 0
const IsMips = 0
const IsMipsle = 0
const IsMips64 = 0
const IsMips64le = 0
const IsMips64p32 = 0
const IsMips64p32le = 0
const IsPpc = 0
const IsPpc64 = 0
const IsPpc64le = 0
const IsRiscv = 0
const IsRiscv64 = 0
const IsS390 = 0
const IsS390x = 0
const IsSparc = 0
const IsSparc64 = 0
const IsWasm = 0
