module example.com/vetf

go 1.19
