package main

func f( {
