module example.com/vett

go 1.19
