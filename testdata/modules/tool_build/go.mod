module example.com/toolbuild

go 1.19
