module example.com/ecw

go 1.19
