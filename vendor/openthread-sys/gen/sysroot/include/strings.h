// See: <https://pubs.opengroup.org/onlinepubs/9799919799/basedefs/strings.h.html>
#pragma once

#ifdef __cplusplus
extern "C" {
#endif

// This file only needs to exist for tcplp.

#ifdef __cplusplus
} // extern "C"
#endif
