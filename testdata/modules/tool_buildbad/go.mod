module example.com/toolbuildbad

go 1.19
