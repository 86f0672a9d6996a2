-- Strings: concatenation, length, sub with negative indices, rep, reverse, upper/lower, byte/char,
-- comparisons, escapes, long strings, string coercions and the string metatable.
local s = "Hello, MSWasm"
print(#s, s:upper(), s:lower(), s:reverse())
print(s:sub(1, 5), s:sub(-6), s:sub(-6, -2), s:sub(8, 100), ("x"):sub(2) == "")
print(("ab"):rep(3), ("ab"):rep(3, "-"), ("ab"):rep(0) == "")
print(s:byte(1), s:byte(-1), string.char(72, 105, 0, 33):len())
print(("a\0b"):len(), "tab\tnew\\line", "\65\066\x43\u{48}\z
       continued")
local long = [[
first line
second ]] .. [==[with ]] inside]==]
print(long)
print("abc" < "abd", "Z" < "a", "" < "a", "abc" == "ab" .. "c")
print(10 .. 20, "10" + 5, "3" * "4", "0x10" + 0, " 7 " * 1, math.type("10" + 0))
print(tostring(12), tostring(1.5), tostring(-0.0), tostring(1e100), tostring(2^63))
print(tonumber("  0x1p4  "), tonumber("1e2"), tonumber("z", 36), tonumber("777", 8), tonumber("10", 2))
print(tonumber("abc"), tonumber(""), tonumber("1e"), tonumber("0x"), tonumber("1 2"))
local parts = {}
for i = 1, 10 do parts[#parts + 1] = string.format("%02d", i) end
print(table.concat(parts, ","), table.concat(parts, "", 3, 5))
local mt = getmetatable("")
print(mt.__index == string, ("x"):rep(3))
local big = string.rep("abcdefghij", 10000)
print(#big, big:sub(99995, 100000), select("#", big:byte(1, 100)))
print(string.len(string.rep("\255", 300)), ("\xff\xfe"):byte(1, 2))
print(utf8.char(72, 228, 8364, 128512), utf8.len("häll€"), #utf8.char(128512))
for p, c in utf8.codes("aé€") do io.write(p, ":", c, " ") end
print()
print(utf8.codepoint("häll€", 1, -1))
print(utf8.offset("aé€x", 3), utf8.offset("aé€x", -1), utf8.charpattern)
