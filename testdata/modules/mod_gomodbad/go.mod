module example.com/modgomodbad

go 1.19
foo bar
