module example.com/sub
