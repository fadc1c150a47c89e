module example.com/mvs

go 1.19

require (
	example.com/a v1.0.0
	example.com/b v1.0.0
)
