package main
import ("fmt"
"strings")
type point struct{x,y int
name string}
func (p point)String()string{return fmt.Sprintf("%s(%d,%d)",p.name,p.x,p.y)}
func main(){
ps:=[]point{point{1,2,"a"},point{x:3,y:4,name:"bb"}}
for i:=0;i<len(ps);i++{fmt.Println(strings.ToUpper(ps[i].String()))
}
var m=map[string]int{"one":1,
"three":3}
_=m
}
