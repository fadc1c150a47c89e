module example.com/fmtrw

go 1.19
