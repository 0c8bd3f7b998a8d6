package rediskv

import "github.com/redis/go-redis/v9"

// prelude is shared by the write scripts. KEYS[1..3] are the tenant's
// "#usage", "#exp" and "#size" keys.
const prelude = `
local usage, expk, sizek = KEYS[1], KEYS[2], KEYS[3]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)

-- forget accounts for a key with a TTL that Redis has expired.
local function forget(k)
  local sz = redis.call('HGET', sizek, k)
  if sz then
    redis.call('HINCRBY', usage, 'n', -1)
    redis.call('HINCRBY', usage, 'b', -tonumber(sz))
  end
  redis.call('ZREM', expk, k)
  redis.call('HDEL', sizek, k)
end

-- reap forgets up to limit expired keys of the tenant.
local function reap(limit)
  local n = 0
  for _, k in ipairs(redis.call('ZRANGEBYSCORE', expk, '-inf', now, 'LIMIT', 0, limit)) do
    if redis.call('EXISTS', k) == 0 then
      forget(k)
      n = n + 1
    end
  end
  return n
end

-- settle forgets k now if it is expired but not yet reclaimed.
local function settle(k)
  if redis.call('ZSCORE', expk, k) and redis.call('EXISTS', k) == 0 then
    forget(k)
  end
end
`

// setSrc: KEYS[4] is the data key. ARGV: value, mode ("px" with ARGV[3]
// milliseconds, "none", or "keep" the current TTL), ARGV[3], key length,
// max keys, max bytes, cas ("-" none, "missing", or "value" = ARGV[8]).
// Returns 1 when written, 0 when the compare-and-set failed.
const setSrc = prelude + `
local k, v, klen = KEYS[4], ARGV[1], tonumber(ARGV[4])
settle(k)
local exists = redis.call('EXISTS', k) == 1
if ARGV[7] == 'missing' and exists then return 0 end
if ARGV[7] == 'value' and (not exists or redis.call('GET', k) ~= ARGV[8]) then return 0 end
reap(16)
local dn, db = 1, klen + #v
if exists then dn, db = 0, #v - redis.call('STRLEN', k) end
local mk, mb = tonumber(ARGV[5]), tonumber(ARGV[6])
local function over()
  local u = redis.call('HMGET', usage, 'n', 'b')
  local n, b = tonumber(u[1]) or 0, tonumber(u[2]) or 0
  if (dn > 0 and mk > 0 and n + dn > mk) or (db > 0 and mb > 0 and b + db > mb) then
    return string.format('WLQUOTA %d %d', n, b)
  end
end
if over() then
  reap(1000)
  local e = over()
  if e then return redis.error_reply(e) end
end
if ARGV[2] == 'keep' then
  redis.call('SET', k, v, 'KEEPTTL')
  if redis.call('ZSCORE', expk, k) then redis.call('HSET', sizek, k, klen + #v) end
elseif ARGV[2] == 'px' then
  local at = now + tonumber(ARGV[3])
  redis.call('SET', k, v)
  redis.call('PEXPIREAT', k, at)
  redis.call('ZADD', expk, at, k)
  redis.call('HSET', sizek, k, klen + #v)
else
  redis.call('SET', k, v)
  redis.call('ZREM', expk, k)
  redis.call('HDEL', sizek, k)
end
redis.call('HINCRBY', usage, 'n', dn)
redis.call('HINCRBY', usage, 'b', db)
return 1
`

// delSrc: KEYS[4...] are data keys, ARGV[1] the length of their store
// prefix. Returns how many live keys it deleted.
const delSrc = prelude + `
local plen, deleted = tonumber(ARGV[1]), 0
for i = 4, #KEYS do
  local k = KEYS[i]
  settle(k)
  if redis.call('EXISTS', k) == 1 then
    local sz = #k - plen + redis.call('STRLEN', k)
    redis.call('UNLINK', k)
    redis.call('ZREM', expk, k)
    redis.call('HDEL', sizek, k)
    redis.call('HINCRBY', usage, 'n', -1)
    redis.call('HINCRBY', usage, 'b', -sz)
    deleted = deleted + 1
  end
end
reap(16)
return deleted
`

// scripts are a Backend's Lua scripts (each caches its SHA).
type scripts struct {
	set, del *redis.Script
}

func newScripts() scripts {
	return scripts{set: redis.NewScript(setSrc), del: redis.NewScript(delSrc)}
}
