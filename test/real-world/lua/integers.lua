-- Integer and float semantics (5.4): 64-bit integer wraparound, floor division and modulo
-- with negative operands, bitwise operators and shifts (logical, out of range), integer/float
-- equality and ordering, conversions (float to integer only when exact), string conversions,
-- // and % by zero for floats, comparisons between huge integers and floats.
local maxi, mini = math.maxinteger, math.mininteger
print(maxi + 1 == mini, mini - 1 == maxi, maxi * 2, mini * -1, -mini == mini)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7.0 // 2, -7.0 // 2, 7 % 2.5, -7 % 2.5, 5.3 % 1 < 0.31)
print(mini // -1, mini % -1)
print(3 & 5, 3 | 5, 3 ~ 5, ~0, ~5, 1 << 62, 1 << 63, 1 << 64, -1 >> 1, -1 >> 63, 2 >> -1)
print(0xFF, 0x7fffffffffffffff, 0xffffffffffffffff, 0x10000000000000000, 1e2 | 0)
print(1 == 1.0, math.type(2^53), 2^53 == 2^53 + 1, (2^53 | 0) + 1, 9007199254740993 == 2^53)
print(maxi + 0.0 == 2^63, maxi < 2^63, mini == -2^63, maxi + 0.0, mini + 0.0)
print(1 < 1.5, 2 > 1.5, -1 < -0.5, maxi < math.huge, mini > -math.huge, 0 == -0)
print(3 / 2, 4 / 2, math.type(4 / 2), 2^2, math.type(2^2), 10 // 3.0)
print(tostring(3) == "3", tostring(3.0) == "3.0", 3 | 0, math.type(3.0 | 0))
print(string.format("%d", 3.0), pcall(string.format, "%d", 3.5))
print("10" + 0, "10.0" + 0, "0x10" + 0, math.type("10" // 1), " 5 " + 1, "1e1" * 1)
print(tostring(1e15), tostring(1e16), tostring(-1e15), 2^63, -(2^63))
print(math.tointeger(2^62), math.tointeger(-2^63), math.tointeger(2^63))
print(123456789 * 987654321, 0x7fffffff * 0x7fffffff, (1 << 32) * (1 << 31))
print(17 // 0.0, -17 // 0.0, 0/0 ~= 0/0, 17 % math.huge, -17 % math.huge)
local s = 0
for i = 1, 1000000 do s = s + i * i end
print(s, s % 1000007)
local h = 0
for i = 1, 100000 do h = (h * 31 + i) & 0xffffffff end
print(h)
local x = 0x5DEECE66D
for i = 1, 100 do x = (x * 0x5DEECE66D + 0xB) end
print(x, x >> 16, x & 0xffff)
print(8 // 3 * 3 + 8 % 3, -8 // 3 * 3 + -8 % 3)
print(string.format("%x", -1 >> 4), string.format("%x", maxi ~ mini))
print(math.ult(maxi, mini), mini < maxi)
print(#tostring(mini), tostring(mini))
print(1e308 * 10 == math.huge, -1e308 * 10 == -math.huge)
print(2^-1074 > 0, 2^-1075 == 0, string.format("%.17g", 2^-1022))
