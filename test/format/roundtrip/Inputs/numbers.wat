;; Numeric constants for the printer and parser: the text printer writes floats as the shortest
;; decimal that reads back to the same bits (or inf, nan, nan:0x...), so printing and re-parsing
;; must keep every bit. Floats here are written exactly, as hex floats: boundaries (subnormals,
;; the largest finite values, neighbours of 1 and of 2^24 / 2^53) and pseudo-random bit patterns;
;; also signed zeros, infinities, NaNs with payloads, and integers at the LEB length boundaries.
;; roundtrip/numbers.test checks the bits each constant is assembled to.
(module
  (global f32 f32.const -0x0p+0)
  (global f64 f64.const -nan:0x4)
  (global i64 i64.const -9223372036854775808)
  (func $ints
    i32.const 0
    drop
    i32.const 1
    drop
    i32.const -1
    drop
    i32.const 63
    drop
    i32.const 64
    drop
    i32.const -64
    drop
    i32.const -65
    drop
    i32.const 2147483647
    drop
    i32.const -2147483648
    drop
    i32.const 2044295016
    drop
    i32.const 739397632
    drop
    i32.const -657809012
    drop
    i32.const 135591103
    drop
    i32.const 1711321360
    drop
    i32.const 587886202
    drop
    i32.const 1962660680
    drop
    i32.const 323765560
    drop
    i32.const -125018316
    drop
    i32.const -2090365112
    drop
    i64.const 0
    drop
    i64.const -1
    drop
    i64.const 9223372036854775807
    drop
    i64.const -9223372036854775808
    drop
    i64.const 4294967296
    drop
    i64.const -4294967296
    drop
    i64.const 34359738368
    drop
    i64.const -34359738369
    drop
    i64.const -7705738136434252523
    drop
    i64.const 3646726796373934411
    drop
    i64.const 3613401000978731323
    drop
    i64.const -3407034347967323940
    drop
    i64.const 5794198876907044521
    drop
    i64.const -6052406085564846081
    drop
    i64.const 8554852572412867451
    drop
    i64.const -7473286490442086780
    drop
    i64.const 3270009342065531971
    drop
    i64.const 7133513931992715938
    drop)
  (func $f32
    f32.const 0x1.0000000000000p-149
    drop
    f32.const 0x1.0000000000000p-148
    drop
    f32.const 0x1.fffffc0000000p-127
    drop
    f32.const 0x1.0000000000000p-126
    drop
    f32.const 0x1.0000020000000p-126
    drop
    f32.const 0x1.fffffe0000000p-1
    drop
    f32.const 0x1.0000020000000p+0
    drop
    f32.const 0x1.fffffe0000000p+23
    drop
    f32.const 0x1.0000020000000p+24
    drop
    f32.const 0x1.0000000000000p+63
    drop
    f32.const 0x1.fffffc0000000p+127
    drop
    f32.const 0x1.fffffe0000000p+127
    drop
    f32.const -0x1.0000000000000p-149
    drop
    f32.const -0x1.fffffc0000000p-127
    drop
    f32.const -0x1.fffffe0000000p+127
    drop
    f32.const 0x1.5798ee0000000p-27
    drop
    f32.const 0x1.79ca100000000p-67
    drop
    f32.const 0x1.389fba0000000p+89
    drop
    f32.const 0x1.6a093c0000000p-67
    drop
    f32.const 0x1.3104640000000p+106
    drop
    f32.const 0x1.296b6a0000000p+88
    drop
    f32.const 0x1.9185240000000p+116
    drop
    f32.const -0x1.e853480000000p+18
    drop
    f32.const 0x1.8555b60000000p+5
    drop
    f32.const -0x1.10a65a0000000p-84
    drop
    f32.const -0x1.f4f32a0000000p+87
    drop
    f32.const -0x1.c1f6380000000p+53
    drop
    f32.const 0x1.e77ab00000000p-6
    drop
    f32.const 0x1.118a6e0000000p+90
    drop
    f32.const 0x1.b8c2460000000p+35
    drop
    f32.const 0x1.7c81ea0000000p-24
    drop
    f32.const -0x1.636c8c0000000p+106
    drop
    f32.const 0x1.7b11ee0000000p+95
    drop
    f32.const -0x1.e3192c0000000p-111
    drop
    f32.const 0x1.881d6e0000000p+66
    drop
    f32.const -0x1.3632a00000000p+53
    drop
    f32.const 0x1.4b7e0e0000000p-88
    drop
    f32.const 0x1.1159840000000p+55
    drop
    f32.const -0x1.46c71c0000000p+116
    drop
    f32.const 0x1.bace140000000p+85
    drop
    f32.const -0x1.1e25720000000p+74
    drop
    f32.const 0x1.129b6e0000000p+22
    drop
    f32.const -0x1.f62f8c0000000p+39
    drop
    f32.const -0x1.7c45940000000p+54
    drop
    f32.const -0x1.74e4ae0000000p-92
    drop
    f32.const -0x1.737f780000000p-122
    drop
    f32.const 0x1.4b0e360000000p+45
    drop
    f32.const 0x1.e32fe80000000p-102
    drop
    f32.const 0x1.a165380000000p-62
    drop
    f32.const -0x1.4816c00000000p-53
    drop
    f32.const -0x1.567c020000000p+68
    drop
    f32.const -0x1.462cba0000000p-22
    drop
    f32.const -0x1.9c07800000000p-83
    drop
    f32.const 0x1.196e1e0000000p+1
    drop
    f32.const 0x1.c1af880000000p-63
    drop
    f32.const -0x1.0759be0000000p+78
    drop
    f32.const -0x1.5b981c0000000p+102
    drop
    f32.const -0x1.b1d25a0000000p-120
    drop
    f32.const -0x1.9e05760000000p+78
    drop
    f32.const 0x1.7b349a0000000p+31
    drop
    f32.const -0x1.8d4e300000000p-83
    drop
    f32.const -0x1.73dc2c0000000p-31
    drop
    f32.const -0x1.c93d620000000p-100
    drop
    f32.const 0x1.b5607a0000000p-89
    drop
    f32.const -0x1.a89e560000000p+66
    drop
    f32.const -0x1.0b60420000000p+66
    drop
    f32.const -0x1.aa1a460000000p-49
    drop
    f32.const -0x1.50d7aa0000000p-50
    drop
    f32.const 0x1.3d974e0000000p+62
    drop
    f32.const 0x1.08e9820000000p+6
    drop
    f32.const 0x1.8930e80000000p-104
    drop
    f32.const 0x1.ad7b000000000p+84
    drop
    f32.const -0x1.a852720000000p+127
    drop
    f32.const -0x1.45bca00000000p-86
    drop
    f32.const -0x1.7875a40000000p-95
    drop
    f32.const -0x1.64b8240000000p+58
    drop
    f32.const 0x1.3d3a040000000p-20
    drop
    f32.const 0x1.95c9a80000000p+109
    drop
    f32.const 0x1.cc84c80000000p-102
    drop
    f32.const -0x1.3742d20000000p-84
    drop
    f32.const 0
    drop
    f32.const -0
    drop
    f32.const inf
    drop
    f32.const -inf
    drop
    f32.const nan
    drop
    f32.const -nan
    drop
    f32.const nan:0x1
    drop
    f32.const nan:0x3fffff
    drop
    f32.const -nan:0x7fffff
    drop
    f32.const nan:0x400001
    drop)
  (func $f64
    f64.const 0x0.0000000000001p-1022
    drop
    f64.const 0x0.fffffffffffffp-1022
    drop
    f64.const 0x1.0000000000000p-1022
    drop
    f64.const 0x1.fffffffffffffp-1
    drop
    f64.const 0x1.0000000000001p+0
    drop
    f64.const 0x1.fffffffffffffp+52
    drop
    f64.const 0x1.0000000000001p+53
    drop
    f64.const 0x1.fffffffffffffp+1023
    drop
    f64.const -0x0.0000000000001p-1022
    drop
    f64.const 0x1.52d02c7e14af6p+76
    drop
    f64.const 0x1.cd2b297d889bcp-54
    drop
    f64.const 0x1.0f0cf064dd592p+73
    drop
    f64.const 0x1.7e43c8800759cp+996
    drop
    f64.const 0x1.dda8fd41f125bp+928
    drop
    f64.const 0x1.ac63a43514e2ep+230
    drop
    f64.const 0x1.dd41a347a2e47p-664
    drop
    f64.const 0x1.63c49440a9a11p-461
    drop
    f64.const -0x1.354ef398bdedfp-463
    drop
    f64.const -0x1.01733d942b204p-624
    drop
    f64.const 0x1.8765c57810ce8p+637
    drop
    f64.const 0x1.2d1aff1067dbdp-800
    drop
    f64.const -0x1.f115c6a44f3ccp-456
    drop
    f64.const 0x1.ce6e5f89c8d33p+168
    drop
    f64.const -0x1.fa1f725601b2fp-477
    drop
    f64.const 0x1.9320448410fe3p-588
    drop
    f64.const 0x1.3796d40618823p+261
    drop
    f64.const -0x1.718296e887807p+89
    drop
    f64.const 0x1.8d6a904943815p-758
    drop
    f64.const 0x1.8b767352e4941p-92
    drop
    f64.const -0x1.9cdec60c9e347p-590
    drop
    f64.const 0x1.b86486a2a1812p+897
    drop
    f64.const -0x1.5b28fafb5454bp-876
    drop
    f64.const -0x1.d8e8e32474e22p+761
    drop
    f64.const 0x1.de531518bd8abp-643
    drop
    f64.const 0x1.3ce50dcfe4bccp+724
    drop
    f64.const -0x1.2ffe4ed2261f1p+253
    drop
    f64.const -0x1.0b9583a589e65p-865
    drop
    f64.const 0x1.279a1abe7020ep-15
    drop
    f64.const 0x1.6d2e1c91d6da3p+112
    drop
    f64.const -0x1.c2788a8e1f980p+17
    drop
    f64.const -0x1.d4d25c8ec9febp-538
    drop
    f64.const -0x1.3d5b062c4a228p+369
    drop
    f64.const 0x1.109bf6bd33d83p+980
    drop
    f64.const -0x1.d8770d23ad2d9p+140
    drop
    f64.const 0x1.56763d5236ac1p+560
    drop
    f64.const 0x1.8e5ba2d10a9f2p-404
    drop
    f64.const 0x1.9f75f10c01d5dp+324
    drop
    f64.const -0x1.9265bb32e9ea1p+980
    drop
    f64.const -0x1.4c608ef605abfp-821
    drop
    f64.const 0x1.273cdd6a19e4fp+535
    drop
    f64.const 0x1.c275e69b5220dp+16
    drop
    f64.const -0x1.d2ebef476092fp-70
    drop
    f64.const -0x1.14e0a57e101e1p+46
    drop
    f64.const 0x1.2323b36225fadp-265
    drop
    f64.const -0x1.4f1dc632417c4p-937
    drop
    f64.const 0x1.d6a6340ed367ep-284
    drop
    f64.const 0x1.f9ccdad9a6f2dp-90
    drop
    f64.const -0x1.3b93662cb4300p-654
    drop
    f64.const 0x1.fcff28cc334f4p-439
    drop
    f64.const -0x1.c1878d5464ac5p-535
    drop
    f64.const 0x1.799bacbebb741p+874
    drop
    f64.const 0x1.d78ee9ff29d16p+300
    drop
    f64.const 0x1.afe5e7d671459p-663
    drop
    f64.const 0x1.c22f05c9cb0adp+625
    drop
    f64.const -0x1.4498c8ee93884p+199
    drop
    f64.const -0x1.ead0be38a95e0p+758
    drop
    f64.const 0x1.908e532ae8f10p-798
    drop
    f64.const 0x1.eb06cdac1d38dp+608
    drop
    f64.const 0x1.4e963457642bdp+358
    drop
    f64.const 0x1.d21a3710efc3fp+209
    drop
    f64.const -0x1.82e5b770e5f35p-470
    drop
    f64.const -0x1.0b77b1c4de493p+804
    drop
    f64.const 0x1.fcbe0d077e1bep-969
    drop
    f64.const 0x1.d804ebd29370dp-888
    drop
    f64.const 0x1.6c01f47376eb4p+983
    drop
    f64.const 0x1.75e632205dad7p-837
    drop
    f64.const 0x1.e2fd817781ac9p-675
    drop
    f64.const -0x1.19bd781637187p+941
    drop
    f64.const -0x1.883eb74645968p+261
    drop
    f64.const -0x1.6357e8e82c020p-396
    drop
    f64.const 0
    drop
    f64.const -0
    drop
    f64.const inf
    drop
    f64.const -inf
    drop
    f64.const nan
    drop
    f64.const -nan
    drop
    f64.const nan:0x1
    drop
    f64.const nan:0x7ffffffffffff
    drop
    f64.const -nan:0xfffffffffffff
    drop
    f64.const nan:0x8000000000001
    drop))
