module example.com/tidymissing

go 1.19

require example.com/a v1.0.0
