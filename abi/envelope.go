package abi

// Status bytes that start every reply envelope.
const (
	StatusOK    byte = 0 // followed by the payload
	StatusError byte = 1 // followed by two str values: exception type and message
)

// An Exception is an error envelope: the exception a script should see.
type Exception struct {
	Type    string // exception type name, e.g. "KeyError"
	Message string
}

// Error returns "Type: Message".
func (e *Exception) Error() string {
	if e.Message == "" {
		return e.Type
	}
	return e.Type + ": " + e.Message
}

// AppendOK appends the status of an OK envelope to dst; the caller then
// appends the payload.
func AppendOK(dst []byte) []byte {
	return append(dst, StatusOK)
}

// AppendError appends an error envelope for exception typ with message msg
// to dst. Invalid UTF-8 is replaced, so the envelope always decodes.
func AppendError(dst []byte, typ, msg string) []byte {
	dst = append(dst, StatusError)
	dst = appendStr(dst, typ)
	return appendStr(dst, msg)
}

// ParseReply splits an envelope: for an OK envelope it returns the payload
// (a view of reply); for an error envelope it returns an *Exception; for a
// malformed envelope a *DecodeError.
func ParseReply(reply []byte) (payload []byte, err error) {
	if len(reply) == 0 {
		return nil, &DecodeError{Reason: "empty reply envelope"}
	}
	switch reply[0] {
	case StatusOK:
		return reply[1:], nil
	case StatusError:
		var d Decoder
		d.Reset(reply[1:])
		typ, err := d.Str()
		if err != nil {
			return nil, err
		}
		msg, err := d.Str()
		if err != nil {
			return nil, err
		}
		if err := d.End(); err != nil {
			return nil, err
		}
		return nil, &Exception{Type: typ, Message: msg}
	}
	return nil, &DecodeError{Reason: "bad reply status byte"}
}
