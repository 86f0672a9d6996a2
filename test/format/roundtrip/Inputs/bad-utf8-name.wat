(module
  (func $"\ff\fe"))
