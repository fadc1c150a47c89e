package b

const V = "b v1.1.0"
