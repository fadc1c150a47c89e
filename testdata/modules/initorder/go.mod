module example.com/io

go 1.19
