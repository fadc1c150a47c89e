package textproto

// GavaReadMIMEHeader is readMIMEHeader (the size-limited ReadMIMEHeader) for mime/multipart,
// which gc lets reach it by //go:linkname; gava has no linkname to another package's function,
// so the overlay of mime/multipart calls this instead. Not part of Go's API: do not use.
func GavaReadMIMEHeader(r *Reader, maxMemory, maxHeaders int64) (MIMEHeader, error) {
	return readMIMEHeader(r, maxMemory, maxHeaders)
}
