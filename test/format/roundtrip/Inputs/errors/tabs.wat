(module
	(func
		nop
		(; a comment ;) i64.bogus))
