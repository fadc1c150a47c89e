module example.com/modinit

go 1.19
