module example.com/modvendor

go 1.19

require example.com/dep v1.0.0
