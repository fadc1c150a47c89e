module example.com/math

go 1.19
