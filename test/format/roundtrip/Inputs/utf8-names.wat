(module
  (func $"\c3\a9")
  (func $"\u{65e5}\u{672c}"))
