package reflect

// A SelectDir describes the communication direction of a select case.
type SelectDir int

const (
	_             SelectDir = iota
	SelectSend              // case Chan <- Send
	SelectRecv              // case <-Chan:
	SelectDefault           // default
)

// A SelectCase describes a single case in a select operation.
type SelectCase struct {
	Dir  SelectDir // direction of case
	Chan Value     // channel to use (for send or receive)
	Send Value     // value to send (for send)
}

//gava:java gava.runtime.RValueFuncs.select
func rvSelect(dirs []int, chans []any, sends []any) any

//gava:java gava.runtime.RValueFuncs.selectChosen
func rvSelectChosen(r any) int

//gava:java gava.runtime.RValueFuncs.selectRecv
func rvSelectRecv(r any) any

//gava:java gava.runtime.RValueFuncs.selectOk
func rvSelectOk(r any) bool

// Select executes a select operation described by the list of cases.
func Select(cases []SelectCase) (chosen int, recv Value, recvOK bool) {
	if len(cases) > 65536 {
		panic("reflect.Select: too many cases (max 65536)")
	}
	dirs := make([]int, len(cases))
	chans := make([]any, len(cases))
	sends := make([]any, len(cases))
	haveDefault := false
	for i, c := range cases {
		dirs[i] = int(c.Dir)
		switch c.Dir {
		default:
			panic("reflect.Select: invalid Dir")
		case SelectDefault:
			if haveDefault {
				panic("reflect.Select: multiple default cases")
			}
			haveDefault = true
			if c.Chan.IsValid() {
				panic("reflect.Select: default case has Chan value")
			}
			if c.Send.IsValid() {
				panic("reflect.Select: default case has Send value")
			}
		case SelectSend:
			ch := c.Chan
			if !ch.IsValid() {
				// a nil channel: never ready
				dirs[i] = int(SelectRecv)
				break
			}
			ch.mustBe(Chan, "reflect.Select")
			ch.mustBeExported("reflect.Select")
			if ChanDir(ch.Type().ChanDir())&SendDir == 0 {
				panic("reflect.Select: SendDir case using recv-only channel")
			}
			v := c.Send
			if !v.IsValid() {
				panic("reflect.Select: SendDir case missing Send value")
			}
			v.mustBeExported("reflect.Select")
			v = v.assignTo("reflect.Select", ch.Type().Elem())
			chans[i] = ch.h
			sends[i] = v.h
		case SelectRecv:
			if c.Send.IsValid() {
				panic("reflect.Select: RecvDir case has Send value")
			}
			ch := c.Chan
			if !ch.IsValid() {
				break
			}
			ch.mustBe(Chan, "reflect.Select")
			ch.mustBeExported("reflect.Select")
			if ChanDir(ch.Type().ChanDir())&RecvDir == 0 {
				panic("reflect.Select: RecvDir case using send-only channel")
			}
			chans[i] = ch.h
		}
	}
	r := rvSelect(dirs, chans, sends)
	chosen = rvSelectChosen(r)
	if cases[chosen].Dir == SelectRecv {
		if h := rvSelectRecv(r); h != nil {
			recv = Value{h}
		} else {
			recv = Zero(cases[chosen].Chan.Type().Elem())
		}
		recvOK = rvSelectOk(r)
	}
	return chosen, recv, recvOK
}

// TrySend attempts to send x on the channel v but will not block.
func (v Value) TrySend(x Value) bool {
	v.mustBe(Chan, "reflect.Value.TrySend")
	chosen, _, _ := Select([]SelectCase{{Dir: SelectSend, Chan: v, Send: x}, {Dir: SelectDefault}})
	return chosen == 0
}

// TryRecv attempts to receive a value from the channel v but will not block.
func (v Value) TryRecv() (x Value, ok bool) {
	v.mustBe(Chan, "reflect.Value.TryRecv")
	chosen, r, ok := Select([]SelectCase{{Dir: SelectRecv, Chan: v}, {Dir: SelectDefault}})
	if chosen != 0 {
		return Value{}, false
	}
	return r, ok
}
