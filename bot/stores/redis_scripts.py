"""The Lua scripts `bot.stores.redis.RedisStore` runs: each check-and-write, atomic on the server.

Expiry is judged by the caller's clock: every script takes "now" in milliseconds among its
arguments.

Every key a script is given carries the namespace's hash tag, so a Redis Cluster takes it (all
of a script's keys in one slot).
"""

# Shared by the scripts below. A claim is kept as "<expires ms>|<owner>", and outlives its
# lease by KEEP ms so that its owner can still renew it if nobody has claimed it since.
_HELPERS = """
local KEEP = 300000
local function live(key, now)
    local held = redis.call('GET', key)
    return held and (tonumber(string.match(held, '^[^|]*')) or 0) > now
end
local function taken(key, owner, now)
    local held = redis.call('GET', key)
    if not held then return false end
    local expires, who = string.match(held, '^([^|]*)|?(.*)$')
    return (tonumber(expires) or 0) > now and who ~= owner
end
local function mine(key, owner)
    local held = redis.call('GET', key)
    return held and string.match(held, '|(.*)$') == owner
end
local function finished(key, now)
    return (tonumber(redis.call('GET', key)) or 0) > now
end
local function claim(key, done, now, ttl, owner)
    if finished(done, now) or live(key, now) then return 0 end
    redis.call('SET', key, string.format('%d', now + ttl) .. '|' .. owner, 'PX', ttl + KEEP)
    return 1
end
local function get(key, now)
    local found = redis.call('HMGET', key, 'val', 'ver', 'exp')
    if not found[1] or tonumber(found[3]) <= now then return false end
    return {found[1], found[2]}
end
"""

# KEYS: the value's hash[, the claim it is written under]; ARGV: expected version ('' for
# none), value, now ms, ttl ms[, owner]. Returns the new version, {'conflict', found} where
# found is -1 for an absent key, or {'claim_lost'}.
PUT = (
    _HELPERS
    + """
local now = tonumber(ARGV[3])
if ARGV[5] and taken(KEYS[2], ARGV[5], now) then return {'claim_lost'} end
local found = redis.call('HMGET', KEYS[1], 'ver', 'exp')
local version = tonumber(found[1])
local expires = tonumber(found[2])
if version ~= nil and (expires == nil or expires <= now) then version = nil end
local expected = tonumber(ARGV[1])
if version ~= expected then return {'conflict', version or -1} end
local new = (version or 0) + 1
local ttl = tonumber(ARGV[4])
redis.call('HSET', KEYS[1], 'val', ARGV[2], 'ver', new, 'exp', now + ttl)
redis.call('PEXPIRE', KEYS[1], ttl)
return new
"""
)

# KEYS[1] the value's hash; ARGV: now ms. Returns {value, version} or false.
GET = (
    _HELPERS
    + """
return get(KEYS[1], tonumber(ARGV[1]))
"""
)

# KEYS: the event's claim, its finished mark; ARGV: now ms, ttl ms, owner. 1 if claimed.
CLAIM = (
    _HELPERS
    + """
return claim(KEYS[1], KEYS[2], tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3])
"""
)

# KEYS: the event's claim, its finished mark, the value's hash; ARGV: now ms, ttl ms, owner.
# Returns {1 if claimed else 0, value, version}, without the value if there is none.
CLAIM_AND_GET = (
    _HELPERS
    + """
local now = tonumber(ARGV[1])
local claimed = claim(KEYS[1], KEYS[2], now, tonumber(ARGV[2]), ARGV[3])
local found = get(KEYS[3], now)
if not found then return {claimed} end
return {claimed, found[1], found[2]}
"""
)

# KEYS: the event's claim, its finished mark; ARGV: now ms, lease ms, owner. 1 if renewed.
RENEW = (
    _HELPERS
    + """
local now = tonumber(ARGV[1])
if finished(KEYS[2], now) then return 0 end
if not mine(KEYS[1], ARGV[3]) then return 0 end
local ttl = tonumber(ARGV[2])
redis.call('SET', KEYS[1], string.format('%d', now + ttl) .. '|' .. ARGV[3], 'PX', ttl + KEEP)
return 1
"""
)

# KEYS: the event's claim, its finished mark, its delivered parts; ARGV: now ms, owner, parts,
# ttl ms. 1 if released. The parts, if any, are kept as "<expires ms>|<parts>" apart from the
# claim deleted here.
RELEASE = (
    _HELPERS
    + """
local now = tonumber(ARGV[1])
if finished(KEYS[2], now) then return 0 end
if not mine(KEYS[1], ARGV[2]) then return 0 end
redis.call('DEL', KEYS[1])
local parts = tonumber(ARGV[3])
if parts > 0 then
    local ttl = tonumber(ARGV[4])
    redis.call('SET', KEYS[3], string.format('%d|%d', now + ttl, parts), 'PX', ttl)
end
return 1
"""
)

# KEYS: the event's claim, its finished mark; ARGV: now ms, ttl ms, owner. 1 if finished.
FINISH = (
    _HELPERS
    + """
local now = tonumber(ARGV[1])
if taken(KEYS[1], ARGV[3], now) then return 0 end
redis.call('SET', KEYS[2], string.format('%d', now + tonumber(ARGV[2])), 'PX', ARGV[2])
return 1
"""
)

# KEYS: the hashes to remove; ARGV: now ms. Returns how many of them had not expired.
DELETE_COUNTING_LIVE = """
local live = 0
local now = tonumber(ARGV[1])
for _, key in ipairs(KEYS) do
    local expires = tonumber(redis.call('HGET', key, 'exp'))
    if expires ~= nil and expires > now then live = live + 1 end
    redis.call('DEL', key)
end
return live
"""
