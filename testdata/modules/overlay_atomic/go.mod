module example.com/atomic

go 1.19
