-- Closures and upvalues: counters, shared upvalues, loops creating a closure per iteration,
-- recursion, varargs, multiple results, tail calls (deep), and functions as values.
local function counter()
  local n = 0
  return function() n = n + 1; return n end, function() return n end
end
local inc, get = counter()
inc(); inc(); inc()
print(get())
local fs = {}
for i = 1, 5 do fs[i] = function() return i * 10 end end
print(fs[1](), fs[3](), fs[5]())
local acc = {}
local j = 0
while j < 3 do
  j = j + 1
  local k = j
  acc[j] = function() k = k + 100; return k end
end
print(acc[1](), acc[1](), acc[2](), acc[3]())
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print(fib(25))
local function memo(f)
  local cache = {}
  return function(n)
    local v = cache[n]
    if v == nil then v = f(n); cache[n] = v end
    return v
  end
end
local mfib
mfib = memo(function(n) if n < 2 then return n end return mfib(n - 1) + mfib(n - 2) end)
print(mfib(90))
local function va(...)
  local n = select("#", ...)
  local t = {...}
  return n, #t, ...
end
print(va())
print(va(1, nil, 3))
print((va(1, 2, 3)))
local function tail(n, acc) if n == 0 then return acc end return tail(n - 1, acc + n) end
print(tail(1000000, 0))
local function pack2(...) return table.pack(...) end
local p = pack2(nil, nil)
print(p.n, p[1], p[2])
local compose = function(f, g) return function(...) return f(g(...)) end end
local add1 = function(x) return x + 1 end
local dbl = function(x) return x * 2 end
print(compose(add1, dbl)(5), compose(dbl, add1)(5))
local function curry(f, a) return function(...) return f(a, ...) end end
print(curry(math.max, 7)(3, 9, 2))
print(pcall(string.rep))
print(select(2, pcall(error)))
local depth = 0
local function deep(n) if n == 0 then return 0 end depth = depth + 1; return 1 + deep(n - 1) end
print(deep(10000), depth)
print(string.format("%s", debug.traceback("tb", 1):match("^tb\nstack traceback:") ~= nil))
