-- Coroutines: generators, passing values both ways, status, wrap, yield across pcall,
-- errors inside a coroutine, close, isyieldable, running, and a producer/consumer pipeline.
local function gen(n)
  return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end)
end
local s = 0
for v in gen(100) do s = s + v end
print("sum", s)
local co = coroutine.create(function(a, b)
  print("start", a, b)
  local c = coroutine.yield(a + b)
  print("got", c)
  local d, e = coroutine.yield(c * 2)
  print("got", d, e)
  return "done", d + e
end)
print(coroutine.status(co))
print(coroutine.resume(co, 1, 2))
print(coroutine.status(co))
print(coroutine.resume(co, 10))
print(coroutine.resume(co, 3, 4))
print(coroutine.status(co), coroutine.resume(co))
local bad = coroutine.create(function() error("boom") end)
local ok, err = coroutine.resume(bad)
print(ok, err:match("boom") ~= nil, coroutine.status(bad))
local bad2 = coroutine.create(function() error({code = 42}) end)
local ok2, e2 = coroutine.resume(bad2)
print(ok2, type(e2), e2.code)
local y = coroutine.wrap(function()
  local ok, v = pcall(function()
    local got = coroutine.yield("inside pcall")
    error("after " .. got)
  end)
  coroutine.yield(tostring(ok) .. " " .. v:gsub("^.-: ", ""))
  return "end"
end)
print(y()); print(y("resume")); print(y())
print(coroutine.isyieldable(), type(coroutine.running()), select(2, coroutine.running()))
local main, ismain = coroutine.running()
print(type(main), ismain)
local c3 = coroutine.create(function() coroutine.yield() end)
coroutine.resume(c3)
print(coroutine.close(c3), coroutine.status(c3))
local function producer()
  return coroutine.create(function()
    for _, w in ipairs({"one", "two", "three", "four"}) do coroutine.yield(w) end
  end)
end
local function filter(p)
  return coroutine.create(function()
    while true do
      local _, w = coroutine.resume(p)
      if not w then return end
      if #w > 3 then coroutine.yield(w:upper()) end
    end
  end)
end
local f = filter(producer())
while true do
  local _, w = coroutine.resume(f)
  if not w then break end
  print("consumed", w)
end
local nest = coroutine.wrap(function()
  local inner = coroutine.wrap(function() coroutine.yield(1); coroutine.yield(2) end)
  coroutine.yield(inner() + 10)
  coroutine.yield(inner() + 20)
end)
print(nest(), nest())
local many = {}
for i = 1, 1000 do many[i] = coroutine.create(function(x) coroutine.yield(x * 2); return x * 3 end) end
local tot = 0
for i = 1, 1000 do local _, v = coroutine.resume(many[i], i); tot = tot + v end
for i = 1, 1000 do local _, v = coroutine.resume(many[i]); tot = tot + v end
print("many", tot)
print(select(2, coroutine.resume(coroutine.create(function() return coroutine.resume(coroutine.running()) end))))
