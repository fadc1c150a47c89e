module example.com/modvendorbad

go 1.19

require example.com/dep v1.1.0
