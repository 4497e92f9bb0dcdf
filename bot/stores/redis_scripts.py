"""The Lua scripts `bot.stores.redis.RedisStore` runs: each check-and-write, atomic on the server.

Expiry is judged by the caller's clock: every script takes "now" in milliseconds among its
arguments.

Every key a script is given carries the namespace's hash tag, so a Redis Cluster takes it (all
of a script's keys in one slot). While the store may hold keys written by the release before
round 58 (untagged: that release ran only on a single server, where a script's keys need not
share a slot), a script is given each of its keys twice: by its name, then by its old name
after all of them (`was(i)` below, nil on a cluster); what it reads it reads under the old name
when the new one is missing, and what it writes it writes under the new one.
"""

# Shared by the scripts below. A claim is kept as "<expires ms>|<owner>", and outlives its
# lease by KEEP ms so that its owner can still renew it if nobody has claimed it since. `N` is
# how many keys a script names (set by each script before it uses `was`).
_HELPERS = """
local KEEP = 300000
local N = 0
local function was(i)
    return KEYS[N + i]
end
local function live(key, now)
    if not key then return false end
    local held = redis.call('GET', key)
    return held and (tonumber(string.match(held, '^[^|]*')) or 0) > now
end
local function taken(key, owner, now)
    if not key then return false end
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
    if not key then return false end
    return (tonumber(redis.call('GET', key)) or 0) > now
end
local function claim(key, done, now, ttl, owner, old_key, old_done)
    if finished(done, now) or finished(old_done, now) then return 0 end
    if live(key, now) or live(old_key, now) then return 0 end
    redis.call('SET', key, string.format('%d', now + ttl) .. '|' .. owner, 'PX', ttl + KEEP)
    return 1
end
local function current(key, old_key)
    if old_key and redis.call('EXISTS', key) == 0 then return old_key end
    return key
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
if ARGV[5] then N = 2 else N = 1 end
local now = tonumber(ARGV[3])
if N == 2 and (taken(KEYS[2], ARGV[5], now) or taken(was(2), ARGV[5], now)) then
    return {'claim_lost'}
end
local found = redis.call('HMGET', current(KEYS[1], was(1)), 'ver', 'exp')
local version = tonumber(found[1])
local expires = tonumber(found[2])
if version ~= nil and (expires == nil or expires <= now) then version = nil end
local expected = tonumber(ARGV[1])
if version ~= expected then return {'conflict', version or -1} end
local new = (version or 0) + 1
local ttl = tonumber(ARGV[4])
redis.call('HSET', KEYS[1], 'val', ARGV[2], 'ver', new, 'exp', now + ttl)
redis.call('PEXPIRE', KEYS[1], ttl)
if was(1) then redis.call('DEL', was(1)) end
return new
"""
)

# KEYS[1] the value's hash; ARGV: now ms. Returns {value, version} or false.
GET = (
    _HELPERS
    + """
N = 1
return get(current(KEYS[1], was(1)), tonumber(ARGV[1]))
"""
)

# KEYS: the event's claim, its finished mark; ARGV: now ms, ttl ms, owner. 1 if claimed.
CLAIM = (
    _HELPERS
    + """
N = 2
return claim(KEYS[1], KEYS[2], tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3], was(1), was(2))
"""
)

# KEYS: the event's claim, its finished mark, the value's hash; ARGV: now ms, ttl ms, owner.
# Returns {1 if claimed else 0, value, version}, without the value if there is none.
CLAIM_AND_GET = (
    _HELPERS
    + """
N = 3
local now = tonumber(ARGV[1])
local claimed = claim(KEYS[1], KEYS[2], now, tonumber(ARGV[2]), ARGV[3], was(1), was(2))
local found = get(current(KEYS[3], was(3)), now)
if not found then return {claimed} end
return {claimed, found[1], found[2]}
"""
)

# KEYS: the event's claim, its finished mark; ARGV: now ms, lease ms, owner. 1 if renewed. (A
# claim under the old name is not this release's to renew.)
RENEW = (
    _HELPERS
    + """
N = 2
local now = tonumber(ARGV[1])
if finished(KEYS[2], now) or finished(was(2), now) then return 0 end
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
N = 3
local now = tonumber(ARGV[1])
if finished(KEYS[2], now) or finished(was(2), now) then return 0 end
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
N = 2
local now = tonumber(ARGV[1])
if taken(KEYS[1], ARGV[3], now) or taken(was(1), ARGV[3], now) then return 0 end
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
