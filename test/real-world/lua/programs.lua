-- Small programs: a sieve, a JSON-like serializer with sorted keys, a class hierarchy with
-- inheritance, string.pack/unpack of integers and floats in both byte orders, string.dump and
-- loading the binary chunk back, a queue, a word frequency count, and the garbage collector's
-- counters staying sane under allocation churn.
local function sieve(n)
  local is = {}
  for i = 2, n do is[i] = true end
  for i = 2, math.floor(math.sqrt(n)) do
    if is[i] then for j = i * i, n, i do is[j] = false end end
  end
  local c, last = 0, 0
  for i = 2, n do if is[i] then c = c + 1; last = i end end
  return c, last
end
print("primes", sieve(200000))

local function ser(v, ind)
  ind = ind or ""
  local t = type(v)
  if t == "table" then
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = k end
    table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
    local parts = {}
    for _, k in ipairs(keys) do parts[#parts + 1] = ind .. "  " .. tostring(k) .. ": " .. ser(v[k], ind .. "  ") end
    return "{\n" .. table.concat(parts, ",\n") .. "\n" .. ind .. "}"
  elseif t == "string" then
    return string.format("%q", v)
  else
    return tostring(v)
  end
end
print(ser({name = "lua", version = 5.4, list = {1, 2, 3}, nested = {ok = true, pi = math.pi}}))

local Animal = {}
Animal.__index = Animal
function Animal.new(name, sound) return setmetatable({name = name, sound = sound}, Animal) end
function Animal:speak() return self.name .. " says " .. self.sound end
local Dog = setmetatable({}, {__index = Animal})
Dog.__index = Dog
function Dog.new(name) local d = Animal.new(name, "woof"); return setmetatable(d, Dog) end
function Dog:fetch() return self.name .. " fetches" end
local d = Dog.new("Rex")
print(d:speak(), d:fetch(), getmetatable(d) == Dog, Animal.new("Cat", "meow"):speak())

local packed = string.pack("<i4 >i4 i8 d f s1 z B", -2, 258, math.mininteger, 1.5, 0.25, "hi", "zero", 255)
print(#packed, (packed:sub(1, 8):gsub(".", function(c) return string.format("%02x", c:byte()) end)))
print(string.unpack("<i4 >i4 i8 d f s1 z B", packed))
print(string.packsize("i4 i8 d"), pcall(string.pack, "i2", 70000))
print(string.unpack("<I2", "\1\2"), string.unpack(">I2", "\1\2"), string.unpack("<i3", "\255\255\255"))

local function adder(a) return function(b) return a + b + 0.5 end end
local chunk = string.dump(function(x) return x * 3 + 1 end)
print(type(chunk), chunk:sub(1, 4) == "\27Lua", load(chunk, "dumped", "b")(13))
local stripped = load(string.dump(adder(1), true))
print(pcall(stripped, 1))
print(load(chunk, "dumped", "t"))

local Queue = {first = 1, last = 0, items = {}}
function Queue:push(v) self.last = self.last + 1; self.items[self.last] = v end
function Queue:pop() local v = self.items[self.first]; self.items[self.first] = nil; self.first = self.first + 1; return v end
for i = 1, 10000 do Queue:push(i) end
local qs = 0
for i = 1, 9999 do qs = qs + Queue:pop() end
print("queue", qs, Queue:pop(), Queue:pop())

local text = [[the cat and the dog and the bird saw the other cat]]
local freq = {}
for w in text:gmatch("%a+") do freq[w] = (freq[w] or 0) + 1 end
local ws = {}
for w, c in pairs(freq) do ws[#ws + 1] = w end
table.sort(ws, function(a, b) if freq[a] ~= freq[b] then return freq[a] > freq[b] end return a < b end)
for i = 1, 4 do io.write(ws[i], "=", freq[ws[i]], " ") end
print()

local before = collectgarbage("count")
local keep = {}
for i = 1, 200000 do
  local t = {i, tostring(i), {i}}
  if i % 1000 == 0 then keep[#keep + 1] = t end
end
collectgarbage("collect")
local after = collectgarbage("count")
print("gc", #keep, after < before + 1000, collectgarbage("isrunning"), collectgarbage("step"))
print(collectgarbage("incremental"), collectgarbage("generational"), collectgarbage("incremental"))
local parts = {}
for i = 1, 10000 do parts[i] = string.char(65 + i % 26) end
local joined = table.concat(parts)
print(#joined, joined:sub(1, 30), select(2, joined:gsub("A", "")))
