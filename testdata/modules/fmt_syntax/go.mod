module example.com/fmtsyntax

go 1.19
