# cmake -DINPUT=file -DOUTPUT=file.cpp -DSYMBOL=name -P embed.cmake
# Writes a C++ source holding INPUT's bytes as a 16-byte-aligned array (ICU
# requires its common data aligned).
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "((0x..,){32})" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp" "// Generated from ${INPUT} by wasm/embed.cmake. Do not edit.\n"
  "#include <cstddef>\n"
  "extern \"C\" {\nalignas(16) extern const unsigned char ${SYMBOL}[${size}] = {\n${bytes}\n};\n"
  "extern const size_t ${SYMBOL}_size = ${size};\n}\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
