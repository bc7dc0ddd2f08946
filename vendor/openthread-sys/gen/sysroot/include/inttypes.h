// See: <https://en.cppreference.com/w/c/header/inttypes.html>
#pragma once

#ifdef __cplusplus
extern "C" {
#endif

// This file only needs to exist for mbedtls.

#ifdef __cplusplus
} // extern "C"
#endif
