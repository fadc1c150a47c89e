module example.com/sync

go 1.19
