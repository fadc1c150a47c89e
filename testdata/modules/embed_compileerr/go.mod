module example.com/compileerr

go 1.19
