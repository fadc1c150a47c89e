package multipart

import "net/textproto"

// readMIMEHeader is net/textproto's (gc: //go:linkname), reached through the bridge the
// textproto overlay exports.
func readMIMEHeader(r *textproto.Reader, maxMemory, maxHeaders int64) (textproto.MIMEHeader, error) {
	return textproto.GavaReadMIMEHeader(r, maxMemory, maxHeaders)
}
