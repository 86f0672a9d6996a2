-- Errors: error with strings, tables and levels, pcall/xpcall with handlers and tracebacks,
-- assert, errors from the runtime (arithmetic on nil, indexing nil, calling nil, comparing
-- mixed types, integer division by zero, string to integer), error objects with __tostring,
-- nested pcall, error in a message handler, and the stack overflow error.
local function strip(m) return (tostring(m):gsub("^[^:]*:%d+: ", "")) end
print(pcall(error, "plain"))
print(pcall(error, "with level 0", 0))
print(select(2, pcall(function() error("in function") end)):match("errors.lua:%d+: in function") ~= nil)
print(select(2, pcall(function() error("level 2", 2) end)))
local e = select(2, pcall(error, {code = 7}))
print(type(e), e.code)
print(pcall(error))
print(pcall(assert, false))
print(pcall(assert, nil, "custom assert"))
print(pcall(assert, 1, 2, 3))
local tests = {
  function() return nil + 1 end,
  function() local t = nil; return t.x end,
  function() local f; f() end,
  function() return {} < {} end,
  function() return 1 < "2" end,
  function() return 1 // 0 end,
  function() return 1 % 0 end,
  function() return ("abc") + 1 end,
  function() return #nil end,
  function() return -{} end,
  function() return math.maxinteger + 1.5 | 0 end,
  function() return 2^63 | 0 end,
  function() return "1.5" | 0 end,
  function() local a = {}; a[nil] = 1 end,
  function() local a = {}; a[0/0] = 1 end,
  function() return ("x"):bad() end,
  function() setmetatable(1, {}) end,
  function() return string.rep("x", 1 << 40) end,
}
for i, f in ipairs(tests) do
  local ok, m = pcall(f)
  print(i, ok, strip(m))
end
print(1 // 0.0, -1 // 0.0, 1 % math.huge, 5 // 0.0 > 0)
local function handler(m) return "handled: " .. strip(m) end
print(xpcall(function() error("oops") end, handler))
print(xpcall(function(a, b) return a + b end, handler, 3, 4))
print(xpcall(function() error("x") end, function(m) error("again") end))
local tb = select(2, xpcall(function() local x = nil; return x.y end, debug.traceback))
print(tb:match("stack traceback:") ~= nil, tb:match("attempt to index") ~= nil)
local E = setmetatable({}, {__tostring = function() return "custom error object" end})
print(select(2, pcall(error, E)) == E, tostring(E))
print(pcall(pcall, error, "nested"))
local function overflow(n) return overflow(n + 1) + 1 end
local ok, m = pcall(overflow, 1)
print(ok, (strip(m):match("stack overflow")))
local co = coroutine.wrap(function() error("in coroutine") end)
print(pcall(co))
local ok2, m2 = pcall(string.rep)
print(ok2, m2)
print(select("#", pcall(error, nil)), pcall(error, nil))
local t = setmetatable({}, {__index = function(t, k) error("no field " .. k) end})
print(pcall(function() return t.missing end))
print(tostring(nil), tostring(false), type(print), type(nil))
print(load("return 1 +")) 
print(load("x = ", "chunk"))
print(load("return ...", "=va")(1, 2))
local env = {y = 5}
print(load("return y * 2", "c", "t", env)())
print(pcall(load("error('from loaded chunk')", "=loaded")))
