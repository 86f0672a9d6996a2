-- Pattern matching: find (plain and pattern), match with captures and position captures,
-- gmatch, gsub with string/table/function replacements and a limit, character classes,
-- %b, %f, anchors, quantifiers (* + - ?), back references, and errors in patterns.
local s = "The quick brown fox jumps over the lazy dog 1234 times, 56.78%"
print(s:find("quick"), s:find("o", 15), s:find("%d+"), s:find(".", 1, true), s:find("%%"))
print(s:match("(%a+) (%a+)"), s:match("(%d+)%.(%d+)"), s:match("()fox()"))
print(s:match("^The"), s:match("^quick"), s:match("%%$"), s:match("(%w+)$"))
local words = {}
for w in s:gmatch("%a+") do words[#words + 1] = w end
print(#words, table.concat(words, "|"))
for k, v in ("a=1, b=22, ccc=333"):gmatch("(%w+)=(%w+)") do io.write(k, "->", v, " ") end
print()
print(("hello world"):gsub("o", "0"))
print(("hello world"):gsub("o", "0", 1))
print(("hello world"):gsub("(%w+)", "<%1>"))
print(("hello world"):gsub("%w+", {hello = "HI", world = false}))
print(("abc"):gsub("%w", function(c) return c:byte() .. "," end))
print(("abc"):gsub("", "-"))
print(("  trim me  "):match("^%s*(.-)%s*$") .. "|")
print(("f(a(b)c)d(e)"):match("%b()"), ("[[x]]"):gsub("%b[]", "B"))
print(("THE (quick) fox"):find("%f[%a]%a+%f[%A]", 5))
print(("aaa"):match("a-"), ("aaa"):match("a-$"), ("aaab"):match("a*"), ("b"):match("a?b"))
print(("xyzzy"):match("(z)%1"), ("abcabc"):match("(abc)%1"))
print(("key = value # comment"):match("^(%w+)%s*=%s*([^#]-)%s*#"))
print(("2024-01-15"):match("(%d+)-(%d+)-(%d+)"))
print(("%d"):rep(3):gsub("%%d", "#"))
print(("CamelCaseString"):gsub("(%u)", function(c) return "_" .. c:lower() end))
print(("a,b,,c"):gsub(",", ";"), ("x"):rep(5):gsub("x", "%%"))
print(string.find("a.b", ".", 1, true), string.find("a+b", "+", 1, true))
print(("[test]"):match("^%[(.*)%]$"), ("ÿ"):match("[\128-\255]+") ~= nil)
print(("one two  three"):gsub("%s+", " "))
print(pcall(string.match, "x", "("), pcall(string.match, "x", "%"))
print(pcall(string.rep, "x", -1))
print(select(2, pcall(string.gsub, "x", "(", "")):gsub("^.-: ", ""))
local n = 0
for a, b in ("1,2;3,4;5,6"):gmatch("(%d),(%d)") do n = n + a * b end
print(n)
print(("hello"):find("l"), ("hello"):find("xyz"), ("hello"):find(""), ("hello"):find("", 10))
print(("abc"):gmatch(".")(), string.gsub("abc", ".", {a = 1, b = false}))
