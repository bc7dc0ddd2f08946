/*
 * Mbed TLS build options for tests/tools/meshcop_commissioner.c: a DTLS 1.2
 * client with the one cipher suite Thread's MeshCoP uses,
 * TLS-ECJPAKE-WITH-AES-128-CCM-8 (EC-JPAKE on P-256, SHA-256), and nothing
 * else. Debian's libmbedtls leaves EC-JPAKE key exchange out, so the tool
 * is built against the Mbed TLS source vendored with OpenThread
 * (vendor/openthread-sys/openthread/third_party/mbedtls/repo) with these
 * options instead (docs/thread.md, "Border agent").
 */
#ifndef THRESHOLD_TEST_MBEDTLS_CONFIG_H
#define THRESHOLD_TEST_MBEDTLS_CONFIG_H

/* Platform: a Linux test host. */
#define MBEDTLS_HAVE_TIME
#define MBEDTLS_PLATFORM_C
#define MBEDTLS_NET_C
#define MBEDTLS_TIMING_C
#define MBEDTLS_ERROR_C

/* Randomness. */
#define MBEDTLS_ENTROPY_C
#define MBEDTLS_CTR_DRBG_C

/* Primitives of the suite. */
#define MBEDTLS_AES_C
#define MBEDTLS_CCM_C
#define MBEDTLS_CIPHER_C
#define MBEDTLS_MD_C
#define MBEDTLS_SHA256_C
#define MBEDTLS_BIGNUM_C
#define MBEDTLS_ECP_C
#define MBEDTLS_ECP_DP_SECP256R1_ENABLED
#define MBEDTLS_ECJPAKE_C

/* (D)TLS 1.2 client, EC-JPAKE key exchange. */
#define MBEDTLS_SSL_TLS_C
#define MBEDTLS_SSL_CLI_C
#define MBEDTLS_SSL_PROTO_TLS1_2
#define MBEDTLS_SSL_PROTO_DTLS
#define MBEDTLS_SSL_DTLS_HELLO_VERIFY
#define MBEDTLS_SSL_DTLS_ANTI_REPLAY
#define MBEDTLS_KEY_EXCHANGE_ECJPAKE_ENABLED

#endif
