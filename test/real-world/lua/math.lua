-- math: floor/ceil/abs/max/min/fmod/modf/sqrt/exp/log (bases)/sin/cos/tan/asin/acos/atan,
-- huge, pi, tointeger, type, ult, integer and float random with a fixed seed, and rounding
-- at the edges (printed with %.14g or as integers, what Lua prints).
print(math.floor(3.7), math.ceil(3.2), math.floor(-3.7), math.ceil(-3.2), math.floor(5))
print(math.abs(-4), math.abs(-4.5), math.abs(math.mininteger), math.max(1, 5, 3), math.min(2.5, -1, 7))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(7.5, 2), math.fmod(-6, 4))
print(math.modf(3.7), math.modf(-3.7), math.modf(5), math.modf(1/0))
print(math.sqrt(2), math.sqrt(144), math.exp(1), math.exp(0))
print(math.log(100, 10), math.log(8, 2), math.log(math.exp(2)), math.log(1024, 4), math.log(0))
print(math.sin(math.pi / 6), math.cos(math.pi / 3), math.tan(math.pi / 4), math.sin(0))
print(math.asin(1), math.acos(0), math.atan(1), math.atan(1, -1), math.atan(-1, -1), math.atan(0, -1))
print(math.huge, -math.huge, math.pi, math.maxinteger, math.mininteger)
print(math.tointeger(3.0), math.tointeger(3.5), math.tointeger("8"), math.tointeger(2^63))
print(math.type(1), math.type(1.0), math.type("1"), math.ult(1, -1), math.ult(-1, 1))
math.randomseed(42)
local r = {}
for i = 1, 5 do r[i] = math.random(1, 100) end
print(table.concat(r, " "))
print(math.random(0) ~= nil, math.random(7, 7), math.random() < 1)
math.randomseed(42, 7)
local fl = math.random()
print(fl >= 0 and fl < 1, string.format("%.17g", fl))
math.randomseed(123)
local counts = {0, 0, 0, 0, 0, 0}
for i = 1, 6000 do local d = math.random(6); counts[d] = counts[d] + 1 end
print(table.concat(counts, " "))
print(pcall(math.random, 2, 1))
print(math.floor(-0.0), 1 / math.floor(-0.0) < 0, math.ceil(-0.5))
print(string.format("%.14g %.14g %.14g", math.sin(1e22), math.cos(1e10), math.exp(-745)))
print(string.format("%.14g %.14g", math.log(2^-1074), 2^1023 * 1.5))
local s = 0
for i = 1, 100000 do s = s + math.sqrt(i) * math.sin(i) end
print(string.format("%.10f", s))
print(8 % 3.5, -8 % 3.5, 2^0.5, (-8)^(1/3) ~= (-8)^(1/3), 0^0, 10 % -3, -10 % 3)
