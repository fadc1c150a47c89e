module example.com/modproxy

go 1.19

require example.com/dep v1.0.0
