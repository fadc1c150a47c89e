package main

func main(){
}
