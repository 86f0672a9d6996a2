target datalayout = "e-m:e-p200:128:128:128:32-A200-G200-P200-ni:200-i64:64-i128:128-n32:64-S128"
target triple = "wasm32-unknown-unknown"
@zero = addrspace(200) global i32 0
@fmt.x = private unnamed_addr addrspace(200) constant [6 x i8] c" %llx\00"
@fmt.xx = private unnamed_addr addrspace(200) constant [14 x i8] c" %llx:%016llx\00"
@fmt.nl = private unnamed_addr addrspace(200) constant [2 x i8] c"\0A\00"
@fmt.s = private unnamed_addr addrspace(200) constant [3 x i8] c"%s\00"
declare i32 @printf(ptr addrspace(200), ...) addrspace(200)
define internal void @put(i128 %v, i1 %wide) addrspace(200) {
  %lo = trunc i128 %v to i64
  %h = lshr i128 %v, 64
  %hi = trunc i128 %h to i64
  br i1 %wide, label %w, label %n
w:
  call i32 (ptr addrspace(200), ...) @printf(ptr addrspace(200) @fmt.xx, i64 %hi, i64 %lo)
  ret void
n:
  call i32 (ptr addrspace(200), ...) @printf(ptr addrspace(200) @fmt.x, i64 %lo)
  ret void
}
define internal void @label(ptr addrspace(200) %s) addrspace(200) {
  call i32 (ptr addrspace(200), ...) @printf(ptr addrspace(200) @fmt.s, ptr addrspace(200) %s)
  ret void
}
define internal void @nl() addrspace(200) {
  call i32 (ptr addrspace(200), ...) @printf(ptr addrspace(200) @fmt.nl)
  ret void
}
@s0 = private unnamed_addr addrspace(200) constant [10 x i8] c"i1 ctpop:\00"
@s1 = private unnamed_addr addrspace(200) constant [9 x i8] c"i1 ctlz:\00"
@s2 = private unnamed_addr addrspace(200) constant [9 x i8] c"i1 cttz:\00"
@s3 = private unnamed_addr addrspace(200) constant [15 x i8] c"i1 bitreverse:\00"
@s4 = private unnamed_addr addrspace(200) constant [8 x i8] c"i1 abs:\00"
@s5 = private unnamed_addr addrspace(200) constant [9 x i8] c"i1 smin:\00"
@s6 = private unnamed_addr addrspace(200) constant [9 x i8] c"i1 smax:\00"
@s7 = private unnamed_addr addrspace(200) constant [9 x i8] c"i1 umin:\00"
@s8 = private unnamed_addr addrspace(200) constant [9 x i8] c"i1 umax:\00"
@s9 = private unnamed_addr addrspace(200) constant [13 x i8] c"i1 sadd.sat:\00"
@s10 = private unnamed_addr addrspace(200) constant [13 x i8] c"i1 uadd.sat:\00"
@s11 = private unnamed_addr addrspace(200) constant [13 x i8] c"i1 ssub.sat:\00"
@s12 = private unnamed_addr addrspace(200) constant [13 x i8] c"i1 usub.sat:\00"
@s13 = private unnamed_addr addrspace(200) constant [9 x i8] c"i1 scmp:\00"
@s14 = private unnamed_addr addrspace(200) constant [9 x i8] c"i1 ucmp:\00"
@s15 = private unnamed_addr addrspace(200) constant [13 x i8] c"i1 sshl.sat:\00"
@s16 = private unnamed_addr addrspace(200) constant [13 x i8] c"i1 ushl.sat:\00"
@s17 = private unnamed_addr addrspace(200) constant [9 x i8] c"i1 fshl:\00"
@s18 = private unnamed_addr addrspace(200) constant [9 x i8] c"i1 fshr:\00"
@s19 = private unnamed_addr addrspace(200) constant [9 x i8] c"i1 rotl:\00"
@s20 = private unnamed_addr addrspace(200) constant [9 x i8] c"i1 rotr:\00"
@s21 = private unnamed_addr addrspace(200) constant [23 x i8] c"i1 sadd.with.overflow:\00"
@s22 = private unnamed_addr addrspace(200) constant [23 x i8] c"i1 uadd.with.overflow:\00"
@s23 = private unnamed_addr addrspace(200) constant [23 x i8] c"i1 ssub.with.overflow:\00"
@s24 = private unnamed_addr addrspace(200) constant [23 x i8] c"i1 usub.with.overflow:\00"
@s25 = private unnamed_addr addrspace(200) constant [23 x i8] c"i1 smul.with.overflow:\00"
@s26 = private unnamed_addr addrspace(200) constant [23 x i8] c"i1 umul.with.overflow:\00"
@s27 = private unnamed_addr addrspace(200) constant [10 x i8] c"i2 ctpop:\00"
@s28 = private unnamed_addr addrspace(200) constant [9 x i8] c"i2 ctlz:\00"
@s29 = private unnamed_addr addrspace(200) constant [9 x i8] c"i2 cttz:\00"
@s30 = private unnamed_addr addrspace(200) constant [15 x i8] c"i2 bitreverse:\00"
@s31 = private unnamed_addr addrspace(200) constant [8 x i8] c"i2 abs:\00"
@s32 = private unnamed_addr addrspace(200) constant [9 x i8] c"i2 smin:\00"
@s33 = private unnamed_addr addrspace(200) constant [9 x i8] c"i2 smax:\00"
@s34 = private unnamed_addr addrspace(200) constant [9 x i8] c"i2 umin:\00"
@s35 = private unnamed_addr addrspace(200) constant [9 x i8] c"i2 umax:\00"
@s36 = private unnamed_addr addrspace(200) constant [13 x i8] c"i2 sadd.sat:\00"
@s37 = private unnamed_addr addrspace(200) constant [13 x i8] c"i2 uadd.sat:\00"
@s38 = private unnamed_addr addrspace(200) constant [13 x i8] c"i2 ssub.sat:\00"
@s39 = private unnamed_addr addrspace(200) constant [13 x i8] c"i2 usub.sat:\00"
@s40 = private unnamed_addr addrspace(200) constant [9 x i8] c"i2 scmp:\00"
@s41 = private unnamed_addr addrspace(200) constant [9 x i8] c"i2 ucmp:\00"
@s42 = private unnamed_addr addrspace(200) constant [13 x i8] c"i2 sshl.sat:\00"
@s43 = private unnamed_addr addrspace(200) constant [13 x i8] c"i2 ushl.sat:\00"
@s44 = private unnamed_addr addrspace(200) constant [9 x i8] c"i2 fshl:\00"
@s45 = private unnamed_addr addrspace(200) constant [9 x i8] c"i2 fshr:\00"
@s46 = private unnamed_addr addrspace(200) constant [9 x i8] c"i2 rotl:\00"
@s47 = private unnamed_addr addrspace(200) constant [9 x i8] c"i2 rotr:\00"
@s48 = private unnamed_addr addrspace(200) constant [23 x i8] c"i2 sadd.with.overflow:\00"
@s49 = private unnamed_addr addrspace(200) constant [23 x i8] c"i2 uadd.with.overflow:\00"
@s50 = private unnamed_addr addrspace(200) constant [23 x i8] c"i2 ssub.with.overflow:\00"
@s51 = private unnamed_addr addrspace(200) constant [23 x i8] c"i2 usub.with.overflow:\00"
@s52 = private unnamed_addr addrspace(200) constant [23 x i8] c"i2 smul.with.overflow:\00"
@s53 = private unnamed_addr addrspace(200) constant [23 x i8] c"i2 umul.with.overflow:\00"
@s54 = private unnamed_addr addrspace(200) constant [10 x i8] c"i8 ctpop:\00"
@s55 = private unnamed_addr addrspace(200) constant [9 x i8] c"i8 ctlz:\00"
@s56 = private unnamed_addr addrspace(200) constant [9 x i8] c"i8 cttz:\00"
@s57 = private unnamed_addr addrspace(200) constant [15 x i8] c"i8 bitreverse:\00"
@s58 = private unnamed_addr addrspace(200) constant [8 x i8] c"i8 abs:\00"
@s59 = private unnamed_addr addrspace(200) constant [9 x i8] c"i8 smin:\00"
@s60 = private unnamed_addr addrspace(200) constant [9 x i8] c"i8 smax:\00"
@s61 = private unnamed_addr addrspace(200) constant [9 x i8] c"i8 umin:\00"
@s62 = private unnamed_addr addrspace(200) constant [9 x i8] c"i8 umax:\00"
@s63 = private unnamed_addr addrspace(200) constant [13 x i8] c"i8 sadd.sat:\00"
@s64 = private unnamed_addr addrspace(200) constant [13 x i8] c"i8 uadd.sat:\00"
@s65 = private unnamed_addr addrspace(200) constant [13 x i8] c"i8 ssub.sat:\00"
@s66 = private unnamed_addr addrspace(200) constant [13 x i8] c"i8 usub.sat:\00"
@s67 = private unnamed_addr addrspace(200) constant [9 x i8] c"i8 scmp:\00"
@s68 = private unnamed_addr addrspace(200) constant [9 x i8] c"i8 ucmp:\00"
@s69 = private unnamed_addr addrspace(200) constant [13 x i8] c"i8 sshl.sat:\00"
@s70 = private unnamed_addr addrspace(200) constant [13 x i8] c"i8 ushl.sat:\00"
@s71 = private unnamed_addr addrspace(200) constant [9 x i8] c"i8 fshl:\00"
@s72 = private unnamed_addr addrspace(200) constant [9 x i8] c"i8 fshr:\00"
@s73 = private unnamed_addr addrspace(200) constant [9 x i8] c"i8 rotl:\00"
@s74 = private unnamed_addr addrspace(200) constant [9 x i8] c"i8 rotr:\00"
@s75 = private unnamed_addr addrspace(200) constant [23 x i8] c"i8 sadd.with.overflow:\00"
@s76 = private unnamed_addr addrspace(200) constant [23 x i8] c"i8 uadd.with.overflow:\00"
@s77 = private unnamed_addr addrspace(200) constant [23 x i8] c"i8 ssub.with.overflow:\00"
@s78 = private unnamed_addr addrspace(200) constant [23 x i8] c"i8 usub.with.overflow:\00"
@s79 = private unnamed_addr addrspace(200) constant [23 x i8] c"i8 smul.with.overflow:\00"
@s80 = private unnamed_addr addrspace(200) constant [23 x i8] c"i8 umul.with.overflow:\00"
@s81 = private unnamed_addr addrspace(200) constant [11 x i8] c"i16 ctpop:\00"
@s82 = private unnamed_addr addrspace(200) constant [10 x i8] c"i16 ctlz:\00"
@s83 = private unnamed_addr addrspace(200) constant [10 x i8] c"i16 cttz:\00"
@s84 = private unnamed_addr addrspace(200) constant [11 x i8] c"i16 bswap:\00"
@s85 = private unnamed_addr addrspace(200) constant [16 x i8] c"i16 bitreverse:\00"
@s86 = private unnamed_addr addrspace(200) constant [9 x i8] c"i16 abs:\00"
@s87 = private unnamed_addr addrspace(200) constant [10 x i8] c"i16 smin:\00"
@s88 = private unnamed_addr addrspace(200) constant [10 x i8] c"i16 smax:\00"
@s89 = private unnamed_addr addrspace(200) constant [10 x i8] c"i16 umin:\00"
@s90 = private unnamed_addr addrspace(200) constant [10 x i8] c"i16 umax:\00"
@s91 = private unnamed_addr addrspace(200) constant [14 x i8] c"i16 sadd.sat:\00"
@s92 = private unnamed_addr addrspace(200) constant [14 x i8] c"i16 uadd.sat:\00"
@s93 = private unnamed_addr addrspace(200) constant [14 x i8] c"i16 ssub.sat:\00"
@s94 = private unnamed_addr addrspace(200) constant [14 x i8] c"i16 usub.sat:\00"
@s95 = private unnamed_addr addrspace(200) constant [10 x i8] c"i16 scmp:\00"
@s96 = private unnamed_addr addrspace(200) constant [10 x i8] c"i16 ucmp:\00"
@s97 = private unnamed_addr addrspace(200) constant [14 x i8] c"i16 sshl.sat:\00"
@s98 = private unnamed_addr addrspace(200) constant [14 x i8] c"i16 ushl.sat:\00"
@s99 = private unnamed_addr addrspace(200) constant [10 x i8] c"i16 fshl:\00"
@s100 = private unnamed_addr addrspace(200) constant [10 x i8] c"i16 fshr:\00"
@s101 = private unnamed_addr addrspace(200) constant [10 x i8] c"i16 rotl:\00"
@s102 = private unnamed_addr addrspace(200) constant [10 x i8] c"i16 rotr:\00"
@s103 = private unnamed_addr addrspace(200) constant [24 x i8] c"i16 sadd.with.overflow:\00"
@s104 = private unnamed_addr addrspace(200) constant [24 x i8] c"i16 uadd.with.overflow:\00"
@s105 = private unnamed_addr addrspace(200) constant [24 x i8] c"i16 ssub.with.overflow:\00"
@s106 = private unnamed_addr addrspace(200) constant [24 x i8] c"i16 usub.with.overflow:\00"
@s107 = private unnamed_addr addrspace(200) constant [24 x i8] c"i16 smul.with.overflow:\00"
@s108 = private unnamed_addr addrspace(200) constant [24 x i8] c"i16 umul.with.overflow:\00"
@s109 = private unnamed_addr addrspace(200) constant [11 x i8] c"i24 ctpop:\00"
@s110 = private unnamed_addr addrspace(200) constant [10 x i8] c"i24 ctlz:\00"
@s111 = private unnamed_addr addrspace(200) constant [10 x i8] c"i24 cttz:\00"
@s112 = private unnamed_addr addrspace(200) constant [16 x i8] c"i24 bitreverse:\00"
@s113 = private unnamed_addr addrspace(200) constant [9 x i8] c"i24 abs:\00"
@s114 = private unnamed_addr addrspace(200) constant [10 x i8] c"i24 smin:\00"
@s115 = private unnamed_addr addrspace(200) constant [10 x i8] c"i24 smax:\00"
@s116 = private unnamed_addr addrspace(200) constant [10 x i8] c"i24 umin:\00"
@s117 = private unnamed_addr addrspace(200) constant [10 x i8] c"i24 umax:\00"
@s118 = private unnamed_addr addrspace(200) constant [14 x i8] c"i24 sadd.sat:\00"
@s119 = private unnamed_addr addrspace(200) constant [14 x i8] c"i24 uadd.sat:\00"
@s120 = private unnamed_addr addrspace(200) constant [14 x i8] c"i24 ssub.sat:\00"
@s121 = private unnamed_addr addrspace(200) constant [14 x i8] c"i24 usub.sat:\00"
@s122 = private unnamed_addr addrspace(200) constant [10 x i8] c"i24 scmp:\00"
@s123 = private unnamed_addr addrspace(200) constant [10 x i8] c"i24 ucmp:\00"
@s124 = private unnamed_addr addrspace(200) constant [14 x i8] c"i24 sshl.sat:\00"
@s125 = private unnamed_addr addrspace(200) constant [14 x i8] c"i24 ushl.sat:\00"
@s126 = private unnamed_addr addrspace(200) constant [10 x i8] c"i24 fshl:\00"
@s127 = private unnamed_addr addrspace(200) constant [10 x i8] c"i24 fshr:\00"
@s128 = private unnamed_addr addrspace(200) constant [10 x i8] c"i24 rotl:\00"
@s129 = private unnamed_addr addrspace(200) constant [10 x i8] c"i24 rotr:\00"
@s130 = private unnamed_addr addrspace(200) constant [24 x i8] c"i24 sadd.with.overflow:\00"
@s131 = private unnamed_addr addrspace(200) constant [24 x i8] c"i24 uadd.with.overflow:\00"
@s132 = private unnamed_addr addrspace(200) constant [24 x i8] c"i24 ssub.with.overflow:\00"
@s133 = private unnamed_addr addrspace(200) constant [24 x i8] c"i24 usub.with.overflow:\00"
@s134 = private unnamed_addr addrspace(200) constant [24 x i8] c"i24 smul.with.overflow:\00"
@s135 = private unnamed_addr addrspace(200) constant [24 x i8] c"i24 umul.with.overflow:\00"
@s136 = private unnamed_addr addrspace(200) constant [11 x i8] c"i32 ctpop:\00"
@s137 = private unnamed_addr addrspace(200) constant [10 x i8] c"i32 ctlz:\00"
@s138 = private unnamed_addr addrspace(200) constant [10 x i8] c"i32 cttz:\00"
@s139 = private unnamed_addr addrspace(200) constant [11 x i8] c"i32 bswap:\00"
@s140 = private unnamed_addr addrspace(200) constant [16 x i8] c"i32 bitreverse:\00"
@s141 = private unnamed_addr addrspace(200) constant [9 x i8] c"i32 abs:\00"
@s142 = private unnamed_addr addrspace(200) constant [10 x i8] c"i32 smin:\00"
@s143 = private unnamed_addr addrspace(200) constant [10 x i8] c"i32 smax:\00"
@s144 = private unnamed_addr addrspace(200) constant [10 x i8] c"i32 umin:\00"
@s145 = private unnamed_addr addrspace(200) constant [10 x i8] c"i32 umax:\00"
@s146 = private unnamed_addr addrspace(200) constant [14 x i8] c"i32 sadd.sat:\00"
@s147 = private unnamed_addr addrspace(200) constant [14 x i8] c"i32 uadd.sat:\00"
@s148 = private unnamed_addr addrspace(200) constant [14 x i8] c"i32 ssub.sat:\00"
@s149 = private unnamed_addr addrspace(200) constant [14 x i8] c"i32 usub.sat:\00"
@s150 = private unnamed_addr addrspace(200) constant [10 x i8] c"i32 scmp:\00"
@s151 = private unnamed_addr addrspace(200) constant [10 x i8] c"i32 ucmp:\00"
@s152 = private unnamed_addr addrspace(200) constant [14 x i8] c"i32 sshl.sat:\00"
@s153 = private unnamed_addr addrspace(200) constant [14 x i8] c"i32 ushl.sat:\00"
@s154 = private unnamed_addr addrspace(200) constant [10 x i8] c"i32 fshl:\00"
@s155 = private unnamed_addr addrspace(200) constant [10 x i8] c"i32 fshr:\00"
@s156 = private unnamed_addr addrspace(200) constant [10 x i8] c"i32 rotl:\00"
@s157 = private unnamed_addr addrspace(200) constant [10 x i8] c"i32 rotr:\00"
@s158 = private unnamed_addr addrspace(200) constant [24 x i8] c"i32 sadd.with.overflow:\00"
@s159 = private unnamed_addr addrspace(200) constant [24 x i8] c"i32 uadd.with.overflow:\00"
@s160 = private unnamed_addr addrspace(200) constant [24 x i8] c"i32 ssub.with.overflow:\00"
@s161 = private unnamed_addr addrspace(200) constant [24 x i8] c"i32 usub.with.overflow:\00"
@s162 = private unnamed_addr addrspace(200) constant [24 x i8] c"i32 smul.with.overflow:\00"
@s163 = private unnamed_addr addrspace(200) constant [24 x i8] c"i32 umul.with.overflow:\00"
@s164 = private unnamed_addr addrspace(200) constant [11 x i8] c"i33 ctpop:\00"
@s165 = private unnamed_addr addrspace(200) constant [10 x i8] c"i33 ctlz:\00"
@s166 = private unnamed_addr addrspace(200) constant [10 x i8] c"i33 cttz:\00"
@s167 = private unnamed_addr addrspace(200) constant [16 x i8] c"i33 bitreverse:\00"
@s168 = private unnamed_addr addrspace(200) constant [9 x i8] c"i33 abs:\00"
@s169 = private unnamed_addr addrspace(200) constant [10 x i8] c"i33 smin:\00"
@s170 = private unnamed_addr addrspace(200) constant [10 x i8] c"i33 smax:\00"
@s171 = private unnamed_addr addrspace(200) constant [10 x i8] c"i33 umin:\00"
@s172 = private unnamed_addr addrspace(200) constant [10 x i8] c"i33 umax:\00"
@s173 = private unnamed_addr addrspace(200) constant [14 x i8] c"i33 sadd.sat:\00"
@s174 = private unnamed_addr addrspace(200) constant [14 x i8] c"i33 uadd.sat:\00"
@s175 = private unnamed_addr addrspace(200) constant [14 x i8] c"i33 ssub.sat:\00"
@s176 = private unnamed_addr addrspace(200) constant [14 x i8] c"i33 usub.sat:\00"
@s177 = private unnamed_addr addrspace(200) constant [10 x i8] c"i33 scmp:\00"
@s178 = private unnamed_addr addrspace(200) constant [10 x i8] c"i33 ucmp:\00"
@s179 = private unnamed_addr addrspace(200) constant [14 x i8] c"i33 sshl.sat:\00"
@s180 = private unnamed_addr addrspace(200) constant [14 x i8] c"i33 ushl.sat:\00"
@s181 = private unnamed_addr addrspace(200) constant [10 x i8] c"i33 fshl:\00"
@s182 = private unnamed_addr addrspace(200) constant [10 x i8] c"i33 fshr:\00"
@s183 = private unnamed_addr addrspace(200) constant [10 x i8] c"i33 rotl:\00"
@s184 = private unnamed_addr addrspace(200) constant [10 x i8] c"i33 rotr:\00"
@s185 = private unnamed_addr addrspace(200) constant [24 x i8] c"i33 sadd.with.overflow:\00"
@s186 = private unnamed_addr addrspace(200) constant [24 x i8] c"i33 uadd.with.overflow:\00"
@s187 = private unnamed_addr addrspace(200) constant [24 x i8] c"i33 ssub.with.overflow:\00"
@s188 = private unnamed_addr addrspace(200) constant [24 x i8] c"i33 usub.with.overflow:\00"
@s189 = private unnamed_addr addrspace(200) constant [24 x i8] c"i33 smul.with.overflow:\00"
@s190 = private unnamed_addr addrspace(200) constant [24 x i8] c"i33 umul.with.overflow:\00"
@s191 = private unnamed_addr addrspace(200) constant [11 x i8] c"i48 ctpop:\00"
@s192 = private unnamed_addr addrspace(200) constant [10 x i8] c"i48 ctlz:\00"
@s193 = private unnamed_addr addrspace(200) constant [10 x i8] c"i48 cttz:\00"
@s194 = private unnamed_addr addrspace(200) constant [11 x i8] c"i48 bswap:\00"
@s195 = private unnamed_addr addrspace(200) constant [16 x i8] c"i48 bitreverse:\00"
@s196 = private unnamed_addr addrspace(200) constant [9 x i8] c"i48 abs:\00"
@s197 = private unnamed_addr addrspace(200) constant [10 x i8] c"i48 smin:\00"
@s198 = private unnamed_addr addrspace(200) constant [10 x i8] c"i48 smax:\00"
@s199 = private unnamed_addr addrspace(200) constant [10 x i8] c"i48 umin:\00"
@s200 = private unnamed_addr addrspace(200) constant [10 x i8] c"i48 umax:\00"
@s201 = private unnamed_addr addrspace(200) constant [14 x i8] c"i48 sadd.sat:\00"
@s202 = private unnamed_addr addrspace(200) constant [14 x i8] c"i48 uadd.sat:\00"
@s203 = private unnamed_addr addrspace(200) constant [14 x i8] c"i48 ssub.sat:\00"
@s204 = private unnamed_addr addrspace(200) constant [14 x i8] c"i48 usub.sat:\00"
@s205 = private unnamed_addr addrspace(200) constant [10 x i8] c"i48 scmp:\00"
@s206 = private unnamed_addr addrspace(200) constant [10 x i8] c"i48 ucmp:\00"
@s207 = private unnamed_addr addrspace(200) constant [14 x i8] c"i48 sshl.sat:\00"
@s208 = private unnamed_addr addrspace(200) constant [14 x i8] c"i48 ushl.sat:\00"
@s209 = private unnamed_addr addrspace(200) constant [10 x i8] c"i48 fshl:\00"
@s210 = private unnamed_addr addrspace(200) constant [10 x i8] c"i48 fshr:\00"
@s211 = private unnamed_addr addrspace(200) constant [10 x i8] c"i48 rotl:\00"
@s212 = private unnamed_addr addrspace(200) constant [10 x i8] c"i48 rotr:\00"
@s213 = private unnamed_addr addrspace(200) constant [24 x i8] c"i48 sadd.with.overflow:\00"
@s214 = private unnamed_addr addrspace(200) constant [24 x i8] c"i48 uadd.with.overflow:\00"
@s215 = private unnamed_addr addrspace(200) constant [24 x i8] c"i48 ssub.with.overflow:\00"
@s216 = private unnamed_addr addrspace(200) constant [24 x i8] c"i48 usub.with.overflow:\00"
@s217 = private unnamed_addr addrspace(200) constant [24 x i8] c"i48 smul.with.overflow:\00"
@s218 = private unnamed_addr addrspace(200) constant [24 x i8] c"i48 umul.with.overflow:\00"
@s219 = private unnamed_addr addrspace(200) constant [11 x i8] c"i64 ctpop:\00"
@s220 = private unnamed_addr addrspace(200) constant [10 x i8] c"i64 ctlz:\00"
@s221 = private unnamed_addr addrspace(200) constant [10 x i8] c"i64 cttz:\00"
@s222 = private unnamed_addr addrspace(200) constant [11 x i8] c"i64 bswap:\00"
@s223 = private unnamed_addr addrspace(200) constant [16 x i8] c"i64 bitreverse:\00"
@s224 = private unnamed_addr addrspace(200) constant [9 x i8] c"i64 abs:\00"
@s225 = private unnamed_addr addrspace(200) constant [10 x i8] c"i64 smin:\00"
@s226 = private unnamed_addr addrspace(200) constant [10 x i8] c"i64 smax:\00"
@s227 = private unnamed_addr addrspace(200) constant [10 x i8] c"i64 umin:\00"
@s228 = private unnamed_addr addrspace(200) constant [10 x i8] c"i64 umax:\00"
@s229 = private unnamed_addr addrspace(200) constant [14 x i8] c"i64 sadd.sat:\00"
@s230 = private unnamed_addr addrspace(200) constant [14 x i8] c"i64 uadd.sat:\00"
@s231 = private unnamed_addr addrspace(200) constant [14 x i8] c"i64 ssub.sat:\00"
@s232 = private unnamed_addr addrspace(200) constant [14 x i8] c"i64 usub.sat:\00"
@s233 = private unnamed_addr addrspace(200) constant [10 x i8] c"i64 scmp:\00"
@s234 = private unnamed_addr addrspace(200) constant [10 x i8] c"i64 ucmp:\00"
@s235 = private unnamed_addr addrspace(200) constant [14 x i8] c"i64 sshl.sat:\00"
@s236 = private unnamed_addr addrspace(200) constant [14 x i8] c"i64 ushl.sat:\00"
@s237 = private unnamed_addr addrspace(200) constant [10 x i8] c"i64 fshl:\00"
@s238 = private unnamed_addr addrspace(200) constant [10 x i8] c"i64 fshr:\00"
@s239 = private unnamed_addr addrspace(200) constant [10 x i8] c"i64 rotl:\00"
@s240 = private unnamed_addr addrspace(200) constant [10 x i8] c"i64 rotr:\00"
@s241 = private unnamed_addr addrspace(200) constant [24 x i8] c"i64 sadd.with.overflow:\00"
@s242 = private unnamed_addr addrspace(200) constant [24 x i8] c"i64 uadd.with.overflow:\00"
@s243 = private unnamed_addr addrspace(200) constant [24 x i8] c"i64 ssub.with.overflow:\00"
@s244 = private unnamed_addr addrspace(200) constant [24 x i8] c"i64 usub.with.overflow:\00"
@s245 = private unnamed_addr addrspace(200) constant [24 x i8] c"i64 smul.with.overflow:\00"
@s246 = private unnamed_addr addrspace(200) constant [24 x i8] c"i64 umul.with.overflow:\00"
@s247 = private unnamed_addr addrspace(200) constant [11 x i8] c"i72 ctpop:\00"
@s248 = private unnamed_addr addrspace(200) constant [10 x i8] c"i72 ctlz:\00"
@s249 = private unnamed_addr addrspace(200) constant [10 x i8] c"i72 cttz:\00"
@s250 = private unnamed_addr addrspace(200) constant [16 x i8] c"i72 bitreverse:\00"
@s251 = private unnamed_addr addrspace(200) constant [9 x i8] c"i72 abs:\00"
@s252 = private unnamed_addr addrspace(200) constant [10 x i8] c"i72 smin:\00"
@s253 = private unnamed_addr addrspace(200) constant [10 x i8] c"i72 smax:\00"
@s254 = private unnamed_addr addrspace(200) constant [10 x i8] c"i72 umin:\00"
@s255 = private unnamed_addr addrspace(200) constant [10 x i8] c"i72 umax:\00"
@s256 = private unnamed_addr addrspace(200) constant [14 x i8] c"i72 sadd.sat:\00"
@s257 = private unnamed_addr addrspace(200) constant [14 x i8] c"i72 uadd.sat:\00"
@s258 = private unnamed_addr addrspace(200) constant [14 x i8] c"i72 ssub.sat:\00"
@s259 = private unnamed_addr addrspace(200) constant [14 x i8] c"i72 usub.sat:\00"
@s260 = private unnamed_addr addrspace(200) constant [10 x i8] c"i72 scmp:\00"
@s261 = private unnamed_addr addrspace(200) constant [10 x i8] c"i72 ucmp:\00"
@s262 = private unnamed_addr addrspace(200) constant [14 x i8] c"i72 sshl.sat:\00"
@s263 = private unnamed_addr addrspace(200) constant [14 x i8] c"i72 ushl.sat:\00"
@s264 = private unnamed_addr addrspace(200) constant [10 x i8] c"i72 fshl:\00"
@s265 = private unnamed_addr addrspace(200) constant [10 x i8] c"i72 fshr:\00"
@s266 = private unnamed_addr addrspace(200) constant [10 x i8] c"i72 rotl:\00"
@s267 = private unnamed_addr addrspace(200) constant [10 x i8] c"i72 rotr:\00"
@s268 = private unnamed_addr addrspace(200) constant [24 x i8] c"i72 sadd.with.overflow:\00"
@s269 = private unnamed_addr addrspace(200) constant [24 x i8] c"i72 uadd.with.overflow:\00"
@s270 = private unnamed_addr addrspace(200) constant [24 x i8] c"i72 ssub.with.overflow:\00"
@s271 = private unnamed_addr addrspace(200) constant [24 x i8] c"i72 usub.with.overflow:\00"
@s272 = private unnamed_addr addrspace(200) constant [24 x i8] c"i72 smul.with.overflow:\00"
@s273 = private unnamed_addr addrspace(200) constant [24 x i8] c"i72 umul.with.overflow:\00"
@s274 = private unnamed_addr addrspace(200) constant [12 x i8] c"i128 ctpop:\00"
@s275 = private unnamed_addr addrspace(200) constant [11 x i8] c"i128 ctlz:\00"
@s276 = private unnamed_addr addrspace(200) constant [11 x i8] c"i128 cttz:\00"
@s277 = private unnamed_addr addrspace(200) constant [12 x i8] c"i128 bswap:\00"
@s278 = private unnamed_addr addrspace(200) constant [17 x i8] c"i128 bitreverse:\00"
@s279 = private unnamed_addr addrspace(200) constant [10 x i8] c"i128 abs:\00"
@s280 = private unnamed_addr addrspace(200) constant [11 x i8] c"i128 smin:\00"
@s281 = private unnamed_addr addrspace(200) constant [11 x i8] c"i128 smax:\00"
@s282 = private unnamed_addr addrspace(200) constant [11 x i8] c"i128 umin:\00"
@s283 = private unnamed_addr addrspace(200) constant [11 x i8] c"i128 umax:\00"
@s284 = private unnamed_addr addrspace(200) constant [15 x i8] c"i128 sadd.sat:\00"
@s285 = private unnamed_addr addrspace(200) constant [15 x i8] c"i128 uadd.sat:\00"
@s286 = private unnamed_addr addrspace(200) constant [15 x i8] c"i128 ssub.sat:\00"
@s287 = private unnamed_addr addrspace(200) constant [15 x i8] c"i128 usub.sat:\00"
@s288 = private unnamed_addr addrspace(200) constant [11 x i8] c"i128 scmp:\00"
@s289 = private unnamed_addr addrspace(200) constant [11 x i8] c"i128 ucmp:\00"
@s290 = private unnamed_addr addrspace(200) constant [15 x i8] c"i128 sshl.sat:\00"
@s291 = private unnamed_addr addrspace(200) constant [15 x i8] c"i128 ushl.sat:\00"
@s292 = private unnamed_addr addrspace(200) constant [11 x i8] c"i128 fshl:\00"
@s293 = private unnamed_addr addrspace(200) constant [11 x i8] c"i128 fshr:\00"
@s294 = private unnamed_addr addrspace(200) constant [11 x i8] c"i128 rotl:\00"
@s295 = private unnamed_addr addrspace(200) constant [11 x i8] c"i128 rotr:\00"
@s296 = private unnamed_addr addrspace(200) constant [25 x i8] c"i128 sadd.with.overflow:\00"
@s297 = private unnamed_addr addrspace(200) constant [25 x i8] c"i128 uadd.with.overflow:\00"
@s298 = private unnamed_addr addrspace(200) constant [25 x i8] c"i128 ssub.with.overflow:\00"
@s299 = private unnamed_addr addrspace(200) constant [25 x i8] c"i128 usub.with.overflow:\00"
@s300 = private unnamed_addr addrspace(200) constant [25 x i8] c"i128 smul.with.overflow:\00"
@s301 = private unnamed_addr addrspace(200) constant [25 x i8] c"i128 umul.with.overflow:\00"
define i32 @main() addrspace(200) {
  %z = load volatile i32, ptr addrspace(200) @zero
  %z1 = trunc i32 %z to i1
  %z2 = trunc i32 %z to i2
  %z8 = trunc i32 %z to i8
  %z16 = trunc i32 %z to i16
  %z24 = trunc i32 %z to i24
  %z32 = add i32 %z, 0
  %z33 = zext i32 %z to i33
  %z48 = zext i32 %z to i48
  %z64 = zext i32 %z to i64
  %z72 = zext i32 %z to i72
  %z128 = zext i32 %z to i128
  call void @label(ptr addrspace(200) @s0)
  %t1 = xor i1 0, %z1
  %t2 = xor i1 1, %z1
  %t3 = call i1 @llvm.ctpop.i1(i1 %t1)
  %t4 = zext i1 %t3 to i128
  call void @put(i128 %t4, i1 false)
  %t5 = xor i1 0, %z1
  %t6 = xor i1 1, %z1
  %t7 = call i1 @llvm.ctpop.i1(i1 %t5)
  %t8 = zext i1 %t7 to i128
  call void @put(i128 %t8, i1 false)
  %t9 = xor i1 1, %z1
  %t10 = xor i1 1, %z1
  %t11 = call i1 @llvm.ctpop.i1(i1 %t9)
  %t12 = zext i1 %t11 to i128
  call void @put(i128 %t12, i1 false)
  %t13 = xor i1 1, %z1
  %t14 = xor i1 3, %z1
  %t15 = call i1 @llvm.ctpop.i1(i1 %t13)
  %t16 = zext i1 %t15 to i128
  call void @put(i128 %t16, i1 false)
  %t17 = xor i1 0, %z1
  %t18 = xor i1 0, %z1
  %t19 = call i1 @llvm.ctpop.i1(i1 %t17)
  %t20 = zext i1 %t19 to i128
  call void @put(i128 %t20, i1 false)
  %t21 = xor i1 0, %z1
  %t22 = xor i1 0, %z1
  %t23 = call i1 @llvm.ctpop.i1(i1 %t21)
  %t24 = zext i1 %t23 to i128
  call void @put(i128 %t24, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s1)
  %t25 = xor i1 0, %z1
  %t26 = xor i1 1, %z1
  %t27 = call i1 @llvm.ctlz.i1(i1 %t25, i1 false)
  %t28 = zext i1 %t27 to i128
  call void @put(i128 %t28, i1 false)
  %t29 = xor i1 0, %z1
  %t30 = xor i1 1, %z1
  %t31 = call i1 @llvm.ctlz.i1(i1 %t29, i1 false)
  %t32 = zext i1 %t31 to i128
  call void @put(i128 %t32, i1 false)
  %t33 = xor i1 1, %z1
  %t34 = xor i1 1, %z1
  %t35 = call i1 @llvm.ctlz.i1(i1 %t33, i1 false)
  %t36 = zext i1 %t35 to i128
  call void @put(i128 %t36, i1 false)
  %t37 = xor i1 1, %z1
  %t38 = xor i1 3, %z1
  %t39 = call i1 @llvm.ctlz.i1(i1 %t37, i1 false)
  %t40 = zext i1 %t39 to i128
  call void @put(i128 %t40, i1 false)
  %t41 = xor i1 0, %z1
  %t42 = xor i1 0, %z1
  %t43 = call i1 @llvm.ctlz.i1(i1 %t41, i1 false)
  %t44 = zext i1 %t43 to i128
  call void @put(i128 %t44, i1 false)
  %t45 = xor i1 0, %z1
  %t46 = xor i1 0, %z1
  %t47 = call i1 @llvm.ctlz.i1(i1 %t45, i1 false)
  %t48 = zext i1 %t47 to i128
  call void @put(i128 %t48, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s2)
  %t49 = xor i1 0, %z1
  %t50 = xor i1 1, %z1
  %t51 = call i1 @llvm.cttz.i1(i1 %t49, i1 false)
  %t52 = zext i1 %t51 to i128
  call void @put(i128 %t52, i1 false)
  %t53 = xor i1 0, %z1
  %t54 = xor i1 1, %z1
  %t55 = call i1 @llvm.cttz.i1(i1 %t53, i1 false)
  %t56 = zext i1 %t55 to i128
  call void @put(i128 %t56, i1 false)
  %t57 = xor i1 1, %z1
  %t58 = xor i1 1, %z1
  %t59 = call i1 @llvm.cttz.i1(i1 %t57, i1 false)
  %t60 = zext i1 %t59 to i128
  call void @put(i128 %t60, i1 false)
  %t61 = xor i1 1, %z1
  %t62 = xor i1 3, %z1
  %t63 = call i1 @llvm.cttz.i1(i1 %t61, i1 false)
  %t64 = zext i1 %t63 to i128
  call void @put(i128 %t64, i1 false)
  %t65 = xor i1 0, %z1
  %t66 = xor i1 0, %z1
  %t67 = call i1 @llvm.cttz.i1(i1 %t65, i1 false)
  %t68 = zext i1 %t67 to i128
  call void @put(i128 %t68, i1 false)
  %t69 = xor i1 0, %z1
  %t70 = xor i1 0, %z1
  %t71 = call i1 @llvm.cttz.i1(i1 %t69, i1 false)
  %t72 = zext i1 %t71 to i128
  call void @put(i128 %t72, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s3)
  %t73 = xor i1 0, %z1
  %t74 = xor i1 1, %z1
  %t75 = call i1 @llvm.bitreverse.i1(i1 %t73)
  %t76 = zext i1 %t75 to i128
  call void @put(i128 %t76, i1 false)
  %t77 = xor i1 0, %z1
  %t78 = xor i1 1, %z1
  %t79 = call i1 @llvm.bitreverse.i1(i1 %t77)
  %t80 = zext i1 %t79 to i128
  call void @put(i128 %t80, i1 false)
  %t81 = xor i1 1, %z1
  %t82 = xor i1 1, %z1
  %t83 = call i1 @llvm.bitreverse.i1(i1 %t81)
  %t84 = zext i1 %t83 to i128
  call void @put(i128 %t84, i1 false)
  %t85 = xor i1 1, %z1
  %t86 = xor i1 3, %z1
  %t87 = call i1 @llvm.bitreverse.i1(i1 %t85)
  %t88 = zext i1 %t87 to i128
  call void @put(i128 %t88, i1 false)
  %t89 = xor i1 0, %z1
  %t90 = xor i1 0, %z1
  %t91 = call i1 @llvm.bitreverse.i1(i1 %t89)
  %t92 = zext i1 %t91 to i128
  call void @put(i128 %t92, i1 false)
  %t93 = xor i1 0, %z1
  %t94 = xor i1 0, %z1
  %t95 = call i1 @llvm.bitreverse.i1(i1 %t93)
  %t96 = zext i1 %t95 to i128
  call void @put(i128 %t96, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s4)
  %t97 = xor i1 0, %z1
  %t98 = xor i1 1, %z1
  %t99 = call i1 @llvm.abs.i1(i1 %t97, i1 false)
  %t100 = zext i1 %t99 to i128
  call void @put(i128 %t100, i1 false)
  %t101 = xor i1 0, %z1
  %t102 = xor i1 1, %z1
  %t103 = call i1 @llvm.abs.i1(i1 %t101, i1 false)
  %t104 = zext i1 %t103 to i128
  call void @put(i128 %t104, i1 false)
  %t105 = xor i1 1, %z1
  %t106 = xor i1 1, %z1
  %t107 = call i1 @llvm.abs.i1(i1 %t105, i1 false)
  %t108 = zext i1 %t107 to i128
  call void @put(i128 %t108, i1 false)
  %t109 = xor i1 1, %z1
  %t110 = xor i1 3, %z1
  %t111 = call i1 @llvm.abs.i1(i1 %t109, i1 false)
  %t112 = zext i1 %t111 to i128
  call void @put(i128 %t112, i1 false)
  %t113 = xor i1 0, %z1
  %t114 = xor i1 0, %z1
  %t115 = call i1 @llvm.abs.i1(i1 %t113, i1 false)
  %t116 = zext i1 %t115 to i128
  call void @put(i128 %t116, i1 false)
  %t117 = xor i1 0, %z1
  %t118 = xor i1 0, %z1
  %t119 = call i1 @llvm.abs.i1(i1 %t117, i1 false)
  %t120 = zext i1 %t119 to i128
  call void @put(i128 %t120, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s5)
  %t121 = xor i1 0, %z1
  %t122 = xor i1 1, %z1
  %t123 = call i1 @llvm.smin.i1(i1 %t121, i1 %t122)
  %t124 = zext i1 %t123 to i128
  call void @put(i128 %t124, i1 false)
  %t125 = xor i1 0, %z1
  %t126 = xor i1 1, %z1
  %t127 = call i1 @llvm.smin.i1(i1 %t125, i1 %t126)
  %t128 = zext i1 %t127 to i128
  call void @put(i128 %t128, i1 false)
  %t129 = xor i1 1, %z1
  %t130 = xor i1 1, %z1
  %t131 = call i1 @llvm.smin.i1(i1 %t129, i1 %t130)
  %t132 = zext i1 %t131 to i128
  call void @put(i128 %t132, i1 false)
  %t133 = xor i1 1, %z1
  %t134 = xor i1 3, %z1
  %t135 = call i1 @llvm.smin.i1(i1 %t133, i1 %t134)
  %t136 = zext i1 %t135 to i128
  call void @put(i128 %t136, i1 false)
  %t137 = xor i1 0, %z1
  %t138 = xor i1 0, %z1
  %t139 = call i1 @llvm.smin.i1(i1 %t137, i1 %t138)
  %t140 = zext i1 %t139 to i128
  call void @put(i128 %t140, i1 false)
  %t141 = xor i1 0, %z1
  %t142 = xor i1 0, %z1
  %t143 = call i1 @llvm.smin.i1(i1 %t141, i1 %t142)
  %t144 = zext i1 %t143 to i128
  call void @put(i128 %t144, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s6)
  %t145 = xor i1 0, %z1
  %t146 = xor i1 1, %z1
  %t147 = call i1 @llvm.smax.i1(i1 %t145, i1 %t146)
  %t148 = zext i1 %t147 to i128
  call void @put(i128 %t148, i1 false)
  %t149 = xor i1 0, %z1
  %t150 = xor i1 1, %z1
  %t151 = call i1 @llvm.smax.i1(i1 %t149, i1 %t150)
  %t152 = zext i1 %t151 to i128
  call void @put(i128 %t152, i1 false)
  %t153 = xor i1 1, %z1
  %t154 = xor i1 1, %z1
  %t155 = call i1 @llvm.smax.i1(i1 %t153, i1 %t154)
  %t156 = zext i1 %t155 to i128
  call void @put(i128 %t156, i1 false)
  %t157 = xor i1 1, %z1
  %t158 = xor i1 3, %z1
  %t159 = call i1 @llvm.smax.i1(i1 %t157, i1 %t158)
  %t160 = zext i1 %t159 to i128
  call void @put(i128 %t160, i1 false)
  %t161 = xor i1 0, %z1
  %t162 = xor i1 0, %z1
  %t163 = call i1 @llvm.smax.i1(i1 %t161, i1 %t162)
  %t164 = zext i1 %t163 to i128
  call void @put(i128 %t164, i1 false)
  %t165 = xor i1 0, %z1
  %t166 = xor i1 0, %z1
  %t167 = call i1 @llvm.smax.i1(i1 %t165, i1 %t166)
  %t168 = zext i1 %t167 to i128
  call void @put(i128 %t168, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s7)
  %t169 = xor i1 0, %z1
  %t170 = xor i1 1, %z1
  %t171 = call i1 @llvm.umin.i1(i1 %t169, i1 %t170)
  %t172 = zext i1 %t171 to i128
  call void @put(i128 %t172, i1 false)
  %t173 = xor i1 0, %z1
  %t174 = xor i1 1, %z1
  %t175 = call i1 @llvm.umin.i1(i1 %t173, i1 %t174)
  %t176 = zext i1 %t175 to i128
  call void @put(i128 %t176, i1 false)
  %t177 = xor i1 1, %z1
  %t178 = xor i1 1, %z1
  %t179 = call i1 @llvm.umin.i1(i1 %t177, i1 %t178)
  %t180 = zext i1 %t179 to i128
  call void @put(i128 %t180, i1 false)
  %t181 = xor i1 1, %z1
  %t182 = xor i1 3, %z1
  %t183 = call i1 @llvm.umin.i1(i1 %t181, i1 %t182)
  %t184 = zext i1 %t183 to i128
  call void @put(i128 %t184, i1 false)
  %t185 = xor i1 0, %z1
  %t186 = xor i1 0, %z1
  %t187 = call i1 @llvm.umin.i1(i1 %t185, i1 %t186)
  %t188 = zext i1 %t187 to i128
  call void @put(i128 %t188, i1 false)
  %t189 = xor i1 0, %z1
  %t190 = xor i1 0, %z1
  %t191 = call i1 @llvm.umin.i1(i1 %t189, i1 %t190)
  %t192 = zext i1 %t191 to i128
  call void @put(i128 %t192, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s8)
  %t193 = xor i1 0, %z1
  %t194 = xor i1 1, %z1
  %t195 = call i1 @llvm.umax.i1(i1 %t193, i1 %t194)
  %t196 = zext i1 %t195 to i128
  call void @put(i128 %t196, i1 false)
  %t197 = xor i1 0, %z1
  %t198 = xor i1 1, %z1
  %t199 = call i1 @llvm.umax.i1(i1 %t197, i1 %t198)
  %t200 = zext i1 %t199 to i128
  call void @put(i128 %t200, i1 false)
  %t201 = xor i1 1, %z1
  %t202 = xor i1 1, %z1
  %t203 = call i1 @llvm.umax.i1(i1 %t201, i1 %t202)
  %t204 = zext i1 %t203 to i128
  call void @put(i128 %t204, i1 false)
  %t205 = xor i1 1, %z1
  %t206 = xor i1 3, %z1
  %t207 = call i1 @llvm.umax.i1(i1 %t205, i1 %t206)
  %t208 = zext i1 %t207 to i128
  call void @put(i128 %t208, i1 false)
  %t209 = xor i1 0, %z1
  %t210 = xor i1 0, %z1
  %t211 = call i1 @llvm.umax.i1(i1 %t209, i1 %t210)
  %t212 = zext i1 %t211 to i128
  call void @put(i128 %t212, i1 false)
  %t213 = xor i1 0, %z1
  %t214 = xor i1 0, %z1
  %t215 = call i1 @llvm.umax.i1(i1 %t213, i1 %t214)
  %t216 = zext i1 %t215 to i128
  call void @put(i128 %t216, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s9)
  %t217 = xor i1 0, %z1
  %t218 = xor i1 1, %z1
  %t219 = call i1 @llvm.sadd.sat.i1(i1 %t217, i1 %t218)
  %t220 = zext i1 %t219 to i128
  call void @put(i128 %t220, i1 false)
  %t221 = xor i1 0, %z1
  %t222 = xor i1 1, %z1
  %t223 = call i1 @llvm.sadd.sat.i1(i1 %t221, i1 %t222)
  %t224 = zext i1 %t223 to i128
  call void @put(i128 %t224, i1 false)
  %t225 = xor i1 1, %z1
  %t226 = xor i1 1, %z1
  %t227 = call i1 @llvm.sadd.sat.i1(i1 %t225, i1 %t226)
  %t228 = zext i1 %t227 to i128
  call void @put(i128 %t228, i1 false)
  %t229 = xor i1 1, %z1
  %t230 = xor i1 3, %z1
  %t231 = call i1 @llvm.sadd.sat.i1(i1 %t229, i1 %t230)
  %t232 = zext i1 %t231 to i128
  call void @put(i128 %t232, i1 false)
  %t233 = xor i1 0, %z1
  %t234 = xor i1 0, %z1
  %t235 = call i1 @llvm.sadd.sat.i1(i1 %t233, i1 %t234)
  %t236 = zext i1 %t235 to i128
  call void @put(i128 %t236, i1 false)
  %t237 = xor i1 0, %z1
  %t238 = xor i1 0, %z1
  %t239 = call i1 @llvm.sadd.sat.i1(i1 %t237, i1 %t238)
  %t240 = zext i1 %t239 to i128
  call void @put(i128 %t240, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s10)
  %t241 = xor i1 0, %z1
  %t242 = xor i1 1, %z1
  %t243 = call i1 @llvm.uadd.sat.i1(i1 %t241, i1 %t242)
  %t244 = zext i1 %t243 to i128
  call void @put(i128 %t244, i1 false)
  %t245 = xor i1 0, %z1
  %t246 = xor i1 1, %z1
  %t247 = call i1 @llvm.uadd.sat.i1(i1 %t245, i1 %t246)
  %t248 = zext i1 %t247 to i128
  call void @put(i128 %t248, i1 false)
  %t249 = xor i1 1, %z1
  %t250 = xor i1 1, %z1
  %t251 = call i1 @llvm.uadd.sat.i1(i1 %t249, i1 %t250)
  %t252 = zext i1 %t251 to i128
  call void @put(i128 %t252, i1 false)
  %t253 = xor i1 1, %z1
  %t254 = xor i1 3, %z1
  %t255 = call i1 @llvm.uadd.sat.i1(i1 %t253, i1 %t254)
  %t256 = zext i1 %t255 to i128
  call void @put(i128 %t256, i1 false)
  %t257 = xor i1 0, %z1
  %t258 = xor i1 0, %z1
  %t259 = call i1 @llvm.uadd.sat.i1(i1 %t257, i1 %t258)
  %t260 = zext i1 %t259 to i128
  call void @put(i128 %t260, i1 false)
  %t261 = xor i1 0, %z1
  %t262 = xor i1 0, %z1
  %t263 = call i1 @llvm.uadd.sat.i1(i1 %t261, i1 %t262)
  %t264 = zext i1 %t263 to i128
  call void @put(i128 %t264, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s11)
  %t265 = xor i1 0, %z1
  %t266 = xor i1 1, %z1
  %t267 = call i1 @llvm.ssub.sat.i1(i1 %t265, i1 %t266)
  %t268 = zext i1 %t267 to i128
  call void @put(i128 %t268, i1 false)
  %t269 = xor i1 0, %z1
  %t270 = xor i1 1, %z1
  %t271 = call i1 @llvm.ssub.sat.i1(i1 %t269, i1 %t270)
  %t272 = zext i1 %t271 to i128
  call void @put(i128 %t272, i1 false)
  %t273 = xor i1 1, %z1
  %t274 = xor i1 1, %z1
  %t275 = call i1 @llvm.ssub.sat.i1(i1 %t273, i1 %t274)
  %t276 = zext i1 %t275 to i128
  call void @put(i128 %t276, i1 false)
  %t277 = xor i1 1, %z1
  %t278 = xor i1 3, %z1
  %t279 = call i1 @llvm.ssub.sat.i1(i1 %t277, i1 %t278)
  %t280 = zext i1 %t279 to i128
  call void @put(i128 %t280, i1 false)
  %t281 = xor i1 0, %z1
  %t282 = xor i1 0, %z1
  %t283 = call i1 @llvm.ssub.sat.i1(i1 %t281, i1 %t282)
  %t284 = zext i1 %t283 to i128
  call void @put(i128 %t284, i1 false)
  %t285 = xor i1 0, %z1
  %t286 = xor i1 0, %z1
  %t287 = call i1 @llvm.ssub.sat.i1(i1 %t285, i1 %t286)
  %t288 = zext i1 %t287 to i128
  call void @put(i128 %t288, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s12)
  %t289 = xor i1 0, %z1
  %t290 = xor i1 1, %z1
  %t291 = call i1 @llvm.usub.sat.i1(i1 %t289, i1 %t290)
  %t292 = zext i1 %t291 to i128
  call void @put(i128 %t292, i1 false)
  %t293 = xor i1 0, %z1
  %t294 = xor i1 1, %z1
  %t295 = call i1 @llvm.usub.sat.i1(i1 %t293, i1 %t294)
  %t296 = zext i1 %t295 to i128
  call void @put(i128 %t296, i1 false)
  %t297 = xor i1 1, %z1
  %t298 = xor i1 1, %z1
  %t299 = call i1 @llvm.usub.sat.i1(i1 %t297, i1 %t298)
  %t300 = zext i1 %t299 to i128
  call void @put(i128 %t300, i1 false)
  %t301 = xor i1 1, %z1
  %t302 = xor i1 3, %z1
  %t303 = call i1 @llvm.usub.sat.i1(i1 %t301, i1 %t302)
  %t304 = zext i1 %t303 to i128
  call void @put(i128 %t304, i1 false)
  %t305 = xor i1 0, %z1
  %t306 = xor i1 0, %z1
  %t307 = call i1 @llvm.usub.sat.i1(i1 %t305, i1 %t306)
  %t308 = zext i1 %t307 to i128
  call void @put(i128 %t308, i1 false)
  %t309 = xor i1 0, %z1
  %t310 = xor i1 0, %z1
  %t311 = call i1 @llvm.usub.sat.i1(i1 %t309, i1 %t310)
  %t312 = zext i1 %t311 to i128
  call void @put(i128 %t312, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s13)
  %t313 = xor i1 0, %z1
  %t314 = xor i1 1, %z1
  %t315 = call i8 @llvm.scmp.i8.i1(i1 %t313, i1 %t314)
  %t316 = zext i8 %t315 to i128
  call void @put(i128 %t316, i1 false)
  %t317 = xor i1 0, %z1
  %t318 = xor i1 1, %z1
  %t319 = call i8 @llvm.scmp.i8.i1(i1 %t317, i1 %t318)
  %t320 = zext i8 %t319 to i128
  call void @put(i128 %t320, i1 false)
  %t321 = xor i1 1, %z1
  %t322 = xor i1 1, %z1
  %t323 = call i8 @llvm.scmp.i8.i1(i1 %t321, i1 %t322)
  %t324 = zext i8 %t323 to i128
  call void @put(i128 %t324, i1 false)
  %t325 = xor i1 1, %z1
  %t326 = xor i1 3, %z1
  %t327 = call i8 @llvm.scmp.i8.i1(i1 %t325, i1 %t326)
  %t328 = zext i8 %t327 to i128
  call void @put(i128 %t328, i1 false)
  %t329 = xor i1 0, %z1
  %t330 = xor i1 0, %z1
  %t331 = call i8 @llvm.scmp.i8.i1(i1 %t329, i1 %t330)
  %t332 = zext i8 %t331 to i128
  call void @put(i128 %t332, i1 false)
  %t333 = xor i1 0, %z1
  %t334 = xor i1 0, %z1
  %t335 = call i8 @llvm.scmp.i8.i1(i1 %t333, i1 %t334)
  %t336 = zext i8 %t335 to i128
  call void @put(i128 %t336, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s14)
  %t337 = xor i1 0, %z1
  %t338 = xor i1 1, %z1
  %t339 = call i8 @llvm.ucmp.i8.i1(i1 %t337, i1 %t338)
  %t340 = zext i8 %t339 to i128
  call void @put(i128 %t340, i1 false)
  %t341 = xor i1 0, %z1
  %t342 = xor i1 1, %z1
  %t343 = call i8 @llvm.ucmp.i8.i1(i1 %t341, i1 %t342)
  %t344 = zext i8 %t343 to i128
  call void @put(i128 %t344, i1 false)
  %t345 = xor i1 1, %z1
  %t346 = xor i1 1, %z1
  %t347 = call i8 @llvm.ucmp.i8.i1(i1 %t345, i1 %t346)
  %t348 = zext i8 %t347 to i128
  call void @put(i128 %t348, i1 false)
  %t349 = xor i1 1, %z1
  %t350 = xor i1 3, %z1
  %t351 = call i8 @llvm.ucmp.i8.i1(i1 %t349, i1 %t350)
  %t352 = zext i8 %t351 to i128
  call void @put(i128 %t352, i1 false)
  %t353 = xor i1 0, %z1
  %t354 = xor i1 0, %z1
  %t355 = call i8 @llvm.ucmp.i8.i1(i1 %t353, i1 %t354)
  %t356 = zext i8 %t355 to i128
  call void @put(i128 %t356, i1 false)
  %t357 = xor i1 0, %z1
  %t358 = xor i1 0, %z1
  %t359 = call i8 @llvm.ucmp.i8.i1(i1 %t357, i1 %t358)
  %t360 = zext i8 %t359 to i128
  call void @put(i128 %t360, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s15)
  %t361 = xor i1 0, %z1
  %t362 = xor i1 1, %z1
  %t364 = xor i1 0, %z1
  %t363 = call i1 @llvm.sshl.sat.i1(i1 %t361, i1 %t364)
  %t365 = zext i1 %t363 to i128
  call void @put(i128 %t365, i1 false)
  %t366 = xor i1 0, %z1
  %t367 = xor i1 1, %z1
  %t369 = xor i1 0, %z1
  %t368 = call i1 @llvm.sshl.sat.i1(i1 %t366, i1 %t369)
  %t370 = zext i1 %t368 to i128
  call void @put(i128 %t370, i1 false)
  %t371 = xor i1 1, %z1
  %t372 = xor i1 1, %z1
  %t374 = xor i1 0, %z1
  %t373 = call i1 @llvm.sshl.sat.i1(i1 %t371, i1 %t374)
  %t375 = zext i1 %t373 to i128
  call void @put(i128 %t375, i1 false)
  %t376 = xor i1 1, %z1
  %t377 = xor i1 3, %z1
  %t379 = xor i1 0, %z1
  %t378 = call i1 @llvm.sshl.sat.i1(i1 %t376, i1 %t379)
  %t380 = zext i1 %t378 to i128
  call void @put(i128 %t380, i1 false)
  %t381 = xor i1 0, %z1
  %t382 = xor i1 0, %z1
  %t384 = xor i1 0, %z1
  %t383 = call i1 @llvm.sshl.sat.i1(i1 %t381, i1 %t384)
  %t385 = zext i1 %t383 to i128
  call void @put(i128 %t385, i1 false)
  %t386 = xor i1 0, %z1
  %t387 = xor i1 0, %z1
  %t389 = xor i1 0, %z1
  %t388 = call i1 @llvm.sshl.sat.i1(i1 %t386, i1 %t389)
  %t390 = zext i1 %t388 to i128
  call void @put(i128 %t390, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s16)
  %t391 = xor i1 0, %z1
  %t392 = xor i1 1, %z1
  %t394 = xor i1 0, %z1
  %t393 = call i1 @llvm.ushl.sat.i1(i1 %t391, i1 %t394)
  %t395 = zext i1 %t393 to i128
  call void @put(i128 %t395, i1 false)
  %t396 = xor i1 0, %z1
  %t397 = xor i1 1, %z1
  %t399 = xor i1 0, %z1
  %t398 = call i1 @llvm.ushl.sat.i1(i1 %t396, i1 %t399)
  %t400 = zext i1 %t398 to i128
  call void @put(i128 %t400, i1 false)
  %t401 = xor i1 1, %z1
  %t402 = xor i1 1, %z1
  %t404 = xor i1 0, %z1
  %t403 = call i1 @llvm.ushl.sat.i1(i1 %t401, i1 %t404)
  %t405 = zext i1 %t403 to i128
  call void @put(i128 %t405, i1 false)
  %t406 = xor i1 1, %z1
  %t407 = xor i1 3, %z1
  %t409 = xor i1 0, %z1
  %t408 = call i1 @llvm.ushl.sat.i1(i1 %t406, i1 %t409)
  %t410 = zext i1 %t408 to i128
  call void @put(i128 %t410, i1 false)
  %t411 = xor i1 0, %z1
  %t412 = xor i1 0, %z1
  %t414 = xor i1 0, %z1
  %t413 = call i1 @llvm.ushl.sat.i1(i1 %t411, i1 %t414)
  %t415 = zext i1 %t413 to i128
  call void @put(i128 %t415, i1 false)
  %t416 = xor i1 0, %z1
  %t417 = xor i1 0, %z1
  %t419 = xor i1 0, %z1
  %t418 = call i1 @llvm.ushl.sat.i1(i1 %t416, i1 %t419)
  %t420 = zext i1 %t418 to i128
  call void @put(i128 %t420, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s17)
  %t421 = xor i1 0, %z1
  %t422 = xor i1 1, %z1
  %t424 = xor i1 1, %z1
  %t423 = call i1 @llvm.fshl.i1(i1 %t421, i1 %t422, i1 %t424)
  %t425 = zext i1 %t423 to i128
  call void @put(i128 %t425, i1 false)
  %t426 = xor i1 0, %z1
  %t427 = xor i1 1, %z1
  %t429 = xor i1 0, %z1
  %t428 = call i1 @llvm.fshl.i1(i1 %t426, i1 %t427, i1 %t429)
  %t430 = zext i1 %t428 to i128
  call void @put(i128 %t430, i1 false)
  %t431 = xor i1 1, %z1
  %t432 = xor i1 1, %z1
  %t434 = xor i1 0, %z1
  %t433 = call i1 @llvm.fshl.i1(i1 %t431, i1 %t432, i1 %t434)
  %t435 = zext i1 %t433 to i128
  call void @put(i128 %t435, i1 false)
  %t436 = xor i1 1, %z1
  %t437 = xor i1 3, %z1
  %t439 = xor i1 0, %z1
  %t438 = call i1 @llvm.fshl.i1(i1 %t436, i1 %t437, i1 %t439)
  %t440 = zext i1 %t438 to i128
  call void @put(i128 %t440, i1 false)
  %t441 = xor i1 0, %z1
  %t442 = xor i1 0, %z1
  %t444 = xor i1 0, %z1
  %t443 = call i1 @llvm.fshl.i1(i1 %t441, i1 %t442, i1 %t444)
  %t445 = zext i1 %t443 to i128
  call void @put(i128 %t445, i1 false)
  %t446 = xor i1 0, %z1
  %t447 = xor i1 0, %z1
  %t449 = xor i1 1, %z1
  %t448 = call i1 @llvm.fshl.i1(i1 %t446, i1 %t447, i1 %t449)
  %t450 = zext i1 %t448 to i128
  call void @put(i128 %t450, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s18)
  %t451 = xor i1 0, %z1
  %t452 = xor i1 1, %z1
  %t454 = xor i1 1, %z1
  %t453 = call i1 @llvm.fshr.i1(i1 %t451, i1 %t452, i1 %t454)
  %t455 = zext i1 %t453 to i128
  call void @put(i128 %t455, i1 false)
  %t456 = xor i1 0, %z1
  %t457 = xor i1 1, %z1
  %t459 = xor i1 0, %z1
  %t458 = call i1 @llvm.fshr.i1(i1 %t456, i1 %t457, i1 %t459)
  %t460 = zext i1 %t458 to i128
  call void @put(i128 %t460, i1 false)
  %t461 = xor i1 1, %z1
  %t462 = xor i1 1, %z1
  %t464 = xor i1 0, %z1
  %t463 = call i1 @llvm.fshr.i1(i1 %t461, i1 %t462, i1 %t464)
  %t465 = zext i1 %t463 to i128
  call void @put(i128 %t465, i1 false)
  %t466 = xor i1 1, %z1
  %t467 = xor i1 3, %z1
  %t469 = xor i1 0, %z1
  %t468 = call i1 @llvm.fshr.i1(i1 %t466, i1 %t467, i1 %t469)
  %t470 = zext i1 %t468 to i128
  call void @put(i128 %t470, i1 false)
  %t471 = xor i1 0, %z1
  %t472 = xor i1 0, %z1
  %t474 = xor i1 0, %z1
  %t473 = call i1 @llvm.fshr.i1(i1 %t471, i1 %t472, i1 %t474)
  %t475 = zext i1 %t473 to i128
  call void @put(i128 %t475, i1 false)
  %t476 = xor i1 0, %z1
  %t477 = xor i1 0, %z1
  %t479 = xor i1 1, %z1
  %t478 = call i1 @llvm.fshr.i1(i1 %t476, i1 %t477, i1 %t479)
  %t480 = zext i1 %t478 to i128
  call void @put(i128 %t480, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s19)
  %t481 = xor i1 0, %z1
  %t482 = xor i1 1, %z1
  %t484 = xor i1 1, %z1
  %t483 = call i1 @llvm.fshl.i1(i1 %t481, i1 %t481, i1 %t484)
  %t485 = zext i1 %t483 to i128
  call void @put(i128 %t485, i1 false)
  %t486 = xor i1 0, %z1
  %t487 = xor i1 1, %z1
  %t489 = xor i1 0, %z1
  %t488 = call i1 @llvm.fshl.i1(i1 %t486, i1 %t486, i1 %t489)
  %t490 = zext i1 %t488 to i128
  call void @put(i128 %t490, i1 false)
  %t491 = xor i1 1, %z1
  %t492 = xor i1 1, %z1
  %t494 = xor i1 0, %z1
  %t493 = call i1 @llvm.fshl.i1(i1 %t491, i1 %t491, i1 %t494)
  %t495 = zext i1 %t493 to i128
  call void @put(i128 %t495, i1 false)
  %t496 = xor i1 1, %z1
  %t497 = xor i1 3, %z1
  %t499 = xor i1 0, %z1
  %t498 = call i1 @llvm.fshl.i1(i1 %t496, i1 %t496, i1 %t499)
  %t500 = zext i1 %t498 to i128
  call void @put(i128 %t500, i1 false)
  %t501 = xor i1 0, %z1
  %t502 = xor i1 0, %z1
  %t504 = xor i1 0, %z1
  %t503 = call i1 @llvm.fshl.i1(i1 %t501, i1 %t501, i1 %t504)
  %t505 = zext i1 %t503 to i128
  call void @put(i128 %t505, i1 false)
  %t506 = xor i1 0, %z1
  %t507 = xor i1 0, %z1
  %t509 = xor i1 1, %z1
  %t508 = call i1 @llvm.fshl.i1(i1 %t506, i1 %t506, i1 %t509)
  %t510 = zext i1 %t508 to i128
  call void @put(i128 %t510, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s20)
  %t511 = xor i1 0, %z1
  %t512 = xor i1 1, %z1
  %t514 = xor i1 1, %z1
  %t513 = call i1 @llvm.fshr.i1(i1 %t511, i1 %t511, i1 %t514)
  %t515 = zext i1 %t513 to i128
  call void @put(i128 %t515, i1 false)
  %t516 = xor i1 0, %z1
  %t517 = xor i1 1, %z1
  %t519 = xor i1 0, %z1
  %t518 = call i1 @llvm.fshr.i1(i1 %t516, i1 %t516, i1 %t519)
  %t520 = zext i1 %t518 to i128
  call void @put(i128 %t520, i1 false)
  %t521 = xor i1 1, %z1
  %t522 = xor i1 1, %z1
  %t524 = xor i1 0, %z1
  %t523 = call i1 @llvm.fshr.i1(i1 %t521, i1 %t521, i1 %t524)
  %t525 = zext i1 %t523 to i128
  call void @put(i128 %t525, i1 false)
  %t526 = xor i1 1, %z1
  %t527 = xor i1 3, %z1
  %t529 = xor i1 0, %z1
  %t528 = call i1 @llvm.fshr.i1(i1 %t526, i1 %t526, i1 %t529)
  %t530 = zext i1 %t528 to i128
  call void @put(i128 %t530, i1 false)
  %t531 = xor i1 0, %z1
  %t532 = xor i1 0, %z1
  %t534 = xor i1 0, %z1
  %t533 = call i1 @llvm.fshr.i1(i1 %t531, i1 %t531, i1 %t534)
  %t535 = zext i1 %t533 to i128
  call void @put(i128 %t535, i1 false)
  %t536 = xor i1 0, %z1
  %t537 = xor i1 0, %z1
  %t539 = xor i1 1, %z1
  %t538 = call i1 @llvm.fshr.i1(i1 %t536, i1 %t536, i1 %t539)
  %t540 = zext i1 %t538 to i128
  call void @put(i128 %t540, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s21)
  %t541 = xor i1 0, %z1
  %t542 = xor i1 1, %z1
  %t543 = call {i1, i1} @llvm.sadd.with.overflow.i1(i1 %t541, i1 %t542)
  %t544 = extractvalue {i1, i1} %t543, 0
  %t545 = extractvalue {i1, i1} %t543, 1
  %t546 = zext i1 %t544 to i128
  call void @put(i128 %t546, i1 false)
  %t547 = zext i1 %t545 to i128
  call void @put(i128 %t547, i1 false)
  %t548 = xor i1 0, %z1
  %t549 = xor i1 1, %z1
  %t550 = call {i1, i1} @llvm.sadd.with.overflow.i1(i1 %t548, i1 %t549)
  %t551 = extractvalue {i1, i1} %t550, 0
  %t552 = extractvalue {i1, i1} %t550, 1
  %t553 = zext i1 %t551 to i128
  call void @put(i128 %t553, i1 false)
  %t554 = zext i1 %t552 to i128
  call void @put(i128 %t554, i1 false)
  %t555 = xor i1 1, %z1
  %t556 = xor i1 1, %z1
  %t557 = call {i1, i1} @llvm.sadd.with.overflow.i1(i1 %t555, i1 %t556)
  %t558 = extractvalue {i1, i1} %t557, 0
  %t559 = extractvalue {i1, i1} %t557, 1
  %t560 = zext i1 %t558 to i128
  call void @put(i128 %t560, i1 false)
  %t561 = zext i1 %t559 to i128
  call void @put(i128 %t561, i1 false)
  %t562 = xor i1 1, %z1
  %t563 = xor i1 3, %z1
  %t564 = call {i1, i1} @llvm.sadd.with.overflow.i1(i1 %t562, i1 %t563)
  %t565 = extractvalue {i1, i1} %t564, 0
  %t566 = extractvalue {i1, i1} %t564, 1
  %t567 = zext i1 %t565 to i128
  call void @put(i128 %t567, i1 false)
  %t568 = zext i1 %t566 to i128
  call void @put(i128 %t568, i1 false)
  %t569 = xor i1 0, %z1
  %t570 = xor i1 0, %z1
  %t571 = call {i1, i1} @llvm.sadd.with.overflow.i1(i1 %t569, i1 %t570)
  %t572 = extractvalue {i1, i1} %t571, 0
  %t573 = extractvalue {i1, i1} %t571, 1
  %t574 = zext i1 %t572 to i128
  call void @put(i128 %t574, i1 false)
  %t575 = zext i1 %t573 to i128
  call void @put(i128 %t575, i1 false)
  %t576 = xor i1 0, %z1
  %t577 = xor i1 0, %z1
  %t578 = call {i1, i1} @llvm.sadd.with.overflow.i1(i1 %t576, i1 %t577)
  %t579 = extractvalue {i1, i1} %t578, 0
  %t580 = extractvalue {i1, i1} %t578, 1
  %t581 = zext i1 %t579 to i128
  call void @put(i128 %t581, i1 false)
  %t582 = zext i1 %t580 to i128
  call void @put(i128 %t582, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s22)
  %t583 = xor i1 0, %z1
  %t584 = xor i1 1, %z1
  %t585 = call {i1, i1} @llvm.uadd.with.overflow.i1(i1 %t583, i1 %t584)
  %t586 = extractvalue {i1, i1} %t585, 0
  %t587 = extractvalue {i1, i1} %t585, 1
  %t588 = zext i1 %t586 to i128
  call void @put(i128 %t588, i1 false)
  %t589 = zext i1 %t587 to i128
  call void @put(i128 %t589, i1 false)
  %t590 = xor i1 0, %z1
  %t591 = xor i1 1, %z1
  %t592 = call {i1, i1} @llvm.uadd.with.overflow.i1(i1 %t590, i1 %t591)
  %t593 = extractvalue {i1, i1} %t592, 0
  %t594 = extractvalue {i1, i1} %t592, 1
  %t595 = zext i1 %t593 to i128
  call void @put(i128 %t595, i1 false)
  %t596 = zext i1 %t594 to i128
  call void @put(i128 %t596, i1 false)
  %t597 = xor i1 1, %z1
  %t598 = xor i1 1, %z1
  %t599 = call {i1, i1} @llvm.uadd.with.overflow.i1(i1 %t597, i1 %t598)
  %t600 = extractvalue {i1, i1} %t599, 0
  %t601 = extractvalue {i1, i1} %t599, 1
  %t602 = zext i1 %t600 to i128
  call void @put(i128 %t602, i1 false)
  %t603 = zext i1 %t601 to i128
  call void @put(i128 %t603, i1 false)
  %t604 = xor i1 1, %z1
  %t605 = xor i1 3, %z1
  %t606 = call {i1, i1} @llvm.uadd.with.overflow.i1(i1 %t604, i1 %t605)
  %t607 = extractvalue {i1, i1} %t606, 0
  %t608 = extractvalue {i1, i1} %t606, 1
  %t609 = zext i1 %t607 to i128
  call void @put(i128 %t609, i1 false)
  %t610 = zext i1 %t608 to i128
  call void @put(i128 %t610, i1 false)
  %t611 = xor i1 0, %z1
  %t612 = xor i1 0, %z1
  %t613 = call {i1, i1} @llvm.uadd.with.overflow.i1(i1 %t611, i1 %t612)
  %t614 = extractvalue {i1, i1} %t613, 0
  %t615 = extractvalue {i1, i1} %t613, 1
  %t616 = zext i1 %t614 to i128
  call void @put(i128 %t616, i1 false)
  %t617 = zext i1 %t615 to i128
  call void @put(i128 %t617, i1 false)
  %t618 = xor i1 0, %z1
  %t619 = xor i1 0, %z1
  %t620 = call {i1, i1} @llvm.uadd.with.overflow.i1(i1 %t618, i1 %t619)
  %t621 = extractvalue {i1, i1} %t620, 0
  %t622 = extractvalue {i1, i1} %t620, 1
  %t623 = zext i1 %t621 to i128
  call void @put(i128 %t623, i1 false)
  %t624 = zext i1 %t622 to i128
  call void @put(i128 %t624, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s23)
  %t625 = xor i1 0, %z1
  %t626 = xor i1 1, %z1
  %t627 = call {i1, i1} @llvm.ssub.with.overflow.i1(i1 %t625, i1 %t626)
  %t628 = extractvalue {i1, i1} %t627, 0
  %t629 = extractvalue {i1, i1} %t627, 1
  %t630 = zext i1 %t628 to i128
  call void @put(i128 %t630, i1 false)
  %t631 = zext i1 %t629 to i128
  call void @put(i128 %t631, i1 false)
  %t632 = xor i1 0, %z1
  %t633 = xor i1 1, %z1
  %t634 = call {i1, i1} @llvm.ssub.with.overflow.i1(i1 %t632, i1 %t633)
  %t635 = extractvalue {i1, i1} %t634, 0
  %t636 = extractvalue {i1, i1} %t634, 1
  %t637 = zext i1 %t635 to i128
  call void @put(i128 %t637, i1 false)
  %t638 = zext i1 %t636 to i128
  call void @put(i128 %t638, i1 false)
  %t639 = xor i1 1, %z1
  %t640 = xor i1 1, %z1
  %t641 = call {i1, i1} @llvm.ssub.with.overflow.i1(i1 %t639, i1 %t640)
  %t642 = extractvalue {i1, i1} %t641, 0
  %t643 = extractvalue {i1, i1} %t641, 1
  %t644 = zext i1 %t642 to i128
  call void @put(i128 %t644, i1 false)
  %t645 = zext i1 %t643 to i128
  call void @put(i128 %t645, i1 false)
  %t646 = xor i1 1, %z1
  %t647 = xor i1 3, %z1
  %t648 = call {i1, i1} @llvm.ssub.with.overflow.i1(i1 %t646, i1 %t647)
  %t649 = extractvalue {i1, i1} %t648, 0
  %t650 = extractvalue {i1, i1} %t648, 1
  %t651 = zext i1 %t649 to i128
  call void @put(i128 %t651, i1 false)
  %t652 = zext i1 %t650 to i128
  call void @put(i128 %t652, i1 false)
  %t653 = xor i1 0, %z1
  %t654 = xor i1 0, %z1
  %t655 = call {i1, i1} @llvm.ssub.with.overflow.i1(i1 %t653, i1 %t654)
  %t656 = extractvalue {i1, i1} %t655, 0
  %t657 = extractvalue {i1, i1} %t655, 1
  %t658 = zext i1 %t656 to i128
  call void @put(i128 %t658, i1 false)
  %t659 = zext i1 %t657 to i128
  call void @put(i128 %t659, i1 false)
  %t660 = xor i1 0, %z1
  %t661 = xor i1 0, %z1
  %t662 = call {i1, i1} @llvm.ssub.with.overflow.i1(i1 %t660, i1 %t661)
  %t663 = extractvalue {i1, i1} %t662, 0
  %t664 = extractvalue {i1, i1} %t662, 1
  %t665 = zext i1 %t663 to i128
  call void @put(i128 %t665, i1 false)
  %t666 = zext i1 %t664 to i128
  call void @put(i128 %t666, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s24)
  %t667 = xor i1 0, %z1
  %t668 = xor i1 1, %z1
  %t669 = call {i1, i1} @llvm.usub.with.overflow.i1(i1 %t667, i1 %t668)
  %t670 = extractvalue {i1, i1} %t669, 0
  %t671 = extractvalue {i1, i1} %t669, 1
  %t672 = zext i1 %t670 to i128
  call void @put(i128 %t672, i1 false)
  %t673 = zext i1 %t671 to i128
  call void @put(i128 %t673, i1 false)
  %t674 = xor i1 0, %z1
  %t675 = xor i1 1, %z1
  %t676 = call {i1, i1} @llvm.usub.with.overflow.i1(i1 %t674, i1 %t675)
  %t677 = extractvalue {i1, i1} %t676, 0
  %t678 = extractvalue {i1, i1} %t676, 1
  %t679 = zext i1 %t677 to i128
  call void @put(i128 %t679, i1 false)
  %t680 = zext i1 %t678 to i128
  call void @put(i128 %t680, i1 false)
  %t681 = xor i1 1, %z1
  %t682 = xor i1 1, %z1
  %t683 = call {i1, i1} @llvm.usub.with.overflow.i1(i1 %t681, i1 %t682)
  %t684 = extractvalue {i1, i1} %t683, 0
  %t685 = extractvalue {i1, i1} %t683, 1
  %t686 = zext i1 %t684 to i128
  call void @put(i128 %t686, i1 false)
  %t687 = zext i1 %t685 to i128
  call void @put(i128 %t687, i1 false)
  %t688 = xor i1 1, %z1
  %t689 = xor i1 3, %z1
  %t690 = call {i1, i1} @llvm.usub.with.overflow.i1(i1 %t688, i1 %t689)
  %t691 = extractvalue {i1, i1} %t690, 0
  %t692 = extractvalue {i1, i1} %t690, 1
  %t693 = zext i1 %t691 to i128
  call void @put(i128 %t693, i1 false)
  %t694 = zext i1 %t692 to i128
  call void @put(i128 %t694, i1 false)
  %t695 = xor i1 0, %z1
  %t696 = xor i1 0, %z1
  %t697 = call {i1, i1} @llvm.usub.with.overflow.i1(i1 %t695, i1 %t696)
  %t698 = extractvalue {i1, i1} %t697, 0
  %t699 = extractvalue {i1, i1} %t697, 1
  %t700 = zext i1 %t698 to i128
  call void @put(i128 %t700, i1 false)
  %t701 = zext i1 %t699 to i128
  call void @put(i128 %t701, i1 false)
  %t702 = xor i1 0, %z1
  %t703 = xor i1 0, %z1
  %t704 = call {i1, i1} @llvm.usub.with.overflow.i1(i1 %t702, i1 %t703)
  %t705 = extractvalue {i1, i1} %t704, 0
  %t706 = extractvalue {i1, i1} %t704, 1
  %t707 = zext i1 %t705 to i128
  call void @put(i128 %t707, i1 false)
  %t708 = zext i1 %t706 to i128
  call void @put(i128 %t708, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s25)
  %t709 = xor i1 0, %z1
  %t710 = xor i1 1, %z1
  %t711 = call {i1, i1} @llvm.smul.with.overflow.i1(i1 %t709, i1 %t710)
  %t712 = extractvalue {i1, i1} %t711, 0
  %t713 = extractvalue {i1, i1} %t711, 1
  %t714 = zext i1 %t712 to i128
  call void @put(i128 %t714, i1 false)
  %t715 = zext i1 %t713 to i128
  call void @put(i128 %t715, i1 false)
  %t716 = xor i1 0, %z1
  %t717 = xor i1 1, %z1
  %t718 = call {i1, i1} @llvm.smul.with.overflow.i1(i1 %t716, i1 %t717)
  %t719 = extractvalue {i1, i1} %t718, 0
  %t720 = extractvalue {i1, i1} %t718, 1
  %t721 = zext i1 %t719 to i128
  call void @put(i128 %t721, i1 false)
  %t722 = zext i1 %t720 to i128
  call void @put(i128 %t722, i1 false)
  %t723 = xor i1 1, %z1
  %t724 = xor i1 1, %z1
  %t725 = call {i1, i1} @llvm.smul.with.overflow.i1(i1 %t723, i1 %t724)
  %t726 = extractvalue {i1, i1} %t725, 0
  %t727 = extractvalue {i1, i1} %t725, 1
  %t728 = zext i1 %t726 to i128
  call void @put(i128 %t728, i1 false)
  %t729 = zext i1 %t727 to i128
  call void @put(i128 %t729, i1 false)
  %t730 = xor i1 1, %z1
  %t731 = xor i1 3, %z1
  %t732 = call {i1, i1} @llvm.smul.with.overflow.i1(i1 %t730, i1 %t731)
  %t733 = extractvalue {i1, i1} %t732, 0
  %t734 = extractvalue {i1, i1} %t732, 1
  %t735 = zext i1 %t733 to i128
  call void @put(i128 %t735, i1 false)
  %t736 = zext i1 %t734 to i128
  call void @put(i128 %t736, i1 false)
  %t737 = xor i1 0, %z1
  %t738 = xor i1 0, %z1
  %t739 = call {i1, i1} @llvm.smul.with.overflow.i1(i1 %t737, i1 %t738)
  %t740 = extractvalue {i1, i1} %t739, 0
  %t741 = extractvalue {i1, i1} %t739, 1
  %t742 = zext i1 %t740 to i128
  call void @put(i128 %t742, i1 false)
  %t743 = zext i1 %t741 to i128
  call void @put(i128 %t743, i1 false)
  %t744 = xor i1 0, %z1
  %t745 = xor i1 0, %z1
  %t746 = call {i1, i1} @llvm.smul.with.overflow.i1(i1 %t744, i1 %t745)
  %t747 = extractvalue {i1, i1} %t746, 0
  %t748 = extractvalue {i1, i1} %t746, 1
  %t749 = zext i1 %t747 to i128
  call void @put(i128 %t749, i1 false)
  %t750 = zext i1 %t748 to i128
  call void @put(i128 %t750, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s26)
  %t751 = xor i1 0, %z1
  %t752 = xor i1 1, %z1
  %t753 = call {i1, i1} @llvm.umul.with.overflow.i1(i1 %t751, i1 %t752)
  %t754 = extractvalue {i1, i1} %t753, 0
  %t755 = extractvalue {i1, i1} %t753, 1
  %t756 = zext i1 %t754 to i128
  call void @put(i128 %t756, i1 false)
  %t757 = zext i1 %t755 to i128
  call void @put(i128 %t757, i1 false)
  %t758 = xor i1 0, %z1
  %t759 = xor i1 1, %z1
  %t760 = call {i1, i1} @llvm.umul.with.overflow.i1(i1 %t758, i1 %t759)
  %t761 = extractvalue {i1, i1} %t760, 0
  %t762 = extractvalue {i1, i1} %t760, 1
  %t763 = zext i1 %t761 to i128
  call void @put(i128 %t763, i1 false)
  %t764 = zext i1 %t762 to i128
  call void @put(i128 %t764, i1 false)
  %t765 = xor i1 1, %z1
  %t766 = xor i1 1, %z1
  %t767 = call {i1, i1} @llvm.umul.with.overflow.i1(i1 %t765, i1 %t766)
  %t768 = extractvalue {i1, i1} %t767, 0
  %t769 = extractvalue {i1, i1} %t767, 1
  %t770 = zext i1 %t768 to i128
  call void @put(i128 %t770, i1 false)
  %t771 = zext i1 %t769 to i128
  call void @put(i128 %t771, i1 false)
  %t772 = xor i1 1, %z1
  %t773 = xor i1 3, %z1
  %t774 = call {i1, i1} @llvm.umul.with.overflow.i1(i1 %t772, i1 %t773)
  %t775 = extractvalue {i1, i1} %t774, 0
  %t776 = extractvalue {i1, i1} %t774, 1
  %t777 = zext i1 %t775 to i128
  call void @put(i128 %t777, i1 false)
  %t778 = zext i1 %t776 to i128
  call void @put(i128 %t778, i1 false)
  %t779 = xor i1 0, %z1
  %t780 = xor i1 0, %z1
  %t781 = call {i1, i1} @llvm.umul.with.overflow.i1(i1 %t779, i1 %t780)
  %t782 = extractvalue {i1, i1} %t781, 0
  %t783 = extractvalue {i1, i1} %t781, 1
  %t784 = zext i1 %t782 to i128
  call void @put(i128 %t784, i1 false)
  %t785 = zext i1 %t783 to i128
  call void @put(i128 %t785, i1 false)
  %t786 = xor i1 0, %z1
  %t787 = xor i1 0, %z1
  %t788 = call {i1, i1} @llvm.umul.with.overflow.i1(i1 %t786, i1 %t787)
  %t789 = extractvalue {i1, i1} %t788, 0
  %t790 = extractvalue {i1, i1} %t788, 1
  %t791 = zext i1 %t789 to i128
  call void @put(i128 %t791, i1 false)
  %t792 = zext i1 %t790 to i128
  call void @put(i128 %t792, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s27)
  %t793 = xor i2 0, %z2
  %t794 = xor i2 3, %z2
  %t795 = call i2 @llvm.ctpop.i2(i2 %t793)
  %t796 = zext i2 %t795 to i128
  call void @put(i128 %t796, i1 false)
  %t797 = xor i2 1, %z2
  %t798 = xor i2 1, %z2
  %t799 = call i2 @llvm.ctpop.i2(i2 %t797)
  %t800 = zext i2 %t799 to i128
  call void @put(i128 %t800, i1 false)
  %t801 = xor i2 2, %z2
  %t802 = xor i2 3, %z2
  %t803 = call i2 @llvm.ctpop.i2(i2 %t801)
  %t804 = zext i2 %t803 to i128
  call void @put(i128 %t804, i1 false)
  %t805 = xor i2 3, %z2
  %t806 = xor i2 6, %z2
  %t807 = call i2 @llvm.ctpop.i2(i2 %t805)
  %t808 = zext i2 %t807 to i128
  call void @put(i128 %t808, i1 false)
  %t809 = xor i2 0, %z2
  %t810 = xor i2 0, %z2
  %t811 = call i2 @llvm.ctpop.i2(i2 %t809)
  %t812 = zext i2 %t811 to i128
  call void @put(i128 %t812, i1 false)
  %t813 = xor i2 0, %z2
  %t814 = xor i2 2, %z2
  %t815 = call i2 @llvm.ctpop.i2(i2 %t813)
  %t816 = zext i2 %t815 to i128
  call void @put(i128 %t816, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s28)
  %t817 = xor i2 0, %z2
  %t818 = xor i2 3, %z2
  %t819 = call i2 @llvm.ctlz.i2(i2 %t817, i1 false)
  %t820 = zext i2 %t819 to i128
  call void @put(i128 %t820, i1 false)
  %t821 = xor i2 1, %z2
  %t822 = xor i2 1, %z2
  %t823 = call i2 @llvm.ctlz.i2(i2 %t821, i1 false)
  %t824 = zext i2 %t823 to i128
  call void @put(i128 %t824, i1 false)
  %t825 = xor i2 2, %z2
  %t826 = xor i2 3, %z2
  %t827 = call i2 @llvm.ctlz.i2(i2 %t825, i1 false)
  %t828 = zext i2 %t827 to i128
  call void @put(i128 %t828, i1 false)
  %t829 = xor i2 3, %z2
  %t830 = xor i2 6, %z2
  %t831 = call i2 @llvm.ctlz.i2(i2 %t829, i1 false)
  %t832 = zext i2 %t831 to i128
  call void @put(i128 %t832, i1 false)
  %t833 = xor i2 0, %z2
  %t834 = xor i2 0, %z2
  %t835 = call i2 @llvm.ctlz.i2(i2 %t833, i1 false)
  %t836 = zext i2 %t835 to i128
  call void @put(i128 %t836, i1 false)
  %t837 = xor i2 0, %z2
  %t838 = xor i2 2, %z2
  %t839 = call i2 @llvm.ctlz.i2(i2 %t837, i1 false)
  %t840 = zext i2 %t839 to i128
  call void @put(i128 %t840, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s29)
  %t841 = xor i2 0, %z2
  %t842 = xor i2 3, %z2
  %t843 = call i2 @llvm.cttz.i2(i2 %t841, i1 false)
  %t844 = zext i2 %t843 to i128
  call void @put(i128 %t844, i1 false)
  %t845 = xor i2 1, %z2
  %t846 = xor i2 1, %z2
  %t847 = call i2 @llvm.cttz.i2(i2 %t845, i1 false)
  %t848 = zext i2 %t847 to i128
  call void @put(i128 %t848, i1 false)
  %t849 = xor i2 2, %z2
  %t850 = xor i2 3, %z2
  %t851 = call i2 @llvm.cttz.i2(i2 %t849, i1 false)
  %t852 = zext i2 %t851 to i128
  call void @put(i128 %t852, i1 false)
  %t853 = xor i2 3, %z2
  %t854 = xor i2 6, %z2
  %t855 = call i2 @llvm.cttz.i2(i2 %t853, i1 false)
  %t856 = zext i2 %t855 to i128
  call void @put(i128 %t856, i1 false)
  %t857 = xor i2 0, %z2
  %t858 = xor i2 0, %z2
  %t859 = call i2 @llvm.cttz.i2(i2 %t857, i1 false)
  %t860 = zext i2 %t859 to i128
  call void @put(i128 %t860, i1 false)
  %t861 = xor i2 0, %z2
  %t862 = xor i2 2, %z2
  %t863 = call i2 @llvm.cttz.i2(i2 %t861, i1 false)
  %t864 = zext i2 %t863 to i128
  call void @put(i128 %t864, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s30)
  %t865 = xor i2 0, %z2
  %t866 = xor i2 3, %z2
  %t867 = call i2 @llvm.bitreverse.i2(i2 %t865)
  %t868 = zext i2 %t867 to i128
  call void @put(i128 %t868, i1 false)
  %t869 = xor i2 1, %z2
  %t870 = xor i2 1, %z2
  %t871 = call i2 @llvm.bitreverse.i2(i2 %t869)
  %t872 = zext i2 %t871 to i128
  call void @put(i128 %t872, i1 false)
  %t873 = xor i2 2, %z2
  %t874 = xor i2 3, %z2
  %t875 = call i2 @llvm.bitreverse.i2(i2 %t873)
  %t876 = zext i2 %t875 to i128
  call void @put(i128 %t876, i1 false)
  %t877 = xor i2 3, %z2
  %t878 = xor i2 6, %z2
  %t879 = call i2 @llvm.bitreverse.i2(i2 %t877)
  %t880 = zext i2 %t879 to i128
  call void @put(i128 %t880, i1 false)
  %t881 = xor i2 0, %z2
  %t882 = xor i2 0, %z2
  %t883 = call i2 @llvm.bitreverse.i2(i2 %t881)
  %t884 = zext i2 %t883 to i128
  call void @put(i128 %t884, i1 false)
  %t885 = xor i2 0, %z2
  %t886 = xor i2 2, %z2
  %t887 = call i2 @llvm.bitreverse.i2(i2 %t885)
  %t888 = zext i2 %t887 to i128
  call void @put(i128 %t888, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s31)
  %t889 = xor i2 0, %z2
  %t890 = xor i2 3, %z2
  %t891 = call i2 @llvm.abs.i2(i2 %t889, i1 false)
  %t892 = zext i2 %t891 to i128
  call void @put(i128 %t892, i1 false)
  %t893 = xor i2 1, %z2
  %t894 = xor i2 1, %z2
  %t895 = call i2 @llvm.abs.i2(i2 %t893, i1 false)
  %t896 = zext i2 %t895 to i128
  call void @put(i128 %t896, i1 false)
  %t897 = xor i2 2, %z2
  %t898 = xor i2 3, %z2
  %t899 = call i2 @llvm.abs.i2(i2 %t897, i1 false)
  %t900 = zext i2 %t899 to i128
  call void @put(i128 %t900, i1 false)
  %t901 = xor i2 3, %z2
  %t902 = xor i2 6, %z2
  %t903 = call i2 @llvm.abs.i2(i2 %t901, i1 false)
  %t904 = zext i2 %t903 to i128
  call void @put(i128 %t904, i1 false)
  %t905 = xor i2 0, %z2
  %t906 = xor i2 0, %z2
  %t907 = call i2 @llvm.abs.i2(i2 %t905, i1 false)
  %t908 = zext i2 %t907 to i128
  call void @put(i128 %t908, i1 false)
  %t909 = xor i2 0, %z2
  %t910 = xor i2 2, %z2
  %t911 = call i2 @llvm.abs.i2(i2 %t909, i1 false)
  %t912 = zext i2 %t911 to i128
  call void @put(i128 %t912, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s32)
  %t913 = xor i2 0, %z2
  %t914 = xor i2 3, %z2
  %t915 = call i2 @llvm.smin.i2(i2 %t913, i2 %t914)
  %t916 = zext i2 %t915 to i128
  call void @put(i128 %t916, i1 false)
  %t917 = xor i2 1, %z2
  %t918 = xor i2 1, %z2
  %t919 = call i2 @llvm.smin.i2(i2 %t917, i2 %t918)
  %t920 = zext i2 %t919 to i128
  call void @put(i128 %t920, i1 false)
  %t921 = xor i2 2, %z2
  %t922 = xor i2 3, %z2
  %t923 = call i2 @llvm.smin.i2(i2 %t921, i2 %t922)
  %t924 = zext i2 %t923 to i128
  call void @put(i128 %t924, i1 false)
  %t925 = xor i2 3, %z2
  %t926 = xor i2 6, %z2
  %t927 = call i2 @llvm.smin.i2(i2 %t925, i2 %t926)
  %t928 = zext i2 %t927 to i128
  call void @put(i128 %t928, i1 false)
  %t929 = xor i2 0, %z2
  %t930 = xor i2 0, %z2
  %t931 = call i2 @llvm.smin.i2(i2 %t929, i2 %t930)
  %t932 = zext i2 %t931 to i128
  call void @put(i128 %t932, i1 false)
  %t933 = xor i2 0, %z2
  %t934 = xor i2 2, %z2
  %t935 = call i2 @llvm.smin.i2(i2 %t933, i2 %t934)
  %t936 = zext i2 %t935 to i128
  call void @put(i128 %t936, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s33)
  %t937 = xor i2 0, %z2
  %t938 = xor i2 3, %z2
  %t939 = call i2 @llvm.smax.i2(i2 %t937, i2 %t938)
  %t940 = zext i2 %t939 to i128
  call void @put(i128 %t940, i1 false)
  %t941 = xor i2 1, %z2
  %t942 = xor i2 1, %z2
  %t943 = call i2 @llvm.smax.i2(i2 %t941, i2 %t942)
  %t944 = zext i2 %t943 to i128
  call void @put(i128 %t944, i1 false)
  %t945 = xor i2 2, %z2
  %t946 = xor i2 3, %z2
  %t947 = call i2 @llvm.smax.i2(i2 %t945, i2 %t946)
  %t948 = zext i2 %t947 to i128
  call void @put(i128 %t948, i1 false)
  %t949 = xor i2 3, %z2
  %t950 = xor i2 6, %z2
  %t951 = call i2 @llvm.smax.i2(i2 %t949, i2 %t950)
  %t952 = zext i2 %t951 to i128
  call void @put(i128 %t952, i1 false)
  %t953 = xor i2 0, %z2
  %t954 = xor i2 0, %z2
  %t955 = call i2 @llvm.smax.i2(i2 %t953, i2 %t954)
  %t956 = zext i2 %t955 to i128
  call void @put(i128 %t956, i1 false)
  %t957 = xor i2 0, %z2
  %t958 = xor i2 2, %z2
  %t959 = call i2 @llvm.smax.i2(i2 %t957, i2 %t958)
  %t960 = zext i2 %t959 to i128
  call void @put(i128 %t960, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s34)
  %t961 = xor i2 0, %z2
  %t962 = xor i2 3, %z2
  %t963 = call i2 @llvm.umin.i2(i2 %t961, i2 %t962)
  %t964 = zext i2 %t963 to i128
  call void @put(i128 %t964, i1 false)
  %t965 = xor i2 1, %z2
  %t966 = xor i2 1, %z2
  %t967 = call i2 @llvm.umin.i2(i2 %t965, i2 %t966)
  %t968 = zext i2 %t967 to i128
  call void @put(i128 %t968, i1 false)
  %t969 = xor i2 2, %z2
  %t970 = xor i2 3, %z2
  %t971 = call i2 @llvm.umin.i2(i2 %t969, i2 %t970)
  %t972 = zext i2 %t971 to i128
  call void @put(i128 %t972, i1 false)
  %t973 = xor i2 3, %z2
  %t974 = xor i2 6, %z2
  %t975 = call i2 @llvm.umin.i2(i2 %t973, i2 %t974)
  %t976 = zext i2 %t975 to i128
  call void @put(i128 %t976, i1 false)
  %t977 = xor i2 0, %z2
  %t978 = xor i2 0, %z2
  %t979 = call i2 @llvm.umin.i2(i2 %t977, i2 %t978)
  %t980 = zext i2 %t979 to i128
  call void @put(i128 %t980, i1 false)
  %t981 = xor i2 0, %z2
  %t982 = xor i2 2, %z2
  %t983 = call i2 @llvm.umin.i2(i2 %t981, i2 %t982)
  %t984 = zext i2 %t983 to i128
  call void @put(i128 %t984, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s35)
  %t985 = xor i2 0, %z2
  %t986 = xor i2 3, %z2
  %t987 = call i2 @llvm.umax.i2(i2 %t985, i2 %t986)
  %t988 = zext i2 %t987 to i128
  call void @put(i128 %t988, i1 false)
  %t989 = xor i2 1, %z2
  %t990 = xor i2 1, %z2
  %t991 = call i2 @llvm.umax.i2(i2 %t989, i2 %t990)
  %t992 = zext i2 %t991 to i128
  call void @put(i128 %t992, i1 false)
  %t993 = xor i2 2, %z2
  %t994 = xor i2 3, %z2
  %t995 = call i2 @llvm.umax.i2(i2 %t993, i2 %t994)
  %t996 = zext i2 %t995 to i128
  call void @put(i128 %t996, i1 false)
  %t997 = xor i2 3, %z2
  %t998 = xor i2 6, %z2
  %t999 = call i2 @llvm.umax.i2(i2 %t997, i2 %t998)
  %t1000 = zext i2 %t999 to i128
  call void @put(i128 %t1000, i1 false)
  %t1001 = xor i2 0, %z2
  %t1002 = xor i2 0, %z2
  %t1003 = call i2 @llvm.umax.i2(i2 %t1001, i2 %t1002)
  %t1004 = zext i2 %t1003 to i128
  call void @put(i128 %t1004, i1 false)
  %t1005 = xor i2 0, %z2
  %t1006 = xor i2 2, %z2
  %t1007 = call i2 @llvm.umax.i2(i2 %t1005, i2 %t1006)
  %t1008 = zext i2 %t1007 to i128
  call void @put(i128 %t1008, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s36)
  %t1009 = xor i2 0, %z2
  %t1010 = xor i2 3, %z2
  %t1011 = call i2 @llvm.sadd.sat.i2(i2 %t1009, i2 %t1010)
  %t1012 = zext i2 %t1011 to i128
  call void @put(i128 %t1012, i1 false)
  %t1013 = xor i2 1, %z2
  %t1014 = xor i2 1, %z2
  %t1015 = call i2 @llvm.sadd.sat.i2(i2 %t1013, i2 %t1014)
  %t1016 = zext i2 %t1015 to i128
  call void @put(i128 %t1016, i1 false)
  %t1017 = xor i2 2, %z2
  %t1018 = xor i2 3, %z2
  %t1019 = call i2 @llvm.sadd.sat.i2(i2 %t1017, i2 %t1018)
  %t1020 = zext i2 %t1019 to i128
  call void @put(i128 %t1020, i1 false)
  %t1021 = xor i2 3, %z2
  %t1022 = xor i2 6, %z2
  %t1023 = call i2 @llvm.sadd.sat.i2(i2 %t1021, i2 %t1022)
  %t1024 = zext i2 %t1023 to i128
  call void @put(i128 %t1024, i1 false)
  %t1025 = xor i2 0, %z2
  %t1026 = xor i2 0, %z2
  %t1027 = call i2 @llvm.sadd.sat.i2(i2 %t1025, i2 %t1026)
  %t1028 = zext i2 %t1027 to i128
  call void @put(i128 %t1028, i1 false)
  %t1029 = xor i2 0, %z2
  %t1030 = xor i2 2, %z2
  %t1031 = call i2 @llvm.sadd.sat.i2(i2 %t1029, i2 %t1030)
  %t1032 = zext i2 %t1031 to i128
  call void @put(i128 %t1032, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s37)
  %t1033 = xor i2 0, %z2
  %t1034 = xor i2 3, %z2
  %t1035 = call i2 @llvm.uadd.sat.i2(i2 %t1033, i2 %t1034)
  %t1036 = zext i2 %t1035 to i128
  call void @put(i128 %t1036, i1 false)
  %t1037 = xor i2 1, %z2
  %t1038 = xor i2 1, %z2
  %t1039 = call i2 @llvm.uadd.sat.i2(i2 %t1037, i2 %t1038)
  %t1040 = zext i2 %t1039 to i128
  call void @put(i128 %t1040, i1 false)
  %t1041 = xor i2 2, %z2
  %t1042 = xor i2 3, %z2
  %t1043 = call i2 @llvm.uadd.sat.i2(i2 %t1041, i2 %t1042)
  %t1044 = zext i2 %t1043 to i128
  call void @put(i128 %t1044, i1 false)
  %t1045 = xor i2 3, %z2
  %t1046 = xor i2 6, %z2
  %t1047 = call i2 @llvm.uadd.sat.i2(i2 %t1045, i2 %t1046)
  %t1048 = zext i2 %t1047 to i128
  call void @put(i128 %t1048, i1 false)
  %t1049 = xor i2 0, %z2
  %t1050 = xor i2 0, %z2
  %t1051 = call i2 @llvm.uadd.sat.i2(i2 %t1049, i2 %t1050)
  %t1052 = zext i2 %t1051 to i128
  call void @put(i128 %t1052, i1 false)
  %t1053 = xor i2 0, %z2
  %t1054 = xor i2 2, %z2
  %t1055 = call i2 @llvm.uadd.sat.i2(i2 %t1053, i2 %t1054)
  %t1056 = zext i2 %t1055 to i128
  call void @put(i128 %t1056, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s38)
  %t1057 = xor i2 0, %z2
  %t1058 = xor i2 3, %z2
  %t1059 = call i2 @llvm.ssub.sat.i2(i2 %t1057, i2 %t1058)
  %t1060 = zext i2 %t1059 to i128
  call void @put(i128 %t1060, i1 false)
  %t1061 = xor i2 1, %z2
  %t1062 = xor i2 1, %z2
  %t1063 = call i2 @llvm.ssub.sat.i2(i2 %t1061, i2 %t1062)
  %t1064 = zext i2 %t1063 to i128
  call void @put(i128 %t1064, i1 false)
  %t1065 = xor i2 2, %z2
  %t1066 = xor i2 3, %z2
  %t1067 = call i2 @llvm.ssub.sat.i2(i2 %t1065, i2 %t1066)
  %t1068 = zext i2 %t1067 to i128
  call void @put(i128 %t1068, i1 false)
  %t1069 = xor i2 3, %z2
  %t1070 = xor i2 6, %z2
  %t1071 = call i2 @llvm.ssub.sat.i2(i2 %t1069, i2 %t1070)
  %t1072 = zext i2 %t1071 to i128
  call void @put(i128 %t1072, i1 false)
  %t1073 = xor i2 0, %z2
  %t1074 = xor i2 0, %z2
  %t1075 = call i2 @llvm.ssub.sat.i2(i2 %t1073, i2 %t1074)
  %t1076 = zext i2 %t1075 to i128
  call void @put(i128 %t1076, i1 false)
  %t1077 = xor i2 0, %z2
  %t1078 = xor i2 2, %z2
  %t1079 = call i2 @llvm.ssub.sat.i2(i2 %t1077, i2 %t1078)
  %t1080 = zext i2 %t1079 to i128
  call void @put(i128 %t1080, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s39)
  %t1081 = xor i2 0, %z2
  %t1082 = xor i2 3, %z2
  %t1083 = call i2 @llvm.usub.sat.i2(i2 %t1081, i2 %t1082)
  %t1084 = zext i2 %t1083 to i128
  call void @put(i128 %t1084, i1 false)
  %t1085 = xor i2 1, %z2
  %t1086 = xor i2 1, %z2
  %t1087 = call i2 @llvm.usub.sat.i2(i2 %t1085, i2 %t1086)
  %t1088 = zext i2 %t1087 to i128
  call void @put(i128 %t1088, i1 false)
  %t1089 = xor i2 2, %z2
  %t1090 = xor i2 3, %z2
  %t1091 = call i2 @llvm.usub.sat.i2(i2 %t1089, i2 %t1090)
  %t1092 = zext i2 %t1091 to i128
  call void @put(i128 %t1092, i1 false)
  %t1093 = xor i2 3, %z2
  %t1094 = xor i2 6, %z2
  %t1095 = call i2 @llvm.usub.sat.i2(i2 %t1093, i2 %t1094)
  %t1096 = zext i2 %t1095 to i128
  call void @put(i128 %t1096, i1 false)
  %t1097 = xor i2 0, %z2
  %t1098 = xor i2 0, %z2
  %t1099 = call i2 @llvm.usub.sat.i2(i2 %t1097, i2 %t1098)
  %t1100 = zext i2 %t1099 to i128
  call void @put(i128 %t1100, i1 false)
  %t1101 = xor i2 0, %z2
  %t1102 = xor i2 2, %z2
  %t1103 = call i2 @llvm.usub.sat.i2(i2 %t1101, i2 %t1102)
  %t1104 = zext i2 %t1103 to i128
  call void @put(i128 %t1104, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s40)
  %t1105 = xor i2 0, %z2
  %t1106 = xor i2 3, %z2
  %t1107 = call i8 @llvm.scmp.i8.i2(i2 %t1105, i2 %t1106)
  %t1108 = zext i8 %t1107 to i128
  call void @put(i128 %t1108, i1 false)
  %t1109 = xor i2 1, %z2
  %t1110 = xor i2 1, %z2
  %t1111 = call i8 @llvm.scmp.i8.i2(i2 %t1109, i2 %t1110)
  %t1112 = zext i8 %t1111 to i128
  call void @put(i128 %t1112, i1 false)
  %t1113 = xor i2 2, %z2
  %t1114 = xor i2 3, %z2
  %t1115 = call i8 @llvm.scmp.i8.i2(i2 %t1113, i2 %t1114)
  %t1116 = zext i8 %t1115 to i128
  call void @put(i128 %t1116, i1 false)
  %t1117 = xor i2 3, %z2
  %t1118 = xor i2 6, %z2
  %t1119 = call i8 @llvm.scmp.i8.i2(i2 %t1117, i2 %t1118)
  %t1120 = zext i8 %t1119 to i128
  call void @put(i128 %t1120, i1 false)
  %t1121 = xor i2 0, %z2
  %t1122 = xor i2 0, %z2
  %t1123 = call i8 @llvm.scmp.i8.i2(i2 %t1121, i2 %t1122)
  %t1124 = zext i8 %t1123 to i128
  call void @put(i128 %t1124, i1 false)
  %t1125 = xor i2 0, %z2
  %t1126 = xor i2 2, %z2
  %t1127 = call i8 @llvm.scmp.i8.i2(i2 %t1125, i2 %t1126)
  %t1128 = zext i8 %t1127 to i128
  call void @put(i128 %t1128, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s41)
  %t1129 = xor i2 0, %z2
  %t1130 = xor i2 3, %z2
  %t1131 = call i8 @llvm.ucmp.i8.i2(i2 %t1129, i2 %t1130)
  %t1132 = zext i8 %t1131 to i128
  call void @put(i128 %t1132, i1 false)
  %t1133 = xor i2 1, %z2
  %t1134 = xor i2 1, %z2
  %t1135 = call i8 @llvm.ucmp.i8.i2(i2 %t1133, i2 %t1134)
  %t1136 = zext i8 %t1135 to i128
  call void @put(i128 %t1136, i1 false)
  %t1137 = xor i2 2, %z2
  %t1138 = xor i2 3, %z2
  %t1139 = call i8 @llvm.ucmp.i8.i2(i2 %t1137, i2 %t1138)
  %t1140 = zext i8 %t1139 to i128
  call void @put(i128 %t1140, i1 false)
  %t1141 = xor i2 3, %z2
  %t1142 = xor i2 6, %z2
  %t1143 = call i8 @llvm.ucmp.i8.i2(i2 %t1141, i2 %t1142)
  %t1144 = zext i8 %t1143 to i128
  call void @put(i128 %t1144, i1 false)
  %t1145 = xor i2 0, %z2
  %t1146 = xor i2 0, %z2
  %t1147 = call i8 @llvm.ucmp.i8.i2(i2 %t1145, i2 %t1146)
  %t1148 = zext i8 %t1147 to i128
  call void @put(i128 %t1148, i1 false)
  %t1149 = xor i2 0, %z2
  %t1150 = xor i2 2, %z2
  %t1151 = call i8 @llvm.ucmp.i8.i2(i2 %t1149, i2 %t1150)
  %t1152 = zext i8 %t1151 to i128
  call void @put(i128 %t1152, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s42)
  %t1153 = xor i2 0, %z2
  %t1154 = xor i2 3, %z2
  %t1156 = xor i2 1, %z2
  %t1155 = call i2 @llvm.sshl.sat.i2(i2 %t1153, i2 %t1156)
  %t1157 = zext i2 %t1155 to i128
  call void @put(i128 %t1157, i1 false)
  %t1158 = xor i2 1, %z2
  %t1159 = xor i2 1, %z2
  %t1161 = xor i2 1, %z2
  %t1160 = call i2 @llvm.sshl.sat.i2(i2 %t1158, i2 %t1161)
  %t1162 = zext i2 %t1160 to i128
  call void @put(i128 %t1162, i1 false)
  %t1163 = xor i2 2, %z2
  %t1164 = xor i2 3, %z2
  %t1166 = xor i2 1, %z2
  %t1165 = call i2 @llvm.sshl.sat.i2(i2 %t1163, i2 %t1166)
  %t1167 = zext i2 %t1165 to i128
  call void @put(i128 %t1167, i1 false)
  %t1168 = xor i2 3, %z2
  %t1169 = xor i2 6, %z2
  %t1171 = xor i2 0, %z2
  %t1170 = call i2 @llvm.sshl.sat.i2(i2 %t1168, i2 %t1171)
  %t1172 = zext i2 %t1170 to i128
  call void @put(i128 %t1172, i1 false)
  %t1173 = xor i2 0, %z2
  %t1174 = xor i2 0, %z2
  %t1176 = xor i2 0, %z2
  %t1175 = call i2 @llvm.sshl.sat.i2(i2 %t1173, i2 %t1176)
  %t1177 = zext i2 %t1175 to i128
  call void @put(i128 %t1177, i1 false)
  %t1178 = xor i2 0, %z2
  %t1179 = xor i2 2, %z2
  %t1181 = xor i2 1, %z2
  %t1180 = call i2 @llvm.sshl.sat.i2(i2 %t1178, i2 %t1181)
  %t1182 = zext i2 %t1180 to i128
  call void @put(i128 %t1182, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s43)
  %t1183 = xor i2 0, %z2
  %t1184 = xor i2 3, %z2
  %t1186 = xor i2 1, %z2
  %t1185 = call i2 @llvm.ushl.sat.i2(i2 %t1183, i2 %t1186)
  %t1187 = zext i2 %t1185 to i128
  call void @put(i128 %t1187, i1 false)
  %t1188 = xor i2 1, %z2
  %t1189 = xor i2 1, %z2
  %t1191 = xor i2 1, %z2
  %t1190 = call i2 @llvm.ushl.sat.i2(i2 %t1188, i2 %t1191)
  %t1192 = zext i2 %t1190 to i128
  call void @put(i128 %t1192, i1 false)
  %t1193 = xor i2 2, %z2
  %t1194 = xor i2 3, %z2
  %t1196 = xor i2 1, %z2
  %t1195 = call i2 @llvm.ushl.sat.i2(i2 %t1193, i2 %t1196)
  %t1197 = zext i2 %t1195 to i128
  call void @put(i128 %t1197, i1 false)
  %t1198 = xor i2 3, %z2
  %t1199 = xor i2 6, %z2
  %t1201 = xor i2 0, %z2
  %t1200 = call i2 @llvm.ushl.sat.i2(i2 %t1198, i2 %t1201)
  %t1202 = zext i2 %t1200 to i128
  call void @put(i128 %t1202, i1 false)
  %t1203 = xor i2 0, %z2
  %t1204 = xor i2 0, %z2
  %t1206 = xor i2 0, %z2
  %t1205 = call i2 @llvm.ushl.sat.i2(i2 %t1203, i2 %t1206)
  %t1207 = zext i2 %t1205 to i128
  call void @put(i128 %t1207, i1 false)
  %t1208 = xor i2 0, %z2
  %t1209 = xor i2 2, %z2
  %t1211 = xor i2 1, %z2
  %t1210 = call i2 @llvm.ushl.sat.i2(i2 %t1208, i2 %t1211)
  %t1212 = zext i2 %t1210 to i128
  call void @put(i128 %t1212, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s44)
  %t1213 = xor i2 0, %z2
  %t1214 = xor i2 3, %z2
  %t1216 = xor i2 1, %z2
  %t1215 = call i2 @llvm.fshl.i2(i2 %t1213, i2 %t1214, i2 %t1216)
  %t1217 = zext i2 %t1215 to i128
  call void @put(i128 %t1217, i1 false)
  %t1218 = xor i2 1, %z2
  %t1219 = xor i2 1, %z2
  %t1221 = xor i2 1, %z2
  %t1220 = call i2 @llvm.fshl.i2(i2 %t1218, i2 %t1219, i2 %t1221)
  %t1222 = zext i2 %t1220 to i128
  call void @put(i128 %t1222, i1 false)
  %t1223 = xor i2 2, %z2
  %t1224 = xor i2 3, %z2
  %t1226 = xor i2 1, %z2
  %t1225 = call i2 @llvm.fshl.i2(i2 %t1223, i2 %t1224, i2 %t1226)
  %t1227 = zext i2 %t1225 to i128
  call void @put(i128 %t1227, i1 false)
  %t1228 = xor i2 3, %z2
  %t1229 = xor i2 6, %z2
  %t1231 = xor i2 0, %z2
  %t1230 = call i2 @llvm.fshl.i2(i2 %t1228, i2 %t1229, i2 %t1231)
  %t1232 = zext i2 %t1230 to i128
  call void @put(i128 %t1232, i1 false)
  %t1233 = xor i2 0, %z2
  %t1234 = xor i2 0, %z2
  %t1236 = xor i2 1, %z2
  %t1235 = call i2 @llvm.fshl.i2(i2 %t1233, i2 %t1234, i2 %t1236)
  %t1237 = zext i2 %t1235 to i128
  call void @put(i128 %t1237, i1 false)
  %t1238 = xor i2 0, %z2
  %t1239 = xor i2 2, %z2
  %t1241 = xor i2 1, %z2
  %t1240 = call i2 @llvm.fshl.i2(i2 %t1238, i2 %t1239, i2 %t1241)
  %t1242 = zext i2 %t1240 to i128
  call void @put(i128 %t1242, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s45)
  %t1243 = xor i2 0, %z2
  %t1244 = xor i2 3, %z2
  %t1246 = xor i2 1, %z2
  %t1245 = call i2 @llvm.fshr.i2(i2 %t1243, i2 %t1244, i2 %t1246)
  %t1247 = zext i2 %t1245 to i128
  call void @put(i128 %t1247, i1 false)
  %t1248 = xor i2 1, %z2
  %t1249 = xor i2 1, %z2
  %t1251 = xor i2 1, %z2
  %t1250 = call i2 @llvm.fshr.i2(i2 %t1248, i2 %t1249, i2 %t1251)
  %t1252 = zext i2 %t1250 to i128
  call void @put(i128 %t1252, i1 false)
  %t1253 = xor i2 2, %z2
  %t1254 = xor i2 3, %z2
  %t1256 = xor i2 1, %z2
  %t1255 = call i2 @llvm.fshr.i2(i2 %t1253, i2 %t1254, i2 %t1256)
  %t1257 = zext i2 %t1255 to i128
  call void @put(i128 %t1257, i1 false)
  %t1258 = xor i2 3, %z2
  %t1259 = xor i2 6, %z2
  %t1261 = xor i2 0, %z2
  %t1260 = call i2 @llvm.fshr.i2(i2 %t1258, i2 %t1259, i2 %t1261)
  %t1262 = zext i2 %t1260 to i128
  call void @put(i128 %t1262, i1 false)
  %t1263 = xor i2 0, %z2
  %t1264 = xor i2 0, %z2
  %t1266 = xor i2 1, %z2
  %t1265 = call i2 @llvm.fshr.i2(i2 %t1263, i2 %t1264, i2 %t1266)
  %t1267 = zext i2 %t1265 to i128
  call void @put(i128 %t1267, i1 false)
  %t1268 = xor i2 0, %z2
  %t1269 = xor i2 2, %z2
  %t1271 = xor i2 1, %z2
  %t1270 = call i2 @llvm.fshr.i2(i2 %t1268, i2 %t1269, i2 %t1271)
  %t1272 = zext i2 %t1270 to i128
  call void @put(i128 %t1272, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s46)
  %t1273 = xor i2 0, %z2
  %t1274 = xor i2 3, %z2
  %t1276 = xor i2 1, %z2
  %t1275 = call i2 @llvm.fshl.i2(i2 %t1273, i2 %t1273, i2 %t1276)
  %t1277 = zext i2 %t1275 to i128
  call void @put(i128 %t1277, i1 false)
  %t1278 = xor i2 1, %z2
  %t1279 = xor i2 1, %z2
  %t1281 = xor i2 1, %z2
  %t1280 = call i2 @llvm.fshl.i2(i2 %t1278, i2 %t1278, i2 %t1281)
  %t1282 = zext i2 %t1280 to i128
  call void @put(i128 %t1282, i1 false)
  %t1283 = xor i2 2, %z2
  %t1284 = xor i2 3, %z2
  %t1286 = xor i2 1, %z2
  %t1285 = call i2 @llvm.fshl.i2(i2 %t1283, i2 %t1283, i2 %t1286)
  %t1287 = zext i2 %t1285 to i128
  call void @put(i128 %t1287, i1 false)
  %t1288 = xor i2 3, %z2
  %t1289 = xor i2 6, %z2
  %t1291 = xor i2 0, %z2
  %t1290 = call i2 @llvm.fshl.i2(i2 %t1288, i2 %t1288, i2 %t1291)
  %t1292 = zext i2 %t1290 to i128
  call void @put(i128 %t1292, i1 false)
  %t1293 = xor i2 0, %z2
  %t1294 = xor i2 0, %z2
  %t1296 = xor i2 1, %z2
  %t1295 = call i2 @llvm.fshl.i2(i2 %t1293, i2 %t1293, i2 %t1296)
  %t1297 = zext i2 %t1295 to i128
  call void @put(i128 %t1297, i1 false)
  %t1298 = xor i2 0, %z2
  %t1299 = xor i2 2, %z2
  %t1301 = xor i2 1, %z2
  %t1300 = call i2 @llvm.fshl.i2(i2 %t1298, i2 %t1298, i2 %t1301)
  %t1302 = zext i2 %t1300 to i128
  call void @put(i128 %t1302, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s47)
  %t1303 = xor i2 0, %z2
  %t1304 = xor i2 3, %z2
  %t1306 = xor i2 1, %z2
  %t1305 = call i2 @llvm.fshr.i2(i2 %t1303, i2 %t1303, i2 %t1306)
  %t1307 = zext i2 %t1305 to i128
  call void @put(i128 %t1307, i1 false)
  %t1308 = xor i2 1, %z2
  %t1309 = xor i2 1, %z2
  %t1311 = xor i2 1, %z2
  %t1310 = call i2 @llvm.fshr.i2(i2 %t1308, i2 %t1308, i2 %t1311)
  %t1312 = zext i2 %t1310 to i128
  call void @put(i128 %t1312, i1 false)
  %t1313 = xor i2 2, %z2
  %t1314 = xor i2 3, %z2
  %t1316 = xor i2 1, %z2
  %t1315 = call i2 @llvm.fshr.i2(i2 %t1313, i2 %t1313, i2 %t1316)
  %t1317 = zext i2 %t1315 to i128
  call void @put(i128 %t1317, i1 false)
  %t1318 = xor i2 3, %z2
  %t1319 = xor i2 6, %z2
  %t1321 = xor i2 0, %z2
  %t1320 = call i2 @llvm.fshr.i2(i2 %t1318, i2 %t1318, i2 %t1321)
  %t1322 = zext i2 %t1320 to i128
  call void @put(i128 %t1322, i1 false)
  %t1323 = xor i2 0, %z2
  %t1324 = xor i2 0, %z2
  %t1326 = xor i2 1, %z2
  %t1325 = call i2 @llvm.fshr.i2(i2 %t1323, i2 %t1323, i2 %t1326)
  %t1327 = zext i2 %t1325 to i128
  call void @put(i128 %t1327, i1 false)
  %t1328 = xor i2 0, %z2
  %t1329 = xor i2 2, %z2
  %t1331 = xor i2 1, %z2
  %t1330 = call i2 @llvm.fshr.i2(i2 %t1328, i2 %t1328, i2 %t1331)
  %t1332 = zext i2 %t1330 to i128
  call void @put(i128 %t1332, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s48)
  %t1333 = xor i2 0, %z2
  %t1334 = xor i2 3, %z2
  %t1335 = call {i2, i1} @llvm.sadd.with.overflow.i2(i2 %t1333, i2 %t1334)
  %t1336 = extractvalue {i2, i1} %t1335, 0
  %t1337 = extractvalue {i2, i1} %t1335, 1
  %t1338 = zext i2 %t1336 to i128
  call void @put(i128 %t1338, i1 false)
  %t1339 = zext i1 %t1337 to i128
  call void @put(i128 %t1339, i1 false)
  %t1340 = xor i2 1, %z2
  %t1341 = xor i2 1, %z2
  %t1342 = call {i2, i1} @llvm.sadd.with.overflow.i2(i2 %t1340, i2 %t1341)
  %t1343 = extractvalue {i2, i1} %t1342, 0
  %t1344 = extractvalue {i2, i1} %t1342, 1
  %t1345 = zext i2 %t1343 to i128
  call void @put(i128 %t1345, i1 false)
  %t1346 = zext i1 %t1344 to i128
  call void @put(i128 %t1346, i1 false)
  %t1347 = xor i2 2, %z2
  %t1348 = xor i2 3, %z2
  %t1349 = call {i2, i1} @llvm.sadd.with.overflow.i2(i2 %t1347, i2 %t1348)
  %t1350 = extractvalue {i2, i1} %t1349, 0
  %t1351 = extractvalue {i2, i1} %t1349, 1
  %t1352 = zext i2 %t1350 to i128
  call void @put(i128 %t1352, i1 false)
  %t1353 = zext i1 %t1351 to i128
  call void @put(i128 %t1353, i1 false)
  %t1354 = xor i2 3, %z2
  %t1355 = xor i2 6, %z2
  %t1356 = call {i2, i1} @llvm.sadd.with.overflow.i2(i2 %t1354, i2 %t1355)
  %t1357 = extractvalue {i2, i1} %t1356, 0
  %t1358 = extractvalue {i2, i1} %t1356, 1
  %t1359 = zext i2 %t1357 to i128
  call void @put(i128 %t1359, i1 false)
  %t1360 = zext i1 %t1358 to i128
  call void @put(i128 %t1360, i1 false)
  %t1361 = xor i2 0, %z2
  %t1362 = xor i2 0, %z2
  %t1363 = call {i2, i1} @llvm.sadd.with.overflow.i2(i2 %t1361, i2 %t1362)
  %t1364 = extractvalue {i2, i1} %t1363, 0
  %t1365 = extractvalue {i2, i1} %t1363, 1
  %t1366 = zext i2 %t1364 to i128
  call void @put(i128 %t1366, i1 false)
  %t1367 = zext i1 %t1365 to i128
  call void @put(i128 %t1367, i1 false)
  %t1368 = xor i2 0, %z2
  %t1369 = xor i2 2, %z2
  %t1370 = call {i2, i1} @llvm.sadd.with.overflow.i2(i2 %t1368, i2 %t1369)
  %t1371 = extractvalue {i2, i1} %t1370, 0
  %t1372 = extractvalue {i2, i1} %t1370, 1
  %t1373 = zext i2 %t1371 to i128
  call void @put(i128 %t1373, i1 false)
  %t1374 = zext i1 %t1372 to i128
  call void @put(i128 %t1374, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s49)
  %t1375 = xor i2 0, %z2
  %t1376 = xor i2 3, %z2
  %t1377 = call {i2, i1} @llvm.uadd.with.overflow.i2(i2 %t1375, i2 %t1376)
  %t1378 = extractvalue {i2, i1} %t1377, 0
  %t1379 = extractvalue {i2, i1} %t1377, 1
  %t1380 = zext i2 %t1378 to i128
  call void @put(i128 %t1380, i1 false)
  %t1381 = zext i1 %t1379 to i128
  call void @put(i128 %t1381, i1 false)
  %t1382 = xor i2 1, %z2
  %t1383 = xor i2 1, %z2
  %t1384 = call {i2, i1} @llvm.uadd.with.overflow.i2(i2 %t1382, i2 %t1383)
  %t1385 = extractvalue {i2, i1} %t1384, 0
  %t1386 = extractvalue {i2, i1} %t1384, 1
  %t1387 = zext i2 %t1385 to i128
  call void @put(i128 %t1387, i1 false)
  %t1388 = zext i1 %t1386 to i128
  call void @put(i128 %t1388, i1 false)
  %t1389 = xor i2 2, %z2
  %t1390 = xor i2 3, %z2
  %t1391 = call {i2, i1} @llvm.uadd.with.overflow.i2(i2 %t1389, i2 %t1390)
  %t1392 = extractvalue {i2, i1} %t1391, 0
  %t1393 = extractvalue {i2, i1} %t1391, 1
  %t1394 = zext i2 %t1392 to i128
  call void @put(i128 %t1394, i1 false)
  %t1395 = zext i1 %t1393 to i128
  call void @put(i128 %t1395, i1 false)
  %t1396 = xor i2 3, %z2
  %t1397 = xor i2 6, %z2
  %t1398 = call {i2, i1} @llvm.uadd.with.overflow.i2(i2 %t1396, i2 %t1397)
  %t1399 = extractvalue {i2, i1} %t1398, 0
  %t1400 = extractvalue {i2, i1} %t1398, 1
  %t1401 = zext i2 %t1399 to i128
  call void @put(i128 %t1401, i1 false)
  %t1402 = zext i1 %t1400 to i128
  call void @put(i128 %t1402, i1 false)
  %t1403 = xor i2 0, %z2
  %t1404 = xor i2 0, %z2
  %t1405 = call {i2, i1} @llvm.uadd.with.overflow.i2(i2 %t1403, i2 %t1404)
  %t1406 = extractvalue {i2, i1} %t1405, 0
  %t1407 = extractvalue {i2, i1} %t1405, 1
  %t1408 = zext i2 %t1406 to i128
  call void @put(i128 %t1408, i1 false)
  %t1409 = zext i1 %t1407 to i128
  call void @put(i128 %t1409, i1 false)
  %t1410 = xor i2 0, %z2
  %t1411 = xor i2 2, %z2
  %t1412 = call {i2, i1} @llvm.uadd.with.overflow.i2(i2 %t1410, i2 %t1411)
  %t1413 = extractvalue {i2, i1} %t1412, 0
  %t1414 = extractvalue {i2, i1} %t1412, 1
  %t1415 = zext i2 %t1413 to i128
  call void @put(i128 %t1415, i1 false)
  %t1416 = zext i1 %t1414 to i128
  call void @put(i128 %t1416, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s50)
  %t1417 = xor i2 0, %z2
  %t1418 = xor i2 3, %z2
  %t1419 = call {i2, i1} @llvm.ssub.with.overflow.i2(i2 %t1417, i2 %t1418)
  %t1420 = extractvalue {i2, i1} %t1419, 0
  %t1421 = extractvalue {i2, i1} %t1419, 1
  %t1422 = zext i2 %t1420 to i128
  call void @put(i128 %t1422, i1 false)
  %t1423 = zext i1 %t1421 to i128
  call void @put(i128 %t1423, i1 false)
  %t1424 = xor i2 1, %z2
  %t1425 = xor i2 1, %z2
  %t1426 = call {i2, i1} @llvm.ssub.with.overflow.i2(i2 %t1424, i2 %t1425)
  %t1427 = extractvalue {i2, i1} %t1426, 0
  %t1428 = extractvalue {i2, i1} %t1426, 1
  %t1429 = zext i2 %t1427 to i128
  call void @put(i128 %t1429, i1 false)
  %t1430 = zext i1 %t1428 to i128
  call void @put(i128 %t1430, i1 false)
  %t1431 = xor i2 2, %z2
  %t1432 = xor i2 3, %z2
  %t1433 = call {i2, i1} @llvm.ssub.with.overflow.i2(i2 %t1431, i2 %t1432)
  %t1434 = extractvalue {i2, i1} %t1433, 0
  %t1435 = extractvalue {i2, i1} %t1433, 1
  %t1436 = zext i2 %t1434 to i128
  call void @put(i128 %t1436, i1 false)
  %t1437 = zext i1 %t1435 to i128
  call void @put(i128 %t1437, i1 false)
  %t1438 = xor i2 3, %z2
  %t1439 = xor i2 6, %z2
  %t1440 = call {i2, i1} @llvm.ssub.with.overflow.i2(i2 %t1438, i2 %t1439)
  %t1441 = extractvalue {i2, i1} %t1440, 0
  %t1442 = extractvalue {i2, i1} %t1440, 1
  %t1443 = zext i2 %t1441 to i128
  call void @put(i128 %t1443, i1 false)
  %t1444 = zext i1 %t1442 to i128
  call void @put(i128 %t1444, i1 false)
  %t1445 = xor i2 0, %z2
  %t1446 = xor i2 0, %z2
  %t1447 = call {i2, i1} @llvm.ssub.with.overflow.i2(i2 %t1445, i2 %t1446)
  %t1448 = extractvalue {i2, i1} %t1447, 0
  %t1449 = extractvalue {i2, i1} %t1447, 1
  %t1450 = zext i2 %t1448 to i128
  call void @put(i128 %t1450, i1 false)
  %t1451 = zext i1 %t1449 to i128
  call void @put(i128 %t1451, i1 false)
  %t1452 = xor i2 0, %z2
  %t1453 = xor i2 2, %z2
  %t1454 = call {i2, i1} @llvm.ssub.with.overflow.i2(i2 %t1452, i2 %t1453)
  %t1455 = extractvalue {i2, i1} %t1454, 0
  %t1456 = extractvalue {i2, i1} %t1454, 1
  %t1457 = zext i2 %t1455 to i128
  call void @put(i128 %t1457, i1 false)
  %t1458 = zext i1 %t1456 to i128
  call void @put(i128 %t1458, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s51)
  %t1459 = xor i2 0, %z2
  %t1460 = xor i2 3, %z2
  %t1461 = call {i2, i1} @llvm.usub.with.overflow.i2(i2 %t1459, i2 %t1460)
  %t1462 = extractvalue {i2, i1} %t1461, 0
  %t1463 = extractvalue {i2, i1} %t1461, 1
  %t1464 = zext i2 %t1462 to i128
  call void @put(i128 %t1464, i1 false)
  %t1465 = zext i1 %t1463 to i128
  call void @put(i128 %t1465, i1 false)
  %t1466 = xor i2 1, %z2
  %t1467 = xor i2 1, %z2
  %t1468 = call {i2, i1} @llvm.usub.with.overflow.i2(i2 %t1466, i2 %t1467)
  %t1469 = extractvalue {i2, i1} %t1468, 0
  %t1470 = extractvalue {i2, i1} %t1468, 1
  %t1471 = zext i2 %t1469 to i128
  call void @put(i128 %t1471, i1 false)
  %t1472 = zext i1 %t1470 to i128
  call void @put(i128 %t1472, i1 false)
  %t1473 = xor i2 2, %z2
  %t1474 = xor i2 3, %z2
  %t1475 = call {i2, i1} @llvm.usub.with.overflow.i2(i2 %t1473, i2 %t1474)
  %t1476 = extractvalue {i2, i1} %t1475, 0
  %t1477 = extractvalue {i2, i1} %t1475, 1
  %t1478 = zext i2 %t1476 to i128
  call void @put(i128 %t1478, i1 false)
  %t1479 = zext i1 %t1477 to i128
  call void @put(i128 %t1479, i1 false)
  %t1480 = xor i2 3, %z2
  %t1481 = xor i2 6, %z2
  %t1482 = call {i2, i1} @llvm.usub.with.overflow.i2(i2 %t1480, i2 %t1481)
  %t1483 = extractvalue {i2, i1} %t1482, 0
  %t1484 = extractvalue {i2, i1} %t1482, 1
  %t1485 = zext i2 %t1483 to i128
  call void @put(i128 %t1485, i1 false)
  %t1486 = zext i1 %t1484 to i128
  call void @put(i128 %t1486, i1 false)
  %t1487 = xor i2 0, %z2
  %t1488 = xor i2 0, %z2
  %t1489 = call {i2, i1} @llvm.usub.with.overflow.i2(i2 %t1487, i2 %t1488)
  %t1490 = extractvalue {i2, i1} %t1489, 0
  %t1491 = extractvalue {i2, i1} %t1489, 1
  %t1492 = zext i2 %t1490 to i128
  call void @put(i128 %t1492, i1 false)
  %t1493 = zext i1 %t1491 to i128
  call void @put(i128 %t1493, i1 false)
  %t1494 = xor i2 0, %z2
  %t1495 = xor i2 2, %z2
  %t1496 = call {i2, i1} @llvm.usub.with.overflow.i2(i2 %t1494, i2 %t1495)
  %t1497 = extractvalue {i2, i1} %t1496, 0
  %t1498 = extractvalue {i2, i1} %t1496, 1
  %t1499 = zext i2 %t1497 to i128
  call void @put(i128 %t1499, i1 false)
  %t1500 = zext i1 %t1498 to i128
  call void @put(i128 %t1500, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s52)
  %t1501 = xor i2 0, %z2
  %t1502 = xor i2 3, %z2
  %t1503 = call {i2, i1} @llvm.smul.with.overflow.i2(i2 %t1501, i2 %t1502)
  %t1504 = extractvalue {i2, i1} %t1503, 0
  %t1505 = extractvalue {i2, i1} %t1503, 1
  %t1506 = zext i2 %t1504 to i128
  call void @put(i128 %t1506, i1 false)
  %t1507 = zext i1 %t1505 to i128
  call void @put(i128 %t1507, i1 false)
  %t1508 = xor i2 1, %z2
  %t1509 = xor i2 1, %z2
  %t1510 = call {i2, i1} @llvm.smul.with.overflow.i2(i2 %t1508, i2 %t1509)
  %t1511 = extractvalue {i2, i1} %t1510, 0
  %t1512 = extractvalue {i2, i1} %t1510, 1
  %t1513 = zext i2 %t1511 to i128
  call void @put(i128 %t1513, i1 false)
  %t1514 = zext i1 %t1512 to i128
  call void @put(i128 %t1514, i1 false)
  %t1515 = xor i2 2, %z2
  %t1516 = xor i2 3, %z2
  %t1517 = call {i2, i1} @llvm.smul.with.overflow.i2(i2 %t1515, i2 %t1516)
  %t1518 = extractvalue {i2, i1} %t1517, 0
  %t1519 = extractvalue {i2, i1} %t1517, 1
  %t1520 = zext i2 %t1518 to i128
  call void @put(i128 %t1520, i1 false)
  %t1521 = zext i1 %t1519 to i128
  call void @put(i128 %t1521, i1 false)
  %t1522 = xor i2 3, %z2
  %t1523 = xor i2 6, %z2
  %t1524 = call {i2, i1} @llvm.smul.with.overflow.i2(i2 %t1522, i2 %t1523)
  %t1525 = extractvalue {i2, i1} %t1524, 0
  %t1526 = extractvalue {i2, i1} %t1524, 1
  %t1527 = zext i2 %t1525 to i128
  call void @put(i128 %t1527, i1 false)
  %t1528 = zext i1 %t1526 to i128
  call void @put(i128 %t1528, i1 false)
  %t1529 = xor i2 0, %z2
  %t1530 = xor i2 0, %z2
  %t1531 = call {i2, i1} @llvm.smul.with.overflow.i2(i2 %t1529, i2 %t1530)
  %t1532 = extractvalue {i2, i1} %t1531, 0
  %t1533 = extractvalue {i2, i1} %t1531, 1
  %t1534 = zext i2 %t1532 to i128
  call void @put(i128 %t1534, i1 false)
  %t1535 = zext i1 %t1533 to i128
  call void @put(i128 %t1535, i1 false)
  %t1536 = xor i2 0, %z2
  %t1537 = xor i2 2, %z2
  %t1538 = call {i2, i1} @llvm.smul.with.overflow.i2(i2 %t1536, i2 %t1537)
  %t1539 = extractvalue {i2, i1} %t1538, 0
  %t1540 = extractvalue {i2, i1} %t1538, 1
  %t1541 = zext i2 %t1539 to i128
  call void @put(i128 %t1541, i1 false)
  %t1542 = zext i1 %t1540 to i128
  call void @put(i128 %t1542, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s53)
  %t1543 = xor i2 0, %z2
  %t1544 = xor i2 3, %z2
  %t1545 = call {i2, i1} @llvm.umul.with.overflow.i2(i2 %t1543, i2 %t1544)
  %t1546 = extractvalue {i2, i1} %t1545, 0
  %t1547 = extractvalue {i2, i1} %t1545, 1
  %t1548 = zext i2 %t1546 to i128
  call void @put(i128 %t1548, i1 false)
  %t1549 = zext i1 %t1547 to i128
  call void @put(i128 %t1549, i1 false)
  %t1550 = xor i2 1, %z2
  %t1551 = xor i2 1, %z2
  %t1552 = call {i2, i1} @llvm.umul.with.overflow.i2(i2 %t1550, i2 %t1551)
  %t1553 = extractvalue {i2, i1} %t1552, 0
  %t1554 = extractvalue {i2, i1} %t1552, 1
  %t1555 = zext i2 %t1553 to i128
  call void @put(i128 %t1555, i1 false)
  %t1556 = zext i1 %t1554 to i128
  call void @put(i128 %t1556, i1 false)
  %t1557 = xor i2 2, %z2
  %t1558 = xor i2 3, %z2
  %t1559 = call {i2, i1} @llvm.umul.with.overflow.i2(i2 %t1557, i2 %t1558)
  %t1560 = extractvalue {i2, i1} %t1559, 0
  %t1561 = extractvalue {i2, i1} %t1559, 1
  %t1562 = zext i2 %t1560 to i128
  call void @put(i128 %t1562, i1 false)
  %t1563 = zext i1 %t1561 to i128
  call void @put(i128 %t1563, i1 false)
  %t1564 = xor i2 3, %z2
  %t1565 = xor i2 6, %z2
  %t1566 = call {i2, i1} @llvm.umul.with.overflow.i2(i2 %t1564, i2 %t1565)
  %t1567 = extractvalue {i2, i1} %t1566, 0
  %t1568 = extractvalue {i2, i1} %t1566, 1
  %t1569 = zext i2 %t1567 to i128
  call void @put(i128 %t1569, i1 false)
  %t1570 = zext i1 %t1568 to i128
  call void @put(i128 %t1570, i1 false)
  %t1571 = xor i2 0, %z2
  %t1572 = xor i2 0, %z2
  %t1573 = call {i2, i1} @llvm.umul.with.overflow.i2(i2 %t1571, i2 %t1572)
  %t1574 = extractvalue {i2, i1} %t1573, 0
  %t1575 = extractvalue {i2, i1} %t1573, 1
  %t1576 = zext i2 %t1574 to i128
  call void @put(i128 %t1576, i1 false)
  %t1577 = zext i1 %t1575 to i128
  call void @put(i128 %t1577, i1 false)
  %t1578 = xor i2 0, %z2
  %t1579 = xor i2 2, %z2
  %t1580 = call {i2, i1} @llvm.umul.with.overflow.i2(i2 %t1578, i2 %t1579)
  %t1581 = extractvalue {i2, i1} %t1580, 0
  %t1582 = extractvalue {i2, i1} %t1580, 1
  %t1583 = zext i2 %t1581 to i128
  call void @put(i128 %t1583, i1 false)
  %t1584 = zext i1 %t1582 to i128
  call void @put(i128 %t1584, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s54)
  %t1585 = xor i8 16, %z8
  %t1586 = xor i8 187, %z8
  %t1587 = call i8 @llvm.ctpop.i8(i8 %t1585)
  %t1588 = zext i8 %t1587 to i128
  call void @put(i128 %t1588, i1 false)
  %t1589 = xor i8 127, %z8
  %t1590 = xor i8 1, %z8
  %t1591 = call i8 @llvm.ctpop.i8(i8 %t1589)
  %t1592 = zext i8 %t1591 to i128
  call void @put(i128 %t1592, i1 false)
  %t1593 = xor i8 128, %z8
  %t1594 = xor i8 255, %z8
  %t1595 = call i8 @llvm.ctpop.i8(i8 %t1593)
  %t1596 = zext i8 %t1595 to i128
  call void @put(i128 %t1596, i1 false)
  %t1597 = xor i8 251, %z8
  %t1598 = xor i8 48, %z8
  %t1599 = call i8 @llvm.ctpop.i8(i8 %t1597)
  %t1600 = zext i8 %t1599 to i128
  call void @put(i128 %t1600, i1 false)
  %t1601 = xor i8 0, %z8
  %t1602 = xor i8 0, %z8
  %t1603 = call i8 @llvm.ctpop.i8(i8 %t1601)
  %t1604 = zext i8 %t1603 to i128
  call void @put(i128 %t1604, i1 false)
  %t1605 = xor i8 100, %z8
  %t1606 = xor i8 190, %z8
  %t1607 = call i8 @llvm.ctpop.i8(i8 %t1605)
  %t1608 = zext i8 %t1607 to i128
  call void @put(i128 %t1608, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s55)
  %t1609 = xor i8 16, %z8
  %t1610 = xor i8 187, %z8
  %t1611 = call i8 @llvm.ctlz.i8(i8 %t1609, i1 false)
  %t1612 = zext i8 %t1611 to i128
  call void @put(i128 %t1612, i1 false)
  %t1613 = xor i8 127, %z8
  %t1614 = xor i8 1, %z8
  %t1615 = call i8 @llvm.ctlz.i8(i8 %t1613, i1 false)
  %t1616 = zext i8 %t1615 to i128
  call void @put(i128 %t1616, i1 false)
  %t1617 = xor i8 128, %z8
  %t1618 = xor i8 255, %z8
  %t1619 = call i8 @llvm.ctlz.i8(i8 %t1617, i1 false)
  %t1620 = zext i8 %t1619 to i128
  call void @put(i128 %t1620, i1 false)
  %t1621 = xor i8 251, %z8
  %t1622 = xor i8 48, %z8
  %t1623 = call i8 @llvm.ctlz.i8(i8 %t1621, i1 false)
  %t1624 = zext i8 %t1623 to i128
  call void @put(i128 %t1624, i1 false)
  %t1625 = xor i8 0, %z8
  %t1626 = xor i8 0, %z8
  %t1627 = call i8 @llvm.ctlz.i8(i8 %t1625, i1 false)
  %t1628 = zext i8 %t1627 to i128
  call void @put(i128 %t1628, i1 false)
  %t1629 = xor i8 100, %z8
  %t1630 = xor i8 190, %z8
  %t1631 = call i8 @llvm.ctlz.i8(i8 %t1629, i1 false)
  %t1632 = zext i8 %t1631 to i128
  call void @put(i128 %t1632, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s56)
  %t1633 = xor i8 16, %z8
  %t1634 = xor i8 187, %z8
  %t1635 = call i8 @llvm.cttz.i8(i8 %t1633, i1 false)
  %t1636 = zext i8 %t1635 to i128
  call void @put(i128 %t1636, i1 false)
  %t1637 = xor i8 127, %z8
  %t1638 = xor i8 1, %z8
  %t1639 = call i8 @llvm.cttz.i8(i8 %t1637, i1 false)
  %t1640 = zext i8 %t1639 to i128
  call void @put(i128 %t1640, i1 false)
  %t1641 = xor i8 128, %z8
  %t1642 = xor i8 255, %z8
  %t1643 = call i8 @llvm.cttz.i8(i8 %t1641, i1 false)
  %t1644 = zext i8 %t1643 to i128
  call void @put(i128 %t1644, i1 false)
  %t1645 = xor i8 251, %z8
  %t1646 = xor i8 48, %z8
  %t1647 = call i8 @llvm.cttz.i8(i8 %t1645, i1 false)
  %t1648 = zext i8 %t1647 to i128
  call void @put(i128 %t1648, i1 false)
  %t1649 = xor i8 0, %z8
  %t1650 = xor i8 0, %z8
  %t1651 = call i8 @llvm.cttz.i8(i8 %t1649, i1 false)
  %t1652 = zext i8 %t1651 to i128
  call void @put(i128 %t1652, i1 false)
  %t1653 = xor i8 100, %z8
  %t1654 = xor i8 190, %z8
  %t1655 = call i8 @llvm.cttz.i8(i8 %t1653, i1 false)
  %t1656 = zext i8 %t1655 to i128
  call void @put(i128 %t1656, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s57)
  %t1657 = xor i8 16, %z8
  %t1658 = xor i8 187, %z8
  %t1659 = call i8 @llvm.bitreverse.i8(i8 %t1657)
  %t1660 = zext i8 %t1659 to i128
  call void @put(i128 %t1660, i1 false)
  %t1661 = xor i8 127, %z8
  %t1662 = xor i8 1, %z8
  %t1663 = call i8 @llvm.bitreverse.i8(i8 %t1661)
  %t1664 = zext i8 %t1663 to i128
  call void @put(i128 %t1664, i1 false)
  %t1665 = xor i8 128, %z8
  %t1666 = xor i8 255, %z8
  %t1667 = call i8 @llvm.bitreverse.i8(i8 %t1665)
  %t1668 = zext i8 %t1667 to i128
  call void @put(i128 %t1668, i1 false)
  %t1669 = xor i8 251, %z8
  %t1670 = xor i8 48, %z8
  %t1671 = call i8 @llvm.bitreverse.i8(i8 %t1669)
  %t1672 = zext i8 %t1671 to i128
  call void @put(i128 %t1672, i1 false)
  %t1673 = xor i8 0, %z8
  %t1674 = xor i8 0, %z8
  %t1675 = call i8 @llvm.bitreverse.i8(i8 %t1673)
  %t1676 = zext i8 %t1675 to i128
  call void @put(i128 %t1676, i1 false)
  %t1677 = xor i8 100, %z8
  %t1678 = xor i8 190, %z8
  %t1679 = call i8 @llvm.bitreverse.i8(i8 %t1677)
  %t1680 = zext i8 %t1679 to i128
  call void @put(i128 %t1680, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s58)
  %t1681 = xor i8 16, %z8
  %t1682 = xor i8 187, %z8
  %t1683 = call i8 @llvm.abs.i8(i8 %t1681, i1 false)
  %t1684 = zext i8 %t1683 to i128
  call void @put(i128 %t1684, i1 false)
  %t1685 = xor i8 127, %z8
  %t1686 = xor i8 1, %z8
  %t1687 = call i8 @llvm.abs.i8(i8 %t1685, i1 false)
  %t1688 = zext i8 %t1687 to i128
  call void @put(i128 %t1688, i1 false)
  %t1689 = xor i8 128, %z8
  %t1690 = xor i8 255, %z8
  %t1691 = call i8 @llvm.abs.i8(i8 %t1689, i1 false)
  %t1692 = zext i8 %t1691 to i128
  call void @put(i128 %t1692, i1 false)
  %t1693 = xor i8 251, %z8
  %t1694 = xor i8 48, %z8
  %t1695 = call i8 @llvm.abs.i8(i8 %t1693, i1 false)
  %t1696 = zext i8 %t1695 to i128
  call void @put(i128 %t1696, i1 false)
  %t1697 = xor i8 0, %z8
  %t1698 = xor i8 0, %z8
  %t1699 = call i8 @llvm.abs.i8(i8 %t1697, i1 false)
  %t1700 = zext i8 %t1699 to i128
  call void @put(i128 %t1700, i1 false)
  %t1701 = xor i8 100, %z8
  %t1702 = xor i8 190, %z8
  %t1703 = call i8 @llvm.abs.i8(i8 %t1701, i1 false)
  %t1704 = zext i8 %t1703 to i128
  call void @put(i128 %t1704, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s59)
  %t1705 = xor i8 16, %z8
  %t1706 = xor i8 187, %z8
  %t1707 = call i8 @llvm.smin.i8(i8 %t1705, i8 %t1706)
  %t1708 = zext i8 %t1707 to i128
  call void @put(i128 %t1708, i1 false)
  %t1709 = xor i8 127, %z8
  %t1710 = xor i8 1, %z8
  %t1711 = call i8 @llvm.smin.i8(i8 %t1709, i8 %t1710)
  %t1712 = zext i8 %t1711 to i128
  call void @put(i128 %t1712, i1 false)
  %t1713 = xor i8 128, %z8
  %t1714 = xor i8 255, %z8
  %t1715 = call i8 @llvm.smin.i8(i8 %t1713, i8 %t1714)
  %t1716 = zext i8 %t1715 to i128
  call void @put(i128 %t1716, i1 false)
  %t1717 = xor i8 251, %z8
  %t1718 = xor i8 48, %z8
  %t1719 = call i8 @llvm.smin.i8(i8 %t1717, i8 %t1718)
  %t1720 = zext i8 %t1719 to i128
  call void @put(i128 %t1720, i1 false)
  %t1721 = xor i8 0, %z8
  %t1722 = xor i8 0, %z8
  %t1723 = call i8 @llvm.smin.i8(i8 %t1721, i8 %t1722)
  %t1724 = zext i8 %t1723 to i128
  call void @put(i128 %t1724, i1 false)
  %t1725 = xor i8 100, %z8
  %t1726 = xor i8 190, %z8
  %t1727 = call i8 @llvm.smin.i8(i8 %t1725, i8 %t1726)
  %t1728 = zext i8 %t1727 to i128
  call void @put(i128 %t1728, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s60)
  %t1729 = xor i8 16, %z8
  %t1730 = xor i8 187, %z8
  %t1731 = call i8 @llvm.smax.i8(i8 %t1729, i8 %t1730)
  %t1732 = zext i8 %t1731 to i128
  call void @put(i128 %t1732, i1 false)
  %t1733 = xor i8 127, %z8
  %t1734 = xor i8 1, %z8
  %t1735 = call i8 @llvm.smax.i8(i8 %t1733, i8 %t1734)
  %t1736 = zext i8 %t1735 to i128
  call void @put(i128 %t1736, i1 false)
  %t1737 = xor i8 128, %z8
  %t1738 = xor i8 255, %z8
  %t1739 = call i8 @llvm.smax.i8(i8 %t1737, i8 %t1738)
  %t1740 = zext i8 %t1739 to i128
  call void @put(i128 %t1740, i1 false)
  %t1741 = xor i8 251, %z8
  %t1742 = xor i8 48, %z8
  %t1743 = call i8 @llvm.smax.i8(i8 %t1741, i8 %t1742)
  %t1744 = zext i8 %t1743 to i128
  call void @put(i128 %t1744, i1 false)
  %t1745 = xor i8 0, %z8
  %t1746 = xor i8 0, %z8
  %t1747 = call i8 @llvm.smax.i8(i8 %t1745, i8 %t1746)
  %t1748 = zext i8 %t1747 to i128
  call void @put(i128 %t1748, i1 false)
  %t1749 = xor i8 100, %z8
  %t1750 = xor i8 190, %z8
  %t1751 = call i8 @llvm.smax.i8(i8 %t1749, i8 %t1750)
  %t1752 = zext i8 %t1751 to i128
  call void @put(i128 %t1752, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s61)
  %t1753 = xor i8 16, %z8
  %t1754 = xor i8 187, %z8
  %t1755 = call i8 @llvm.umin.i8(i8 %t1753, i8 %t1754)
  %t1756 = zext i8 %t1755 to i128
  call void @put(i128 %t1756, i1 false)
  %t1757 = xor i8 127, %z8
  %t1758 = xor i8 1, %z8
  %t1759 = call i8 @llvm.umin.i8(i8 %t1757, i8 %t1758)
  %t1760 = zext i8 %t1759 to i128
  call void @put(i128 %t1760, i1 false)
  %t1761 = xor i8 128, %z8
  %t1762 = xor i8 255, %z8
  %t1763 = call i8 @llvm.umin.i8(i8 %t1761, i8 %t1762)
  %t1764 = zext i8 %t1763 to i128
  call void @put(i128 %t1764, i1 false)
  %t1765 = xor i8 251, %z8
  %t1766 = xor i8 48, %z8
  %t1767 = call i8 @llvm.umin.i8(i8 %t1765, i8 %t1766)
  %t1768 = zext i8 %t1767 to i128
  call void @put(i128 %t1768, i1 false)
  %t1769 = xor i8 0, %z8
  %t1770 = xor i8 0, %z8
  %t1771 = call i8 @llvm.umin.i8(i8 %t1769, i8 %t1770)
  %t1772 = zext i8 %t1771 to i128
  call void @put(i128 %t1772, i1 false)
  %t1773 = xor i8 100, %z8
  %t1774 = xor i8 190, %z8
  %t1775 = call i8 @llvm.umin.i8(i8 %t1773, i8 %t1774)
  %t1776 = zext i8 %t1775 to i128
  call void @put(i128 %t1776, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s62)
  %t1777 = xor i8 16, %z8
  %t1778 = xor i8 187, %z8
  %t1779 = call i8 @llvm.umax.i8(i8 %t1777, i8 %t1778)
  %t1780 = zext i8 %t1779 to i128
  call void @put(i128 %t1780, i1 false)
  %t1781 = xor i8 127, %z8
  %t1782 = xor i8 1, %z8
  %t1783 = call i8 @llvm.umax.i8(i8 %t1781, i8 %t1782)
  %t1784 = zext i8 %t1783 to i128
  call void @put(i128 %t1784, i1 false)
  %t1785 = xor i8 128, %z8
  %t1786 = xor i8 255, %z8
  %t1787 = call i8 @llvm.umax.i8(i8 %t1785, i8 %t1786)
  %t1788 = zext i8 %t1787 to i128
  call void @put(i128 %t1788, i1 false)
  %t1789 = xor i8 251, %z8
  %t1790 = xor i8 48, %z8
  %t1791 = call i8 @llvm.umax.i8(i8 %t1789, i8 %t1790)
  %t1792 = zext i8 %t1791 to i128
  call void @put(i128 %t1792, i1 false)
  %t1793 = xor i8 0, %z8
  %t1794 = xor i8 0, %z8
  %t1795 = call i8 @llvm.umax.i8(i8 %t1793, i8 %t1794)
  %t1796 = zext i8 %t1795 to i128
  call void @put(i128 %t1796, i1 false)
  %t1797 = xor i8 100, %z8
  %t1798 = xor i8 190, %z8
  %t1799 = call i8 @llvm.umax.i8(i8 %t1797, i8 %t1798)
  %t1800 = zext i8 %t1799 to i128
  call void @put(i128 %t1800, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s63)
  %t1801 = xor i8 16, %z8
  %t1802 = xor i8 187, %z8
  %t1803 = call i8 @llvm.sadd.sat.i8(i8 %t1801, i8 %t1802)
  %t1804 = zext i8 %t1803 to i128
  call void @put(i128 %t1804, i1 false)
  %t1805 = xor i8 127, %z8
  %t1806 = xor i8 1, %z8
  %t1807 = call i8 @llvm.sadd.sat.i8(i8 %t1805, i8 %t1806)
  %t1808 = zext i8 %t1807 to i128
  call void @put(i128 %t1808, i1 false)
  %t1809 = xor i8 128, %z8
  %t1810 = xor i8 255, %z8
  %t1811 = call i8 @llvm.sadd.sat.i8(i8 %t1809, i8 %t1810)
  %t1812 = zext i8 %t1811 to i128
  call void @put(i128 %t1812, i1 false)
  %t1813 = xor i8 251, %z8
  %t1814 = xor i8 48, %z8
  %t1815 = call i8 @llvm.sadd.sat.i8(i8 %t1813, i8 %t1814)
  %t1816 = zext i8 %t1815 to i128
  call void @put(i128 %t1816, i1 false)
  %t1817 = xor i8 0, %z8
  %t1818 = xor i8 0, %z8
  %t1819 = call i8 @llvm.sadd.sat.i8(i8 %t1817, i8 %t1818)
  %t1820 = zext i8 %t1819 to i128
  call void @put(i128 %t1820, i1 false)
  %t1821 = xor i8 100, %z8
  %t1822 = xor i8 190, %z8
  %t1823 = call i8 @llvm.sadd.sat.i8(i8 %t1821, i8 %t1822)
  %t1824 = zext i8 %t1823 to i128
  call void @put(i128 %t1824, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s64)
  %t1825 = xor i8 16, %z8
  %t1826 = xor i8 187, %z8
  %t1827 = call i8 @llvm.uadd.sat.i8(i8 %t1825, i8 %t1826)
  %t1828 = zext i8 %t1827 to i128
  call void @put(i128 %t1828, i1 false)
  %t1829 = xor i8 127, %z8
  %t1830 = xor i8 1, %z8
  %t1831 = call i8 @llvm.uadd.sat.i8(i8 %t1829, i8 %t1830)
  %t1832 = zext i8 %t1831 to i128
  call void @put(i128 %t1832, i1 false)
  %t1833 = xor i8 128, %z8
  %t1834 = xor i8 255, %z8
  %t1835 = call i8 @llvm.uadd.sat.i8(i8 %t1833, i8 %t1834)
  %t1836 = zext i8 %t1835 to i128
  call void @put(i128 %t1836, i1 false)
  %t1837 = xor i8 251, %z8
  %t1838 = xor i8 48, %z8
  %t1839 = call i8 @llvm.uadd.sat.i8(i8 %t1837, i8 %t1838)
  %t1840 = zext i8 %t1839 to i128
  call void @put(i128 %t1840, i1 false)
  %t1841 = xor i8 0, %z8
  %t1842 = xor i8 0, %z8
  %t1843 = call i8 @llvm.uadd.sat.i8(i8 %t1841, i8 %t1842)
  %t1844 = zext i8 %t1843 to i128
  call void @put(i128 %t1844, i1 false)
  %t1845 = xor i8 100, %z8
  %t1846 = xor i8 190, %z8
  %t1847 = call i8 @llvm.uadd.sat.i8(i8 %t1845, i8 %t1846)
  %t1848 = zext i8 %t1847 to i128
  call void @put(i128 %t1848, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s65)
  %t1849 = xor i8 16, %z8
  %t1850 = xor i8 187, %z8
  %t1851 = call i8 @llvm.ssub.sat.i8(i8 %t1849, i8 %t1850)
  %t1852 = zext i8 %t1851 to i128
  call void @put(i128 %t1852, i1 false)
  %t1853 = xor i8 127, %z8
  %t1854 = xor i8 1, %z8
  %t1855 = call i8 @llvm.ssub.sat.i8(i8 %t1853, i8 %t1854)
  %t1856 = zext i8 %t1855 to i128
  call void @put(i128 %t1856, i1 false)
  %t1857 = xor i8 128, %z8
  %t1858 = xor i8 255, %z8
  %t1859 = call i8 @llvm.ssub.sat.i8(i8 %t1857, i8 %t1858)
  %t1860 = zext i8 %t1859 to i128
  call void @put(i128 %t1860, i1 false)
  %t1861 = xor i8 251, %z8
  %t1862 = xor i8 48, %z8
  %t1863 = call i8 @llvm.ssub.sat.i8(i8 %t1861, i8 %t1862)
  %t1864 = zext i8 %t1863 to i128
  call void @put(i128 %t1864, i1 false)
  %t1865 = xor i8 0, %z8
  %t1866 = xor i8 0, %z8
  %t1867 = call i8 @llvm.ssub.sat.i8(i8 %t1865, i8 %t1866)
  %t1868 = zext i8 %t1867 to i128
  call void @put(i128 %t1868, i1 false)
  %t1869 = xor i8 100, %z8
  %t1870 = xor i8 190, %z8
  %t1871 = call i8 @llvm.ssub.sat.i8(i8 %t1869, i8 %t1870)
  %t1872 = zext i8 %t1871 to i128
  call void @put(i128 %t1872, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s66)
  %t1873 = xor i8 16, %z8
  %t1874 = xor i8 187, %z8
  %t1875 = call i8 @llvm.usub.sat.i8(i8 %t1873, i8 %t1874)
  %t1876 = zext i8 %t1875 to i128
  call void @put(i128 %t1876, i1 false)
  %t1877 = xor i8 127, %z8
  %t1878 = xor i8 1, %z8
  %t1879 = call i8 @llvm.usub.sat.i8(i8 %t1877, i8 %t1878)
  %t1880 = zext i8 %t1879 to i128
  call void @put(i128 %t1880, i1 false)
  %t1881 = xor i8 128, %z8
  %t1882 = xor i8 255, %z8
  %t1883 = call i8 @llvm.usub.sat.i8(i8 %t1881, i8 %t1882)
  %t1884 = zext i8 %t1883 to i128
  call void @put(i128 %t1884, i1 false)
  %t1885 = xor i8 251, %z8
  %t1886 = xor i8 48, %z8
  %t1887 = call i8 @llvm.usub.sat.i8(i8 %t1885, i8 %t1886)
  %t1888 = zext i8 %t1887 to i128
  call void @put(i128 %t1888, i1 false)
  %t1889 = xor i8 0, %z8
  %t1890 = xor i8 0, %z8
  %t1891 = call i8 @llvm.usub.sat.i8(i8 %t1889, i8 %t1890)
  %t1892 = zext i8 %t1891 to i128
  call void @put(i128 %t1892, i1 false)
  %t1893 = xor i8 100, %z8
  %t1894 = xor i8 190, %z8
  %t1895 = call i8 @llvm.usub.sat.i8(i8 %t1893, i8 %t1894)
  %t1896 = zext i8 %t1895 to i128
  call void @put(i128 %t1896, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s67)
  %t1897 = xor i8 16, %z8
  %t1898 = xor i8 187, %z8
  %t1899 = call i8 @llvm.scmp.i8.i8(i8 %t1897, i8 %t1898)
  %t1900 = zext i8 %t1899 to i128
  call void @put(i128 %t1900, i1 false)
  %t1901 = xor i8 127, %z8
  %t1902 = xor i8 1, %z8
  %t1903 = call i8 @llvm.scmp.i8.i8(i8 %t1901, i8 %t1902)
  %t1904 = zext i8 %t1903 to i128
  call void @put(i128 %t1904, i1 false)
  %t1905 = xor i8 128, %z8
  %t1906 = xor i8 255, %z8
  %t1907 = call i8 @llvm.scmp.i8.i8(i8 %t1905, i8 %t1906)
  %t1908 = zext i8 %t1907 to i128
  call void @put(i128 %t1908, i1 false)
  %t1909 = xor i8 251, %z8
  %t1910 = xor i8 48, %z8
  %t1911 = call i8 @llvm.scmp.i8.i8(i8 %t1909, i8 %t1910)
  %t1912 = zext i8 %t1911 to i128
  call void @put(i128 %t1912, i1 false)
  %t1913 = xor i8 0, %z8
  %t1914 = xor i8 0, %z8
  %t1915 = call i8 @llvm.scmp.i8.i8(i8 %t1913, i8 %t1914)
  %t1916 = zext i8 %t1915 to i128
  call void @put(i128 %t1916, i1 false)
  %t1917 = xor i8 100, %z8
  %t1918 = xor i8 190, %z8
  %t1919 = call i8 @llvm.scmp.i8.i8(i8 %t1917, i8 %t1918)
  %t1920 = zext i8 %t1919 to i128
  call void @put(i128 %t1920, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s68)
  %t1921 = xor i8 16, %z8
  %t1922 = xor i8 187, %z8
  %t1923 = call i8 @llvm.ucmp.i8.i8(i8 %t1921, i8 %t1922)
  %t1924 = zext i8 %t1923 to i128
  call void @put(i128 %t1924, i1 false)
  %t1925 = xor i8 127, %z8
  %t1926 = xor i8 1, %z8
  %t1927 = call i8 @llvm.ucmp.i8.i8(i8 %t1925, i8 %t1926)
  %t1928 = zext i8 %t1927 to i128
  call void @put(i128 %t1928, i1 false)
  %t1929 = xor i8 128, %z8
  %t1930 = xor i8 255, %z8
  %t1931 = call i8 @llvm.ucmp.i8.i8(i8 %t1929, i8 %t1930)
  %t1932 = zext i8 %t1931 to i128
  call void @put(i128 %t1932, i1 false)
  %t1933 = xor i8 251, %z8
  %t1934 = xor i8 48, %z8
  %t1935 = call i8 @llvm.ucmp.i8.i8(i8 %t1933, i8 %t1934)
  %t1936 = zext i8 %t1935 to i128
  call void @put(i128 %t1936, i1 false)
  %t1937 = xor i8 0, %z8
  %t1938 = xor i8 0, %z8
  %t1939 = call i8 @llvm.ucmp.i8.i8(i8 %t1937, i8 %t1938)
  %t1940 = zext i8 %t1939 to i128
  call void @put(i128 %t1940, i1 false)
  %t1941 = xor i8 100, %z8
  %t1942 = xor i8 190, %z8
  %t1943 = call i8 @llvm.ucmp.i8.i8(i8 %t1941, i8 %t1942)
  %t1944 = zext i8 %t1943 to i128
  call void @put(i128 %t1944, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s69)
  %t1945 = xor i8 16, %z8
  %t1946 = xor i8 187, %z8
  %t1948 = xor i8 1, %z8
  %t1947 = call i8 @llvm.sshl.sat.i8(i8 %t1945, i8 %t1948)
  %t1949 = zext i8 %t1947 to i128
  call void @put(i128 %t1949, i1 false)
  %t1950 = xor i8 127, %z8
  %t1951 = xor i8 1, %z8
  %t1953 = xor i8 7, %z8
  %t1952 = call i8 @llvm.sshl.sat.i8(i8 %t1950, i8 %t1953)
  %t1954 = zext i8 %t1952 to i128
  call void @put(i128 %t1954, i1 false)
  %t1955 = xor i8 128, %z8
  %t1956 = xor i8 255, %z8
  %t1958 = xor i8 4, %z8
  %t1957 = call i8 @llvm.sshl.sat.i8(i8 %t1955, i8 %t1958)
  %t1959 = zext i8 %t1957 to i128
  call void @put(i128 %t1959, i1 false)
  %t1960 = xor i8 251, %z8
  %t1961 = xor i8 48, %z8
  %t1963 = xor i8 0, %z8
  %t1962 = call i8 @llvm.sshl.sat.i8(i8 %t1960, i8 %t1963)
  %t1964 = zext i8 %t1962 to i128
  call void @put(i128 %t1964, i1 false)
  %t1965 = xor i8 0, %z8
  %t1966 = xor i8 0, %z8
  %t1968 = xor i8 2, %z8
  %t1967 = call i8 @llvm.sshl.sat.i8(i8 %t1965, i8 %t1968)
  %t1969 = zext i8 %t1967 to i128
  call void @put(i128 %t1969, i1 false)
  %t1970 = xor i8 100, %z8
  %t1971 = xor i8 190, %z8
  %t1973 = xor i8 3, %z8
  %t1972 = call i8 @llvm.sshl.sat.i8(i8 %t1970, i8 %t1973)
  %t1974 = zext i8 %t1972 to i128
  call void @put(i128 %t1974, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s70)
  %t1975 = xor i8 16, %z8
  %t1976 = xor i8 187, %z8
  %t1978 = xor i8 1, %z8
  %t1977 = call i8 @llvm.ushl.sat.i8(i8 %t1975, i8 %t1978)
  %t1979 = zext i8 %t1977 to i128
  call void @put(i128 %t1979, i1 false)
  %t1980 = xor i8 127, %z8
  %t1981 = xor i8 1, %z8
  %t1983 = xor i8 7, %z8
  %t1982 = call i8 @llvm.ushl.sat.i8(i8 %t1980, i8 %t1983)
  %t1984 = zext i8 %t1982 to i128
  call void @put(i128 %t1984, i1 false)
  %t1985 = xor i8 128, %z8
  %t1986 = xor i8 255, %z8
  %t1988 = xor i8 4, %z8
  %t1987 = call i8 @llvm.ushl.sat.i8(i8 %t1985, i8 %t1988)
  %t1989 = zext i8 %t1987 to i128
  call void @put(i128 %t1989, i1 false)
  %t1990 = xor i8 251, %z8
  %t1991 = xor i8 48, %z8
  %t1993 = xor i8 0, %z8
  %t1992 = call i8 @llvm.ushl.sat.i8(i8 %t1990, i8 %t1993)
  %t1994 = zext i8 %t1992 to i128
  call void @put(i128 %t1994, i1 false)
  %t1995 = xor i8 0, %z8
  %t1996 = xor i8 0, %z8
  %t1998 = xor i8 2, %z8
  %t1997 = call i8 @llvm.ushl.sat.i8(i8 %t1995, i8 %t1998)
  %t1999 = zext i8 %t1997 to i128
  call void @put(i128 %t1999, i1 false)
  %t2000 = xor i8 100, %z8
  %t2001 = xor i8 190, %z8
  %t2003 = xor i8 3, %z8
  %t2002 = call i8 @llvm.ushl.sat.i8(i8 %t2000, i8 %t2003)
  %t2004 = zext i8 %t2002 to i128
  call void @put(i128 %t2004, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s71)
  %t2005 = xor i8 16, %z8
  %t2006 = xor i8 187, %z8
  %t2008 = xor i8 1, %z8
  %t2007 = call i8 @llvm.fshl.i8(i8 %t2005, i8 %t2006, i8 %t2008)
  %t2009 = zext i8 %t2007 to i128
  call void @put(i128 %t2009, i1 false)
  %t2010 = xor i8 127, %z8
  %t2011 = xor i8 1, %z8
  %t2013 = xor i8 7, %z8
  %t2012 = call i8 @llvm.fshl.i8(i8 %t2010, i8 %t2011, i8 %t2013)
  %t2014 = zext i8 %t2012 to i128
  call void @put(i128 %t2014, i1 false)
  %t2015 = xor i8 128, %z8
  %t2016 = xor i8 255, %z8
  %t2018 = xor i8 11, %z8
  %t2017 = call i8 @llvm.fshl.i8(i8 %t2015, i8 %t2016, i8 %t2018)
  %t2019 = zext i8 %t2017 to i128
  call void @put(i128 %t2019, i1 false)
  %t2020 = xor i8 251, %z8
  %t2021 = xor i8 48, %z8
  %t2023 = xor i8 0, %z8
  %t2022 = call i8 @llvm.fshl.i8(i8 %t2020, i8 %t2021, i8 %t2023)
  %t2024 = zext i8 %t2022 to i128
  call void @put(i128 %t2024, i1 false)
  %t2025 = xor i8 0, %z8
  %t2026 = xor i8 0, %z8
  %t2028 = xor i8 4, %z8
  %t2027 = call i8 @llvm.fshl.i8(i8 %t2025, i8 %t2026, i8 %t2028)
  %t2029 = zext i8 %t2027 to i128
  call void @put(i128 %t2029, i1 false)
  %t2030 = xor i8 100, %z8
  %t2031 = xor i8 190, %z8
  %t2033 = xor i8 17, %z8
  %t2032 = call i8 @llvm.fshl.i8(i8 %t2030, i8 %t2031, i8 %t2033)
  %t2034 = zext i8 %t2032 to i128
  call void @put(i128 %t2034, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s72)
  %t2035 = xor i8 16, %z8
  %t2036 = xor i8 187, %z8
  %t2038 = xor i8 1, %z8
  %t2037 = call i8 @llvm.fshr.i8(i8 %t2035, i8 %t2036, i8 %t2038)
  %t2039 = zext i8 %t2037 to i128
  call void @put(i128 %t2039, i1 false)
  %t2040 = xor i8 127, %z8
  %t2041 = xor i8 1, %z8
  %t2043 = xor i8 7, %z8
  %t2042 = call i8 @llvm.fshr.i8(i8 %t2040, i8 %t2041, i8 %t2043)
  %t2044 = zext i8 %t2042 to i128
  call void @put(i128 %t2044, i1 false)
  %t2045 = xor i8 128, %z8
  %t2046 = xor i8 255, %z8
  %t2048 = xor i8 11, %z8
  %t2047 = call i8 @llvm.fshr.i8(i8 %t2045, i8 %t2046, i8 %t2048)
  %t2049 = zext i8 %t2047 to i128
  call void @put(i128 %t2049, i1 false)
  %t2050 = xor i8 251, %z8
  %t2051 = xor i8 48, %z8
  %t2053 = xor i8 0, %z8
  %t2052 = call i8 @llvm.fshr.i8(i8 %t2050, i8 %t2051, i8 %t2053)
  %t2054 = zext i8 %t2052 to i128
  call void @put(i128 %t2054, i1 false)
  %t2055 = xor i8 0, %z8
  %t2056 = xor i8 0, %z8
  %t2058 = xor i8 4, %z8
  %t2057 = call i8 @llvm.fshr.i8(i8 %t2055, i8 %t2056, i8 %t2058)
  %t2059 = zext i8 %t2057 to i128
  call void @put(i128 %t2059, i1 false)
  %t2060 = xor i8 100, %z8
  %t2061 = xor i8 190, %z8
  %t2063 = xor i8 17, %z8
  %t2062 = call i8 @llvm.fshr.i8(i8 %t2060, i8 %t2061, i8 %t2063)
  %t2064 = zext i8 %t2062 to i128
  call void @put(i128 %t2064, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s73)
  %t2065 = xor i8 16, %z8
  %t2066 = xor i8 187, %z8
  %t2068 = xor i8 1, %z8
  %t2067 = call i8 @llvm.fshl.i8(i8 %t2065, i8 %t2065, i8 %t2068)
  %t2069 = zext i8 %t2067 to i128
  call void @put(i128 %t2069, i1 false)
  %t2070 = xor i8 127, %z8
  %t2071 = xor i8 1, %z8
  %t2073 = xor i8 7, %z8
  %t2072 = call i8 @llvm.fshl.i8(i8 %t2070, i8 %t2070, i8 %t2073)
  %t2074 = zext i8 %t2072 to i128
  call void @put(i128 %t2074, i1 false)
  %t2075 = xor i8 128, %z8
  %t2076 = xor i8 255, %z8
  %t2078 = xor i8 11, %z8
  %t2077 = call i8 @llvm.fshl.i8(i8 %t2075, i8 %t2075, i8 %t2078)
  %t2079 = zext i8 %t2077 to i128
  call void @put(i128 %t2079, i1 false)
  %t2080 = xor i8 251, %z8
  %t2081 = xor i8 48, %z8
  %t2083 = xor i8 0, %z8
  %t2082 = call i8 @llvm.fshl.i8(i8 %t2080, i8 %t2080, i8 %t2083)
  %t2084 = zext i8 %t2082 to i128
  call void @put(i128 %t2084, i1 false)
  %t2085 = xor i8 0, %z8
  %t2086 = xor i8 0, %z8
  %t2088 = xor i8 4, %z8
  %t2087 = call i8 @llvm.fshl.i8(i8 %t2085, i8 %t2085, i8 %t2088)
  %t2089 = zext i8 %t2087 to i128
  call void @put(i128 %t2089, i1 false)
  %t2090 = xor i8 100, %z8
  %t2091 = xor i8 190, %z8
  %t2093 = xor i8 17, %z8
  %t2092 = call i8 @llvm.fshl.i8(i8 %t2090, i8 %t2090, i8 %t2093)
  %t2094 = zext i8 %t2092 to i128
  call void @put(i128 %t2094, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s74)
  %t2095 = xor i8 16, %z8
  %t2096 = xor i8 187, %z8
  %t2098 = xor i8 1, %z8
  %t2097 = call i8 @llvm.fshr.i8(i8 %t2095, i8 %t2095, i8 %t2098)
  %t2099 = zext i8 %t2097 to i128
  call void @put(i128 %t2099, i1 false)
  %t2100 = xor i8 127, %z8
  %t2101 = xor i8 1, %z8
  %t2103 = xor i8 7, %z8
  %t2102 = call i8 @llvm.fshr.i8(i8 %t2100, i8 %t2100, i8 %t2103)
  %t2104 = zext i8 %t2102 to i128
  call void @put(i128 %t2104, i1 false)
  %t2105 = xor i8 128, %z8
  %t2106 = xor i8 255, %z8
  %t2108 = xor i8 11, %z8
  %t2107 = call i8 @llvm.fshr.i8(i8 %t2105, i8 %t2105, i8 %t2108)
  %t2109 = zext i8 %t2107 to i128
  call void @put(i128 %t2109, i1 false)
  %t2110 = xor i8 251, %z8
  %t2111 = xor i8 48, %z8
  %t2113 = xor i8 0, %z8
  %t2112 = call i8 @llvm.fshr.i8(i8 %t2110, i8 %t2110, i8 %t2113)
  %t2114 = zext i8 %t2112 to i128
  call void @put(i128 %t2114, i1 false)
  %t2115 = xor i8 0, %z8
  %t2116 = xor i8 0, %z8
  %t2118 = xor i8 4, %z8
  %t2117 = call i8 @llvm.fshr.i8(i8 %t2115, i8 %t2115, i8 %t2118)
  %t2119 = zext i8 %t2117 to i128
  call void @put(i128 %t2119, i1 false)
  %t2120 = xor i8 100, %z8
  %t2121 = xor i8 190, %z8
  %t2123 = xor i8 17, %z8
  %t2122 = call i8 @llvm.fshr.i8(i8 %t2120, i8 %t2120, i8 %t2123)
  %t2124 = zext i8 %t2122 to i128
  call void @put(i128 %t2124, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s75)
  %t2125 = xor i8 16, %z8
  %t2126 = xor i8 187, %z8
  %t2127 = call {i8, i1} @llvm.sadd.with.overflow.i8(i8 %t2125, i8 %t2126)
  %t2128 = extractvalue {i8, i1} %t2127, 0
  %t2129 = extractvalue {i8, i1} %t2127, 1
  %t2130 = zext i8 %t2128 to i128
  call void @put(i128 %t2130, i1 false)
  %t2131 = zext i1 %t2129 to i128
  call void @put(i128 %t2131, i1 false)
  %t2132 = xor i8 127, %z8
  %t2133 = xor i8 1, %z8
  %t2134 = call {i8, i1} @llvm.sadd.with.overflow.i8(i8 %t2132, i8 %t2133)
  %t2135 = extractvalue {i8, i1} %t2134, 0
  %t2136 = extractvalue {i8, i1} %t2134, 1
  %t2137 = zext i8 %t2135 to i128
  call void @put(i128 %t2137, i1 false)
  %t2138 = zext i1 %t2136 to i128
  call void @put(i128 %t2138, i1 false)
  %t2139 = xor i8 128, %z8
  %t2140 = xor i8 255, %z8
  %t2141 = call {i8, i1} @llvm.sadd.with.overflow.i8(i8 %t2139, i8 %t2140)
  %t2142 = extractvalue {i8, i1} %t2141, 0
  %t2143 = extractvalue {i8, i1} %t2141, 1
  %t2144 = zext i8 %t2142 to i128
  call void @put(i128 %t2144, i1 false)
  %t2145 = zext i1 %t2143 to i128
  call void @put(i128 %t2145, i1 false)
  %t2146 = xor i8 251, %z8
  %t2147 = xor i8 48, %z8
  %t2148 = call {i8, i1} @llvm.sadd.with.overflow.i8(i8 %t2146, i8 %t2147)
  %t2149 = extractvalue {i8, i1} %t2148, 0
  %t2150 = extractvalue {i8, i1} %t2148, 1
  %t2151 = zext i8 %t2149 to i128
  call void @put(i128 %t2151, i1 false)
  %t2152 = zext i1 %t2150 to i128
  call void @put(i128 %t2152, i1 false)
  %t2153 = xor i8 0, %z8
  %t2154 = xor i8 0, %z8
  %t2155 = call {i8, i1} @llvm.sadd.with.overflow.i8(i8 %t2153, i8 %t2154)
  %t2156 = extractvalue {i8, i1} %t2155, 0
  %t2157 = extractvalue {i8, i1} %t2155, 1
  %t2158 = zext i8 %t2156 to i128
  call void @put(i128 %t2158, i1 false)
  %t2159 = zext i1 %t2157 to i128
  call void @put(i128 %t2159, i1 false)
  %t2160 = xor i8 100, %z8
  %t2161 = xor i8 190, %z8
  %t2162 = call {i8, i1} @llvm.sadd.with.overflow.i8(i8 %t2160, i8 %t2161)
  %t2163 = extractvalue {i8, i1} %t2162, 0
  %t2164 = extractvalue {i8, i1} %t2162, 1
  %t2165 = zext i8 %t2163 to i128
  call void @put(i128 %t2165, i1 false)
  %t2166 = zext i1 %t2164 to i128
  call void @put(i128 %t2166, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s76)
  %t2167 = xor i8 16, %z8
  %t2168 = xor i8 187, %z8
  %t2169 = call {i8, i1} @llvm.uadd.with.overflow.i8(i8 %t2167, i8 %t2168)
  %t2170 = extractvalue {i8, i1} %t2169, 0
  %t2171 = extractvalue {i8, i1} %t2169, 1
  %t2172 = zext i8 %t2170 to i128
  call void @put(i128 %t2172, i1 false)
  %t2173 = zext i1 %t2171 to i128
  call void @put(i128 %t2173, i1 false)
  %t2174 = xor i8 127, %z8
  %t2175 = xor i8 1, %z8
  %t2176 = call {i8, i1} @llvm.uadd.with.overflow.i8(i8 %t2174, i8 %t2175)
  %t2177 = extractvalue {i8, i1} %t2176, 0
  %t2178 = extractvalue {i8, i1} %t2176, 1
  %t2179 = zext i8 %t2177 to i128
  call void @put(i128 %t2179, i1 false)
  %t2180 = zext i1 %t2178 to i128
  call void @put(i128 %t2180, i1 false)
  %t2181 = xor i8 128, %z8
  %t2182 = xor i8 255, %z8
  %t2183 = call {i8, i1} @llvm.uadd.with.overflow.i8(i8 %t2181, i8 %t2182)
  %t2184 = extractvalue {i8, i1} %t2183, 0
  %t2185 = extractvalue {i8, i1} %t2183, 1
  %t2186 = zext i8 %t2184 to i128
  call void @put(i128 %t2186, i1 false)
  %t2187 = zext i1 %t2185 to i128
  call void @put(i128 %t2187, i1 false)
  %t2188 = xor i8 251, %z8
  %t2189 = xor i8 48, %z8
  %t2190 = call {i8, i1} @llvm.uadd.with.overflow.i8(i8 %t2188, i8 %t2189)
  %t2191 = extractvalue {i8, i1} %t2190, 0
  %t2192 = extractvalue {i8, i1} %t2190, 1
  %t2193 = zext i8 %t2191 to i128
  call void @put(i128 %t2193, i1 false)
  %t2194 = zext i1 %t2192 to i128
  call void @put(i128 %t2194, i1 false)
  %t2195 = xor i8 0, %z8
  %t2196 = xor i8 0, %z8
  %t2197 = call {i8, i1} @llvm.uadd.with.overflow.i8(i8 %t2195, i8 %t2196)
  %t2198 = extractvalue {i8, i1} %t2197, 0
  %t2199 = extractvalue {i8, i1} %t2197, 1
  %t2200 = zext i8 %t2198 to i128
  call void @put(i128 %t2200, i1 false)
  %t2201 = zext i1 %t2199 to i128
  call void @put(i128 %t2201, i1 false)
  %t2202 = xor i8 100, %z8
  %t2203 = xor i8 190, %z8
  %t2204 = call {i8, i1} @llvm.uadd.with.overflow.i8(i8 %t2202, i8 %t2203)
  %t2205 = extractvalue {i8, i1} %t2204, 0
  %t2206 = extractvalue {i8, i1} %t2204, 1
  %t2207 = zext i8 %t2205 to i128
  call void @put(i128 %t2207, i1 false)
  %t2208 = zext i1 %t2206 to i128
  call void @put(i128 %t2208, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s77)
  %t2209 = xor i8 16, %z8
  %t2210 = xor i8 187, %z8
  %t2211 = call {i8, i1} @llvm.ssub.with.overflow.i8(i8 %t2209, i8 %t2210)
  %t2212 = extractvalue {i8, i1} %t2211, 0
  %t2213 = extractvalue {i8, i1} %t2211, 1
  %t2214 = zext i8 %t2212 to i128
  call void @put(i128 %t2214, i1 false)
  %t2215 = zext i1 %t2213 to i128
  call void @put(i128 %t2215, i1 false)
  %t2216 = xor i8 127, %z8
  %t2217 = xor i8 1, %z8
  %t2218 = call {i8, i1} @llvm.ssub.with.overflow.i8(i8 %t2216, i8 %t2217)
  %t2219 = extractvalue {i8, i1} %t2218, 0
  %t2220 = extractvalue {i8, i1} %t2218, 1
  %t2221 = zext i8 %t2219 to i128
  call void @put(i128 %t2221, i1 false)
  %t2222 = zext i1 %t2220 to i128
  call void @put(i128 %t2222, i1 false)
  %t2223 = xor i8 128, %z8
  %t2224 = xor i8 255, %z8
  %t2225 = call {i8, i1} @llvm.ssub.with.overflow.i8(i8 %t2223, i8 %t2224)
  %t2226 = extractvalue {i8, i1} %t2225, 0
  %t2227 = extractvalue {i8, i1} %t2225, 1
  %t2228 = zext i8 %t2226 to i128
  call void @put(i128 %t2228, i1 false)
  %t2229 = zext i1 %t2227 to i128
  call void @put(i128 %t2229, i1 false)
  %t2230 = xor i8 251, %z8
  %t2231 = xor i8 48, %z8
  %t2232 = call {i8, i1} @llvm.ssub.with.overflow.i8(i8 %t2230, i8 %t2231)
  %t2233 = extractvalue {i8, i1} %t2232, 0
  %t2234 = extractvalue {i8, i1} %t2232, 1
  %t2235 = zext i8 %t2233 to i128
  call void @put(i128 %t2235, i1 false)
  %t2236 = zext i1 %t2234 to i128
  call void @put(i128 %t2236, i1 false)
  %t2237 = xor i8 0, %z8
  %t2238 = xor i8 0, %z8
  %t2239 = call {i8, i1} @llvm.ssub.with.overflow.i8(i8 %t2237, i8 %t2238)
  %t2240 = extractvalue {i8, i1} %t2239, 0
  %t2241 = extractvalue {i8, i1} %t2239, 1
  %t2242 = zext i8 %t2240 to i128
  call void @put(i128 %t2242, i1 false)
  %t2243 = zext i1 %t2241 to i128
  call void @put(i128 %t2243, i1 false)
  %t2244 = xor i8 100, %z8
  %t2245 = xor i8 190, %z8
  %t2246 = call {i8, i1} @llvm.ssub.with.overflow.i8(i8 %t2244, i8 %t2245)
  %t2247 = extractvalue {i8, i1} %t2246, 0
  %t2248 = extractvalue {i8, i1} %t2246, 1
  %t2249 = zext i8 %t2247 to i128
  call void @put(i128 %t2249, i1 false)
  %t2250 = zext i1 %t2248 to i128
  call void @put(i128 %t2250, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s78)
  %t2251 = xor i8 16, %z8
  %t2252 = xor i8 187, %z8
  %t2253 = call {i8, i1} @llvm.usub.with.overflow.i8(i8 %t2251, i8 %t2252)
  %t2254 = extractvalue {i8, i1} %t2253, 0
  %t2255 = extractvalue {i8, i1} %t2253, 1
  %t2256 = zext i8 %t2254 to i128
  call void @put(i128 %t2256, i1 false)
  %t2257 = zext i1 %t2255 to i128
  call void @put(i128 %t2257, i1 false)
  %t2258 = xor i8 127, %z8
  %t2259 = xor i8 1, %z8
  %t2260 = call {i8, i1} @llvm.usub.with.overflow.i8(i8 %t2258, i8 %t2259)
  %t2261 = extractvalue {i8, i1} %t2260, 0
  %t2262 = extractvalue {i8, i1} %t2260, 1
  %t2263 = zext i8 %t2261 to i128
  call void @put(i128 %t2263, i1 false)
  %t2264 = zext i1 %t2262 to i128
  call void @put(i128 %t2264, i1 false)
  %t2265 = xor i8 128, %z8
  %t2266 = xor i8 255, %z8
  %t2267 = call {i8, i1} @llvm.usub.with.overflow.i8(i8 %t2265, i8 %t2266)
  %t2268 = extractvalue {i8, i1} %t2267, 0
  %t2269 = extractvalue {i8, i1} %t2267, 1
  %t2270 = zext i8 %t2268 to i128
  call void @put(i128 %t2270, i1 false)
  %t2271 = zext i1 %t2269 to i128
  call void @put(i128 %t2271, i1 false)
  %t2272 = xor i8 251, %z8
  %t2273 = xor i8 48, %z8
  %t2274 = call {i8, i1} @llvm.usub.with.overflow.i8(i8 %t2272, i8 %t2273)
  %t2275 = extractvalue {i8, i1} %t2274, 0
  %t2276 = extractvalue {i8, i1} %t2274, 1
  %t2277 = zext i8 %t2275 to i128
  call void @put(i128 %t2277, i1 false)
  %t2278 = zext i1 %t2276 to i128
  call void @put(i128 %t2278, i1 false)
  %t2279 = xor i8 0, %z8
  %t2280 = xor i8 0, %z8
  %t2281 = call {i8, i1} @llvm.usub.with.overflow.i8(i8 %t2279, i8 %t2280)
  %t2282 = extractvalue {i8, i1} %t2281, 0
  %t2283 = extractvalue {i8, i1} %t2281, 1
  %t2284 = zext i8 %t2282 to i128
  call void @put(i128 %t2284, i1 false)
  %t2285 = zext i1 %t2283 to i128
  call void @put(i128 %t2285, i1 false)
  %t2286 = xor i8 100, %z8
  %t2287 = xor i8 190, %z8
  %t2288 = call {i8, i1} @llvm.usub.with.overflow.i8(i8 %t2286, i8 %t2287)
  %t2289 = extractvalue {i8, i1} %t2288, 0
  %t2290 = extractvalue {i8, i1} %t2288, 1
  %t2291 = zext i8 %t2289 to i128
  call void @put(i128 %t2291, i1 false)
  %t2292 = zext i1 %t2290 to i128
  call void @put(i128 %t2292, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s79)
  %t2293 = xor i8 16, %z8
  %t2294 = xor i8 187, %z8
  %t2295 = call {i8, i1} @llvm.smul.with.overflow.i8(i8 %t2293, i8 %t2294)
  %t2296 = extractvalue {i8, i1} %t2295, 0
  %t2297 = extractvalue {i8, i1} %t2295, 1
  %t2298 = zext i8 %t2296 to i128
  call void @put(i128 %t2298, i1 false)
  %t2299 = zext i1 %t2297 to i128
  call void @put(i128 %t2299, i1 false)
  %t2300 = xor i8 127, %z8
  %t2301 = xor i8 1, %z8
  %t2302 = call {i8, i1} @llvm.smul.with.overflow.i8(i8 %t2300, i8 %t2301)
  %t2303 = extractvalue {i8, i1} %t2302, 0
  %t2304 = extractvalue {i8, i1} %t2302, 1
  %t2305 = zext i8 %t2303 to i128
  call void @put(i128 %t2305, i1 false)
  %t2306 = zext i1 %t2304 to i128
  call void @put(i128 %t2306, i1 false)
  %t2307 = xor i8 128, %z8
  %t2308 = xor i8 255, %z8
  %t2309 = call {i8, i1} @llvm.smul.with.overflow.i8(i8 %t2307, i8 %t2308)
  %t2310 = extractvalue {i8, i1} %t2309, 0
  %t2311 = extractvalue {i8, i1} %t2309, 1
  %t2312 = zext i8 %t2310 to i128
  call void @put(i128 %t2312, i1 false)
  %t2313 = zext i1 %t2311 to i128
  call void @put(i128 %t2313, i1 false)
  %t2314 = xor i8 251, %z8
  %t2315 = xor i8 48, %z8
  %t2316 = call {i8, i1} @llvm.smul.with.overflow.i8(i8 %t2314, i8 %t2315)
  %t2317 = extractvalue {i8, i1} %t2316, 0
  %t2318 = extractvalue {i8, i1} %t2316, 1
  %t2319 = zext i8 %t2317 to i128
  call void @put(i128 %t2319, i1 false)
  %t2320 = zext i1 %t2318 to i128
  call void @put(i128 %t2320, i1 false)
  %t2321 = xor i8 0, %z8
  %t2322 = xor i8 0, %z8
  %t2323 = call {i8, i1} @llvm.smul.with.overflow.i8(i8 %t2321, i8 %t2322)
  %t2324 = extractvalue {i8, i1} %t2323, 0
  %t2325 = extractvalue {i8, i1} %t2323, 1
  %t2326 = zext i8 %t2324 to i128
  call void @put(i128 %t2326, i1 false)
  %t2327 = zext i1 %t2325 to i128
  call void @put(i128 %t2327, i1 false)
  %t2328 = xor i8 100, %z8
  %t2329 = xor i8 190, %z8
  %t2330 = call {i8, i1} @llvm.smul.with.overflow.i8(i8 %t2328, i8 %t2329)
  %t2331 = extractvalue {i8, i1} %t2330, 0
  %t2332 = extractvalue {i8, i1} %t2330, 1
  %t2333 = zext i8 %t2331 to i128
  call void @put(i128 %t2333, i1 false)
  %t2334 = zext i1 %t2332 to i128
  call void @put(i128 %t2334, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s80)
  %t2335 = xor i8 16, %z8
  %t2336 = xor i8 187, %z8
  %t2337 = call {i8, i1} @llvm.umul.with.overflow.i8(i8 %t2335, i8 %t2336)
  %t2338 = extractvalue {i8, i1} %t2337, 0
  %t2339 = extractvalue {i8, i1} %t2337, 1
  %t2340 = zext i8 %t2338 to i128
  call void @put(i128 %t2340, i1 false)
  %t2341 = zext i1 %t2339 to i128
  call void @put(i128 %t2341, i1 false)
  %t2342 = xor i8 127, %z8
  %t2343 = xor i8 1, %z8
  %t2344 = call {i8, i1} @llvm.umul.with.overflow.i8(i8 %t2342, i8 %t2343)
  %t2345 = extractvalue {i8, i1} %t2344, 0
  %t2346 = extractvalue {i8, i1} %t2344, 1
  %t2347 = zext i8 %t2345 to i128
  call void @put(i128 %t2347, i1 false)
  %t2348 = zext i1 %t2346 to i128
  call void @put(i128 %t2348, i1 false)
  %t2349 = xor i8 128, %z8
  %t2350 = xor i8 255, %z8
  %t2351 = call {i8, i1} @llvm.umul.with.overflow.i8(i8 %t2349, i8 %t2350)
  %t2352 = extractvalue {i8, i1} %t2351, 0
  %t2353 = extractvalue {i8, i1} %t2351, 1
  %t2354 = zext i8 %t2352 to i128
  call void @put(i128 %t2354, i1 false)
  %t2355 = zext i1 %t2353 to i128
  call void @put(i128 %t2355, i1 false)
  %t2356 = xor i8 251, %z8
  %t2357 = xor i8 48, %z8
  %t2358 = call {i8, i1} @llvm.umul.with.overflow.i8(i8 %t2356, i8 %t2357)
  %t2359 = extractvalue {i8, i1} %t2358, 0
  %t2360 = extractvalue {i8, i1} %t2358, 1
  %t2361 = zext i8 %t2359 to i128
  call void @put(i128 %t2361, i1 false)
  %t2362 = zext i1 %t2360 to i128
  call void @put(i128 %t2362, i1 false)
  %t2363 = xor i8 0, %z8
  %t2364 = xor i8 0, %z8
  %t2365 = call {i8, i1} @llvm.umul.with.overflow.i8(i8 %t2363, i8 %t2364)
  %t2366 = extractvalue {i8, i1} %t2365, 0
  %t2367 = extractvalue {i8, i1} %t2365, 1
  %t2368 = zext i8 %t2366 to i128
  call void @put(i128 %t2368, i1 false)
  %t2369 = zext i1 %t2367 to i128
  call void @put(i128 %t2369, i1 false)
  %t2370 = xor i8 100, %z8
  %t2371 = xor i8 190, %z8
  %t2372 = call {i8, i1} @llvm.umul.with.overflow.i8(i8 %t2370, i8 %t2371)
  %t2373 = extractvalue {i8, i1} %t2372, 0
  %t2374 = extractvalue {i8, i1} %t2372, 1
  %t2375 = zext i8 %t2373 to i128
  call void @put(i128 %t2375, i1 false)
  %t2376 = zext i1 %t2374 to i128
  call void @put(i128 %t2376, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s81)
  %t2377 = xor i16 12816, %z16
  %t2378 = xor i16 56507, %z16
  %t2379 = call i16 @llvm.ctpop.i16(i16 %t2377)
  %t2380 = zext i16 %t2379 to i128
  call void @put(i128 %t2380, i1 false)
  %t2381 = xor i16 32767, %z16
  %t2382 = xor i16 1, %z16
  %t2383 = call i16 @llvm.ctpop.i16(i16 %t2381)
  %t2384 = zext i16 %t2383 to i128
  call void @put(i128 %t2384, i1 false)
  %t2385 = xor i16 32768, %z16
  %t2386 = xor i16 65535, %z16
  %t2387 = call i16 @llvm.ctpop.i16(i16 %t2385)
  %t2388 = zext i16 %t2387 to i128
  call void @put(i128 %t2388, i1 false)
  %t2389 = xor i16 65531, %z16
  %t2390 = xor i16 768, %z16
  %t2391 = call i16 @llvm.ctpop.i16(i16 %t2389)
  %t2392 = zext i16 %t2391 to i128
  call void @put(i128 %t2392, i1 false)
  %t2393 = xor i16 0, %z16
  %t2394 = xor i16 0, %z16
  %t2395 = call i16 @llvm.ctpop.i16(i16 %t2393)
  %t2396 = zext i16 %t2395 to i128
  call void @put(i128 %t2396, i1 false)
  %t2397 = xor i16 43108, %z16
  %t2398 = xor i16 31166, %z16
  %t2399 = call i16 @llvm.ctpop.i16(i16 %t2397)
  %t2400 = zext i16 %t2399 to i128
  call void @put(i128 %t2400, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s82)
  %t2401 = xor i16 12816, %z16
  %t2402 = xor i16 56507, %z16
  %t2403 = call i16 @llvm.ctlz.i16(i16 %t2401, i1 false)
  %t2404 = zext i16 %t2403 to i128
  call void @put(i128 %t2404, i1 false)
  %t2405 = xor i16 32767, %z16
  %t2406 = xor i16 1, %z16
  %t2407 = call i16 @llvm.ctlz.i16(i16 %t2405, i1 false)
  %t2408 = zext i16 %t2407 to i128
  call void @put(i128 %t2408, i1 false)
  %t2409 = xor i16 32768, %z16
  %t2410 = xor i16 65535, %z16
  %t2411 = call i16 @llvm.ctlz.i16(i16 %t2409, i1 false)
  %t2412 = zext i16 %t2411 to i128
  call void @put(i128 %t2412, i1 false)
  %t2413 = xor i16 65531, %z16
  %t2414 = xor i16 768, %z16
  %t2415 = call i16 @llvm.ctlz.i16(i16 %t2413, i1 false)
  %t2416 = zext i16 %t2415 to i128
  call void @put(i128 %t2416, i1 false)
  %t2417 = xor i16 0, %z16
  %t2418 = xor i16 0, %z16
  %t2419 = call i16 @llvm.ctlz.i16(i16 %t2417, i1 false)
  %t2420 = zext i16 %t2419 to i128
  call void @put(i128 %t2420, i1 false)
  %t2421 = xor i16 43108, %z16
  %t2422 = xor i16 31166, %z16
  %t2423 = call i16 @llvm.ctlz.i16(i16 %t2421, i1 false)
  %t2424 = zext i16 %t2423 to i128
  call void @put(i128 %t2424, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s83)
  %t2425 = xor i16 12816, %z16
  %t2426 = xor i16 56507, %z16
  %t2427 = call i16 @llvm.cttz.i16(i16 %t2425, i1 false)
  %t2428 = zext i16 %t2427 to i128
  call void @put(i128 %t2428, i1 false)
  %t2429 = xor i16 32767, %z16
  %t2430 = xor i16 1, %z16
  %t2431 = call i16 @llvm.cttz.i16(i16 %t2429, i1 false)
  %t2432 = zext i16 %t2431 to i128
  call void @put(i128 %t2432, i1 false)
  %t2433 = xor i16 32768, %z16
  %t2434 = xor i16 65535, %z16
  %t2435 = call i16 @llvm.cttz.i16(i16 %t2433, i1 false)
  %t2436 = zext i16 %t2435 to i128
  call void @put(i128 %t2436, i1 false)
  %t2437 = xor i16 65531, %z16
  %t2438 = xor i16 768, %z16
  %t2439 = call i16 @llvm.cttz.i16(i16 %t2437, i1 false)
  %t2440 = zext i16 %t2439 to i128
  call void @put(i128 %t2440, i1 false)
  %t2441 = xor i16 0, %z16
  %t2442 = xor i16 0, %z16
  %t2443 = call i16 @llvm.cttz.i16(i16 %t2441, i1 false)
  %t2444 = zext i16 %t2443 to i128
  call void @put(i128 %t2444, i1 false)
  %t2445 = xor i16 43108, %z16
  %t2446 = xor i16 31166, %z16
  %t2447 = call i16 @llvm.cttz.i16(i16 %t2445, i1 false)
  %t2448 = zext i16 %t2447 to i128
  call void @put(i128 %t2448, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s84)
  %t2449 = xor i16 12816, %z16
  %t2450 = xor i16 56507, %z16
  %t2451 = call i16 @llvm.bswap.i16(i16 %t2449)
  %t2452 = zext i16 %t2451 to i128
  call void @put(i128 %t2452, i1 false)
  %t2453 = xor i16 32767, %z16
  %t2454 = xor i16 1, %z16
  %t2455 = call i16 @llvm.bswap.i16(i16 %t2453)
  %t2456 = zext i16 %t2455 to i128
  call void @put(i128 %t2456, i1 false)
  %t2457 = xor i16 32768, %z16
  %t2458 = xor i16 65535, %z16
  %t2459 = call i16 @llvm.bswap.i16(i16 %t2457)
  %t2460 = zext i16 %t2459 to i128
  call void @put(i128 %t2460, i1 false)
  %t2461 = xor i16 65531, %z16
  %t2462 = xor i16 768, %z16
  %t2463 = call i16 @llvm.bswap.i16(i16 %t2461)
  %t2464 = zext i16 %t2463 to i128
  call void @put(i128 %t2464, i1 false)
  %t2465 = xor i16 0, %z16
  %t2466 = xor i16 0, %z16
  %t2467 = call i16 @llvm.bswap.i16(i16 %t2465)
  %t2468 = zext i16 %t2467 to i128
  call void @put(i128 %t2468, i1 false)
  %t2469 = xor i16 43108, %z16
  %t2470 = xor i16 31166, %z16
  %t2471 = call i16 @llvm.bswap.i16(i16 %t2469)
  %t2472 = zext i16 %t2471 to i128
  call void @put(i128 %t2472, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s85)
  %t2473 = xor i16 12816, %z16
  %t2474 = xor i16 56507, %z16
  %t2475 = call i16 @llvm.bitreverse.i16(i16 %t2473)
  %t2476 = zext i16 %t2475 to i128
  call void @put(i128 %t2476, i1 false)
  %t2477 = xor i16 32767, %z16
  %t2478 = xor i16 1, %z16
  %t2479 = call i16 @llvm.bitreverse.i16(i16 %t2477)
  %t2480 = zext i16 %t2479 to i128
  call void @put(i128 %t2480, i1 false)
  %t2481 = xor i16 32768, %z16
  %t2482 = xor i16 65535, %z16
  %t2483 = call i16 @llvm.bitreverse.i16(i16 %t2481)
  %t2484 = zext i16 %t2483 to i128
  call void @put(i128 %t2484, i1 false)
  %t2485 = xor i16 65531, %z16
  %t2486 = xor i16 768, %z16
  %t2487 = call i16 @llvm.bitreverse.i16(i16 %t2485)
  %t2488 = zext i16 %t2487 to i128
  call void @put(i128 %t2488, i1 false)
  %t2489 = xor i16 0, %z16
  %t2490 = xor i16 0, %z16
  %t2491 = call i16 @llvm.bitreverse.i16(i16 %t2489)
  %t2492 = zext i16 %t2491 to i128
  call void @put(i128 %t2492, i1 false)
  %t2493 = xor i16 43108, %z16
  %t2494 = xor i16 31166, %z16
  %t2495 = call i16 @llvm.bitreverse.i16(i16 %t2493)
  %t2496 = zext i16 %t2495 to i128
  call void @put(i128 %t2496, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s86)
  %t2497 = xor i16 12816, %z16
  %t2498 = xor i16 56507, %z16
  %t2499 = call i16 @llvm.abs.i16(i16 %t2497, i1 false)
  %t2500 = zext i16 %t2499 to i128
  call void @put(i128 %t2500, i1 false)
  %t2501 = xor i16 32767, %z16
  %t2502 = xor i16 1, %z16
  %t2503 = call i16 @llvm.abs.i16(i16 %t2501, i1 false)
  %t2504 = zext i16 %t2503 to i128
  call void @put(i128 %t2504, i1 false)
  %t2505 = xor i16 32768, %z16
  %t2506 = xor i16 65535, %z16
  %t2507 = call i16 @llvm.abs.i16(i16 %t2505, i1 false)
  %t2508 = zext i16 %t2507 to i128
  call void @put(i128 %t2508, i1 false)
  %t2509 = xor i16 65531, %z16
  %t2510 = xor i16 768, %z16
  %t2511 = call i16 @llvm.abs.i16(i16 %t2509, i1 false)
  %t2512 = zext i16 %t2511 to i128
  call void @put(i128 %t2512, i1 false)
  %t2513 = xor i16 0, %z16
  %t2514 = xor i16 0, %z16
  %t2515 = call i16 @llvm.abs.i16(i16 %t2513, i1 false)
  %t2516 = zext i16 %t2515 to i128
  call void @put(i128 %t2516, i1 false)
  %t2517 = xor i16 43108, %z16
  %t2518 = xor i16 31166, %z16
  %t2519 = call i16 @llvm.abs.i16(i16 %t2517, i1 false)
  %t2520 = zext i16 %t2519 to i128
  call void @put(i128 %t2520, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s87)
  %t2521 = xor i16 12816, %z16
  %t2522 = xor i16 56507, %z16
  %t2523 = call i16 @llvm.smin.i16(i16 %t2521, i16 %t2522)
  %t2524 = zext i16 %t2523 to i128
  call void @put(i128 %t2524, i1 false)
  %t2525 = xor i16 32767, %z16
  %t2526 = xor i16 1, %z16
  %t2527 = call i16 @llvm.smin.i16(i16 %t2525, i16 %t2526)
  %t2528 = zext i16 %t2527 to i128
  call void @put(i128 %t2528, i1 false)
  %t2529 = xor i16 32768, %z16
  %t2530 = xor i16 65535, %z16
  %t2531 = call i16 @llvm.smin.i16(i16 %t2529, i16 %t2530)
  %t2532 = zext i16 %t2531 to i128
  call void @put(i128 %t2532, i1 false)
  %t2533 = xor i16 65531, %z16
  %t2534 = xor i16 768, %z16
  %t2535 = call i16 @llvm.smin.i16(i16 %t2533, i16 %t2534)
  %t2536 = zext i16 %t2535 to i128
  call void @put(i128 %t2536, i1 false)
  %t2537 = xor i16 0, %z16
  %t2538 = xor i16 0, %z16
  %t2539 = call i16 @llvm.smin.i16(i16 %t2537, i16 %t2538)
  %t2540 = zext i16 %t2539 to i128
  call void @put(i128 %t2540, i1 false)
  %t2541 = xor i16 43108, %z16
  %t2542 = xor i16 31166, %z16
  %t2543 = call i16 @llvm.smin.i16(i16 %t2541, i16 %t2542)
  %t2544 = zext i16 %t2543 to i128
  call void @put(i128 %t2544, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s88)
  %t2545 = xor i16 12816, %z16
  %t2546 = xor i16 56507, %z16
  %t2547 = call i16 @llvm.smax.i16(i16 %t2545, i16 %t2546)
  %t2548 = zext i16 %t2547 to i128
  call void @put(i128 %t2548, i1 false)
  %t2549 = xor i16 32767, %z16
  %t2550 = xor i16 1, %z16
  %t2551 = call i16 @llvm.smax.i16(i16 %t2549, i16 %t2550)
  %t2552 = zext i16 %t2551 to i128
  call void @put(i128 %t2552, i1 false)
  %t2553 = xor i16 32768, %z16
  %t2554 = xor i16 65535, %z16
  %t2555 = call i16 @llvm.smax.i16(i16 %t2553, i16 %t2554)
  %t2556 = zext i16 %t2555 to i128
  call void @put(i128 %t2556, i1 false)
  %t2557 = xor i16 65531, %z16
  %t2558 = xor i16 768, %z16
  %t2559 = call i16 @llvm.smax.i16(i16 %t2557, i16 %t2558)
  %t2560 = zext i16 %t2559 to i128
  call void @put(i128 %t2560, i1 false)
  %t2561 = xor i16 0, %z16
  %t2562 = xor i16 0, %z16
  %t2563 = call i16 @llvm.smax.i16(i16 %t2561, i16 %t2562)
  %t2564 = zext i16 %t2563 to i128
  call void @put(i128 %t2564, i1 false)
  %t2565 = xor i16 43108, %z16
  %t2566 = xor i16 31166, %z16
  %t2567 = call i16 @llvm.smax.i16(i16 %t2565, i16 %t2566)
  %t2568 = zext i16 %t2567 to i128
  call void @put(i128 %t2568, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s89)
  %t2569 = xor i16 12816, %z16
  %t2570 = xor i16 56507, %z16
  %t2571 = call i16 @llvm.umin.i16(i16 %t2569, i16 %t2570)
  %t2572 = zext i16 %t2571 to i128
  call void @put(i128 %t2572, i1 false)
  %t2573 = xor i16 32767, %z16
  %t2574 = xor i16 1, %z16
  %t2575 = call i16 @llvm.umin.i16(i16 %t2573, i16 %t2574)
  %t2576 = zext i16 %t2575 to i128
  call void @put(i128 %t2576, i1 false)
  %t2577 = xor i16 32768, %z16
  %t2578 = xor i16 65535, %z16
  %t2579 = call i16 @llvm.umin.i16(i16 %t2577, i16 %t2578)
  %t2580 = zext i16 %t2579 to i128
  call void @put(i128 %t2580, i1 false)
  %t2581 = xor i16 65531, %z16
  %t2582 = xor i16 768, %z16
  %t2583 = call i16 @llvm.umin.i16(i16 %t2581, i16 %t2582)
  %t2584 = zext i16 %t2583 to i128
  call void @put(i128 %t2584, i1 false)
  %t2585 = xor i16 0, %z16
  %t2586 = xor i16 0, %z16
  %t2587 = call i16 @llvm.umin.i16(i16 %t2585, i16 %t2586)
  %t2588 = zext i16 %t2587 to i128
  call void @put(i128 %t2588, i1 false)
  %t2589 = xor i16 43108, %z16
  %t2590 = xor i16 31166, %z16
  %t2591 = call i16 @llvm.umin.i16(i16 %t2589, i16 %t2590)
  %t2592 = zext i16 %t2591 to i128
  call void @put(i128 %t2592, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s90)
  %t2593 = xor i16 12816, %z16
  %t2594 = xor i16 56507, %z16
  %t2595 = call i16 @llvm.umax.i16(i16 %t2593, i16 %t2594)
  %t2596 = zext i16 %t2595 to i128
  call void @put(i128 %t2596, i1 false)
  %t2597 = xor i16 32767, %z16
  %t2598 = xor i16 1, %z16
  %t2599 = call i16 @llvm.umax.i16(i16 %t2597, i16 %t2598)
  %t2600 = zext i16 %t2599 to i128
  call void @put(i128 %t2600, i1 false)
  %t2601 = xor i16 32768, %z16
  %t2602 = xor i16 65535, %z16
  %t2603 = call i16 @llvm.umax.i16(i16 %t2601, i16 %t2602)
  %t2604 = zext i16 %t2603 to i128
  call void @put(i128 %t2604, i1 false)
  %t2605 = xor i16 65531, %z16
  %t2606 = xor i16 768, %z16
  %t2607 = call i16 @llvm.umax.i16(i16 %t2605, i16 %t2606)
  %t2608 = zext i16 %t2607 to i128
  call void @put(i128 %t2608, i1 false)
  %t2609 = xor i16 0, %z16
  %t2610 = xor i16 0, %z16
  %t2611 = call i16 @llvm.umax.i16(i16 %t2609, i16 %t2610)
  %t2612 = zext i16 %t2611 to i128
  call void @put(i128 %t2612, i1 false)
  %t2613 = xor i16 43108, %z16
  %t2614 = xor i16 31166, %z16
  %t2615 = call i16 @llvm.umax.i16(i16 %t2613, i16 %t2614)
  %t2616 = zext i16 %t2615 to i128
  call void @put(i128 %t2616, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s91)
  %t2617 = xor i16 12816, %z16
  %t2618 = xor i16 56507, %z16
  %t2619 = call i16 @llvm.sadd.sat.i16(i16 %t2617, i16 %t2618)
  %t2620 = zext i16 %t2619 to i128
  call void @put(i128 %t2620, i1 false)
  %t2621 = xor i16 32767, %z16
  %t2622 = xor i16 1, %z16
  %t2623 = call i16 @llvm.sadd.sat.i16(i16 %t2621, i16 %t2622)
  %t2624 = zext i16 %t2623 to i128
  call void @put(i128 %t2624, i1 false)
  %t2625 = xor i16 32768, %z16
  %t2626 = xor i16 65535, %z16
  %t2627 = call i16 @llvm.sadd.sat.i16(i16 %t2625, i16 %t2626)
  %t2628 = zext i16 %t2627 to i128
  call void @put(i128 %t2628, i1 false)
  %t2629 = xor i16 65531, %z16
  %t2630 = xor i16 768, %z16
  %t2631 = call i16 @llvm.sadd.sat.i16(i16 %t2629, i16 %t2630)
  %t2632 = zext i16 %t2631 to i128
  call void @put(i128 %t2632, i1 false)
  %t2633 = xor i16 0, %z16
  %t2634 = xor i16 0, %z16
  %t2635 = call i16 @llvm.sadd.sat.i16(i16 %t2633, i16 %t2634)
  %t2636 = zext i16 %t2635 to i128
  call void @put(i128 %t2636, i1 false)
  %t2637 = xor i16 43108, %z16
  %t2638 = xor i16 31166, %z16
  %t2639 = call i16 @llvm.sadd.sat.i16(i16 %t2637, i16 %t2638)
  %t2640 = zext i16 %t2639 to i128
  call void @put(i128 %t2640, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s92)
  %t2641 = xor i16 12816, %z16
  %t2642 = xor i16 56507, %z16
  %t2643 = call i16 @llvm.uadd.sat.i16(i16 %t2641, i16 %t2642)
  %t2644 = zext i16 %t2643 to i128
  call void @put(i128 %t2644, i1 false)
  %t2645 = xor i16 32767, %z16
  %t2646 = xor i16 1, %z16
  %t2647 = call i16 @llvm.uadd.sat.i16(i16 %t2645, i16 %t2646)
  %t2648 = zext i16 %t2647 to i128
  call void @put(i128 %t2648, i1 false)
  %t2649 = xor i16 32768, %z16
  %t2650 = xor i16 65535, %z16
  %t2651 = call i16 @llvm.uadd.sat.i16(i16 %t2649, i16 %t2650)
  %t2652 = zext i16 %t2651 to i128
  call void @put(i128 %t2652, i1 false)
  %t2653 = xor i16 65531, %z16
  %t2654 = xor i16 768, %z16
  %t2655 = call i16 @llvm.uadd.sat.i16(i16 %t2653, i16 %t2654)
  %t2656 = zext i16 %t2655 to i128
  call void @put(i128 %t2656, i1 false)
  %t2657 = xor i16 0, %z16
  %t2658 = xor i16 0, %z16
  %t2659 = call i16 @llvm.uadd.sat.i16(i16 %t2657, i16 %t2658)
  %t2660 = zext i16 %t2659 to i128
  call void @put(i128 %t2660, i1 false)
  %t2661 = xor i16 43108, %z16
  %t2662 = xor i16 31166, %z16
  %t2663 = call i16 @llvm.uadd.sat.i16(i16 %t2661, i16 %t2662)
  %t2664 = zext i16 %t2663 to i128
  call void @put(i128 %t2664, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s93)
  %t2665 = xor i16 12816, %z16
  %t2666 = xor i16 56507, %z16
  %t2667 = call i16 @llvm.ssub.sat.i16(i16 %t2665, i16 %t2666)
  %t2668 = zext i16 %t2667 to i128
  call void @put(i128 %t2668, i1 false)
  %t2669 = xor i16 32767, %z16
  %t2670 = xor i16 1, %z16
  %t2671 = call i16 @llvm.ssub.sat.i16(i16 %t2669, i16 %t2670)
  %t2672 = zext i16 %t2671 to i128
  call void @put(i128 %t2672, i1 false)
  %t2673 = xor i16 32768, %z16
  %t2674 = xor i16 65535, %z16
  %t2675 = call i16 @llvm.ssub.sat.i16(i16 %t2673, i16 %t2674)
  %t2676 = zext i16 %t2675 to i128
  call void @put(i128 %t2676, i1 false)
  %t2677 = xor i16 65531, %z16
  %t2678 = xor i16 768, %z16
  %t2679 = call i16 @llvm.ssub.sat.i16(i16 %t2677, i16 %t2678)
  %t2680 = zext i16 %t2679 to i128
  call void @put(i128 %t2680, i1 false)
  %t2681 = xor i16 0, %z16
  %t2682 = xor i16 0, %z16
  %t2683 = call i16 @llvm.ssub.sat.i16(i16 %t2681, i16 %t2682)
  %t2684 = zext i16 %t2683 to i128
  call void @put(i128 %t2684, i1 false)
  %t2685 = xor i16 43108, %z16
  %t2686 = xor i16 31166, %z16
  %t2687 = call i16 @llvm.ssub.sat.i16(i16 %t2685, i16 %t2686)
  %t2688 = zext i16 %t2687 to i128
  call void @put(i128 %t2688, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s94)
  %t2689 = xor i16 12816, %z16
  %t2690 = xor i16 56507, %z16
  %t2691 = call i16 @llvm.usub.sat.i16(i16 %t2689, i16 %t2690)
  %t2692 = zext i16 %t2691 to i128
  call void @put(i128 %t2692, i1 false)
  %t2693 = xor i16 32767, %z16
  %t2694 = xor i16 1, %z16
  %t2695 = call i16 @llvm.usub.sat.i16(i16 %t2693, i16 %t2694)
  %t2696 = zext i16 %t2695 to i128
  call void @put(i128 %t2696, i1 false)
  %t2697 = xor i16 32768, %z16
  %t2698 = xor i16 65535, %z16
  %t2699 = call i16 @llvm.usub.sat.i16(i16 %t2697, i16 %t2698)
  %t2700 = zext i16 %t2699 to i128
  call void @put(i128 %t2700, i1 false)
  %t2701 = xor i16 65531, %z16
  %t2702 = xor i16 768, %z16
  %t2703 = call i16 @llvm.usub.sat.i16(i16 %t2701, i16 %t2702)
  %t2704 = zext i16 %t2703 to i128
  call void @put(i128 %t2704, i1 false)
  %t2705 = xor i16 0, %z16
  %t2706 = xor i16 0, %z16
  %t2707 = call i16 @llvm.usub.sat.i16(i16 %t2705, i16 %t2706)
  %t2708 = zext i16 %t2707 to i128
  call void @put(i128 %t2708, i1 false)
  %t2709 = xor i16 43108, %z16
  %t2710 = xor i16 31166, %z16
  %t2711 = call i16 @llvm.usub.sat.i16(i16 %t2709, i16 %t2710)
  %t2712 = zext i16 %t2711 to i128
  call void @put(i128 %t2712, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s95)
  %t2713 = xor i16 12816, %z16
  %t2714 = xor i16 56507, %z16
  %t2715 = call i8 @llvm.scmp.i8.i16(i16 %t2713, i16 %t2714)
  %t2716 = zext i8 %t2715 to i128
  call void @put(i128 %t2716, i1 false)
  %t2717 = xor i16 32767, %z16
  %t2718 = xor i16 1, %z16
  %t2719 = call i8 @llvm.scmp.i8.i16(i16 %t2717, i16 %t2718)
  %t2720 = zext i8 %t2719 to i128
  call void @put(i128 %t2720, i1 false)
  %t2721 = xor i16 32768, %z16
  %t2722 = xor i16 65535, %z16
  %t2723 = call i8 @llvm.scmp.i8.i16(i16 %t2721, i16 %t2722)
  %t2724 = zext i8 %t2723 to i128
  call void @put(i128 %t2724, i1 false)
  %t2725 = xor i16 65531, %z16
  %t2726 = xor i16 768, %z16
  %t2727 = call i8 @llvm.scmp.i8.i16(i16 %t2725, i16 %t2726)
  %t2728 = zext i8 %t2727 to i128
  call void @put(i128 %t2728, i1 false)
  %t2729 = xor i16 0, %z16
  %t2730 = xor i16 0, %z16
  %t2731 = call i8 @llvm.scmp.i8.i16(i16 %t2729, i16 %t2730)
  %t2732 = zext i8 %t2731 to i128
  call void @put(i128 %t2732, i1 false)
  %t2733 = xor i16 43108, %z16
  %t2734 = xor i16 31166, %z16
  %t2735 = call i8 @llvm.scmp.i8.i16(i16 %t2733, i16 %t2734)
  %t2736 = zext i8 %t2735 to i128
  call void @put(i128 %t2736, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s96)
  %t2737 = xor i16 12816, %z16
  %t2738 = xor i16 56507, %z16
  %t2739 = call i8 @llvm.ucmp.i8.i16(i16 %t2737, i16 %t2738)
  %t2740 = zext i8 %t2739 to i128
  call void @put(i128 %t2740, i1 false)
  %t2741 = xor i16 32767, %z16
  %t2742 = xor i16 1, %z16
  %t2743 = call i8 @llvm.ucmp.i8.i16(i16 %t2741, i16 %t2742)
  %t2744 = zext i8 %t2743 to i128
  call void @put(i128 %t2744, i1 false)
  %t2745 = xor i16 32768, %z16
  %t2746 = xor i16 65535, %z16
  %t2747 = call i8 @llvm.ucmp.i8.i16(i16 %t2745, i16 %t2746)
  %t2748 = zext i8 %t2747 to i128
  call void @put(i128 %t2748, i1 false)
  %t2749 = xor i16 65531, %z16
  %t2750 = xor i16 768, %z16
  %t2751 = call i8 @llvm.ucmp.i8.i16(i16 %t2749, i16 %t2750)
  %t2752 = zext i8 %t2751 to i128
  call void @put(i128 %t2752, i1 false)
  %t2753 = xor i16 0, %z16
  %t2754 = xor i16 0, %z16
  %t2755 = call i8 @llvm.ucmp.i8.i16(i16 %t2753, i16 %t2754)
  %t2756 = zext i8 %t2755 to i128
  call void @put(i128 %t2756, i1 false)
  %t2757 = xor i16 43108, %z16
  %t2758 = xor i16 31166, %z16
  %t2759 = call i8 @llvm.ucmp.i8.i16(i16 %t2757, i16 %t2758)
  %t2760 = zext i8 %t2759 to i128
  call void @put(i128 %t2760, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s97)
  %t2761 = xor i16 12816, %z16
  %t2762 = xor i16 56507, %z16
  %t2764 = xor i16 1, %z16
  %t2763 = call i16 @llvm.sshl.sat.i16(i16 %t2761, i16 %t2764)
  %t2765 = zext i16 %t2763 to i128
  call void @put(i128 %t2765, i1 false)
  %t2766 = xor i16 32767, %z16
  %t2767 = xor i16 1, %z16
  %t2769 = xor i16 15, %z16
  %t2768 = call i16 @llvm.sshl.sat.i16(i16 %t2766, i16 %t2769)
  %t2770 = zext i16 %t2768 to i128
  call void @put(i128 %t2770, i1 false)
  %t2771 = xor i16 32768, %z16
  %t2772 = xor i16 65535, %z16
  %t2774 = xor i16 8, %z16
  %t2773 = call i16 @llvm.sshl.sat.i16(i16 %t2771, i16 %t2774)
  %t2775 = zext i16 %t2773 to i128
  call void @put(i128 %t2775, i1 false)
  %t2776 = xor i16 65531, %z16
  %t2777 = xor i16 768, %z16
  %t2779 = xor i16 0, %z16
  %t2778 = call i16 @llvm.sshl.sat.i16(i16 %t2776, i16 %t2779)
  %t2780 = zext i16 %t2778 to i128
  call void @put(i128 %t2780, i1 false)
  %t2781 = xor i16 0, %z16
  %t2782 = xor i16 0, %z16
  %t2784 = xor i16 2, %z16
  %t2783 = call i16 @llvm.sshl.sat.i16(i16 %t2781, i16 %t2784)
  %t2785 = zext i16 %t2783 to i128
  call void @put(i128 %t2785, i1 false)
  %t2786 = xor i16 43108, %z16
  %t2787 = xor i16 31166, %z16
  %t2789 = xor i16 3, %z16
  %t2788 = call i16 @llvm.sshl.sat.i16(i16 %t2786, i16 %t2789)
  %t2790 = zext i16 %t2788 to i128
  call void @put(i128 %t2790, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s98)
  %t2791 = xor i16 12816, %z16
  %t2792 = xor i16 56507, %z16
  %t2794 = xor i16 1, %z16
  %t2793 = call i16 @llvm.ushl.sat.i16(i16 %t2791, i16 %t2794)
  %t2795 = zext i16 %t2793 to i128
  call void @put(i128 %t2795, i1 false)
  %t2796 = xor i16 32767, %z16
  %t2797 = xor i16 1, %z16
  %t2799 = xor i16 15, %z16
  %t2798 = call i16 @llvm.ushl.sat.i16(i16 %t2796, i16 %t2799)
  %t2800 = zext i16 %t2798 to i128
  call void @put(i128 %t2800, i1 false)
  %t2801 = xor i16 32768, %z16
  %t2802 = xor i16 65535, %z16
  %t2804 = xor i16 8, %z16
  %t2803 = call i16 @llvm.ushl.sat.i16(i16 %t2801, i16 %t2804)
  %t2805 = zext i16 %t2803 to i128
  call void @put(i128 %t2805, i1 false)
  %t2806 = xor i16 65531, %z16
  %t2807 = xor i16 768, %z16
  %t2809 = xor i16 0, %z16
  %t2808 = call i16 @llvm.ushl.sat.i16(i16 %t2806, i16 %t2809)
  %t2810 = zext i16 %t2808 to i128
  call void @put(i128 %t2810, i1 false)
  %t2811 = xor i16 0, %z16
  %t2812 = xor i16 0, %z16
  %t2814 = xor i16 2, %z16
  %t2813 = call i16 @llvm.ushl.sat.i16(i16 %t2811, i16 %t2814)
  %t2815 = zext i16 %t2813 to i128
  call void @put(i128 %t2815, i1 false)
  %t2816 = xor i16 43108, %z16
  %t2817 = xor i16 31166, %z16
  %t2819 = xor i16 3, %z16
  %t2818 = call i16 @llvm.ushl.sat.i16(i16 %t2816, i16 %t2819)
  %t2820 = zext i16 %t2818 to i128
  call void @put(i128 %t2820, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s99)
  %t2821 = xor i16 12816, %z16
  %t2822 = xor i16 56507, %z16
  %t2824 = xor i16 1, %z16
  %t2823 = call i16 @llvm.fshl.i16(i16 %t2821, i16 %t2822, i16 %t2824)
  %t2825 = zext i16 %t2823 to i128
  call void @put(i128 %t2825, i1 false)
  %t2826 = xor i16 32767, %z16
  %t2827 = xor i16 1, %z16
  %t2829 = xor i16 15, %z16
  %t2828 = call i16 @llvm.fshl.i16(i16 %t2826, i16 %t2827, i16 %t2829)
  %t2830 = zext i16 %t2828 to i128
  call void @put(i128 %t2830, i1 false)
  %t2831 = xor i16 32768, %z16
  %t2832 = xor i16 65535, %z16
  %t2834 = xor i16 19, %z16
  %t2833 = call i16 @llvm.fshl.i16(i16 %t2831, i16 %t2832, i16 %t2834)
  %t2835 = zext i16 %t2833 to i128
  call void @put(i128 %t2835, i1 false)
  %t2836 = xor i16 65531, %z16
  %t2837 = xor i16 768, %z16
  %t2839 = xor i16 0, %z16
  %t2838 = call i16 @llvm.fshl.i16(i16 %t2836, i16 %t2837, i16 %t2839)
  %t2840 = zext i16 %t2838 to i128
  call void @put(i128 %t2840, i1 false)
  %t2841 = xor i16 0, %z16
  %t2842 = xor i16 0, %z16
  %t2844 = xor i16 8, %z16
  %t2843 = call i16 @llvm.fshl.i16(i16 %t2841, i16 %t2842, i16 %t2844)
  %t2845 = zext i16 %t2843 to i128
  call void @put(i128 %t2845, i1 false)
  %t2846 = xor i16 43108, %z16
  %t2847 = xor i16 31166, %z16
  %t2849 = xor i16 33, %z16
  %t2848 = call i16 @llvm.fshl.i16(i16 %t2846, i16 %t2847, i16 %t2849)
  %t2850 = zext i16 %t2848 to i128
  call void @put(i128 %t2850, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s100)
  %t2851 = xor i16 12816, %z16
  %t2852 = xor i16 56507, %z16
  %t2854 = xor i16 1, %z16
  %t2853 = call i16 @llvm.fshr.i16(i16 %t2851, i16 %t2852, i16 %t2854)
  %t2855 = zext i16 %t2853 to i128
  call void @put(i128 %t2855, i1 false)
  %t2856 = xor i16 32767, %z16
  %t2857 = xor i16 1, %z16
  %t2859 = xor i16 15, %z16
  %t2858 = call i16 @llvm.fshr.i16(i16 %t2856, i16 %t2857, i16 %t2859)
  %t2860 = zext i16 %t2858 to i128
  call void @put(i128 %t2860, i1 false)
  %t2861 = xor i16 32768, %z16
  %t2862 = xor i16 65535, %z16
  %t2864 = xor i16 19, %z16
  %t2863 = call i16 @llvm.fshr.i16(i16 %t2861, i16 %t2862, i16 %t2864)
  %t2865 = zext i16 %t2863 to i128
  call void @put(i128 %t2865, i1 false)
  %t2866 = xor i16 65531, %z16
  %t2867 = xor i16 768, %z16
  %t2869 = xor i16 0, %z16
  %t2868 = call i16 @llvm.fshr.i16(i16 %t2866, i16 %t2867, i16 %t2869)
  %t2870 = zext i16 %t2868 to i128
  call void @put(i128 %t2870, i1 false)
  %t2871 = xor i16 0, %z16
  %t2872 = xor i16 0, %z16
  %t2874 = xor i16 8, %z16
  %t2873 = call i16 @llvm.fshr.i16(i16 %t2871, i16 %t2872, i16 %t2874)
  %t2875 = zext i16 %t2873 to i128
  call void @put(i128 %t2875, i1 false)
  %t2876 = xor i16 43108, %z16
  %t2877 = xor i16 31166, %z16
  %t2879 = xor i16 33, %z16
  %t2878 = call i16 @llvm.fshr.i16(i16 %t2876, i16 %t2877, i16 %t2879)
  %t2880 = zext i16 %t2878 to i128
  call void @put(i128 %t2880, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s101)
  %t2881 = xor i16 12816, %z16
  %t2882 = xor i16 56507, %z16
  %t2884 = xor i16 1, %z16
  %t2883 = call i16 @llvm.fshl.i16(i16 %t2881, i16 %t2881, i16 %t2884)
  %t2885 = zext i16 %t2883 to i128
  call void @put(i128 %t2885, i1 false)
  %t2886 = xor i16 32767, %z16
  %t2887 = xor i16 1, %z16
  %t2889 = xor i16 15, %z16
  %t2888 = call i16 @llvm.fshl.i16(i16 %t2886, i16 %t2886, i16 %t2889)
  %t2890 = zext i16 %t2888 to i128
  call void @put(i128 %t2890, i1 false)
  %t2891 = xor i16 32768, %z16
  %t2892 = xor i16 65535, %z16
  %t2894 = xor i16 19, %z16
  %t2893 = call i16 @llvm.fshl.i16(i16 %t2891, i16 %t2891, i16 %t2894)
  %t2895 = zext i16 %t2893 to i128
  call void @put(i128 %t2895, i1 false)
  %t2896 = xor i16 65531, %z16
  %t2897 = xor i16 768, %z16
  %t2899 = xor i16 0, %z16
  %t2898 = call i16 @llvm.fshl.i16(i16 %t2896, i16 %t2896, i16 %t2899)
  %t2900 = zext i16 %t2898 to i128
  call void @put(i128 %t2900, i1 false)
  %t2901 = xor i16 0, %z16
  %t2902 = xor i16 0, %z16
  %t2904 = xor i16 8, %z16
  %t2903 = call i16 @llvm.fshl.i16(i16 %t2901, i16 %t2901, i16 %t2904)
  %t2905 = zext i16 %t2903 to i128
  call void @put(i128 %t2905, i1 false)
  %t2906 = xor i16 43108, %z16
  %t2907 = xor i16 31166, %z16
  %t2909 = xor i16 33, %z16
  %t2908 = call i16 @llvm.fshl.i16(i16 %t2906, i16 %t2906, i16 %t2909)
  %t2910 = zext i16 %t2908 to i128
  call void @put(i128 %t2910, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s102)
  %t2911 = xor i16 12816, %z16
  %t2912 = xor i16 56507, %z16
  %t2914 = xor i16 1, %z16
  %t2913 = call i16 @llvm.fshr.i16(i16 %t2911, i16 %t2911, i16 %t2914)
  %t2915 = zext i16 %t2913 to i128
  call void @put(i128 %t2915, i1 false)
  %t2916 = xor i16 32767, %z16
  %t2917 = xor i16 1, %z16
  %t2919 = xor i16 15, %z16
  %t2918 = call i16 @llvm.fshr.i16(i16 %t2916, i16 %t2916, i16 %t2919)
  %t2920 = zext i16 %t2918 to i128
  call void @put(i128 %t2920, i1 false)
  %t2921 = xor i16 32768, %z16
  %t2922 = xor i16 65535, %z16
  %t2924 = xor i16 19, %z16
  %t2923 = call i16 @llvm.fshr.i16(i16 %t2921, i16 %t2921, i16 %t2924)
  %t2925 = zext i16 %t2923 to i128
  call void @put(i128 %t2925, i1 false)
  %t2926 = xor i16 65531, %z16
  %t2927 = xor i16 768, %z16
  %t2929 = xor i16 0, %z16
  %t2928 = call i16 @llvm.fshr.i16(i16 %t2926, i16 %t2926, i16 %t2929)
  %t2930 = zext i16 %t2928 to i128
  call void @put(i128 %t2930, i1 false)
  %t2931 = xor i16 0, %z16
  %t2932 = xor i16 0, %z16
  %t2934 = xor i16 8, %z16
  %t2933 = call i16 @llvm.fshr.i16(i16 %t2931, i16 %t2931, i16 %t2934)
  %t2935 = zext i16 %t2933 to i128
  call void @put(i128 %t2935, i1 false)
  %t2936 = xor i16 43108, %z16
  %t2937 = xor i16 31166, %z16
  %t2939 = xor i16 33, %z16
  %t2938 = call i16 @llvm.fshr.i16(i16 %t2936, i16 %t2936, i16 %t2939)
  %t2940 = zext i16 %t2938 to i128
  call void @put(i128 %t2940, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s103)
  %t2941 = xor i16 12816, %z16
  %t2942 = xor i16 56507, %z16
  %t2943 = call {i16, i1} @llvm.sadd.with.overflow.i16(i16 %t2941, i16 %t2942)
  %t2944 = extractvalue {i16, i1} %t2943, 0
  %t2945 = extractvalue {i16, i1} %t2943, 1
  %t2946 = zext i16 %t2944 to i128
  call void @put(i128 %t2946, i1 false)
  %t2947 = zext i1 %t2945 to i128
  call void @put(i128 %t2947, i1 false)
  %t2948 = xor i16 32767, %z16
  %t2949 = xor i16 1, %z16
  %t2950 = call {i16, i1} @llvm.sadd.with.overflow.i16(i16 %t2948, i16 %t2949)
  %t2951 = extractvalue {i16, i1} %t2950, 0
  %t2952 = extractvalue {i16, i1} %t2950, 1
  %t2953 = zext i16 %t2951 to i128
  call void @put(i128 %t2953, i1 false)
  %t2954 = zext i1 %t2952 to i128
  call void @put(i128 %t2954, i1 false)
  %t2955 = xor i16 32768, %z16
  %t2956 = xor i16 65535, %z16
  %t2957 = call {i16, i1} @llvm.sadd.with.overflow.i16(i16 %t2955, i16 %t2956)
  %t2958 = extractvalue {i16, i1} %t2957, 0
  %t2959 = extractvalue {i16, i1} %t2957, 1
  %t2960 = zext i16 %t2958 to i128
  call void @put(i128 %t2960, i1 false)
  %t2961 = zext i1 %t2959 to i128
  call void @put(i128 %t2961, i1 false)
  %t2962 = xor i16 65531, %z16
  %t2963 = xor i16 768, %z16
  %t2964 = call {i16, i1} @llvm.sadd.with.overflow.i16(i16 %t2962, i16 %t2963)
  %t2965 = extractvalue {i16, i1} %t2964, 0
  %t2966 = extractvalue {i16, i1} %t2964, 1
  %t2967 = zext i16 %t2965 to i128
  call void @put(i128 %t2967, i1 false)
  %t2968 = zext i1 %t2966 to i128
  call void @put(i128 %t2968, i1 false)
  %t2969 = xor i16 0, %z16
  %t2970 = xor i16 0, %z16
  %t2971 = call {i16, i1} @llvm.sadd.with.overflow.i16(i16 %t2969, i16 %t2970)
  %t2972 = extractvalue {i16, i1} %t2971, 0
  %t2973 = extractvalue {i16, i1} %t2971, 1
  %t2974 = zext i16 %t2972 to i128
  call void @put(i128 %t2974, i1 false)
  %t2975 = zext i1 %t2973 to i128
  call void @put(i128 %t2975, i1 false)
  %t2976 = xor i16 43108, %z16
  %t2977 = xor i16 31166, %z16
  %t2978 = call {i16, i1} @llvm.sadd.with.overflow.i16(i16 %t2976, i16 %t2977)
  %t2979 = extractvalue {i16, i1} %t2978, 0
  %t2980 = extractvalue {i16, i1} %t2978, 1
  %t2981 = zext i16 %t2979 to i128
  call void @put(i128 %t2981, i1 false)
  %t2982 = zext i1 %t2980 to i128
  call void @put(i128 %t2982, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s104)
  %t2983 = xor i16 12816, %z16
  %t2984 = xor i16 56507, %z16
  %t2985 = call {i16, i1} @llvm.uadd.with.overflow.i16(i16 %t2983, i16 %t2984)
  %t2986 = extractvalue {i16, i1} %t2985, 0
  %t2987 = extractvalue {i16, i1} %t2985, 1
  %t2988 = zext i16 %t2986 to i128
  call void @put(i128 %t2988, i1 false)
  %t2989 = zext i1 %t2987 to i128
  call void @put(i128 %t2989, i1 false)
  %t2990 = xor i16 32767, %z16
  %t2991 = xor i16 1, %z16
  %t2992 = call {i16, i1} @llvm.uadd.with.overflow.i16(i16 %t2990, i16 %t2991)
  %t2993 = extractvalue {i16, i1} %t2992, 0
  %t2994 = extractvalue {i16, i1} %t2992, 1
  %t2995 = zext i16 %t2993 to i128
  call void @put(i128 %t2995, i1 false)
  %t2996 = zext i1 %t2994 to i128
  call void @put(i128 %t2996, i1 false)
  %t2997 = xor i16 32768, %z16
  %t2998 = xor i16 65535, %z16
  %t2999 = call {i16, i1} @llvm.uadd.with.overflow.i16(i16 %t2997, i16 %t2998)
  %t3000 = extractvalue {i16, i1} %t2999, 0
  %t3001 = extractvalue {i16, i1} %t2999, 1
  %t3002 = zext i16 %t3000 to i128
  call void @put(i128 %t3002, i1 false)
  %t3003 = zext i1 %t3001 to i128
  call void @put(i128 %t3003, i1 false)
  %t3004 = xor i16 65531, %z16
  %t3005 = xor i16 768, %z16
  %t3006 = call {i16, i1} @llvm.uadd.with.overflow.i16(i16 %t3004, i16 %t3005)
  %t3007 = extractvalue {i16, i1} %t3006, 0
  %t3008 = extractvalue {i16, i1} %t3006, 1
  %t3009 = zext i16 %t3007 to i128
  call void @put(i128 %t3009, i1 false)
  %t3010 = zext i1 %t3008 to i128
  call void @put(i128 %t3010, i1 false)
  %t3011 = xor i16 0, %z16
  %t3012 = xor i16 0, %z16
  %t3013 = call {i16, i1} @llvm.uadd.with.overflow.i16(i16 %t3011, i16 %t3012)
  %t3014 = extractvalue {i16, i1} %t3013, 0
  %t3015 = extractvalue {i16, i1} %t3013, 1
  %t3016 = zext i16 %t3014 to i128
  call void @put(i128 %t3016, i1 false)
  %t3017 = zext i1 %t3015 to i128
  call void @put(i128 %t3017, i1 false)
  %t3018 = xor i16 43108, %z16
  %t3019 = xor i16 31166, %z16
  %t3020 = call {i16, i1} @llvm.uadd.with.overflow.i16(i16 %t3018, i16 %t3019)
  %t3021 = extractvalue {i16, i1} %t3020, 0
  %t3022 = extractvalue {i16, i1} %t3020, 1
  %t3023 = zext i16 %t3021 to i128
  call void @put(i128 %t3023, i1 false)
  %t3024 = zext i1 %t3022 to i128
  call void @put(i128 %t3024, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s105)
  %t3025 = xor i16 12816, %z16
  %t3026 = xor i16 56507, %z16
  %t3027 = call {i16, i1} @llvm.ssub.with.overflow.i16(i16 %t3025, i16 %t3026)
  %t3028 = extractvalue {i16, i1} %t3027, 0
  %t3029 = extractvalue {i16, i1} %t3027, 1
  %t3030 = zext i16 %t3028 to i128
  call void @put(i128 %t3030, i1 false)
  %t3031 = zext i1 %t3029 to i128
  call void @put(i128 %t3031, i1 false)
  %t3032 = xor i16 32767, %z16
  %t3033 = xor i16 1, %z16
  %t3034 = call {i16, i1} @llvm.ssub.with.overflow.i16(i16 %t3032, i16 %t3033)
  %t3035 = extractvalue {i16, i1} %t3034, 0
  %t3036 = extractvalue {i16, i1} %t3034, 1
  %t3037 = zext i16 %t3035 to i128
  call void @put(i128 %t3037, i1 false)
  %t3038 = zext i1 %t3036 to i128
  call void @put(i128 %t3038, i1 false)
  %t3039 = xor i16 32768, %z16
  %t3040 = xor i16 65535, %z16
  %t3041 = call {i16, i1} @llvm.ssub.with.overflow.i16(i16 %t3039, i16 %t3040)
  %t3042 = extractvalue {i16, i1} %t3041, 0
  %t3043 = extractvalue {i16, i1} %t3041, 1
  %t3044 = zext i16 %t3042 to i128
  call void @put(i128 %t3044, i1 false)
  %t3045 = zext i1 %t3043 to i128
  call void @put(i128 %t3045, i1 false)
  %t3046 = xor i16 65531, %z16
  %t3047 = xor i16 768, %z16
  %t3048 = call {i16, i1} @llvm.ssub.with.overflow.i16(i16 %t3046, i16 %t3047)
  %t3049 = extractvalue {i16, i1} %t3048, 0
  %t3050 = extractvalue {i16, i1} %t3048, 1
  %t3051 = zext i16 %t3049 to i128
  call void @put(i128 %t3051, i1 false)
  %t3052 = zext i1 %t3050 to i128
  call void @put(i128 %t3052, i1 false)
  %t3053 = xor i16 0, %z16
  %t3054 = xor i16 0, %z16
  %t3055 = call {i16, i1} @llvm.ssub.with.overflow.i16(i16 %t3053, i16 %t3054)
  %t3056 = extractvalue {i16, i1} %t3055, 0
  %t3057 = extractvalue {i16, i1} %t3055, 1
  %t3058 = zext i16 %t3056 to i128
  call void @put(i128 %t3058, i1 false)
  %t3059 = zext i1 %t3057 to i128
  call void @put(i128 %t3059, i1 false)
  %t3060 = xor i16 43108, %z16
  %t3061 = xor i16 31166, %z16
  %t3062 = call {i16, i1} @llvm.ssub.with.overflow.i16(i16 %t3060, i16 %t3061)
  %t3063 = extractvalue {i16, i1} %t3062, 0
  %t3064 = extractvalue {i16, i1} %t3062, 1
  %t3065 = zext i16 %t3063 to i128
  call void @put(i128 %t3065, i1 false)
  %t3066 = zext i1 %t3064 to i128
  call void @put(i128 %t3066, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s106)
  %t3067 = xor i16 12816, %z16
  %t3068 = xor i16 56507, %z16
  %t3069 = call {i16, i1} @llvm.usub.with.overflow.i16(i16 %t3067, i16 %t3068)
  %t3070 = extractvalue {i16, i1} %t3069, 0
  %t3071 = extractvalue {i16, i1} %t3069, 1
  %t3072 = zext i16 %t3070 to i128
  call void @put(i128 %t3072, i1 false)
  %t3073 = zext i1 %t3071 to i128
  call void @put(i128 %t3073, i1 false)
  %t3074 = xor i16 32767, %z16
  %t3075 = xor i16 1, %z16
  %t3076 = call {i16, i1} @llvm.usub.with.overflow.i16(i16 %t3074, i16 %t3075)
  %t3077 = extractvalue {i16, i1} %t3076, 0
  %t3078 = extractvalue {i16, i1} %t3076, 1
  %t3079 = zext i16 %t3077 to i128
  call void @put(i128 %t3079, i1 false)
  %t3080 = zext i1 %t3078 to i128
  call void @put(i128 %t3080, i1 false)
  %t3081 = xor i16 32768, %z16
  %t3082 = xor i16 65535, %z16
  %t3083 = call {i16, i1} @llvm.usub.with.overflow.i16(i16 %t3081, i16 %t3082)
  %t3084 = extractvalue {i16, i1} %t3083, 0
  %t3085 = extractvalue {i16, i1} %t3083, 1
  %t3086 = zext i16 %t3084 to i128
  call void @put(i128 %t3086, i1 false)
  %t3087 = zext i1 %t3085 to i128
  call void @put(i128 %t3087, i1 false)
  %t3088 = xor i16 65531, %z16
  %t3089 = xor i16 768, %z16
  %t3090 = call {i16, i1} @llvm.usub.with.overflow.i16(i16 %t3088, i16 %t3089)
  %t3091 = extractvalue {i16, i1} %t3090, 0
  %t3092 = extractvalue {i16, i1} %t3090, 1
  %t3093 = zext i16 %t3091 to i128
  call void @put(i128 %t3093, i1 false)
  %t3094 = zext i1 %t3092 to i128
  call void @put(i128 %t3094, i1 false)
  %t3095 = xor i16 0, %z16
  %t3096 = xor i16 0, %z16
  %t3097 = call {i16, i1} @llvm.usub.with.overflow.i16(i16 %t3095, i16 %t3096)
  %t3098 = extractvalue {i16, i1} %t3097, 0
  %t3099 = extractvalue {i16, i1} %t3097, 1
  %t3100 = zext i16 %t3098 to i128
  call void @put(i128 %t3100, i1 false)
  %t3101 = zext i1 %t3099 to i128
  call void @put(i128 %t3101, i1 false)
  %t3102 = xor i16 43108, %z16
  %t3103 = xor i16 31166, %z16
  %t3104 = call {i16, i1} @llvm.usub.with.overflow.i16(i16 %t3102, i16 %t3103)
  %t3105 = extractvalue {i16, i1} %t3104, 0
  %t3106 = extractvalue {i16, i1} %t3104, 1
  %t3107 = zext i16 %t3105 to i128
  call void @put(i128 %t3107, i1 false)
  %t3108 = zext i1 %t3106 to i128
  call void @put(i128 %t3108, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s107)
  %t3109 = xor i16 12816, %z16
  %t3110 = xor i16 56507, %z16
  %t3111 = call {i16, i1} @llvm.smul.with.overflow.i16(i16 %t3109, i16 %t3110)
  %t3112 = extractvalue {i16, i1} %t3111, 0
  %t3113 = extractvalue {i16, i1} %t3111, 1
  %t3114 = zext i16 %t3112 to i128
  call void @put(i128 %t3114, i1 false)
  %t3115 = zext i1 %t3113 to i128
  call void @put(i128 %t3115, i1 false)
  %t3116 = xor i16 32767, %z16
  %t3117 = xor i16 1, %z16
  %t3118 = call {i16, i1} @llvm.smul.with.overflow.i16(i16 %t3116, i16 %t3117)
  %t3119 = extractvalue {i16, i1} %t3118, 0
  %t3120 = extractvalue {i16, i1} %t3118, 1
  %t3121 = zext i16 %t3119 to i128
  call void @put(i128 %t3121, i1 false)
  %t3122 = zext i1 %t3120 to i128
  call void @put(i128 %t3122, i1 false)
  %t3123 = xor i16 32768, %z16
  %t3124 = xor i16 65535, %z16
  %t3125 = call {i16, i1} @llvm.smul.with.overflow.i16(i16 %t3123, i16 %t3124)
  %t3126 = extractvalue {i16, i1} %t3125, 0
  %t3127 = extractvalue {i16, i1} %t3125, 1
  %t3128 = zext i16 %t3126 to i128
  call void @put(i128 %t3128, i1 false)
  %t3129 = zext i1 %t3127 to i128
  call void @put(i128 %t3129, i1 false)
  %t3130 = xor i16 65531, %z16
  %t3131 = xor i16 768, %z16
  %t3132 = call {i16, i1} @llvm.smul.with.overflow.i16(i16 %t3130, i16 %t3131)
  %t3133 = extractvalue {i16, i1} %t3132, 0
  %t3134 = extractvalue {i16, i1} %t3132, 1
  %t3135 = zext i16 %t3133 to i128
  call void @put(i128 %t3135, i1 false)
  %t3136 = zext i1 %t3134 to i128
  call void @put(i128 %t3136, i1 false)
  %t3137 = xor i16 0, %z16
  %t3138 = xor i16 0, %z16
  %t3139 = call {i16, i1} @llvm.smul.with.overflow.i16(i16 %t3137, i16 %t3138)
  %t3140 = extractvalue {i16, i1} %t3139, 0
  %t3141 = extractvalue {i16, i1} %t3139, 1
  %t3142 = zext i16 %t3140 to i128
  call void @put(i128 %t3142, i1 false)
  %t3143 = zext i1 %t3141 to i128
  call void @put(i128 %t3143, i1 false)
  %t3144 = xor i16 43108, %z16
  %t3145 = xor i16 31166, %z16
  %t3146 = call {i16, i1} @llvm.smul.with.overflow.i16(i16 %t3144, i16 %t3145)
  %t3147 = extractvalue {i16, i1} %t3146, 0
  %t3148 = extractvalue {i16, i1} %t3146, 1
  %t3149 = zext i16 %t3147 to i128
  call void @put(i128 %t3149, i1 false)
  %t3150 = zext i1 %t3148 to i128
  call void @put(i128 %t3150, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s108)
  %t3151 = xor i16 12816, %z16
  %t3152 = xor i16 56507, %z16
  %t3153 = call {i16, i1} @llvm.umul.with.overflow.i16(i16 %t3151, i16 %t3152)
  %t3154 = extractvalue {i16, i1} %t3153, 0
  %t3155 = extractvalue {i16, i1} %t3153, 1
  %t3156 = zext i16 %t3154 to i128
  call void @put(i128 %t3156, i1 false)
  %t3157 = zext i1 %t3155 to i128
  call void @put(i128 %t3157, i1 false)
  %t3158 = xor i16 32767, %z16
  %t3159 = xor i16 1, %z16
  %t3160 = call {i16, i1} @llvm.umul.with.overflow.i16(i16 %t3158, i16 %t3159)
  %t3161 = extractvalue {i16, i1} %t3160, 0
  %t3162 = extractvalue {i16, i1} %t3160, 1
  %t3163 = zext i16 %t3161 to i128
  call void @put(i128 %t3163, i1 false)
  %t3164 = zext i1 %t3162 to i128
  call void @put(i128 %t3164, i1 false)
  %t3165 = xor i16 32768, %z16
  %t3166 = xor i16 65535, %z16
  %t3167 = call {i16, i1} @llvm.umul.with.overflow.i16(i16 %t3165, i16 %t3166)
  %t3168 = extractvalue {i16, i1} %t3167, 0
  %t3169 = extractvalue {i16, i1} %t3167, 1
  %t3170 = zext i16 %t3168 to i128
  call void @put(i128 %t3170, i1 false)
  %t3171 = zext i1 %t3169 to i128
  call void @put(i128 %t3171, i1 false)
  %t3172 = xor i16 65531, %z16
  %t3173 = xor i16 768, %z16
  %t3174 = call {i16, i1} @llvm.umul.with.overflow.i16(i16 %t3172, i16 %t3173)
  %t3175 = extractvalue {i16, i1} %t3174, 0
  %t3176 = extractvalue {i16, i1} %t3174, 1
  %t3177 = zext i16 %t3175 to i128
  call void @put(i128 %t3177, i1 false)
  %t3178 = zext i1 %t3176 to i128
  call void @put(i128 %t3178, i1 false)
  %t3179 = xor i16 0, %z16
  %t3180 = xor i16 0, %z16
  %t3181 = call {i16, i1} @llvm.umul.with.overflow.i16(i16 %t3179, i16 %t3180)
  %t3182 = extractvalue {i16, i1} %t3181, 0
  %t3183 = extractvalue {i16, i1} %t3181, 1
  %t3184 = zext i16 %t3182 to i128
  call void @put(i128 %t3184, i1 false)
  %t3185 = zext i1 %t3183 to i128
  call void @put(i128 %t3185, i1 false)
  %t3186 = xor i16 43108, %z16
  %t3187 = xor i16 31166, %z16
  %t3188 = call {i16, i1} @llvm.umul.with.overflow.i16(i16 %t3186, i16 %t3187)
  %t3189 = extractvalue {i16, i1} %t3188, 0
  %t3190 = extractvalue {i16, i1} %t3188, 1
  %t3191 = zext i16 %t3189 to i128
  call void @put(i128 %t3191, i1 false)
  %t3192 = zext i1 %t3190 to i128
  call void @put(i128 %t3192, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s109)
  %t3193 = xor i24 5517840, %z24
  %t3194 = xor i24 16702651, %z24
  %t3195 = call i24 @llvm.ctpop.i24(i24 %t3193)
  %t3196 = zext i24 %t3195 to i128
  call void @put(i128 %t3196, i1 false)
  %t3197 = xor i24 8388607, %z24
  %t3198 = xor i24 1, %z24
  %t3199 = call i24 @llvm.ctpop.i24(i24 %t3197)
  %t3200 = zext i24 %t3199 to i128
  call void @put(i128 %t3200, i1 false)
  %t3201 = xor i24 8388608, %z24
  %t3202 = xor i24 16777215, %z24
  %t3203 = call i24 @llvm.ctpop.i24(i24 %t3201)
  %t3204 = zext i24 %t3203 to i128
  call void @put(i128 %t3204, i1 false)
  %t3205 = xor i24 16777211, %z24
  %t3206 = xor i24 12288, %z24
  %t3207 = call i24 @llvm.ctpop.i24(i24 %t3205)
  %t3208 = zext i24 %t3207 to i128
  call void @put(i128 %t3208, i1 false)
  %t3209 = xor i24 0, %z24
  %t3210 = xor i24 0, %z24
  %t3211 = call i24 @llvm.ctpop.i24(i24 %t3209)
  %t3212 = zext i24 %t3211 to i128
  call void @put(i128 %t3212, i1 false)
  %t3213 = xor i24 15509604, %z24
  %t3214 = xor i24 3504574, %z24
  %t3215 = call i24 @llvm.ctpop.i24(i24 %t3213)
  %t3216 = zext i24 %t3215 to i128
  call void @put(i128 %t3216, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s110)
  %t3217 = xor i24 5517840, %z24
  %t3218 = xor i24 16702651, %z24
  %t3219 = call i24 @llvm.ctlz.i24(i24 %t3217, i1 false)
  %t3220 = zext i24 %t3219 to i128
  call void @put(i128 %t3220, i1 false)
  %t3221 = xor i24 8388607, %z24
  %t3222 = xor i24 1, %z24
  %t3223 = call i24 @llvm.ctlz.i24(i24 %t3221, i1 false)
  %t3224 = zext i24 %t3223 to i128
  call void @put(i128 %t3224, i1 false)
  %t3225 = xor i24 8388608, %z24
  %t3226 = xor i24 16777215, %z24
  %t3227 = call i24 @llvm.ctlz.i24(i24 %t3225, i1 false)
  %t3228 = zext i24 %t3227 to i128
  call void @put(i128 %t3228, i1 false)
  %t3229 = xor i24 16777211, %z24
  %t3230 = xor i24 12288, %z24
  %t3231 = call i24 @llvm.ctlz.i24(i24 %t3229, i1 false)
  %t3232 = zext i24 %t3231 to i128
  call void @put(i128 %t3232, i1 false)
  %t3233 = xor i24 0, %z24
  %t3234 = xor i24 0, %z24
  %t3235 = call i24 @llvm.ctlz.i24(i24 %t3233, i1 false)
  %t3236 = zext i24 %t3235 to i128
  call void @put(i128 %t3236, i1 false)
  %t3237 = xor i24 15509604, %z24
  %t3238 = xor i24 3504574, %z24
  %t3239 = call i24 @llvm.ctlz.i24(i24 %t3237, i1 false)
  %t3240 = zext i24 %t3239 to i128
  call void @put(i128 %t3240, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s111)
  %t3241 = xor i24 5517840, %z24
  %t3242 = xor i24 16702651, %z24
  %t3243 = call i24 @llvm.cttz.i24(i24 %t3241, i1 false)
  %t3244 = zext i24 %t3243 to i128
  call void @put(i128 %t3244, i1 false)
  %t3245 = xor i24 8388607, %z24
  %t3246 = xor i24 1, %z24
  %t3247 = call i24 @llvm.cttz.i24(i24 %t3245, i1 false)
  %t3248 = zext i24 %t3247 to i128
  call void @put(i128 %t3248, i1 false)
  %t3249 = xor i24 8388608, %z24
  %t3250 = xor i24 16777215, %z24
  %t3251 = call i24 @llvm.cttz.i24(i24 %t3249, i1 false)
  %t3252 = zext i24 %t3251 to i128
  call void @put(i128 %t3252, i1 false)
  %t3253 = xor i24 16777211, %z24
  %t3254 = xor i24 12288, %z24
  %t3255 = call i24 @llvm.cttz.i24(i24 %t3253, i1 false)
  %t3256 = zext i24 %t3255 to i128
  call void @put(i128 %t3256, i1 false)
  %t3257 = xor i24 0, %z24
  %t3258 = xor i24 0, %z24
  %t3259 = call i24 @llvm.cttz.i24(i24 %t3257, i1 false)
  %t3260 = zext i24 %t3259 to i128
  call void @put(i128 %t3260, i1 false)
  %t3261 = xor i24 15509604, %z24
  %t3262 = xor i24 3504574, %z24
  %t3263 = call i24 @llvm.cttz.i24(i24 %t3261, i1 false)
  %t3264 = zext i24 %t3263 to i128
  call void @put(i128 %t3264, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s112)
  %t3265 = xor i24 5517840, %z24
  %t3266 = xor i24 16702651, %z24
  %t3267 = call i24 @llvm.bitreverse.i24(i24 %t3265)
  %t3268 = zext i24 %t3267 to i128
  call void @put(i128 %t3268, i1 false)
  %t3269 = xor i24 8388607, %z24
  %t3270 = xor i24 1, %z24
  %t3271 = call i24 @llvm.bitreverse.i24(i24 %t3269)
  %t3272 = zext i24 %t3271 to i128
  call void @put(i128 %t3272, i1 false)
  %t3273 = xor i24 8388608, %z24
  %t3274 = xor i24 16777215, %z24
  %t3275 = call i24 @llvm.bitreverse.i24(i24 %t3273)
  %t3276 = zext i24 %t3275 to i128
  call void @put(i128 %t3276, i1 false)
  %t3277 = xor i24 16777211, %z24
  %t3278 = xor i24 12288, %z24
  %t3279 = call i24 @llvm.bitreverse.i24(i24 %t3277)
  %t3280 = zext i24 %t3279 to i128
  call void @put(i128 %t3280, i1 false)
  %t3281 = xor i24 0, %z24
  %t3282 = xor i24 0, %z24
  %t3283 = call i24 @llvm.bitreverse.i24(i24 %t3281)
  %t3284 = zext i24 %t3283 to i128
  call void @put(i128 %t3284, i1 false)
  %t3285 = xor i24 15509604, %z24
  %t3286 = xor i24 3504574, %z24
  %t3287 = call i24 @llvm.bitreverse.i24(i24 %t3285)
  %t3288 = zext i24 %t3287 to i128
  call void @put(i128 %t3288, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s113)
  %t3289 = xor i24 5517840, %z24
  %t3290 = xor i24 16702651, %z24
  %t3291 = call i24 @llvm.abs.i24(i24 %t3289, i1 false)
  %t3292 = zext i24 %t3291 to i128
  call void @put(i128 %t3292, i1 false)
  %t3293 = xor i24 8388607, %z24
  %t3294 = xor i24 1, %z24
  %t3295 = call i24 @llvm.abs.i24(i24 %t3293, i1 false)
  %t3296 = zext i24 %t3295 to i128
  call void @put(i128 %t3296, i1 false)
  %t3297 = xor i24 8388608, %z24
  %t3298 = xor i24 16777215, %z24
  %t3299 = call i24 @llvm.abs.i24(i24 %t3297, i1 false)
  %t3300 = zext i24 %t3299 to i128
  call void @put(i128 %t3300, i1 false)
  %t3301 = xor i24 16777211, %z24
  %t3302 = xor i24 12288, %z24
  %t3303 = call i24 @llvm.abs.i24(i24 %t3301, i1 false)
  %t3304 = zext i24 %t3303 to i128
  call void @put(i128 %t3304, i1 false)
  %t3305 = xor i24 0, %z24
  %t3306 = xor i24 0, %z24
  %t3307 = call i24 @llvm.abs.i24(i24 %t3305, i1 false)
  %t3308 = zext i24 %t3307 to i128
  call void @put(i128 %t3308, i1 false)
  %t3309 = xor i24 15509604, %z24
  %t3310 = xor i24 3504574, %z24
  %t3311 = call i24 @llvm.abs.i24(i24 %t3309, i1 false)
  %t3312 = zext i24 %t3311 to i128
  call void @put(i128 %t3312, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s114)
  %t3313 = xor i24 5517840, %z24
  %t3314 = xor i24 16702651, %z24
  %t3315 = call i24 @llvm.smin.i24(i24 %t3313, i24 %t3314)
  %t3316 = zext i24 %t3315 to i128
  call void @put(i128 %t3316, i1 false)
  %t3317 = xor i24 8388607, %z24
  %t3318 = xor i24 1, %z24
  %t3319 = call i24 @llvm.smin.i24(i24 %t3317, i24 %t3318)
  %t3320 = zext i24 %t3319 to i128
  call void @put(i128 %t3320, i1 false)
  %t3321 = xor i24 8388608, %z24
  %t3322 = xor i24 16777215, %z24
  %t3323 = call i24 @llvm.smin.i24(i24 %t3321, i24 %t3322)
  %t3324 = zext i24 %t3323 to i128
  call void @put(i128 %t3324, i1 false)
  %t3325 = xor i24 16777211, %z24
  %t3326 = xor i24 12288, %z24
  %t3327 = call i24 @llvm.smin.i24(i24 %t3325, i24 %t3326)
  %t3328 = zext i24 %t3327 to i128
  call void @put(i128 %t3328, i1 false)
  %t3329 = xor i24 0, %z24
  %t3330 = xor i24 0, %z24
  %t3331 = call i24 @llvm.smin.i24(i24 %t3329, i24 %t3330)
  %t3332 = zext i24 %t3331 to i128
  call void @put(i128 %t3332, i1 false)
  %t3333 = xor i24 15509604, %z24
  %t3334 = xor i24 3504574, %z24
  %t3335 = call i24 @llvm.smin.i24(i24 %t3333, i24 %t3334)
  %t3336 = zext i24 %t3335 to i128
  call void @put(i128 %t3336, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s115)
  %t3337 = xor i24 5517840, %z24
  %t3338 = xor i24 16702651, %z24
  %t3339 = call i24 @llvm.smax.i24(i24 %t3337, i24 %t3338)
  %t3340 = zext i24 %t3339 to i128
  call void @put(i128 %t3340, i1 false)
  %t3341 = xor i24 8388607, %z24
  %t3342 = xor i24 1, %z24
  %t3343 = call i24 @llvm.smax.i24(i24 %t3341, i24 %t3342)
  %t3344 = zext i24 %t3343 to i128
  call void @put(i128 %t3344, i1 false)
  %t3345 = xor i24 8388608, %z24
  %t3346 = xor i24 16777215, %z24
  %t3347 = call i24 @llvm.smax.i24(i24 %t3345, i24 %t3346)
  %t3348 = zext i24 %t3347 to i128
  call void @put(i128 %t3348, i1 false)
  %t3349 = xor i24 16777211, %z24
  %t3350 = xor i24 12288, %z24
  %t3351 = call i24 @llvm.smax.i24(i24 %t3349, i24 %t3350)
  %t3352 = zext i24 %t3351 to i128
  call void @put(i128 %t3352, i1 false)
  %t3353 = xor i24 0, %z24
  %t3354 = xor i24 0, %z24
  %t3355 = call i24 @llvm.smax.i24(i24 %t3353, i24 %t3354)
  %t3356 = zext i24 %t3355 to i128
  call void @put(i128 %t3356, i1 false)
  %t3357 = xor i24 15509604, %z24
  %t3358 = xor i24 3504574, %z24
  %t3359 = call i24 @llvm.smax.i24(i24 %t3357, i24 %t3358)
  %t3360 = zext i24 %t3359 to i128
  call void @put(i128 %t3360, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s116)
  %t3361 = xor i24 5517840, %z24
  %t3362 = xor i24 16702651, %z24
  %t3363 = call i24 @llvm.umin.i24(i24 %t3361, i24 %t3362)
  %t3364 = zext i24 %t3363 to i128
  call void @put(i128 %t3364, i1 false)
  %t3365 = xor i24 8388607, %z24
  %t3366 = xor i24 1, %z24
  %t3367 = call i24 @llvm.umin.i24(i24 %t3365, i24 %t3366)
  %t3368 = zext i24 %t3367 to i128
  call void @put(i128 %t3368, i1 false)
  %t3369 = xor i24 8388608, %z24
  %t3370 = xor i24 16777215, %z24
  %t3371 = call i24 @llvm.umin.i24(i24 %t3369, i24 %t3370)
  %t3372 = zext i24 %t3371 to i128
  call void @put(i128 %t3372, i1 false)
  %t3373 = xor i24 16777211, %z24
  %t3374 = xor i24 12288, %z24
  %t3375 = call i24 @llvm.umin.i24(i24 %t3373, i24 %t3374)
  %t3376 = zext i24 %t3375 to i128
  call void @put(i128 %t3376, i1 false)
  %t3377 = xor i24 0, %z24
  %t3378 = xor i24 0, %z24
  %t3379 = call i24 @llvm.umin.i24(i24 %t3377, i24 %t3378)
  %t3380 = zext i24 %t3379 to i128
  call void @put(i128 %t3380, i1 false)
  %t3381 = xor i24 15509604, %z24
  %t3382 = xor i24 3504574, %z24
  %t3383 = call i24 @llvm.umin.i24(i24 %t3381, i24 %t3382)
  %t3384 = zext i24 %t3383 to i128
  call void @put(i128 %t3384, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s117)
  %t3385 = xor i24 5517840, %z24
  %t3386 = xor i24 16702651, %z24
  %t3387 = call i24 @llvm.umax.i24(i24 %t3385, i24 %t3386)
  %t3388 = zext i24 %t3387 to i128
  call void @put(i128 %t3388, i1 false)
  %t3389 = xor i24 8388607, %z24
  %t3390 = xor i24 1, %z24
  %t3391 = call i24 @llvm.umax.i24(i24 %t3389, i24 %t3390)
  %t3392 = zext i24 %t3391 to i128
  call void @put(i128 %t3392, i1 false)
  %t3393 = xor i24 8388608, %z24
  %t3394 = xor i24 16777215, %z24
  %t3395 = call i24 @llvm.umax.i24(i24 %t3393, i24 %t3394)
  %t3396 = zext i24 %t3395 to i128
  call void @put(i128 %t3396, i1 false)
  %t3397 = xor i24 16777211, %z24
  %t3398 = xor i24 12288, %z24
  %t3399 = call i24 @llvm.umax.i24(i24 %t3397, i24 %t3398)
  %t3400 = zext i24 %t3399 to i128
  call void @put(i128 %t3400, i1 false)
  %t3401 = xor i24 0, %z24
  %t3402 = xor i24 0, %z24
  %t3403 = call i24 @llvm.umax.i24(i24 %t3401, i24 %t3402)
  %t3404 = zext i24 %t3403 to i128
  call void @put(i128 %t3404, i1 false)
  %t3405 = xor i24 15509604, %z24
  %t3406 = xor i24 3504574, %z24
  %t3407 = call i24 @llvm.umax.i24(i24 %t3405, i24 %t3406)
  %t3408 = zext i24 %t3407 to i128
  call void @put(i128 %t3408, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s118)
  %t3409 = xor i24 5517840, %z24
  %t3410 = xor i24 16702651, %z24
  %t3411 = call i24 @llvm.sadd.sat.i24(i24 %t3409, i24 %t3410)
  %t3412 = zext i24 %t3411 to i128
  call void @put(i128 %t3412, i1 false)
  %t3413 = xor i24 8388607, %z24
  %t3414 = xor i24 1, %z24
  %t3415 = call i24 @llvm.sadd.sat.i24(i24 %t3413, i24 %t3414)
  %t3416 = zext i24 %t3415 to i128
  call void @put(i128 %t3416, i1 false)
  %t3417 = xor i24 8388608, %z24
  %t3418 = xor i24 16777215, %z24
  %t3419 = call i24 @llvm.sadd.sat.i24(i24 %t3417, i24 %t3418)
  %t3420 = zext i24 %t3419 to i128
  call void @put(i128 %t3420, i1 false)
  %t3421 = xor i24 16777211, %z24
  %t3422 = xor i24 12288, %z24
  %t3423 = call i24 @llvm.sadd.sat.i24(i24 %t3421, i24 %t3422)
  %t3424 = zext i24 %t3423 to i128
  call void @put(i128 %t3424, i1 false)
  %t3425 = xor i24 0, %z24
  %t3426 = xor i24 0, %z24
  %t3427 = call i24 @llvm.sadd.sat.i24(i24 %t3425, i24 %t3426)
  %t3428 = zext i24 %t3427 to i128
  call void @put(i128 %t3428, i1 false)
  %t3429 = xor i24 15509604, %z24
  %t3430 = xor i24 3504574, %z24
  %t3431 = call i24 @llvm.sadd.sat.i24(i24 %t3429, i24 %t3430)
  %t3432 = zext i24 %t3431 to i128
  call void @put(i128 %t3432, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s119)
  %t3433 = xor i24 5517840, %z24
  %t3434 = xor i24 16702651, %z24
  %t3435 = call i24 @llvm.uadd.sat.i24(i24 %t3433, i24 %t3434)
  %t3436 = zext i24 %t3435 to i128
  call void @put(i128 %t3436, i1 false)
  %t3437 = xor i24 8388607, %z24
  %t3438 = xor i24 1, %z24
  %t3439 = call i24 @llvm.uadd.sat.i24(i24 %t3437, i24 %t3438)
  %t3440 = zext i24 %t3439 to i128
  call void @put(i128 %t3440, i1 false)
  %t3441 = xor i24 8388608, %z24
  %t3442 = xor i24 16777215, %z24
  %t3443 = call i24 @llvm.uadd.sat.i24(i24 %t3441, i24 %t3442)
  %t3444 = zext i24 %t3443 to i128
  call void @put(i128 %t3444, i1 false)
  %t3445 = xor i24 16777211, %z24
  %t3446 = xor i24 12288, %z24
  %t3447 = call i24 @llvm.uadd.sat.i24(i24 %t3445, i24 %t3446)
  %t3448 = zext i24 %t3447 to i128
  call void @put(i128 %t3448, i1 false)
  %t3449 = xor i24 0, %z24
  %t3450 = xor i24 0, %z24
  %t3451 = call i24 @llvm.uadd.sat.i24(i24 %t3449, i24 %t3450)
  %t3452 = zext i24 %t3451 to i128
  call void @put(i128 %t3452, i1 false)
  %t3453 = xor i24 15509604, %z24
  %t3454 = xor i24 3504574, %z24
  %t3455 = call i24 @llvm.uadd.sat.i24(i24 %t3453, i24 %t3454)
  %t3456 = zext i24 %t3455 to i128
  call void @put(i128 %t3456, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s120)
  %t3457 = xor i24 5517840, %z24
  %t3458 = xor i24 16702651, %z24
  %t3459 = call i24 @llvm.ssub.sat.i24(i24 %t3457, i24 %t3458)
  %t3460 = zext i24 %t3459 to i128
  call void @put(i128 %t3460, i1 false)
  %t3461 = xor i24 8388607, %z24
  %t3462 = xor i24 1, %z24
  %t3463 = call i24 @llvm.ssub.sat.i24(i24 %t3461, i24 %t3462)
  %t3464 = zext i24 %t3463 to i128
  call void @put(i128 %t3464, i1 false)
  %t3465 = xor i24 8388608, %z24
  %t3466 = xor i24 16777215, %z24
  %t3467 = call i24 @llvm.ssub.sat.i24(i24 %t3465, i24 %t3466)
  %t3468 = zext i24 %t3467 to i128
  call void @put(i128 %t3468, i1 false)
  %t3469 = xor i24 16777211, %z24
  %t3470 = xor i24 12288, %z24
  %t3471 = call i24 @llvm.ssub.sat.i24(i24 %t3469, i24 %t3470)
  %t3472 = zext i24 %t3471 to i128
  call void @put(i128 %t3472, i1 false)
  %t3473 = xor i24 0, %z24
  %t3474 = xor i24 0, %z24
  %t3475 = call i24 @llvm.ssub.sat.i24(i24 %t3473, i24 %t3474)
  %t3476 = zext i24 %t3475 to i128
  call void @put(i128 %t3476, i1 false)
  %t3477 = xor i24 15509604, %z24
  %t3478 = xor i24 3504574, %z24
  %t3479 = call i24 @llvm.ssub.sat.i24(i24 %t3477, i24 %t3478)
  %t3480 = zext i24 %t3479 to i128
  call void @put(i128 %t3480, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s121)
  %t3481 = xor i24 5517840, %z24
  %t3482 = xor i24 16702651, %z24
  %t3483 = call i24 @llvm.usub.sat.i24(i24 %t3481, i24 %t3482)
  %t3484 = zext i24 %t3483 to i128
  call void @put(i128 %t3484, i1 false)
  %t3485 = xor i24 8388607, %z24
  %t3486 = xor i24 1, %z24
  %t3487 = call i24 @llvm.usub.sat.i24(i24 %t3485, i24 %t3486)
  %t3488 = zext i24 %t3487 to i128
  call void @put(i128 %t3488, i1 false)
  %t3489 = xor i24 8388608, %z24
  %t3490 = xor i24 16777215, %z24
  %t3491 = call i24 @llvm.usub.sat.i24(i24 %t3489, i24 %t3490)
  %t3492 = zext i24 %t3491 to i128
  call void @put(i128 %t3492, i1 false)
  %t3493 = xor i24 16777211, %z24
  %t3494 = xor i24 12288, %z24
  %t3495 = call i24 @llvm.usub.sat.i24(i24 %t3493, i24 %t3494)
  %t3496 = zext i24 %t3495 to i128
  call void @put(i128 %t3496, i1 false)
  %t3497 = xor i24 0, %z24
  %t3498 = xor i24 0, %z24
  %t3499 = call i24 @llvm.usub.sat.i24(i24 %t3497, i24 %t3498)
  %t3500 = zext i24 %t3499 to i128
  call void @put(i128 %t3500, i1 false)
  %t3501 = xor i24 15509604, %z24
  %t3502 = xor i24 3504574, %z24
  %t3503 = call i24 @llvm.usub.sat.i24(i24 %t3501, i24 %t3502)
  %t3504 = zext i24 %t3503 to i128
  call void @put(i128 %t3504, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s122)
  %t3505 = xor i24 5517840, %z24
  %t3506 = xor i24 16702651, %z24
  %t3507 = call i8 @llvm.scmp.i8.i24(i24 %t3505, i24 %t3506)
  %t3508 = zext i8 %t3507 to i128
  call void @put(i128 %t3508, i1 false)
  %t3509 = xor i24 8388607, %z24
  %t3510 = xor i24 1, %z24
  %t3511 = call i8 @llvm.scmp.i8.i24(i24 %t3509, i24 %t3510)
  %t3512 = zext i8 %t3511 to i128
  call void @put(i128 %t3512, i1 false)
  %t3513 = xor i24 8388608, %z24
  %t3514 = xor i24 16777215, %z24
  %t3515 = call i8 @llvm.scmp.i8.i24(i24 %t3513, i24 %t3514)
  %t3516 = zext i8 %t3515 to i128
  call void @put(i128 %t3516, i1 false)
  %t3517 = xor i24 16777211, %z24
  %t3518 = xor i24 12288, %z24
  %t3519 = call i8 @llvm.scmp.i8.i24(i24 %t3517, i24 %t3518)
  %t3520 = zext i8 %t3519 to i128
  call void @put(i128 %t3520, i1 false)
  %t3521 = xor i24 0, %z24
  %t3522 = xor i24 0, %z24
  %t3523 = call i8 @llvm.scmp.i8.i24(i24 %t3521, i24 %t3522)
  %t3524 = zext i8 %t3523 to i128
  call void @put(i128 %t3524, i1 false)
  %t3525 = xor i24 15509604, %z24
  %t3526 = xor i24 3504574, %z24
  %t3527 = call i8 @llvm.scmp.i8.i24(i24 %t3525, i24 %t3526)
  %t3528 = zext i8 %t3527 to i128
  call void @put(i128 %t3528, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s123)
  %t3529 = xor i24 5517840, %z24
  %t3530 = xor i24 16702651, %z24
  %t3531 = call i8 @llvm.ucmp.i8.i24(i24 %t3529, i24 %t3530)
  %t3532 = zext i8 %t3531 to i128
  call void @put(i128 %t3532, i1 false)
  %t3533 = xor i24 8388607, %z24
  %t3534 = xor i24 1, %z24
  %t3535 = call i8 @llvm.ucmp.i8.i24(i24 %t3533, i24 %t3534)
  %t3536 = zext i8 %t3535 to i128
  call void @put(i128 %t3536, i1 false)
  %t3537 = xor i24 8388608, %z24
  %t3538 = xor i24 16777215, %z24
  %t3539 = call i8 @llvm.ucmp.i8.i24(i24 %t3537, i24 %t3538)
  %t3540 = zext i8 %t3539 to i128
  call void @put(i128 %t3540, i1 false)
  %t3541 = xor i24 16777211, %z24
  %t3542 = xor i24 12288, %z24
  %t3543 = call i8 @llvm.ucmp.i8.i24(i24 %t3541, i24 %t3542)
  %t3544 = zext i8 %t3543 to i128
  call void @put(i128 %t3544, i1 false)
  %t3545 = xor i24 0, %z24
  %t3546 = xor i24 0, %z24
  %t3547 = call i8 @llvm.ucmp.i8.i24(i24 %t3545, i24 %t3546)
  %t3548 = zext i8 %t3547 to i128
  call void @put(i128 %t3548, i1 false)
  %t3549 = xor i24 15509604, %z24
  %t3550 = xor i24 3504574, %z24
  %t3551 = call i8 @llvm.ucmp.i8.i24(i24 %t3549, i24 %t3550)
  %t3552 = zext i8 %t3551 to i128
  call void @put(i128 %t3552, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s124)
  %t3553 = xor i24 5517840, %z24
  %t3554 = xor i24 16702651, %z24
  %t3556 = xor i24 1, %z24
  %t3555 = call i24 @llvm.sshl.sat.i24(i24 %t3553, i24 %t3556)
  %t3557 = zext i24 %t3555 to i128
  call void @put(i128 %t3557, i1 false)
  %t3558 = xor i24 8388607, %z24
  %t3559 = xor i24 1, %z24
  %t3561 = xor i24 23, %z24
  %t3560 = call i24 @llvm.sshl.sat.i24(i24 %t3558, i24 %t3561)
  %t3562 = zext i24 %t3560 to i128
  call void @put(i128 %t3562, i1 false)
  %t3563 = xor i24 8388608, %z24
  %t3564 = xor i24 16777215, %z24
  %t3566 = xor i24 12, %z24
  %t3565 = call i24 @llvm.sshl.sat.i24(i24 %t3563, i24 %t3566)
  %t3567 = zext i24 %t3565 to i128
  call void @put(i128 %t3567, i1 false)
  %t3568 = xor i24 16777211, %z24
  %t3569 = xor i24 12288, %z24
  %t3571 = xor i24 0, %z24
  %t3570 = call i24 @llvm.sshl.sat.i24(i24 %t3568, i24 %t3571)
  %t3572 = zext i24 %t3570 to i128
  call void @put(i128 %t3572, i1 false)
  %t3573 = xor i24 0, %z24
  %t3574 = xor i24 0, %z24
  %t3576 = xor i24 2, %z24
  %t3575 = call i24 @llvm.sshl.sat.i24(i24 %t3573, i24 %t3576)
  %t3577 = zext i24 %t3575 to i128
  call void @put(i128 %t3577, i1 false)
  %t3578 = xor i24 15509604, %z24
  %t3579 = xor i24 3504574, %z24
  %t3581 = xor i24 3, %z24
  %t3580 = call i24 @llvm.sshl.sat.i24(i24 %t3578, i24 %t3581)
  %t3582 = zext i24 %t3580 to i128
  call void @put(i128 %t3582, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s125)
  %t3583 = xor i24 5517840, %z24
  %t3584 = xor i24 16702651, %z24
  %t3586 = xor i24 1, %z24
  %t3585 = call i24 @llvm.ushl.sat.i24(i24 %t3583, i24 %t3586)
  %t3587 = zext i24 %t3585 to i128
  call void @put(i128 %t3587, i1 false)
  %t3588 = xor i24 8388607, %z24
  %t3589 = xor i24 1, %z24
  %t3591 = xor i24 23, %z24
  %t3590 = call i24 @llvm.ushl.sat.i24(i24 %t3588, i24 %t3591)
  %t3592 = zext i24 %t3590 to i128
  call void @put(i128 %t3592, i1 false)
  %t3593 = xor i24 8388608, %z24
  %t3594 = xor i24 16777215, %z24
  %t3596 = xor i24 12, %z24
  %t3595 = call i24 @llvm.ushl.sat.i24(i24 %t3593, i24 %t3596)
  %t3597 = zext i24 %t3595 to i128
  call void @put(i128 %t3597, i1 false)
  %t3598 = xor i24 16777211, %z24
  %t3599 = xor i24 12288, %z24
  %t3601 = xor i24 0, %z24
  %t3600 = call i24 @llvm.ushl.sat.i24(i24 %t3598, i24 %t3601)
  %t3602 = zext i24 %t3600 to i128
  call void @put(i128 %t3602, i1 false)
  %t3603 = xor i24 0, %z24
  %t3604 = xor i24 0, %z24
  %t3606 = xor i24 2, %z24
  %t3605 = call i24 @llvm.ushl.sat.i24(i24 %t3603, i24 %t3606)
  %t3607 = zext i24 %t3605 to i128
  call void @put(i128 %t3607, i1 false)
  %t3608 = xor i24 15509604, %z24
  %t3609 = xor i24 3504574, %z24
  %t3611 = xor i24 3, %z24
  %t3610 = call i24 @llvm.ushl.sat.i24(i24 %t3608, i24 %t3611)
  %t3612 = zext i24 %t3610 to i128
  call void @put(i128 %t3612, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s126)
  %t3613 = xor i24 5517840, %z24
  %t3614 = xor i24 16702651, %z24
  %t3616 = xor i24 1, %z24
  %t3615 = call i24 @llvm.fshl.i24(i24 %t3613, i24 %t3614, i24 %t3616)
  %t3617 = zext i24 %t3615 to i128
  call void @put(i128 %t3617, i1 false)
  %t3618 = xor i24 8388607, %z24
  %t3619 = xor i24 1, %z24
  %t3621 = xor i24 23, %z24
  %t3620 = call i24 @llvm.fshl.i24(i24 %t3618, i24 %t3619, i24 %t3621)
  %t3622 = zext i24 %t3620 to i128
  call void @put(i128 %t3622, i1 false)
  %t3623 = xor i24 8388608, %z24
  %t3624 = xor i24 16777215, %z24
  %t3626 = xor i24 27, %z24
  %t3625 = call i24 @llvm.fshl.i24(i24 %t3623, i24 %t3624, i24 %t3626)
  %t3627 = zext i24 %t3625 to i128
  call void @put(i128 %t3627, i1 false)
  %t3628 = xor i24 16777211, %z24
  %t3629 = xor i24 12288, %z24
  %t3631 = xor i24 0, %z24
  %t3630 = call i24 @llvm.fshl.i24(i24 %t3628, i24 %t3629, i24 %t3631)
  %t3632 = zext i24 %t3630 to i128
  call void @put(i128 %t3632, i1 false)
  %t3633 = xor i24 0, %z24
  %t3634 = xor i24 0, %z24
  %t3636 = xor i24 12, %z24
  %t3635 = call i24 @llvm.fshl.i24(i24 %t3633, i24 %t3634, i24 %t3636)
  %t3637 = zext i24 %t3635 to i128
  call void @put(i128 %t3637, i1 false)
  %t3638 = xor i24 15509604, %z24
  %t3639 = xor i24 3504574, %z24
  %t3641 = xor i24 49, %z24
  %t3640 = call i24 @llvm.fshl.i24(i24 %t3638, i24 %t3639, i24 %t3641)
  %t3642 = zext i24 %t3640 to i128
  call void @put(i128 %t3642, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s127)
  %t3643 = xor i24 5517840, %z24
  %t3644 = xor i24 16702651, %z24
  %t3646 = xor i24 1, %z24
  %t3645 = call i24 @llvm.fshr.i24(i24 %t3643, i24 %t3644, i24 %t3646)
  %t3647 = zext i24 %t3645 to i128
  call void @put(i128 %t3647, i1 false)
  %t3648 = xor i24 8388607, %z24
  %t3649 = xor i24 1, %z24
  %t3651 = xor i24 23, %z24
  %t3650 = call i24 @llvm.fshr.i24(i24 %t3648, i24 %t3649, i24 %t3651)
  %t3652 = zext i24 %t3650 to i128
  call void @put(i128 %t3652, i1 false)
  %t3653 = xor i24 8388608, %z24
  %t3654 = xor i24 16777215, %z24
  %t3656 = xor i24 27, %z24
  %t3655 = call i24 @llvm.fshr.i24(i24 %t3653, i24 %t3654, i24 %t3656)
  %t3657 = zext i24 %t3655 to i128
  call void @put(i128 %t3657, i1 false)
  %t3658 = xor i24 16777211, %z24
  %t3659 = xor i24 12288, %z24
  %t3661 = xor i24 0, %z24
  %t3660 = call i24 @llvm.fshr.i24(i24 %t3658, i24 %t3659, i24 %t3661)
  %t3662 = zext i24 %t3660 to i128
  call void @put(i128 %t3662, i1 false)
  %t3663 = xor i24 0, %z24
  %t3664 = xor i24 0, %z24
  %t3666 = xor i24 12, %z24
  %t3665 = call i24 @llvm.fshr.i24(i24 %t3663, i24 %t3664, i24 %t3666)
  %t3667 = zext i24 %t3665 to i128
  call void @put(i128 %t3667, i1 false)
  %t3668 = xor i24 15509604, %z24
  %t3669 = xor i24 3504574, %z24
  %t3671 = xor i24 49, %z24
  %t3670 = call i24 @llvm.fshr.i24(i24 %t3668, i24 %t3669, i24 %t3671)
  %t3672 = zext i24 %t3670 to i128
  call void @put(i128 %t3672, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s128)
  %t3673 = xor i24 5517840, %z24
  %t3674 = xor i24 16702651, %z24
  %t3676 = xor i24 1, %z24
  %t3675 = call i24 @llvm.fshl.i24(i24 %t3673, i24 %t3673, i24 %t3676)
  %t3677 = zext i24 %t3675 to i128
  call void @put(i128 %t3677, i1 false)
  %t3678 = xor i24 8388607, %z24
  %t3679 = xor i24 1, %z24
  %t3681 = xor i24 23, %z24
  %t3680 = call i24 @llvm.fshl.i24(i24 %t3678, i24 %t3678, i24 %t3681)
  %t3682 = zext i24 %t3680 to i128
  call void @put(i128 %t3682, i1 false)
  %t3683 = xor i24 8388608, %z24
  %t3684 = xor i24 16777215, %z24
  %t3686 = xor i24 27, %z24
  %t3685 = call i24 @llvm.fshl.i24(i24 %t3683, i24 %t3683, i24 %t3686)
  %t3687 = zext i24 %t3685 to i128
  call void @put(i128 %t3687, i1 false)
  %t3688 = xor i24 16777211, %z24
  %t3689 = xor i24 12288, %z24
  %t3691 = xor i24 0, %z24
  %t3690 = call i24 @llvm.fshl.i24(i24 %t3688, i24 %t3688, i24 %t3691)
  %t3692 = zext i24 %t3690 to i128
  call void @put(i128 %t3692, i1 false)
  %t3693 = xor i24 0, %z24
  %t3694 = xor i24 0, %z24
  %t3696 = xor i24 12, %z24
  %t3695 = call i24 @llvm.fshl.i24(i24 %t3693, i24 %t3693, i24 %t3696)
  %t3697 = zext i24 %t3695 to i128
  call void @put(i128 %t3697, i1 false)
  %t3698 = xor i24 15509604, %z24
  %t3699 = xor i24 3504574, %z24
  %t3701 = xor i24 49, %z24
  %t3700 = call i24 @llvm.fshl.i24(i24 %t3698, i24 %t3698, i24 %t3701)
  %t3702 = zext i24 %t3700 to i128
  call void @put(i128 %t3702, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s129)
  %t3703 = xor i24 5517840, %z24
  %t3704 = xor i24 16702651, %z24
  %t3706 = xor i24 1, %z24
  %t3705 = call i24 @llvm.fshr.i24(i24 %t3703, i24 %t3703, i24 %t3706)
  %t3707 = zext i24 %t3705 to i128
  call void @put(i128 %t3707, i1 false)
  %t3708 = xor i24 8388607, %z24
  %t3709 = xor i24 1, %z24
  %t3711 = xor i24 23, %z24
  %t3710 = call i24 @llvm.fshr.i24(i24 %t3708, i24 %t3708, i24 %t3711)
  %t3712 = zext i24 %t3710 to i128
  call void @put(i128 %t3712, i1 false)
  %t3713 = xor i24 8388608, %z24
  %t3714 = xor i24 16777215, %z24
  %t3716 = xor i24 27, %z24
  %t3715 = call i24 @llvm.fshr.i24(i24 %t3713, i24 %t3713, i24 %t3716)
  %t3717 = zext i24 %t3715 to i128
  call void @put(i128 %t3717, i1 false)
  %t3718 = xor i24 16777211, %z24
  %t3719 = xor i24 12288, %z24
  %t3721 = xor i24 0, %z24
  %t3720 = call i24 @llvm.fshr.i24(i24 %t3718, i24 %t3718, i24 %t3721)
  %t3722 = zext i24 %t3720 to i128
  call void @put(i128 %t3722, i1 false)
  %t3723 = xor i24 0, %z24
  %t3724 = xor i24 0, %z24
  %t3726 = xor i24 12, %z24
  %t3725 = call i24 @llvm.fshr.i24(i24 %t3723, i24 %t3723, i24 %t3726)
  %t3727 = zext i24 %t3725 to i128
  call void @put(i128 %t3727, i1 false)
  %t3728 = xor i24 15509604, %z24
  %t3729 = xor i24 3504574, %z24
  %t3731 = xor i24 49, %z24
  %t3730 = call i24 @llvm.fshr.i24(i24 %t3728, i24 %t3728, i24 %t3731)
  %t3732 = zext i24 %t3730 to i128
  call void @put(i128 %t3732, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s130)
  %t3733 = xor i24 5517840, %z24
  %t3734 = xor i24 16702651, %z24
  %t3735 = call {i24, i1} @llvm.sadd.with.overflow.i24(i24 %t3733, i24 %t3734)
  %t3736 = extractvalue {i24, i1} %t3735, 0
  %t3737 = extractvalue {i24, i1} %t3735, 1
  %t3738 = zext i24 %t3736 to i128
  call void @put(i128 %t3738, i1 false)
  %t3739 = zext i1 %t3737 to i128
  call void @put(i128 %t3739, i1 false)
  %t3740 = xor i24 8388607, %z24
  %t3741 = xor i24 1, %z24
  %t3742 = call {i24, i1} @llvm.sadd.with.overflow.i24(i24 %t3740, i24 %t3741)
  %t3743 = extractvalue {i24, i1} %t3742, 0
  %t3744 = extractvalue {i24, i1} %t3742, 1
  %t3745 = zext i24 %t3743 to i128
  call void @put(i128 %t3745, i1 false)
  %t3746 = zext i1 %t3744 to i128
  call void @put(i128 %t3746, i1 false)
  %t3747 = xor i24 8388608, %z24
  %t3748 = xor i24 16777215, %z24
  %t3749 = call {i24, i1} @llvm.sadd.with.overflow.i24(i24 %t3747, i24 %t3748)
  %t3750 = extractvalue {i24, i1} %t3749, 0
  %t3751 = extractvalue {i24, i1} %t3749, 1
  %t3752 = zext i24 %t3750 to i128
  call void @put(i128 %t3752, i1 false)
  %t3753 = zext i1 %t3751 to i128
  call void @put(i128 %t3753, i1 false)
  %t3754 = xor i24 16777211, %z24
  %t3755 = xor i24 12288, %z24
  %t3756 = call {i24, i1} @llvm.sadd.with.overflow.i24(i24 %t3754, i24 %t3755)
  %t3757 = extractvalue {i24, i1} %t3756, 0
  %t3758 = extractvalue {i24, i1} %t3756, 1
  %t3759 = zext i24 %t3757 to i128
  call void @put(i128 %t3759, i1 false)
  %t3760 = zext i1 %t3758 to i128
  call void @put(i128 %t3760, i1 false)
  %t3761 = xor i24 0, %z24
  %t3762 = xor i24 0, %z24
  %t3763 = call {i24, i1} @llvm.sadd.with.overflow.i24(i24 %t3761, i24 %t3762)
  %t3764 = extractvalue {i24, i1} %t3763, 0
  %t3765 = extractvalue {i24, i1} %t3763, 1
  %t3766 = zext i24 %t3764 to i128
  call void @put(i128 %t3766, i1 false)
  %t3767 = zext i1 %t3765 to i128
  call void @put(i128 %t3767, i1 false)
  %t3768 = xor i24 15509604, %z24
  %t3769 = xor i24 3504574, %z24
  %t3770 = call {i24, i1} @llvm.sadd.with.overflow.i24(i24 %t3768, i24 %t3769)
  %t3771 = extractvalue {i24, i1} %t3770, 0
  %t3772 = extractvalue {i24, i1} %t3770, 1
  %t3773 = zext i24 %t3771 to i128
  call void @put(i128 %t3773, i1 false)
  %t3774 = zext i1 %t3772 to i128
  call void @put(i128 %t3774, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s131)
  %t3775 = xor i24 5517840, %z24
  %t3776 = xor i24 16702651, %z24
  %t3777 = call {i24, i1} @llvm.uadd.with.overflow.i24(i24 %t3775, i24 %t3776)
  %t3778 = extractvalue {i24, i1} %t3777, 0
  %t3779 = extractvalue {i24, i1} %t3777, 1
  %t3780 = zext i24 %t3778 to i128
  call void @put(i128 %t3780, i1 false)
  %t3781 = zext i1 %t3779 to i128
  call void @put(i128 %t3781, i1 false)
  %t3782 = xor i24 8388607, %z24
  %t3783 = xor i24 1, %z24
  %t3784 = call {i24, i1} @llvm.uadd.with.overflow.i24(i24 %t3782, i24 %t3783)
  %t3785 = extractvalue {i24, i1} %t3784, 0
  %t3786 = extractvalue {i24, i1} %t3784, 1
  %t3787 = zext i24 %t3785 to i128
  call void @put(i128 %t3787, i1 false)
  %t3788 = zext i1 %t3786 to i128
  call void @put(i128 %t3788, i1 false)
  %t3789 = xor i24 8388608, %z24
  %t3790 = xor i24 16777215, %z24
  %t3791 = call {i24, i1} @llvm.uadd.with.overflow.i24(i24 %t3789, i24 %t3790)
  %t3792 = extractvalue {i24, i1} %t3791, 0
  %t3793 = extractvalue {i24, i1} %t3791, 1
  %t3794 = zext i24 %t3792 to i128
  call void @put(i128 %t3794, i1 false)
  %t3795 = zext i1 %t3793 to i128
  call void @put(i128 %t3795, i1 false)
  %t3796 = xor i24 16777211, %z24
  %t3797 = xor i24 12288, %z24
  %t3798 = call {i24, i1} @llvm.uadd.with.overflow.i24(i24 %t3796, i24 %t3797)
  %t3799 = extractvalue {i24, i1} %t3798, 0
  %t3800 = extractvalue {i24, i1} %t3798, 1
  %t3801 = zext i24 %t3799 to i128
  call void @put(i128 %t3801, i1 false)
  %t3802 = zext i1 %t3800 to i128
  call void @put(i128 %t3802, i1 false)
  %t3803 = xor i24 0, %z24
  %t3804 = xor i24 0, %z24
  %t3805 = call {i24, i1} @llvm.uadd.with.overflow.i24(i24 %t3803, i24 %t3804)
  %t3806 = extractvalue {i24, i1} %t3805, 0
  %t3807 = extractvalue {i24, i1} %t3805, 1
  %t3808 = zext i24 %t3806 to i128
  call void @put(i128 %t3808, i1 false)
  %t3809 = zext i1 %t3807 to i128
  call void @put(i128 %t3809, i1 false)
  %t3810 = xor i24 15509604, %z24
  %t3811 = xor i24 3504574, %z24
  %t3812 = call {i24, i1} @llvm.uadd.with.overflow.i24(i24 %t3810, i24 %t3811)
  %t3813 = extractvalue {i24, i1} %t3812, 0
  %t3814 = extractvalue {i24, i1} %t3812, 1
  %t3815 = zext i24 %t3813 to i128
  call void @put(i128 %t3815, i1 false)
  %t3816 = zext i1 %t3814 to i128
  call void @put(i128 %t3816, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s132)
  %t3817 = xor i24 5517840, %z24
  %t3818 = xor i24 16702651, %z24
  %t3819 = call {i24, i1} @llvm.ssub.with.overflow.i24(i24 %t3817, i24 %t3818)
  %t3820 = extractvalue {i24, i1} %t3819, 0
  %t3821 = extractvalue {i24, i1} %t3819, 1
  %t3822 = zext i24 %t3820 to i128
  call void @put(i128 %t3822, i1 false)
  %t3823 = zext i1 %t3821 to i128
  call void @put(i128 %t3823, i1 false)
  %t3824 = xor i24 8388607, %z24
  %t3825 = xor i24 1, %z24
  %t3826 = call {i24, i1} @llvm.ssub.with.overflow.i24(i24 %t3824, i24 %t3825)
  %t3827 = extractvalue {i24, i1} %t3826, 0
  %t3828 = extractvalue {i24, i1} %t3826, 1
  %t3829 = zext i24 %t3827 to i128
  call void @put(i128 %t3829, i1 false)
  %t3830 = zext i1 %t3828 to i128
  call void @put(i128 %t3830, i1 false)
  %t3831 = xor i24 8388608, %z24
  %t3832 = xor i24 16777215, %z24
  %t3833 = call {i24, i1} @llvm.ssub.with.overflow.i24(i24 %t3831, i24 %t3832)
  %t3834 = extractvalue {i24, i1} %t3833, 0
  %t3835 = extractvalue {i24, i1} %t3833, 1
  %t3836 = zext i24 %t3834 to i128
  call void @put(i128 %t3836, i1 false)
  %t3837 = zext i1 %t3835 to i128
  call void @put(i128 %t3837, i1 false)
  %t3838 = xor i24 16777211, %z24
  %t3839 = xor i24 12288, %z24
  %t3840 = call {i24, i1} @llvm.ssub.with.overflow.i24(i24 %t3838, i24 %t3839)
  %t3841 = extractvalue {i24, i1} %t3840, 0
  %t3842 = extractvalue {i24, i1} %t3840, 1
  %t3843 = zext i24 %t3841 to i128
  call void @put(i128 %t3843, i1 false)
  %t3844 = zext i1 %t3842 to i128
  call void @put(i128 %t3844, i1 false)
  %t3845 = xor i24 0, %z24
  %t3846 = xor i24 0, %z24
  %t3847 = call {i24, i1} @llvm.ssub.with.overflow.i24(i24 %t3845, i24 %t3846)
  %t3848 = extractvalue {i24, i1} %t3847, 0
  %t3849 = extractvalue {i24, i1} %t3847, 1
  %t3850 = zext i24 %t3848 to i128
  call void @put(i128 %t3850, i1 false)
  %t3851 = zext i1 %t3849 to i128
  call void @put(i128 %t3851, i1 false)
  %t3852 = xor i24 15509604, %z24
  %t3853 = xor i24 3504574, %z24
  %t3854 = call {i24, i1} @llvm.ssub.with.overflow.i24(i24 %t3852, i24 %t3853)
  %t3855 = extractvalue {i24, i1} %t3854, 0
  %t3856 = extractvalue {i24, i1} %t3854, 1
  %t3857 = zext i24 %t3855 to i128
  call void @put(i128 %t3857, i1 false)
  %t3858 = zext i1 %t3856 to i128
  call void @put(i128 %t3858, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s133)
  %t3859 = xor i24 5517840, %z24
  %t3860 = xor i24 16702651, %z24
  %t3861 = call {i24, i1} @llvm.usub.with.overflow.i24(i24 %t3859, i24 %t3860)
  %t3862 = extractvalue {i24, i1} %t3861, 0
  %t3863 = extractvalue {i24, i1} %t3861, 1
  %t3864 = zext i24 %t3862 to i128
  call void @put(i128 %t3864, i1 false)
  %t3865 = zext i1 %t3863 to i128
  call void @put(i128 %t3865, i1 false)
  %t3866 = xor i24 8388607, %z24
  %t3867 = xor i24 1, %z24
  %t3868 = call {i24, i1} @llvm.usub.with.overflow.i24(i24 %t3866, i24 %t3867)
  %t3869 = extractvalue {i24, i1} %t3868, 0
  %t3870 = extractvalue {i24, i1} %t3868, 1
  %t3871 = zext i24 %t3869 to i128
  call void @put(i128 %t3871, i1 false)
  %t3872 = zext i1 %t3870 to i128
  call void @put(i128 %t3872, i1 false)
  %t3873 = xor i24 8388608, %z24
  %t3874 = xor i24 16777215, %z24
  %t3875 = call {i24, i1} @llvm.usub.with.overflow.i24(i24 %t3873, i24 %t3874)
  %t3876 = extractvalue {i24, i1} %t3875, 0
  %t3877 = extractvalue {i24, i1} %t3875, 1
  %t3878 = zext i24 %t3876 to i128
  call void @put(i128 %t3878, i1 false)
  %t3879 = zext i1 %t3877 to i128
  call void @put(i128 %t3879, i1 false)
  %t3880 = xor i24 16777211, %z24
  %t3881 = xor i24 12288, %z24
  %t3882 = call {i24, i1} @llvm.usub.with.overflow.i24(i24 %t3880, i24 %t3881)
  %t3883 = extractvalue {i24, i1} %t3882, 0
  %t3884 = extractvalue {i24, i1} %t3882, 1
  %t3885 = zext i24 %t3883 to i128
  call void @put(i128 %t3885, i1 false)
  %t3886 = zext i1 %t3884 to i128
  call void @put(i128 %t3886, i1 false)
  %t3887 = xor i24 0, %z24
  %t3888 = xor i24 0, %z24
  %t3889 = call {i24, i1} @llvm.usub.with.overflow.i24(i24 %t3887, i24 %t3888)
  %t3890 = extractvalue {i24, i1} %t3889, 0
  %t3891 = extractvalue {i24, i1} %t3889, 1
  %t3892 = zext i24 %t3890 to i128
  call void @put(i128 %t3892, i1 false)
  %t3893 = zext i1 %t3891 to i128
  call void @put(i128 %t3893, i1 false)
  %t3894 = xor i24 15509604, %z24
  %t3895 = xor i24 3504574, %z24
  %t3896 = call {i24, i1} @llvm.usub.with.overflow.i24(i24 %t3894, i24 %t3895)
  %t3897 = extractvalue {i24, i1} %t3896, 0
  %t3898 = extractvalue {i24, i1} %t3896, 1
  %t3899 = zext i24 %t3897 to i128
  call void @put(i128 %t3899, i1 false)
  %t3900 = zext i1 %t3898 to i128
  call void @put(i128 %t3900, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s134)
  %t3901 = xor i24 5517840, %z24
  %t3902 = xor i24 16702651, %z24
  %t3903 = call {i24, i1} @llvm.smul.with.overflow.i24(i24 %t3901, i24 %t3902)
  %t3904 = extractvalue {i24, i1} %t3903, 0
  %t3905 = extractvalue {i24, i1} %t3903, 1
  %t3906 = zext i24 %t3904 to i128
  call void @put(i128 %t3906, i1 false)
  %t3907 = zext i1 %t3905 to i128
  call void @put(i128 %t3907, i1 false)
  %t3908 = xor i24 8388607, %z24
  %t3909 = xor i24 1, %z24
  %t3910 = call {i24, i1} @llvm.smul.with.overflow.i24(i24 %t3908, i24 %t3909)
  %t3911 = extractvalue {i24, i1} %t3910, 0
  %t3912 = extractvalue {i24, i1} %t3910, 1
  %t3913 = zext i24 %t3911 to i128
  call void @put(i128 %t3913, i1 false)
  %t3914 = zext i1 %t3912 to i128
  call void @put(i128 %t3914, i1 false)
  %t3915 = xor i24 8388608, %z24
  %t3916 = xor i24 16777215, %z24
  %t3917 = call {i24, i1} @llvm.smul.with.overflow.i24(i24 %t3915, i24 %t3916)
  %t3918 = extractvalue {i24, i1} %t3917, 0
  %t3919 = extractvalue {i24, i1} %t3917, 1
  %t3920 = zext i24 %t3918 to i128
  call void @put(i128 %t3920, i1 false)
  %t3921 = zext i1 %t3919 to i128
  call void @put(i128 %t3921, i1 false)
  %t3922 = xor i24 16777211, %z24
  %t3923 = xor i24 12288, %z24
  %t3924 = call {i24, i1} @llvm.smul.with.overflow.i24(i24 %t3922, i24 %t3923)
  %t3925 = extractvalue {i24, i1} %t3924, 0
  %t3926 = extractvalue {i24, i1} %t3924, 1
  %t3927 = zext i24 %t3925 to i128
  call void @put(i128 %t3927, i1 false)
  %t3928 = zext i1 %t3926 to i128
  call void @put(i128 %t3928, i1 false)
  %t3929 = xor i24 0, %z24
  %t3930 = xor i24 0, %z24
  %t3931 = call {i24, i1} @llvm.smul.with.overflow.i24(i24 %t3929, i24 %t3930)
  %t3932 = extractvalue {i24, i1} %t3931, 0
  %t3933 = extractvalue {i24, i1} %t3931, 1
  %t3934 = zext i24 %t3932 to i128
  call void @put(i128 %t3934, i1 false)
  %t3935 = zext i1 %t3933 to i128
  call void @put(i128 %t3935, i1 false)
  %t3936 = xor i24 15509604, %z24
  %t3937 = xor i24 3504574, %z24
  %t3938 = call {i24, i1} @llvm.smul.with.overflow.i24(i24 %t3936, i24 %t3937)
  %t3939 = extractvalue {i24, i1} %t3938, 0
  %t3940 = extractvalue {i24, i1} %t3938, 1
  %t3941 = zext i24 %t3939 to i128
  call void @put(i128 %t3941, i1 false)
  %t3942 = zext i1 %t3940 to i128
  call void @put(i128 %t3942, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s135)
  %t3943 = xor i24 5517840, %z24
  %t3944 = xor i24 16702651, %z24
  %t3945 = call {i24, i1} @llvm.umul.with.overflow.i24(i24 %t3943, i24 %t3944)
  %t3946 = extractvalue {i24, i1} %t3945, 0
  %t3947 = extractvalue {i24, i1} %t3945, 1
  %t3948 = zext i24 %t3946 to i128
  call void @put(i128 %t3948, i1 false)
  %t3949 = zext i1 %t3947 to i128
  call void @put(i128 %t3949, i1 false)
  %t3950 = xor i24 8388607, %z24
  %t3951 = xor i24 1, %z24
  %t3952 = call {i24, i1} @llvm.umul.with.overflow.i24(i24 %t3950, i24 %t3951)
  %t3953 = extractvalue {i24, i1} %t3952, 0
  %t3954 = extractvalue {i24, i1} %t3952, 1
  %t3955 = zext i24 %t3953 to i128
  call void @put(i128 %t3955, i1 false)
  %t3956 = zext i1 %t3954 to i128
  call void @put(i128 %t3956, i1 false)
  %t3957 = xor i24 8388608, %z24
  %t3958 = xor i24 16777215, %z24
  %t3959 = call {i24, i1} @llvm.umul.with.overflow.i24(i24 %t3957, i24 %t3958)
  %t3960 = extractvalue {i24, i1} %t3959, 0
  %t3961 = extractvalue {i24, i1} %t3959, 1
  %t3962 = zext i24 %t3960 to i128
  call void @put(i128 %t3962, i1 false)
  %t3963 = zext i1 %t3961 to i128
  call void @put(i128 %t3963, i1 false)
  %t3964 = xor i24 16777211, %z24
  %t3965 = xor i24 12288, %z24
  %t3966 = call {i24, i1} @llvm.umul.with.overflow.i24(i24 %t3964, i24 %t3965)
  %t3967 = extractvalue {i24, i1} %t3966, 0
  %t3968 = extractvalue {i24, i1} %t3966, 1
  %t3969 = zext i24 %t3967 to i128
  call void @put(i128 %t3969, i1 false)
  %t3970 = zext i1 %t3968 to i128
  call void @put(i128 %t3970, i1 false)
  %t3971 = xor i24 0, %z24
  %t3972 = xor i24 0, %z24
  %t3973 = call {i24, i1} @llvm.umul.with.overflow.i24(i24 %t3971, i24 %t3972)
  %t3974 = extractvalue {i24, i1} %t3973, 0
  %t3975 = extractvalue {i24, i1} %t3973, 1
  %t3976 = zext i24 %t3974 to i128
  call void @put(i128 %t3976, i1 false)
  %t3977 = zext i1 %t3975 to i128
  call void @put(i128 %t3977, i1 false)
  %t3978 = xor i24 15509604, %z24
  %t3979 = xor i24 3504574, %z24
  %t3980 = call {i24, i1} @llvm.umul.with.overflow.i24(i24 %t3978, i24 %t3979)
  %t3981 = extractvalue {i24, i1} %t3980, 0
  %t3982 = extractvalue {i24, i1} %t3980, 1
  %t3983 = zext i24 %t3981 to i128
  call void @put(i128 %t3983, i1 false)
  %t3984 = zext i1 %t3982 to i128
  call void @put(i128 %t3984, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s136)
  %t3985 = xor i32 1985229328, %z32
  %t3986 = xor i32 4026457275, %z32
  %t3987 = call i32 @llvm.ctpop.i32(i32 %t3985)
  %t3988 = zext i32 %t3987 to i128
  call void @put(i128 %t3988, i1 false)
  %t3989 = xor i32 2147483647, %z32
  %t3990 = xor i32 1, %z32
  %t3991 = call i32 @llvm.ctpop.i32(i32 %t3989)
  %t3992 = zext i32 %t3991 to i128
  call void @put(i128 %t3992, i1 false)
  %t3993 = xor i32 2147483648, %z32
  %t3994 = xor i32 4294967295, %z32
  %t3995 = call i32 @llvm.ctpop.i32(i32 %t3993)
  %t3996 = zext i32 %t3995 to i128
  call void @put(i128 %t3996, i1 false)
  %t3997 = xor i32 4294967291, %z32
  %t3998 = xor i32 196608, %z32
  %t3999 = call i32 @llvm.ctpop.i32(i32 %t3997)
  %t4000 = zext i32 %t3999 to i128
  call void @put(i128 %t4000, i1 false)
  %t4001 = xor i32 0, %z32
  %t4002 = xor i32 0, %z32
  %t4003 = call i32 @llvm.ctpop.i32(i32 %t4001)
  %t4004 = zext i32 %t4003 to i128
  call void @put(i128 %t4004, i1 false)
  %t4005 = xor i32 820815972, %z32
  %t4006 = xor i32 4046813630, %z32
  %t4007 = call i32 @llvm.ctpop.i32(i32 %t4005)
  %t4008 = zext i32 %t4007 to i128
  call void @put(i128 %t4008, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s137)
  %t4009 = xor i32 1985229328, %z32
  %t4010 = xor i32 4026457275, %z32
  %t4011 = call i32 @llvm.ctlz.i32(i32 %t4009, i1 false)
  %t4012 = zext i32 %t4011 to i128
  call void @put(i128 %t4012, i1 false)
  %t4013 = xor i32 2147483647, %z32
  %t4014 = xor i32 1, %z32
  %t4015 = call i32 @llvm.ctlz.i32(i32 %t4013, i1 false)
  %t4016 = zext i32 %t4015 to i128
  call void @put(i128 %t4016, i1 false)
  %t4017 = xor i32 2147483648, %z32
  %t4018 = xor i32 4294967295, %z32
  %t4019 = call i32 @llvm.ctlz.i32(i32 %t4017, i1 false)
  %t4020 = zext i32 %t4019 to i128
  call void @put(i128 %t4020, i1 false)
  %t4021 = xor i32 4294967291, %z32
  %t4022 = xor i32 196608, %z32
  %t4023 = call i32 @llvm.ctlz.i32(i32 %t4021, i1 false)
  %t4024 = zext i32 %t4023 to i128
  call void @put(i128 %t4024, i1 false)
  %t4025 = xor i32 0, %z32
  %t4026 = xor i32 0, %z32
  %t4027 = call i32 @llvm.ctlz.i32(i32 %t4025, i1 false)
  %t4028 = zext i32 %t4027 to i128
  call void @put(i128 %t4028, i1 false)
  %t4029 = xor i32 820815972, %z32
  %t4030 = xor i32 4046813630, %z32
  %t4031 = call i32 @llvm.ctlz.i32(i32 %t4029, i1 false)
  %t4032 = zext i32 %t4031 to i128
  call void @put(i128 %t4032, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s138)
  %t4033 = xor i32 1985229328, %z32
  %t4034 = xor i32 4026457275, %z32
  %t4035 = call i32 @llvm.cttz.i32(i32 %t4033, i1 false)
  %t4036 = zext i32 %t4035 to i128
  call void @put(i128 %t4036, i1 false)
  %t4037 = xor i32 2147483647, %z32
  %t4038 = xor i32 1, %z32
  %t4039 = call i32 @llvm.cttz.i32(i32 %t4037, i1 false)
  %t4040 = zext i32 %t4039 to i128
  call void @put(i128 %t4040, i1 false)
  %t4041 = xor i32 2147483648, %z32
  %t4042 = xor i32 4294967295, %z32
  %t4043 = call i32 @llvm.cttz.i32(i32 %t4041, i1 false)
  %t4044 = zext i32 %t4043 to i128
  call void @put(i128 %t4044, i1 false)
  %t4045 = xor i32 4294967291, %z32
  %t4046 = xor i32 196608, %z32
  %t4047 = call i32 @llvm.cttz.i32(i32 %t4045, i1 false)
  %t4048 = zext i32 %t4047 to i128
  call void @put(i128 %t4048, i1 false)
  %t4049 = xor i32 0, %z32
  %t4050 = xor i32 0, %z32
  %t4051 = call i32 @llvm.cttz.i32(i32 %t4049, i1 false)
  %t4052 = zext i32 %t4051 to i128
  call void @put(i128 %t4052, i1 false)
  %t4053 = xor i32 820815972, %z32
  %t4054 = xor i32 4046813630, %z32
  %t4055 = call i32 @llvm.cttz.i32(i32 %t4053, i1 false)
  %t4056 = zext i32 %t4055 to i128
  call void @put(i128 %t4056, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s139)
  %t4057 = xor i32 1985229328, %z32
  %t4058 = xor i32 4026457275, %z32
  %t4059 = call i32 @llvm.bswap.i32(i32 %t4057)
  %t4060 = zext i32 %t4059 to i128
  call void @put(i128 %t4060, i1 false)
  %t4061 = xor i32 2147483647, %z32
  %t4062 = xor i32 1, %z32
  %t4063 = call i32 @llvm.bswap.i32(i32 %t4061)
  %t4064 = zext i32 %t4063 to i128
  call void @put(i128 %t4064, i1 false)
  %t4065 = xor i32 2147483648, %z32
  %t4066 = xor i32 4294967295, %z32
  %t4067 = call i32 @llvm.bswap.i32(i32 %t4065)
  %t4068 = zext i32 %t4067 to i128
  call void @put(i128 %t4068, i1 false)
  %t4069 = xor i32 4294967291, %z32
  %t4070 = xor i32 196608, %z32
  %t4071 = call i32 @llvm.bswap.i32(i32 %t4069)
  %t4072 = zext i32 %t4071 to i128
  call void @put(i128 %t4072, i1 false)
  %t4073 = xor i32 0, %z32
  %t4074 = xor i32 0, %z32
  %t4075 = call i32 @llvm.bswap.i32(i32 %t4073)
  %t4076 = zext i32 %t4075 to i128
  call void @put(i128 %t4076, i1 false)
  %t4077 = xor i32 820815972, %z32
  %t4078 = xor i32 4046813630, %z32
  %t4079 = call i32 @llvm.bswap.i32(i32 %t4077)
  %t4080 = zext i32 %t4079 to i128
  call void @put(i128 %t4080, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s140)
  %t4081 = xor i32 1985229328, %z32
  %t4082 = xor i32 4026457275, %z32
  %t4083 = call i32 @llvm.bitreverse.i32(i32 %t4081)
  %t4084 = zext i32 %t4083 to i128
  call void @put(i128 %t4084, i1 false)
  %t4085 = xor i32 2147483647, %z32
  %t4086 = xor i32 1, %z32
  %t4087 = call i32 @llvm.bitreverse.i32(i32 %t4085)
  %t4088 = zext i32 %t4087 to i128
  call void @put(i128 %t4088, i1 false)
  %t4089 = xor i32 2147483648, %z32
  %t4090 = xor i32 4294967295, %z32
  %t4091 = call i32 @llvm.bitreverse.i32(i32 %t4089)
  %t4092 = zext i32 %t4091 to i128
  call void @put(i128 %t4092, i1 false)
  %t4093 = xor i32 4294967291, %z32
  %t4094 = xor i32 196608, %z32
  %t4095 = call i32 @llvm.bitreverse.i32(i32 %t4093)
  %t4096 = zext i32 %t4095 to i128
  call void @put(i128 %t4096, i1 false)
  %t4097 = xor i32 0, %z32
  %t4098 = xor i32 0, %z32
  %t4099 = call i32 @llvm.bitreverse.i32(i32 %t4097)
  %t4100 = zext i32 %t4099 to i128
  call void @put(i128 %t4100, i1 false)
  %t4101 = xor i32 820815972, %z32
  %t4102 = xor i32 4046813630, %z32
  %t4103 = call i32 @llvm.bitreverse.i32(i32 %t4101)
  %t4104 = zext i32 %t4103 to i128
  call void @put(i128 %t4104, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s141)
  %t4105 = xor i32 1985229328, %z32
  %t4106 = xor i32 4026457275, %z32
  %t4107 = call i32 @llvm.abs.i32(i32 %t4105, i1 false)
  %t4108 = zext i32 %t4107 to i128
  call void @put(i128 %t4108, i1 false)
  %t4109 = xor i32 2147483647, %z32
  %t4110 = xor i32 1, %z32
  %t4111 = call i32 @llvm.abs.i32(i32 %t4109, i1 false)
  %t4112 = zext i32 %t4111 to i128
  call void @put(i128 %t4112, i1 false)
  %t4113 = xor i32 2147483648, %z32
  %t4114 = xor i32 4294967295, %z32
  %t4115 = call i32 @llvm.abs.i32(i32 %t4113, i1 false)
  %t4116 = zext i32 %t4115 to i128
  call void @put(i128 %t4116, i1 false)
  %t4117 = xor i32 4294967291, %z32
  %t4118 = xor i32 196608, %z32
  %t4119 = call i32 @llvm.abs.i32(i32 %t4117, i1 false)
  %t4120 = zext i32 %t4119 to i128
  call void @put(i128 %t4120, i1 false)
  %t4121 = xor i32 0, %z32
  %t4122 = xor i32 0, %z32
  %t4123 = call i32 @llvm.abs.i32(i32 %t4121, i1 false)
  %t4124 = zext i32 %t4123 to i128
  call void @put(i128 %t4124, i1 false)
  %t4125 = xor i32 820815972, %z32
  %t4126 = xor i32 4046813630, %z32
  %t4127 = call i32 @llvm.abs.i32(i32 %t4125, i1 false)
  %t4128 = zext i32 %t4127 to i128
  call void @put(i128 %t4128, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s142)
  %t4129 = xor i32 1985229328, %z32
  %t4130 = xor i32 4026457275, %z32
  %t4131 = call i32 @llvm.smin.i32(i32 %t4129, i32 %t4130)
  %t4132 = zext i32 %t4131 to i128
  call void @put(i128 %t4132, i1 false)
  %t4133 = xor i32 2147483647, %z32
  %t4134 = xor i32 1, %z32
  %t4135 = call i32 @llvm.smin.i32(i32 %t4133, i32 %t4134)
  %t4136 = zext i32 %t4135 to i128
  call void @put(i128 %t4136, i1 false)
  %t4137 = xor i32 2147483648, %z32
  %t4138 = xor i32 4294967295, %z32
  %t4139 = call i32 @llvm.smin.i32(i32 %t4137, i32 %t4138)
  %t4140 = zext i32 %t4139 to i128
  call void @put(i128 %t4140, i1 false)
  %t4141 = xor i32 4294967291, %z32
  %t4142 = xor i32 196608, %z32
  %t4143 = call i32 @llvm.smin.i32(i32 %t4141, i32 %t4142)
  %t4144 = zext i32 %t4143 to i128
  call void @put(i128 %t4144, i1 false)
  %t4145 = xor i32 0, %z32
  %t4146 = xor i32 0, %z32
  %t4147 = call i32 @llvm.smin.i32(i32 %t4145, i32 %t4146)
  %t4148 = zext i32 %t4147 to i128
  call void @put(i128 %t4148, i1 false)
  %t4149 = xor i32 820815972, %z32
  %t4150 = xor i32 4046813630, %z32
  %t4151 = call i32 @llvm.smin.i32(i32 %t4149, i32 %t4150)
  %t4152 = zext i32 %t4151 to i128
  call void @put(i128 %t4152, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s143)
  %t4153 = xor i32 1985229328, %z32
  %t4154 = xor i32 4026457275, %z32
  %t4155 = call i32 @llvm.smax.i32(i32 %t4153, i32 %t4154)
  %t4156 = zext i32 %t4155 to i128
  call void @put(i128 %t4156, i1 false)
  %t4157 = xor i32 2147483647, %z32
  %t4158 = xor i32 1, %z32
  %t4159 = call i32 @llvm.smax.i32(i32 %t4157, i32 %t4158)
  %t4160 = zext i32 %t4159 to i128
  call void @put(i128 %t4160, i1 false)
  %t4161 = xor i32 2147483648, %z32
  %t4162 = xor i32 4294967295, %z32
  %t4163 = call i32 @llvm.smax.i32(i32 %t4161, i32 %t4162)
  %t4164 = zext i32 %t4163 to i128
  call void @put(i128 %t4164, i1 false)
  %t4165 = xor i32 4294967291, %z32
  %t4166 = xor i32 196608, %z32
  %t4167 = call i32 @llvm.smax.i32(i32 %t4165, i32 %t4166)
  %t4168 = zext i32 %t4167 to i128
  call void @put(i128 %t4168, i1 false)
  %t4169 = xor i32 0, %z32
  %t4170 = xor i32 0, %z32
  %t4171 = call i32 @llvm.smax.i32(i32 %t4169, i32 %t4170)
  %t4172 = zext i32 %t4171 to i128
  call void @put(i128 %t4172, i1 false)
  %t4173 = xor i32 820815972, %z32
  %t4174 = xor i32 4046813630, %z32
  %t4175 = call i32 @llvm.smax.i32(i32 %t4173, i32 %t4174)
  %t4176 = zext i32 %t4175 to i128
  call void @put(i128 %t4176, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s144)
  %t4177 = xor i32 1985229328, %z32
  %t4178 = xor i32 4026457275, %z32
  %t4179 = call i32 @llvm.umin.i32(i32 %t4177, i32 %t4178)
  %t4180 = zext i32 %t4179 to i128
  call void @put(i128 %t4180, i1 false)
  %t4181 = xor i32 2147483647, %z32
  %t4182 = xor i32 1, %z32
  %t4183 = call i32 @llvm.umin.i32(i32 %t4181, i32 %t4182)
  %t4184 = zext i32 %t4183 to i128
  call void @put(i128 %t4184, i1 false)
  %t4185 = xor i32 2147483648, %z32
  %t4186 = xor i32 4294967295, %z32
  %t4187 = call i32 @llvm.umin.i32(i32 %t4185, i32 %t4186)
  %t4188 = zext i32 %t4187 to i128
  call void @put(i128 %t4188, i1 false)
  %t4189 = xor i32 4294967291, %z32
  %t4190 = xor i32 196608, %z32
  %t4191 = call i32 @llvm.umin.i32(i32 %t4189, i32 %t4190)
  %t4192 = zext i32 %t4191 to i128
  call void @put(i128 %t4192, i1 false)
  %t4193 = xor i32 0, %z32
  %t4194 = xor i32 0, %z32
  %t4195 = call i32 @llvm.umin.i32(i32 %t4193, i32 %t4194)
  %t4196 = zext i32 %t4195 to i128
  call void @put(i128 %t4196, i1 false)
  %t4197 = xor i32 820815972, %z32
  %t4198 = xor i32 4046813630, %z32
  %t4199 = call i32 @llvm.umin.i32(i32 %t4197, i32 %t4198)
  %t4200 = zext i32 %t4199 to i128
  call void @put(i128 %t4200, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s145)
  %t4201 = xor i32 1985229328, %z32
  %t4202 = xor i32 4026457275, %z32
  %t4203 = call i32 @llvm.umax.i32(i32 %t4201, i32 %t4202)
  %t4204 = zext i32 %t4203 to i128
  call void @put(i128 %t4204, i1 false)
  %t4205 = xor i32 2147483647, %z32
  %t4206 = xor i32 1, %z32
  %t4207 = call i32 @llvm.umax.i32(i32 %t4205, i32 %t4206)
  %t4208 = zext i32 %t4207 to i128
  call void @put(i128 %t4208, i1 false)
  %t4209 = xor i32 2147483648, %z32
  %t4210 = xor i32 4294967295, %z32
  %t4211 = call i32 @llvm.umax.i32(i32 %t4209, i32 %t4210)
  %t4212 = zext i32 %t4211 to i128
  call void @put(i128 %t4212, i1 false)
  %t4213 = xor i32 4294967291, %z32
  %t4214 = xor i32 196608, %z32
  %t4215 = call i32 @llvm.umax.i32(i32 %t4213, i32 %t4214)
  %t4216 = zext i32 %t4215 to i128
  call void @put(i128 %t4216, i1 false)
  %t4217 = xor i32 0, %z32
  %t4218 = xor i32 0, %z32
  %t4219 = call i32 @llvm.umax.i32(i32 %t4217, i32 %t4218)
  %t4220 = zext i32 %t4219 to i128
  call void @put(i128 %t4220, i1 false)
  %t4221 = xor i32 820815972, %z32
  %t4222 = xor i32 4046813630, %z32
  %t4223 = call i32 @llvm.umax.i32(i32 %t4221, i32 %t4222)
  %t4224 = zext i32 %t4223 to i128
  call void @put(i128 %t4224, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s146)
  %t4225 = xor i32 1985229328, %z32
  %t4226 = xor i32 4026457275, %z32
  %t4227 = call i32 @llvm.sadd.sat.i32(i32 %t4225, i32 %t4226)
  %t4228 = zext i32 %t4227 to i128
  call void @put(i128 %t4228, i1 false)
  %t4229 = xor i32 2147483647, %z32
  %t4230 = xor i32 1, %z32
  %t4231 = call i32 @llvm.sadd.sat.i32(i32 %t4229, i32 %t4230)
  %t4232 = zext i32 %t4231 to i128
  call void @put(i128 %t4232, i1 false)
  %t4233 = xor i32 2147483648, %z32
  %t4234 = xor i32 4294967295, %z32
  %t4235 = call i32 @llvm.sadd.sat.i32(i32 %t4233, i32 %t4234)
  %t4236 = zext i32 %t4235 to i128
  call void @put(i128 %t4236, i1 false)
  %t4237 = xor i32 4294967291, %z32
  %t4238 = xor i32 196608, %z32
  %t4239 = call i32 @llvm.sadd.sat.i32(i32 %t4237, i32 %t4238)
  %t4240 = zext i32 %t4239 to i128
  call void @put(i128 %t4240, i1 false)
  %t4241 = xor i32 0, %z32
  %t4242 = xor i32 0, %z32
  %t4243 = call i32 @llvm.sadd.sat.i32(i32 %t4241, i32 %t4242)
  %t4244 = zext i32 %t4243 to i128
  call void @put(i128 %t4244, i1 false)
  %t4245 = xor i32 820815972, %z32
  %t4246 = xor i32 4046813630, %z32
  %t4247 = call i32 @llvm.sadd.sat.i32(i32 %t4245, i32 %t4246)
  %t4248 = zext i32 %t4247 to i128
  call void @put(i128 %t4248, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s147)
  %t4249 = xor i32 1985229328, %z32
  %t4250 = xor i32 4026457275, %z32
  %t4251 = call i32 @llvm.uadd.sat.i32(i32 %t4249, i32 %t4250)
  %t4252 = zext i32 %t4251 to i128
  call void @put(i128 %t4252, i1 false)
  %t4253 = xor i32 2147483647, %z32
  %t4254 = xor i32 1, %z32
  %t4255 = call i32 @llvm.uadd.sat.i32(i32 %t4253, i32 %t4254)
  %t4256 = zext i32 %t4255 to i128
  call void @put(i128 %t4256, i1 false)
  %t4257 = xor i32 2147483648, %z32
  %t4258 = xor i32 4294967295, %z32
  %t4259 = call i32 @llvm.uadd.sat.i32(i32 %t4257, i32 %t4258)
  %t4260 = zext i32 %t4259 to i128
  call void @put(i128 %t4260, i1 false)
  %t4261 = xor i32 4294967291, %z32
  %t4262 = xor i32 196608, %z32
  %t4263 = call i32 @llvm.uadd.sat.i32(i32 %t4261, i32 %t4262)
  %t4264 = zext i32 %t4263 to i128
  call void @put(i128 %t4264, i1 false)
  %t4265 = xor i32 0, %z32
  %t4266 = xor i32 0, %z32
  %t4267 = call i32 @llvm.uadd.sat.i32(i32 %t4265, i32 %t4266)
  %t4268 = zext i32 %t4267 to i128
  call void @put(i128 %t4268, i1 false)
  %t4269 = xor i32 820815972, %z32
  %t4270 = xor i32 4046813630, %z32
  %t4271 = call i32 @llvm.uadd.sat.i32(i32 %t4269, i32 %t4270)
  %t4272 = zext i32 %t4271 to i128
  call void @put(i128 %t4272, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s148)
  %t4273 = xor i32 1985229328, %z32
  %t4274 = xor i32 4026457275, %z32
  %t4275 = call i32 @llvm.ssub.sat.i32(i32 %t4273, i32 %t4274)
  %t4276 = zext i32 %t4275 to i128
  call void @put(i128 %t4276, i1 false)
  %t4277 = xor i32 2147483647, %z32
  %t4278 = xor i32 1, %z32
  %t4279 = call i32 @llvm.ssub.sat.i32(i32 %t4277, i32 %t4278)
  %t4280 = zext i32 %t4279 to i128
  call void @put(i128 %t4280, i1 false)
  %t4281 = xor i32 2147483648, %z32
  %t4282 = xor i32 4294967295, %z32
  %t4283 = call i32 @llvm.ssub.sat.i32(i32 %t4281, i32 %t4282)
  %t4284 = zext i32 %t4283 to i128
  call void @put(i128 %t4284, i1 false)
  %t4285 = xor i32 4294967291, %z32
  %t4286 = xor i32 196608, %z32
  %t4287 = call i32 @llvm.ssub.sat.i32(i32 %t4285, i32 %t4286)
  %t4288 = zext i32 %t4287 to i128
  call void @put(i128 %t4288, i1 false)
  %t4289 = xor i32 0, %z32
  %t4290 = xor i32 0, %z32
  %t4291 = call i32 @llvm.ssub.sat.i32(i32 %t4289, i32 %t4290)
  %t4292 = zext i32 %t4291 to i128
  call void @put(i128 %t4292, i1 false)
  %t4293 = xor i32 820815972, %z32
  %t4294 = xor i32 4046813630, %z32
  %t4295 = call i32 @llvm.ssub.sat.i32(i32 %t4293, i32 %t4294)
  %t4296 = zext i32 %t4295 to i128
  call void @put(i128 %t4296, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s149)
  %t4297 = xor i32 1985229328, %z32
  %t4298 = xor i32 4026457275, %z32
  %t4299 = call i32 @llvm.usub.sat.i32(i32 %t4297, i32 %t4298)
  %t4300 = zext i32 %t4299 to i128
  call void @put(i128 %t4300, i1 false)
  %t4301 = xor i32 2147483647, %z32
  %t4302 = xor i32 1, %z32
  %t4303 = call i32 @llvm.usub.sat.i32(i32 %t4301, i32 %t4302)
  %t4304 = zext i32 %t4303 to i128
  call void @put(i128 %t4304, i1 false)
  %t4305 = xor i32 2147483648, %z32
  %t4306 = xor i32 4294967295, %z32
  %t4307 = call i32 @llvm.usub.sat.i32(i32 %t4305, i32 %t4306)
  %t4308 = zext i32 %t4307 to i128
  call void @put(i128 %t4308, i1 false)
  %t4309 = xor i32 4294967291, %z32
  %t4310 = xor i32 196608, %z32
  %t4311 = call i32 @llvm.usub.sat.i32(i32 %t4309, i32 %t4310)
  %t4312 = zext i32 %t4311 to i128
  call void @put(i128 %t4312, i1 false)
  %t4313 = xor i32 0, %z32
  %t4314 = xor i32 0, %z32
  %t4315 = call i32 @llvm.usub.sat.i32(i32 %t4313, i32 %t4314)
  %t4316 = zext i32 %t4315 to i128
  call void @put(i128 %t4316, i1 false)
  %t4317 = xor i32 820815972, %z32
  %t4318 = xor i32 4046813630, %z32
  %t4319 = call i32 @llvm.usub.sat.i32(i32 %t4317, i32 %t4318)
  %t4320 = zext i32 %t4319 to i128
  call void @put(i128 %t4320, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s150)
  %t4321 = xor i32 1985229328, %z32
  %t4322 = xor i32 4026457275, %z32
  %t4323 = call i8 @llvm.scmp.i8.i32(i32 %t4321, i32 %t4322)
  %t4324 = zext i8 %t4323 to i128
  call void @put(i128 %t4324, i1 false)
  %t4325 = xor i32 2147483647, %z32
  %t4326 = xor i32 1, %z32
  %t4327 = call i8 @llvm.scmp.i8.i32(i32 %t4325, i32 %t4326)
  %t4328 = zext i8 %t4327 to i128
  call void @put(i128 %t4328, i1 false)
  %t4329 = xor i32 2147483648, %z32
  %t4330 = xor i32 4294967295, %z32
  %t4331 = call i8 @llvm.scmp.i8.i32(i32 %t4329, i32 %t4330)
  %t4332 = zext i8 %t4331 to i128
  call void @put(i128 %t4332, i1 false)
  %t4333 = xor i32 4294967291, %z32
  %t4334 = xor i32 196608, %z32
  %t4335 = call i8 @llvm.scmp.i8.i32(i32 %t4333, i32 %t4334)
  %t4336 = zext i8 %t4335 to i128
  call void @put(i128 %t4336, i1 false)
  %t4337 = xor i32 0, %z32
  %t4338 = xor i32 0, %z32
  %t4339 = call i8 @llvm.scmp.i8.i32(i32 %t4337, i32 %t4338)
  %t4340 = zext i8 %t4339 to i128
  call void @put(i128 %t4340, i1 false)
  %t4341 = xor i32 820815972, %z32
  %t4342 = xor i32 4046813630, %z32
  %t4343 = call i8 @llvm.scmp.i8.i32(i32 %t4341, i32 %t4342)
  %t4344 = zext i8 %t4343 to i128
  call void @put(i128 %t4344, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s151)
  %t4345 = xor i32 1985229328, %z32
  %t4346 = xor i32 4026457275, %z32
  %t4347 = call i8 @llvm.ucmp.i8.i32(i32 %t4345, i32 %t4346)
  %t4348 = zext i8 %t4347 to i128
  call void @put(i128 %t4348, i1 false)
  %t4349 = xor i32 2147483647, %z32
  %t4350 = xor i32 1, %z32
  %t4351 = call i8 @llvm.ucmp.i8.i32(i32 %t4349, i32 %t4350)
  %t4352 = zext i8 %t4351 to i128
  call void @put(i128 %t4352, i1 false)
  %t4353 = xor i32 2147483648, %z32
  %t4354 = xor i32 4294967295, %z32
  %t4355 = call i8 @llvm.ucmp.i8.i32(i32 %t4353, i32 %t4354)
  %t4356 = zext i8 %t4355 to i128
  call void @put(i128 %t4356, i1 false)
  %t4357 = xor i32 4294967291, %z32
  %t4358 = xor i32 196608, %z32
  %t4359 = call i8 @llvm.ucmp.i8.i32(i32 %t4357, i32 %t4358)
  %t4360 = zext i8 %t4359 to i128
  call void @put(i128 %t4360, i1 false)
  %t4361 = xor i32 0, %z32
  %t4362 = xor i32 0, %z32
  %t4363 = call i8 @llvm.ucmp.i8.i32(i32 %t4361, i32 %t4362)
  %t4364 = zext i8 %t4363 to i128
  call void @put(i128 %t4364, i1 false)
  %t4365 = xor i32 820815972, %z32
  %t4366 = xor i32 4046813630, %z32
  %t4367 = call i8 @llvm.ucmp.i8.i32(i32 %t4365, i32 %t4366)
  %t4368 = zext i8 %t4367 to i128
  call void @put(i128 %t4368, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s152)
  %t4369 = xor i32 1985229328, %z32
  %t4370 = xor i32 4026457275, %z32
  %t4372 = xor i32 1, %z32
  %t4371 = call i32 @llvm.sshl.sat.i32(i32 %t4369, i32 %t4372)
  %t4373 = zext i32 %t4371 to i128
  call void @put(i128 %t4373, i1 false)
  %t4374 = xor i32 2147483647, %z32
  %t4375 = xor i32 1, %z32
  %t4377 = xor i32 31, %z32
  %t4376 = call i32 @llvm.sshl.sat.i32(i32 %t4374, i32 %t4377)
  %t4378 = zext i32 %t4376 to i128
  call void @put(i128 %t4378, i1 false)
  %t4379 = xor i32 2147483648, %z32
  %t4380 = xor i32 4294967295, %z32
  %t4382 = xor i32 16, %z32
  %t4381 = call i32 @llvm.sshl.sat.i32(i32 %t4379, i32 %t4382)
  %t4383 = zext i32 %t4381 to i128
  call void @put(i128 %t4383, i1 false)
  %t4384 = xor i32 4294967291, %z32
  %t4385 = xor i32 196608, %z32
  %t4387 = xor i32 0, %z32
  %t4386 = call i32 @llvm.sshl.sat.i32(i32 %t4384, i32 %t4387)
  %t4388 = zext i32 %t4386 to i128
  call void @put(i128 %t4388, i1 false)
  %t4389 = xor i32 0, %z32
  %t4390 = xor i32 0, %z32
  %t4392 = xor i32 2, %z32
  %t4391 = call i32 @llvm.sshl.sat.i32(i32 %t4389, i32 %t4392)
  %t4393 = zext i32 %t4391 to i128
  call void @put(i128 %t4393, i1 false)
  %t4394 = xor i32 820815972, %z32
  %t4395 = xor i32 4046813630, %z32
  %t4397 = xor i32 3, %z32
  %t4396 = call i32 @llvm.sshl.sat.i32(i32 %t4394, i32 %t4397)
  %t4398 = zext i32 %t4396 to i128
  call void @put(i128 %t4398, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s153)
  %t4399 = xor i32 1985229328, %z32
  %t4400 = xor i32 4026457275, %z32
  %t4402 = xor i32 1, %z32
  %t4401 = call i32 @llvm.ushl.sat.i32(i32 %t4399, i32 %t4402)
  %t4403 = zext i32 %t4401 to i128
  call void @put(i128 %t4403, i1 false)
  %t4404 = xor i32 2147483647, %z32
  %t4405 = xor i32 1, %z32
  %t4407 = xor i32 31, %z32
  %t4406 = call i32 @llvm.ushl.sat.i32(i32 %t4404, i32 %t4407)
  %t4408 = zext i32 %t4406 to i128
  call void @put(i128 %t4408, i1 false)
  %t4409 = xor i32 2147483648, %z32
  %t4410 = xor i32 4294967295, %z32
  %t4412 = xor i32 16, %z32
  %t4411 = call i32 @llvm.ushl.sat.i32(i32 %t4409, i32 %t4412)
  %t4413 = zext i32 %t4411 to i128
  call void @put(i128 %t4413, i1 false)
  %t4414 = xor i32 4294967291, %z32
  %t4415 = xor i32 196608, %z32
  %t4417 = xor i32 0, %z32
  %t4416 = call i32 @llvm.ushl.sat.i32(i32 %t4414, i32 %t4417)
  %t4418 = zext i32 %t4416 to i128
  call void @put(i128 %t4418, i1 false)
  %t4419 = xor i32 0, %z32
  %t4420 = xor i32 0, %z32
  %t4422 = xor i32 2, %z32
  %t4421 = call i32 @llvm.ushl.sat.i32(i32 %t4419, i32 %t4422)
  %t4423 = zext i32 %t4421 to i128
  call void @put(i128 %t4423, i1 false)
  %t4424 = xor i32 820815972, %z32
  %t4425 = xor i32 4046813630, %z32
  %t4427 = xor i32 3, %z32
  %t4426 = call i32 @llvm.ushl.sat.i32(i32 %t4424, i32 %t4427)
  %t4428 = zext i32 %t4426 to i128
  call void @put(i128 %t4428, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s154)
  %t4429 = xor i32 1985229328, %z32
  %t4430 = xor i32 4026457275, %z32
  %t4432 = xor i32 1, %z32
  %t4431 = call i32 @llvm.fshl.i32(i32 %t4429, i32 %t4430, i32 %t4432)
  %t4433 = zext i32 %t4431 to i128
  call void @put(i128 %t4433, i1 false)
  %t4434 = xor i32 2147483647, %z32
  %t4435 = xor i32 1, %z32
  %t4437 = xor i32 31, %z32
  %t4436 = call i32 @llvm.fshl.i32(i32 %t4434, i32 %t4435, i32 %t4437)
  %t4438 = zext i32 %t4436 to i128
  call void @put(i128 %t4438, i1 false)
  %t4439 = xor i32 2147483648, %z32
  %t4440 = xor i32 4294967295, %z32
  %t4442 = xor i32 35, %z32
  %t4441 = call i32 @llvm.fshl.i32(i32 %t4439, i32 %t4440, i32 %t4442)
  %t4443 = zext i32 %t4441 to i128
  call void @put(i128 %t4443, i1 false)
  %t4444 = xor i32 4294967291, %z32
  %t4445 = xor i32 196608, %z32
  %t4447 = xor i32 0, %z32
  %t4446 = call i32 @llvm.fshl.i32(i32 %t4444, i32 %t4445, i32 %t4447)
  %t4448 = zext i32 %t4446 to i128
  call void @put(i128 %t4448, i1 false)
  %t4449 = xor i32 0, %z32
  %t4450 = xor i32 0, %z32
  %t4452 = xor i32 16, %z32
  %t4451 = call i32 @llvm.fshl.i32(i32 %t4449, i32 %t4450, i32 %t4452)
  %t4453 = zext i32 %t4451 to i128
  call void @put(i128 %t4453, i1 false)
  %t4454 = xor i32 820815972, %z32
  %t4455 = xor i32 4046813630, %z32
  %t4457 = xor i32 65, %z32
  %t4456 = call i32 @llvm.fshl.i32(i32 %t4454, i32 %t4455, i32 %t4457)
  %t4458 = zext i32 %t4456 to i128
  call void @put(i128 %t4458, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s155)
  %t4459 = xor i32 1985229328, %z32
  %t4460 = xor i32 4026457275, %z32
  %t4462 = xor i32 1, %z32
  %t4461 = call i32 @llvm.fshr.i32(i32 %t4459, i32 %t4460, i32 %t4462)
  %t4463 = zext i32 %t4461 to i128
  call void @put(i128 %t4463, i1 false)
  %t4464 = xor i32 2147483647, %z32
  %t4465 = xor i32 1, %z32
  %t4467 = xor i32 31, %z32
  %t4466 = call i32 @llvm.fshr.i32(i32 %t4464, i32 %t4465, i32 %t4467)
  %t4468 = zext i32 %t4466 to i128
  call void @put(i128 %t4468, i1 false)
  %t4469 = xor i32 2147483648, %z32
  %t4470 = xor i32 4294967295, %z32
  %t4472 = xor i32 35, %z32
  %t4471 = call i32 @llvm.fshr.i32(i32 %t4469, i32 %t4470, i32 %t4472)
  %t4473 = zext i32 %t4471 to i128
  call void @put(i128 %t4473, i1 false)
  %t4474 = xor i32 4294967291, %z32
  %t4475 = xor i32 196608, %z32
  %t4477 = xor i32 0, %z32
  %t4476 = call i32 @llvm.fshr.i32(i32 %t4474, i32 %t4475, i32 %t4477)
  %t4478 = zext i32 %t4476 to i128
  call void @put(i128 %t4478, i1 false)
  %t4479 = xor i32 0, %z32
  %t4480 = xor i32 0, %z32
  %t4482 = xor i32 16, %z32
  %t4481 = call i32 @llvm.fshr.i32(i32 %t4479, i32 %t4480, i32 %t4482)
  %t4483 = zext i32 %t4481 to i128
  call void @put(i128 %t4483, i1 false)
  %t4484 = xor i32 820815972, %z32
  %t4485 = xor i32 4046813630, %z32
  %t4487 = xor i32 65, %z32
  %t4486 = call i32 @llvm.fshr.i32(i32 %t4484, i32 %t4485, i32 %t4487)
  %t4488 = zext i32 %t4486 to i128
  call void @put(i128 %t4488, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s156)
  %t4489 = xor i32 1985229328, %z32
  %t4490 = xor i32 4026457275, %z32
  %t4492 = xor i32 1, %z32
  %t4491 = call i32 @llvm.fshl.i32(i32 %t4489, i32 %t4489, i32 %t4492)
  %t4493 = zext i32 %t4491 to i128
  call void @put(i128 %t4493, i1 false)
  %t4494 = xor i32 2147483647, %z32
  %t4495 = xor i32 1, %z32
  %t4497 = xor i32 31, %z32
  %t4496 = call i32 @llvm.fshl.i32(i32 %t4494, i32 %t4494, i32 %t4497)
  %t4498 = zext i32 %t4496 to i128
  call void @put(i128 %t4498, i1 false)
  %t4499 = xor i32 2147483648, %z32
  %t4500 = xor i32 4294967295, %z32
  %t4502 = xor i32 35, %z32
  %t4501 = call i32 @llvm.fshl.i32(i32 %t4499, i32 %t4499, i32 %t4502)
  %t4503 = zext i32 %t4501 to i128
  call void @put(i128 %t4503, i1 false)
  %t4504 = xor i32 4294967291, %z32
  %t4505 = xor i32 196608, %z32
  %t4507 = xor i32 0, %z32
  %t4506 = call i32 @llvm.fshl.i32(i32 %t4504, i32 %t4504, i32 %t4507)
  %t4508 = zext i32 %t4506 to i128
  call void @put(i128 %t4508, i1 false)
  %t4509 = xor i32 0, %z32
  %t4510 = xor i32 0, %z32
  %t4512 = xor i32 16, %z32
  %t4511 = call i32 @llvm.fshl.i32(i32 %t4509, i32 %t4509, i32 %t4512)
  %t4513 = zext i32 %t4511 to i128
  call void @put(i128 %t4513, i1 false)
  %t4514 = xor i32 820815972, %z32
  %t4515 = xor i32 4046813630, %z32
  %t4517 = xor i32 65, %z32
  %t4516 = call i32 @llvm.fshl.i32(i32 %t4514, i32 %t4514, i32 %t4517)
  %t4518 = zext i32 %t4516 to i128
  call void @put(i128 %t4518, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s157)
  %t4519 = xor i32 1985229328, %z32
  %t4520 = xor i32 4026457275, %z32
  %t4522 = xor i32 1, %z32
  %t4521 = call i32 @llvm.fshr.i32(i32 %t4519, i32 %t4519, i32 %t4522)
  %t4523 = zext i32 %t4521 to i128
  call void @put(i128 %t4523, i1 false)
  %t4524 = xor i32 2147483647, %z32
  %t4525 = xor i32 1, %z32
  %t4527 = xor i32 31, %z32
  %t4526 = call i32 @llvm.fshr.i32(i32 %t4524, i32 %t4524, i32 %t4527)
  %t4528 = zext i32 %t4526 to i128
  call void @put(i128 %t4528, i1 false)
  %t4529 = xor i32 2147483648, %z32
  %t4530 = xor i32 4294967295, %z32
  %t4532 = xor i32 35, %z32
  %t4531 = call i32 @llvm.fshr.i32(i32 %t4529, i32 %t4529, i32 %t4532)
  %t4533 = zext i32 %t4531 to i128
  call void @put(i128 %t4533, i1 false)
  %t4534 = xor i32 4294967291, %z32
  %t4535 = xor i32 196608, %z32
  %t4537 = xor i32 0, %z32
  %t4536 = call i32 @llvm.fshr.i32(i32 %t4534, i32 %t4534, i32 %t4537)
  %t4538 = zext i32 %t4536 to i128
  call void @put(i128 %t4538, i1 false)
  %t4539 = xor i32 0, %z32
  %t4540 = xor i32 0, %z32
  %t4542 = xor i32 16, %z32
  %t4541 = call i32 @llvm.fshr.i32(i32 %t4539, i32 %t4539, i32 %t4542)
  %t4543 = zext i32 %t4541 to i128
  call void @put(i128 %t4543, i1 false)
  %t4544 = xor i32 820815972, %z32
  %t4545 = xor i32 4046813630, %z32
  %t4547 = xor i32 65, %z32
  %t4546 = call i32 @llvm.fshr.i32(i32 %t4544, i32 %t4544, i32 %t4547)
  %t4548 = zext i32 %t4546 to i128
  call void @put(i128 %t4548, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s158)
  %t4549 = xor i32 1985229328, %z32
  %t4550 = xor i32 4026457275, %z32
  %t4551 = call {i32, i1} @llvm.sadd.with.overflow.i32(i32 %t4549, i32 %t4550)
  %t4552 = extractvalue {i32, i1} %t4551, 0
  %t4553 = extractvalue {i32, i1} %t4551, 1
  %t4554 = zext i32 %t4552 to i128
  call void @put(i128 %t4554, i1 false)
  %t4555 = zext i1 %t4553 to i128
  call void @put(i128 %t4555, i1 false)
  %t4556 = xor i32 2147483647, %z32
  %t4557 = xor i32 1, %z32
  %t4558 = call {i32, i1} @llvm.sadd.with.overflow.i32(i32 %t4556, i32 %t4557)
  %t4559 = extractvalue {i32, i1} %t4558, 0
  %t4560 = extractvalue {i32, i1} %t4558, 1
  %t4561 = zext i32 %t4559 to i128
  call void @put(i128 %t4561, i1 false)
  %t4562 = zext i1 %t4560 to i128
  call void @put(i128 %t4562, i1 false)
  %t4563 = xor i32 2147483648, %z32
  %t4564 = xor i32 4294967295, %z32
  %t4565 = call {i32, i1} @llvm.sadd.with.overflow.i32(i32 %t4563, i32 %t4564)
  %t4566 = extractvalue {i32, i1} %t4565, 0
  %t4567 = extractvalue {i32, i1} %t4565, 1
  %t4568 = zext i32 %t4566 to i128
  call void @put(i128 %t4568, i1 false)
  %t4569 = zext i1 %t4567 to i128
  call void @put(i128 %t4569, i1 false)
  %t4570 = xor i32 4294967291, %z32
  %t4571 = xor i32 196608, %z32
  %t4572 = call {i32, i1} @llvm.sadd.with.overflow.i32(i32 %t4570, i32 %t4571)
  %t4573 = extractvalue {i32, i1} %t4572, 0
  %t4574 = extractvalue {i32, i1} %t4572, 1
  %t4575 = zext i32 %t4573 to i128
  call void @put(i128 %t4575, i1 false)
  %t4576 = zext i1 %t4574 to i128
  call void @put(i128 %t4576, i1 false)
  %t4577 = xor i32 0, %z32
  %t4578 = xor i32 0, %z32
  %t4579 = call {i32, i1} @llvm.sadd.with.overflow.i32(i32 %t4577, i32 %t4578)
  %t4580 = extractvalue {i32, i1} %t4579, 0
  %t4581 = extractvalue {i32, i1} %t4579, 1
  %t4582 = zext i32 %t4580 to i128
  call void @put(i128 %t4582, i1 false)
  %t4583 = zext i1 %t4581 to i128
  call void @put(i128 %t4583, i1 false)
  %t4584 = xor i32 820815972, %z32
  %t4585 = xor i32 4046813630, %z32
  %t4586 = call {i32, i1} @llvm.sadd.with.overflow.i32(i32 %t4584, i32 %t4585)
  %t4587 = extractvalue {i32, i1} %t4586, 0
  %t4588 = extractvalue {i32, i1} %t4586, 1
  %t4589 = zext i32 %t4587 to i128
  call void @put(i128 %t4589, i1 false)
  %t4590 = zext i1 %t4588 to i128
  call void @put(i128 %t4590, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s159)
  %t4591 = xor i32 1985229328, %z32
  %t4592 = xor i32 4026457275, %z32
  %t4593 = call {i32, i1} @llvm.uadd.with.overflow.i32(i32 %t4591, i32 %t4592)
  %t4594 = extractvalue {i32, i1} %t4593, 0
  %t4595 = extractvalue {i32, i1} %t4593, 1
  %t4596 = zext i32 %t4594 to i128
  call void @put(i128 %t4596, i1 false)
  %t4597 = zext i1 %t4595 to i128
  call void @put(i128 %t4597, i1 false)
  %t4598 = xor i32 2147483647, %z32
  %t4599 = xor i32 1, %z32
  %t4600 = call {i32, i1} @llvm.uadd.with.overflow.i32(i32 %t4598, i32 %t4599)
  %t4601 = extractvalue {i32, i1} %t4600, 0
  %t4602 = extractvalue {i32, i1} %t4600, 1
  %t4603 = zext i32 %t4601 to i128
  call void @put(i128 %t4603, i1 false)
  %t4604 = zext i1 %t4602 to i128
  call void @put(i128 %t4604, i1 false)
  %t4605 = xor i32 2147483648, %z32
  %t4606 = xor i32 4294967295, %z32
  %t4607 = call {i32, i1} @llvm.uadd.with.overflow.i32(i32 %t4605, i32 %t4606)
  %t4608 = extractvalue {i32, i1} %t4607, 0
  %t4609 = extractvalue {i32, i1} %t4607, 1
  %t4610 = zext i32 %t4608 to i128
  call void @put(i128 %t4610, i1 false)
  %t4611 = zext i1 %t4609 to i128
  call void @put(i128 %t4611, i1 false)
  %t4612 = xor i32 4294967291, %z32
  %t4613 = xor i32 196608, %z32
  %t4614 = call {i32, i1} @llvm.uadd.with.overflow.i32(i32 %t4612, i32 %t4613)
  %t4615 = extractvalue {i32, i1} %t4614, 0
  %t4616 = extractvalue {i32, i1} %t4614, 1
  %t4617 = zext i32 %t4615 to i128
  call void @put(i128 %t4617, i1 false)
  %t4618 = zext i1 %t4616 to i128
  call void @put(i128 %t4618, i1 false)
  %t4619 = xor i32 0, %z32
  %t4620 = xor i32 0, %z32
  %t4621 = call {i32, i1} @llvm.uadd.with.overflow.i32(i32 %t4619, i32 %t4620)
  %t4622 = extractvalue {i32, i1} %t4621, 0
  %t4623 = extractvalue {i32, i1} %t4621, 1
  %t4624 = zext i32 %t4622 to i128
  call void @put(i128 %t4624, i1 false)
  %t4625 = zext i1 %t4623 to i128
  call void @put(i128 %t4625, i1 false)
  %t4626 = xor i32 820815972, %z32
  %t4627 = xor i32 4046813630, %z32
  %t4628 = call {i32, i1} @llvm.uadd.with.overflow.i32(i32 %t4626, i32 %t4627)
  %t4629 = extractvalue {i32, i1} %t4628, 0
  %t4630 = extractvalue {i32, i1} %t4628, 1
  %t4631 = zext i32 %t4629 to i128
  call void @put(i128 %t4631, i1 false)
  %t4632 = zext i1 %t4630 to i128
  call void @put(i128 %t4632, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s160)
  %t4633 = xor i32 1985229328, %z32
  %t4634 = xor i32 4026457275, %z32
  %t4635 = call {i32, i1} @llvm.ssub.with.overflow.i32(i32 %t4633, i32 %t4634)
  %t4636 = extractvalue {i32, i1} %t4635, 0
  %t4637 = extractvalue {i32, i1} %t4635, 1
  %t4638 = zext i32 %t4636 to i128
  call void @put(i128 %t4638, i1 false)
  %t4639 = zext i1 %t4637 to i128
  call void @put(i128 %t4639, i1 false)
  %t4640 = xor i32 2147483647, %z32
  %t4641 = xor i32 1, %z32
  %t4642 = call {i32, i1} @llvm.ssub.with.overflow.i32(i32 %t4640, i32 %t4641)
  %t4643 = extractvalue {i32, i1} %t4642, 0
  %t4644 = extractvalue {i32, i1} %t4642, 1
  %t4645 = zext i32 %t4643 to i128
  call void @put(i128 %t4645, i1 false)
  %t4646 = zext i1 %t4644 to i128
  call void @put(i128 %t4646, i1 false)
  %t4647 = xor i32 2147483648, %z32
  %t4648 = xor i32 4294967295, %z32
  %t4649 = call {i32, i1} @llvm.ssub.with.overflow.i32(i32 %t4647, i32 %t4648)
  %t4650 = extractvalue {i32, i1} %t4649, 0
  %t4651 = extractvalue {i32, i1} %t4649, 1
  %t4652 = zext i32 %t4650 to i128
  call void @put(i128 %t4652, i1 false)
  %t4653 = zext i1 %t4651 to i128
  call void @put(i128 %t4653, i1 false)
  %t4654 = xor i32 4294967291, %z32
  %t4655 = xor i32 196608, %z32
  %t4656 = call {i32, i1} @llvm.ssub.with.overflow.i32(i32 %t4654, i32 %t4655)
  %t4657 = extractvalue {i32, i1} %t4656, 0
  %t4658 = extractvalue {i32, i1} %t4656, 1
  %t4659 = zext i32 %t4657 to i128
  call void @put(i128 %t4659, i1 false)
  %t4660 = zext i1 %t4658 to i128
  call void @put(i128 %t4660, i1 false)
  %t4661 = xor i32 0, %z32
  %t4662 = xor i32 0, %z32
  %t4663 = call {i32, i1} @llvm.ssub.with.overflow.i32(i32 %t4661, i32 %t4662)
  %t4664 = extractvalue {i32, i1} %t4663, 0
  %t4665 = extractvalue {i32, i1} %t4663, 1
  %t4666 = zext i32 %t4664 to i128
  call void @put(i128 %t4666, i1 false)
  %t4667 = zext i1 %t4665 to i128
  call void @put(i128 %t4667, i1 false)
  %t4668 = xor i32 820815972, %z32
  %t4669 = xor i32 4046813630, %z32
  %t4670 = call {i32, i1} @llvm.ssub.with.overflow.i32(i32 %t4668, i32 %t4669)
  %t4671 = extractvalue {i32, i1} %t4670, 0
  %t4672 = extractvalue {i32, i1} %t4670, 1
  %t4673 = zext i32 %t4671 to i128
  call void @put(i128 %t4673, i1 false)
  %t4674 = zext i1 %t4672 to i128
  call void @put(i128 %t4674, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s161)
  %t4675 = xor i32 1985229328, %z32
  %t4676 = xor i32 4026457275, %z32
  %t4677 = call {i32, i1} @llvm.usub.with.overflow.i32(i32 %t4675, i32 %t4676)
  %t4678 = extractvalue {i32, i1} %t4677, 0
  %t4679 = extractvalue {i32, i1} %t4677, 1
  %t4680 = zext i32 %t4678 to i128
  call void @put(i128 %t4680, i1 false)
  %t4681 = zext i1 %t4679 to i128
  call void @put(i128 %t4681, i1 false)
  %t4682 = xor i32 2147483647, %z32
  %t4683 = xor i32 1, %z32
  %t4684 = call {i32, i1} @llvm.usub.with.overflow.i32(i32 %t4682, i32 %t4683)
  %t4685 = extractvalue {i32, i1} %t4684, 0
  %t4686 = extractvalue {i32, i1} %t4684, 1
  %t4687 = zext i32 %t4685 to i128
  call void @put(i128 %t4687, i1 false)
  %t4688 = zext i1 %t4686 to i128
  call void @put(i128 %t4688, i1 false)
  %t4689 = xor i32 2147483648, %z32
  %t4690 = xor i32 4294967295, %z32
  %t4691 = call {i32, i1} @llvm.usub.with.overflow.i32(i32 %t4689, i32 %t4690)
  %t4692 = extractvalue {i32, i1} %t4691, 0
  %t4693 = extractvalue {i32, i1} %t4691, 1
  %t4694 = zext i32 %t4692 to i128
  call void @put(i128 %t4694, i1 false)
  %t4695 = zext i1 %t4693 to i128
  call void @put(i128 %t4695, i1 false)
  %t4696 = xor i32 4294967291, %z32
  %t4697 = xor i32 196608, %z32
  %t4698 = call {i32, i1} @llvm.usub.with.overflow.i32(i32 %t4696, i32 %t4697)
  %t4699 = extractvalue {i32, i1} %t4698, 0
  %t4700 = extractvalue {i32, i1} %t4698, 1
  %t4701 = zext i32 %t4699 to i128
  call void @put(i128 %t4701, i1 false)
  %t4702 = zext i1 %t4700 to i128
  call void @put(i128 %t4702, i1 false)
  %t4703 = xor i32 0, %z32
  %t4704 = xor i32 0, %z32
  %t4705 = call {i32, i1} @llvm.usub.with.overflow.i32(i32 %t4703, i32 %t4704)
  %t4706 = extractvalue {i32, i1} %t4705, 0
  %t4707 = extractvalue {i32, i1} %t4705, 1
  %t4708 = zext i32 %t4706 to i128
  call void @put(i128 %t4708, i1 false)
  %t4709 = zext i1 %t4707 to i128
  call void @put(i128 %t4709, i1 false)
  %t4710 = xor i32 820815972, %z32
  %t4711 = xor i32 4046813630, %z32
  %t4712 = call {i32, i1} @llvm.usub.with.overflow.i32(i32 %t4710, i32 %t4711)
  %t4713 = extractvalue {i32, i1} %t4712, 0
  %t4714 = extractvalue {i32, i1} %t4712, 1
  %t4715 = zext i32 %t4713 to i128
  call void @put(i128 %t4715, i1 false)
  %t4716 = zext i1 %t4714 to i128
  call void @put(i128 %t4716, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s162)
  %t4717 = xor i32 1985229328, %z32
  %t4718 = xor i32 4026457275, %z32
  %t4719 = call {i32, i1} @llvm.smul.with.overflow.i32(i32 %t4717, i32 %t4718)
  %t4720 = extractvalue {i32, i1} %t4719, 0
  %t4721 = extractvalue {i32, i1} %t4719, 1
  %t4722 = zext i32 %t4720 to i128
  call void @put(i128 %t4722, i1 false)
  %t4723 = zext i1 %t4721 to i128
  call void @put(i128 %t4723, i1 false)
  %t4724 = xor i32 2147483647, %z32
  %t4725 = xor i32 1, %z32
  %t4726 = call {i32, i1} @llvm.smul.with.overflow.i32(i32 %t4724, i32 %t4725)
  %t4727 = extractvalue {i32, i1} %t4726, 0
  %t4728 = extractvalue {i32, i1} %t4726, 1
  %t4729 = zext i32 %t4727 to i128
  call void @put(i128 %t4729, i1 false)
  %t4730 = zext i1 %t4728 to i128
  call void @put(i128 %t4730, i1 false)
  %t4731 = xor i32 2147483648, %z32
  %t4732 = xor i32 4294967295, %z32
  %t4733 = call {i32, i1} @llvm.smul.with.overflow.i32(i32 %t4731, i32 %t4732)
  %t4734 = extractvalue {i32, i1} %t4733, 0
  %t4735 = extractvalue {i32, i1} %t4733, 1
  %t4736 = zext i32 %t4734 to i128
  call void @put(i128 %t4736, i1 false)
  %t4737 = zext i1 %t4735 to i128
  call void @put(i128 %t4737, i1 false)
  %t4738 = xor i32 4294967291, %z32
  %t4739 = xor i32 196608, %z32
  %t4740 = call {i32, i1} @llvm.smul.with.overflow.i32(i32 %t4738, i32 %t4739)
  %t4741 = extractvalue {i32, i1} %t4740, 0
  %t4742 = extractvalue {i32, i1} %t4740, 1
  %t4743 = zext i32 %t4741 to i128
  call void @put(i128 %t4743, i1 false)
  %t4744 = zext i1 %t4742 to i128
  call void @put(i128 %t4744, i1 false)
  %t4745 = xor i32 0, %z32
  %t4746 = xor i32 0, %z32
  %t4747 = call {i32, i1} @llvm.smul.with.overflow.i32(i32 %t4745, i32 %t4746)
  %t4748 = extractvalue {i32, i1} %t4747, 0
  %t4749 = extractvalue {i32, i1} %t4747, 1
  %t4750 = zext i32 %t4748 to i128
  call void @put(i128 %t4750, i1 false)
  %t4751 = zext i1 %t4749 to i128
  call void @put(i128 %t4751, i1 false)
  %t4752 = xor i32 820815972, %z32
  %t4753 = xor i32 4046813630, %z32
  %t4754 = call {i32, i1} @llvm.smul.with.overflow.i32(i32 %t4752, i32 %t4753)
  %t4755 = extractvalue {i32, i1} %t4754, 0
  %t4756 = extractvalue {i32, i1} %t4754, 1
  %t4757 = zext i32 %t4755 to i128
  call void @put(i128 %t4757, i1 false)
  %t4758 = zext i1 %t4756 to i128
  call void @put(i128 %t4758, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s163)
  %t4759 = xor i32 1985229328, %z32
  %t4760 = xor i32 4026457275, %z32
  %t4761 = call {i32, i1} @llvm.umul.with.overflow.i32(i32 %t4759, i32 %t4760)
  %t4762 = extractvalue {i32, i1} %t4761, 0
  %t4763 = extractvalue {i32, i1} %t4761, 1
  %t4764 = zext i32 %t4762 to i128
  call void @put(i128 %t4764, i1 false)
  %t4765 = zext i1 %t4763 to i128
  call void @put(i128 %t4765, i1 false)
  %t4766 = xor i32 2147483647, %z32
  %t4767 = xor i32 1, %z32
  %t4768 = call {i32, i1} @llvm.umul.with.overflow.i32(i32 %t4766, i32 %t4767)
  %t4769 = extractvalue {i32, i1} %t4768, 0
  %t4770 = extractvalue {i32, i1} %t4768, 1
  %t4771 = zext i32 %t4769 to i128
  call void @put(i128 %t4771, i1 false)
  %t4772 = zext i1 %t4770 to i128
  call void @put(i128 %t4772, i1 false)
  %t4773 = xor i32 2147483648, %z32
  %t4774 = xor i32 4294967295, %z32
  %t4775 = call {i32, i1} @llvm.umul.with.overflow.i32(i32 %t4773, i32 %t4774)
  %t4776 = extractvalue {i32, i1} %t4775, 0
  %t4777 = extractvalue {i32, i1} %t4775, 1
  %t4778 = zext i32 %t4776 to i128
  call void @put(i128 %t4778, i1 false)
  %t4779 = zext i1 %t4777 to i128
  call void @put(i128 %t4779, i1 false)
  %t4780 = xor i32 4294967291, %z32
  %t4781 = xor i32 196608, %z32
  %t4782 = call {i32, i1} @llvm.umul.with.overflow.i32(i32 %t4780, i32 %t4781)
  %t4783 = extractvalue {i32, i1} %t4782, 0
  %t4784 = extractvalue {i32, i1} %t4782, 1
  %t4785 = zext i32 %t4783 to i128
  call void @put(i128 %t4785, i1 false)
  %t4786 = zext i1 %t4784 to i128
  call void @put(i128 %t4786, i1 false)
  %t4787 = xor i32 0, %z32
  %t4788 = xor i32 0, %z32
  %t4789 = call {i32, i1} @llvm.umul.with.overflow.i32(i32 %t4787, i32 %t4788)
  %t4790 = extractvalue {i32, i1} %t4789, 0
  %t4791 = extractvalue {i32, i1} %t4789, 1
  %t4792 = zext i32 %t4790 to i128
  call void @put(i128 %t4792, i1 false)
  %t4793 = zext i1 %t4791 to i128
  call void @put(i128 %t4793, i1 false)
  %t4794 = xor i32 820815972, %z32
  %t4795 = xor i32 4046813630, %z32
  %t4796 = call {i32, i1} @llvm.umul.with.overflow.i32(i32 %t4794, i32 %t4795)
  %t4797 = extractvalue {i32, i1} %t4796, 0
  %t4798 = extractvalue {i32, i1} %t4796, 1
  %t4799 = zext i32 %t4797 to i128
  call void @put(i128 %t4799, i1 false)
  %t4800 = zext i1 %t4798 to i128
  call void @put(i128 %t4800, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s164)
  %t4801 = xor i33 1985229328, %z33
  %t4802 = xor i33 8321424571, %z33
  %t4803 = call i33 @llvm.ctpop.i33(i33 %t4801)
  %t4804 = zext i33 %t4803 to i128
  call void @put(i128 %t4804, i1 false)
  %t4805 = xor i33 4294967295, %z33
  %t4806 = xor i33 1, %z33
  %t4807 = call i33 @llvm.ctpop.i33(i33 %t4805)
  %t4808 = zext i33 %t4807 to i128
  call void @put(i128 %t4808, i1 false)
  %t4809 = xor i33 4294967296, %z33
  %t4810 = xor i33 8589934591, %z33
  %t4811 = call i33 @llvm.ctpop.i33(i33 %t4809)
  %t4812 = zext i33 %t4811 to i128
  call void @put(i128 %t4812, i1 false)
  %t4813 = xor i33 8589934587, %z33
  %t4814 = xor i33 196608, %z33
  %t4815 = call i33 @llvm.ctpop.i33(i33 %t4813)
  %t4816 = zext i33 %t4815 to i128
  call void @put(i128 %t4816, i1 false)
  %t4817 = xor i33 0, %z33
  %t4818 = xor i33 0, %z33
  %t4819 = call i33 @llvm.ctpop.i33(i33 %t4817)
  %t4820 = zext i33 %t4819 to i128
  call void @put(i128 %t4820, i1 false)
  %t4821 = xor i33 5115783268, %z33
  %t4822 = xor i33 4046813630, %z33
  %t4823 = call i33 @llvm.ctpop.i33(i33 %t4821)
  %t4824 = zext i33 %t4823 to i128
  call void @put(i128 %t4824, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s165)
  %t4825 = xor i33 1985229328, %z33
  %t4826 = xor i33 8321424571, %z33
  %t4827 = call i33 @llvm.ctlz.i33(i33 %t4825, i1 false)
  %t4828 = zext i33 %t4827 to i128
  call void @put(i128 %t4828, i1 false)
  %t4829 = xor i33 4294967295, %z33
  %t4830 = xor i33 1, %z33
  %t4831 = call i33 @llvm.ctlz.i33(i33 %t4829, i1 false)
  %t4832 = zext i33 %t4831 to i128
  call void @put(i128 %t4832, i1 false)
  %t4833 = xor i33 4294967296, %z33
  %t4834 = xor i33 8589934591, %z33
  %t4835 = call i33 @llvm.ctlz.i33(i33 %t4833, i1 false)
  %t4836 = zext i33 %t4835 to i128
  call void @put(i128 %t4836, i1 false)
  %t4837 = xor i33 8589934587, %z33
  %t4838 = xor i33 196608, %z33
  %t4839 = call i33 @llvm.ctlz.i33(i33 %t4837, i1 false)
  %t4840 = zext i33 %t4839 to i128
  call void @put(i128 %t4840, i1 false)
  %t4841 = xor i33 0, %z33
  %t4842 = xor i33 0, %z33
  %t4843 = call i33 @llvm.ctlz.i33(i33 %t4841, i1 false)
  %t4844 = zext i33 %t4843 to i128
  call void @put(i128 %t4844, i1 false)
  %t4845 = xor i33 5115783268, %z33
  %t4846 = xor i33 4046813630, %z33
  %t4847 = call i33 @llvm.ctlz.i33(i33 %t4845, i1 false)
  %t4848 = zext i33 %t4847 to i128
  call void @put(i128 %t4848, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s166)
  %t4849 = xor i33 1985229328, %z33
  %t4850 = xor i33 8321424571, %z33
  %t4851 = call i33 @llvm.cttz.i33(i33 %t4849, i1 false)
  %t4852 = zext i33 %t4851 to i128
  call void @put(i128 %t4852, i1 false)
  %t4853 = xor i33 4294967295, %z33
  %t4854 = xor i33 1, %z33
  %t4855 = call i33 @llvm.cttz.i33(i33 %t4853, i1 false)
  %t4856 = zext i33 %t4855 to i128
  call void @put(i128 %t4856, i1 false)
  %t4857 = xor i33 4294967296, %z33
  %t4858 = xor i33 8589934591, %z33
  %t4859 = call i33 @llvm.cttz.i33(i33 %t4857, i1 false)
  %t4860 = zext i33 %t4859 to i128
  call void @put(i128 %t4860, i1 false)
  %t4861 = xor i33 8589934587, %z33
  %t4862 = xor i33 196608, %z33
  %t4863 = call i33 @llvm.cttz.i33(i33 %t4861, i1 false)
  %t4864 = zext i33 %t4863 to i128
  call void @put(i128 %t4864, i1 false)
  %t4865 = xor i33 0, %z33
  %t4866 = xor i33 0, %z33
  %t4867 = call i33 @llvm.cttz.i33(i33 %t4865, i1 false)
  %t4868 = zext i33 %t4867 to i128
  call void @put(i128 %t4868, i1 false)
  %t4869 = xor i33 5115783268, %z33
  %t4870 = xor i33 4046813630, %z33
  %t4871 = call i33 @llvm.cttz.i33(i33 %t4869, i1 false)
  %t4872 = zext i33 %t4871 to i128
  call void @put(i128 %t4872, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s167)
  %t4873 = xor i33 1985229328, %z33
  %t4874 = xor i33 8321424571, %z33
  %t4875 = call i33 @llvm.bitreverse.i33(i33 %t4873)
  %t4876 = zext i33 %t4875 to i128
  call void @put(i128 %t4876, i1 false)
  %t4877 = xor i33 4294967295, %z33
  %t4878 = xor i33 1, %z33
  %t4879 = call i33 @llvm.bitreverse.i33(i33 %t4877)
  %t4880 = zext i33 %t4879 to i128
  call void @put(i128 %t4880, i1 false)
  %t4881 = xor i33 4294967296, %z33
  %t4882 = xor i33 8589934591, %z33
  %t4883 = call i33 @llvm.bitreverse.i33(i33 %t4881)
  %t4884 = zext i33 %t4883 to i128
  call void @put(i128 %t4884, i1 false)
  %t4885 = xor i33 8589934587, %z33
  %t4886 = xor i33 196608, %z33
  %t4887 = call i33 @llvm.bitreverse.i33(i33 %t4885)
  %t4888 = zext i33 %t4887 to i128
  call void @put(i128 %t4888, i1 false)
  %t4889 = xor i33 0, %z33
  %t4890 = xor i33 0, %z33
  %t4891 = call i33 @llvm.bitreverse.i33(i33 %t4889)
  %t4892 = zext i33 %t4891 to i128
  call void @put(i128 %t4892, i1 false)
  %t4893 = xor i33 5115783268, %z33
  %t4894 = xor i33 4046813630, %z33
  %t4895 = call i33 @llvm.bitreverse.i33(i33 %t4893)
  %t4896 = zext i33 %t4895 to i128
  call void @put(i128 %t4896, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s168)
  %t4897 = xor i33 1985229328, %z33
  %t4898 = xor i33 8321424571, %z33
  %t4899 = call i33 @llvm.abs.i33(i33 %t4897, i1 false)
  %t4900 = zext i33 %t4899 to i128
  call void @put(i128 %t4900, i1 false)
  %t4901 = xor i33 4294967295, %z33
  %t4902 = xor i33 1, %z33
  %t4903 = call i33 @llvm.abs.i33(i33 %t4901, i1 false)
  %t4904 = zext i33 %t4903 to i128
  call void @put(i128 %t4904, i1 false)
  %t4905 = xor i33 4294967296, %z33
  %t4906 = xor i33 8589934591, %z33
  %t4907 = call i33 @llvm.abs.i33(i33 %t4905, i1 false)
  %t4908 = zext i33 %t4907 to i128
  call void @put(i128 %t4908, i1 false)
  %t4909 = xor i33 8589934587, %z33
  %t4910 = xor i33 196608, %z33
  %t4911 = call i33 @llvm.abs.i33(i33 %t4909, i1 false)
  %t4912 = zext i33 %t4911 to i128
  call void @put(i128 %t4912, i1 false)
  %t4913 = xor i33 0, %z33
  %t4914 = xor i33 0, %z33
  %t4915 = call i33 @llvm.abs.i33(i33 %t4913, i1 false)
  %t4916 = zext i33 %t4915 to i128
  call void @put(i128 %t4916, i1 false)
  %t4917 = xor i33 5115783268, %z33
  %t4918 = xor i33 4046813630, %z33
  %t4919 = call i33 @llvm.abs.i33(i33 %t4917, i1 false)
  %t4920 = zext i33 %t4919 to i128
  call void @put(i128 %t4920, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s169)
  %t4921 = xor i33 1985229328, %z33
  %t4922 = xor i33 8321424571, %z33
  %t4923 = call i33 @llvm.smin.i33(i33 %t4921, i33 %t4922)
  %t4924 = zext i33 %t4923 to i128
  call void @put(i128 %t4924, i1 false)
  %t4925 = xor i33 4294967295, %z33
  %t4926 = xor i33 1, %z33
  %t4927 = call i33 @llvm.smin.i33(i33 %t4925, i33 %t4926)
  %t4928 = zext i33 %t4927 to i128
  call void @put(i128 %t4928, i1 false)
  %t4929 = xor i33 4294967296, %z33
  %t4930 = xor i33 8589934591, %z33
  %t4931 = call i33 @llvm.smin.i33(i33 %t4929, i33 %t4930)
  %t4932 = zext i33 %t4931 to i128
  call void @put(i128 %t4932, i1 false)
  %t4933 = xor i33 8589934587, %z33
  %t4934 = xor i33 196608, %z33
  %t4935 = call i33 @llvm.smin.i33(i33 %t4933, i33 %t4934)
  %t4936 = zext i33 %t4935 to i128
  call void @put(i128 %t4936, i1 false)
  %t4937 = xor i33 0, %z33
  %t4938 = xor i33 0, %z33
  %t4939 = call i33 @llvm.smin.i33(i33 %t4937, i33 %t4938)
  %t4940 = zext i33 %t4939 to i128
  call void @put(i128 %t4940, i1 false)
  %t4941 = xor i33 5115783268, %z33
  %t4942 = xor i33 4046813630, %z33
  %t4943 = call i33 @llvm.smin.i33(i33 %t4941, i33 %t4942)
  %t4944 = zext i33 %t4943 to i128
  call void @put(i128 %t4944, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s170)
  %t4945 = xor i33 1985229328, %z33
  %t4946 = xor i33 8321424571, %z33
  %t4947 = call i33 @llvm.smax.i33(i33 %t4945, i33 %t4946)
  %t4948 = zext i33 %t4947 to i128
  call void @put(i128 %t4948, i1 false)
  %t4949 = xor i33 4294967295, %z33
  %t4950 = xor i33 1, %z33
  %t4951 = call i33 @llvm.smax.i33(i33 %t4949, i33 %t4950)
  %t4952 = zext i33 %t4951 to i128
  call void @put(i128 %t4952, i1 false)
  %t4953 = xor i33 4294967296, %z33
  %t4954 = xor i33 8589934591, %z33
  %t4955 = call i33 @llvm.smax.i33(i33 %t4953, i33 %t4954)
  %t4956 = zext i33 %t4955 to i128
  call void @put(i128 %t4956, i1 false)
  %t4957 = xor i33 8589934587, %z33
  %t4958 = xor i33 196608, %z33
  %t4959 = call i33 @llvm.smax.i33(i33 %t4957, i33 %t4958)
  %t4960 = zext i33 %t4959 to i128
  call void @put(i128 %t4960, i1 false)
  %t4961 = xor i33 0, %z33
  %t4962 = xor i33 0, %z33
  %t4963 = call i33 @llvm.smax.i33(i33 %t4961, i33 %t4962)
  %t4964 = zext i33 %t4963 to i128
  call void @put(i128 %t4964, i1 false)
  %t4965 = xor i33 5115783268, %z33
  %t4966 = xor i33 4046813630, %z33
  %t4967 = call i33 @llvm.smax.i33(i33 %t4965, i33 %t4966)
  %t4968 = zext i33 %t4967 to i128
  call void @put(i128 %t4968, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s171)
  %t4969 = xor i33 1985229328, %z33
  %t4970 = xor i33 8321424571, %z33
  %t4971 = call i33 @llvm.umin.i33(i33 %t4969, i33 %t4970)
  %t4972 = zext i33 %t4971 to i128
  call void @put(i128 %t4972, i1 false)
  %t4973 = xor i33 4294967295, %z33
  %t4974 = xor i33 1, %z33
  %t4975 = call i33 @llvm.umin.i33(i33 %t4973, i33 %t4974)
  %t4976 = zext i33 %t4975 to i128
  call void @put(i128 %t4976, i1 false)
  %t4977 = xor i33 4294967296, %z33
  %t4978 = xor i33 8589934591, %z33
  %t4979 = call i33 @llvm.umin.i33(i33 %t4977, i33 %t4978)
  %t4980 = zext i33 %t4979 to i128
  call void @put(i128 %t4980, i1 false)
  %t4981 = xor i33 8589934587, %z33
  %t4982 = xor i33 196608, %z33
  %t4983 = call i33 @llvm.umin.i33(i33 %t4981, i33 %t4982)
  %t4984 = zext i33 %t4983 to i128
  call void @put(i128 %t4984, i1 false)
  %t4985 = xor i33 0, %z33
  %t4986 = xor i33 0, %z33
  %t4987 = call i33 @llvm.umin.i33(i33 %t4985, i33 %t4986)
  %t4988 = zext i33 %t4987 to i128
  call void @put(i128 %t4988, i1 false)
  %t4989 = xor i33 5115783268, %z33
  %t4990 = xor i33 4046813630, %z33
  %t4991 = call i33 @llvm.umin.i33(i33 %t4989, i33 %t4990)
  %t4992 = zext i33 %t4991 to i128
  call void @put(i128 %t4992, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s172)
  %t4993 = xor i33 1985229328, %z33
  %t4994 = xor i33 8321424571, %z33
  %t4995 = call i33 @llvm.umax.i33(i33 %t4993, i33 %t4994)
  %t4996 = zext i33 %t4995 to i128
  call void @put(i128 %t4996, i1 false)
  %t4997 = xor i33 4294967295, %z33
  %t4998 = xor i33 1, %z33
  %t4999 = call i33 @llvm.umax.i33(i33 %t4997, i33 %t4998)
  %t5000 = zext i33 %t4999 to i128
  call void @put(i128 %t5000, i1 false)
  %t5001 = xor i33 4294967296, %z33
  %t5002 = xor i33 8589934591, %z33
  %t5003 = call i33 @llvm.umax.i33(i33 %t5001, i33 %t5002)
  %t5004 = zext i33 %t5003 to i128
  call void @put(i128 %t5004, i1 false)
  %t5005 = xor i33 8589934587, %z33
  %t5006 = xor i33 196608, %z33
  %t5007 = call i33 @llvm.umax.i33(i33 %t5005, i33 %t5006)
  %t5008 = zext i33 %t5007 to i128
  call void @put(i128 %t5008, i1 false)
  %t5009 = xor i33 0, %z33
  %t5010 = xor i33 0, %z33
  %t5011 = call i33 @llvm.umax.i33(i33 %t5009, i33 %t5010)
  %t5012 = zext i33 %t5011 to i128
  call void @put(i128 %t5012, i1 false)
  %t5013 = xor i33 5115783268, %z33
  %t5014 = xor i33 4046813630, %z33
  %t5015 = call i33 @llvm.umax.i33(i33 %t5013, i33 %t5014)
  %t5016 = zext i33 %t5015 to i128
  call void @put(i128 %t5016, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s173)
  %t5017 = xor i33 1985229328, %z33
  %t5018 = xor i33 8321424571, %z33
  %t5019 = call i33 @llvm.sadd.sat.i33(i33 %t5017, i33 %t5018)
  %t5020 = zext i33 %t5019 to i128
  call void @put(i128 %t5020, i1 false)
  %t5021 = xor i33 4294967295, %z33
  %t5022 = xor i33 1, %z33
  %t5023 = call i33 @llvm.sadd.sat.i33(i33 %t5021, i33 %t5022)
  %t5024 = zext i33 %t5023 to i128
  call void @put(i128 %t5024, i1 false)
  %t5025 = xor i33 4294967296, %z33
  %t5026 = xor i33 8589934591, %z33
  %t5027 = call i33 @llvm.sadd.sat.i33(i33 %t5025, i33 %t5026)
  %t5028 = zext i33 %t5027 to i128
  call void @put(i128 %t5028, i1 false)
  %t5029 = xor i33 8589934587, %z33
  %t5030 = xor i33 196608, %z33
  %t5031 = call i33 @llvm.sadd.sat.i33(i33 %t5029, i33 %t5030)
  %t5032 = zext i33 %t5031 to i128
  call void @put(i128 %t5032, i1 false)
  %t5033 = xor i33 0, %z33
  %t5034 = xor i33 0, %z33
  %t5035 = call i33 @llvm.sadd.sat.i33(i33 %t5033, i33 %t5034)
  %t5036 = zext i33 %t5035 to i128
  call void @put(i128 %t5036, i1 false)
  %t5037 = xor i33 5115783268, %z33
  %t5038 = xor i33 4046813630, %z33
  %t5039 = call i33 @llvm.sadd.sat.i33(i33 %t5037, i33 %t5038)
  %t5040 = zext i33 %t5039 to i128
  call void @put(i128 %t5040, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s174)
  %t5041 = xor i33 1985229328, %z33
  %t5042 = xor i33 8321424571, %z33
  %t5043 = call i33 @llvm.uadd.sat.i33(i33 %t5041, i33 %t5042)
  %t5044 = zext i33 %t5043 to i128
  call void @put(i128 %t5044, i1 false)
  %t5045 = xor i33 4294967295, %z33
  %t5046 = xor i33 1, %z33
  %t5047 = call i33 @llvm.uadd.sat.i33(i33 %t5045, i33 %t5046)
  %t5048 = zext i33 %t5047 to i128
  call void @put(i128 %t5048, i1 false)
  %t5049 = xor i33 4294967296, %z33
  %t5050 = xor i33 8589934591, %z33
  %t5051 = call i33 @llvm.uadd.sat.i33(i33 %t5049, i33 %t5050)
  %t5052 = zext i33 %t5051 to i128
  call void @put(i128 %t5052, i1 false)
  %t5053 = xor i33 8589934587, %z33
  %t5054 = xor i33 196608, %z33
  %t5055 = call i33 @llvm.uadd.sat.i33(i33 %t5053, i33 %t5054)
  %t5056 = zext i33 %t5055 to i128
  call void @put(i128 %t5056, i1 false)
  %t5057 = xor i33 0, %z33
  %t5058 = xor i33 0, %z33
  %t5059 = call i33 @llvm.uadd.sat.i33(i33 %t5057, i33 %t5058)
  %t5060 = zext i33 %t5059 to i128
  call void @put(i128 %t5060, i1 false)
  %t5061 = xor i33 5115783268, %z33
  %t5062 = xor i33 4046813630, %z33
  %t5063 = call i33 @llvm.uadd.sat.i33(i33 %t5061, i33 %t5062)
  %t5064 = zext i33 %t5063 to i128
  call void @put(i128 %t5064, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s175)
  %t5065 = xor i33 1985229328, %z33
  %t5066 = xor i33 8321424571, %z33
  %t5067 = call i33 @llvm.ssub.sat.i33(i33 %t5065, i33 %t5066)
  %t5068 = zext i33 %t5067 to i128
  call void @put(i128 %t5068, i1 false)
  %t5069 = xor i33 4294967295, %z33
  %t5070 = xor i33 1, %z33
  %t5071 = call i33 @llvm.ssub.sat.i33(i33 %t5069, i33 %t5070)
  %t5072 = zext i33 %t5071 to i128
  call void @put(i128 %t5072, i1 false)
  %t5073 = xor i33 4294967296, %z33
  %t5074 = xor i33 8589934591, %z33
  %t5075 = call i33 @llvm.ssub.sat.i33(i33 %t5073, i33 %t5074)
  %t5076 = zext i33 %t5075 to i128
  call void @put(i128 %t5076, i1 false)
  %t5077 = xor i33 8589934587, %z33
  %t5078 = xor i33 196608, %z33
  %t5079 = call i33 @llvm.ssub.sat.i33(i33 %t5077, i33 %t5078)
  %t5080 = zext i33 %t5079 to i128
  call void @put(i128 %t5080, i1 false)
  %t5081 = xor i33 0, %z33
  %t5082 = xor i33 0, %z33
  %t5083 = call i33 @llvm.ssub.sat.i33(i33 %t5081, i33 %t5082)
  %t5084 = zext i33 %t5083 to i128
  call void @put(i128 %t5084, i1 false)
  %t5085 = xor i33 5115783268, %z33
  %t5086 = xor i33 4046813630, %z33
  %t5087 = call i33 @llvm.ssub.sat.i33(i33 %t5085, i33 %t5086)
  %t5088 = zext i33 %t5087 to i128
  call void @put(i128 %t5088, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s176)
  %t5089 = xor i33 1985229328, %z33
  %t5090 = xor i33 8321424571, %z33
  %t5091 = call i33 @llvm.usub.sat.i33(i33 %t5089, i33 %t5090)
  %t5092 = zext i33 %t5091 to i128
  call void @put(i128 %t5092, i1 false)
  %t5093 = xor i33 4294967295, %z33
  %t5094 = xor i33 1, %z33
  %t5095 = call i33 @llvm.usub.sat.i33(i33 %t5093, i33 %t5094)
  %t5096 = zext i33 %t5095 to i128
  call void @put(i128 %t5096, i1 false)
  %t5097 = xor i33 4294967296, %z33
  %t5098 = xor i33 8589934591, %z33
  %t5099 = call i33 @llvm.usub.sat.i33(i33 %t5097, i33 %t5098)
  %t5100 = zext i33 %t5099 to i128
  call void @put(i128 %t5100, i1 false)
  %t5101 = xor i33 8589934587, %z33
  %t5102 = xor i33 196608, %z33
  %t5103 = call i33 @llvm.usub.sat.i33(i33 %t5101, i33 %t5102)
  %t5104 = zext i33 %t5103 to i128
  call void @put(i128 %t5104, i1 false)
  %t5105 = xor i33 0, %z33
  %t5106 = xor i33 0, %z33
  %t5107 = call i33 @llvm.usub.sat.i33(i33 %t5105, i33 %t5106)
  %t5108 = zext i33 %t5107 to i128
  call void @put(i128 %t5108, i1 false)
  %t5109 = xor i33 5115783268, %z33
  %t5110 = xor i33 4046813630, %z33
  %t5111 = call i33 @llvm.usub.sat.i33(i33 %t5109, i33 %t5110)
  %t5112 = zext i33 %t5111 to i128
  call void @put(i128 %t5112, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s177)
  %t5113 = xor i33 1985229328, %z33
  %t5114 = xor i33 8321424571, %z33
  %t5115 = call i8 @llvm.scmp.i8.i33(i33 %t5113, i33 %t5114)
  %t5116 = zext i8 %t5115 to i128
  call void @put(i128 %t5116, i1 false)
  %t5117 = xor i33 4294967295, %z33
  %t5118 = xor i33 1, %z33
  %t5119 = call i8 @llvm.scmp.i8.i33(i33 %t5117, i33 %t5118)
  %t5120 = zext i8 %t5119 to i128
  call void @put(i128 %t5120, i1 false)
  %t5121 = xor i33 4294967296, %z33
  %t5122 = xor i33 8589934591, %z33
  %t5123 = call i8 @llvm.scmp.i8.i33(i33 %t5121, i33 %t5122)
  %t5124 = zext i8 %t5123 to i128
  call void @put(i128 %t5124, i1 false)
  %t5125 = xor i33 8589934587, %z33
  %t5126 = xor i33 196608, %z33
  %t5127 = call i8 @llvm.scmp.i8.i33(i33 %t5125, i33 %t5126)
  %t5128 = zext i8 %t5127 to i128
  call void @put(i128 %t5128, i1 false)
  %t5129 = xor i33 0, %z33
  %t5130 = xor i33 0, %z33
  %t5131 = call i8 @llvm.scmp.i8.i33(i33 %t5129, i33 %t5130)
  %t5132 = zext i8 %t5131 to i128
  call void @put(i128 %t5132, i1 false)
  %t5133 = xor i33 5115783268, %z33
  %t5134 = xor i33 4046813630, %z33
  %t5135 = call i8 @llvm.scmp.i8.i33(i33 %t5133, i33 %t5134)
  %t5136 = zext i8 %t5135 to i128
  call void @put(i128 %t5136, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s178)
  %t5137 = xor i33 1985229328, %z33
  %t5138 = xor i33 8321424571, %z33
  %t5139 = call i8 @llvm.ucmp.i8.i33(i33 %t5137, i33 %t5138)
  %t5140 = zext i8 %t5139 to i128
  call void @put(i128 %t5140, i1 false)
  %t5141 = xor i33 4294967295, %z33
  %t5142 = xor i33 1, %z33
  %t5143 = call i8 @llvm.ucmp.i8.i33(i33 %t5141, i33 %t5142)
  %t5144 = zext i8 %t5143 to i128
  call void @put(i128 %t5144, i1 false)
  %t5145 = xor i33 4294967296, %z33
  %t5146 = xor i33 8589934591, %z33
  %t5147 = call i8 @llvm.ucmp.i8.i33(i33 %t5145, i33 %t5146)
  %t5148 = zext i8 %t5147 to i128
  call void @put(i128 %t5148, i1 false)
  %t5149 = xor i33 8589934587, %z33
  %t5150 = xor i33 196608, %z33
  %t5151 = call i8 @llvm.ucmp.i8.i33(i33 %t5149, i33 %t5150)
  %t5152 = zext i8 %t5151 to i128
  call void @put(i128 %t5152, i1 false)
  %t5153 = xor i33 0, %z33
  %t5154 = xor i33 0, %z33
  %t5155 = call i8 @llvm.ucmp.i8.i33(i33 %t5153, i33 %t5154)
  %t5156 = zext i8 %t5155 to i128
  call void @put(i128 %t5156, i1 false)
  %t5157 = xor i33 5115783268, %z33
  %t5158 = xor i33 4046813630, %z33
  %t5159 = call i8 @llvm.ucmp.i8.i33(i33 %t5157, i33 %t5158)
  %t5160 = zext i8 %t5159 to i128
  call void @put(i128 %t5160, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s179)
  %t5161 = xor i33 1985229328, %z33
  %t5162 = xor i33 8321424571, %z33
  %t5164 = xor i33 1, %z33
  %t5163 = call i33 @llvm.sshl.sat.i33(i33 %t5161, i33 %t5164)
  %t5165 = zext i33 %t5163 to i128
  call void @put(i128 %t5165, i1 false)
  %t5166 = xor i33 4294967295, %z33
  %t5167 = xor i33 1, %z33
  %t5169 = xor i33 32, %z33
  %t5168 = call i33 @llvm.sshl.sat.i33(i33 %t5166, i33 %t5169)
  %t5170 = zext i33 %t5168 to i128
  call void @put(i128 %t5170, i1 false)
  %t5171 = xor i33 4294967296, %z33
  %t5172 = xor i33 8589934591, %z33
  %t5174 = xor i33 16, %z33
  %t5173 = call i33 @llvm.sshl.sat.i33(i33 %t5171, i33 %t5174)
  %t5175 = zext i33 %t5173 to i128
  call void @put(i128 %t5175, i1 false)
  %t5176 = xor i33 8589934587, %z33
  %t5177 = xor i33 196608, %z33
  %t5179 = xor i33 0, %z33
  %t5178 = call i33 @llvm.sshl.sat.i33(i33 %t5176, i33 %t5179)
  %t5180 = zext i33 %t5178 to i128
  call void @put(i128 %t5180, i1 false)
  %t5181 = xor i33 0, %z33
  %t5182 = xor i33 0, %z33
  %t5184 = xor i33 2, %z33
  %t5183 = call i33 @llvm.sshl.sat.i33(i33 %t5181, i33 %t5184)
  %t5185 = zext i33 %t5183 to i128
  call void @put(i128 %t5185, i1 false)
  %t5186 = xor i33 5115783268, %z33
  %t5187 = xor i33 4046813630, %z33
  %t5189 = xor i33 3, %z33
  %t5188 = call i33 @llvm.sshl.sat.i33(i33 %t5186, i33 %t5189)
  %t5190 = zext i33 %t5188 to i128
  call void @put(i128 %t5190, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s180)
  %t5191 = xor i33 1985229328, %z33
  %t5192 = xor i33 8321424571, %z33
  %t5194 = xor i33 1, %z33
  %t5193 = call i33 @llvm.ushl.sat.i33(i33 %t5191, i33 %t5194)
  %t5195 = zext i33 %t5193 to i128
  call void @put(i128 %t5195, i1 false)
  %t5196 = xor i33 4294967295, %z33
  %t5197 = xor i33 1, %z33
  %t5199 = xor i33 32, %z33
  %t5198 = call i33 @llvm.ushl.sat.i33(i33 %t5196, i33 %t5199)
  %t5200 = zext i33 %t5198 to i128
  call void @put(i128 %t5200, i1 false)
  %t5201 = xor i33 4294967296, %z33
  %t5202 = xor i33 8589934591, %z33
  %t5204 = xor i33 16, %z33
  %t5203 = call i33 @llvm.ushl.sat.i33(i33 %t5201, i33 %t5204)
  %t5205 = zext i33 %t5203 to i128
  call void @put(i128 %t5205, i1 false)
  %t5206 = xor i33 8589934587, %z33
  %t5207 = xor i33 196608, %z33
  %t5209 = xor i33 0, %z33
  %t5208 = call i33 @llvm.ushl.sat.i33(i33 %t5206, i33 %t5209)
  %t5210 = zext i33 %t5208 to i128
  call void @put(i128 %t5210, i1 false)
  %t5211 = xor i33 0, %z33
  %t5212 = xor i33 0, %z33
  %t5214 = xor i33 2, %z33
  %t5213 = call i33 @llvm.ushl.sat.i33(i33 %t5211, i33 %t5214)
  %t5215 = zext i33 %t5213 to i128
  call void @put(i128 %t5215, i1 false)
  %t5216 = xor i33 5115783268, %z33
  %t5217 = xor i33 4046813630, %z33
  %t5219 = xor i33 3, %z33
  %t5218 = call i33 @llvm.ushl.sat.i33(i33 %t5216, i33 %t5219)
  %t5220 = zext i33 %t5218 to i128
  call void @put(i128 %t5220, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s181)
  %t5221 = xor i33 1985229328, %z33
  %t5222 = xor i33 8321424571, %z33
  %t5224 = xor i33 1, %z33
  %t5223 = call i33 @llvm.fshl.i33(i33 %t5221, i33 %t5222, i33 %t5224)
  %t5225 = zext i33 %t5223 to i128
  call void @put(i128 %t5225, i1 false)
  %t5226 = xor i33 4294967295, %z33
  %t5227 = xor i33 1, %z33
  %t5229 = xor i33 32, %z33
  %t5228 = call i33 @llvm.fshl.i33(i33 %t5226, i33 %t5227, i33 %t5229)
  %t5230 = zext i33 %t5228 to i128
  call void @put(i128 %t5230, i1 false)
  %t5231 = xor i33 4294967296, %z33
  %t5232 = xor i33 8589934591, %z33
  %t5234 = xor i33 36, %z33
  %t5233 = call i33 @llvm.fshl.i33(i33 %t5231, i33 %t5232, i33 %t5234)
  %t5235 = zext i33 %t5233 to i128
  call void @put(i128 %t5235, i1 false)
  %t5236 = xor i33 8589934587, %z33
  %t5237 = xor i33 196608, %z33
  %t5239 = xor i33 0, %z33
  %t5238 = call i33 @llvm.fshl.i33(i33 %t5236, i33 %t5237, i33 %t5239)
  %t5240 = zext i33 %t5238 to i128
  call void @put(i128 %t5240, i1 false)
  %t5241 = xor i33 0, %z33
  %t5242 = xor i33 0, %z33
  %t5244 = xor i33 16, %z33
  %t5243 = call i33 @llvm.fshl.i33(i33 %t5241, i33 %t5242, i33 %t5244)
  %t5245 = zext i33 %t5243 to i128
  call void @put(i128 %t5245, i1 false)
  %t5246 = xor i33 5115783268, %z33
  %t5247 = xor i33 4046813630, %z33
  %t5249 = xor i33 67, %z33
  %t5248 = call i33 @llvm.fshl.i33(i33 %t5246, i33 %t5247, i33 %t5249)
  %t5250 = zext i33 %t5248 to i128
  call void @put(i128 %t5250, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s182)
  %t5251 = xor i33 1985229328, %z33
  %t5252 = xor i33 8321424571, %z33
  %t5254 = xor i33 1, %z33
  %t5253 = call i33 @llvm.fshr.i33(i33 %t5251, i33 %t5252, i33 %t5254)
  %t5255 = zext i33 %t5253 to i128
  call void @put(i128 %t5255, i1 false)
  %t5256 = xor i33 4294967295, %z33
  %t5257 = xor i33 1, %z33
  %t5259 = xor i33 32, %z33
  %t5258 = call i33 @llvm.fshr.i33(i33 %t5256, i33 %t5257, i33 %t5259)
  %t5260 = zext i33 %t5258 to i128
  call void @put(i128 %t5260, i1 false)
  %t5261 = xor i33 4294967296, %z33
  %t5262 = xor i33 8589934591, %z33
  %t5264 = xor i33 36, %z33
  %t5263 = call i33 @llvm.fshr.i33(i33 %t5261, i33 %t5262, i33 %t5264)
  %t5265 = zext i33 %t5263 to i128
  call void @put(i128 %t5265, i1 false)
  %t5266 = xor i33 8589934587, %z33
  %t5267 = xor i33 196608, %z33
  %t5269 = xor i33 0, %z33
  %t5268 = call i33 @llvm.fshr.i33(i33 %t5266, i33 %t5267, i33 %t5269)
  %t5270 = zext i33 %t5268 to i128
  call void @put(i128 %t5270, i1 false)
  %t5271 = xor i33 0, %z33
  %t5272 = xor i33 0, %z33
  %t5274 = xor i33 16, %z33
  %t5273 = call i33 @llvm.fshr.i33(i33 %t5271, i33 %t5272, i33 %t5274)
  %t5275 = zext i33 %t5273 to i128
  call void @put(i128 %t5275, i1 false)
  %t5276 = xor i33 5115783268, %z33
  %t5277 = xor i33 4046813630, %z33
  %t5279 = xor i33 67, %z33
  %t5278 = call i33 @llvm.fshr.i33(i33 %t5276, i33 %t5277, i33 %t5279)
  %t5280 = zext i33 %t5278 to i128
  call void @put(i128 %t5280, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s183)
  %t5281 = xor i33 1985229328, %z33
  %t5282 = xor i33 8321424571, %z33
  %t5284 = xor i33 1, %z33
  %t5283 = call i33 @llvm.fshl.i33(i33 %t5281, i33 %t5281, i33 %t5284)
  %t5285 = zext i33 %t5283 to i128
  call void @put(i128 %t5285, i1 false)
  %t5286 = xor i33 4294967295, %z33
  %t5287 = xor i33 1, %z33
  %t5289 = xor i33 32, %z33
  %t5288 = call i33 @llvm.fshl.i33(i33 %t5286, i33 %t5286, i33 %t5289)
  %t5290 = zext i33 %t5288 to i128
  call void @put(i128 %t5290, i1 false)
  %t5291 = xor i33 4294967296, %z33
  %t5292 = xor i33 8589934591, %z33
  %t5294 = xor i33 36, %z33
  %t5293 = call i33 @llvm.fshl.i33(i33 %t5291, i33 %t5291, i33 %t5294)
  %t5295 = zext i33 %t5293 to i128
  call void @put(i128 %t5295, i1 false)
  %t5296 = xor i33 8589934587, %z33
  %t5297 = xor i33 196608, %z33
  %t5299 = xor i33 0, %z33
  %t5298 = call i33 @llvm.fshl.i33(i33 %t5296, i33 %t5296, i33 %t5299)
  %t5300 = zext i33 %t5298 to i128
  call void @put(i128 %t5300, i1 false)
  %t5301 = xor i33 0, %z33
  %t5302 = xor i33 0, %z33
  %t5304 = xor i33 16, %z33
  %t5303 = call i33 @llvm.fshl.i33(i33 %t5301, i33 %t5301, i33 %t5304)
  %t5305 = zext i33 %t5303 to i128
  call void @put(i128 %t5305, i1 false)
  %t5306 = xor i33 5115783268, %z33
  %t5307 = xor i33 4046813630, %z33
  %t5309 = xor i33 67, %z33
  %t5308 = call i33 @llvm.fshl.i33(i33 %t5306, i33 %t5306, i33 %t5309)
  %t5310 = zext i33 %t5308 to i128
  call void @put(i128 %t5310, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s184)
  %t5311 = xor i33 1985229328, %z33
  %t5312 = xor i33 8321424571, %z33
  %t5314 = xor i33 1, %z33
  %t5313 = call i33 @llvm.fshr.i33(i33 %t5311, i33 %t5311, i33 %t5314)
  %t5315 = zext i33 %t5313 to i128
  call void @put(i128 %t5315, i1 false)
  %t5316 = xor i33 4294967295, %z33
  %t5317 = xor i33 1, %z33
  %t5319 = xor i33 32, %z33
  %t5318 = call i33 @llvm.fshr.i33(i33 %t5316, i33 %t5316, i33 %t5319)
  %t5320 = zext i33 %t5318 to i128
  call void @put(i128 %t5320, i1 false)
  %t5321 = xor i33 4294967296, %z33
  %t5322 = xor i33 8589934591, %z33
  %t5324 = xor i33 36, %z33
  %t5323 = call i33 @llvm.fshr.i33(i33 %t5321, i33 %t5321, i33 %t5324)
  %t5325 = zext i33 %t5323 to i128
  call void @put(i128 %t5325, i1 false)
  %t5326 = xor i33 8589934587, %z33
  %t5327 = xor i33 196608, %z33
  %t5329 = xor i33 0, %z33
  %t5328 = call i33 @llvm.fshr.i33(i33 %t5326, i33 %t5326, i33 %t5329)
  %t5330 = zext i33 %t5328 to i128
  call void @put(i128 %t5330, i1 false)
  %t5331 = xor i33 0, %z33
  %t5332 = xor i33 0, %z33
  %t5334 = xor i33 16, %z33
  %t5333 = call i33 @llvm.fshr.i33(i33 %t5331, i33 %t5331, i33 %t5334)
  %t5335 = zext i33 %t5333 to i128
  call void @put(i128 %t5335, i1 false)
  %t5336 = xor i33 5115783268, %z33
  %t5337 = xor i33 4046813630, %z33
  %t5339 = xor i33 67, %z33
  %t5338 = call i33 @llvm.fshr.i33(i33 %t5336, i33 %t5336, i33 %t5339)
  %t5340 = zext i33 %t5338 to i128
  call void @put(i128 %t5340, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s185)
  %t5341 = xor i33 1985229328, %z33
  %t5342 = xor i33 8321424571, %z33
  %t5343 = call {i33, i1} @llvm.sadd.with.overflow.i33(i33 %t5341, i33 %t5342)
  %t5344 = extractvalue {i33, i1} %t5343, 0
  %t5345 = extractvalue {i33, i1} %t5343, 1
  %t5346 = zext i33 %t5344 to i128
  call void @put(i128 %t5346, i1 false)
  %t5347 = zext i1 %t5345 to i128
  call void @put(i128 %t5347, i1 false)
  %t5348 = xor i33 4294967295, %z33
  %t5349 = xor i33 1, %z33
  %t5350 = call {i33, i1} @llvm.sadd.with.overflow.i33(i33 %t5348, i33 %t5349)
  %t5351 = extractvalue {i33, i1} %t5350, 0
  %t5352 = extractvalue {i33, i1} %t5350, 1
  %t5353 = zext i33 %t5351 to i128
  call void @put(i128 %t5353, i1 false)
  %t5354 = zext i1 %t5352 to i128
  call void @put(i128 %t5354, i1 false)
  %t5355 = xor i33 4294967296, %z33
  %t5356 = xor i33 8589934591, %z33
  %t5357 = call {i33, i1} @llvm.sadd.with.overflow.i33(i33 %t5355, i33 %t5356)
  %t5358 = extractvalue {i33, i1} %t5357, 0
  %t5359 = extractvalue {i33, i1} %t5357, 1
  %t5360 = zext i33 %t5358 to i128
  call void @put(i128 %t5360, i1 false)
  %t5361 = zext i1 %t5359 to i128
  call void @put(i128 %t5361, i1 false)
  %t5362 = xor i33 8589934587, %z33
  %t5363 = xor i33 196608, %z33
  %t5364 = call {i33, i1} @llvm.sadd.with.overflow.i33(i33 %t5362, i33 %t5363)
  %t5365 = extractvalue {i33, i1} %t5364, 0
  %t5366 = extractvalue {i33, i1} %t5364, 1
  %t5367 = zext i33 %t5365 to i128
  call void @put(i128 %t5367, i1 false)
  %t5368 = zext i1 %t5366 to i128
  call void @put(i128 %t5368, i1 false)
  %t5369 = xor i33 0, %z33
  %t5370 = xor i33 0, %z33
  %t5371 = call {i33, i1} @llvm.sadd.with.overflow.i33(i33 %t5369, i33 %t5370)
  %t5372 = extractvalue {i33, i1} %t5371, 0
  %t5373 = extractvalue {i33, i1} %t5371, 1
  %t5374 = zext i33 %t5372 to i128
  call void @put(i128 %t5374, i1 false)
  %t5375 = zext i1 %t5373 to i128
  call void @put(i128 %t5375, i1 false)
  %t5376 = xor i33 5115783268, %z33
  %t5377 = xor i33 4046813630, %z33
  %t5378 = call {i33, i1} @llvm.sadd.with.overflow.i33(i33 %t5376, i33 %t5377)
  %t5379 = extractvalue {i33, i1} %t5378, 0
  %t5380 = extractvalue {i33, i1} %t5378, 1
  %t5381 = zext i33 %t5379 to i128
  call void @put(i128 %t5381, i1 false)
  %t5382 = zext i1 %t5380 to i128
  call void @put(i128 %t5382, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s186)
  %t5383 = xor i33 1985229328, %z33
  %t5384 = xor i33 8321424571, %z33
  %t5385 = call {i33, i1} @llvm.uadd.with.overflow.i33(i33 %t5383, i33 %t5384)
  %t5386 = extractvalue {i33, i1} %t5385, 0
  %t5387 = extractvalue {i33, i1} %t5385, 1
  %t5388 = zext i33 %t5386 to i128
  call void @put(i128 %t5388, i1 false)
  %t5389 = zext i1 %t5387 to i128
  call void @put(i128 %t5389, i1 false)
  %t5390 = xor i33 4294967295, %z33
  %t5391 = xor i33 1, %z33
  %t5392 = call {i33, i1} @llvm.uadd.with.overflow.i33(i33 %t5390, i33 %t5391)
  %t5393 = extractvalue {i33, i1} %t5392, 0
  %t5394 = extractvalue {i33, i1} %t5392, 1
  %t5395 = zext i33 %t5393 to i128
  call void @put(i128 %t5395, i1 false)
  %t5396 = zext i1 %t5394 to i128
  call void @put(i128 %t5396, i1 false)
  %t5397 = xor i33 4294967296, %z33
  %t5398 = xor i33 8589934591, %z33
  %t5399 = call {i33, i1} @llvm.uadd.with.overflow.i33(i33 %t5397, i33 %t5398)
  %t5400 = extractvalue {i33, i1} %t5399, 0
  %t5401 = extractvalue {i33, i1} %t5399, 1
  %t5402 = zext i33 %t5400 to i128
  call void @put(i128 %t5402, i1 false)
  %t5403 = zext i1 %t5401 to i128
  call void @put(i128 %t5403, i1 false)
  %t5404 = xor i33 8589934587, %z33
  %t5405 = xor i33 196608, %z33
  %t5406 = call {i33, i1} @llvm.uadd.with.overflow.i33(i33 %t5404, i33 %t5405)
  %t5407 = extractvalue {i33, i1} %t5406, 0
  %t5408 = extractvalue {i33, i1} %t5406, 1
  %t5409 = zext i33 %t5407 to i128
  call void @put(i128 %t5409, i1 false)
  %t5410 = zext i1 %t5408 to i128
  call void @put(i128 %t5410, i1 false)
  %t5411 = xor i33 0, %z33
  %t5412 = xor i33 0, %z33
  %t5413 = call {i33, i1} @llvm.uadd.with.overflow.i33(i33 %t5411, i33 %t5412)
  %t5414 = extractvalue {i33, i1} %t5413, 0
  %t5415 = extractvalue {i33, i1} %t5413, 1
  %t5416 = zext i33 %t5414 to i128
  call void @put(i128 %t5416, i1 false)
  %t5417 = zext i1 %t5415 to i128
  call void @put(i128 %t5417, i1 false)
  %t5418 = xor i33 5115783268, %z33
  %t5419 = xor i33 4046813630, %z33
  %t5420 = call {i33, i1} @llvm.uadd.with.overflow.i33(i33 %t5418, i33 %t5419)
  %t5421 = extractvalue {i33, i1} %t5420, 0
  %t5422 = extractvalue {i33, i1} %t5420, 1
  %t5423 = zext i33 %t5421 to i128
  call void @put(i128 %t5423, i1 false)
  %t5424 = zext i1 %t5422 to i128
  call void @put(i128 %t5424, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s187)
  %t5425 = xor i33 1985229328, %z33
  %t5426 = xor i33 8321424571, %z33
  %t5427 = call {i33, i1} @llvm.ssub.with.overflow.i33(i33 %t5425, i33 %t5426)
  %t5428 = extractvalue {i33, i1} %t5427, 0
  %t5429 = extractvalue {i33, i1} %t5427, 1
  %t5430 = zext i33 %t5428 to i128
  call void @put(i128 %t5430, i1 false)
  %t5431 = zext i1 %t5429 to i128
  call void @put(i128 %t5431, i1 false)
  %t5432 = xor i33 4294967295, %z33
  %t5433 = xor i33 1, %z33
  %t5434 = call {i33, i1} @llvm.ssub.with.overflow.i33(i33 %t5432, i33 %t5433)
  %t5435 = extractvalue {i33, i1} %t5434, 0
  %t5436 = extractvalue {i33, i1} %t5434, 1
  %t5437 = zext i33 %t5435 to i128
  call void @put(i128 %t5437, i1 false)
  %t5438 = zext i1 %t5436 to i128
  call void @put(i128 %t5438, i1 false)
  %t5439 = xor i33 4294967296, %z33
  %t5440 = xor i33 8589934591, %z33
  %t5441 = call {i33, i1} @llvm.ssub.with.overflow.i33(i33 %t5439, i33 %t5440)
  %t5442 = extractvalue {i33, i1} %t5441, 0
  %t5443 = extractvalue {i33, i1} %t5441, 1
  %t5444 = zext i33 %t5442 to i128
  call void @put(i128 %t5444, i1 false)
  %t5445 = zext i1 %t5443 to i128
  call void @put(i128 %t5445, i1 false)
  %t5446 = xor i33 8589934587, %z33
  %t5447 = xor i33 196608, %z33
  %t5448 = call {i33, i1} @llvm.ssub.with.overflow.i33(i33 %t5446, i33 %t5447)
  %t5449 = extractvalue {i33, i1} %t5448, 0
  %t5450 = extractvalue {i33, i1} %t5448, 1
  %t5451 = zext i33 %t5449 to i128
  call void @put(i128 %t5451, i1 false)
  %t5452 = zext i1 %t5450 to i128
  call void @put(i128 %t5452, i1 false)
  %t5453 = xor i33 0, %z33
  %t5454 = xor i33 0, %z33
  %t5455 = call {i33, i1} @llvm.ssub.with.overflow.i33(i33 %t5453, i33 %t5454)
  %t5456 = extractvalue {i33, i1} %t5455, 0
  %t5457 = extractvalue {i33, i1} %t5455, 1
  %t5458 = zext i33 %t5456 to i128
  call void @put(i128 %t5458, i1 false)
  %t5459 = zext i1 %t5457 to i128
  call void @put(i128 %t5459, i1 false)
  %t5460 = xor i33 5115783268, %z33
  %t5461 = xor i33 4046813630, %z33
  %t5462 = call {i33, i1} @llvm.ssub.with.overflow.i33(i33 %t5460, i33 %t5461)
  %t5463 = extractvalue {i33, i1} %t5462, 0
  %t5464 = extractvalue {i33, i1} %t5462, 1
  %t5465 = zext i33 %t5463 to i128
  call void @put(i128 %t5465, i1 false)
  %t5466 = zext i1 %t5464 to i128
  call void @put(i128 %t5466, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s188)
  %t5467 = xor i33 1985229328, %z33
  %t5468 = xor i33 8321424571, %z33
  %t5469 = call {i33, i1} @llvm.usub.with.overflow.i33(i33 %t5467, i33 %t5468)
  %t5470 = extractvalue {i33, i1} %t5469, 0
  %t5471 = extractvalue {i33, i1} %t5469, 1
  %t5472 = zext i33 %t5470 to i128
  call void @put(i128 %t5472, i1 false)
  %t5473 = zext i1 %t5471 to i128
  call void @put(i128 %t5473, i1 false)
  %t5474 = xor i33 4294967295, %z33
  %t5475 = xor i33 1, %z33
  %t5476 = call {i33, i1} @llvm.usub.with.overflow.i33(i33 %t5474, i33 %t5475)
  %t5477 = extractvalue {i33, i1} %t5476, 0
  %t5478 = extractvalue {i33, i1} %t5476, 1
  %t5479 = zext i33 %t5477 to i128
  call void @put(i128 %t5479, i1 false)
  %t5480 = zext i1 %t5478 to i128
  call void @put(i128 %t5480, i1 false)
  %t5481 = xor i33 4294967296, %z33
  %t5482 = xor i33 8589934591, %z33
  %t5483 = call {i33, i1} @llvm.usub.with.overflow.i33(i33 %t5481, i33 %t5482)
  %t5484 = extractvalue {i33, i1} %t5483, 0
  %t5485 = extractvalue {i33, i1} %t5483, 1
  %t5486 = zext i33 %t5484 to i128
  call void @put(i128 %t5486, i1 false)
  %t5487 = zext i1 %t5485 to i128
  call void @put(i128 %t5487, i1 false)
  %t5488 = xor i33 8589934587, %z33
  %t5489 = xor i33 196608, %z33
  %t5490 = call {i33, i1} @llvm.usub.with.overflow.i33(i33 %t5488, i33 %t5489)
  %t5491 = extractvalue {i33, i1} %t5490, 0
  %t5492 = extractvalue {i33, i1} %t5490, 1
  %t5493 = zext i33 %t5491 to i128
  call void @put(i128 %t5493, i1 false)
  %t5494 = zext i1 %t5492 to i128
  call void @put(i128 %t5494, i1 false)
  %t5495 = xor i33 0, %z33
  %t5496 = xor i33 0, %z33
  %t5497 = call {i33, i1} @llvm.usub.with.overflow.i33(i33 %t5495, i33 %t5496)
  %t5498 = extractvalue {i33, i1} %t5497, 0
  %t5499 = extractvalue {i33, i1} %t5497, 1
  %t5500 = zext i33 %t5498 to i128
  call void @put(i128 %t5500, i1 false)
  %t5501 = zext i1 %t5499 to i128
  call void @put(i128 %t5501, i1 false)
  %t5502 = xor i33 5115783268, %z33
  %t5503 = xor i33 4046813630, %z33
  %t5504 = call {i33, i1} @llvm.usub.with.overflow.i33(i33 %t5502, i33 %t5503)
  %t5505 = extractvalue {i33, i1} %t5504, 0
  %t5506 = extractvalue {i33, i1} %t5504, 1
  %t5507 = zext i33 %t5505 to i128
  call void @put(i128 %t5507, i1 false)
  %t5508 = zext i1 %t5506 to i128
  call void @put(i128 %t5508, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s189)
  %t5509 = xor i33 1985229328, %z33
  %t5510 = xor i33 8321424571, %z33
  %t5511 = call {i33, i1} @llvm.smul.with.overflow.i33(i33 %t5509, i33 %t5510)
  %t5512 = extractvalue {i33, i1} %t5511, 0
  %t5513 = extractvalue {i33, i1} %t5511, 1
  %t5514 = zext i33 %t5512 to i128
  call void @put(i128 %t5514, i1 false)
  %t5515 = zext i1 %t5513 to i128
  call void @put(i128 %t5515, i1 false)
  %t5516 = xor i33 4294967295, %z33
  %t5517 = xor i33 1, %z33
  %t5518 = call {i33, i1} @llvm.smul.with.overflow.i33(i33 %t5516, i33 %t5517)
  %t5519 = extractvalue {i33, i1} %t5518, 0
  %t5520 = extractvalue {i33, i1} %t5518, 1
  %t5521 = zext i33 %t5519 to i128
  call void @put(i128 %t5521, i1 false)
  %t5522 = zext i1 %t5520 to i128
  call void @put(i128 %t5522, i1 false)
  %t5523 = xor i33 4294967296, %z33
  %t5524 = xor i33 8589934591, %z33
  %t5525 = call {i33, i1} @llvm.smul.with.overflow.i33(i33 %t5523, i33 %t5524)
  %t5526 = extractvalue {i33, i1} %t5525, 0
  %t5527 = extractvalue {i33, i1} %t5525, 1
  %t5528 = zext i33 %t5526 to i128
  call void @put(i128 %t5528, i1 false)
  %t5529 = zext i1 %t5527 to i128
  call void @put(i128 %t5529, i1 false)
  %t5530 = xor i33 8589934587, %z33
  %t5531 = xor i33 196608, %z33
  %t5532 = call {i33, i1} @llvm.smul.with.overflow.i33(i33 %t5530, i33 %t5531)
  %t5533 = extractvalue {i33, i1} %t5532, 0
  %t5534 = extractvalue {i33, i1} %t5532, 1
  %t5535 = zext i33 %t5533 to i128
  call void @put(i128 %t5535, i1 false)
  %t5536 = zext i1 %t5534 to i128
  call void @put(i128 %t5536, i1 false)
  %t5537 = xor i33 0, %z33
  %t5538 = xor i33 0, %z33
  %t5539 = call {i33, i1} @llvm.smul.with.overflow.i33(i33 %t5537, i33 %t5538)
  %t5540 = extractvalue {i33, i1} %t5539, 0
  %t5541 = extractvalue {i33, i1} %t5539, 1
  %t5542 = zext i33 %t5540 to i128
  call void @put(i128 %t5542, i1 false)
  %t5543 = zext i1 %t5541 to i128
  call void @put(i128 %t5543, i1 false)
  %t5544 = xor i33 5115783268, %z33
  %t5545 = xor i33 4046813630, %z33
  %t5546 = call {i33, i1} @llvm.smul.with.overflow.i33(i33 %t5544, i33 %t5545)
  %t5547 = extractvalue {i33, i1} %t5546, 0
  %t5548 = extractvalue {i33, i1} %t5546, 1
  %t5549 = zext i33 %t5547 to i128
  call void @put(i128 %t5549, i1 false)
  %t5550 = zext i1 %t5548 to i128
  call void @put(i128 %t5550, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s190)
  %t5551 = xor i33 1985229328, %z33
  %t5552 = xor i33 8321424571, %z33
  %t5553 = call {i33, i1} @llvm.umul.with.overflow.i33(i33 %t5551, i33 %t5552)
  %t5554 = extractvalue {i33, i1} %t5553, 0
  %t5555 = extractvalue {i33, i1} %t5553, 1
  %t5556 = zext i33 %t5554 to i128
  call void @put(i128 %t5556, i1 false)
  %t5557 = zext i1 %t5555 to i128
  call void @put(i128 %t5557, i1 false)
  %t5558 = xor i33 4294967295, %z33
  %t5559 = xor i33 1, %z33
  %t5560 = call {i33, i1} @llvm.umul.with.overflow.i33(i33 %t5558, i33 %t5559)
  %t5561 = extractvalue {i33, i1} %t5560, 0
  %t5562 = extractvalue {i33, i1} %t5560, 1
  %t5563 = zext i33 %t5561 to i128
  call void @put(i128 %t5563, i1 false)
  %t5564 = zext i1 %t5562 to i128
  call void @put(i128 %t5564, i1 false)
  %t5565 = xor i33 4294967296, %z33
  %t5566 = xor i33 8589934591, %z33
  %t5567 = call {i33, i1} @llvm.umul.with.overflow.i33(i33 %t5565, i33 %t5566)
  %t5568 = extractvalue {i33, i1} %t5567, 0
  %t5569 = extractvalue {i33, i1} %t5567, 1
  %t5570 = zext i33 %t5568 to i128
  call void @put(i128 %t5570, i1 false)
  %t5571 = zext i1 %t5569 to i128
  call void @put(i128 %t5571, i1 false)
  %t5572 = xor i33 8589934587, %z33
  %t5573 = xor i33 196608, %z33
  %t5574 = call {i33, i1} @llvm.umul.with.overflow.i33(i33 %t5572, i33 %t5573)
  %t5575 = extractvalue {i33, i1} %t5574, 0
  %t5576 = extractvalue {i33, i1} %t5574, 1
  %t5577 = zext i33 %t5575 to i128
  call void @put(i128 %t5577, i1 false)
  %t5578 = zext i1 %t5576 to i128
  call void @put(i128 %t5578, i1 false)
  %t5579 = xor i33 0, %z33
  %t5580 = xor i33 0, %z33
  %t5581 = call {i33, i1} @llvm.umul.with.overflow.i33(i33 %t5579, i33 %t5580)
  %t5582 = extractvalue {i33, i1} %t5581, 0
  %t5583 = extractvalue {i33, i1} %t5581, 1
  %t5584 = zext i33 %t5582 to i128
  call void @put(i128 %t5584, i1 false)
  %t5585 = zext i1 %t5583 to i128
  call void @put(i128 %t5585, i1 false)
  %t5586 = xor i33 5115783268, %z33
  %t5587 = xor i33 4046813630, %z33
  %t5588 = call {i33, i1} @llvm.umul.with.overflow.i33(i33 %t5586, i33 %t5587)
  %t5589 = extractvalue {i33, i1} %t5588, 0
  %t5590 = extractvalue {i33, i1} %t5588, 1
  %t5591 = zext i33 %t5589 to i128
  call void @put(i128 %t5591, i1 false)
  %t5592 = zext i1 %t5590 to i128
  call void @put(i128 %t5592, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s191)
  %t5593 = xor i48 205163983024656, %z48
  %t5594 = xor i48 188900983102651, %z48
  %t5595 = call i48 @llvm.ctpop.i48(i48 %t5593)
  %t5596 = zext i48 %t5595 to i128
  call void @put(i128 %t5596, i1 false)
  %t5597 = xor i48 140737488355327, %z48
  %t5598 = xor i48 1, %z48
  %t5599 = call i48 @llvm.ctpop.i48(i48 %t5597)
  %t5600 = zext i48 %t5599 to i128
  call void @put(i128 %t5600, i1 false)
  %t5601 = xor i48 140737488355328, %z48
  %t5602 = xor i48 281474976710655, %z48
  %t5603 = call i48 @llvm.ctpop.i48(i48 %t5601)
  %t5604 = zext i48 %t5603 to i128
  call void @put(i128 %t5604, i1 false)
  %t5605 = xor i48 281474976710651, %z48
  %t5606 = xor i48 50331648, %z48
  %t5607 = call i48 @llvm.ctpop.i48(i48 %t5605)
  %t5608 = zext i48 %t5607 to i128
  call void @put(i128 %t5608, i1 false)
  %t5609 = xor i48 0, %z48
  %t5610 = xor i48 0, %z48
  %t5611 = call i48 @llvm.ctpop.i48(i48 %t5609)
  %t5612 = zext i48 %t5611 to i128
  call void @put(i128 %t5612, i1 false)
  %t5613 = xor i48 203912983128164, %z48
  %t5614 = xor i48 115091990477246, %z48
  %t5615 = call i48 @llvm.ctpop.i48(i48 %t5613)
  %t5616 = zext i48 %t5615 to i128
  call void @put(i128 %t5616, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s192)
  %t5617 = xor i48 205163983024656, %z48
  %t5618 = xor i48 188900983102651, %z48
  %t5619 = call i48 @llvm.ctlz.i48(i48 %t5617, i1 false)
  %t5620 = zext i48 %t5619 to i128
  call void @put(i128 %t5620, i1 false)
  %t5621 = xor i48 140737488355327, %z48
  %t5622 = xor i48 1, %z48
  %t5623 = call i48 @llvm.ctlz.i48(i48 %t5621, i1 false)
  %t5624 = zext i48 %t5623 to i128
  call void @put(i128 %t5624, i1 false)
  %t5625 = xor i48 140737488355328, %z48
  %t5626 = xor i48 281474976710655, %z48
  %t5627 = call i48 @llvm.ctlz.i48(i48 %t5625, i1 false)
  %t5628 = zext i48 %t5627 to i128
  call void @put(i128 %t5628, i1 false)
  %t5629 = xor i48 281474976710651, %z48
  %t5630 = xor i48 50331648, %z48
  %t5631 = call i48 @llvm.ctlz.i48(i48 %t5629, i1 false)
  %t5632 = zext i48 %t5631 to i128
  call void @put(i128 %t5632, i1 false)
  %t5633 = xor i48 0, %z48
  %t5634 = xor i48 0, %z48
  %t5635 = call i48 @llvm.ctlz.i48(i48 %t5633, i1 false)
  %t5636 = zext i48 %t5635 to i128
  call void @put(i128 %t5636, i1 false)
  %t5637 = xor i48 203912983128164, %z48
  %t5638 = xor i48 115091990477246, %z48
  %t5639 = call i48 @llvm.ctlz.i48(i48 %t5637, i1 false)
  %t5640 = zext i48 %t5639 to i128
  call void @put(i128 %t5640, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s193)
  %t5641 = xor i48 205163983024656, %z48
  %t5642 = xor i48 188900983102651, %z48
  %t5643 = call i48 @llvm.cttz.i48(i48 %t5641, i1 false)
  %t5644 = zext i48 %t5643 to i128
  call void @put(i128 %t5644, i1 false)
  %t5645 = xor i48 140737488355327, %z48
  %t5646 = xor i48 1, %z48
  %t5647 = call i48 @llvm.cttz.i48(i48 %t5645, i1 false)
  %t5648 = zext i48 %t5647 to i128
  call void @put(i128 %t5648, i1 false)
  %t5649 = xor i48 140737488355328, %z48
  %t5650 = xor i48 281474976710655, %z48
  %t5651 = call i48 @llvm.cttz.i48(i48 %t5649, i1 false)
  %t5652 = zext i48 %t5651 to i128
  call void @put(i128 %t5652, i1 false)
  %t5653 = xor i48 281474976710651, %z48
  %t5654 = xor i48 50331648, %z48
  %t5655 = call i48 @llvm.cttz.i48(i48 %t5653, i1 false)
  %t5656 = zext i48 %t5655 to i128
  call void @put(i128 %t5656, i1 false)
  %t5657 = xor i48 0, %z48
  %t5658 = xor i48 0, %z48
  %t5659 = call i48 @llvm.cttz.i48(i48 %t5657, i1 false)
  %t5660 = zext i48 %t5659 to i128
  call void @put(i128 %t5660, i1 false)
  %t5661 = xor i48 203912983128164, %z48
  %t5662 = xor i48 115091990477246, %z48
  %t5663 = call i48 @llvm.cttz.i48(i48 %t5661, i1 false)
  %t5664 = zext i48 %t5663 to i128
  call void @put(i128 %t5664, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s194)
  %t5665 = xor i48 205163983024656, %z48
  %t5666 = xor i48 188900983102651, %z48
  %t5667 = call i48 @llvm.bswap.i48(i48 %t5665)
  %t5668 = zext i48 %t5667 to i128
  call void @put(i128 %t5668, i1 false)
  %t5669 = xor i48 140737488355327, %z48
  %t5670 = xor i48 1, %z48
  %t5671 = call i48 @llvm.bswap.i48(i48 %t5669)
  %t5672 = zext i48 %t5671 to i128
  call void @put(i128 %t5672, i1 false)
  %t5673 = xor i48 140737488355328, %z48
  %t5674 = xor i48 281474976710655, %z48
  %t5675 = call i48 @llvm.bswap.i48(i48 %t5673)
  %t5676 = zext i48 %t5675 to i128
  call void @put(i128 %t5676, i1 false)
  %t5677 = xor i48 281474976710651, %z48
  %t5678 = xor i48 50331648, %z48
  %t5679 = call i48 @llvm.bswap.i48(i48 %t5677)
  %t5680 = zext i48 %t5679 to i128
  call void @put(i128 %t5680, i1 false)
  %t5681 = xor i48 0, %z48
  %t5682 = xor i48 0, %z48
  %t5683 = call i48 @llvm.bswap.i48(i48 %t5681)
  %t5684 = zext i48 %t5683 to i128
  call void @put(i128 %t5684, i1 false)
  %t5685 = xor i48 203912983128164, %z48
  %t5686 = xor i48 115091990477246, %z48
  %t5687 = call i48 @llvm.bswap.i48(i48 %t5685)
  %t5688 = zext i48 %t5687 to i128
  call void @put(i128 %t5688, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s195)
  %t5689 = xor i48 205163983024656, %z48
  %t5690 = xor i48 188900983102651, %z48
  %t5691 = call i48 @llvm.bitreverse.i48(i48 %t5689)
  %t5692 = zext i48 %t5691 to i128
  call void @put(i128 %t5692, i1 false)
  %t5693 = xor i48 140737488355327, %z48
  %t5694 = xor i48 1, %z48
  %t5695 = call i48 @llvm.bitreverse.i48(i48 %t5693)
  %t5696 = zext i48 %t5695 to i128
  call void @put(i128 %t5696, i1 false)
  %t5697 = xor i48 140737488355328, %z48
  %t5698 = xor i48 281474976710655, %z48
  %t5699 = call i48 @llvm.bitreverse.i48(i48 %t5697)
  %t5700 = zext i48 %t5699 to i128
  call void @put(i128 %t5700, i1 false)
  %t5701 = xor i48 281474976710651, %z48
  %t5702 = xor i48 50331648, %z48
  %t5703 = call i48 @llvm.bitreverse.i48(i48 %t5701)
  %t5704 = zext i48 %t5703 to i128
  call void @put(i128 %t5704, i1 false)
  %t5705 = xor i48 0, %z48
  %t5706 = xor i48 0, %z48
  %t5707 = call i48 @llvm.bitreverse.i48(i48 %t5705)
  %t5708 = zext i48 %t5707 to i128
  call void @put(i128 %t5708, i1 false)
  %t5709 = xor i48 203912983128164, %z48
  %t5710 = xor i48 115091990477246, %z48
  %t5711 = call i48 @llvm.bitreverse.i48(i48 %t5709)
  %t5712 = zext i48 %t5711 to i128
  call void @put(i128 %t5712, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s196)
  %t5713 = xor i48 205163983024656, %z48
  %t5714 = xor i48 188900983102651, %z48
  %t5715 = call i48 @llvm.abs.i48(i48 %t5713, i1 false)
  %t5716 = zext i48 %t5715 to i128
  call void @put(i128 %t5716, i1 false)
  %t5717 = xor i48 140737488355327, %z48
  %t5718 = xor i48 1, %z48
  %t5719 = call i48 @llvm.abs.i48(i48 %t5717, i1 false)
  %t5720 = zext i48 %t5719 to i128
  call void @put(i128 %t5720, i1 false)
  %t5721 = xor i48 140737488355328, %z48
  %t5722 = xor i48 281474976710655, %z48
  %t5723 = call i48 @llvm.abs.i48(i48 %t5721, i1 false)
  %t5724 = zext i48 %t5723 to i128
  call void @put(i128 %t5724, i1 false)
  %t5725 = xor i48 281474976710651, %z48
  %t5726 = xor i48 50331648, %z48
  %t5727 = call i48 @llvm.abs.i48(i48 %t5725, i1 false)
  %t5728 = zext i48 %t5727 to i128
  call void @put(i128 %t5728, i1 false)
  %t5729 = xor i48 0, %z48
  %t5730 = xor i48 0, %z48
  %t5731 = call i48 @llvm.abs.i48(i48 %t5729, i1 false)
  %t5732 = zext i48 %t5731 to i128
  call void @put(i128 %t5732, i1 false)
  %t5733 = xor i48 203912983128164, %z48
  %t5734 = xor i48 115091990477246, %z48
  %t5735 = call i48 @llvm.abs.i48(i48 %t5733, i1 false)
  %t5736 = zext i48 %t5735 to i128
  call void @put(i128 %t5736, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s197)
  %t5737 = xor i48 205163983024656, %z48
  %t5738 = xor i48 188900983102651, %z48
  %t5739 = call i48 @llvm.smin.i48(i48 %t5737, i48 %t5738)
  %t5740 = zext i48 %t5739 to i128
  call void @put(i128 %t5740, i1 false)
  %t5741 = xor i48 140737488355327, %z48
  %t5742 = xor i48 1, %z48
  %t5743 = call i48 @llvm.smin.i48(i48 %t5741, i48 %t5742)
  %t5744 = zext i48 %t5743 to i128
  call void @put(i128 %t5744, i1 false)
  %t5745 = xor i48 140737488355328, %z48
  %t5746 = xor i48 281474976710655, %z48
  %t5747 = call i48 @llvm.smin.i48(i48 %t5745, i48 %t5746)
  %t5748 = zext i48 %t5747 to i128
  call void @put(i128 %t5748, i1 false)
  %t5749 = xor i48 281474976710651, %z48
  %t5750 = xor i48 50331648, %z48
  %t5751 = call i48 @llvm.smin.i48(i48 %t5749, i48 %t5750)
  %t5752 = zext i48 %t5751 to i128
  call void @put(i128 %t5752, i1 false)
  %t5753 = xor i48 0, %z48
  %t5754 = xor i48 0, %z48
  %t5755 = call i48 @llvm.smin.i48(i48 %t5753, i48 %t5754)
  %t5756 = zext i48 %t5755 to i128
  call void @put(i128 %t5756, i1 false)
  %t5757 = xor i48 203912983128164, %z48
  %t5758 = xor i48 115091990477246, %z48
  %t5759 = call i48 @llvm.smin.i48(i48 %t5757, i48 %t5758)
  %t5760 = zext i48 %t5759 to i128
  call void @put(i128 %t5760, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s198)
  %t5761 = xor i48 205163983024656, %z48
  %t5762 = xor i48 188900983102651, %z48
  %t5763 = call i48 @llvm.smax.i48(i48 %t5761, i48 %t5762)
  %t5764 = zext i48 %t5763 to i128
  call void @put(i128 %t5764, i1 false)
  %t5765 = xor i48 140737488355327, %z48
  %t5766 = xor i48 1, %z48
  %t5767 = call i48 @llvm.smax.i48(i48 %t5765, i48 %t5766)
  %t5768 = zext i48 %t5767 to i128
  call void @put(i128 %t5768, i1 false)
  %t5769 = xor i48 140737488355328, %z48
  %t5770 = xor i48 281474976710655, %z48
  %t5771 = call i48 @llvm.smax.i48(i48 %t5769, i48 %t5770)
  %t5772 = zext i48 %t5771 to i128
  call void @put(i128 %t5772, i1 false)
  %t5773 = xor i48 281474976710651, %z48
  %t5774 = xor i48 50331648, %z48
  %t5775 = call i48 @llvm.smax.i48(i48 %t5773, i48 %t5774)
  %t5776 = zext i48 %t5775 to i128
  call void @put(i128 %t5776, i1 false)
  %t5777 = xor i48 0, %z48
  %t5778 = xor i48 0, %z48
  %t5779 = call i48 @llvm.smax.i48(i48 %t5777, i48 %t5778)
  %t5780 = zext i48 %t5779 to i128
  call void @put(i128 %t5780, i1 false)
  %t5781 = xor i48 203912983128164, %z48
  %t5782 = xor i48 115091990477246, %z48
  %t5783 = call i48 @llvm.smax.i48(i48 %t5781, i48 %t5782)
  %t5784 = zext i48 %t5783 to i128
  call void @put(i128 %t5784, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s199)
  %t5785 = xor i48 205163983024656, %z48
  %t5786 = xor i48 188900983102651, %z48
  %t5787 = call i48 @llvm.umin.i48(i48 %t5785, i48 %t5786)
  %t5788 = zext i48 %t5787 to i128
  call void @put(i128 %t5788, i1 false)
  %t5789 = xor i48 140737488355327, %z48
  %t5790 = xor i48 1, %z48
  %t5791 = call i48 @llvm.umin.i48(i48 %t5789, i48 %t5790)
  %t5792 = zext i48 %t5791 to i128
  call void @put(i128 %t5792, i1 false)
  %t5793 = xor i48 140737488355328, %z48
  %t5794 = xor i48 281474976710655, %z48
  %t5795 = call i48 @llvm.umin.i48(i48 %t5793, i48 %t5794)
  %t5796 = zext i48 %t5795 to i128
  call void @put(i128 %t5796, i1 false)
  %t5797 = xor i48 281474976710651, %z48
  %t5798 = xor i48 50331648, %z48
  %t5799 = call i48 @llvm.umin.i48(i48 %t5797, i48 %t5798)
  %t5800 = zext i48 %t5799 to i128
  call void @put(i128 %t5800, i1 false)
  %t5801 = xor i48 0, %z48
  %t5802 = xor i48 0, %z48
  %t5803 = call i48 @llvm.umin.i48(i48 %t5801, i48 %t5802)
  %t5804 = zext i48 %t5803 to i128
  call void @put(i128 %t5804, i1 false)
  %t5805 = xor i48 203912983128164, %z48
  %t5806 = xor i48 115091990477246, %z48
  %t5807 = call i48 @llvm.umin.i48(i48 %t5805, i48 %t5806)
  %t5808 = zext i48 %t5807 to i128
  call void @put(i128 %t5808, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s200)
  %t5809 = xor i48 205163983024656, %z48
  %t5810 = xor i48 188900983102651, %z48
  %t5811 = call i48 @llvm.umax.i48(i48 %t5809, i48 %t5810)
  %t5812 = zext i48 %t5811 to i128
  call void @put(i128 %t5812, i1 false)
  %t5813 = xor i48 140737488355327, %z48
  %t5814 = xor i48 1, %z48
  %t5815 = call i48 @llvm.umax.i48(i48 %t5813, i48 %t5814)
  %t5816 = zext i48 %t5815 to i128
  call void @put(i128 %t5816, i1 false)
  %t5817 = xor i48 140737488355328, %z48
  %t5818 = xor i48 281474976710655, %z48
  %t5819 = call i48 @llvm.umax.i48(i48 %t5817, i48 %t5818)
  %t5820 = zext i48 %t5819 to i128
  call void @put(i128 %t5820, i1 false)
  %t5821 = xor i48 281474976710651, %z48
  %t5822 = xor i48 50331648, %z48
  %t5823 = call i48 @llvm.umax.i48(i48 %t5821, i48 %t5822)
  %t5824 = zext i48 %t5823 to i128
  call void @put(i128 %t5824, i1 false)
  %t5825 = xor i48 0, %z48
  %t5826 = xor i48 0, %z48
  %t5827 = call i48 @llvm.umax.i48(i48 %t5825, i48 %t5826)
  %t5828 = zext i48 %t5827 to i128
  call void @put(i128 %t5828, i1 false)
  %t5829 = xor i48 203912983128164, %z48
  %t5830 = xor i48 115091990477246, %z48
  %t5831 = call i48 @llvm.umax.i48(i48 %t5829, i48 %t5830)
  %t5832 = zext i48 %t5831 to i128
  call void @put(i128 %t5832, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s201)
  %t5833 = xor i48 205163983024656, %z48
  %t5834 = xor i48 188900983102651, %z48
  %t5835 = call i48 @llvm.sadd.sat.i48(i48 %t5833, i48 %t5834)
  %t5836 = zext i48 %t5835 to i128
  call void @put(i128 %t5836, i1 false)
  %t5837 = xor i48 140737488355327, %z48
  %t5838 = xor i48 1, %z48
  %t5839 = call i48 @llvm.sadd.sat.i48(i48 %t5837, i48 %t5838)
  %t5840 = zext i48 %t5839 to i128
  call void @put(i128 %t5840, i1 false)
  %t5841 = xor i48 140737488355328, %z48
  %t5842 = xor i48 281474976710655, %z48
  %t5843 = call i48 @llvm.sadd.sat.i48(i48 %t5841, i48 %t5842)
  %t5844 = zext i48 %t5843 to i128
  call void @put(i128 %t5844, i1 false)
  %t5845 = xor i48 281474976710651, %z48
  %t5846 = xor i48 50331648, %z48
  %t5847 = call i48 @llvm.sadd.sat.i48(i48 %t5845, i48 %t5846)
  %t5848 = zext i48 %t5847 to i128
  call void @put(i128 %t5848, i1 false)
  %t5849 = xor i48 0, %z48
  %t5850 = xor i48 0, %z48
  %t5851 = call i48 @llvm.sadd.sat.i48(i48 %t5849, i48 %t5850)
  %t5852 = zext i48 %t5851 to i128
  call void @put(i128 %t5852, i1 false)
  %t5853 = xor i48 203912983128164, %z48
  %t5854 = xor i48 115091990477246, %z48
  %t5855 = call i48 @llvm.sadd.sat.i48(i48 %t5853, i48 %t5854)
  %t5856 = zext i48 %t5855 to i128
  call void @put(i128 %t5856, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s202)
  %t5857 = xor i48 205163983024656, %z48
  %t5858 = xor i48 188900983102651, %z48
  %t5859 = call i48 @llvm.uadd.sat.i48(i48 %t5857, i48 %t5858)
  %t5860 = zext i48 %t5859 to i128
  call void @put(i128 %t5860, i1 false)
  %t5861 = xor i48 140737488355327, %z48
  %t5862 = xor i48 1, %z48
  %t5863 = call i48 @llvm.uadd.sat.i48(i48 %t5861, i48 %t5862)
  %t5864 = zext i48 %t5863 to i128
  call void @put(i128 %t5864, i1 false)
  %t5865 = xor i48 140737488355328, %z48
  %t5866 = xor i48 281474976710655, %z48
  %t5867 = call i48 @llvm.uadd.sat.i48(i48 %t5865, i48 %t5866)
  %t5868 = zext i48 %t5867 to i128
  call void @put(i128 %t5868, i1 false)
  %t5869 = xor i48 281474976710651, %z48
  %t5870 = xor i48 50331648, %z48
  %t5871 = call i48 @llvm.uadd.sat.i48(i48 %t5869, i48 %t5870)
  %t5872 = zext i48 %t5871 to i128
  call void @put(i128 %t5872, i1 false)
  %t5873 = xor i48 0, %z48
  %t5874 = xor i48 0, %z48
  %t5875 = call i48 @llvm.uadd.sat.i48(i48 %t5873, i48 %t5874)
  %t5876 = zext i48 %t5875 to i128
  call void @put(i128 %t5876, i1 false)
  %t5877 = xor i48 203912983128164, %z48
  %t5878 = xor i48 115091990477246, %z48
  %t5879 = call i48 @llvm.uadd.sat.i48(i48 %t5877, i48 %t5878)
  %t5880 = zext i48 %t5879 to i128
  call void @put(i128 %t5880, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s203)
  %t5881 = xor i48 205163983024656, %z48
  %t5882 = xor i48 188900983102651, %z48
  %t5883 = call i48 @llvm.ssub.sat.i48(i48 %t5881, i48 %t5882)
  %t5884 = zext i48 %t5883 to i128
  call void @put(i128 %t5884, i1 false)
  %t5885 = xor i48 140737488355327, %z48
  %t5886 = xor i48 1, %z48
  %t5887 = call i48 @llvm.ssub.sat.i48(i48 %t5885, i48 %t5886)
  %t5888 = zext i48 %t5887 to i128
  call void @put(i128 %t5888, i1 false)
  %t5889 = xor i48 140737488355328, %z48
  %t5890 = xor i48 281474976710655, %z48
  %t5891 = call i48 @llvm.ssub.sat.i48(i48 %t5889, i48 %t5890)
  %t5892 = zext i48 %t5891 to i128
  call void @put(i128 %t5892, i1 false)
  %t5893 = xor i48 281474976710651, %z48
  %t5894 = xor i48 50331648, %z48
  %t5895 = call i48 @llvm.ssub.sat.i48(i48 %t5893, i48 %t5894)
  %t5896 = zext i48 %t5895 to i128
  call void @put(i128 %t5896, i1 false)
  %t5897 = xor i48 0, %z48
  %t5898 = xor i48 0, %z48
  %t5899 = call i48 @llvm.ssub.sat.i48(i48 %t5897, i48 %t5898)
  %t5900 = zext i48 %t5899 to i128
  call void @put(i128 %t5900, i1 false)
  %t5901 = xor i48 203912983128164, %z48
  %t5902 = xor i48 115091990477246, %z48
  %t5903 = call i48 @llvm.ssub.sat.i48(i48 %t5901, i48 %t5902)
  %t5904 = zext i48 %t5903 to i128
  call void @put(i128 %t5904, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s204)
  %t5905 = xor i48 205163983024656, %z48
  %t5906 = xor i48 188900983102651, %z48
  %t5907 = call i48 @llvm.usub.sat.i48(i48 %t5905, i48 %t5906)
  %t5908 = zext i48 %t5907 to i128
  call void @put(i128 %t5908, i1 false)
  %t5909 = xor i48 140737488355327, %z48
  %t5910 = xor i48 1, %z48
  %t5911 = call i48 @llvm.usub.sat.i48(i48 %t5909, i48 %t5910)
  %t5912 = zext i48 %t5911 to i128
  call void @put(i128 %t5912, i1 false)
  %t5913 = xor i48 140737488355328, %z48
  %t5914 = xor i48 281474976710655, %z48
  %t5915 = call i48 @llvm.usub.sat.i48(i48 %t5913, i48 %t5914)
  %t5916 = zext i48 %t5915 to i128
  call void @put(i128 %t5916, i1 false)
  %t5917 = xor i48 281474976710651, %z48
  %t5918 = xor i48 50331648, %z48
  %t5919 = call i48 @llvm.usub.sat.i48(i48 %t5917, i48 %t5918)
  %t5920 = zext i48 %t5919 to i128
  call void @put(i128 %t5920, i1 false)
  %t5921 = xor i48 0, %z48
  %t5922 = xor i48 0, %z48
  %t5923 = call i48 @llvm.usub.sat.i48(i48 %t5921, i48 %t5922)
  %t5924 = zext i48 %t5923 to i128
  call void @put(i128 %t5924, i1 false)
  %t5925 = xor i48 203912983128164, %z48
  %t5926 = xor i48 115091990477246, %z48
  %t5927 = call i48 @llvm.usub.sat.i48(i48 %t5925, i48 %t5926)
  %t5928 = zext i48 %t5927 to i128
  call void @put(i128 %t5928, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s205)
  %t5929 = xor i48 205163983024656, %z48
  %t5930 = xor i48 188900983102651, %z48
  %t5931 = call i8 @llvm.scmp.i8.i48(i48 %t5929, i48 %t5930)
  %t5932 = zext i8 %t5931 to i128
  call void @put(i128 %t5932, i1 false)
  %t5933 = xor i48 140737488355327, %z48
  %t5934 = xor i48 1, %z48
  %t5935 = call i8 @llvm.scmp.i8.i48(i48 %t5933, i48 %t5934)
  %t5936 = zext i8 %t5935 to i128
  call void @put(i128 %t5936, i1 false)
  %t5937 = xor i48 140737488355328, %z48
  %t5938 = xor i48 281474976710655, %z48
  %t5939 = call i8 @llvm.scmp.i8.i48(i48 %t5937, i48 %t5938)
  %t5940 = zext i8 %t5939 to i128
  call void @put(i128 %t5940, i1 false)
  %t5941 = xor i48 281474976710651, %z48
  %t5942 = xor i48 50331648, %z48
  %t5943 = call i8 @llvm.scmp.i8.i48(i48 %t5941, i48 %t5942)
  %t5944 = zext i8 %t5943 to i128
  call void @put(i128 %t5944, i1 false)
  %t5945 = xor i48 0, %z48
  %t5946 = xor i48 0, %z48
  %t5947 = call i8 @llvm.scmp.i8.i48(i48 %t5945, i48 %t5946)
  %t5948 = zext i8 %t5947 to i128
  call void @put(i128 %t5948, i1 false)
  %t5949 = xor i48 203912983128164, %z48
  %t5950 = xor i48 115091990477246, %z48
  %t5951 = call i8 @llvm.scmp.i8.i48(i48 %t5949, i48 %t5950)
  %t5952 = zext i8 %t5951 to i128
  call void @put(i128 %t5952, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s206)
  %t5953 = xor i48 205163983024656, %z48
  %t5954 = xor i48 188900983102651, %z48
  %t5955 = call i8 @llvm.ucmp.i8.i48(i48 %t5953, i48 %t5954)
  %t5956 = zext i8 %t5955 to i128
  call void @put(i128 %t5956, i1 false)
  %t5957 = xor i48 140737488355327, %z48
  %t5958 = xor i48 1, %z48
  %t5959 = call i8 @llvm.ucmp.i8.i48(i48 %t5957, i48 %t5958)
  %t5960 = zext i8 %t5959 to i128
  call void @put(i128 %t5960, i1 false)
  %t5961 = xor i48 140737488355328, %z48
  %t5962 = xor i48 281474976710655, %z48
  %t5963 = call i8 @llvm.ucmp.i8.i48(i48 %t5961, i48 %t5962)
  %t5964 = zext i8 %t5963 to i128
  call void @put(i128 %t5964, i1 false)
  %t5965 = xor i48 281474976710651, %z48
  %t5966 = xor i48 50331648, %z48
  %t5967 = call i8 @llvm.ucmp.i8.i48(i48 %t5965, i48 %t5966)
  %t5968 = zext i8 %t5967 to i128
  call void @put(i128 %t5968, i1 false)
  %t5969 = xor i48 0, %z48
  %t5970 = xor i48 0, %z48
  %t5971 = call i8 @llvm.ucmp.i8.i48(i48 %t5969, i48 %t5970)
  %t5972 = zext i8 %t5971 to i128
  call void @put(i128 %t5972, i1 false)
  %t5973 = xor i48 203912983128164, %z48
  %t5974 = xor i48 115091990477246, %z48
  %t5975 = call i8 @llvm.ucmp.i8.i48(i48 %t5973, i48 %t5974)
  %t5976 = zext i8 %t5975 to i128
  call void @put(i128 %t5976, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s207)
  %t5977 = xor i48 205163983024656, %z48
  %t5978 = xor i48 188900983102651, %z48
  %t5980 = xor i48 1, %z48
  %t5979 = call i48 @llvm.sshl.sat.i48(i48 %t5977, i48 %t5980)
  %t5981 = zext i48 %t5979 to i128
  call void @put(i128 %t5981, i1 false)
  %t5982 = xor i48 140737488355327, %z48
  %t5983 = xor i48 1, %z48
  %t5985 = xor i48 47, %z48
  %t5984 = call i48 @llvm.sshl.sat.i48(i48 %t5982, i48 %t5985)
  %t5986 = zext i48 %t5984 to i128
  call void @put(i128 %t5986, i1 false)
  %t5987 = xor i48 140737488355328, %z48
  %t5988 = xor i48 281474976710655, %z48
  %t5990 = xor i48 24, %z48
  %t5989 = call i48 @llvm.sshl.sat.i48(i48 %t5987, i48 %t5990)
  %t5991 = zext i48 %t5989 to i128
  call void @put(i128 %t5991, i1 false)
  %t5992 = xor i48 281474976710651, %z48
  %t5993 = xor i48 50331648, %z48
  %t5995 = xor i48 0, %z48
  %t5994 = call i48 @llvm.sshl.sat.i48(i48 %t5992, i48 %t5995)
  %t5996 = zext i48 %t5994 to i128
  call void @put(i128 %t5996, i1 false)
  %t5997 = xor i48 0, %z48
  %t5998 = xor i48 0, %z48
  %t6000 = xor i48 2, %z48
  %t5999 = call i48 @llvm.sshl.sat.i48(i48 %t5997, i48 %t6000)
  %t6001 = zext i48 %t5999 to i128
  call void @put(i128 %t6001, i1 false)
  %t6002 = xor i48 203912983128164, %z48
  %t6003 = xor i48 115091990477246, %z48
  %t6005 = xor i48 3, %z48
  %t6004 = call i48 @llvm.sshl.sat.i48(i48 %t6002, i48 %t6005)
  %t6006 = zext i48 %t6004 to i128
  call void @put(i128 %t6006, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s208)
  %t6007 = xor i48 205163983024656, %z48
  %t6008 = xor i48 188900983102651, %z48
  %t6010 = xor i48 1, %z48
  %t6009 = call i48 @llvm.ushl.sat.i48(i48 %t6007, i48 %t6010)
  %t6011 = zext i48 %t6009 to i128
  call void @put(i128 %t6011, i1 false)
  %t6012 = xor i48 140737488355327, %z48
  %t6013 = xor i48 1, %z48
  %t6015 = xor i48 47, %z48
  %t6014 = call i48 @llvm.ushl.sat.i48(i48 %t6012, i48 %t6015)
  %t6016 = zext i48 %t6014 to i128
  call void @put(i128 %t6016, i1 false)
  %t6017 = xor i48 140737488355328, %z48
  %t6018 = xor i48 281474976710655, %z48
  %t6020 = xor i48 24, %z48
  %t6019 = call i48 @llvm.ushl.sat.i48(i48 %t6017, i48 %t6020)
  %t6021 = zext i48 %t6019 to i128
  call void @put(i128 %t6021, i1 false)
  %t6022 = xor i48 281474976710651, %z48
  %t6023 = xor i48 50331648, %z48
  %t6025 = xor i48 0, %z48
  %t6024 = call i48 @llvm.ushl.sat.i48(i48 %t6022, i48 %t6025)
  %t6026 = zext i48 %t6024 to i128
  call void @put(i128 %t6026, i1 false)
  %t6027 = xor i48 0, %z48
  %t6028 = xor i48 0, %z48
  %t6030 = xor i48 2, %z48
  %t6029 = call i48 @llvm.ushl.sat.i48(i48 %t6027, i48 %t6030)
  %t6031 = zext i48 %t6029 to i128
  call void @put(i128 %t6031, i1 false)
  %t6032 = xor i48 203912983128164, %z48
  %t6033 = xor i48 115091990477246, %z48
  %t6035 = xor i48 3, %z48
  %t6034 = call i48 @llvm.ushl.sat.i48(i48 %t6032, i48 %t6035)
  %t6036 = zext i48 %t6034 to i128
  call void @put(i128 %t6036, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s209)
  %t6037 = xor i48 205163983024656, %z48
  %t6038 = xor i48 188900983102651, %z48
  %t6040 = xor i48 1, %z48
  %t6039 = call i48 @llvm.fshl.i48(i48 %t6037, i48 %t6038, i48 %t6040)
  %t6041 = zext i48 %t6039 to i128
  call void @put(i128 %t6041, i1 false)
  %t6042 = xor i48 140737488355327, %z48
  %t6043 = xor i48 1, %z48
  %t6045 = xor i48 47, %z48
  %t6044 = call i48 @llvm.fshl.i48(i48 %t6042, i48 %t6043, i48 %t6045)
  %t6046 = zext i48 %t6044 to i128
  call void @put(i128 %t6046, i1 false)
  %t6047 = xor i48 140737488355328, %z48
  %t6048 = xor i48 281474976710655, %z48
  %t6050 = xor i48 51, %z48
  %t6049 = call i48 @llvm.fshl.i48(i48 %t6047, i48 %t6048, i48 %t6050)
  %t6051 = zext i48 %t6049 to i128
  call void @put(i128 %t6051, i1 false)
  %t6052 = xor i48 281474976710651, %z48
  %t6053 = xor i48 50331648, %z48
  %t6055 = xor i48 0, %z48
  %t6054 = call i48 @llvm.fshl.i48(i48 %t6052, i48 %t6053, i48 %t6055)
  %t6056 = zext i48 %t6054 to i128
  call void @put(i128 %t6056, i1 false)
  %t6057 = xor i48 0, %z48
  %t6058 = xor i48 0, %z48
  %t6060 = xor i48 24, %z48
  %t6059 = call i48 @llvm.fshl.i48(i48 %t6057, i48 %t6058, i48 %t6060)
  %t6061 = zext i48 %t6059 to i128
  call void @put(i128 %t6061, i1 false)
  %t6062 = xor i48 203912983128164, %z48
  %t6063 = xor i48 115091990477246, %z48
  %t6065 = xor i48 97, %z48
  %t6064 = call i48 @llvm.fshl.i48(i48 %t6062, i48 %t6063, i48 %t6065)
  %t6066 = zext i48 %t6064 to i128
  call void @put(i128 %t6066, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s210)
  %t6067 = xor i48 205163983024656, %z48
  %t6068 = xor i48 188900983102651, %z48
  %t6070 = xor i48 1, %z48
  %t6069 = call i48 @llvm.fshr.i48(i48 %t6067, i48 %t6068, i48 %t6070)
  %t6071 = zext i48 %t6069 to i128
  call void @put(i128 %t6071, i1 false)
  %t6072 = xor i48 140737488355327, %z48
  %t6073 = xor i48 1, %z48
  %t6075 = xor i48 47, %z48
  %t6074 = call i48 @llvm.fshr.i48(i48 %t6072, i48 %t6073, i48 %t6075)
  %t6076 = zext i48 %t6074 to i128
  call void @put(i128 %t6076, i1 false)
  %t6077 = xor i48 140737488355328, %z48
  %t6078 = xor i48 281474976710655, %z48
  %t6080 = xor i48 51, %z48
  %t6079 = call i48 @llvm.fshr.i48(i48 %t6077, i48 %t6078, i48 %t6080)
  %t6081 = zext i48 %t6079 to i128
  call void @put(i128 %t6081, i1 false)
  %t6082 = xor i48 281474976710651, %z48
  %t6083 = xor i48 50331648, %z48
  %t6085 = xor i48 0, %z48
  %t6084 = call i48 @llvm.fshr.i48(i48 %t6082, i48 %t6083, i48 %t6085)
  %t6086 = zext i48 %t6084 to i128
  call void @put(i128 %t6086, i1 false)
  %t6087 = xor i48 0, %z48
  %t6088 = xor i48 0, %z48
  %t6090 = xor i48 24, %z48
  %t6089 = call i48 @llvm.fshr.i48(i48 %t6087, i48 %t6088, i48 %t6090)
  %t6091 = zext i48 %t6089 to i128
  call void @put(i128 %t6091, i1 false)
  %t6092 = xor i48 203912983128164, %z48
  %t6093 = xor i48 115091990477246, %z48
  %t6095 = xor i48 97, %z48
  %t6094 = call i48 @llvm.fshr.i48(i48 %t6092, i48 %t6093, i48 %t6095)
  %t6096 = zext i48 %t6094 to i128
  call void @put(i128 %t6096, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s211)
  %t6097 = xor i48 205163983024656, %z48
  %t6098 = xor i48 188900983102651, %z48
  %t6100 = xor i48 1, %z48
  %t6099 = call i48 @llvm.fshl.i48(i48 %t6097, i48 %t6097, i48 %t6100)
  %t6101 = zext i48 %t6099 to i128
  call void @put(i128 %t6101, i1 false)
  %t6102 = xor i48 140737488355327, %z48
  %t6103 = xor i48 1, %z48
  %t6105 = xor i48 47, %z48
  %t6104 = call i48 @llvm.fshl.i48(i48 %t6102, i48 %t6102, i48 %t6105)
  %t6106 = zext i48 %t6104 to i128
  call void @put(i128 %t6106, i1 false)
  %t6107 = xor i48 140737488355328, %z48
  %t6108 = xor i48 281474976710655, %z48
  %t6110 = xor i48 51, %z48
  %t6109 = call i48 @llvm.fshl.i48(i48 %t6107, i48 %t6107, i48 %t6110)
  %t6111 = zext i48 %t6109 to i128
  call void @put(i128 %t6111, i1 false)
  %t6112 = xor i48 281474976710651, %z48
  %t6113 = xor i48 50331648, %z48
  %t6115 = xor i48 0, %z48
  %t6114 = call i48 @llvm.fshl.i48(i48 %t6112, i48 %t6112, i48 %t6115)
  %t6116 = zext i48 %t6114 to i128
  call void @put(i128 %t6116, i1 false)
  %t6117 = xor i48 0, %z48
  %t6118 = xor i48 0, %z48
  %t6120 = xor i48 24, %z48
  %t6119 = call i48 @llvm.fshl.i48(i48 %t6117, i48 %t6117, i48 %t6120)
  %t6121 = zext i48 %t6119 to i128
  call void @put(i128 %t6121, i1 false)
  %t6122 = xor i48 203912983128164, %z48
  %t6123 = xor i48 115091990477246, %z48
  %t6125 = xor i48 97, %z48
  %t6124 = call i48 @llvm.fshl.i48(i48 %t6122, i48 %t6122, i48 %t6125)
  %t6126 = zext i48 %t6124 to i128
  call void @put(i128 %t6126, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s212)
  %t6127 = xor i48 205163983024656, %z48
  %t6128 = xor i48 188900983102651, %z48
  %t6130 = xor i48 1, %z48
  %t6129 = call i48 @llvm.fshr.i48(i48 %t6127, i48 %t6127, i48 %t6130)
  %t6131 = zext i48 %t6129 to i128
  call void @put(i128 %t6131, i1 false)
  %t6132 = xor i48 140737488355327, %z48
  %t6133 = xor i48 1, %z48
  %t6135 = xor i48 47, %z48
  %t6134 = call i48 @llvm.fshr.i48(i48 %t6132, i48 %t6132, i48 %t6135)
  %t6136 = zext i48 %t6134 to i128
  call void @put(i128 %t6136, i1 false)
  %t6137 = xor i48 140737488355328, %z48
  %t6138 = xor i48 281474976710655, %z48
  %t6140 = xor i48 51, %z48
  %t6139 = call i48 @llvm.fshr.i48(i48 %t6137, i48 %t6137, i48 %t6140)
  %t6141 = zext i48 %t6139 to i128
  call void @put(i128 %t6141, i1 false)
  %t6142 = xor i48 281474976710651, %z48
  %t6143 = xor i48 50331648, %z48
  %t6145 = xor i48 0, %z48
  %t6144 = call i48 @llvm.fshr.i48(i48 %t6142, i48 %t6142, i48 %t6145)
  %t6146 = zext i48 %t6144 to i128
  call void @put(i128 %t6146, i1 false)
  %t6147 = xor i48 0, %z48
  %t6148 = xor i48 0, %z48
  %t6150 = xor i48 24, %z48
  %t6149 = call i48 @llvm.fshr.i48(i48 %t6147, i48 %t6147, i48 %t6150)
  %t6151 = zext i48 %t6149 to i128
  call void @put(i128 %t6151, i1 false)
  %t6152 = xor i48 203912983128164, %z48
  %t6153 = xor i48 115091990477246, %z48
  %t6155 = xor i48 97, %z48
  %t6154 = call i48 @llvm.fshr.i48(i48 %t6152, i48 %t6152, i48 %t6155)
  %t6156 = zext i48 %t6154 to i128
  call void @put(i128 %t6156, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s213)
  %t6157 = xor i48 205163983024656, %z48
  %t6158 = xor i48 188900983102651, %z48
  %t6159 = call {i48, i1} @llvm.sadd.with.overflow.i48(i48 %t6157, i48 %t6158)
  %t6160 = extractvalue {i48, i1} %t6159, 0
  %t6161 = extractvalue {i48, i1} %t6159, 1
  %t6162 = zext i48 %t6160 to i128
  call void @put(i128 %t6162, i1 false)
  %t6163 = zext i1 %t6161 to i128
  call void @put(i128 %t6163, i1 false)
  %t6164 = xor i48 140737488355327, %z48
  %t6165 = xor i48 1, %z48
  %t6166 = call {i48, i1} @llvm.sadd.with.overflow.i48(i48 %t6164, i48 %t6165)
  %t6167 = extractvalue {i48, i1} %t6166, 0
  %t6168 = extractvalue {i48, i1} %t6166, 1
  %t6169 = zext i48 %t6167 to i128
  call void @put(i128 %t6169, i1 false)
  %t6170 = zext i1 %t6168 to i128
  call void @put(i128 %t6170, i1 false)
  %t6171 = xor i48 140737488355328, %z48
  %t6172 = xor i48 281474976710655, %z48
  %t6173 = call {i48, i1} @llvm.sadd.with.overflow.i48(i48 %t6171, i48 %t6172)
  %t6174 = extractvalue {i48, i1} %t6173, 0
  %t6175 = extractvalue {i48, i1} %t6173, 1
  %t6176 = zext i48 %t6174 to i128
  call void @put(i128 %t6176, i1 false)
  %t6177 = zext i1 %t6175 to i128
  call void @put(i128 %t6177, i1 false)
  %t6178 = xor i48 281474976710651, %z48
  %t6179 = xor i48 50331648, %z48
  %t6180 = call {i48, i1} @llvm.sadd.with.overflow.i48(i48 %t6178, i48 %t6179)
  %t6181 = extractvalue {i48, i1} %t6180, 0
  %t6182 = extractvalue {i48, i1} %t6180, 1
  %t6183 = zext i48 %t6181 to i128
  call void @put(i128 %t6183, i1 false)
  %t6184 = zext i1 %t6182 to i128
  call void @put(i128 %t6184, i1 false)
  %t6185 = xor i48 0, %z48
  %t6186 = xor i48 0, %z48
  %t6187 = call {i48, i1} @llvm.sadd.with.overflow.i48(i48 %t6185, i48 %t6186)
  %t6188 = extractvalue {i48, i1} %t6187, 0
  %t6189 = extractvalue {i48, i1} %t6187, 1
  %t6190 = zext i48 %t6188 to i128
  call void @put(i128 %t6190, i1 false)
  %t6191 = zext i1 %t6189 to i128
  call void @put(i128 %t6191, i1 false)
  %t6192 = xor i48 203912983128164, %z48
  %t6193 = xor i48 115091990477246, %z48
  %t6194 = call {i48, i1} @llvm.sadd.with.overflow.i48(i48 %t6192, i48 %t6193)
  %t6195 = extractvalue {i48, i1} %t6194, 0
  %t6196 = extractvalue {i48, i1} %t6194, 1
  %t6197 = zext i48 %t6195 to i128
  call void @put(i128 %t6197, i1 false)
  %t6198 = zext i1 %t6196 to i128
  call void @put(i128 %t6198, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s214)
  %t6199 = xor i48 205163983024656, %z48
  %t6200 = xor i48 188900983102651, %z48
  %t6201 = call {i48, i1} @llvm.uadd.with.overflow.i48(i48 %t6199, i48 %t6200)
  %t6202 = extractvalue {i48, i1} %t6201, 0
  %t6203 = extractvalue {i48, i1} %t6201, 1
  %t6204 = zext i48 %t6202 to i128
  call void @put(i128 %t6204, i1 false)
  %t6205 = zext i1 %t6203 to i128
  call void @put(i128 %t6205, i1 false)
  %t6206 = xor i48 140737488355327, %z48
  %t6207 = xor i48 1, %z48
  %t6208 = call {i48, i1} @llvm.uadd.with.overflow.i48(i48 %t6206, i48 %t6207)
  %t6209 = extractvalue {i48, i1} %t6208, 0
  %t6210 = extractvalue {i48, i1} %t6208, 1
  %t6211 = zext i48 %t6209 to i128
  call void @put(i128 %t6211, i1 false)
  %t6212 = zext i1 %t6210 to i128
  call void @put(i128 %t6212, i1 false)
  %t6213 = xor i48 140737488355328, %z48
  %t6214 = xor i48 281474976710655, %z48
  %t6215 = call {i48, i1} @llvm.uadd.with.overflow.i48(i48 %t6213, i48 %t6214)
  %t6216 = extractvalue {i48, i1} %t6215, 0
  %t6217 = extractvalue {i48, i1} %t6215, 1
  %t6218 = zext i48 %t6216 to i128
  call void @put(i128 %t6218, i1 false)
  %t6219 = zext i1 %t6217 to i128
  call void @put(i128 %t6219, i1 false)
  %t6220 = xor i48 281474976710651, %z48
  %t6221 = xor i48 50331648, %z48
  %t6222 = call {i48, i1} @llvm.uadd.with.overflow.i48(i48 %t6220, i48 %t6221)
  %t6223 = extractvalue {i48, i1} %t6222, 0
  %t6224 = extractvalue {i48, i1} %t6222, 1
  %t6225 = zext i48 %t6223 to i128
  call void @put(i128 %t6225, i1 false)
  %t6226 = zext i1 %t6224 to i128
  call void @put(i128 %t6226, i1 false)
  %t6227 = xor i48 0, %z48
  %t6228 = xor i48 0, %z48
  %t6229 = call {i48, i1} @llvm.uadd.with.overflow.i48(i48 %t6227, i48 %t6228)
  %t6230 = extractvalue {i48, i1} %t6229, 0
  %t6231 = extractvalue {i48, i1} %t6229, 1
  %t6232 = zext i48 %t6230 to i128
  call void @put(i128 %t6232, i1 false)
  %t6233 = zext i1 %t6231 to i128
  call void @put(i128 %t6233, i1 false)
  %t6234 = xor i48 203912983128164, %z48
  %t6235 = xor i48 115091990477246, %z48
  %t6236 = call {i48, i1} @llvm.uadd.with.overflow.i48(i48 %t6234, i48 %t6235)
  %t6237 = extractvalue {i48, i1} %t6236, 0
  %t6238 = extractvalue {i48, i1} %t6236, 1
  %t6239 = zext i48 %t6237 to i128
  call void @put(i128 %t6239, i1 false)
  %t6240 = zext i1 %t6238 to i128
  call void @put(i128 %t6240, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s215)
  %t6241 = xor i48 205163983024656, %z48
  %t6242 = xor i48 188900983102651, %z48
  %t6243 = call {i48, i1} @llvm.ssub.with.overflow.i48(i48 %t6241, i48 %t6242)
  %t6244 = extractvalue {i48, i1} %t6243, 0
  %t6245 = extractvalue {i48, i1} %t6243, 1
  %t6246 = zext i48 %t6244 to i128
  call void @put(i128 %t6246, i1 false)
  %t6247 = zext i1 %t6245 to i128
  call void @put(i128 %t6247, i1 false)
  %t6248 = xor i48 140737488355327, %z48
  %t6249 = xor i48 1, %z48
  %t6250 = call {i48, i1} @llvm.ssub.with.overflow.i48(i48 %t6248, i48 %t6249)
  %t6251 = extractvalue {i48, i1} %t6250, 0
  %t6252 = extractvalue {i48, i1} %t6250, 1
  %t6253 = zext i48 %t6251 to i128
  call void @put(i128 %t6253, i1 false)
  %t6254 = zext i1 %t6252 to i128
  call void @put(i128 %t6254, i1 false)
  %t6255 = xor i48 140737488355328, %z48
  %t6256 = xor i48 281474976710655, %z48
  %t6257 = call {i48, i1} @llvm.ssub.with.overflow.i48(i48 %t6255, i48 %t6256)
  %t6258 = extractvalue {i48, i1} %t6257, 0
  %t6259 = extractvalue {i48, i1} %t6257, 1
  %t6260 = zext i48 %t6258 to i128
  call void @put(i128 %t6260, i1 false)
  %t6261 = zext i1 %t6259 to i128
  call void @put(i128 %t6261, i1 false)
  %t6262 = xor i48 281474976710651, %z48
  %t6263 = xor i48 50331648, %z48
  %t6264 = call {i48, i1} @llvm.ssub.with.overflow.i48(i48 %t6262, i48 %t6263)
  %t6265 = extractvalue {i48, i1} %t6264, 0
  %t6266 = extractvalue {i48, i1} %t6264, 1
  %t6267 = zext i48 %t6265 to i128
  call void @put(i128 %t6267, i1 false)
  %t6268 = zext i1 %t6266 to i128
  call void @put(i128 %t6268, i1 false)
  %t6269 = xor i48 0, %z48
  %t6270 = xor i48 0, %z48
  %t6271 = call {i48, i1} @llvm.ssub.with.overflow.i48(i48 %t6269, i48 %t6270)
  %t6272 = extractvalue {i48, i1} %t6271, 0
  %t6273 = extractvalue {i48, i1} %t6271, 1
  %t6274 = zext i48 %t6272 to i128
  call void @put(i128 %t6274, i1 false)
  %t6275 = zext i1 %t6273 to i128
  call void @put(i128 %t6275, i1 false)
  %t6276 = xor i48 203912983128164, %z48
  %t6277 = xor i48 115091990477246, %z48
  %t6278 = call {i48, i1} @llvm.ssub.with.overflow.i48(i48 %t6276, i48 %t6277)
  %t6279 = extractvalue {i48, i1} %t6278, 0
  %t6280 = extractvalue {i48, i1} %t6278, 1
  %t6281 = zext i48 %t6279 to i128
  call void @put(i128 %t6281, i1 false)
  %t6282 = zext i1 %t6280 to i128
  call void @put(i128 %t6282, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s216)
  %t6283 = xor i48 205163983024656, %z48
  %t6284 = xor i48 188900983102651, %z48
  %t6285 = call {i48, i1} @llvm.usub.with.overflow.i48(i48 %t6283, i48 %t6284)
  %t6286 = extractvalue {i48, i1} %t6285, 0
  %t6287 = extractvalue {i48, i1} %t6285, 1
  %t6288 = zext i48 %t6286 to i128
  call void @put(i128 %t6288, i1 false)
  %t6289 = zext i1 %t6287 to i128
  call void @put(i128 %t6289, i1 false)
  %t6290 = xor i48 140737488355327, %z48
  %t6291 = xor i48 1, %z48
  %t6292 = call {i48, i1} @llvm.usub.with.overflow.i48(i48 %t6290, i48 %t6291)
  %t6293 = extractvalue {i48, i1} %t6292, 0
  %t6294 = extractvalue {i48, i1} %t6292, 1
  %t6295 = zext i48 %t6293 to i128
  call void @put(i128 %t6295, i1 false)
  %t6296 = zext i1 %t6294 to i128
  call void @put(i128 %t6296, i1 false)
  %t6297 = xor i48 140737488355328, %z48
  %t6298 = xor i48 281474976710655, %z48
  %t6299 = call {i48, i1} @llvm.usub.with.overflow.i48(i48 %t6297, i48 %t6298)
  %t6300 = extractvalue {i48, i1} %t6299, 0
  %t6301 = extractvalue {i48, i1} %t6299, 1
  %t6302 = zext i48 %t6300 to i128
  call void @put(i128 %t6302, i1 false)
  %t6303 = zext i1 %t6301 to i128
  call void @put(i128 %t6303, i1 false)
  %t6304 = xor i48 281474976710651, %z48
  %t6305 = xor i48 50331648, %z48
  %t6306 = call {i48, i1} @llvm.usub.with.overflow.i48(i48 %t6304, i48 %t6305)
  %t6307 = extractvalue {i48, i1} %t6306, 0
  %t6308 = extractvalue {i48, i1} %t6306, 1
  %t6309 = zext i48 %t6307 to i128
  call void @put(i128 %t6309, i1 false)
  %t6310 = zext i1 %t6308 to i128
  call void @put(i128 %t6310, i1 false)
  %t6311 = xor i48 0, %z48
  %t6312 = xor i48 0, %z48
  %t6313 = call {i48, i1} @llvm.usub.with.overflow.i48(i48 %t6311, i48 %t6312)
  %t6314 = extractvalue {i48, i1} %t6313, 0
  %t6315 = extractvalue {i48, i1} %t6313, 1
  %t6316 = zext i48 %t6314 to i128
  call void @put(i128 %t6316, i1 false)
  %t6317 = zext i1 %t6315 to i128
  call void @put(i128 %t6317, i1 false)
  %t6318 = xor i48 203912983128164, %z48
  %t6319 = xor i48 115091990477246, %z48
  %t6320 = call {i48, i1} @llvm.usub.with.overflow.i48(i48 %t6318, i48 %t6319)
  %t6321 = extractvalue {i48, i1} %t6320, 0
  %t6322 = extractvalue {i48, i1} %t6320, 1
  %t6323 = zext i48 %t6321 to i128
  call void @put(i128 %t6323, i1 false)
  %t6324 = zext i1 %t6322 to i128
  call void @put(i128 %t6324, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s217)
  %t6325 = xor i48 205163983024656, %z48
  %t6326 = xor i48 188900983102651, %z48
  %t6327 = call {i48, i1} @llvm.smul.with.overflow.i48(i48 %t6325, i48 %t6326)
  %t6328 = extractvalue {i48, i1} %t6327, 0
  %t6329 = extractvalue {i48, i1} %t6327, 1
  %t6330 = zext i48 %t6328 to i128
  call void @put(i128 %t6330, i1 false)
  %t6331 = zext i1 %t6329 to i128
  call void @put(i128 %t6331, i1 false)
  %t6332 = xor i48 140737488355327, %z48
  %t6333 = xor i48 1, %z48
  %t6334 = call {i48, i1} @llvm.smul.with.overflow.i48(i48 %t6332, i48 %t6333)
  %t6335 = extractvalue {i48, i1} %t6334, 0
  %t6336 = extractvalue {i48, i1} %t6334, 1
  %t6337 = zext i48 %t6335 to i128
  call void @put(i128 %t6337, i1 false)
  %t6338 = zext i1 %t6336 to i128
  call void @put(i128 %t6338, i1 false)
  %t6339 = xor i48 140737488355328, %z48
  %t6340 = xor i48 281474976710655, %z48
  %t6341 = call {i48, i1} @llvm.smul.with.overflow.i48(i48 %t6339, i48 %t6340)
  %t6342 = extractvalue {i48, i1} %t6341, 0
  %t6343 = extractvalue {i48, i1} %t6341, 1
  %t6344 = zext i48 %t6342 to i128
  call void @put(i128 %t6344, i1 false)
  %t6345 = zext i1 %t6343 to i128
  call void @put(i128 %t6345, i1 false)
  %t6346 = xor i48 281474976710651, %z48
  %t6347 = xor i48 50331648, %z48
  %t6348 = call {i48, i1} @llvm.smul.with.overflow.i48(i48 %t6346, i48 %t6347)
  %t6349 = extractvalue {i48, i1} %t6348, 0
  %t6350 = extractvalue {i48, i1} %t6348, 1
  %t6351 = zext i48 %t6349 to i128
  call void @put(i128 %t6351, i1 false)
  %t6352 = zext i1 %t6350 to i128
  call void @put(i128 %t6352, i1 false)
  %t6353 = xor i48 0, %z48
  %t6354 = xor i48 0, %z48
  %t6355 = call {i48, i1} @llvm.smul.with.overflow.i48(i48 %t6353, i48 %t6354)
  %t6356 = extractvalue {i48, i1} %t6355, 0
  %t6357 = extractvalue {i48, i1} %t6355, 1
  %t6358 = zext i48 %t6356 to i128
  call void @put(i128 %t6358, i1 false)
  %t6359 = zext i1 %t6357 to i128
  call void @put(i128 %t6359, i1 false)
  %t6360 = xor i48 203912983128164, %z48
  %t6361 = xor i48 115091990477246, %z48
  %t6362 = call {i48, i1} @llvm.smul.with.overflow.i48(i48 %t6360, i48 %t6361)
  %t6363 = extractvalue {i48, i1} %t6362, 0
  %t6364 = extractvalue {i48, i1} %t6362, 1
  %t6365 = zext i48 %t6363 to i128
  call void @put(i128 %t6365, i1 false)
  %t6366 = zext i1 %t6364 to i128
  call void @put(i128 %t6366, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s218)
  %t6367 = xor i48 205163983024656, %z48
  %t6368 = xor i48 188900983102651, %z48
  %t6369 = call {i48, i1} @llvm.umul.with.overflow.i48(i48 %t6367, i48 %t6368)
  %t6370 = extractvalue {i48, i1} %t6369, 0
  %t6371 = extractvalue {i48, i1} %t6369, 1
  %t6372 = zext i48 %t6370 to i128
  call void @put(i128 %t6372, i1 false)
  %t6373 = zext i1 %t6371 to i128
  call void @put(i128 %t6373, i1 false)
  %t6374 = xor i48 140737488355327, %z48
  %t6375 = xor i48 1, %z48
  %t6376 = call {i48, i1} @llvm.umul.with.overflow.i48(i48 %t6374, i48 %t6375)
  %t6377 = extractvalue {i48, i1} %t6376, 0
  %t6378 = extractvalue {i48, i1} %t6376, 1
  %t6379 = zext i48 %t6377 to i128
  call void @put(i128 %t6379, i1 false)
  %t6380 = zext i1 %t6378 to i128
  call void @put(i128 %t6380, i1 false)
  %t6381 = xor i48 140737488355328, %z48
  %t6382 = xor i48 281474976710655, %z48
  %t6383 = call {i48, i1} @llvm.umul.with.overflow.i48(i48 %t6381, i48 %t6382)
  %t6384 = extractvalue {i48, i1} %t6383, 0
  %t6385 = extractvalue {i48, i1} %t6383, 1
  %t6386 = zext i48 %t6384 to i128
  call void @put(i128 %t6386, i1 false)
  %t6387 = zext i1 %t6385 to i128
  call void @put(i128 %t6387, i1 false)
  %t6388 = xor i48 281474976710651, %z48
  %t6389 = xor i48 50331648, %z48
  %t6390 = call {i48, i1} @llvm.umul.with.overflow.i48(i48 %t6388, i48 %t6389)
  %t6391 = extractvalue {i48, i1} %t6390, 0
  %t6392 = extractvalue {i48, i1} %t6390, 1
  %t6393 = zext i48 %t6391 to i128
  call void @put(i128 %t6393, i1 false)
  %t6394 = zext i1 %t6392 to i128
  call void @put(i128 %t6394, i1 false)
  %t6395 = xor i48 0, %z48
  %t6396 = xor i48 0, %z48
  %t6397 = call {i48, i1} @llvm.umul.with.overflow.i48(i48 %t6395, i48 %t6396)
  %t6398 = extractvalue {i48, i1} %t6397, 0
  %t6399 = extractvalue {i48, i1} %t6397, 1
  %t6400 = zext i48 %t6398 to i128
  call void @put(i128 %t6400, i1 false)
  %t6401 = zext i1 %t6399 to i128
  call void @put(i128 %t6401, i1 false)
  %t6402 = xor i48 203912983128164, %z48
  %t6403 = xor i48 115091990477246, %z48
  %t6404 = call {i48, i1} @llvm.umul.with.overflow.i48(i48 %t6402, i48 %t6403)
  %t6405 = extractvalue {i48, i1} %t6404, 0
  %t6406 = extractvalue {i48, i1} %t6404, 1
  %t6407 = zext i48 %t6405 to i128
  call void @put(i128 %t6407, i1 false)
  %t6408 = zext i1 %t6406 to i128
  call void @put(i128 %t6408, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s219)
  %t6409 = xor i64 18364758544493064720, %z64
  %t6410 = xor i64 7460683158699039931, %z64
  %t6411 = call i64 @llvm.ctpop.i64(i64 %t6409)
  %t6412 = zext i64 %t6411 to i128
  call void @put(i128 %t6412, i1 false)
  %t6413 = xor i64 9223372036854775807, %z64
  %t6414 = xor i64 1, %z64
  %t6415 = call i64 @llvm.ctpop.i64(i64 %t6413)
  %t6416 = zext i64 %t6415 to i128
  call void @put(i128 %t6416, i1 false)
  %t6417 = xor i64 9223372036854775808, %z64
  %t6418 = xor i64 18446744073709551615, %z64
  %t6419 = call i64 @llvm.ctpop.i64(i64 %t6417)
  %t6420 = zext i64 %t6419 to i128
  call void @put(i128 %t6420, i1 false)
  %t6421 = xor i64 18446744073709551611, %z64
  %t6422 = xor i64 12884901888, %z64
  %t6423 = call i64 @llvm.ctpop.i64(i64 %t6421)
  %t6424 = zext i64 %t6423 to i128
  call void @put(i128 %t6424, i1 false)
  %t6425 = xor i64 0, %z64
  %t6426 = xor i64 0, %z64
  %t6427 = call i64 @llvm.ctpop.i64(i64 %t6425)
  %t6428 = zext i64 %t6427 to i128
  call void @put(i128 %t6428, i1 false)
  %t6429 = xor i64 16140260552548853860, %z64
  %t6430 = xor i64 10248191152060862, %z64
  %t6431 = call i64 @llvm.ctpop.i64(i64 %t6429)
  %t6432 = zext i64 %t6431 to i128
  call void @put(i128 %t6432, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s220)
  %t6433 = xor i64 18364758544493064720, %z64
  %t6434 = xor i64 7460683158699039931, %z64
  %t6435 = call i64 @llvm.ctlz.i64(i64 %t6433, i1 false)
  %t6436 = zext i64 %t6435 to i128
  call void @put(i128 %t6436, i1 false)
  %t6437 = xor i64 9223372036854775807, %z64
  %t6438 = xor i64 1, %z64
  %t6439 = call i64 @llvm.ctlz.i64(i64 %t6437, i1 false)
  %t6440 = zext i64 %t6439 to i128
  call void @put(i128 %t6440, i1 false)
  %t6441 = xor i64 9223372036854775808, %z64
  %t6442 = xor i64 18446744073709551615, %z64
  %t6443 = call i64 @llvm.ctlz.i64(i64 %t6441, i1 false)
  %t6444 = zext i64 %t6443 to i128
  call void @put(i128 %t6444, i1 false)
  %t6445 = xor i64 18446744073709551611, %z64
  %t6446 = xor i64 12884901888, %z64
  %t6447 = call i64 @llvm.ctlz.i64(i64 %t6445, i1 false)
  %t6448 = zext i64 %t6447 to i128
  call void @put(i128 %t6448, i1 false)
  %t6449 = xor i64 0, %z64
  %t6450 = xor i64 0, %z64
  %t6451 = call i64 @llvm.ctlz.i64(i64 %t6449, i1 false)
  %t6452 = zext i64 %t6451 to i128
  call void @put(i128 %t6452, i1 false)
  %t6453 = xor i64 16140260552548853860, %z64
  %t6454 = xor i64 10248191152060862, %z64
  %t6455 = call i64 @llvm.ctlz.i64(i64 %t6453, i1 false)
  %t6456 = zext i64 %t6455 to i128
  call void @put(i128 %t6456, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s221)
  %t6457 = xor i64 18364758544493064720, %z64
  %t6458 = xor i64 7460683158699039931, %z64
  %t6459 = call i64 @llvm.cttz.i64(i64 %t6457, i1 false)
  %t6460 = zext i64 %t6459 to i128
  call void @put(i128 %t6460, i1 false)
  %t6461 = xor i64 9223372036854775807, %z64
  %t6462 = xor i64 1, %z64
  %t6463 = call i64 @llvm.cttz.i64(i64 %t6461, i1 false)
  %t6464 = zext i64 %t6463 to i128
  call void @put(i128 %t6464, i1 false)
  %t6465 = xor i64 9223372036854775808, %z64
  %t6466 = xor i64 18446744073709551615, %z64
  %t6467 = call i64 @llvm.cttz.i64(i64 %t6465, i1 false)
  %t6468 = zext i64 %t6467 to i128
  call void @put(i128 %t6468, i1 false)
  %t6469 = xor i64 18446744073709551611, %z64
  %t6470 = xor i64 12884901888, %z64
  %t6471 = call i64 @llvm.cttz.i64(i64 %t6469, i1 false)
  %t6472 = zext i64 %t6471 to i128
  call void @put(i128 %t6472, i1 false)
  %t6473 = xor i64 0, %z64
  %t6474 = xor i64 0, %z64
  %t6475 = call i64 @llvm.cttz.i64(i64 %t6473, i1 false)
  %t6476 = zext i64 %t6475 to i128
  call void @put(i128 %t6476, i1 false)
  %t6477 = xor i64 16140260552548853860, %z64
  %t6478 = xor i64 10248191152060862, %z64
  %t6479 = call i64 @llvm.cttz.i64(i64 %t6477, i1 false)
  %t6480 = zext i64 %t6479 to i128
  call void @put(i128 %t6480, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s222)
  %t6481 = xor i64 18364758544493064720, %z64
  %t6482 = xor i64 7460683158699039931, %z64
  %t6483 = call i64 @llvm.bswap.i64(i64 %t6481)
  %t6484 = zext i64 %t6483 to i128
  call void @put(i128 %t6484, i1 false)
  %t6485 = xor i64 9223372036854775807, %z64
  %t6486 = xor i64 1, %z64
  %t6487 = call i64 @llvm.bswap.i64(i64 %t6485)
  %t6488 = zext i64 %t6487 to i128
  call void @put(i128 %t6488, i1 false)
  %t6489 = xor i64 9223372036854775808, %z64
  %t6490 = xor i64 18446744073709551615, %z64
  %t6491 = call i64 @llvm.bswap.i64(i64 %t6489)
  %t6492 = zext i64 %t6491 to i128
  call void @put(i128 %t6492, i1 false)
  %t6493 = xor i64 18446744073709551611, %z64
  %t6494 = xor i64 12884901888, %z64
  %t6495 = call i64 @llvm.bswap.i64(i64 %t6493)
  %t6496 = zext i64 %t6495 to i128
  call void @put(i128 %t6496, i1 false)
  %t6497 = xor i64 0, %z64
  %t6498 = xor i64 0, %z64
  %t6499 = call i64 @llvm.bswap.i64(i64 %t6497)
  %t6500 = zext i64 %t6499 to i128
  call void @put(i128 %t6500, i1 false)
  %t6501 = xor i64 16140260552548853860, %z64
  %t6502 = xor i64 10248191152060862, %z64
  %t6503 = call i64 @llvm.bswap.i64(i64 %t6501)
  %t6504 = zext i64 %t6503 to i128
  call void @put(i128 %t6504, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s223)
  %t6505 = xor i64 18364758544493064720, %z64
  %t6506 = xor i64 7460683158699039931, %z64
  %t6507 = call i64 @llvm.bitreverse.i64(i64 %t6505)
  %t6508 = zext i64 %t6507 to i128
  call void @put(i128 %t6508, i1 false)
  %t6509 = xor i64 9223372036854775807, %z64
  %t6510 = xor i64 1, %z64
  %t6511 = call i64 @llvm.bitreverse.i64(i64 %t6509)
  %t6512 = zext i64 %t6511 to i128
  call void @put(i128 %t6512, i1 false)
  %t6513 = xor i64 9223372036854775808, %z64
  %t6514 = xor i64 18446744073709551615, %z64
  %t6515 = call i64 @llvm.bitreverse.i64(i64 %t6513)
  %t6516 = zext i64 %t6515 to i128
  call void @put(i128 %t6516, i1 false)
  %t6517 = xor i64 18446744073709551611, %z64
  %t6518 = xor i64 12884901888, %z64
  %t6519 = call i64 @llvm.bitreverse.i64(i64 %t6517)
  %t6520 = zext i64 %t6519 to i128
  call void @put(i128 %t6520, i1 false)
  %t6521 = xor i64 0, %z64
  %t6522 = xor i64 0, %z64
  %t6523 = call i64 @llvm.bitreverse.i64(i64 %t6521)
  %t6524 = zext i64 %t6523 to i128
  call void @put(i128 %t6524, i1 false)
  %t6525 = xor i64 16140260552548853860, %z64
  %t6526 = xor i64 10248191152060862, %z64
  %t6527 = call i64 @llvm.bitreverse.i64(i64 %t6525)
  %t6528 = zext i64 %t6527 to i128
  call void @put(i128 %t6528, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s224)
  %t6529 = xor i64 18364758544493064720, %z64
  %t6530 = xor i64 7460683158699039931, %z64
  %t6531 = call i64 @llvm.abs.i64(i64 %t6529, i1 false)
  %t6532 = zext i64 %t6531 to i128
  call void @put(i128 %t6532, i1 false)
  %t6533 = xor i64 9223372036854775807, %z64
  %t6534 = xor i64 1, %z64
  %t6535 = call i64 @llvm.abs.i64(i64 %t6533, i1 false)
  %t6536 = zext i64 %t6535 to i128
  call void @put(i128 %t6536, i1 false)
  %t6537 = xor i64 9223372036854775808, %z64
  %t6538 = xor i64 18446744073709551615, %z64
  %t6539 = call i64 @llvm.abs.i64(i64 %t6537, i1 false)
  %t6540 = zext i64 %t6539 to i128
  call void @put(i128 %t6540, i1 false)
  %t6541 = xor i64 18446744073709551611, %z64
  %t6542 = xor i64 12884901888, %z64
  %t6543 = call i64 @llvm.abs.i64(i64 %t6541, i1 false)
  %t6544 = zext i64 %t6543 to i128
  call void @put(i128 %t6544, i1 false)
  %t6545 = xor i64 0, %z64
  %t6546 = xor i64 0, %z64
  %t6547 = call i64 @llvm.abs.i64(i64 %t6545, i1 false)
  %t6548 = zext i64 %t6547 to i128
  call void @put(i128 %t6548, i1 false)
  %t6549 = xor i64 16140260552548853860, %z64
  %t6550 = xor i64 10248191152060862, %z64
  %t6551 = call i64 @llvm.abs.i64(i64 %t6549, i1 false)
  %t6552 = zext i64 %t6551 to i128
  call void @put(i128 %t6552, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s225)
  %t6553 = xor i64 18364758544493064720, %z64
  %t6554 = xor i64 7460683158699039931, %z64
  %t6555 = call i64 @llvm.smin.i64(i64 %t6553, i64 %t6554)
  %t6556 = zext i64 %t6555 to i128
  call void @put(i128 %t6556, i1 false)
  %t6557 = xor i64 9223372036854775807, %z64
  %t6558 = xor i64 1, %z64
  %t6559 = call i64 @llvm.smin.i64(i64 %t6557, i64 %t6558)
  %t6560 = zext i64 %t6559 to i128
  call void @put(i128 %t6560, i1 false)
  %t6561 = xor i64 9223372036854775808, %z64
  %t6562 = xor i64 18446744073709551615, %z64
  %t6563 = call i64 @llvm.smin.i64(i64 %t6561, i64 %t6562)
  %t6564 = zext i64 %t6563 to i128
  call void @put(i128 %t6564, i1 false)
  %t6565 = xor i64 18446744073709551611, %z64
  %t6566 = xor i64 12884901888, %z64
  %t6567 = call i64 @llvm.smin.i64(i64 %t6565, i64 %t6566)
  %t6568 = zext i64 %t6567 to i128
  call void @put(i128 %t6568, i1 false)
  %t6569 = xor i64 0, %z64
  %t6570 = xor i64 0, %z64
  %t6571 = call i64 @llvm.smin.i64(i64 %t6569, i64 %t6570)
  %t6572 = zext i64 %t6571 to i128
  call void @put(i128 %t6572, i1 false)
  %t6573 = xor i64 16140260552548853860, %z64
  %t6574 = xor i64 10248191152060862, %z64
  %t6575 = call i64 @llvm.smin.i64(i64 %t6573, i64 %t6574)
  %t6576 = zext i64 %t6575 to i128
  call void @put(i128 %t6576, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s226)
  %t6577 = xor i64 18364758544493064720, %z64
  %t6578 = xor i64 7460683158699039931, %z64
  %t6579 = call i64 @llvm.smax.i64(i64 %t6577, i64 %t6578)
  %t6580 = zext i64 %t6579 to i128
  call void @put(i128 %t6580, i1 false)
  %t6581 = xor i64 9223372036854775807, %z64
  %t6582 = xor i64 1, %z64
  %t6583 = call i64 @llvm.smax.i64(i64 %t6581, i64 %t6582)
  %t6584 = zext i64 %t6583 to i128
  call void @put(i128 %t6584, i1 false)
  %t6585 = xor i64 9223372036854775808, %z64
  %t6586 = xor i64 18446744073709551615, %z64
  %t6587 = call i64 @llvm.smax.i64(i64 %t6585, i64 %t6586)
  %t6588 = zext i64 %t6587 to i128
  call void @put(i128 %t6588, i1 false)
  %t6589 = xor i64 18446744073709551611, %z64
  %t6590 = xor i64 12884901888, %z64
  %t6591 = call i64 @llvm.smax.i64(i64 %t6589, i64 %t6590)
  %t6592 = zext i64 %t6591 to i128
  call void @put(i128 %t6592, i1 false)
  %t6593 = xor i64 0, %z64
  %t6594 = xor i64 0, %z64
  %t6595 = call i64 @llvm.smax.i64(i64 %t6593, i64 %t6594)
  %t6596 = zext i64 %t6595 to i128
  call void @put(i128 %t6596, i1 false)
  %t6597 = xor i64 16140260552548853860, %z64
  %t6598 = xor i64 10248191152060862, %z64
  %t6599 = call i64 @llvm.smax.i64(i64 %t6597, i64 %t6598)
  %t6600 = zext i64 %t6599 to i128
  call void @put(i128 %t6600, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s227)
  %t6601 = xor i64 18364758544493064720, %z64
  %t6602 = xor i64 7460683158699039931, %z64
  %t6603 = call i64 @llvm.umin.i64(i64 %t6601, i64 %t6602)
  %t6604 = zext i64 %t6603 to i128
  call void @put(i128 %t6604, i1 false)
  %t6605 = xor i64 9223372036854775807, %z64
  %t6606 = xor i64 1, %z64
  %t6607 = call i64 @llvm.umin.i64(i64 %t6605, i64 %t6606)
  %t6608 = zext i64 %t6607 to i128
  call void @put(i128 %t6608, i1 false)
  %t6609 = xor i64 9223372036854775808, %z64
  %t6610 = xor i64 18446744073709551615, %z64
  %t6611 = call i64 @llvm.umin.i64(i64 %t6609, i64 %t6610)
  %t6612 = zext i64 %t6611 to i128
  call void @put(i128 %t6612, i1 false)
  %t6613 = xor i64 18446744073709551611, %z64
  %t6614 = xor i64 12884901888, %z64
  %t6615 = call i64 @llvm.umin.i64(i64 %t6613, i64 %t6614)
  %t6616 = zext i64 %t6615 to i128
  call void @put(i128 %t6616, i1 false)
  %t6617 = xor i64 0, %z64
  %t6618 = xor i64 0, %z64
  %t6619 = call i64 @llvm.umin.i64(i64 %t6617, i64 %t6618)
  %t6620 = zext i64 %t6619 to i128
  call void @put(i128 %t6620, i1 false)
  %t6621 = xor i64 16140260552548853860, %z64
  %t6622 = xor i64 10248191152060862, %z64
  %t6623 = call i64 @llvm.umin.i64(i64 %t6621, i64 %t6622)
  %t6624 = zext i64 %t6623 to i128
  call void @put(i128 %t6624, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s228)
  %t6625 = xor i64 18364758544493064720, %z64
  %t6626 = xor i64 7460683158699039931, %z64
  %t6627 = call i64 @llvm.umax.i64(i64 %t6625, i64 %t6626)
  %t6628 = zext i64 %t6627 to i128
  call void @put(i128 %t6628, i1 false)
  %t6629 = xor i64 9223372036854775807, %z64
  %t6630 = xor i64 1, %z64
  %t6631 = call i64 @llvm.umax.i64(i64 %t6629, i64 %t6630)
  %t6632 = zext i64 %t6631 to i128
  call void @put(i128 %t6632, i1 false)
  %t6633 = xor i64 9223372036854775808, %z64
  %t6634 = xor i64 18446744073709551615, %z64
  %t6635 = call i64 @llvm.umax.i64(i64 %t6633, i64 %t6634)
  %t6636 = zext i64 %t6635 to i128
  call void @put(i128 %t6636, i1 false)
  %t6637 = xor i64 18446744073709551611, %z64
  %t6638 = xor i64 12884901888, %z64
  %t6639 = call i64 @llvm.umax.i64(i64 %t6637, i64 %t6638)
  %t6640 = zext i64 %t6639 to i128
  call void @put(i128 %t6640, i1 false)
  %t6641 = xor i64 0, %z64
  %t6642 = xor i64 0, %z64
  %t6643 = call i64 @llvm.umax.i64(i64 %t6641, i64 %t6642)
  %t6644 = zext i64 %t6643 to i128
  call void @put(i128 %t6644, i1 false)
  %t6645 = xor i64 16140260552548853860, %z64
  %t6646 = xor i64 10248191152060862, %z64
  %t6647 = call i64 @llvm.umax.i64(i64 %t6645, i64 %t6646)
  %t6648 = zext i64 %t6647 to i128
  call void @put(i128 %t6648, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s229)
  %t6649 = xor i64 18364758544493064720, %z64
  %t6650 = xor i64 7460683158699039931, %z64
  %t6651 = call i64 @llvm.sadd.sat.i64(i64 %t6649, i64 %t6650)
  %t6652 = zext i64 %t6651 to i128
  call void @put(i128 %t6652, i1 false)
  %t6653 = xor i64 9223372036854775807, %z64
  %t6654 = xor i64 1, %z64
  %t6655 = call i64 @llvm.sadd.sat.i64(i64 %t6653, i64 %t6654)
  %t6656 = zext i64 %t6655 to i128
  call void @put(i128 %t6656, i1 false)
  %t6657 = xor i64 9223372036854775808, %z64
  %t6658 = xor i64 18446744073709551615, %z64
  %t6659 = call i64 @llvm.sadd.sat.i64(i64 %t6657, i64 %t6658)
  %t6660 = zext i64 %t6659 to i128
  call void @put(i128 %t6660, i1 false)
  %t6661 = xor i64 18446744073709551611, %z64
  %t6662 = xor i64 12884901888, %z64
  %t6663 = call i64 @llvm.sadd.sat.i64(i64 %t6661, i64 %t6662)
  %t6664 = zext i64 %t6663 to i128
  call void @put(i128 %t6664, i1 false)
  %t6665 = xor i64 0, %z64
  %t6666 = xor i64 0, %z64
  %t6667 = call i64 @llvm.sadd.sat.i64(i64 %t6665, i64 %t6666)
  %t6668 = zext i64 %t6667 to i128
  call void @put(i128 %t6668, i1 false)
  %t6669 = xor i64 16140260552548853860, %z64
  %t6670 = xor i64 10248191152060862, %z64
  %t6671 = call i64 @llvm.sadd.sat.i64(i64 %t6669, i64 %t6670)
  %t6672 = zext i64 %t6671 to i128
  call void @put(i128 %t6672, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s230)
  %t6673 = xor i64 18364758544493064720, %z64
  %t6674 = xor i64 7460683158699039931, %z64
  %t6675 = call i64 @llvm.uadd.sat.i64(i64 %t6673, i64 %t6674)
  %t6676 = zext i64 %t6675 to i128
  call void @put(i128 %t6676, i1 false)
  %t6677 = xor i64 9223372036854775807, %z64
  %t6678 = xor i64 1, %z64
  %t6679 = call i64 @llvm.uadd.sat.i64(i64 %t6677, i64 %t6678)
  %t6680 = zext i64 %t6679 to i128
  call void @put(i128 %t6680, i1 false)
  %t6681 = xor i64 9223372036854775808, %z64
  %t6682 = xor i64 18446744073709551615, %z64
  %t6683 = call i64 @llvm.uadd.sat.i64(i64 %t6681, i64 %t6682)
  %t6684 = zext i64 %t6683 to i128
  call void @put(i128 %t6684, i1 false)
  %t6685 = xor i64 18446744073709551611, %z64
  %t6686 = xor i64 12884901888, %z64
  %t6687 = call i64 @llvm.uadd.sat.i64(i64 %t6685, i64 %t6686)
  %t6688 = zext i64 %t6687 to i128
  call void @put(i128 %t6688, i1 false)
  %t6689 = xor i64 0, %z64
  %t6690 = xor i64 0, %z64
  %t6691 = call i64 @llvm.uadd.sat.i64(i64 %t6689, i64 %t6690)
  %t6692 = zext i64 %t6691 to i128
  call void @put(i128 %t6692, i1 false)
  %t6693 = xor i64 16140260552548853860, %z64
  %t6694 = xor i64 10248191152060862, %z64
  %t6695 = call i64 @llvm.uadd.sat.i64(i64 %t6693, i64 %t6694)
  %t6696 = zext i64 %t6695 to i128
  call void @put(i128 %t6696, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s231)
  %t6697 = xor i64 18364758544493064720, %z64
  %t6698 = xor i64 7460683158699039931, %z64
  %t6699 = call i64 @llvm.ssub.sat.i64(i64 %t6697, i64 %t6698)
  %t6700 = zext i64 %t6699 to i128
  call void @put(i128 %t6700, i1 false)
  %t6701 = xor i64 9223372036854775807, %z64
  %t6702 = xor i64 1, %z64
  %t6703 = call i64 @llvm.ssub.sat.i64(i64 %t6701, i64 %t6702)
  %t6704 = zext i64 %t6703 to i128
  call void @put(i128 %t6704, i1 false)
  %t6705 = xor i64 9223372036854775808, %z64
  %t6706 = xor i64 18446744073709551615, %z64
  %t6707 = call i64 @llvm.ssub.sat.i64(i64 %t6705, i64 %t6706)
  %t6708 = zext i64 %t6707 to i128
  call void @put(i128 %t6708, i1 false)
  %t6709 = xor i64 18446744073709551611, %z64
  %t6710 = xor i64 12884901888, %z64
  %t6711 = call i64 @llvm.ssub.sat.i64(i64 %t6709, i64 %t6710)
  %t6712 = zext i64 %t6711 to i128
  call void @put(i128 %t6712, i1 false)
  %t6713 = xor i64 0, %z64
  %t6714 = xor i64 0, %z64
  %t6715 = call i64 @llvm.ssub.sat.i64(i64 %t6713, i64 %t6714)
  %t6716 = zext i64 %t6715 to i128
  call void @put(i128 %t6716, i1 false)
  %t6717 = xor i64 16140260552548853860, %z64
  %t6718 = xor i64 10248191152060862, %z64
  %t6719 = call i64 @llvm.ssub.sat.i64(i64 %t6717, i64 %t6718)
  %t6720 = zext i64 %t6719 to i128
  call void @put(i128 %t6720, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s232)
  %t6721 = xor i64 18364758544493064720, %z64
  %t6722 = xor i64 7460683158699039931, %z64
  %t6723 = call i64 @llvm.usub.sat.i64(i64 %t6721, i64 %t6722)
  %t6724 = zext i64 %t6723 to i128
  call void @put(i128 %t6724, i1 false)
  %t6725 = xor i64 9223372036854775807, %z64
  %t6726 = xor i64 1, %z64
  %t6727 = call i64 @llvm.usub.sat.i64(i64 %t6725, i64 %t6726)
  %t6728 = zext i64 %t6727 to i128
  call void @put(i128 %t6728, i1 false)
  %t6729 = xor i64 9223372036854775808, %z64
  %t6730 = xor i64 18446744073709551615, %z64
  %t6731 = call i64 @llvm.usub.sat.i64(i64 %t6729, i64 %t6730)
  %t6732 = zext i64 %t6731 to i128
  call void @put(i128 %t6732, i1 false)
  %t6733 = xor i64 18446744073709551611, %z64
  %t6734 = xor i64 12884901888, %z64
  %t6735 = call i64 @llvm.usub.sat.i64(i64 %t6733, i64 %t6734)
  %t6736 = zext i64 %t6735 to i128
  call void @put(i128 %t6736, i1 false)
  %t6737 = xor i64 0, %z64
  %t6738 = xor i64 0, %z64
  %t6739 = call i64 @llvm.usub.sat.i64(i64 %t6737, i64 %t6738)
  %t6740 = zext i64 %t6739 to i128
  call void @put(i128 %t6740, i1 false)
  %t6741 = xor i64 16140260552548853860, %z64
  %t6742 = xor i64 10248191152060862, %z64
  %t6743 = call i64 @llvm.usub.sat.i64(i64 %t6741, i64 %t6742)
  %t6744 = zext i64 %t6743 to i128
  call void @put(i128 %t6744, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s233)
  %t6745 = xor i64 18364758544493064720, %z64
  %t6746 = xor i64 7460683158699039931, %z64
  %t6747 = call i8 @llvm.scmp.i8.i64(i64 %t6745, i64 %t6746)
  %t6748 = zext i8 %t6747 to i128
  call void @put(i128 %t6748, i1 false)
  %t6749 = xor i64 9223372036854775807, %z64
  %t6750 = xor i64 1, %z64
  %t6751 = call i8 @llvm.scmp.i8.i64(i64 %t6749, i64 %t6750)
  %t6752 = zext i8 %t6751 to i128
  call void @put(i128 %t6752, i1 false)
  %t6753 = xor i64 9223372036854775808, %z64
  %t6754 = xor i64 18446744073709551615, %z64
  %t6755 = call i8 @llvm.scmp.i8.i64(i64 %t6753, i64 %t6754)
  %t6756 = zext i8 %t6755 to i128
  call void @put(i128 %t6756, i1 false)
  %t6757 = xor i64 18446744073709551611, %z64
  %t6758 = xor i64 12884901888, %z64
  %t6759 = call i8 @llvm.scmp.i8.i64(i64 %t6757, i64 %t6758)
  %t6760 = zext i8 %t6759 to i128
  call void @put(i128 %t6760, i1 false)
  %t6761 = xor i64 0, %z64
  %t6762 = xor i64 0, %z64
  %t6763 = call i8 @llvm.scmp.i8.i64(i64 %t6761, i64 %t6762)
  %t6764 = zext i8 %t6763 to i128
  call void @put(i128 %t6764, i1 false)
  %t6765 = xor i64 16140260552548853860, %z64
  %t6766 = xor i64 10248191152060862, %z64
  %t6767 = call i8 @llvm.scmp.i8.i64(i64 %t6765, i64 %t6766)
  %t6768 = zext i8 %t6767 to i128
  call void @put(i128 %t6768, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s234)
  %t6769 = xor i64 18364758544493064720, %z64
  %t6770 = xor i64 7460683158699039931, %z64
  %t6771 = call i8 @llvm.ucmp.i8.i64(i64 %t6769, i64 %t6770)
  %t6772 = zext i8 %t6771 to i128
  call void @put(i128 %t6772, i1 false)
  %t6773 = xor i64 9223372036854775807, %z64
  %t6774 = xor i64 1, %z64
  %t6775 = call i8 @llvm.ucmp.i8.i64(i64 %t6773, i64 %t6774)
  %t6776 = zext i8 %t6775 to i128
  call void @put(i128 %t6776, i1 false)
  %t6777 = xor i64 9223372036854775808, %z64
  %t6778 = xor i64 18446744073709551615, %z64
  %t6779 = call i8 @llvm.ucmp.i8.i64(i64 %t6777, i64 %t6778)
  %t6780 = zext i8 %t6779 to i128
  call void @put(i128 %t6780, i1 false)
  %t6781 = xor i64 18446744073709551611, %z64
  %t6782 = xor i64 12884901888, %z64
  %t6783 = call i8 @llvm.ucmp.i8.i64(i64 %t6781, i64 %t6782)
  %t6784 = zext i8 %t6783 to i128
  call void @put(i128 %t6784, i1 false)
  %t6785 = xor i64 0, %z64
  %t6786 = xor i64 0, %z64
  %t6787 = call i8 @llvm.ucmp.i8.i64(i64 %t6785, i64 %t6786)
  %t6788 = zext i8 %t6787 to i128
  call void @put(i128 %t6788, i1 false)
  %t6789 = xor i64 16140260552548853860, %z64
  %t6790 = xor i64 10248191152060862, %z64
  %t6791 = call i8 @llvm.ucmp.i8.i64(i64 %t6789, i64 %t6790)
  %t6792 = zext i8 %t6791 to i128
  call void @put(i128 %t6792, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s235)
  %t6793 = xor i64 18364758544493064720, %z64
  %t6794 = xor i64 7460683158699039931, %z64
  %t6796 = xor i64 1, %z64
  %t6795 = call i64 @llvm.sshl.sat.i64(i64 %t6793, i64 %t6796)
  %t6797 = zext i64 %t6795 to i128
  call void @put(i128 %t6797, i1 false)
  %t6798 = xor i64 9223372036854775807, %z64
  %t6799 = xor i64 1, %z64
  %t6801 = xor i64 63, %z64
  %t6800 = call i64 @llvm.sshl.sat.i64(i64 %t6798, i64 %t6801)
  %t6802 = zext i64 %t6800 to i128
  call void @put(i128 %t6802, i1 false)
  %t6803 = xor i64 9223372036854775808, %z64
  %t6804 = xor i64 18446744073709551615, %z64
  %t6806 = xor i64 32, %z64
  %t6805 = call i64 @llvm.sshl.sat.i64(i64 %t6803, i64 %t6806)
  %t6807 = zext i64 %t6805 to i128
  call void @put(i128 %t6807, i1 false)
  %t6808 = xor i64 18446744073709551611, %z64
  %t6809 = xor i64 12884901888, %z64
  %t6811 = xor i64 0, %z64
  %t6810 = call i64 @llvm.sshl.sat.i64(i64 %t6808, i64 %t6811)
  %t6812 = zext i64 %t6810 to i128
  call void @put(i128 %t6812, i1 false)
  %t6813 = xor i64 0, %z64
  %t6814 = xor i64 0, %z64
  %t6816 = xor i64 2, %z64
  %t6815 = call i64 @llvm.sshl.sat.i64(i64 %t6813, i64 %t6816)
  %t6817 = zext i64 %t6815 to i128
  call void @put(i128 %t6817, i1 false)
  %t6818 = xor i64 16140260552548853860, %z64
  %t6819 = xor i64 10248191152060862, %z64
  %t6821 = xor i64 3, %z64
  %t6820 = call i64 @llvm.sshl.sat.i64(i64 %t6818, i64 %t6821)
  %t6822 = zext i64 %t6820 to i128
  call void @put(i128 %t6822, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s236)
  %t6823 = xor i64 18364758544493064720, %z64
  %t6824 = xor i64 7460683158699039931, %z64
  %t6826 = xor i64 1, %z64
  %t6825 = call i64 @llvm.ushl.sat.i64(i64 %t6823, i64 %t6826)
  %t6827 = zext i64 %t6825 to i128
  call void @put(i128 %t6827, i1 false)
  %t6828 = xor i64 9223372036854775807, %z64
  %t6829 = xor i64 1, %z64
  %t6831 = xor i64 63, %z64
  %t6830 = call i64 @llvm.ushl.sat.i64(i64 %t6828, i64 %t6831)
  %t6832 = zext i64 %t6830 to i128
  call void @put(i128 %t6832, i1 false)
  %t6833 = xor i64 9223372036854775808, %z64
  %t6834 = xor i64 18446744073709551615, %z64
  %t6836 = xor i64 32, %z64
  %t6835 = call i64 @llvm.ushl.sat.i64(i64 %t6833, i64 %t6836)
  %t6837 = zext i64 %t6835 to i128
  call void @put(i128 %t6837, i1 false)
  %t6838 = xor i64 18446744073709551611, %z64
  %t6839 = xor i64 12884901888, %z64
  %t6841 = xor i64 0, %z64
  %t6840 = call i64 @llvm.ushl.sat.i64(i64 %t6838, i64 %t6841)
  %t6842 = zext i64 %t6840 to i128
  call void @put(i128 %t6842, i1 false)
  %t6843 = xor i64 0, %z64
  %t6844 = xor i64 0, %z64
  %t6846 = xor i64 2, %z64
  %t6845 = call i64 @llvm.ushl.sat.i64(i64 %t6843, i64 %t6846)
  %t6847 = zext i64 %t6845 to i128
  call void @put(i128 %t6847, i1 false)
  %t6848 = xor i64 16140260552548853860, %z64
  %t6849 = xor i64 10248191152060862, %z64
  %t6851 = xor i64 3, %z64
  %t6850 = call i64 @llvm.ushl.sat.i64(i64 %t6848, i64 %t6851)
  %t6852 = zext i64 %t6850 to i128
  call void @put(i128 %t6852, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s237)
  %t6853 = xor i64 18364758544493064720, %z64
  %t6854 = xor i64 7460683158699039931, %z64
  %t6856 = xor i64 1, %z64
  %t6855 = call i64 @llvm.fshl.i64(i64 %t6853, i64 %t6854, i64 %t6856)
  %t6857 = zext i64 %t6855 to i128
  call void @put(i128 %t6857, i1 false)
  %t6858 = xor i64 9223372036854775807, %z64
  %t6859 = xor i64 1, %z64
  %t6861 = xor i64 63, %z64
  %t6860 = call i64 @llvm.fshl.i64(i64 %t6858, i64 %t6859, i64 %t6861)
  %t6862 = zext i64 %t6860 to i128
  call void @put(i128 %t6862, i1 false)
  %t6863 = xor i64 9223372036854775808, %z64
  %t6864 = xor i64 18446744073709551615, %z64
  %t6866 = xor i64 67, %z64
  %t6865 = call i64 @llvm.fshl.i64(i64 %t6863, i64 %t6864, i64 %t6866)
  %t6867 = zext i64 %t6865 to i128
  call void @put(i128 %t6867, i1 false)
  %t6868 = xor i64 18446744073709551611, %z64
  %t6869 = xor i64 12884901888, %z64
  %t6871 = xor i64 0, %z64
  %t6870 = call i64 @llvm.fshl.i64(i64 %t6868, i64 %t6869, i64 %t6871)
  %t6872 = zext i64 %t6870 to i128
  call void @put(i128 %t6872, i1 false)
  %t6873 = xor i64 0, %z64
  %t6874 = xor i64 0, %z64
  %t6876 = xor i64 32, %z64
  %t6875 = call i64 @llvm.fshl.i64(i64 %t6873, i64 %t6874, i64 %t6876)
  %t6877 = zext i64 %t6875 to i128
  call void @put(i128 %t6877, i1 false)
  %t6878 = xor i64 16140260552548853860, %z64
  %t6879 = xor i64 10248191152060862, %z64
  %t6881 = xor i64 129, %z64
  %t6880 = call i64 @llvm.fshl.i64(i64 %t6878, i64 %t6879, i64 %t6881)
  %t6882 = zext i64 %t6880 to i128
  call void @put(i128 %t6882, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s238)
  %t6883 = xor i64 18364758544493064720, %z64
  %t6884 = xor i64 7460683158699039931, %z64
  %t6886 = xor i64 1, %z64
  %t6885 = call i64 @llvm.fshr.i64(i64 %t6883, i64 %t6884, i64 %t6886)
  %t6887 = zext i64 %t6885 to i128
  call void @put(i128 %t6887, i1 false)
  %t6888 = xor i64 9223372036854775807, %z64
  %t6889 = xor i64 1, %z64
  %t6891 = xor i64 63, %z64
  %t6890 = call i64 @llvm.fshr.i64(i64 %t6888, i64 %t6889, i64 %t6891)
  %t6892 = zext i64 %t6890 to i128
  call void @put(i128 %t6892, i1 false)
  %t6893 = xor i64 9223372036854775808, %z64
  %t6894 = xor i64 18446744073709551615, %z64
  %t6896 = xor i64 67, %z64
  %t6895 = call i64 @llvm.fshr.i64(i64 %t6893, i64 %t6894, i64 %t6896)
  %t6897 = zext i64 %t6895 to i128
  call void @put(i128 %t6897, i1 false)
  %t6898 = xor i64 18446744073709551611, %z64
  %t6899 = xor i64 12884901888, %z64
  %t6901 = xor i64 0, %z64
  %t6900 = call i64 @llvm.fshr.i64(i64 %t6898, i64 %t6899, i64 %t6901)
  %t6902 = zext i64 %t6900 to i128
  call void @put(i128 %t6902, i1 false)
  %t6903 = xor i64 0, %z64
  %t6904 = xor i64 0, %z64
  %t6906 = xor i64 32, %z64
  %t6905 = call i64 @llvm.fshr.i64(i64 %t6903, i64 %t6904, i64 %t6906)
  %t6907 = zext i64 %t6905 to i128
  call void @put(i128 %t6907, i1 false)
  %t6908 = xor i64 16140260552548853860, %z64
  %t6909 = xor i64 10248191152060862, %z64
  %t6911 = xor i64 129, %z64
  %t6910 = call i64 @llvm.fshr.i64(i64 %t6908, i64 %t6909, i64 %t6911)
  %t6912 = zext i64 %t6910 to i128
  call void @put(i128 %t6912, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s239)
  %t6913 = xor i64 18364758544493064720, %z64
  %t6914 = xor i64 7460683158699039931, %z64
  %t6916 = xor i64 1, %z64
  %t6915 = call i64 @llvm.fshl.i64(i64 %t6913, i64 %t6913, i64 %t6916)
  %t6917 = zext i64 %t6915 to i128
  call void @put(i128 %t6917, i1 false)
  %t6918 = xor i64 9223372036854775807, %z64
  %t6919 = xor i64 1, %z64
  %t6921 = xor i64 63, %z64
  %t6920 = call i64 @llvm.fshl.i64(i64 %t6918, i64 %t6918, i64 %t6921)
  %t6922 = zext i64 %t6920 to i128
  call void @put(i128 %t6922, i1 false)
  %t6923 = xor i64 9223372036854775808, %z64
  %t6924 = xor i64 18446744073709551615, %z64
  %t6926 = xor i64 67, %z64
  %t6925 = call i64 @llvm.fshl.i64(i64 %t6923, i64 %t6923, i64 %t6926)
  %t6927 = zext i64 %t6925 to i128
  call void @put(i128 %t6927, i1 false)
  %t6928 = xor i64 18446744073709551611, %z64
  %t6929 = xor i64 12884901888, %z64
  %t6931 = xor i64 0, %z64
  %t6930 = call i64 @llvm.fshl.i64(i64 %t6928, i64 %t6928, i64 %t6931)
  %t6932 = zext i64 %t6930 to i128
  call void @put(i128 %t6932, i1 false)
  %t6933 = xor i64 0, %z64
  %t6934 = xor i64 0, %z64
  %t6936 = xor i64 32, %z64
  %t6935 = call i64 @llvm.fshl.i64(i64 %t6933, i64 %t6933, i64 %t6936)
  %t6937 = zext i64 %t6935 to i128
  call void @put(i128 %t6937, i1 false)
  %t6938 = xor i64 16140260552548853860, %z64
  %t6939 = xor i64 10248191152060862, %z64
  %t6941 = xor i64 129, %z64
  %t6940 = call i64 @llvm.fshl.i64(i64 %t6938, i64 %t6938, i64 %t6941)
  %t6942 = zext i64 %t6940 to i128
  call void @put(i128 %t6942, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s240)
  %t6943 = xor i64 18364758544493064720, %z64
  %t6944 = xor i64 7460683158699039931, %z64
  %t6946 = xor i64 1, %z64
  %t6945 = call i64 @llvm.fshr.i64(i64 %t6943, i64 %t6943, i64 %t6946)
  %t6947 = zext i64 %t6945 to i128
  call void @put(i128 %t6947, i1 false)
  %t6948 = xor i64 9223372036854775807, %z64
  %t6949 = xor i64 1, %z64
  %t6951 = xor i64 63, %z64
  %t6950 = call i64 @llvm.fshr.i64(i64 %t6948, i64 %t6948, i64 %t6951)
  %t6952 = zext i64 %t6950 to i128
  call void @put(i128 %t6952, i1 false)
  %t6953 = xor i64 9223372036854775808, %z64
  %t6954 = xor i64 18446744073709551615, %z64
  %t6956 = xor i64 67, %z64
  %t6955 = call i64 @llvm.fshr.i64(i64 %t6953, i64 %t6953, i64 %t6956)
  %t6957 = zext i64 %t6955 to i128
  call void @put(i128 %t6957, i1 false)
  %t6958 = xor i64 18446744073709551611, %z64
  %t6959 = xor i64 12884901888, %z64
  %t6961 = xor i64 0, %z64
  %t6960 = call i64 @llvm.fshr.i64(i64 %t6958, i64 %t6958, i64 %t6961)
  %t6962 = zext i64 %t6960 to i128
  call void @put(i128 %t6962, i1 false)
  %t6963 = xor i64 0, %z64
  %t6964 = xor i64 0, %z64
  %t6966 = xor i64 32, %z64
  %t6965 = call i64 @llvm.fshr.i64(i64 %t6963, i64 %t6963, i64 %t6966)
  %t6967 = zext i64 %t6965 to i128
  call void @put(i128 %t6967, i1 false)
  %t6968 = xor i64 16140260552548853860, %z64
  %t6969 = xor i64 10248191152060862, %z64
  %t6971 = xor i64 129, %z64
  %t6970 = call i64 @llvm.fshr.i64(i64 %t6968, i64 %t6968, i64 %t6971)
  %t6972 = zext i64 %t6970 to i128
  call void @put(i128 %t6972, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s241)
  %t6973 = xor i64 18364758544493064720, %z64
  %t6974 = xor i64 7460683158699039931, %z64
  %t6975 = call {i64, i1} @llvm.sadd.with.overflow.i64(i64 %t6973, i64 %t6974)
  %t6976 = extractvalue {i64, i1} %t6975, 0
  %t6977 = extractvalue {i64, i1} %t6975, 1
  %t6978 = zext i64 %t6976 to i128
  call void @put(i128 %t6978, i1 false)
  %t6979 = zext i1 %t6977 to i128
  call void @put(i128 %t6979, i1 false)
  %t6980 = xor i64 9223372036854775807, %z64
  %t6981 = xor i64 1, %z64
  %t6982 = call {i64, i1} @llvm.sadd.with.overflow.i64(i64 %t6980, i64 %t6981)
  %t6983 = extractvalue {i64, i1} %t6982, 0
  %t6984 = extractvalue {i64, i1} %t6982, 1
  %t6985 = zext i64 %t6983 to i128
  call void @put(i128 %t6985, i1 false)
  %t6986 = zext i1 %t6984 to i128
  call void @put(i128 %t6986, i1 false)
  %t6987 = xor i64 9223372036854775808, %z64
  %t6988 = xor i64 18446744073709551615, %z64
  %t6989 = call {i64, i1} @llvm.sadd.with.overflow.i64(i64 %t6987, i64 %t6988)
  %t6990 = extractvalue {i64, i1} %t6989, 0
  %t6991 = extractvalue {i64, i1} %t6989, 1
  %t6992 = zext i64 %t6990 to i128
  call void @put(i128 %t6992, i1 false)
  %t6993 = zext i1 %t6991 to i128
  call void @put(i128 %t6993, i1 false)
  %t6994 = xor i64 18446744073709551611, %z64
  %t6995 = xor i64 12884901888, %z64
  %t6996 = call {i64, i1} @llvm.sadd.with.overflow.i64(i64 %t6994, i64 %t6995)
  %t6997 = extractvalue {i64, i1} %t6996, 0
  %t6998 = extractvalue {i64, i1} %t6996, 1
  %t6999 = zext i64 %t6997 to i128
  call void @put(i128 %t6999, i1 false)
  %t7000 = zext i1 %t6998 to i128
  call void @put(i128 %t7000, i1 false)
  %t7001 = xor i64 0, %z64
  %t7002 = xor i64 0, %z64
  %t7003 = call {i64, i1} @llvm.sadd.with.overflow.i64(i64 %t7001, i64 %t7002)
  %t7004 = extractvalue {i64, i1} %t7003, 0
  %t7005 = extractvalue {i64, i1} %t7003, 1
  %t7006 = zext i64 %t7004 to i128
  call void @put(i128 %t7006, i1 false)
  %t7007 = zext i1 %t7005 to i128
  call void @put(i128 %t7007, i1 false)
  %t7008 = xor i64 16140260552548853860, %z64
  %t7009 = xor i64 10248191152060862, %z64
  %t7010 = call {i64, i1} @llvm.sadd.with.overflow.i64(i64 %t7008, i64 %t7009)
  %t7011 = extractvalue {i64, i1} %t7010, 0
  %t7012 = extractvalue {i64, i1} %t7010, 1
  %t7013 = zext i64 %t7011 to i128
  call void @put(i128 %t7013, i1 false)
  %t7014 = zext i1 %t7012 to i128
  call void @put(i128 %t7014, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s242)
  %t7015 = xor i64 18364758544493064720, %z64
  %t7016 = xor i64 7460683158699039931, %z64
  %t7017 = call {i64, i1} @llvm.uadd.with.overflow.i64(i64 %t7015, i64 %t7016)
  %t7018 = extractvalue {i64, i1} %t7017, 0
  %t7019 = extractvalue {i64, i1} %t7017, 1
  %t7020 = zext i64 %t7018 to i128
  call void @put(i128 %t7020, i1 false)
  %t7021 = zext i1 %t7019 to i128
  call void @put(i128 %t7021, i1 false)
  %t7022 = xor i64 9223372036854775807, %z64
  %t7023 = xor i64 1, %z64
  %t7024 = call {i64, i1} @llvm.uadd.with.overflow.i64(i64 %t7022, i64 %t7023)
  %t7025 = extractvalue {i64, i1} %t7024, 0
  %t7026 = extractvalue {i64, i1} %t7024, 1
  %t7027 = zext i64 %t7025 to i128
  call void @put(i128 %t7027, i1 false)
  %t7028 = zext i1 %t7026 to i128
  call void @put(i128 %t7028, i1 false)
  %t7029 = xor i64 9223372036854775808, %z64
  %t7030 = xor i64 18446744073709551615, %z64
  %t7031 = call {i64, i1} @llvm.uadd.with.overflow.i64(i64 %t7029, i64 %t7030)
  %t7032 = extractvalue {i64, i1} %t7031, 0
  %t7033 = extractvalue {i64, i1} %t7031, 1
  %t7034 = zext i64 %t7032 to i128
  call void @put(i128 %t7034, i1 false)
  %t7035 = zext i1 %t7033 to i128
  call void @put(i128 %t7035, i1 false)
  %t7036 = xor i64 18446744073709551611, %z64
  %t7037 = xor i64 12884901888, %z64
  %t7038 = call {i64, i1} @llvm.uadd.with.overflow.i64(i64 %t7036, i64 %t7037)
  %t7039 = extractvalue {i64, i1} %t7038, 0
  %t7040 = extractvalue {i64, i1} %t7038, 1
  %t7041 = zext i64 %t7039 to i128
  call void @put(i128 %t7041, i1 false)
  %t7042 = zext i1 %t7040 to i128
  call void @put(i128 %t7042, i1 false)
  %t7043 = xor i64 0, %z64
  %t7044 = xor i64 0, %z64
  %t7045 = call {i64, i1} @llvm.uadd.with.overflow.i64(i64 %t7043, i64 %t7044)
  %t7046 = extractvalue {i64, i1} %t7045, 0
  %t7047 = extractvalue {i64, i1} %t7045, 1
  %t7048 = zext i64 %t7046 to i128
  call void @put(i128 %t7048, i1 false)
  %t7049 = zext i1 %t7047 to i128
  call void @put(i128 %t7049, i1 false)
  %t7050 = xor i64 16140260552548853860, %z64
  %t7051 = xor i64 10248191152060862, %z64
  %t7052 = call {i64, i1} @llvm.uadd.with.overflow.i64(i64 %t7050, i64 %t7051)
  %t7053 = extractvalue {i64, i1} %t7052, 0
  %t7054 = extractvalue {i64, i1} %t7052, 1
  %t7055 = zext i64 %t7053 to i128
  call void @put(i128 %t7055, i1 false)
  %t7056 = zext i1 %t7054 to i128
  call void @put(i128 %t7056, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s243)
  %t7057 = xor i64 18364758544493064720, %z64
  %t7058 = xor i64 7460683158699039931, %z64
  %t7059 = call {i64, i1} @llvm.ssub.with.overflow.i64(i64 %t7057, i64 %t7058)
  %t7060 = extractvalue {i64, i1} %t7059, 0
  %t7061 = extractvalue {i64, i1} %t7059, 1
  %t7062 = zext i64 %t7060 to i128
  call void @put(i128 %t7062, i1 false)
  %t7063 = zext i1 %t7061 to i128
  call void @put(i128 %t7063, i1 false)
  %t7064 = xor i64 9223372036854775807, %z64
  %t7065 = xor i64 1, %z64
  %t7066 = call {i64, i1} @llvm.ssub.with.overflow.i64(i64 %t7064, i64 %t7065)
  %t7067 = extractvalue {i64, i1} %t7066, 0
  %t7068 = extractvalue {i64, i1} %t7066, 1
  %t7069 = zext i64 %t7067 to i128
  call void @put(i128 %t7069, i1 false)
  %t7070 = zext i1 %t7068 to i128
  call void @put(i128 %t7070, i1 false)
  %t7071 = xor i64 9223372036854775808, %z64
  %t7072 = xor i64 18446744073709551615, %z64
  %t7073 = call {i64, i1} @llvm.ssub.with.overflow.i64(i64 %t7071, i64 %t7072)
  %t7074 = extractvalue {i64, i1} %t7073, 0
  %t7075 = extractvalue {i64, i1} %t7073, 1
  %t7076 = zext i64 %t7074 to i128
  call void @put(i128 %t7076, i1 false)
  %t7077 = zext i1 %t7075 to i128
  call void @put(i128 %t7077, i1 false)
  %t7078 = xor i64 18446744073709551611, %z64
  %t7079 = xor i64 12884901888, %z64
  %t7080 = call {i64, i1} @llvm.ssub.with.overflow.i64(i64 %t7078, i64 %t7079)
  %t7081 = extractvalue {i64, i1} %t7080, 0
  %t7082 = extractvalue {i64, i1} %t7080, 1
  %t7083 = zext i64 %t7081 to i128
  call void @put(i128 %t7083, i1 false)
  %t7084 = zext i1 %t7082 to i128
  call void @put(i128 %t7084, i1 false)
  %t7085 = xor i64 0, %z64
  %t7086 = xor i64 0, %z64
  %t7087 = call {i64, i1} @llvm.ssub.with.overflow.i64(i64 %t7085, i64 %t7086)
  %t7088 = extractvalue {i64, i1} %t7087, 0
  %t7089 = extractvalue {i64, i1} %t7087, 1
  %t7090 = zext i64 %t7088 to i128
  call void @put(i128 %t7090, i1 false)
  %t7091 = zext i1 %t7089 to i128
  call void @put(i128 %t7091, i1 false)
  %t7092 = xor i64 16140260552548853860, %z64
  %t7093 = xor i64 10248191152060862, %z64
  %t7094 = call {i64, i1} @llvm.ssub.with.overflow.i64(i64 %t7092, i64 %t7093)
  %t7095 = extractvalue {i64, i1} %t7094, 0
  %t7096 = extractvalue {i64, i1} %t7094, 1
  %t7097 = zext i64 %t7095 to i128
  call void @put(i128 %t7097, i1 false)
  %t7098 = zext i1 %t7096 to i128
  call void @put(i128 %t7098, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s244)
  %t7099 = xor i64 18364758544493064720, %z64
  %t7100 = xor i64 7460683158699039931, %z64
  %t7101 = call {i64, i1} @llvm.usub.with.overflow.i64(i64 %t7099, i64 %t7100)
  %t7102 = extractvalue {i64, i1} %t7101, 0
  %t7103 = extractvalue {i64, i1} %t7101, 1
  %t7104 = zext i64 %t7102 to i128
  call void @put(i128 %t7104, i1 false)
  %t7105 = zext i1 %t7103 to i128
  call void @put(i128 %t7105, i1 false)
  %t7106 = xor i64 9223372036854775807, %z64
  %t7107 = xor i64 1, %z64
  %t7108 = call {i64, i1} @llvm.usub.with.overflow.i64(i64 %t7106, i64 %t7107)
  %t7109 = extractvalue {i64, i1} %t7108, 0
  %t7110 = extractvalue {i64, i1} %t7108, 1
  %t7111 = zext i64 %t7109 to i128
  call void @put(i128 %t7111, i1 false)
  %t7112 = zext i1 %t7110 to i128
  call void @put(i128 %t7112, i1 false)
  %t7113 = xor i64 9223372036854775808, %z64
  %t7114 = xor i64 18446744073709551615, %z64
  %t7115 = call {i64, i1} @llvm.usub.with.overflow.i64(i64 %t7113, i64 %t7114)
  %t7116 = extractvalue {i64, i1} %t7115, 0
  %t7117 = extractvalue {i64, i1} %t7115, 1
  %t7118 = zext i64 %t7116 to i128
  call void @put(i128 %t7118, i1 false)
  %t7119 = zext i1 %t7117 to i128
  call void @put(i128 %t7119, i1 false)
  %t7120 = xor i64 18446744073709551611, %z64
  %t7121 = xor i64 12884901888, %z64
  %t7122 = call {i64, i1} @llvm.usub.with.overflow.i64(i64 %t7120, i64 %t7121)
  %t7123 = extractvalue {i64, i1} %t7122, 0
  %t7124 = extractvalue {i64, i1} %t7122, 1
  %t7125 = zext i64 %t7123 to i128
  call void @put(i128 %t7125, i1 false)
  %t7126 = zext i1 %t7124 to i128
  call void @put(i128 %t7126, i1 false)
  %t7127 = xor i64 0, %z64
  %t7128 = xor i64 0, %z64
  %t7129 = call {i64, i1} @llvm.usub.with.overflow.i64(i64 %t7127, i64 %t7128)
  %t7130 = extractvalue {i64, i1} %t7129, 0
  %t7131 = extractvalue {i64, i1} %t7129, 1
  %t7132 = zext i64 %t7130 to i128
  call void @put(i128 %t7132, i1 false)
  %t7133 = zext i1 %t7131 to i128
  call void @put(i128 %t7133, i1 false)
  %t7134 = xor i64 16140260552548853860, %z64
  %t7135 = xor i64 10248191152060862, %z64
  %t7136 = call {i64, i1} @llvm.usub.with.overflow.i64(i64 %t7134, i64 %t7135)
  %t7137 = extractvalue {i64, i1} %t7136, 0
  %t7138 = extractvalue {i64, i1} %t7136, 1
  %t7139 = zext i64 %t7137 to i128
  call void @put(i128 %t7139, i1 false)
  %t7140 = zext i1 %t7138 to i128
  call void @put(i128 %t7140, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s245)
  %t7141 = xor i64 18364758544493064720, %z64
  %t7142 = xor i64 7460683158699039931, %z64
  %t7143 = call {i64, i1} @llvm.smul.with.overflow.i64(i64 %t7141, i64 %t7142)
  %t7144 = extractvalue {i64, i1} %t7143, 0
  %t7145 = extractvalue {i64, i1} %t7143, 1
  %t7146 = zext i64 %t7144 to i128
  call void @put(i128 %t7146, i1 false)
  %t7147 = zext i1 %t7145 to i128
  call void @put(i128 %t7147, i1 false)
  %t7148 = xor i64 9223372036854775807, %z64
  %t7149 = xor i64 1, %z64
  %t7150 = call {i64, i1} @llvm.smul.with.overflow.i64(i64 %t7148, i64 %t7149)
  %t7151 = extractvalue {i64, i1} %t7150, 0
  %t7152 = extractvalue {i64, i1} %t7150, 1
  %t7153 = zext i64 %t7151 to i128
  call void @put(i128 %t7153, i1 false)
  %t7154 = zext i1 %t7152 to i128
  call void @put(i128 %t7154, i1 false)
  %t7155 = xor i64 9223372036854775808, %z64
  %t7156 = xor i64 18446744073709551615, %z64
  %t7157 = call {i64, i1} @llvm.smul.with.overflow.i64(i64 %t7155, i64 %t7156)
  %t7158 = extractvalue {i64, i1} %t7157, 0
  %t7159 = extractvalue {i64, i1} %t7157, 1
  %t7160 = zext i64 %t7158 to i128
  call void @put(i128 %t7160, i1 false)
  %t7161 = zext i1 %t7159 to i128
  call void @put(i128 %t7161, i1 false)
  %t7162 = xor i64 18446744073709551611, %z64
  %t7163 = xor i64 12884901888, %z64
  %t7164 = call {i64, i1} @llvm.smul.with.overflow.i64(i64 %t7162, i64 %t7163)
  %t7165 = extractvalue {i64, i1} %t7164, 0
  %t7166 = extractvalue {i64, i1} %t7164, 1
  %t7167 = zext i64 %t7165 to i128
  call void @put(i128 %t7167, i1 false)
  %t7168 = zext i1 %t7166 to i128
  call void @put(i128 %t7168, i1 false)
  %t7169 = xor i64 0, %z64
  %t7170 = xor i64 0, %z64
  %t7171 = call {i64, i1} @llvm.smul.with.overflow.i64(i64 %t7169, i64 %t7170)
  %t7172 = extractvalue {i64, i1} %t7171, 0
  %t7173 = extractvalue {i64, i1} %t7171, 1
  %t7174 = zext i64 %t7172 to i128
  call void @put(i128 %t7174, i1 false)
  %t7175 = zext i1 %t7173 to i128
  call void @put(i128 %t7175, i1 false)
  %t7176 = xor i64 16140260552548853860, %z64
  %t7177 = xor i64 10248191152060862, %z64
  %t7178 = call {i64, i1} @llvm.smul.with.overflow.i64(i64 %t7176, i64 %t7177)
  %t7179 = extractvalue {i64, i1} %t7178, 0
  %t7180 = extractvalue {i64, i1} %t7178, 1
  %t7181 = zext i64 %t7179 to i128
  call void @put(i128 %t7181, i1 false)
  %t7182 = zext i1 %t7180 to i128
  call void @put(i128 %t7182, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s246)
  %t7183 = xor i64 18364758544493064720, %z64
  %t7184 = xor i64 7460683158699039931, %z64
  %t7185 = call {i64, i1} @llvm.umul.with.overflow.i64(i64 %t7183, i64 %t7184)
  %t7186 = extractvalue {i64, i1} %t7185, 0
  %t7187 = extractvalue {i64, i1} %t7185, 1
  %t7188 = zext i64 %t7186 to i128
  call void @put(i128 %t7188, i1 false)
  %t7189 = zext i1 %t7187 to i128
  call void @put(i128 %t7189, i1 false)
  %t7190 = xor i64 9223372036854775807, %z64
  %t7191 = xor i64 1, %z64
  %t7192 = call {i64, i1} @llvm.umul.with.overflow.i64(i64 %t7190, i64 %t7191)
  %t7193 = extractvalue {i64, i1} %t7192, 0
  %t7194 = extractvalue {i64, i1} %t7192, 1
  %t7195 = zext i64 %t7193 to i128
  call void @put(i128 %t7195, i1 false)
  %t7196 = zext i1 %t7194 to i128
  call void @put(i128 %t7196, i1 false)
  %t7197 = xor i64 9223372036854775808, %z64
  %t7198 = xor i64 18446744073709551615, %z64
  %t7199 = call {i64, i1} @llvm.umul.with.overflow.i64(i64 %t7197, i64 %t7198)
  %t7200 = extractvalue {i64, i1} %t7199, 0
  %t7201 = extractvalue {i64, i1} %t7199, 1
  %t7202 = zext i64 %t7200 to i128
  call void @put(i128 %t7202, i1 false)
  %t7203 = zext i1 %t7201 to i128
  call void @put(i128 %t7203, i1 false)
  %t7204 = xor i64 18446744073709551611, %z64
  %t7205 = xor i64 12884901888, %z64
  %t7206 = call {i64, i1} @llvm.umul.with.overflow.i64(i64 %t7204, i64 %t7205)
  %t7207 = extractvalue {i64, i1} %t7206, 0
  %t7208 = extractvalue {i64, i1} %t7206, 1
  %t7209 = zext i64 %t7207 to i128
  call void @put(i128 %t7209, i1 false)
  %t7210 = zext i1 %t7208 to i128
  call void @put(i128 %t7210, i1 false)
  %t7211 = xor i64 0, %z64
  %t7212 = xor i64 0, %z64
  %t7213 = call {i64, i1} @llvm.umul.with.overflow.i64(i64 %t7211, i64 %t7212)
  %t7214 = extractvalue {i64, i1} %t7213, 0
  %t7215 = extractvalue {i64, i1} %t7213, 1
  %t7216 = zext i64 %t7214 to i128
  call void @put(i128 %t7216, i1 false)
  %t7217 = zext i1 %t7215 to i128
  call void @put(i128 %t7217, i1 false)
  %t7218 = xor i64 16140260552548853860, %z64
  %t7219 = xor i64 10248191152060862, %z64
  %t7220 = call {i64, i1} @llvm.umul.with.overflow.i64(i64 %t7218, i64 %t7219)
  %t7221 = extractvalue {i64, i1} %t7220, 0
  %t7222 = extractvalue {i64, i1} %t7220, 1
  %t7223 = zext i64 %t7221 to i128
  call void @put(i128 %t7223, i1 false)
  %t7224 = zext i1 %t7222 to i128
  call void @put(i128 %t7224, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s247)
  %t7225 = xor i72 4427136592161075900944, %z72
  %t7226 = xor i72 1280286024244658101435, %z72
  %t7227 = call i72 @llvm.ctpop.i72(i72 %t7225)
  %t7228 = zext i72 %t7227 to i128
  call void @put(i128 %t7228, i1 true)
  %t7229 = xor i72 2361183241434822606847, %z72
  %t7230 = xor i72 1, %z72
  %t7231 = call i72 @llvm.ctpop.i72(i72 %t7229)
  %t7232 = zext i72 %t7231 to i128
  call void @put(i128 %t7232, i1 true)
  %t7233 = xor i72 2361183241434822606848, %z72
  %t7234 = xor i72 4722366482869645213695, %z72
  %t7235 = call i72 @llvm.ctpop.i72(i72 %t7233)
  %t7236 = zext i72 %t7235 to i128
  call void @put(i128 %t7236, i1 true)
  %t7237 = xor i72 4722366482869645213691, %z72
  %t7238 = xor i72 206158430208, %z72
  %t7239 = call i72 @llvm.ctpop.i72(i72 %t7237)
  %t7240 = zext i72 %t7239 to i128
  call void @put(i128 %t7240, i1 true)
  %t7241 = xor i72 0, %z72
  %t7242 = xor i72 0, %z72
  %t7243 = call i72 @llvm.ctpop.i72(i72 %t7241)
  %t7244 = zext i72 %t7243 to i128
  call void @put(i128 %t7244, i1 true)
  %t7245 = xor i72 2875385591977529354340, %z72
  %t7246 = xor i72 1217495357055982467518, %z72
  %t7247 = call i72 @llvm.ctpop.i72(i72 %t7245)
  %t7248 = zext i72 %t7247 to i128
  call void @put(i128 %t7248, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s248)
  %t7249 = xor i72 4427136592161075900944, %z72
  %t7250 = xor i72 1280286024244658101435, %z72
  %t7251 = call i72 @llvm.ctlz.i72(i72 %t7249, i1 false)
  %t7252 = zext i72 %t7251 to i128
  call void @put(i128 %t7252, i1 true)
  %t7253 = xor i72 2361183241434822606847, %z72
  %t7254 = xor i72 1, %z72
  %t7255 = call i72 @llvm.ctlz.i72(i72 %t7253, i1 false)
  %t7256 = zext i72 %t7255 to i128
  call void @put(i128 %t7256, i1 true)
  %t7257 = xor i72 2361183241434822606848, %z72
  %t7258 = xor i72 4722366482869645213695, %z72
  %t7259 = call i72 @llvm.ctlz.i72(i72 %t7257, i1 false)
  %t7260 = zext i72 %t7259 to i128
  call void @put(i128 %t7260, i1 true)
  %t7261 = xor i72 4722366482869645213691, %z72
  %t7262 = xor i72 206158430208, %z72
  %t7263 = call i72 @llvm.ctlz.i72(i72 %t7261, i1 false)
  %t7264 = zext i72 %t7263 to i128
  call void @put(i128 %t7264, i1 true)
  %t7265 = xor i72 0, %z72
  %t7266 = xor i72 0, %z72
  %t7267 = call i72 @llvm.ctlz.i72(i72 %t7265, i1 false)
  %t7268 = zext i72 %t7267 to i128
  call void @put(i128 %t7268, i1 true)
  %t7269 = xor i72 2875385591977529354340, %z72
  %t7270 = xor i72 1217495357055982467518, %z72
  %t7271 = call i72 @llvm.ctlz.i72(i72 %t7269, i1 false)
  %t7272 = zext i72 %t7271 to i128
  call void @put(i128 %t7272, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s249)
  %t7273 = xor i72 4427136592161075900944, %z72
  %t7274 = xor i72 1280286024244658101435, %z72
  %t7275 = call i72 @llvm.cttz.i72(i72 %t7273, i1 false)
  %t7276 = zext i72 %t7275 to i128
  call void @put(i128 %t7276, i1 true)
  %t7277 = xor i72 2361183241434822606847, %z72
  %t7278 = xor i72 1, %z72
  %t7279 = call i72 @llvm.cttz.i72(i72 %t7277, i1 false)
  %t7280 = zext i72 %t7279 to i128
  call void @put(i128 %t7280, i1 true)
  %t7281 = xor i72 2361183241434822606848, %z72
  %t7282 = xor i72 4722366482869645213695, %z72
  %t7283 = call i72 @llvm.cttz.i72(i72 %t7281, i1 false)
  %t7284 = zext i72 %t7283 to i128
  call void @put(i128 %t7284, i1 true)
  %t7285 = xor i72 4722366482869645213691, %z72
  %t7286 = xor i72 206158430208, %z72
  %t7287 = call i72 @llvm.cttz.i72(i72 %t7285, i1 false)
  %t7288 = zext i72 %t7287 to i128
  call void @put(i128 %t7288, i1 true)
  %t7289 = xor i72 0, %z72
  %t7290 = xor i72 0, %z72
  %t7291 = call i72 @llvm.cttz.i72(i72 %t7289, i1 false)
  %t7292 = zext i72 %t7291 to i128
  call void @put(i128 %t7292, i1 true)
  %t7293 = xor i72 2875385591977529354340, %z72
  %t7294 = xor i72 1217495357055982467518, %z72
  %t7295 = call i72 @llvm.cttz.i72(i72 %t7293, i1 false)
  %t7296 = zext i72 %t7295 to i128
  call void @put(i128 %t7296, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s250)
  %t7297 = xor i72 4427136592161075900944, %z72
  %t7298 = xor i72 1280286024244658101435, %z72
  %t7299 = call i72 @llvm.bitreverse.i72(i72 %t7297)
  %t7300 = zext i72 %t7299 to i128
  call void @put(i128 %t7300, i1 true)
  %t7301 = xor i72 2361183241434822606847, %z72
  %t7302 = xor i72 1, %z72
  %t7303 = call i72 @llvm.bitreverse.i72(i72 %t7301)
  %t7304 = zext i72 %t7303 to i128
  call void @put(i128 %t7304, i1 true)
  %t7305 = xor i72 2361183241434822606848, %z72
  %t7306 = xor i72 4722366482869645213695, %z72
  %t7307 = call i72 @llvm.bitreverse.i72(i72 %t7305)
  %t7308 = zext i72 %t7307 to i128
  call void @put(i128 %t7308, i1 true)
  %t7309 = xor i72 4722366482869645213691, %z72
  %t7310 = xor i72 206158430208, %z72
  %t7311 = call i72 @llvm.bitreverse.i72(i72 %t7309)
  %t7312 = zext i72 %t7311 to i128
  call void @put(i128 %t7312, i1 true)
  %t7313 = xor i72 0, %z72
  %t7314 = xor i72 0, %z72
  %t7315 = call i72 @llvm.bitreverse.i72(i72 %t7313)
  %t7316 = zext i72 %t7315 to i128
  call void @put(i128 %t7316, i1 true)
  %t7317 = xor i72 2875385591977529354340, %z72
  %t7318 = xor i72 1217495357055982467518, %z72
  %t7319 = call i72 @llvm.bitreverse.i72(i72 %t7317)
  %t7320 = zext i72 %t7319 to i128
  call void @put(i128 %t7320, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s251)
  %t7321 = xor i72 4427136592161075900944, %z72
  %t7322 = xor i72 1280286024244658101435, %z72
  %t7323 = call i72 @llvm.abs.i72(i72 %t7321, i1 false)
  %t7324 = zext i72 %t7323 to i128
  call void @put(i128 %t7324, i1 true)
  %t7325 = xor i72 2361183241434822606847, %z72
  %t7326 = xor i72 1, %z72
  %t7327 = call i72 @llvm.abs.i72(i72 %t7325, i1 false)
  %t7328 = zext i72 %t7327 to i128
  call void @put(i128 %t7328, i1 true)
  %t7329 = xor i72 2361183241434822606848, %z72
  %t7330 = xor i72 4722366482869645213695, %z72
  %t7331 = call i72 @llvm.abs.i72(i72 %t7329, i1 false)
  %t7332 = zext i72 %t7331 to i128
  call void @put(i128 %t7332, i1 true)
  %t7333 = xor i72 4722366482869645213691, %z72
  %t7334 = xor i72 206158430208, %z72
  %t7335 = call i72 @llvm.abs.i72(i72 %t7333, i1 false)
  %t7336 = zext i72 %t7335 to i128
  call void @put(i128 %t7336, i1 true)
  %t7337 = xor i72 0, %z72
  %t7338 = xor i72 0, %z72
  %t7339 = call i72 @llvm.abs.i72(i72 %t7337, i1 false)
  %t7340 = zext i72 %t7339 to i128
  call void @put(i128 %t7340, i1 true)
  %t7341 = xor i72 2875385591977529354340, %z72
  %t7342 = xor i72 1217495357055982467518, %z72
  %t7343 = call i72 @llvm.abs.i72(i72 %t7341, i1 false)
  %t7344 = zext i72 %t7343 to i128
  call void @put(i128 %t7344, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s252)
  %t7345 = xor i72 4427136592161075900944, %z72
  %t7346 = xor i72 1280286024244658101435, %z72
  %t7347 = call i72 @llvm.smin.i72(i72 %t7345, i72 %t7346)
  %t7348 = zext i72 %t7347 to i128
  call void @put(i128 %t7348, i1 true)
  %t7349 = xor i72 2361183241434822606847, %z72
  %t7350 = xor i72 1, %z72
  %t7351 = call i72 @llvm.smin.i72(i72 %t7349, i72 %t7350)
  %t7352 = zext i72 %t7351 to i128
  call void @put(i128 %t7352, i1 true)
  %t7353 = xor i72 2361183241434822606848, %z72
  %t7354 = xor i72 4722366482869645213695, %z72
  %t7355 = call i72 @llvm.smin.i72(i72 %t7353, i72 %t7354)
  %t7356 = zext i72 %t7355 to i128
  call void @put(i128 %t7356, i1 true)
  %t7357 = xor i72 4722366482869645213691, %z72
  %t7358 = xor i72 206158430208, %z72
  %t7359 = call i72 @llvm.smin.i72(i72 %t7357, i72 %t7358)
  %t7360 = zext i72 %t7359 to i128
  call void @put(i128 %t7360, i1 true)
  %t7361 = xor i72 0, %z72
  %t7362 = xor i72 0, %z72
  %t7363 = call i72 @llvm.smin.i72(i72 %t7361, i72 %t7362)
  %t7364 = zext i72 %t7363 to i128
  call void @put(i128 %t7364, i1 true)
  %t7365 = xor i72 2875385591977529354340, %z72
  %t7366 = xor i72 1217495357055982467518, %z72
  %t7367 = call i72 @llvm.smin.i72(i72 %t7365, i72 %t7366)
  %t7368 = zext i72 %t7367 to i128
  call void @put(i128 %t7368, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s253)
  %t7369 = xor i72 4427136592161075900944, %z72
  %t7370 = xor i72 1280286024244658101435, %z72
  %t7371 = call i72 @llvm.smax.i72(i72 %t7369, i72 %t7370)
  %t7372 = zext i72 %t7371 to i128
  call void @put(i128 %t7372, i1 true)
  %t7373 = xor i72 2361183241434822606847, %z72
  %t7374 = xor i72 1, %z72
  %t7375 = call i72 @llvm.smax.i72(i72 %t7373, i72 %t7374)
  %t7376 = zext i72 %t7375 to i128
  call void @put(i128 %t7376, i1 true)
  %t7377 = xor i72 2361183241434822606848, %z72
  %t7378 = xor i72 4722366482869645213695, %z72
  %t7379 = call i72 @llvm.smax.i72(i72 %t7377, i72 %t7378)
  %t7380 = zext i72 %t7379 to i128
  call void @put(i128 %t7380, i1 true)
  %t7381 = xor i72 4722366482869645213691, %z72
  %t7382 = xor i72 206158430208, %z72
  %t7383 = call i72 @llvm.smax.i72(i72 %t7381, i72 %t7382)
  %t7384 = zext i72 %t7383 to i128
  call void @put(i128 %t7384, i1 true)
  %t7385 = xor i72 0, %z72
  %t7386 = xor i72 0, %z72
  %t7387 = call i72 @llvm.smax.i72(i72 %t7385, i72 %t7386)
  %t7388 = zext i72 %t7387 to i128
  call void @put(i128 %t7388, i1 true)
  %t7389 = xor i72 2875385591977529354340, %z72
  %t7390 = xor i72 1217495357055982467518, %z72
  %t7391 = call i72 @llvm.smax.i72(i72 %t7389, i72 %t7390)
  %t7392 = zext i72 %t7391 to i128
  call void @put(i128 %t7392, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s254)
  %t7393 = xor i72 4427136592161075900944, %z72
  %t7394 = xor i72 1280286024244658101435, %z72
  %t7395 = call i72 @llvm.umin.i72(i72 %t7393, i72 %t7394)
  %t7396 = zext i72 %t7395 to i128
  call void @put(i128 %t7396, i1 true)
  %t7397 = xor i72 2361183241434822606847, %z72
  %t7398 = xor i72 1, %z72
  %t7399 = call i72 @llvm.umin.i72(i72 %t7397, i72 %t7398)
  %t7400 = zext i72 %t7399 to i128
  call void @put(i128 %t7400, i1 true)
  %t7401 = xor i72 2361183241434822606848, %z72
  %t7402 = xor i72 4722366482869645213695, %z72
  %t7403 = call i72 @llvm.umin.i72(i72 %t7401, i72 %t7402)
  %t7404 = zext i72 %t7403 to i128
  call void @put(i128 %t7404, i1 true)
  %t7405 = xor i72 4722366482869645213691, %z72
  %t7406 = xor i72 206158430208, %z72
  %t7407 = call i72 @llvm.umin.i72(i72 %t7405, i72 %t7406)
  %t7408 = zext i72 %t7407 to i128
  call void @put(i128 %t7408, i1 true)
  %t7409 = xor i72 0, %z72
  %t7410 = xor i72 0, %z72
  %t7411 = call i72 @llvm.umin.i72(i72 %t7409, i72 %t7410)
  %t7412 = zext i72 %t7411 to i128
  call void @put(i128 %t7412, i1 true)
  %t7413 = xor i72 2875385591977529354340, %z72
  %t7414 = xor i72 1217495357055982467518, %z72
  %t7415 = call i72 @llvm.umin.i72(i72 %t7413, i72 %t7414)
  %t7416 = zext i72 %t7415 to i128
  call void @put(i128 %t7416, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s255)
  %t7417 = xor i72 4427136592161075900944, %z72
  %t7418 = xor i72 1280286024244658101435, %z72
  %t7419 = call i72 @llvm.umax.i72(i72 %t7417, i72 %t7418)
  %t7420 = zext i72 %t7419 to i128
  call void @put(i128 %t7420, i1 true)
  %t7421 = xor i72 2361183241434822606847, %z72
  %t7422 = xor i72 1, %z72
  %t7423 = call i72 @llvm.umax.i72(i72 %t7421, i72 %t7422)
  %t7424 = zext i72 %t7423 to i128
  call void @put(i128 %t7424, i1 true)
  %t7425 = xor i72 2361183241434822606848, %z72
  %t7426 = xor i72 4722366482869645213695, %z72
  %t7427 = call i72 @llvm.umax.i72(i72 %t7425, i72 %t7426)
  %t7428 = zext i72 %t7427 to i128
  call void @put(i128 %t7428, i1 true)
  %t7429 = xor i72 4722366482869645213691, %z72
  %t7430 = xor i72 206158430208, %z72
  %t7431 = call i72 @llvm.umax.i72(i72 %t7429, i72 %t7430)
  %t7432 = zext i72 %t7431 to i128
  call void @put(i128 %t7432, i1 true)
  %t7433 = xor i72 0, %z72
  %t7434 = xor i72 0, %z72
  %t7435 = call i72 @llvm.umax.i72(i72 %t7433, i72 %t7434)
  %t7436 = zext i72 %t7435 to i128
  call void @put(i128 %t7436, i1 true)
  %t7437 = xor i72 2875385591977529354340, %z72
  %t7438 = xor i72 1217495357055982467518, %z72
  %t7439 = call i72 @llvm.umax.i72(i72 %t7437, i72 %t7438)
  %t7440 = zext i72 %t7439 to i128
  call void @put(i128 %t7440, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s256)
  %t7441 = xor i72 4427136592161075900944, %z72
  %t7442 = xor i72 1280286024244658101435, %z72
  %t7443 = call i72 @llvm.sadd.sat.i72(i72 %t7441, i72 %t7442)
  %t7444 = zext i72 %t7443 to i128
  call void @put(i128 %t7444, i1 true)
  %t7445 = xor i72 2361183241434822606847, %z72
  %t7446 = xor i72 1, %z72
  %t7447 = call i72 @llvm.sadd.sat.i72(i72 %t7445, i72 %t7446)
  %t7448 = zext i72 %t7447 to i128
  call void @put(i128 %t7448, i1 true)
  %t7449 = xor i72 2361183241434822606848, %z72
  %t7450 = xor i72 4722366482869645213695, %z72
  %t7451 = call i72 @llvm.sadd.sat.i72(i72 %t7449, i72 %t7450)
  %t7452 = zext i72 %t7451 to i128
  call void @put(i128 %t7452, i1 true)
  %t7453 = xor i72 4722366482869645213691, %z72
  %t7454 = xor i72 206158430208, %z72
  %t7455 = call i72 @llvm.sadd.sat.i72(i72 %t7453, i72 %t7454)
  %t7456 = zext i72 %t7455 to i128
  call void @put(i128 %t7456, i1 true)
  %t7457 = xor i72 0, %z72
  %t7458 = xor i72 0, %z72
  %t7459 = call i72 @llvm.sadd.sat.i72(i72 %t7457, i72 %t7458)
  %t7460 = zext i72 %t7459 to i128
  call void @put(i128 %t7460, i1 true)
  %t7461 = xor i72 2875385591977529354340, %z72
  %t7462 = xor i72 1217495357055982467518, %z72
  %t7463 = call i72 @llvm.sadd.sat.i72(i72 %t7461, i72 %t7462)
  %t7464 = zext i72 %t7463 to i128
  call void @put(i128 %t7464, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s257)
  %t7465 = xor i72 4427136592161075900944, %z72
  %t7466 = xor i72 1280286024244658101435, %z72
  %t7467 = call i72 @llvm.uadd.sat.i72(i72 %t7465, i72 %t7466)
  %t7468 = zext i72 %t7467 to i128
  call void @put(i128 %t7468, i1 true)
  %t7469 = xor i72 2361183241434822606847, %z72
  %t7470 = xor i72 1, %z72
  %t7471 = call i72 @llvm.uadd.sat.i72(i72 %t7469, i72 %t7470)
  %t7472 = zext i72 %t7471 to i128
  call void @put(i128 %t7472, i1 true)
  %t7473 = xor i72 2361183241434822606848, %z72
  %t7474 = xor i72 4722366482869645213695, %z72
  %t7475 = call i72 @llvm.uadd.sat.i72(i72 %t7473, i72 %t7474)
  %t7476 = zext i72 %t7475 to i128
  call void @put(i128 %t7476, i1 true)
  %t7477 = xor i72 4722366482869645213691, %z72
  %t7478 = xor i72 206158430208, %z72
  %t7479 = call i72 @llvm.uadd.sat.i72(i72 %t7477, i72 %t7478)
  %t7480 = zext i72 %t7479 to i128
  call void @put(i128 %t7480, i1 true)
  %t7481 = xor i72 0, %z72
  %t7482 = xor i72 0, %z72
  %t7483 = call i72 @llvm.uadd.sat.i72(i72 %t7481, i72 %t7482)
  %t7484 = zext i72 %t7483 to i128
  call void @put(i128 %t7484, i1 true)
  %t7485 = xor i72 2875385591977529354340, %z72
  %t7486 = xor i72 1217495357055982467518, %z72
  %t7487 = call i72 @llvm.uadd.sat.i72(i72 %t7485, i72 %t7486)
  %t7488 = zext i72 %t7487 to i128
  call void @put(i128 %t7488, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s258)
  %t7489 = xor i72 4427136592161075900944, %z72
  %t7490 = xor i72 1280286024244658101435, %z72
  %t7491 = call i72 @llvm.ssub.sat.i72(i72 %t7489, i72 %t7490)
  %t7492 = zext i72 %t7491 to i128
  call void @put(i128 %t7492, i1 true)
  %t7493 = xor i72 2361183241434822606847, %z72
  %t7494 = xor i72 1, %z72
  %t7495 = call i72 @llvm.ssub.sat.i72(i72 %t7493, i72 %t7494)
  %t7496 = zext i72 %t7495 to i128
  call void @put(i128 %t7496, i1 true)
  %t7497 = xor i72 2361183241434822606848, %z72
  %t7498 = xor i72 4722366482869645213695, %z72
  %t7499 = call i72 @llvm.ssub.sat.i72(i72 %t7497, i72 %t7498)
  %t7500 = zext i72 %t7499 to i128
  call void @put(i128 %t7500, i1 true)
  %t7501 = xor i72 4722366482869645213691, %z72
  %t7502 = xor i72 206158430208, %z72
  %t7503 = call i72 @llvm.ssub.sat.i72(i72 %t7501, i72 %t7502)
  %t7504 = zext i72 %t7503 to i128
  call void @put(i128 %t7504, i1 true)
  %t7505 = xor i72 0, %z72
  %t7506 = xor i72 0, %z72
  %t7507 = call i72 @llvm.ssub.sat.i72(i72 %t7505, i72 %t7506)
  %t7508 = zext i72 %t7507 to i128
  call void @put(i128 %t7508, i1 true)
  %t7509 = xor i72 2875385591977529354340, %z72
  %t7510 = xor i72 1217495357055982467518, %z72
  %t7511 = call i72 @llvm.ssub.sat.i72(i72 %t7509, i72 %t7510)
  %t7512 = zext i72 %t7511 to i128
  call void @put(i128 %t7512, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s259)
  %t7513 = xor i72 4427136592161075900944, %z72
  %t7514 = xor i72 1280286024244658101435, %z72
  %t7515 = call i72 @llvm.usub.sat.i72(i72 %t7513, i72 %t7514)
  %t7516 = zext i72 %t7515 to i128
  call void @put(i128 %t7516, i1 true)
  %t7517 = xor i72 2361183241434822606847, %z72
  %t7518 = xor i72 1, %z72
  %t7519 = call i72 @llvm.usub.sat.i72(i72 %t7517, i72 %t7518)
  %t7520 = zext i72 %t7519 to i128
  call void @put(i128 %t7520, i1 true)
  %t7521 = xor i72 2361183241434822606848, %z72
  %t7522 = xor i72 4722366482869645213695, %z72
  %t7523 = call i72 @llvm.usub.sat.i72(i72 %t7521, i72 %t7522)
  %t7524 = zext i72 %t7523 to i128
  call void @put(i128 %t7524, i1 true)
  %t7525 = xor i72 4722366482869645213691, %z72
  %t7526 = xor i72 206158430208, %z72
  %t7527 = call i72 @llvm.usub.sat.i72(i72 %t7525, i72 %t7526)
  %t7528 = zext i72 %t7527 to i128
  call void @put(i128 %t7528, i1 true)
  %t7529 = xor i72 0, %z72
  %t7530 = xor i72 0, %z72
  %t7531 = call i72 @llvm.usub.sat.i72(i72 %t7529, i72 %t7530)
  %t7532 = zext i72 %t7531 to i128
  call void @put(i128 %t7532, i1 true)
  %t7533 = xor i72 2875385591977529354340, %z72
  %t7534 = xor i72 1217495357055982467518, %z72
  %t7535 = call i72 @llvm.usub.sat.i72(i72 %t7533, i72 %t7534)
  %t7536 = zext i72 %t7535 to i128
  call void @put(i128 %t7536, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s260)
  %t7537 = xor i72 4427136592161075900944, %z72
  %t7538 = xor i72 1280286024244658101435, %z72
  %t7539 = call i8 @llvm.scmp.i8.i72(i72 %t7537, i72 %t7538)
  %t7540 = zext i8 %t7539 to i128
  call void @put(i128 %t7540, i1 false)
  %t7541 = xor i72 2361183241434822606847, %z72
  %t7542 = xor i72 1, %z72
  %t7543 = call i8 @llvm.scmp.i8.i72(i72 %t7541, i72 %t7542)
  %t7544 = zext i8 %t7543 to i128
  call void @put(i128 %t7544, i1 false)
  %t7545 = xor i72 2361183241434822606848, %z72
  %t7546 = xor i72 4722366482869645213695, %z72
  %t7547 = call i8 @llvm.scmp.i8.i72(i72 %t7545, i72 %t7546)
  %t7548 = zext i8 %t7547 to i128
  call void @put(i128 %t7548, i1 false)
  %t7549 = xor i72 4722366482869645213691, %z72
  %t7550 = xor i72 206158430208, %z72
  %t7551 = call i8 @llvm.scmp.i8.i72(i72 %t7549, i72 %t7550)
  %t7552 = zext i8 %t7551 to i128
  call void @put(i128 %t7552, i1 false)
  %t7553 = xor i72 0, %z72
  %t7554 = xor i72 0, %z72
  %t7555 = call i8 @llvm.scmp.i8.i72(i72 %t7553, i72 %t7554)
  %t7556 = zext i8 %t7555 to i128
  call void @put(i128 %t7556, i1 false)
  %t7557 = xor i72 2875385591977529354340, %z72
  %t7558 = xor i72 1217495357055982467518, %z72
  %t7559 = call i8 @llvm.scmp.i8.i72(i72 %t7557, i72 %t7558)
  %t7560 = zext i8 %t7559 to i128
  call void @put(i128 %t7560, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s261)
  %t7561 = xor i72 4427136592161075900944, %z72
  %t7562 = xor i72 1280286024244658101435, %z72
  %t7563 = call i8 @llvm.ucmp.i8.i72(i72 %t7561, i72 %t7562)
  %t7564 = zext i8 %t7563 to i128
  call void @put(i128 %t7564, i1 false)
  %t7565 = xor i72 2361183241434822606847, %z72
  %t7566 = xor i72 1, %z72
  %t7567 = call i8 @llvm.ucmp.i8.i72(i72 %t7565, i72 %t7566)
  %t7568 = zext i8 %t7567 to i128
  call void @put(i128 %t7568, i1 false)
  %t7569 = xor i72 2361183241434822606848, %z72
  %t7570 = xor i72 4722366482869645213695, %z72
  %t7571 = call i8 @llvm.ucmp.i8.i72(i72 %t7569, i72 %t7570)
  %t7572 = zext i8 %t7571 to i128
  call void @put(i128 %t7572, i1 false)
  %t7573 = xor i72 4722366482869645213691, %z72
  %t7574 = xor i72 206158430208, %z72
  %t7575 = call i8 @llvm.ucmp.i8.i72(i72 %t7573, i72 %t7574)
  %t7576 = zext i8 %t7575 to i128
  call void @put(i128 %t7576, i1 false)
  %t7577 = xor i72 0, %z72
  %t7578 = xor i72 0, %z72
  %t7579 = call i8 @llvm.ucmp.i8.i72(i72 %t7577, i72 %t7578)
  %t7580 = zext i8 %t7579 to i128
  call void @put(i128 %t7580, i1 false)
  %t7581 = xor i72 2875385591977529354340, %z72
  %t7582 = xor i72 1217495357055982467518, %z72
  %t7583 = call i8 @llvm.ucmp.i8.i72(i72 %t7581, i72 %t7582)
  %t7584 = zext i8 %t7583 to i128
  call void @put(i128 %t7584, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s262)
  %t7585 = xor i72 4427136592161075900944, %z72
  %t7586 = xor i72 1280286024244658101435, %z72
  %t7588 = xor i72 1, %z72
  %t7587 = call i72 @llvm.sshl.sat.i72(i72 %t7585, i72 %t7588)
  %t7589 = zext i72 %t7587 to i128
  call void @put(i128 %t7589, i1 true)
  %t7590 = xor i72 2361183241434822606847, %z72
  %t7591 = xor i72 1, %z72
  %t7593 = xor i72 71, %z72
  %t7592 = call i72 @llvm.sshl.sat.i72(i72 %t7590, i72 %t7593)
  %t7594 = zext i72 %t7592 to i128
  call void @put(i128 %t7594, i1 true)
  %t7595 = xor i72 2361183241434822606848, %z72
  %t7596 = xor i72 4722366482869645213695, %z72
  %t7598 = xor i72 36, %z72
  %t7597 = call i72 @llvm.sshl.sat.i72(i72 %t7595, i72 %t7598)
  %t7599 = zext i72 %t7597 to i128
  call void @put(i128 %t7599, i1 true)
  %t7600 = xor i72 4722366482869645213691, %z72
  %t7601 = xor i72 206158430208, %z72
  %t7603 = xor i72 0, %z72
  %t7602 = call i72 @llvm.sshl.sat.i72(i72 %t7600, i72 %t7603)
  %t7604 = zext i72 %t7602 to i128
  call void @put(i128 %t7604, i1 true)
  %t7605 = xor i72 0, %z72
  %t7606 = xor i72 0, %z72
  %t7608 = xor i72 2, %z72
  %t7607 = call i72 @llvm.sshl.sat.i72(i72 %t7605, i72 %t7608)
  %t7609 = zext i72 %t7607 to i128
  call void @put(i128 %t7609, i1 true)
  %t7610 = xor i72 2875385591977529354340, %z72
  %t7611 = xor i72 1217495357055982467518, %z72
  %t7613 = xor i72 3, %z72
  %t7612 = call i72 @llvm.sshl.sat.i72(i72 %t7610, i72 %t7613)
  %t7614 = zext i72 %t7612 to i128
  call void @put(i128 %t7614, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s263)
  %t7615 = xor i72 4427136592161075900944, %z72
  %t7616 = xor i72 1280286024244658101435, %z72
  %t7618 = xor i72 1, %z72
  %t7617 = call i72 @llvm.ushl.sat.i72(i72 %t7615, i72 %t7618)
  %t7619 = zext i72 %t7617 to i128
  call void @put(i128 %t7619, i1 true)
  %t7620 = xor i72 2361183241434822606847, %z72
  %t7621 = xor i72 1, %z72
  %t7623 = xor i72 71, %z72
  %t7622 = call i72 @llvm.ushl.sat.i72(i72 %t7620, i72 %t7623)
  %t7624 = zext i72 %t7622 to i128
  call void @put(i128 %t7624, i1 true)
  %t7625 = xor i72 2361183241434822606848, %z72
  %t7626 = xor i72 4722366482869645213695, %z72
  %t7628 = xor i72 36, %z72
  %t7627 = call i72 @llvm.ushl.sat.i72(i72 %t7625, i72 %t7628)
  %t7629 = zext i72 %t7627 to i128
  call void @put(i128 %t7629, i1 true)
  %t7630 = xor i72 4722366482869645213691, %z72
  %t7631 = xor i72 206158430208, %z72
  %t7633 = xor i72 0, %z72
  %t7632 = call i72 @llvm.ushl.sat.i72(i72 %t7630, i72 %t7633)
  %t7634 = zext i72 %t7632 to i128
  call void @put(i128 %t7634, i1 true)
  %t7635 = xor i72 0, %z72
  %t7636 = xor i72 0, %z72
  %t7638 = xor i72 2, %z72
  %t7637 = call i72 @llvm.ushl.sat.i72(i72 %t7635, i72 %t7638)
  %t7639 = zext i72 %t7637 to i128
  call void @put(i128 %t7639, i1 true)
  %t7640 = xor i72 2875385591977529354340, %z72
  %t7641 = xor i72 1217495357055982467518, %z72
  %t7643 = xor i72 3, %z72
  %t7642 = call i72 @llvm.ushl.sat.i72(i72 %t7640, i72 %t7643)
  %t7644 = zext i72 %t7642 to i128
  call void @put(i128 %t7644, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s264)
  %t7645 = xor i72 4427136592161075900944, %z72
  %t7646 = xor i72 1280286024244658101435, %z72
  %t7648 = xor i72 1, %z72
  %t7647 = call i72 @llvm.fshl.i72(i72 %t7645, i72 %t7646, i72 %t7648)
  %t7649 = zext i72 %t7647 to i128
  call void @put(i128 %t7649, i1 true)
  %t7650 = xor i72 2361183241434822606847, %z72
  %t7651 = xor i72 1, %z72
  %t7653 = xor i72 71, %z72
  %t7652 = call i72 @llvm.fshl.i72(i72 %t7650, i72 %t7651, i72 %t7653)
  %t7654 = zext i72 %t7652 to i128
  call void @put(i128 %t7654, i1 true)
  %t7655 = xor i72 2361183241434822606848, %z72
  %t7656 = xor i72 4722366482869645213695, %z72
  %t7658 = xor i72 75, %z72
  %t7657 = call i72 @llvm.fshl.i72(i72 %t7655, i72 %t7656, i72 %t7658)
  %t7659 = zext i72 %t7657 to i128
  call void @put(i128 %t7659, i1 true)
  %t7660 = xor i72 4722366482869645213691, %z72
  %t7661 = xor i72 206158430208, %z72
  %t7663 = xor i72 0, %z72
  %t7662 = call i72 @llvm.fshl.i72(i72 %t7660, i72 %t7661, i72 %t7663)
  %t7664 = zext i72 %t7662 to i128
  call void @put(i128 %t7664, i1 true)
  %t7665 = xor i72 0, %z72
  %t7666 = xor i72 0, %z72
  %t7668 = xor i72 36, %z72
  %t7667 = call i72 @llvm.fshl.i72(i72 %t7665, i72 %t7666, i72 %t7668)
  %t7669 = zext i72 %t7667 to i128
  call void @put(i128 %t7669, i1 true)
  %t7670 = xor i72 2875385591977529354340, %z72
  %t7671 = xor i72 1217495357055982467518, %z72
  %t7673 = xor i72 145, %z72
  %t7672 = call i72 @llvm.fshl.i72(i72 %t7670, i72 %t7671, i72 %t7673)
  %t7674 = zext i72 %t7672 to i128
  call void @put(i128 %t7674, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s265)
  %t7675 = xor i72 4427136592161075900944, %z72
  %t7676 = xor i72 1280286024244658101435, %z72
  %t7678 = xor i72 1, %z72
  %t7677 = call i72 @llvm.fshr.i72(i72 %t7675, i72 %t7676, i72 %t7678)
  %t7679 = zext i72 %t7677 to i128
  call void @put(i128 %t7679, i1 true)
  %t7680 = xor i72 2361183241434822606847, %z72
  %t7681 = xor i72 1, %z72
  %t7683 = xor i72 71, %z72
  %t7682 = call i72 @llvm.fshr.i72(i72 %t7680, i72 %t7681, i72 %t7683)
  %t7684 = zext i72 %t7682 to i128
  call void @put(i128 %t7684, i1 true)
  %t7685 = xor i72 2361183241434822606848, %z72
  %t7686 = xor i72 4722366482869645213695, %z72
  %t7688 = xor i72 75, %z72
  %t7687 = call i72 @llvm.fshr.i72(i72 %t7685, i72 %t7686, i72 %t7688)
  %t7689 = zext i72 %t7687 to i128
  call void @put(i128 %t7689, i1 true)
  %t7690 = xor i72 4722366482869645213691, %z72
  %t7691 = xor i72 206158430208, %z72
  %t7693 = xor i72 0, %z72
  %t7692 = call i72 @llvm.fshr.i72(i72 %t7690, i72 %t7691, i72 %t7693)
  %t7694 = zext i72 %t7692 to i128
  call void @put(i128 %t7694, i1 true)
  %t7695 = xor i72 0, %z72
  %t7696 = xor i72 0, %z72
  %t7698 = xor i72 36, %z72
  %t7697 = call i72 @llvm.fshr.i72(i72 %t7695, i72 %t7696, i72 %t7698)
  %t7699 = zext i72 %t7697 to i128
  call void @put(i128 %t7699, i1 true)
  %t7700 = xor i72 2875385591977529354340, %z72
  %t7701 = xor i72 1217495357055982467518, %z72
  %t7703 = xor i72 145, %z72
  %t7702 = call i72 @llvm.fshr.i72(i72 %t7700, i72 %t7701, i72 %t7703)
  %t7704 = zext i72 %t7702 to i128
  call void @put(i128 %t7704, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s266)
  %t7705 = xor i72 4427136592161075900944, %z72
  %t7706 = xor i72 1280286024244658101435, %z72
  %t7708 = xor i72 1, %z72
  %t7707 = call i72 @llvm.fshl.i72(i72 %t7705, i72 %t7705, i72 %t7708)
  %t7709 = zext i72 %t7707 to i128
  call void @put(i128 %t7709, i1 true)
  %t7710 = xor i72 2361183241434822606847, %z72
  %t7711 = xor i72 1, %z72
  %t7713 = xor i72 71, %z72
  %t7712 = call i72 @llvm.fshl.i72(i72 %t7710, i72 %t7710, i72 %t7713)
  %t7714 = zext i72 %t7712 to i128
  call void @put(i128 %t7714, i1 true)
  %t7715 = xor i72 2361183241434822606848, %z72
  %t7716 = xor i72 4722366482869645213695, %z72
  %t7718 = xor i72 75, %z72
  %t7717 = call i72 @llvm.fshl.i72(i72 %t7715, i72 %t7715, i72 %t7718)
  %t7719 = zext i72 %t7717 to i128
  call void @put(i128 %t7719, i1 true)
  %t7720 = xor i72 4722366482869645213691, %z72
  %t7721 = xor i72 206158430208, %z72
  %t7723 = xor i72 0, %z72
  %t7722 = call i72 @llvm.fshl.i72(i72 %t7720, i72 %t7720, i72 %t7723)
  %t7724 = zext i72 %t7722 to i128
  call void @put(i128 %t7724, i1 true)
  %t7725 = xor i72 0, %z72
  %t7726 = xor i72 0, %z72
  %t7728 = xor i72 36, %z72
  %t7727 = call i72 @llvm.fshl.i72(i72 %t7725, i72 %t7725, i72 %t7728)
  %t7729 = zext i72 %t7727 to i128
  call void @put(i128 %t7729, i1 true)
  %t7730 = xor i72 2875385591977529354340, %z72
  %t7731 = xor i72 1217495357055982467518, %z72
  %t7733 = xor i72 145, %z72
  %t7732 = call i72 @llvm.fshl.i72(i72 %t7730, i72 %t7730, i72 %t7733)
  %t7734 = zext i72 %t7732 to i128
  call void @put(i128 %t7734, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s267)
  %t7735 = xor i72 4427136592161075900944, %z72
  %t7736 = xor i72 1280286024244658101435, %z72
  %t7738 = xor i72 1, %z72
  %t7737 = call i72 @llvm.fshr.i72(i72 %t7735, i72 %t7735, i72 %t7738)
  %t7739 = zext i72 %t7737 to i128
  call void @put(i128 %t7739, i1 true)
  %t7740 = xor i72 2361183241434822606847, %z72
  %t7741 = xor i72 1, %z72
  %t7743 = xor i72 71, %z72
  %t7742 = call i72 @llvm.fshr.i72(i72 %t7740, i72 %t7740, i72 %t7743)
  %t7744 = zext i72 %t7742 to i128
  call void @put(i128 %t7744, i1 true)
  %t7745 = xor i72 2361183241434822606848, %z72
  %t7746 = xor i72 4722366482869645213695, %z72
  %t7748 = xor i72 75, %z72
  %t7747 = call i72 @llvm.fshr.i72(i72 %t7745, i72 %t7745, i72 %t7748)
  %t7749 = zext i72 %t7747 to i128
  call void @put(i128 %t7749, i1 true)
  %t7750 = xor i72 4722366482869645213691, %z72
  %t7751 = xor i72 206158430208, %z72
  %t7753 = xor i72 0, %z72
  %t7752 = call i72 @llvm.fshr.i72(i72 %t7750, i72 %t7750, i72 %t7753)
  %t7754 = zext i72 %t7752 to i128
  call void @put(i128 %t7754, i1 true)
  %t7755 = xor i72 0, %z72
  %t7756 = xor i72 0, %z72
  %t7758 = xor i72 36, %z72
  %t7757 = call i72 @llvm.fshr.i72(i72 %t7755, i72 %t7755, i72 %t7758)
  %t7759 = zext i72 %t7757 to i128
  call void @put(i128 %t7759, i1 true)
  %t7760 = xor i72 2875385591977529354340, %z72
  %t7761 = xor i72 1217495357055982467518, %z72
  %t7763 = xor i72 145, %z72
  %t7762 = call i72 @llvm.fshr.i72(i72 %t7760, i72 %t7760, i72 %t7763)
  %t7764 = zext i72 %t7762 to i128
  call void @put(i128 %t7764, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s268)
  %t7765 = xor i72 4427136592161075900944, %z72
  %t7766 = xor i72 1280286024244658101435, %z72
  %t7767 = call {i72, i1} @llvm.sadd.with.overflow.i72(i72 %t7765, i72 %t7766)
  %t7768 = extractvalue {i72, i1} %t7767, 0
  %t7769 = extractvalue {i72, i1} %t7767, 1
  %t7770 = zext i72 %t7768 to i128
  call void @put(i128 %t7770, i1 true)
  %t7771 = zext i1 %t7769 to i128
  call void @put(i128 %t7771, i1 false)
  %t7772 = xor i72 2361183241434822606847, %z72
  %t7773 = xor i72 1, %z72
  %t7774 = call {i72, i1} @llvm.sadd.with.overflow.i72(i72 %t7772, i72 %t7773)
  %t7775 = extractvalue {i72, i1} %t7774, 0
  %t7776 = extractvalue {i72, i1} %t7774, 1
  %t7777 = zext i72 %t7775 to i128
  call void @put(i128 %t7777, i1 true)
  %t7778 = zext i1 %t7776 to i128
  call void @put(i128 %t7778, i1 false)
  %t7779 = xor i72 2361183241434822606848, %z72
  %t7780 = xor i72 4722366482869645213695, %z72
  %t7781 = call {i72, i1} @llvm.sadd.with.overflow.i72(i72 %t7779, i72 %t7780)
  %t7782 = extractvalue {i72, i1} %t7781, 0
  %t7783 = extractvalue {i72, i1} %t7781, 1
  %t7784 = zext i72 %t7782 to i128
  call void @put(i128 %t7784, i1 true)
  %t7785 = zext i1 %t7783 to i128
  call void @put(i128 %t7785, i1 false)
  %t7786 = xor i72 4722366482869645213691, %z72
  %t7787 = xor i72 206158430208, %z72
  %t7788 = call {i72, i1} @llvm.sadd.with.overflow.i72(i72 %t7786, i72 %t7787)
  %t7789 = extractvalue {i72, i1} %t7788, 0
  %t7790 = extractvalue {i72, i1} %t7788, 1
  %t7791 = zext i72 %t7789 to i128
  call void @put(i128 %t7791, i1 true)
  %t7792 = zext i1 %t7790 to i128
  call void @put(i128 %t7792, i1 false)
  %t7793 = xor i72 0, %z72
  %t7794 = xor i72 0, %z72
  %t7795 = call {i72, i1} @llvm.sadd.with.overflow.i72(i72 %t7793, i72 %t7794)
  %t7796 = extractvalue {i72, i1} %t7795, 0
  %t7797 = extractvalue {i72, i1} %t7795, 1
  %t7798 = zext i72 %t7796 to i128
  call void @put(i128 %t7798, i1 true)
  %t7799 = zext i1 %t7797 to i128
  call void @put(i128 %t7799, i1 false)
  %t7800 = xor i72 2875385591977529354340, %z72
  %t7801 = xor i72 1217495357055982467518, %z72
  %t7802 = call {i72, i1} @llvm.sadd.with.overflow.i72(i72 %t7800, i72 %t7801)
  %t7803 = extractvalue {i72, i1} %t7802, 0
  %t7804 = extractvalue {i72, i1} %t7802, 1
  %t7805 = zext i72 %t7803 to i128
  call void @put(i128 %t7805, i1 true)
  %t7806 = zext i1 %t7804 to i128
  call void @put(i128 %t7806, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s269)
  %t7807 = xor i72 4427136592161075900944, %z72
  %t7808 = xor i72 1280286024244658101435, %z72
  %t7809 = call {i72, i1} @llvm.uadd.with.overflow.i72(i72 %t7807, i72 %t7808)
  %t7810 = extractvalue {i72, i1} %t7809, 0
  %t7811 = extractvalue {i72, i1} %t7809, 1
  %t7812 = zext i72 %t7810 to i128
  call void @put(i128 %t7812, i1 true)
  %t7813 = zext i1 %t7811 to i128
  call void @put(i128 %t7813, i1 false)
  %t7814 = xor i72 2361183241434822606847, %z72
  %t7815 = xor i72 1, %z72
  %t7816 = call {i72, i1} @llvm.uadd.with.overflow.i72(i72 %t7814, i72 %t7815)
  %t7817 = extractvalue {i72, i1} %t7816, 0
  %t7818 = extractvalue {i72, i1} %t7816, 1
  %t7819 = zext i72 %t7817 to i128
  call void @put(i128 %t7819, i1 true)
  %t7820 = zext i1 %t7818 to i128
  call void @put(i128 %t7820, i1 false)
  %t7821 = xor i72 2361183241434822606848, %z72
  %t7822 = xor i72 4722366482869645213695, %z72
  %t7823 = call {i72, i1} @llvm.uadd.with.overflow.i72(i72 %t7821, i72 %t7822)
  %t7824 = extractvalue {i72, i1} %t7823, 0
  %t7825 = extractvalue {i72, i1} %t7823, 1
  %t7826 = zext i72 %t7824 to i128
  call void @put(i128 %t7826, i1 true)
  %t7827 = zext i1 %t7825 to i128
  call void @put(i128 %t7827, i1 false)
  %t7828 = xor i72 4722366482869645213691, %z72
  %t7829 = xor i72 206158430208, %z72
  %t7830 = call {i72, i1} @llvm.uadd.with.overflow.i72(i72 %t7828, i72 %t7829)
  %t7831 = extractvalue {i72, i1} %t7830, 0
  %t7832 = extractvalue {i72, i1} %t7830, 1
  %t7833 = zext i72 %t7831 to i128
  call void @put(i128 %t7833, i1 true)
  %t7834 = zext i1 %t7832 to i128
  call void @put(i128 %t7834, i1 false)
  %t7835 = xor i72 0, %z72
  %t7836 = xor i72 0, %z72
  %t7837 = call {i72, i1} @llvm.uadd.with.overflow.i72(i72 %t7835, i72 %t7836)
  %t7838 = extractvalue {i72, i1} %t7837, 0
  %t7839 = extractvalue {i72, i1} %t7837, 1
  %t7840 = zext i72 %t7838 to i128
  call void @put(i128 %t7840, i1 true)
  %t7841 = zext i1 %t7839 to i128
  call void @put(i128 %t7841, i1 false)
  %t7842 = xor i72 2875385591977529354340, %z72
  %t7843 = xor i72 1217495357055982467518, %z72
  %t7844 = call {i72, i1} @llvm.uadd.with.overflow.i72(i72 %t7842, i72 %t7843)
  %t7845 = extractvalue {i72, i1} %t7844, 0
  %t7846 = extractvalue {i72, i1} %t7844, 1
  %t7847 = zext i72 %t7845 to i128
  call void @put(i128 %t7847, i1 true)
  %t7848 = zext i1 %t7846 to i128
  call void @put(i128 %t7848, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s270)
  %t7849 = xor i72 4427136592161075900944, %z72
  %t7850 = xor i72 1280286024244658101435, %z72
  %t7851 = call {i72, i1} @llvm.ssub.with.overflow.i72(i72 %t7849, i72 %t7850)
  %t7852 = extractvalue {i72, i1} %t7851, 0
  %t7853 = extractvalue {i72, i1} %t7851, 1
  %t7854 = zext i72 %t7852 to i128
  call void @put(i128 %t7854, i1 true)
  %t7855 = zext i1 %t7853 to i128
  call void @put(i128 %t7855, i1 false)
  %t7856 = xor i72 2361183241434822606847, %z72
  %t7857 = xor i72 1, %z72
  %t7858 = call {i72, i1} @llvm.ssub.with.overflow.i72(i72 %t7856, i72 %t7857)
  %t7859 = extractvalue {i72, i1} %t7858, 0
  %t7860 = extractvalue {i72, i1} %t7858, 1
  %t7861 = zext i72 %t7859 to i128
  call void @put(i128 %t7861, i1 true)
  %t7862 = zext i1 %t7860 to i128
  call void @put(i128 %t7862, i1 false)
  %t7863 = xor i72 2361183241434822606848, %z72
  %t7864 = xor i72 4722366482869645213695, %z72
  %t7865 = call {i72, i1} @llvm.ssub.with.overflow.i72(i72 %t7863, i72 %t7864)
  %t7866 = extractvalue {i72, i1} %t7865, 0
  %t7867 = extractvalue {i72, i1} %t7865, 1
  %t7868 = zext i72 %t7866 to i128
  call void @put(i128 %t7868, i1 true)
  %t7869 = zext i1 %t7867 to i128
  call void @put(i128 %t7869, i1 false)
  %t7870 = xor i72 4722366482869645213691, %z72
  %t7871 = xor i72 206158430208, %z72
  %t7872 = call {i72, i1} @llvm.ssub.with.overflow.i72(i72 %t7870, i72 %t7871)
  %t7873 = extractvalue {i72, i1} %t7872, 0
  %t7874 = extractvalue {i72, i1} %t7872, 1
  %t7875 = zext i72 %t7873 to i128
  call void @put(i128 %t7875, i1 true)
  %t7876 = zext i1 %t7874 to i128
  call void @put(i128 %t7876, i1 false)
  %t7877 = xor i72 0, %z72
  %t7878 = xor i72 0, %z72
  %t7879 = call {i72, i1} @llvm.ssub.with.overflow.i72(i72 %t7877, i72 %t7878)
  %t7880 = extractvalue {i72, i1} %t7879, 0
  %t7881 = extractvalue {i72, i1} %t7879, 1
  %t7882 = zext i72 %t7880 to i128
  call void @put(i128 %t7882, i1 true)
  %t7883 = zext i1 %t7881 to i128
  call void @put(i128 %t7883, i1 false)
  %t7884 = xor i72 2875385591977529354340, %z72
  %t7885 = xor i72 1217495357055982467518, %z72
  %t7886 = call {i72, i1} @llvm.ssub.with.overflow.i72(i72 %t7884, i72 %t7885)
  %t7887 = extractvalue {i72, i1} %t7886, 0
  %t7888 = extractvalue {i72, i1} %t7886, 1
  %t7889 = zext i72 %t7887 to i128
  call void @put(i128 %t7889, i1 true)
  %t7890 = zext i1 %t7888 to i128
  call void @put(i128 %t7890, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s271)
  %t7891 = xor i72 4427136592161075900944, %z72
  %t7892 = xor i72 1280286024244658101435, %z72
  %t7893 = call {i72, i1} @llvm.usub.with.overflow.i72(i72 %t7891, i72 %t7892)
  %t7894 = extractvalue {i72, i1} %t7893, 0
  %t7895 = extractvalue {i72, i1} %t7893, 1
  %t7896 = zext i72 %t7894 to i128
  call void @put(i128 %t7896, i1 true)
  %t7897 = zext i1 %t7895 to i128
  call void @put(i128 %t7897, i1 false)
  %t7898 = xor i72 2361183241434822606847, %z72
  %t7899 = xor i72 1, %z72
  %t7900 = call {i72, i1} @llvm.usub.with.overflow.i72(i72 %t7898, i72 %t7899)
  %t7901 = extractvalue {i72, i1} %t7900, 0
  %t7902 = extractvalue {i72, i1} %t7900, 1
  %t7903 = zext i72 %t7901 to i128
  call void @put(i128 %t7903, i1 true)
  %t7904 = zext i1 %t7902 to i128
  call void @put(i128 %t7904, i1 false)
  %t7905 = xor i72 2361183241434822606848, %z72
  %t7906 = xor i72 4722366482869645213695, %z72
  %t7907 = call {i72, i1} @llvm.usub.with.overflow.i72(i72 %t7905, i72 %t7906)
  %t7908 = extractvalue {i72, i1} %t7907, 0
  %t7909 = extractvalue {i72, i1} %t7907, 1
  %t7910 = zext i72 %t7908 to i128
  call void @put(i128 %t7910, i1 true)
  %t7911 = zext i1 %t7909 to i128
  call void @put(i128 %t7911, i1 false)
  %t7912 = xor i72 4722366482869645213691, %z72
  %t7913 = xor i72 206158430208, %z72
  %t7914 = call {i72, i1} @llvm.usub.with.overflow.i72(i72 %t7912, i72 %t7913)
  %t7915 = extractvalue {i72, i1} %t7914, 0
  %t7916 = extractvalue {i72, i1} %t7914, 1
  %t7917 = zext i72 %t7915 to i128
  call void @put(i128 %t7917, i1 true)
  %t7918 = zext i1 %t7916 to i128
  call void @put(i128 %t7918, i1 false)
  %t7919 = xor i72 0, %z72
  %t7920 = xor i72 0, %z72
  %t7921 = call {i72, i1} @llvm.usub.with.overflow.i72(i72 %t7919, i72 %t7920)
  %t7922 = extractvalue {i72, i1} %t7921, 0
  %t7923 = extractvalue {i72, i1} %t7921, 1
  %t7924 = zext i72 %t7922 to i128
  call void @put(i128 %t7924, i1 true)
  %t7925 = zext i1 %t7923 to i128
  call void @put(i128 %t7925, i1 false)
  %t7926 = xor i72 2875385591977529354340, %z72
  %t7927 = xor i72 1217495357055982467518, %z72
  %t7928 = call {i72, i1} @llvm.usub.with.overflow.i72(i72 %t7926, i72 %t7927)
  %t7929 = extractvalue {i72, i1} %t7928, 0
  %t7930 = extractvalue {i72, i1} %t7928, 1
  %t7931 = zext i72 %t7929 to i128
  call void @put(i128 %t7931, i1 true)
  %t7932 = zext i1 %t7930 to i128
  call void @put(i128 %t7932, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s272)
  %t7933 = xor i72 4427136592161075900944, %z72
  %t7934 = xor i72 1280286024244658101435, %z72
  %t7935 = call {i72, i1} @llvm.smul.with.overflow.i72(i72 %t7933, i72 %t7934)
  %t7936 = extractvalue {i72, i1} %t7935, 0
  %t7937 = extractvalue {i72, i1} %t7935, 1
  %t7938 = zext i72 %t7936 to i128
  call void @put(i128 %t7938, i1 true)
  %t7939 = zext i1 %t7937 to i128
  call void @put(i128 %t7939, i1 false)
  %t7940 = xor i72 2361183241434822606847, %z72
  %t7941 = xor i72 1, %z72
  %t7942 = call {i72, i1} @llvm.smul.with.overflow.i72(i72 %t7940, i72 %t7941)
  %t7943 = extractvalue {i72, i1} %t7942, 0
  %t7944 = extractvalue {i72, i1} %t7942, 1
  %t7945 = zext i72 %t7943 to i128
  call void @put(i128 %t7945, i1 true)
  %t7946 = zext i1 %t7944 to i128
  call void @put(i128 %t7946, i1 false)
  %t7947 = xor i72 2361183241434822606848, %z72
  %t7948 = xor i72 4722366482869645213695, %z72
  %t7949 = call {i72, i1} @llvm.smul.with.overflow.i72(i72 %t7947, i72 %t7948)
  %t7950 = extractvalue {i72, i1} %t7949, 0
  %t7951 = extractvalue {i72, i1} %t7949, 1
  %t7952 = zext i72 %t7950 to i128
  call void @put(i128 %t7952, i1 true)
  %t7953 = zext i1 %t7951 to i128
  call void @put(i128 %t7953, i1 false)
  %t7954 = xor i72 4722366482869645213691, %z72
  %t7955 = xor i72 206158430208, %z72
  %t7956 = call {i72, i1} @llvm.smul.with.overflow.i72(i72 %t7954, i72 %t7955)
  %t7957 = extractvalue {i72, i1} %t7956, 0
  %t7958 = extractvalue {i72, i1} %t7956, 1
  %t7959 = zext i72 %t7957 to i128
  call void @put(i128 %t7959, i1 true)
  %t7960 = zext i1 %t7958 to i128
  call void @put(i128 %t7960, i1 false)
  %t7961 = xor i72 0, %z72
  %t7962 = xor i72 0, %z72
  %t7963 = call {i72, i1} @llvm.smul.with.overflow.i72(i72 %t7961, i72 %t7962)
  %t7964 = extractvalue {i72, i1} %t7963, 0
  %t7965 = extractvalue {i72, i1} %t7963, 1
  %t7966 = zext i72 %t7964 to i128
  call void @put(i128 %t7966, i1 true)
  %t7967 = zext i1 %t7965 to i128
  call void @put(i128 %t7967, i1 false)
  %t7968 = xor i72 2875385591977529354340, %z72
  %t7969 = xor i72 1217495357055982467518, %z72
  %t7970 = call {i72, i1} @llvm.smul.with.overflow.i72(i72 %t7968, i72 %t7969)
  %t7971 = extractvalue {i72, i1} %t7970, 0
  %t7972 = extractvalue {i72, i1} %t7970, 1
  %t7973 = zext i72 %t7971 to i128
  call void @put(i128 %t7973, i1 true)
  %t7974 = zext i1 %t7972 to i128
  call void @put(i128 %t7974, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s273)
  %t7975 = xor i72 4427136592161075900944, %z72
  %t7976 = xor i72 1280286024244658101435, %z72
  %t7977 = call {i72, i1} @llvm.umul.with.overflow.i72(i72 %t7975, i72 %t7976)
  %t7978 = extractvalue {i72, i1} %t7977, 0
  %t7979 = extractvalue {i72, i1} %t7977, 1
  %t7980 = zext i72 %t7978 to i128
  call void @put(i128 %t7980, i1 true)
  %t7981 = zext i1 %t7979 to i128
  call void @put(i128 %t7981, i1 false)
  %t7982 = xor i72 2361183241434822606847, %z72
  %t7983 = xor i72 1, %z72
  %t7984 = call {i72, i1} @llvm.umul.with.overflow.i72(i72 %t7982, i72 %t7983)
  %t7985 = extractvalue {i72, i1} %t7984, 0
  %t7986 = extractvalue {i72, i1} %t7984, 1
  %t7987 = zext i72 %t7985 to i128
  call void @put(i128 %t7987, i1 true)
  %t7988 = zext i1 %t7986 to i128
  call void @put(i128 %t7988, i1 false)
  %t7989 = xor i72 2361183241434822606848, %z72
  %t7990 = xor i72 4722366482869645213695, %z72
  %t7991 = call {i72, i1} @llvm.umul.with.overflow.i72(i72 %t7989, i72 %t7990)
  %t7992 = extractvalue {i72, i1} %t7991, 0
  %t7993 = extractvalue {i72, i1} %t7991, 1
  %t7994 = zext i72 %t7992 to i128
  call void @put(i128 %t7994, i1 true)
  %t7995 = zext i1 %t7993 to i128
  call void @put(i128 %t7995, i1 false)
  %t7996 = xor i72 4722366482869645213691, %z72
  %t7997 = xor i72 206158430208, %z72
  %t7998 = call {i72, i1} @llvm.umul.with.overflow.i72(i72 %t7996, i72 %t7997)
  %t7999 = extractvalue {i72, i1} %t7998, 0
  %t8000 = extractvalue {i72, i1} %t7998, 1
  %t8001 = zext i72 %t7999 to i128
  call void @put(i128 %t8001, i1 true)
  %t8002 = zext i1 %t8000 to i128
  call void @put(i128 %t8002, i1 false)
  %t8003 = xor i72 0, %z72
  %t8004 = xor i72 0, %z72
  %t8005 = call {i72, i1} @llvm.umul.with.overflow.i72(i72 %t8003, i72 %t8004)
  %t8006 = extractvalue {i72, i1} %t8005, 0
  %t8007 = extractvalue {i72, i1} %t8005, 1
  %t8008 = zext i72 %t8006 to i128
  call void @put(i128 %t8008, i1 true)
  %t8009 = zext i1 %t8007 to i128
  call void @put(i128 %t8009, i1 false)
  %t8010 = xor i72 2875385591977529354340, %z72
  %t8011 = xor i72 1217495357055982467518, %z72
  %t8012 = call {i72, i1} @llvm.umul.with.overflow.i72(i72 %t8010, i72 %t8011)
  %t8013 = extractvalue {i72, i1} %t8012, 0
  %t8014 = extractvalue {i72, i1} %t8012, 1
  %t8015 = zext i72 %t8013 to i128
  call void @put(i128 %t8015, i1 true)
  %t8016 = zext i1 %t8014 to i128
  call void @put(i128 %t8016, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s274)
  %t8017 = xor i128 1512366075204170947332355369683137040, %z128
  %t8018 = xor i128 1375488932539311415286971, %z128
  %t8019 = call i128 @llvm.ctpop.i128(i128 %t8017)
  call void @put(i128 %t8019, i1 true)
  %t8020 = xor i128 170141183460469231731687303715884105727, %z128
  %t8021 = xor i128 1, %z128
  %t8022 = call i128 @llvm.ctpop.i128(i128 %t8020)
  call void @put(i128 %t8022, i1 true)
  %t8023 = xor i128 170141183460469231731687303715884105728, %z128
  %t8024 = xor i128 340282366920938463463374607431768211455, %z128
  %t8025 = call i128 @llvm.ctpop.i128(i128 %t8023)
  call void @put(i128 %t8025, i1 true)
  %t8026 = xor i128 340282366920938463463374607431768211451, %z128
  %t8027 = xor i128 55340232221128654848, %z128
  %t8028 = call i128 @llvm.ctpop.i128(i128 %t8026)
  call void @put(i128 %t8028, i1 true)
  %t8029 = xor i128 0, %z128
  %t8030 = xor i128 0, %z128
  %t8031 = call i128 @llvm.ctpop.i128(i128 %t8029)
  call void @put(i128 %t8031, i1 true)
  %t8032 = xor i128 11815359962532585526034026325649508, %z128
  %t8033 = xor i128 340093321161537942094958063010557819326, %z128
  %t8034 = call i128 @llvm.ctpop.i128(i128 %t8032)
  call void @put(i128 %t8034, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s275)
  %t8035 = xor i128 1512366075204170947332355369683137040, %z128
  %t8036 = xor i128 1375488932539311415286971, %z128
  %t8037 = call i128 @llvm.ctlz.i128(i128 %t8035, i1 false)
  call void @put(i128 %t8037, i1 true)
  %t8038 = xor i128 170141183460469231731687303715884105727, %z128
  %t8039 = xor i128 1, %z128
  %t8040 = call i128 @llvm.ctlz.i128(i128 %t8038, i1 false)
  call void @put(i128 %t8040, i1 true)
  %t8041 = xor i128 170141183460469231731687303715884105728, %z128
  %t8042 = xor i128 340282366920938463463374607431768211455, %z128
  %t8043 = call i128 @llvm.ctlz.i128(i128 %t8041, i1 false)
  call void @put(i128 %t8043, i1 true)
  %t8044 = xor i128 340282366920938463463374607431768211451, %z128
  %t8045 = xor i128 55340232221128654848, %z128
  %t8046 = call i128 @llvm.ctlz.i128(i128 %t8044, i1 false)
  call void @put(i128 %t8046, i1 true)
  %t8047 = xor i128 0, %z128
  %t8048 = xor i128 0, %z128
  %t8049 = call i128 @llvm.ctlz.i128(i128 %t8047, i1 false)
  call void @put(i128 %t8049, i1 true)
  %t8050 = xor i128 11815359962532585526034026325649508, %z128
  %t8051 = xor i128 340093321161537942094958063010557819326, %z128
  %t8052 = call i128 @llvm.ctlz.i128(i128 %t8050, i1 false)
  call void @put(i128 %t8052, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s276)
  %t8053 = xor i128 1512366075204170947332355369683137040, %z128
  %t8054 = xor i128 1375488932539311415286971, %z128
  %t8055 = call i128 @llvm.cttz.i128(i128 %t8053, i1 false)
  call void @put(i128 %t8055, i1 true)
  %t8056 = xor i128 170141183460469231731687303715884105727, %z128
  %t8057 = xor i128 1, %z128
  %t8058 = call i128 @llvm.cttz.i128(i128 %t8056, i1 false)
  call void @put(i128 %t8058, i1 true)
  %t8059 = xor i128 170141183460469231731687303715884105728, %z128
  %t8060 = xor i128 340282366920938463463374607431768211455, %z128
  %t8061 = call i128 @llvm.cttz.i128(i128 %t8059, i1 false)
  call void @put(i128 %t8061, i1 true)
  %t8062 = xor i128 340282366920938463463374607431768211451, %z128
  %t8063 = xor i128 55340232221128654848, %z128
  %t8064 = call i128 @llvm.cttz.i128(i128 %t8062, i1 false)
  call void @put(i128 %t8064, i1 true)
  %t8065 = xor i128 0, %z128
  %t8066 = xor i128 0, %z128
  %t8067 = call i128 @llvm.cttz.i128(i128 %t8065, i1 false)
  call void @put(i128 %t8067, i1 true)
  %t8068 = xor i128 11815359962532585526034026325649508, %z128
  %t8069 = xor i128 340093321161537942094958063010557819326, %z128
  %t8070 = call i128 @llvm.cttz.i128(i128 %t8068, i1 false)
  call void @put(i128 %t8070, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s277)
  %t8071 = xor i128 1512366075204170947332355369683137040, %z128
  %t8072 = xor i128 1375488932539311415286971, %z128
  %t8073 = call i128 @llvm.bswap.i128(i128 %t8071)
  call void @put(i128 %t8073, i1 true)
  %t8074 = xor i128 170141183460469231731687303715884105727, %z128
  %t8075 = xor i128 1, %z128
  %t8076 = call i128 @llvm.bswap.i128(i128 %t8074)
  call void @put(i128 %t8076, i1 true)
  %t8077 = xor i128 170141183460469231731687303715884105728, %z128
  %t8078 = xor i128 340282366920938463463374607431768211455, %z128
  %t8079 = call i128 @llvm.bswap.i128(i128 %t8077)
  call void @put(i128 %t8079, i1 true)
  %t8080 = xor i128 340282366920938463463374607431768211451, %z128
  %t8081 = xor i128 55340232221128654848, %z128
  %t8082 = call i128 @llvm.bswap.i128(i128 %t8080)
  call void @put(i128 %t8082, i1 true)
  %t8083 = xor i128 0, %z128
  %t8084 = xor i128 0, %z128
  %t8085 = call i128 @llvm.bswap.i128(i128 %t8083)
  call void @put(i128 %t8085, i1 true)
  %t8086 = xor i128 11815359962532585526034026325649508, %z128
  %t8087 = xor i128 340093321161537942094958063010557819326, %z128
  %t8088 = call i128 @llvm.bswap.i128(i128 %t8086)
  call void @put(i128 %t8088, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s278)
  %t8089 = xor i128 1512366075204170947332355369683137040, %z128
  %t8090 = xor i128 1375488932539311415286971, %z128
  %t8091 = call i128 @llvm.bitreverse.i128(i128 %t8089)
  call void @put(i128 %t8091, i1 true)
  %t8092 = xor i128 170141183460469231731687303715884105727, %z128
  %t8093 = xor i128 1, %z128
  %t8094 = call i128 @llvm.bitreverse.i128(i128 %t8092)
  call void @put(i128 %t8094, i1 true)
  %t8095 = xor i128 170141183460469231731687303715884105728, %z128
  %t8096 = xor i128 340282366920938463463374607431768211455, %z128
  %t8097 = call i128 @llvm.bitreverse.i128(i128 %t8095)
  call void @put(i128 %t8097, i1 true)
  %t8098 = xor i128 340282366920938463463374607431768211451, %z128
  %t8099 = xor i128 55340232221128654848, %z128
  %t8100 = call i128 @llvm.bitreverse.i128(i128 %t8098)
  call void @put(i128 %t8100, i1 true)
  %t8101 = xor i128 0, %z128
  %t8102 = xor i128 0, %z128
  %t8103 = call i128 @llvm.bitreverse.i128(i128 %t8101)
  call void @put(i128 %t8103, i1 true)
  %t8104 = xor i128 11815359962532585526034026325649508, %z128
  %t8105 = xor i128 340093321161537942094958063010557819326, %z128
  %t8106 = call i128 @llvm.bitreverse.i128(i128 %t8104)
  call void @put(i128 %t8106, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s279)
  %t8107 = xor i128 1512366075204170947332355369683137040, %z128
  %t8108 = xor i128 1375488932539311415286971, %z128
  %t8109 = call i128 @llvm.abs.i128(i128 %t8107, i1 false)
  call void @put(i128 %t8109, i1 true)
  %t8110 = xor i128 170141183460469231731687303715884105727, %z128
  %t8111 = xor i128 1, %z128
  %t8112 = call i128 @llvm.abs.i128(i128 %t8110, i1 false)
  call void @put(i128 %t8112, i1 true)
  %t8113 = xor i128 170141183460469231731687303715884105728, %z128
  %t8114 = xor i128 340282366920938463463374607431768211455, %z128
  %t8115 = call i128 @llvm.abs.i128(i128 %t8113, i1 false)
  call void @put(i128 %t8115, i1 true)
  %t8116 = xor i128 340282366920938463463374607431768211451, %z128
  %t8117 = xor i128 55340232221128654848, %z128
  %t8118 = call i128 @llvm.abs.i128(i128 %t8116, i1 false)
  call void @put(i128 %t8118, i1 true)
  %t8119 = xor i128 0, %z128
  %t8120 = xor i128 0, %z128
  %t8121 = call i128 @llvm.abs.i128(i128 %t8119, i1 false)
  call void @put(i128 %t8121, i1 true)
  %t8122 = xor i128 11815359962532585526034026325649508, %z128
  %t8123 = xor i128 340093321161537942094958063010557819326, %z128
  %t8124 = call i128 @llvm.abs.i128(i128 %t8122, i1 false)
  call void @put(i128 %t8124, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s280)
  %t8125 = xor i128 1512366075204170947332355369683137040, %z128
  %t8126 = xor i128 1375488932539311415286971, %z128
  %t8127 = call i128 @llvm.smin.i128(i128 %t8125, i128 %t8126)
  call void @put(i128 %t8127, i1 true)
  %t8128 = xor i128 170141183460469231731687303715884105727, %z128
  %t8129 = xor i128 1, %z128
  %t8130 = call i128 @llvm.smin.i128(i128 %t8128, i128 %t8129)
  call void @put(i128 %t8130, i1 true)
  %t8131 = xor i128 170141183460469231731687303715884105728, %z128
  %t8132 = xor i128 340282366920938463463374607431768211455, %z128
  %t8133 = call i128 @llvm.smin.i128(i128 %t8131, i128 %t8132)
  call void @put(i128 %t8133, i1 true)
  %t8134 = xor i128 340282366920938463463374607431768211451, %z128
  %t8135 = xor i128 55340232221128654848, %z128
  %t8136 = call i128 @llvm.smin.i128(i128 %t8134, i128 %t8135)
  call void @put(i128 %t8136, i1 true)
  %t8137 = xor i128 0, %z128
  %t8138 = xor i128 0, %z128
  %t8139 = call i128 @llvm.smin.i128(i128 %t8137, i128 %t8138)
  call void @put(i128 %t8139, i1 true)
  %t8140 = xor i128 11815359962532585526034026325649508, %z128
  %t8141 = xor i128 340093321161537942094958063010557819326, %z128
  %t8142 = call i128 @llvm.smin.i128(i128 %t8140, i128 %t8141)
  call void @put(i128 %t8142, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s281)
  %t8143 = xor i128 1512366075204170947332355369683137040, %z128
  %t8144 = xor i128 1375488932539311415286971, %z128
  %t8145 = call i128 @llvm.smax.i128(i128 %t8143, i128 %t8144)
  call void @put(i128 %t8145, i1 true)
  %t8146 = xor i128 170141183460469231731687303715884105727, %z128
  %t8147 = xor i128 1, %z128
  %t8148 = call i128 @llvm.smax.i128(i128 %t8146, i128 %t8147)
  call void @put(i128 %t8148, i1 true)
  %t8149 = xor i128 170141183460469231731687303715884105728, %z128
  %t8150 = xor i128 340282366920938463463374607431768211455, %z128
  %t8151 = call i128 @llvm.smax.i128(i128 %t8149, i128 %t8150)
  call void @put(i128 %t8151, i1 true)
  %t8152 = xor i128 340282366920938463463374607431768211451, %z128
  %t8153 = xor i128 55340232221128654848, %z128
  %t8154 = call i128 @llvm.smax.i128(i128 %t8152, i128 %t8153)
  call void @put(i128 %t8154, i1 true)
  %t8155 = xor i128 0, %z128
  %t8156 = xor i128 0, %z128
  %t8157 = call i128 @llvm.smax.i128(i128 %t8155, i128 %t8156)
  call void @put(i128 %t8157, i1 true)
  %t8158 = xor i128 11815359962532585526034026325649508, %z128
  %t8159 = xor i128 340093321161537942094958063010557819326, %z128
  %t8160 = call i128 @llvm.smax.i128(i128 %t8158, i128 %t8159)
  call void @put(i128 %t8160, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s282)
  %t8161 = xor i128 1512366075204170947332355369683137040, %z128
  %t8162 = xor i128 1375488932539311415286971, %z128
  %t8163 = call i128 @llvm.umin.i128(i128 %t8161, i128 %t8162)
  call void @put(i128 %t8163, i1 true)
  %t8164 = xor i128 170141183460469231731687303715884105727, %z128
  %t8165 = xor i128 1, %z128
  %t8166 = call i128 @llvm.umin.i128(i128 %t8164, i128 %t8165)
  call void @put(i128 %t8166, i1 true)
  %t8167 = xor i128 170141183460469231731687303715884105728, %z128
  %t8168 = xor i128 340282366920938463463374607431768211455, %z128
  %t8169 = call i128 @llvm.umin.i128(i128 %t8167, i128 %t8168)
  call void @put(i128 %t8169, i1 true)
  %t8170 = xor i128 340282366920938463463374607431768211451, %z128
  %t8171 = xor i128 55340232221128654848, %z128
  %t8172 = call i128 @llvm.umin.i128(i128 %t8170, i128 %t8171)
  call void @put(i128 %t8172, i1 true)
  %t8173 = xor i128 0, %z128
  %t8174 = xor i128 0, %z128
  %t8175 = call i128 @llvm.umin.i128(i128 %t8173, i128 %t8174)
  call void @put(i128 %t8175, i1 true)
  %t8176 = xor i128 11815359962532585526034026325649508, %z128
  %t8177 = xor i128 340093321161537942094958063010557819326, %z128
  %t8178 = call i128 @llvm.umin.i128(i128 %t8176, i128 %t8177)
  call void @put(i128 %t8178, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s283)
  %t8179 = xor i128 1512366075204170947332355369683137040, %z128
  %t8180 = xor i128 1375488932539311415286971, %z128
  %t8181 = call i128 @llvm.umax.i128(i128 %t8179, i128 %t8180)
  call void @put(i128 %t8181, i1 true)
  %t8182 = xor i128 170141183460469231731687303715884105727, %z128
  %t8183 = xor i128 1, %z128
  %t8184 = call i128 @llvm.umax.i128(i128 %t8182, i128 %t8183)
  call void @put(i128 %t8184, i1 true)
  %t8185 = xor i128 170141183460469231731687303715884105728, %z128
  %t8186 = xor i128 340282366920938463463374607431768211455, %z128
  %t8187 = call i128 @llvm.umax.i128(i128 %t8185, i128 %t8186)
  call void @put(i128 %t8187, i1 true)
  %t8188 = xor i128 340282366920938463463374607431768211451, %z128
  %t8189 = xor i128 55340232221128654848, %z128
  %t8190 = call i128 @llvm.umax.i128(i128 %t8188, i128 %t8189)
  call void @put(i128 %t8190, i1 true)
  %t8191 = xor i128 0, %z128
  %t8192 = xor i128 0, %z128
  %t8193 = call i128 @llvm.umax.i128(i128 %t8191, i128 %t8192)
  call void @put(i128 %t8193, i1 true)
  %t8194 = xor i128 11815359962532585526034026325649508, %z128
  %t8195 = xor i128 340093321161537942094958063010557819326, %z128
  %t8196 = call i128 @llvm.umax.i128(i128 %t8194, i128 %t8195)
  call void @put(i128 %t8196, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s284)
  %t8197 = xor i128 1512366075204170947332355369683137040, %z128
  %t8198 = xor i128 1375488932539311415286971, %z128
  %t8199 = call i128 @llvm.sadd.sat.i128(i128 %t8197, i128 %t8198)
  call void @put(i128 %t8199, i1 true)
  %t8200 = xor i128 170141183460469231731687303715884105727, %z128
  %t8201 = xor i128 1, %z128
  %t8202 = call i128 @llvm.sadd.sat.i128(i128 %t8200, i128 %t8201)
  call void @put(i128 %t8202, i1 true)
  %t8203 = xor i128 170141183460469231731687303715884105728, %z128
  %t8204 = xor i128 340282366920938463463374607431768211455, %z128
  %t8205 = call i128 @llvm.sadd.sat.i128(i128 %t8203, i128 %t8204)
  call void @put(i128 %t8205, i1 true)
  %t8206 = xor i128 340282366920938463463374607431768211451, %z128
  %t8207 = xor i128 55340232221128654848, %z128
  %t8208 = call i128 @llvm.sadd.sat.i128(i128 %t8206, i128 %t8207)
  call void @put(i128 %t8208, i1 true)
  %t8209 = xor i128 0, %z128
  %t8210 = xor i128 0, %z128
  %t8211 = call i128 @llvm.sadd.sat.i128(i128 %t8209, i128 %t8210)
  call void @put(i128 %t8211, i1 true)
  %t8212 = xor i128 11815359962532585526034026325649508, %z128
  %t8213 = xor i128 340093321161537942094958063010557819326, %z128
  %t8214 = call i128 @llvm.sadd.sat.i128(i128 %t8212, i128 %t8213)
  call void @put(i128 %t8214, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s285)
  %t8215 = xor i128 1512366075204170947332355369683137040, %z128
  %t8216 = xor i128 1375488932539311415286971, %z128
  %t8217 = call i128 @llvm.uadd.sat.i128(i128 %t8215, i128 %t8216)
  call void @put(i128 %t8217, i1 true)
  %t8218 = xor i128 170141183460469231731687303715884105727, %z128
  %t8219 = xor i128 1, %z128
  %t8220 = call i128 @llvm.uadd.sat.i128(i128 %t8218, i128 %t8219)
  call void @put(i128 %t8220, i1 true)
  %t8221 = xor i128 170141183460469231731687303715884105728, %z128
  %t8222 = xor i128 340282366920938463463374607431768211455, %z128
  %t8223 = call i128 @llvm.uadd.sat.i128(i128 %t8221, i128 %t8222)
  call void @put(i128 %t8223, i1 true)
  %t8224 = xor i128 340282366920938463463374607431768211451, %z128
  %t8225 = xor i128 55340232221128654848, %z128
  %t8226 = call i128 @llvm.uadd.sat.i128(i128 %t8224, i128 %t8225)
  call void @put(i128 %t8226, i1 true)
  %t8227 = xor i128 0, %z128
  %t8228 = xor i128 0, %z128
  %t8229 = call i128 @llvm.uadd.sat.i128(i128 %t8227, i128 %t8228)
  call void @put(i128 %t8229, i1 true)
  %t8230 = xor i128 11815359962532585526034026325649508, %z128
  %t8231 = xor i128 340093321161537942094958063010557819326, %z128
  %t8232 = call i128 @llvm.uadd.sat.i128(i128 %t8230, i128 %t8231)
  call void @put(i128 %t8232, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s286)
  %t8233 = xor i128 1512366075204170947332355369683137040, %z128
  %t8234 = xor i128 1375488932539311415286971, %z128
  %t8235 = call i128 @llvm.ssub.sat.i128(i128 %t8233, i128 %t8234)
  call void @put(i128 %t8235, i1 true)
  %t8236 = xor i128 170141183460469231731687303715884105727, %z128
  %t8237 = xor i128 1, %z128
  %t8238 = call i128 @llvm.ssub.sat.i128(i128 %t8236, i128 %t8237)
  call void @put(i128 %t8238, i1 true)
  %t8239 = xor i128 170141183460469231731687303715884105728, %z128
  %t8240 = xor i128 340282366920938463463374607431768211455, %z128
  %t8241 = call i128 @llvm.ssub.sat.i128(i128 %t8239, i128 %t8240)
  call void @put(i128 %t8241, i1 true)
  %t8242 = xor i128 340282366920938463463374607431768211451, %z128
  %t8243 = xor i128 55340232221128654848, %z128
  %t8244 = call i128 @llvm.ssub.sat.i128(i128 %t8242, i128 %t8243)
  call void @put(i128 %t8244, i1 true)
  %t8245 = xor i128 0, %z128
  %t8246 = xor i128 0, %z128
  %t8247 = call i128 @llvm.ssub.sat.i128(i128 %t8245, i128 %t8246)
  call void @put(i128 %t8247, i1 true)
  %t8248 = xor i128 11815359962532585526034026325649508, %z128
  %t8249 = xor i128 340093321161537942094958063010557819326, %z128
  %t8250 = call i128 @llvm.ssub.sat.i128(i128 %t8248, i128 %t8249)
  call void @put(i128 %t8250, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s287)
  %t8251 = xor i128 1512366075204170947332355369683137040, %z128
  %t8252 = xor i128 1375488932539311415286971, %z128
  %t8253 = call i128 @llvm.usub.sat.i128(i128 %t8251, i128 %t8252)
  call void @put(i128 %t8253, i1 true)
  %t8254 = xor i128 170141183460469231731687303715884105727, %z128
  %t8255 = xor i128 1, %z128
  %t8256 = call i128 @llvm.usub.sat.i128(i128 %t8254, i128 %t8255)
  call void @put(i128 %t8256, i1 true)
  %t8257 = xor i128 170141183460469231731687303715884105728, %z128
  %t8258 = xor i128 340282366920938463463374607431768211455, %z128
  %t8259 = call i128 @llvm.usub.sat.i128(i128 %t8257, i128 %t8258)
  call void @put(i128 %t8259, i1 true)
  %t8260 = xor i128 340282366920938463463374607431768211451, %z128
  %t8261 = xor i128 55340232221128654848, %z128
  %t8262 = call i128 @llvm.usub.sat.i128(i128 %t8260, i128 %t8261)
  call void @put(i128 %t8262, i1 true)
  %t8263 = xor i128 0, %z128
  %t8264 = xor i128 0, %z128
  %t8265 = call i128 @llvm.usub.sat.i128(i128 %t8263, i128 %t8264)
  call void @put(i128 %t8265, i1 true)
  %t8266 = xor i128 11815359962532585526034026325649508, %z128
  %t8267 = xor i128 340093321161537942094958063010557819326, %z128
  %t8268 = call i128 @llvm.usub.sat.i128(i128 %t8266, i128 %t8267)
  call void @put(i128 %t8268, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s288)
  %t8269 = xor i128 1512366075204170947332355369683137040, %z128
  %t8270 = xor i128 1375488932539311415286971, %z128
  %t8271 = call i8 @llvm.scmp.i8.i128(i128 %t8269, i128 %t8270)
  %t8272 = zext i8 %t8271 to i128
  call void @put(i128 %t8272, i1 false)
  %t8273 = xor i128 170141183460469231731687303715884105727, %z128
  %t8274 = xor i128 1, %z128
  %t8275 = call i8 @llvm.scmp.i8.i128(i128 %t8273, i128 %t8274)
  %t8276 = zext i8 %t8275 to i128
  call void @put(i128 %t8276, i1 false)
  %t8277 = xor i128 170141183460469231731687303715884105728, %z128
  %t8278 = xor i128 340282366920938463463374607431768211455, %z128
  %t8279 = call i8 @llvm.scmp.i8.i128(i128 %t8277, i128 %t8278)
  %t8280 = zext i8 %t8279 to i128
  call void @put(i128 %t8280, i1 false)
  %t8281 = xor i128 340282366920938463463374607431768211451, %z128
  %t8282 = xor i128 55340232221128654848, %z128
  %t8283 = call i8 @llvm.scmp.i8.i128(i128 %t8281, i128 %t8282)
  %t8284 = zext i8 %t8283 to i128
  call void @put(i128 %t8284, i1 false)
  %t8285 = xor i128 0, %z128
  %t8286 = xor i128 0, %z128
  %t8287 = call i8 @llvm.scmp.i8.i128(i128 %t8285, i128 %t8286)
  %t8288 = zext i8 %t8287 to i128
  call void @put(i128 %t8288, i1 false)
  %t8289 = xor i128 11815359962532585526034026325649508, %z128
  %t8290 = xor i128 340093321161537942094958063010557819326, %z128
  %t8291 = call i8 @llvm.scmp.i8.i128(i128 %t8289, i128 %t8290)
  %t8292 = zext i8 %t8291 to i128
  call void @put(i128 %t8292, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s289)
  %t8293 = xor i128 1512366075204170947332355369683137040, %z128
  %t8294 = xor i128 1375488932539311415286971, %z128
  %t8295 = call i8 @llvm.ucmp.i8.i128(i128 %t8293, i128 %t8294)
  %t8296 = zext i8 %t8295 to i128
  call void @put(i128 %t8296, i1 false)
  %t8297 = xor i128 170141183460469231731687303715884105727, %z128
  %t8298 = xor i128 1, %z128
  %t8299 = call i8 @llvm.ucmp.i8.i128(i128 %t8297, i128 %t8298)
  %t8300 = zext i8 %t8299 to i128
  call void @put(i128 %t8300, i1 false)
  %t8301 = xor i128 170141183460469231731687303715884105728, %z128
  %t8302 = xor i128 340282366920938463463374607431768211455, %z128
  %t8303 = call i8 @llvm.ucmp.i8.i128(i128 %t8301, i128 %t8302)
  %t8304 = zext i8 %t8303 to i128
  call void @put(i128 %t8304, i1 false)
  %t8305 = xor i128 340282366920938463463374607431768211451, %z128
  %t8306 = xor i128 55340232221128654848, %z128
  %t8307 = call i8 @llvm.ucmp.i8.i128(i128 %t8305, i128 %t8306)
  %t8308 = zext i8 %t8307 to i128
  call void @put(i128 %t8308, i1 false)
  %t8309 = xor i128 0, %z128
  %t8310 = xor i128 0, %z128
  %t8311 = call i8 @llvm.ucmp.i8.i128(i128 %t8309, i128 %t8310)
  %t8312 = zext i8 %t8311 to i128
  call void @put(i128 %t8312, i1 false)
  %t8313 = xor i128 11815359962532585526034026325649508, %z128
  %t8314 = xor i128 340093321161537942094958063010557819326, %z128
  %t8315 = call i8 @llvm.ucmp.i8.i128(i128 %t8313, i128 %t8314)
  %t8316 = zext i8 %t8315 to i128
  call void @put(i128 %t8316, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s290)
  %t8317 = xor i128 1512366075204170947332355369683137040, %z128
  %t8318 = xor i128 1375488932539311415286971, %z128
  %t8320 = xor i128 1, %z128
  %t8319 = call i128 @llvm.sshl.sat.i128(i128 %t8317, i128 %t8320)
  call void @put(i128 %t8319, i1 true)
  %t8321 = xor i128 170141183460469231731687303715884105727, %z128
  %t8322 = xor i128 1, %z128
  %t8324 = xor i128 127, %z128
  %t8323 = call i128 @llvm.sshl.sat.i128(i128 %t8321, i128 %t8324)
  call void @put(i128 %t8323, i1 true)
  %t8325 = xor i128 170141183460469231731687303715884105728, %z128
  %t8326 = xor i128 340282366920938463463374607431768211455, %z128
  %t8328 = xor i128 64, %z128
  %t8327 = call i128 @llvm.sshl.sat.i128(i128 %t8325, i128 %t8328)
  call void @put(i128 %t8327, i1 true)
  %t8329 = xor i128 340282366920938463463374607431768211451, %z128
  %t8330 = xor i128 55340232221128654848, %z128
  %t8332 = xor i128 0, %z128
  %t8331 = call i128 @llvm.sshl.sat.i128(i128 %t8329, i128 %t8332)
  call void @put(i128 %t8331, i1 true)
  %t8333 = xor i128 0, %z128
  %t8334 = xor i128 0, %z128
  %t8336 = xor i128 2, %z128
  %t8335 = call i128 @llvm.sshl.sat.i128(i128 %t8333, i128 %t8336)
  call void @put(i128 %t8335, i1 true)
  %t8337 = xor i128 11815359962532585526034026325649508, %z128
  %t8338 = xor i128 340093321161537942094958063010557819326, %z128
  %t8340 = xor i128 3, %z128
  %t8339 = call i128 @llvm.sshl.sat.i128(i128 %t8337, i128 %t8340)
  call void @put(i128 %t8339, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s291)
  %t8341 = xor i128 1512366075204170947332355369683137040, %z128
  %t8342 = xor i128 1375488932539311415286971, %z128
  %t8344 = xor i128 1, %z128
  %t8343 = call i128 @llvm.ushl.sat.i128(i128 %t8341, i128 %t8344)
  call void @put(i128 %t8343, i1 true)
  %t8345 = xor i128 170141183460469231731687303715884105727, %z128
  %t8346 = xor i128 1, %z128
  %t8348 = xor i128 127, %z128
  %t8347 = call i128 @llvm.ushl.sat.i128(i128 %t8345, i128 %t8348)
  call void @put(i128 %t8347, i1 true)
  %t8349 = xor i128 170141183460469231731687303715884105728, %z128
  %t8350 = xor i128 340282366920938463463374607431768211455, %z128
  %t8352 = xor i128 64, %z128
  %t8351 = call i128 @llvm.ushl.sat.i128(i128 %t8349, i128 %t8352)
  call void @put(i128 %t8351, i1 true)
  %t8353 = xor i128 340282366920938463463374607431768211451, %z128
  %t8354 = xor i128 55340232221128654848, %z128
  %t8356 = xor i128 0, %z128
  %t8355 = call i128 @llvm.ushl.sat.i128(i128 %t8353, i128 %t8356)
  call void @put(i128 %t8355, i1 true)
  %t8357 = xor i128 0, %z128
  %t8358 = xor i128 0, %z128
  %t8360 = xor i128 2, %z128
  %t8359 = call i128 @llvm.ushl.sat.i128(i128 %t8357, i128 %t8360)
  call void @put(i128 %t8359, i1 true)
  %t8361 = xor i128 11815359962532585526034026325649508, %z128
  %t8362 = xor i128 340093321161537942094958063010557819326, %z128
  %t8364 = xor i128 3, %z128
  %t8363 = call i128 @llvm.ushl.sat.i128(i128 %t8361, i128 %t8364)
  call void @put(i128 %t8363, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s292)
  %t8365 = xor i128 1512366075204170947332355369683137040, %z128
  %t8366 = xor i128 1375488932539311415286971, %z128
  %t8368 = xor i128 1, %z128
  %t8367 = call i128 @llvm.fshl.i128(i128 %t8365, i128 %t8366, i128 %t8368)
  call void @put(i128 %t8367, i1 true)
  %t8369 = xor i128 170141183460469231731687303715884105727, %z128
  %t8370 = xor i128 1, %z128
  %t8372 = xor i128 127, %z128
  %t8371 = call i128 @llvm.fshl.i128(i128 %t8369, i128 %t8370, i128 %t8372)
  call void @put(i128 %t8371, i1 true)
  %t8373 = xor i128 170141183460469231731687303715884105728, %z128
  %t8374 = xor i128 340282366920938463463374607431768211455, %z128
  %t8376 = xor i128 131, %z128
  %t8375 = call i128 @llvm.fshl.i128(i128 %t8373, i128 %t8374, i128 %t8376)
  call void @put(i128 %t8375, i1 true)
  %t8377 = xor i128 340282366920938463463374607431768211451, %z128
  %t8378 = xor i128 55340232221128654848, %z128
  %t8380 = xor i128 0, %z128
  %t8379 = call i128 @llvm.fshl.i128(i128 %t8377, i128 %t8378, i128 %t8380)
  call void @put(i128 %t8379, i1 true)
  %t8381 = xor i128 0, %z128
  %t8382 = xor i128 0, %z128
  %t8384 = xor i128 64, %z128
  %t8383 = call i128 @llvm.fshl.i128(i128 %t8381, i128 %t8382, i128 %t8384)
  call void @put(i128 %t8383, i1 true)
  %t8385 = xor i128 11815359962532585526034026325649508, %z128
  %t8386 = xor i128 340093321161537942094958063010557819326, %z128
  %t8388 = xor i128 257, %z128
  %t8387 = call i128 @llvm.fshl.i128(i128 %t8385, i128 %t8386, i128 %t8388)
  call void @put(i128 %t8387, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s293)
  %t8389 = xor i128 1512366075204170947332355369683137040, %z128
  %t8390 = xor i128 1375488932539311415286971, %z128
  %t8392 = xor i128 1, %z128
  %t8391 = call i128 @llvm.fshr.i128(i128 %t8389, i128 %t8390, i128 %t8392)
  call void @put(i128 %t8391, i1 true)
  %t8393 = xor i128 170141183460469231731687303715884105727, %z128
  %t8394 = xor i128 1, %z128
  %t8396 = xor i128 127, %z128
  %t8395 = call i128 @llvm.fshr.i128(i128 %t8393, i128 %t8394, i128 %t8396)
  call void @put(i128 %t8395, i1 true)
  %t8397 = xor i128 170141183460469231731687303715884105728, %z128
  %t8398 = xor i128 340282366920938463463374607431768211455, %z128
  %t8400 = xor i128 131, %z128
  %t8399 = call i128 @llvm.fshr.i128(i128 %t8397, i128 %t8398, i128 %t8400)
  call void @put(i128 %t8399, i1 true)
  %t8401 = xor i128 340282366920938463463374607431768211451, %z128
  %t8402 = xor i128 55340232221128654848, %z128
  %t8404 = xor i128 0, %z128
  %t8403 = call i128 @llvm.fshr.i128(i128 %t8401, i128 %t8402, i128 %t8404)
  call void @put(i128 %t8403, i1 true)
  %t8405 = xor i128 0, %z128
  %t8406 = xor i128 0, %z128
  %t8408 = xor i128 64, %z128
  %t8407 = call i128 @llvm.fshr.i128(i128 %t8405, i128 %t8406, i128 %t8408)
  call void @put(i128 %t8407, i1 true)
  %t8409 = xor i128 11815359962532585526034026325649508, %z128
  %t8410 = xor i128 340093321161537942094958063010557819326, %z128
  %t8412 = xor i128 257, %z128
  %t8411 = call i128 @llvm.fshr.i128(i128 %t8409, i128 %t8410, i128 %t8412)
  call void @put(i128 %t8411, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s294)
  %t8413 = xor i128 1512366075204170947332355369683137040, %z128
  %t8414 = xor i128 1375488932539311415286971, %z128
  %t8416 = xor i128 1, %z128
  %t8415 = call i128 @llvm.fshl.i128(i128 %t8413, i128 %t8413, i128 %t8416)
  call void @put(i128 %t8415, i1 true)
  %t8417 = xor i128 170141183460469231731687303715884105727, %z128
  %t8418 = xor i128 1, %z128
  %t8420 = xor i128 127, %z128
  %t8419 = call i128 @llvm.fshl.i128(i128 %t8417, i128 %t8417, i128 %t8420)
  call void @put(i128 %t8419, i1 true)
  %t8421 = xor i128 170141183460469231731687303715884105728, %z128
  %t8422 = xor i128 340282366920938463463374607431768211455, %z128
  %t8424 = xor i128 131, %z128
  %t8423 = call i128 @llvm.fshl.i128(i128 %t8421, i128 %t8421, i128 %t8424)
  call void @put(i128 %t8423, i1 true)
  %t8425 = xor i128 340282366920938463463374607431768211451, %z128
  %t8426 = xor i128 55340232221128654848, %z128
  %t8428 = xor i128 0, %z128
  %t8427 = call i128 @llvm.fshl.i128(i128 %t8425, i128 %t8425, i128 %t8428)
  call void @put(i128 %t8427, i1 true)
  %t8429 = xor i128 0, %z128
  %t8430 = xor i128 0, %z128
  %t8432 = xor i128 64, %z128
  %t8431 = call i128 @llvm.fshl.i128(i128 %t8429, i128 %t8429, i128 %t8432)
  call void @put(i128 %t8431, i1 true)
  %t8433 = xor i128 11815359962532585526034026325649508, %z128
  %t8434 = xor i128 340093321161537942094958063010557819326, %z128
  %t8436 = xor i128 257, %z128
  %t8435 = call i128 @llvm.fshl.i128(i128 %t8433, i128 %t8433, i128 %t8436)
  call void @put(i128 %t8435, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s295)
  %t8437 = xor i128 1512366075204170947332355369683137040, %z128
  %t8438 = xor i128 1375488932539311415286971, %z128
  %t8440 = xor i128 1, %z128
  %t8439 = call i128 @llvm.fshr.i128(i128 %t8437, i128 %t8437, i128 %t8440)
  call void @put(i128 %t8439, i1 true)
  %t8441 = xor i128 170141183460469231731687303715884105727, %z128
  %t8442 = xor i128 1, %z128
  %t8444 = xor i128 127, %z128
  %t8443 = call i128 @llvm.fshr.i128(i128 %t8441, i128 %t8441, i128 %t8444)
  call void @put(i128 %t8443, i1 true)
  %t8445 = xor i128 170141183460469231731687303715884105728, %z128
  %t8446 = xor i128 340282366920938463463374607431768211455, %z128
  %t8448 = xor i128 131, %z128
  %t8447 = call i128 @llvm.fshr.i128(i128 %t8445, i128 %t8445, i128 %t8448)
  call void @put(i128 %t8447, i1 true)
  %t8449 = xor i128 340282366920938463463374607431768211451, %z128
  %t8450 = xor i128 55340232221128654848, %z128
  %t8452 = xor i128 0, %z128
  %t8451 = call i128 @llvm.fshr.i128(i128 %t8449, i128 %t8449, i128 %t8452)
  call void @put(i128 %t8451, i1 true)
  %t8453 = xor i128 0, %z128
  %t8454 = xor i128 0, %z128
  %t8456 = xor i128 64, %z128
  %t8455 = call i128 @llvm.fshr.i128(i128 %t8453, i128 %t8453, i128 %t8456)
  call void @put(i128 %t8455, i1 true)
  %t8457 = xor i128 11815359962532585526034026325649508, %z128
  %t8458 = xor i128 340093321161537942094958063010557819326, %z128
  %t8460 = xor i128 257, %z128
  %t8459 = call i128 @llvm.fshr.i128(i128 %t8457, i128 %t8457, i128 %t8460)
  call void @put(i128 %t8459, i1 true)
  call void @nl()
  call void @label(ptr addrspace(200) @s296)
  %t8461 = xor i128 1512366075204170947332355369683137040, %z128
  %t8462 = xor i128 1375488932539311415286971, %z128
  %t8463 = call {i128, i1} @llvm.sadd.with.overflow.i128(i128 %t8461, i128 %t8462)
  %t8464 = extractvalue {i128, i1} %t8463, 0
  %t8465 = extractvalue {i128, i1} %t8463, 1
  call void @put(i128 %t8464, i1 true)
  %t8466 = zext i1 %t8465 to i128
  call void @put(i128 %t8466, i1 false)
  %t8467 = xor i128 170141183460469231731687303715884105727, %z128
  %t8468 = xor i128 1, %z128
  %t8469 = call {i128, i1} @llvm.sadd.with.overflow.i128(i128 %t8467, i128 %t8468)
  %t8470 = extractvalue {i128, i1} %t8469, 0
  %t8471 = extractvalue {i128, i1} %t8469, 1
  call void @put(i128 %t8470, i1 true)
  %t8472 = zext i1 %t8471 to i128
  call void @put(i128 %t8472, i1 false)
  %t8473 = xor i128 170141183460469231731687303715884105728, %z128
  %t8474 = xor i128 340282366920938463463374607431768211455, %z128
  %t8475 = call {i128, i1} @llvm.sadd.with.overflow.i128(i128 %t8473, i128 %t8474)
  %t8476 = extractvalue {i128, i1} %t8475, 0
  %t8477 = extractvalue {i128, i1} %t8475, 1
  call void @put(i128 %t8476, i1 true)
  %t8478 = zext i1 %t8477 to i128
  call void @put(i128 %t8478, i1 false)
  %t8479 = xor i128 340282366920938463463374607431768211451, %z128
  %t8480 = xor i128 55340232221128654848, %z128
  %t8481 = call {i128, i1} @llvm.sadd.with.overflow.i128(i128 %t8479, i128 %t8480)
  %t8482 = extractvalue {i128, i1} %t8481, 0
  %t8483 = extractvalue {i128, i1} %t8481, 1
  call void @put(i128 %t8482, i1 true)
  %t8484 = zext i1 %t8483 to i128
  call void @put(i128 %t8484, i1 false)
  %t8485 = xor i128 0, %z128
  %t8486 = xor i128 0, %z128
  %t8487 = call {i128, i1} @llvm.sadd.with.overflow.i128(i128 %t8485, i128 %t8486)
  %t8488 = extractvalue {i128, i1} %t8487, 0
  %t8489 = extractvalue {i128, i1} %t8487, 1
  call void @put(i128 %t8488, i1 true)
  %t8490 = zext i1 %t8489 to i128
  call void @put(i128 %t8490, i1 false)
  %t8491 = xor i128 11815359962532585526034026325649508, %z128
  %t8492 = xor i128 340093321161537942094958063010557819326, %z128
  %t8493 = call {i128, i1} @llvm.sadd.with.overflow.i128(i128 %t8491, i128 %t8492)
  %t8494 = extractvalue {i128, i1} %t8493, 0
  %t8495 = extractvalue {i128, i1} %t8493, 1
  call void @put(i128 %t8494, i1 true)
  %t8496 = zext i1 %t8495 to i128
  call void @put(i128 %t8496, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s297)
  %t8497 = xor i128 1512366075204170947332355369683137040, %z128
  %t8498 = xor i128 1375488932539311415286971, %z128
  %t8499 = call {i128, i1} @llvm.uadd.with.overflow.i128(i128 %t8497, i128 %t8498)
  %t8500 = extractvalue {i128, i1} %t8499, 0
  %t8501 = extractvalue {i128, i1} %t8499, 1
  call void @put(i128 %t8500, i1 true)
  %t8502 = zext i1 %t8501 to i128
  call void @put(i128 %t8502, i1 false)
  %t8503 = xor i128 170141183460469231731687303715884105727, %z128
  %t8504 = xor i128 1, %z128
  %t8505 = call {i128, i1} @llvm.uadd.with.overflow.i128(i128 %t8503, i128 %t8504)
  %t8506 = extractvalue {i128, i1} %t8505, 0
  %t8507 = extractvalue {i128, i1} %t8505, 1
  call void @put(i128 %t8506, i1 true)
  %t8508 = zext i1 %t8507 to i128
  call void @put(i128 %t8508, i1 false)
  %t8509 = xor i128 170141183460469231731687303715884105728, %z128
  %t8510 = xor i128 340282366920938463463374607431768211455, %z128
  %t8511 = call {i128, i1} @llvm.uadd.with.overflow.i128(i128 %t8509, i128 %t8510)
  %t8512 = extractvalue {i128, i1} %t8511, 0
  %t8513 = extractvalue {i128, i1} %t8511, 1
  call void @put(i128 %t8512, i1 true)
  %t8514 = zext i1 %t8513 to i128
  call void @put(i128 %t8514, i1 false)
  %t8515 = xor i128 340282366920938463463374607431768211451, %z128
  %t8516 = xor i128 55340232221128654848, %z128
  %t8517 = call {i128, i1} @llvm.uadd.with.overflow.i128(i128 %t8515, i128 %t8516)
  %t8518 = extractvalue {i128, i1} %t8517, 0
  %t8519 = extractvalue {i128, i1} %t8517, 1
  call void @put(i128 %t8518, i1 true)
  %t8520 = zext i1 %t8519 to i128
  call void @put(i128 %t8520, i1 false)
  %t8521 = xor i128 0, %z128
  %t8522 = xor i128 0, %z128
  %t8523 = call {i128, i1} @llvm.uadd.with.overflow.i128(i128 %t8521, i128 %t8522)
  %t8524 = extractvalue {i128, i1} %t8523, 0
  %t8525 = extractvalue {i128, i1} %t8523, 1
  call void @put(i128 %t8524, i1 true)
  %t8526 = zext i1 %t8525 to i128
  call void @put(i128 %t8526, i1 false)
  %t8527 = xor i128 11815359962532585526034026325649508, %z128
  %t8528 = xor i128 340093321161537942094958063010557819326, %z128
  %t8529 = call {i128, i1} @llvm.uadd.with.overflow.i128(i128 %t8527, i128 %t8528)
  %t8530 = extractvalue {i128, i1} %t8529, 0
  %t8531 = extractvalue {i128, i1} %t8529, 1
  call void @put(i128 %t8530, i1 true)
  %t8532 = zext i1 %t8531 to i128
  call void @put(i128 %t8532, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s298)
  %t8533 = xor i128 1512366075204170947332355369683137040, %z128
  %t8534 = xor i128 1375488932539311415286971, %z128
  %t8535 = call {i128, i1} @llvm.ssub.with.overflow.i128(i128 %t8533, i128 %t8534)
  %t8536 = extractvalue {i128, i1} %t8535, 0
  %t8537 = extractvalue {i128, i1} %t8535, 1
  call void @put(i128 %t8536, i1 true)
  %t8538 = zext i1 %t8537 to i128
  call void @put(i128 %t8538, i1 false)
  %t8539 = xor i128 170141183460469231731687303715884105727, %z128
  %t8540 = xor i128 1, %z128
  %t8541 = call {i128, i1} @llvm.ssub.with.overflow.i128(i128 %t8539, i128 %t8540)
  %t8542 = extractvalue {i128, i1} %t8541, 0
  %t8543 = extractvalue {i128, i1} %t8541, 1
  call void @put(i128 %t8542, i1 true)
  %t8544 = zext i1 %t8543 to i128
  call void @put(i128 %t8544, i1 false)
  %t8545 = xor i128 170141183460469231731687303715884105728, %z128
  %t8546 = xor i128 340282366920938463463374607431768211455, %z128
  %t8547 = call {i128, i1} @llvm.ssub.with.overflow.i128(i128 %t8545, i128 %t8546)
  %t8548 = extractvalue {i128, i1} %t8547, 0
  %t8549 = extractvalue {i128, i1} %t8547, 1
  call void @put(i128 %t8548, i1 true)
  %t8550 = zext i1 %t8549 to i128
  call void @put(i128 %t8550, i1 false)
  %t8551 = xor i128 340282366920938463463374607431768211451, %z128
  %t8552 = xor i128 55340232221128654848, %z128
  %t8553 = call {i128, i1} @llvm.ssub.with.overflow.i128(i128 %t8551, i128 %t8552)
  %t8554 = extractvalue {i128, i1} %t8553, 0
  %t8555 = extractvalue {i128, i1} %t8553, 1
  call void @put(i128 %t8554, i1 true)
  %t8556 = zext i1 %t8555 to i128
  call void @put(i128 %t8556, i1 false)
  %t8557 = xor i128 0, %z128
  %t8558 = xor i128 0, %z128
  %t8559 = call {i128, i1} @llvm.ssub.with.overflow.i128(i128 %t8557, i128 %t8558)
  %t8560 = extractvalue {i128, i1} %t8559, 0
  %t8561 = extractvalue {i128, i1} %t8559, 1
  call void @put(i128 %t8560, i1 true)
  %t8562 = zext i1 %t8561 to i128
  call void @put(i128 %t8562, i1 false)
  %t8563 = xor i128 11815359962532585526034026325649508, %z128
  %t8564 = xor i128 340093321161537942094958063010557819326, %z128
  %t8565 = call {i128, i1} @llvm.ssub.with.overflow.i128(i128 %t8563, i128 %t8564)
  %t8566 = extractvalue {i128, i1} %t8565, 0
  %t8567 = extractvalue {i128, i1} %t8565, 1
  call void @put(i128 %t8566, i1 true)
  %t8568 = zext i1 %t8567 to i128
  call void @put(i128 %t8568, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s299)
  %t8569 = xor i128 1512366075204170947332355369683137040, %z128
  %t8570 = xor i128 1375488932539311415286971, %z128
  %t8571 = call {i128, i1} @llvm.usub.with.overflow.i128(i128 %t8569, i128 %t8570)
  %t8572 = extractvalue {i128, i1} %t8571, 0
  %t8573 = extractvalue {i128, i1} %t8571, 1
  call void @put(i128 %t8572, i1 true)
  %t8574 = zext i1 %t8573 to i128
  call void @put(i128 %t8574, i1 false)
  %t8575 = xor i128 170141183460469231731687303715884105727, %z128
  %t8576 = xor i128 1, %z128
  %t8577 = call {i128, i1} @llvm.usub.with.overflow.i128(i128 %t8575, i128 %t8576)
  %t8578 = extractvalue {i128, i1} %t8577, 0
  %t8579 = extractvalue {i128, i1} %t8577, 1
  call void @put(i128 %t8578, i1 true)
  %t8580 = zext i1 %t8579 to i128
  call void @put(i128 %t8580, i1 false)
  %t8581 = xor i128 170141183460469231731687303715884105728, %z128
  %t8582 = xor i128 340282366920938463463374607431768211455, %z128
  %t8583 = call {i128, i1} @llvm.usub.with.overflow.i128(i128 %t8581, i128 %t8582)
  %t8584 = extractvalue {i128, i1} %t8583, 0
  %t8585 = extractvalue {i128, i1} %t8583, 1
  call void @put(i128 %t8584, i1 true)
  %t8586 = zext i1 %t8585 to i128
  call void @put(i128 %t8586, i1 false)
  %t8587 = xor i128 340282366920938463463374607431768211451, %z128
  %t8588 = xor i128 55340232221128654848, %z128
  %t8589 = call {i128, i1} @llvm.usub.with.overflow.i128(i128 %t8587, i128 %t8588)
  %t8590 = extractvalue {i128, i1} %t8589, 0
  %t8591 = extractvalue {i128, i1} %t8589, 1
  call void @put(i128 %t8590, i1 true)
  %t8592 = zext i1 %t8591 to i128
  call void @put(i128 %t8592, i1 false)
  %t8593 = xor i128 0, %z128
  %t8594 = xor i128 0, %z128
  %t8595 = call {i128, i1} @llvm.usub.with.overflow.i128(i128 %t8593, i128 %t8594)
  %t8596 = extractvalue {i128, i1} %t8595, 0
  %t8597 = extractvalue {i128, i1} %t8595, 1
  call void @put(i128 %t8596, i1 true)
  %t8598 = zext i1 %t8597 to i128
  call void @put(i128 %t8598, i1 false)
  %t8599 = xor i128 11815359962532585526034026325649508, %z128
  %t8600 = xor i128 340093321161537942094958063010557819326, %z128
  %t8601 = call {i128, i1} @llvm.usub.with.overflow.i128(i128 %t8599, i128 %t8600)
  %t8602 = extractvalue {i128, i1} %t8601, 0
  %t8603 = extractvalue {i128, i1} %t8601, 1
  call void @put(i128 %t8602, i1 true)
  %t8604 = zext i1 %t8603 to i128
  call void @put(i128 %t8604, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s300)
  %t8605 = xor i128 1512366075204170947332355369683137040, %z128
  %t8606 = xor i128 1375488932539311415286971, %z128
  %t8607 = call {i128, i1} @llvm.smul.with.overflow.i128(i128 %t8605, i128 %t8606)
  %t8608 = extractvalue {i128, i1} %t8607, 0
  %t8609 = extractvalue {i128, i1} %t8607, 1
  call void @put(i128 %t8608, i1 true)
  %t8610 = zext i1 %t8609 to i128
  call void @put(i128 %t8610, i1 false)
  %t8611 = xor i128 170141183460469231731687303715884105727, %z128
  %t8612 = xor i128 1, %z128
  %t8613 = call {i128, i1} @llvm.smul.with.overflow.i128(i128 %t8611, i128 %t8612)
  %t8614 = extractvalue {i128, i1} %t8613, 0
  %t8615 = extractvalue {i128, i1} %t8613, 1
  call void @put(i128 %t8614, i1 true)
  %t8616 = zext i1 %t8615 to i128
  call void @put(i128 %t8616, i1 false)
  %t8617 = xor i128 170141183460469231731687303715884105728, %z128
  %t8618 = xor i128 340282366920938463463374607431768211455, %z128
  %t8619 = call {i128, i1} @llvm.smul.with.overflow.i128(i128 %t8617, i128 %t8618)
  %t8620 = extractvalue {i128, i1} %t8619, 0
  %t8621 = extractvalue {i128, i1} %t8619, 1
  call void @put(i128 %t8620, i1 true)
  %t8622 = zext i1 %t8621 to i128
  call void @put(i128 %t8622, i1 false)
  %t8623 = xor i128 340282366920938463463374607431768211451, %z128
  %t8624 = xor i128 55340232221128654848, %z128
  %t8625 = call {i128, i1} @llvm.smul.with.overflow.i128(i128 %t8623, i128 %t8624)
  %t8626 = extractvalue {i128, i1} %t8625, 0
  %t8627 = extractvalue {i128, i1} %t8625, 1
  call void @put(i128 %t8626, i1 true)
  %t8628 = zext i1 %t8627 to i128
  call void @put(i128 %t8628, i1 false)
  %t8629 = xor i128 0, %z128
  %t8630 = xor i128 0, %z128
  %t8631 = call {i128, i1} @llvm.smul.with.overflow.i128(i128 %t8629, i128 %t8630)
  %t8632 = extractvalue {i128, i1} %t8631, 0
  %t8633 = extractvalue {i128, i1} %t8631, 1
  call void @put(i128 %t8632, i1 true)
  %t8634 = zext i1 %t8633 to i128
  call void @put(i128 %t8634, i1 false)
  %t8635 = xor i128 11815359962532585526034026325649508, %z128
  %t8636 = xor i128 340093321161537942094958063010557819326, %z128
  %t8637 = call {i128, i1} @llvm.smul.with.overflow.i128(i128 %t8635, i128 %t8636)
  %t8638 = extractvalue {i128, i1} %t8637, 0
  %t8639 = extractvalue {i128, i1} %t8637, 1
  call void @put(i128 %t8638, i1 true)
  %t8640 = zext i1 %t8639 to i128
  call void @put(i128 %t8640, i1 false)
  call void @nl()
  call void @label(ptr addrspace(200) @s301)
  %t8641 = xor i128 1512366075204170947332355369683137040, %z128
  %t8642 = xor i128 1375488932539311415286971, %z128
  %t8643 = call {i128, i1} @llvm.umul.with.overflow.i128(i128 %t8641, i128 %t8642)
  %t8644 = extractvalue {i128, i1} %t8643, 0
  %t8645 = extractvalue {i128, i1} %t8643, 1
  call void @put(i128 %t8644, i1 true)
  %t8646 = zext i1 %t8645 to i128
  call void @put(i128 %t8646, i1 false)
  %t8647 = xor i128 170141183460469231731687303715884105727, %z128
  %t8648 = xor i128 1, %z128
  %t8649 = call {i128, i1} @llvm.umul.with.overflow.i128(i128 %t8647, i128 %t8648)
  %t8650 = extractvalue {i128, i1} %t8649, 0
  %t8651 = extractvalue {i128, i1} %t8649, 1
  call void @put(i128 %t8650, i1 true)
  %t8652 = zext i1 %t8651 to i128
  call void @put(i128 %t8652, i1 false)
  %t8653 = xor i128 170141183460469231731687303715884105728, %z128
  %t8654 = xor i128 340282366920938463463374607431768211455, %z128
  %t8655 = call {i128, i1} @llvm.umul.with.overflow.i128(i128 %t8653, i128 %t8654)
  %t8656 = extractvalue {i128, i1} %t8655, 0
  %t8657 = extractvalue {i128, i1} %t8655, 1
  call void @put(i128 %t8656, i1 true)
  %t8658 = zext i1 %t8657 to i128
  call void @put(i128 %t8658, i1 false)
  %t8659 = xor i128 340282366920938463463374607431768211451, %z128
  %t8660 = xor i128 55340232221128654848, %z128
  %t8661 = call {i128, i1} @llvm.umul.with.overflow.i128(i128 %t8659, i128 %t8660)
  %t8662 = extractvalue {i128, i1} %t8661, 0
  %t8663 = extractvalue {i128, i1} %t8661, 1
  call void @put(i128 %t8662, i1 true)
  %t8664 = zext i1 %t8663 to i128
  call void @put(i128 %t8664, i1 false)
  %t8665 = xor i128 0, %z128
  %t8666 = xor i128 0, %z128
  %t8667 = call {i128, i1} @llvm.umul.with.overflow.i128(i128 %t8665, i128 %t8666)
  %t8668 = extractvalue {i128, i1} %t8667, 0
  %t8669 = extractvalue {i128, i1} %t8667, 1
  call void @put(i128 %t8668, i1 true)
  %t8670 = zext i1 %t8669 to i128
  call void @put(i128 %t8670, i1 false)
  %t8671 = xor i128 11815359962532585526034026325649508, %z128
  %t8672 = xor i128 340093321161537942094958063010557819326, %z128
  %t8673 = call {i128, i1} @llvm.umul.with.overflow.i128(i128 %t8671, i128 %t8672)
  %t8674 = extractvalue {i128, i1} %t8673, 0
  %t8675 = extractvalue {i128, i1} %t8673, 1
  call void @put(i128 %t8674, i1 true)
  %t8676 = zext i1 %t8675 to i128
  call void @put(i128 %t8676, i1 false)
  call void @nl()
  ret i32 0
}
declare i1 @llvm.abs.i1(i1, i1)
declare i1 @llvm.bitreverse.i1(i1)
declare i1 @llvm.ctlz.i1(i1, i1)
declare i1 @llvm.ctpop.i1(i1)
declare i1 @llvm.cttz.i1(i1, i1)
declare i1 @llvm.fshl.i1(i1, i1, i1)
declare i1 @llvm.fshr.i1(i1, i1, i1)
declare i1 @llvm.sadd.sat.i1(i1, i1)
declare i1 @llvm.smax.i1(i1, i1)
declare i1 @llvm.smin.i1(i1, i1)
declare i1 @llvm.sshl.sat.i1(i1, i1)
declare i1 @llvm.ssub.sat.i1(i1, i1)
declare i1 @llvm.uadd.sat.i1(i1, i1)
declare i1 @llvm.umax.i1(i1, i1)
declare i1 @llvm.umin.i1(i1, i1)
declare i1 @llvm.ushl.sat.i1(i1, i1)
declare i1 @llvm.usub.sat.i1(i1, i1)
declare i128 @llvm.abs.i128(i128, i1)
declare i128 @llvm.bitreverse.i128(i128)
declare i128 @llvm.bswap.i128(i128)
declare i128 @llvm.ctlz.i128(i128, i1)
declare i128 @llvm.ctpop.i128(i128)
declare i128 @llvm.cttz.i128(i128, i1)
declare i128 @llvm.fshl.i128(i128, i128, i128)
declare i128 @llvm.fshr.i128(i128, i128, i128)
declare i128 @llvm.sadd.sat.i128(i128, i128)
declare i128 @llvm.smax.i128(i128, i128)
declare i128 @llvm.smin.i128(i128, i128)
declare i128 @llvm.sshl.sat.i128(i128, i128)
declare i128 @llvm.ssub.sat.i128(i128, i128)
declare i128 @llvm.uadd.sat.i128(i128, i128)
declare i128 @llvm.umax.i128(i128, i128)
declare i128 @llvm.umin.i128(i128, i128)
declare i128 @llvm.ushl.sat.i128(i128, i128)
declare i128 @llvm.usub.sat.i128(i128, i128)
declare i16 @llvm.abs.i16(i16, i1)
declare i16 @llvm.bitreverse.i16(i16)
declare i16 @llvm.bswap.i16(i16)
declare i16 @llvm.ctlz.i16(i16, i1)
declare i16 @llvm.ctpop.i16(i16)
declare i16 @llvm.cttz.i16(i16, i1)
declare i16 @llvm.fshl.i16(i16, i16, i16)
declare i16 @llvm.fshr.i16(i16, i16, i16)
declare i16 @llvm.sadd.sat.i16(i16, i16)
declare i16 @llvm.smax.i16(i16, i16)
declare i16 @llvm.smin.i16(i16, i16)
declare i16 @llvm.sshl.sat.i16(i16, i16)
declare i16 @llvm.ssub.sat.i16(i16, i16)
declare i16 @llvm.uadd.sat.i16(i16, i16)
declare i16 @llvm.umax.i16(i16, i16)
declare i16 @llvm.umin.i16(i16, i16)
declare i16 @llvm.ushl.sat.i16(i16, i16)
declare i16 @llvm.usub.sat.i16(i16, i16)
declare i2 @llvm.abs.i2(i2, i1)
declare i2 @llvm.bitreverse.i2(i2)
declare i2 @llvm.ctlz.i2(i2, i1)
declare i2 @llvm.ctpop.i2(i2)
declare i2 @llvm.cttz.i2(i2, i1)
declare i2 @llvm.fshl.i2(i2, i2, i2)
declare i2 @llvm.fshr.i2(i2, i2, i2)
declare i2 @llvm.sadd.sat.i2(i2, i2)
declare i2 @llvm.smax.i2(i2, i2)
declare i2 @llvm.smin.i2(i2, i2)
declare i2 @llvm.sshl.sat.i2(i2, i2)
declare i2 @llvm.ssub.sat.i2(i2, i2)
declare i2 @llvm.uadd.sat.i2(i2, i2)
declare i2 @llvm.umax.i2(i2, i2)
declare i2 @llvm.umin.i2(i2, i2)
declare i2 @llvm.ushl.sat.i2(i2, i2)
declare i2 @llvm.usub.sat.i2(i2, i2)
declare i24 @llvm.abs.i24(i24, i1)
declare i24 @llvm.bitreverse.i24(i24)
declare i24 @llvm.ctlz.i24(i24, i1)
declare i24 @llvm.ctpop.i24(i24)
declare i24 @llvm.cttz.i24(i24, i1)
declare i24 @llvm.fshl.i24(i24, i24, i24)
declare i24 @llvm.fshr.i24(i24, i24, i24)
declare i24 @llvm.sadd.sat.i24(i24, i24)
declare i24 @llvm.smax.i24(i24, i24)
declare i24 @llvm.smin.i24(i24, i24)
declare i24 @llvm.sshl.sat.i24(i24, i24)
declare i24 @llvm.ssub.sat.i24(i24, i24)
declare i24 @llvm.uadd.sat.i24(i24, i24)
declare i24 @llvm.umax.i24(i24, i24)
declare i24 @llvm.umin.i24(i24, i24)
declare i24 @llvm.ushl.sat.i24(i24, i24)
declare i24 @llvm.usub.sat.i24(i24, i24)
declare i32 @llvm.abs.i32(i32, i1)
declare i32 @llvm.bitreverse.i32(i32)
declare i32 @llvm.bswap.i32(i32)
declare i32 @llvm.ctlz.i32(i32, i1)
declare i32 @llvm.ctpop.i32(i32)
declare i32 @llvm.cttz.i32(i32, i1)
declare i32 @llvm.fshl.i32(i32, i32, i32)
declare i32 @llvm.fshr.i32(i32, i32, i32)
declare i32 @llvm.sadd.sat.i32(i32, i32)
declare i32 @llvm.smax.i32(i32, i32)
declare i32 @llvm.smin.i32(i32, i32)
declare i32 @llvm.sshl.sat.i32(i32, i32)
declare i32 @llvm.ssub.sat.i32(i32, i32)
declare i32 @llvm.uadd.sat.i32(i32, i32)
declare i32 @llvm.umax.i32(i32, i32)
declare i32 @llvm.umin.i32(i32, i32)
declare i32 @llvm.ushl.sat.i32(i32, i32)
declare i32 @llvm.usub.sat.i32(i32, i32)
declare i33 @llvm.abs.i33(i33, i1)
declare i33 @llvm.bitreverse.i33(i33)
declare i33 @llvm.ctlz.i33(i33, i1)
declare i33 @llvm.ctpop.i33(i33)
declare i33 @llvm.cttz.i33(i33, i1)
declare i33 @llvm.fshl.i33(i33, i33, i33)
declare i33 @llvm.fshr.i33(i33, i33, i33)
declare i33 @llvm.sadd.sat.i33(i33, i33)
declare i33 @llvm.smax.i33(i33, i33)
declare i33 @llvm.smin.i33(i33, i33)
declare i33 @llvm.sshl.sat.i33(i33, i33)
declare i33 @llvm.ssub.sat.i33(i33, i33)
declare i33 @llvm.uadd.sat.i33(i33, i33)
declare i33 @llvm.umax.i33(i33, i33)
declare i33 @llvm.umin.i33(i33, i33)
declare i33 @llvm.ushl.sat.i33(i33, i33)
declare i33 @llvm.usub.sat.i33(i33, i33)
declare i48 @llvm.abs.i48(i48, i1)
declare i48 @llvm.bitreverse.i48(i48)
declare i48 @llvm.bswap.i48(i48)
declare i48 @llvm.ctlz.i48(i48, i1)
declare i48 @llvm.ctpop.i48(i48)
declare i48 @llvm.cttz.i48(i48, i1)
declare i48 @llvm.fshl.i48(i48, i48, i48)
declare i48 @llvm.fshr.i48(i48, i48, i48)
declare i48 @llvm.sadd.sat.i48(i48, i48)
declare i48 @llvm.smax.i48(i48, i48)
declare i48 @llvm.smin.i48(i48, i48)
declare i48 @llvm.sshl.sat.i48(i48, i48)
declare i48 @llvm.ssub.sat.i48(i48, i48)
declare i48 @llvm.uadd.sat.i48(i48, i48)
declare i48 @llvm.umax.i48(i48, i48)
declare i48 @llvm.umin.i48(i48, i48)
declare i48 @llvm.ushl.sat.i48(i48, i48)
declare i48 @llvm.usub.sat.i48(i48, i48)
declare i64 @llvm.abs.i64(i64, i1)
declare i64 @llvm.bitreverse.i64(i64)
declare i64 @llvm.bswap.i64(i64)
declare i64 @llvm.ctlz.i64(i64, i1)
declare i64 @llvm.ctpop.i64(i64)
declare i64 @llvm.cttz.i64(i64, i1)
declare i64 @llvm.fshl.i64(i64, i64, i64)
declare i64 @llvm.fshr.i64(i64, i64, i64)
declare i64 @llvm.sadd.sat.i64(i64, i64)
declare i64 @llvm.smax.i64(i64, i64)
declare i64 @llvm.smin.i64(i64, i64)
declare i64 @llvm.sshl.sat.i64(i64, i64)
declare i64 @llvm.ssub.sat.i64(i64, i64)
declare i64 @llvm.uadd.sat.i64(i64, i64)
declare i64 @llvm.umax.i64(i64, i64)
declare i64 @llvm.umin.i64(i64, i64)
declare i64 @llvm.ushl.sat.i64(i64, i64)
declare i64 @llvm.usub.sat.i64(i64, i64)
declare i72 @llvm.abs.i72(i72, i1)
declare i72 @llvm.bitreverse.i72(i72)
declare i72 @llvm.ctlz.i72(i72, i1)
declare i72 @llvm.ctpop.i72(i72)
declare i72 @llvm.cttz.i72(i72, i1)
declare i72 @llvm.fshl.i72(i72, i72, i72)
declare i72 @llvm.fshr.i72(i72, i72, i72)
declare i72 @llvm.sadd.sat.i72(i72, i72)
declare i72 @llvm.smax.i72(i72, i72)
declare i72 @llvm.smin.i72(i72, i72)
declare i72 @llvm.sshl.sat.i72(i72, i72)
declare i72 @llvm.ssub.sat.i72(i72, i72)
declare i72 @llvm.uadd.sat.i72(i72, i72)
declare i72 @llvm.umax.i72(i72, i72)
declare i72 @llvm.umin.i72(i72, i72)
declare i72 @llvm.ushl.sat.i72(i72, i72)
declare i72 @llvm.usub.sat.i72(i72, i72)
declare i8 @llvm.abs.i8(i8, i1)
declare i8 @llvm.bitreverse.i8(i8)
declare i8 @llvm.ctlz.i8(i8, i1)
declare i8 @llvm.ctpop.i8(i8)
declare i8 @llvm.cttz.i8(i8, i1)
declare i8 @llvm.fshl.i8(i8, i8, i8)
declare i8 @llvm.fshr.i8(i8, i8, i8)
declare i8 @llvm.sadd.sat.i8(i8, i8)
declare i8 @llvm.scmp.i8.i1(i1, i1)
declare i8 @llvm.scmp.i8.i128(i128, i128)
declare i8 @llvm.scmp.i8.i16(i16, i16)
declare i8 @llvm.scmp.i8.i2(i2, i2)
declare i8 @llvm.scmp.i8.i24(i24, i24)
declare i8 @llvm.scmp.i8.i32(i32, i32)
declare i8 @llvm.scmp.i8.i33(i33, i33)
declare i8 @llvm.scmp.i8.i48(i48, i48)
declare i8 @llvm.scmp.i8.i64(i64, i64)
declare i8 @llvm.scmp.i8.i72(i72, i72)
declare i8 @llvm.scmp.i8.i8(i8, i8)
declare i8 @llvm.smax.i8(i8, i8)
declare i8 @llvm.smin.i8(i8, i8)
declare i8 @llvm.sshl.sat.i8(i8, i8)
declare i8 @llvm.ssub.sat.i8(i8, i8)
declare i8 @llvm.uadd.sat.i8(i8, i8)
declare i8 @llvm.ucmp.i8.i1(i1, i1)
declare i8 @llvm.ucmp.i8.i128(i128, i128)
declare i8 @llvm.ucmp.i8.i16(i16, i16)
declare i8 @llvm.ucmp.i8.i2(i2, i2)
declare i8 @llvm.ucmp.i8.i24(i24, i24)
declare i8 @llvm.ucmp.i8.i32(i32, i32)
declare i8 @llvm.ucmp.i8.i33(i33, i33)
declare i8 @llvm.ucmp.i8.i48(i48, i48)
declare i8 @llvm.ucmp.i8.i64(i64, i64)
declare i8 @llvm.ucmp.i8.i72(i72, i72)
declare i8 @llvm.ucmp.i8.i8(i8, i8)
declare i8 @llvm.umax.i8(i8, i8)
declare i8 @llvm.umin.i8(i8, i8)
declare i8 @llvm.ushl.sat.i8(i8, i8)
declare i8 @llvm.usub.sat.i8(i8, i8)
declare {i1, i1} @llvm.sadd.with.overflow.i1(i1, i1)
declare {i1, i1} @llvm.smul.with.overflow.i1(i1, i1)
declare {i1, i1} @llvm.ssub.with.overflow.i1(i1, i1)
declare {i1, i1} @llvm.uadd.with.overflow.i1(i1, i1)
declare {i1, i1} @llvm.umul.with.overflow.i1(i1, i1)
declare {i1, i1} @llvm.usub.with.overflow.i1(i1, i1)
declare {i128, i1} @llvm.sadd.with.overflow.i128(i128, i128)
declare {i128, i1} @llvm.smul.with.overflow.i128(i128, i128)
declare {i128, i1} @llvm.ssub.with.overflow.i128(i128, i128)
declare {i128, i1} @llvm.uadd.with.overflow.i128(i128, i128)
declare {i128, i1} @llvm.umul.with.overflow.i128(i128, i128)
declare {i128, i1} @llvm.usub.with.overflow.i128(i128, i128)
declare {i16, i1} @llvm.sadd.with.overflow.i16(i16, i16)
declare {i16, i1} @llvm.smul.with.overflow.i16(i16, i16)
declare {i16, i1} @llvm.ssub.with.overflow.i16(i16, i16)
declare {i16, i1} @llvm.uadd.with.overflow.i16(i16, i16)
declare {i16, i1} @llvm.umul.with.overflow.i16(i16, i16)
declare {i16, i1} @llvm.usub.with.overflow.i16(i16, i16)
declare {i2, i1} @llvm.sadd.with.overflow.i2(i2, i2)
declare {i2, i1} @llvm.smul.with.overflow.i2(i2, i2)
declare {i2, i1} @llvm.ssub.with.overflow.i2(i2, i2)
declare {i2, i1} @llvm.uadd.with.overflow.i2(i2, i2)
declare {i2, i1} @llvm.umul.with.overflow.i2(i2, i2)
declare {i2, i1} @llvm.usub.with.overflow.i2(i2, i2)
declare {i24, i1} @llvm.sadd.with.overflow.i24(i24, i24)
declare {i24, i1} @llvm.smul.with.overflow.i24(i24, i24)
declare {i24, i1} @llvm.ssub.with.overflow.i24(i24, i24)
declare {i24, i1} @llvm.uadd.with.overflow.i24(i24, i24)
declare {i24, i1} @llvm.umul.with.overflow.i24(i24, i24)
declare {i24, i1} @llvm.usub.with.overflow.i24(i24, i24)
declare {i32, i1} @llvm.sadd.with.overflow.i32(i32, i32)
declare {i32, i1} @llvm.smul.with.overflow.i32(i32, i32)
declare {i32, i1} @llvm.ssub.with.overflow.i32(i32, i32)
declare {i32, i1} @llvm.uadd.with.overflow.i32(i32, i32)
declare {i32, i1} @llvm.umul.with.overflow.i32(i32, i32)
declare {i32, i1} @llvm.usub.with.overflow.i32(i32, i32)
declare {i33, i1} @llvm.sadd.with.overflow.i33(i33, i33)
declare {i33, i1} @llvm.smul.with.overflow.i33(i33, i33)
declare {i33, i1} @llvm.ssub.with.overflow.i33(i33, i33)
declare {i33, i1} @llvm.uadd.with.overflow.i33(i33, i33)
declare {i33, i1} @llvm.umul.with.overflow.i33(i33, i33)
declare {i33, i1} @llvm.usub.with.overflow.i33(i33, i33)
declare {i48, i1} @llvm.sadd.with.overflow.i48(i48, i48)
declare {i48, i1} @llvm.smul.with.overflow.i48(i48, i48)
declare {i48, i1} @llvm.ssub.with.overflow.i48(i48, i48)
declare {i48, i1} @llvm.uadd.with.overflow.i48(i48, i48)
declare {i48, i1} @llvm.umul.with.overflow.i48(i48, i48)
declare {i48, i1} @llvm.usub.with.overflow.i48(i48, i48)
declare {i64, i1} @llvm.sadd.with.overflow.i64(i64, i64)
declare {i64, i1} @llvm.smul.with.overflow.i64(i64, i64)
declare {i64, i1} @llvm.ssub.with.overflow.i64(i64, i64)
declare {i64, i1} @llvm.uadd.with.overflow.i64(i64, i64)
declare {i64, i1} @llvm.umul.with.overflow.i64(i64, i64)
declare {i64, i1} @llvm.usub.with.overflow.i64(i64, i64)
declare {i72, i1} @llvm.sadd.with.overflow.i72(i72, i72)
declare {i72, i1} @llvm.smul.with.overflow.i72(i72, i72)
declare {i72, i1} @llvm.ssub.with.overflow.i72(i72, i72)
declare {i72, i1} @llvm.uadd.with.overflow.i72(i72, i72)
declare {i72, i1} @llvm.umul.with.overflow.i72(i72, i72)
declare {i72, i1} @llvm.usub.with.overflow.i72(i72, i72)
declare {i8, i1} @llvm.sadd.with.overflow.i8(i8, i8)
declare {i8, i1} @llvm.smul.with.overflow.i8(i8, i8)
declare {i8, i1} @llvm.ssub.with.overflow.i8(i8, i8)
declare {i8, i1} @llvm.uadd.with.overflow.i8(i8, i8)
declare {i8, i1} @llvm.umul.with.overflow.i8(i8, i8)
declare {i8, i1} @llvm.usub.with.overflow.i8(i8, i8)
