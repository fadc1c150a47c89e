module example.com/vetc

go 1.19
