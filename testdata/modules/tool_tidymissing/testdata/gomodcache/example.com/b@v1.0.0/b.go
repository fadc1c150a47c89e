package b

const V = "b v1.0.0"
