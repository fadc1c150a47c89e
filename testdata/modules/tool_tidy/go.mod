module example.com/tidy

go 1.19

require (
	example.com/a v1.0.0
	example.com/b v1.0.0
	example.com/unused v1.0.0
)
