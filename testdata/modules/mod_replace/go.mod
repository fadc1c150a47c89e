module example.com/modreplace

go 1.19

require (
	example.com/dep v1.0.0
	example.com/local v1.5.0
)

replace example.com/dep v1.0.0 => example.com/dep v1.1.0

replace example.com/local => ./local

exclude example.com/dep v1.0.1

retract v0.0.1 // a retraction of this module's own version
