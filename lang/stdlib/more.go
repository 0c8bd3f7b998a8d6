package stdlib

import (
	"embed"

	"github.com/wasmling/wasmling/lang"
)

//go:embed py/*.py
var pySources embed.FS

// source returns a ModuleInit running the embedded py/FILE as module name.
func source(name, file string) lang.ModuleInit {
	src, err := pySources.ReadFile("py/" + file)
	if err != nil {
		panic("stdlib: missing embedded source " + file)
	}
	return lang.SourceModule(name, "<"+name+">", string(src))
}

// registerMore adds collections, itertools, functools, operator, copy,
// io, sys, contextlib, textwrap, urllib.parse, statistics, shlex, html,
// html.parser, difflib, msgpack, typing, abc, collections.abc,
// dataclasses, enum and __future__.
//
// Types that scripts subclass (OrderedDict, Counter, namedtuple classes,
// HTMLParser, ABC, Enum...) are classes of embedded Scriptling sources
// (py/*.py), because scripts cannot subclass Go-native classes; the hot
// paths they need are private native modules (_collections,
// _htmlparser, _statistics...). Everything else is Go.
func registerMore(m map[string]lang.ModuleInit) {
	m["_collections"] = collectionsNative
	m["collections"] = source("collections", "collections.py")
	m["collections.abc"] = source("collections.abc", "collections_abc.py")
	m["itertools"] = itertoolsModule
	m["_functools"] = functoolsNative
	m["functools"] = source("functools", "functools.py")
	m["operator"] = operatorModule
	m["copy"] = source("copy", "copy.py")
	m["io"] = ioModule
	m["logging"] = source("logging", "logging.py")
	m["_sys"] = sysNative
	m["sys"] = source("sys", "sys.py")
	m["contextlib"] = source("contextlib", "contextlib.py")
	m["_textwrap"] = textwrapNative
	m["textwrap"] = source("textwrap", "textwrap.py")
	m["_urlparse"] = urlparseNative
	m["urllib.parse"] = source("urllib.parse", "urllib_parse.py")
	m["_statistics"] = statisticsNative
	m["statistics"] = source("statistics", "statistics.py")
	m["shlex"] = shlexModule
	m["html"] = htmlModule
	m["html.entities"] = htmlEntitiesModule
	m["_htmlparser"] = htmlParserNative
	m["html.parser"] = source("html.parser", "html_parser.py")
	m["difflib"] = source("difflib", "difflib.py")
	m["_msgpack"] = msgpackNative
	m["msgpack"] = source("msgpack", "msgpack.py")
	m["typing"] = source("typing", "typing.py")
	m["abc"] = source("abc", "abc.py")
	m["dataclasses"] = source("dataclasses", "dataclasses.py")
	m["enum"] = source("enum", "enum.py")
	m["__future__"] = source("__future__", "future.py")
}
