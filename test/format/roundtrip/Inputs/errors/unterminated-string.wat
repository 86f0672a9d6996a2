(module
  (@custom "abc
