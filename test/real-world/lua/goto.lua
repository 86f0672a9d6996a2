-- goto and control flow: continue-style goto, nested loop break-out, backward goto loops,
-- numeric for with float and negative steps and integer overflow guards, while/repeat with
-- locals visible in until, break out of nested constructs.
for i = 1, 5 do
  if i % 2 == 0 then goto continue end
  io.write(i, " ")
  ::continue::
end
print()
for i = 1, 3 do
  for j = 1, 3 do
    if i * j == 4 then goto done end
    io.write(i, "*", j, " ")
  end
end
::done::
print("out")
do
  local n = 0
  ::top::
  n = n + 1
  if n < 10 then goto top end
  print("counted", n)
end
for x = 1, 2, 0.5 do io.write(x, " ") end
print()
for x = 10, 1, -3 do io.write(x, " ") end
print()
for x = math.maxinteger - 2, math.maxinteger do io.write(x, " ") end
print()
for x = math.mininteger, math.mininteger + 2 do io.write(x, " ") end
print()
for x = 1, 0 do print("never") end
for x = 1.0, 3 do io.write(math.type(x), " ") end
print()
local i = 0
repeat local k = i; i = i + 1 until k >= 4
print("repeat", i)
local w = 0
while true do w = w + 1; if w > 7 then break end end
print("while", w)
local function classify(n)
  if n < 0 then return "neg" elseif n == 0 then return "zero" elseif n < 10 then return "small" else return "big" end
end
print(classify(-1), classify(0), classify(5), classify(50))
print(pcall(function() for i = 1, 10, 0 do end end))
local out = {}
for _, v in ipairs({10, 20, nil, 40}) do out[#out + 1] = v end
print(#out)
local t = {}
for i = 1, 3 do
  local j = i
  t[i] = function() return j end
  if i == 2 then goto skip end
  j = j * 100
  ::skip::
end
print(t[1](), t[2](), t[3]())
print(load("goto nowhere") == nil, select(2, load("goto nowhere")):match("no visible label") ~= nil)
local state, steps = "a", {}
while state do
  steps[#steps + 1] = state
  if state == "a" then state = "b" elseif state == "b" then state = "c" else state = nil end
end
print(table.concat(steps, ">"))
