module example.com/embedtest

go 1.19
