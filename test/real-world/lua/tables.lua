-- Tables: array part and hash part, length, insert/remove/move/unpack/sort with and without
-- a comparator, next/pairs (sorted for a stable order), metatables (__index, __newindex,
-- __call, __len, __eq, __lt, __le, __concat, __close, __gc, __tostring, __name), rawget/rawset.
local t = {}
for i = 1, 100 do t[i] = i * i end
print(#t, t[1], t[100], t[101])
table.insert(t, 1, 0)
table.insert(t, 10201)
print(#t, t[1], t[2], t[#t])
print(table.remove(t), table.remove(t, 1), #t)
print(table.unpack({1, 2, 3, nil, 5}, 1, 5))
print(select("#", table.unpack({}, 1, 3)), select(-1, 1, 2, 3))
local m = table.move({1, 2, 3, 4, 5}, 2, 4, 1)
print(table.concat(m, " "))
local words = {"pear", "apple", "fig", "banana", "cherry", "date", "elderberry"}
table.sort(words)
print(table.concat(words, " "))
table.sort(words, function(a, b) return #a < #b or (#a == #b and a > b) end)
print(table.concat(words, " "))
local nums = {}
local x = 12345
for i = 1, 1000 do x = (x * 1103515245 + 12345) % 2147483648; nums[i] = x % 1000 end
table.sort(nums)
local ok = true
for i = 2, #nums do if nums[i - 1] > nums[i] then ok = false end end
print("sorted 1000", ok, nums[1], nums[500], nums[1000])
local h = {alpha = 1, beta = 2, gamma = 3, [1.5] = "f", [true] = "b"}
h.delta = 4
h.beta = nil
local keys = {}
for k in pairs(h) do keys[#keys + 1] = tostring(k) end
table.sort(keys)
print(table.concat(keys, " "))
local n = 0
for k, v in next, h do n = n + 1 end
print("entries", n)
local big = {}
for i = 1, 50000 do big["k" .. i] = i end
for i = 1, 50000, 2 do big["k" .. i] = nil end
local sum = 0
for k, v in pairs(big) do sum = sum + v end
print("hash sum", sum)

local Vec = {}
Vec.__index = Vec
Vec.__name = "Vec"
local function vec(x, y) return setmetatable({x = x, y = y}, Vec) end
Vec.__add = function(a, b) return vec(a.x + b.x, a.y + b.y) end
Vec.__eq = function(a, b) return a.x == b.x and a.y == b.y end
Vec.__lt = function(a, b) return a.x < b.x end
Vec.__le = function(a, b) return a.x <= b.x end
Vec.__len = function(a) return 2 end
Vec.__tostring = function(a) return "(" .. a.x .. "," .. a.y .. ")" end
Vec.__concat = function(a, b) return tostring(a) .. tostring(b) end
Vec.__call = function(self, k) return self[k] end
Vec.__unm = function(a) return vec(-a.x, -a.y) end
function Vec:norm2() return self.x * self.x + self.y * self.y end
local a, b = vec(1, 2), vec(3, 4)
print(tostring(a + b), a == vec(1, 2), a < b, b <= a, #a, a .. b, a("y"), tostring(-a), b:norm2())
local defaults = setmetatable({}, {__index = function(t, k) return k .. "?" end})
print(defaults.foo, rawget(defaults, "foo"))
local log = {}
local proxy = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = k; rawset(t, k, v * 2) end})
proxy.a = 1; proxy.b = 2; proxy.a = 5
print(proxy.a, proxy.b, table.concat(log, ","))
do
  local res <close> = setmetatable({}, {__close = function() print("closed at end of block") end})
  print("in block")
end
local gced = 0
for i = 1, 100 do setmetatable({}, {__gc = function() gced = gced + 1 end}) end
collectgarbage()
collectgarbage()
print("finalizers ran", gced)
local weak = setmetatable({}, {__mode = "k"})
weak[{}] = 1
collectgarbage()
print("weak entries", next(weak) == nil)
print(rawequal(a, a), rawequal(a, vec(1, 2)), rawlen({1, 2, 3}), rawlen("abcd"))
