-- io and os on files in the working directory (the engine grants it): write and read back
-- (lines, numbers, "a", "n", counts), seek, append, io.lines, tmpfile, os.tmpname (mkstemp),
-- os.rename/remove, os.getenv of an unset name, os.time of a date table, os.date of a fixed
-- time ("!" = UTC), os.clock type, os.difftime.
local f = assert(io.open("data.txt", "w"))
f:write("line one\n", 42, " ", 3.5, "\n", "last line without newline")
f:close()
for l in io.lines("data.txt") do print("[" .. l .. "]") end
f = assert(io.open("data.txt", "r"))
print(f:read("l"))
print(f:read("n", "n"))
print(f:read("L"))
print(f:read(4), f:read("a"))
print(f:read("a"), f:read("l"), f:read(0))
print(f:seek("set", 5), f:read(3), f:seek("cur"), f:seek("end"))
f:close()
print(pcall(f.read, f))
print(io.type(f), io.type(io.stdout), io.type(42))
f = assert(io.open("data.txt", "a"))
f:write("\nappended")
f:close()
local n = 0
for l in io.lines("data.txt") do n = n + 1 end
print("lines", n)
for a, b in io.lines("data.txt", 4, 2) do io.write(a, "|", b, " "); break end
print()
local t = io.tmpfile()
t:write("temporary")
t:seek("set")
print(t:read("a"))
t:close()
local name = os.tmpname()
print(type(name), #name > 0)
local g = io.open(name, "w")
print(g ~= nil)
if g then g:write("x"); g:close() end
os.remove(name)
print(os.rename("data.txt", "renamed.txt"), io.open("data.txt") == nil)
print(select(2, io.open("data.txt")):match("No such file") ~= nil)
print(os.remove("renamed.txt"), os.remove("renamed.txt") == nil)
print(os.getenv("MSWASM_SURELY_UNSET_VARIABLE"))
print(os.time({year = 2000, month = 1, day = 1, hour = 12, isdst = false}) - os.time({year = 2000, month = 1, day = 1, hour = 0, isdst = false}))
print(os.date("!%Y-%m-%d %H:%M:%S", 1700000000), os.date("!%A %B %j", 0))
local d = os.date("!*t", 86400 * 365)
print(d.year, d.month, d.day, d.yday, d.wday, d.isdst)
print(math.type(os.time()), type(os.clock()), os.difftime(10, 4))
io.write("io.write ", 1, " ", 2.5, "\n")
print(io.write("chained "):write("writes\n") == io.stdout)
local big = io.open("big.txt", "w")
for i = 1, 20000 do big:write(i, "\n") end
big:close()
local sum = 0
for l in io.lines("big.txt") do sum = sum + tonumber(l) end
print("big sum", sum)
local bf = io.open("big.txt")
local all = bf:read("a")
bf:close()
print(#all, select(2, all:gsub("\n", "")))
os.remove("big.txt")
