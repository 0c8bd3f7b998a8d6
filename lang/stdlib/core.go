package stdlib

import "github.com/wasmling/wasmling/lang"

// registerCore adds json, math, re, time, datetime, random, string,
// base64, hashlib, hmac, uuid, secrets and platform.
func registerCore(m map[string]lang.ModuleInit) {
	m["json"] = jsonModule
	m["math"] = mathModule
	m["random"] = randomModule
	m["string"] = stringModule
	m["base64"] = base64Module
	m["hashlib"] = hashlibModule
	m["hmac"] = hmacModule
	m["uuid"] = uuidModule
	m["secrets"] = secretsModule
	m["platform"] = platformModule
	m["re"] = reModule
	m["time"] = timeModule
	m["_datetime"] = datetimeHelperModule
	m["datetime"] = lang.SourceModule("datetime", "<datetime>", datetimeSource)
}
