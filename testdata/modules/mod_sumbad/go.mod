module example.com/modsumbad

go 1.19

require (
	example.com/Upper/Lib v0.1.0
	example.com/dep v1.0.0 // indirect
)
