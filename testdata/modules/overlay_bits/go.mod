module example.com/bits

go 1.19
