module example.com/vtt

go 1.19
