/*
 * A minimal external Thread commissioner for Threshold's border agent test
 * (tests/thread_border_agent.rs): DTLS 1.2 with TLS-ECJPAKE-WITH-AES-128-CCM-8
 * (the PSKc as the EC-JPAKE password) to the border agent, then MeshCoP
 * requests as CoAP (RFC 7252) over that session:
 *
 *   petition   COMM_PET.req  POST c/cp  [Commissioner ID TLV]
 *   keepalive  COMM_KA.req   POST c/ca  [State TLV = accept, Session ID TLV]
 *   resign     COMM_KA.req   POST c/ca  [State TLV = reject, Session ID TLV]
 *   wait:<ms>  sleep
 *   hold:<ms>  keep the session open, answering nothing, for <ms>
 *
 * Byte layouts (Thread specification, MeshCoP TLVs: type u8, length u8,
 * value): Commissioner ID 10 (UTF-8), Commissioner Session ID 11 (u16 BE),
 * State 16 (1 byte: 1 accept, 0xFF reject). docs/thread.md, "Border agent",
 * has them with the CoAP framing.
 *
 * Usage: meshcop_commissioner <host> <port> <pskc-hex-32> <commissioner-id>
 *                             <step>...
 * Prints one line per event on standard output:
 *   handshake ok | handshake failed <mbedtls error>
 *   petition state=<n> session=<id>     keepalive state=<n>     resign state=<n>
 *   <step> no-response
 * Exit status: 0 when every step got an answer, 1 otherwise, 2 on usage.
 *
 * Written for this repository from the specifications; built by the test
 * with `cc` against the Mbed TLS source vendored with OpenThread
 * (tests/tools/meshcop_mbedtls_config.h says why).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mbedtls/ctr_drbg.h"
#include "mbedtls/entropy.h"
#include "mbedtls/error.h"
#include "mbedtls/net_sockets.h"
#include "mbedtls/ssl.h"
#include "mbedtls/timing.h"

#define TLV_COMMISSIONER_ID 10
#define TLV_SESSION_ID 11
#define TLV_STATE 16
#define STATE_ACCEPT 0x01
#define STATE_REJECT 0xFF

#define COAP_CON 0
#define COAP_NON 1
#define COAP_ACK 2
#define COAP_RST 3
#define COAP_POST 0x02
#define COAP_OPT_URI_PATH 11

static mbedtls_ssl_context ssl;
static uint16_t next_mid = 0x4100;
static uint8_t next_token = 0x10;

static void die_usage(void)
{
    fprintf(stderr, "usage: meshcop_commissioner <host> <port> <pskc-hex-32> <commissioner-id> "
                    "<petition|keepalive|resign|wait:MS|hold:MS>...\n");
    exit(2);
}

static int hex_nibble(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

/* Appends one CoAP option (RFC 7252 3.1; deltas and lengths < 13 only). */
static size_t put_option(uint8_t *p, unsigned delta, const char *value)
{
    size_t len = strlen(value);
    p[0] = (uint8_t)((delta << 4) | len);
    memcpy(p + 1, value, len);
    return 1 + len;
}

/* Builds a confirmable POST to c/<leaf> with a one-byte token. */
static size_t coap_post(uint8_t *buf, const char *leaf, const uint8_t *payload, size_t plen,
                        uint16_t *mid, uint8_t *token)
{
    size_t n = 0;
    *mid = next_mid++;
    *token = next_token++;
    buf[n++] = (uint8_t)((1 << 6) | (COAP_CON << 4) | 1); /* ver 1, CON, TKL 1 */
    buf[n++] = COAP_POST;
    buf[n++] = (uint8_t)(*mid >> 8);
    buf[n++] = (uint8_t)(*mid & 0xff);
    buf[n++] = *token;
    n += put_option(buf + n, COAP_OPT_URI_PATH, "c");
    n += put_option(buf + n, 0, leaf);
    if (plen > 0)
    {
        buf[n++] = 0xFF;
        memcpy(buf + n, payload, plen);
        n += plen;
    }
    return n;
}

/* An empty ACK for a confirmable message the agent sent. */
static void coap_ack(uint16_t mid)
{
    uint8_t ack[4] = {(1 << 6) | (COAP_ACK << 4), 0, (uint8_t)(mid >> 8), (uint8_t)(mid & 0xff)};
    mbedtls_ssl_write(&ssl, ack, sizeof(ack));
}

/* Finds TLV `type` in a MeshCoP payload; returns its length or -1. */
static int find_tlv(const uint8_t *p, size_t len, uint8_t type, const uint8_t **value)
{
    size_t at = 0;
    while (at + 2 <= len)
    {
        uint8_t t = p[at], l = p[at + 1];
        if (at + 2 + l > len) return -1;
        if (t == type)
        {
            *value = p + at + 2;
            return l;
        }
        at += 2 + (size_t)l;
    }
    return -1;
}

/*
 * Sends a request and waits (up to `within_ms`) for its response, piggy-backed
 * or separate; the payload is copied to `resp` (returns its length, -1 on no
 * response). Confirmable messages from the agent are acknowledged.
 */
static int exchange(const char *leaf, const uint8_t *payload, size_t plen, uint8_t *resp, long within_ms)
{
    uint8_t req[256], in[1500];
    uint16_t mid;
    uint8_t token;
    size_t n = coap_post(req, leaf, payload, plen, &mid, &token);
    long deadline = now_ms() + within_ms, next_send = 0;
    int tries = 0;
    int acked = 0;

    for (;;)
    {
        long now = now_ms();
        if (now >= deadline) return -1;
        if (!acked && now >= next_send && tries < 4)
        {
            if (mbedtls_ssl_write(&ssl, req, n) < 0) return -1;
            tries++;
            next_send = now + 2000L * tries;
        }
        int r = mbedtls_ssl_read(&ssl, in, sizeof(in));
        if (r == MBEDTLS_ERR_SSL_TIMEOUT || r == MBEDTLS_ERR_SSL_WANT_READ) continue;
        if (r <= 0) return -1;
        if (r < 4 || (in[0] >> 6) != 1) continue;
        int type = (in[0] >> 4) & 3, tkl = in[0] & 0xf;
        uint8_t code = in[1];
        uint16_t rmid = (uint16_t)((in[2] << 8) | in[3]);
        if ((size_t)r < 4u + (size_t)tkl) continue;
        if (type == COAP_CON) coap_ack(rmid);
        if (code == 0)
        {
            /* An empty ACK: the response follows separately. */
            if (type == COAP_ACK && rmid == mid) acked = 1;
            continue;
        }
        if (tkl != 1 || in[4] != token) continue;
        if ((code >> 5) != 2) return -1; /* not 2.xx */
        /* Skip the options to the payload marker. */
        size_t at = 5;
        while (at < (size_t)r && in[at] != 0xFF)
        {
            unsigned d = in[at] >> 4, l = in[at] & 0xf;
            at++;
            if (d == 13) at += 1;
            else if (d == 14) at += 2;
            if (l == 13) l = 13 + in[at++];
            else if (l == 14)
            {
                l = 269 + ((in[at] << 8) | in[at + 1]);
                at += 2;
            }
            at += l;
        }
        if (at >= (size_t)r) return 0;
        at++;
        memcpy(resp, in + at, (size_t)r - at);
        return r - (int)at;
    }
}

static int state_of(const uint8_t *p, int len)
{
    const uint8_t *v;
    if (len < 0) return -1;
    if (find_tlv(p, (size_t)len, TLV_STATE, &v) != 1) return -1;
    return v[0];
}

int main(int argc, char **argv)
{
    if (argc < 6) die_usage();
    const char *host = argv[1], *port = argv[2], *hex = argv[3], *cid = argv[4];
    unsigned char pskc[16];
    if (strlen(hex) != 32) die_usage();
    for (int i = 0; i < 16; i++)
    {
        int hi = hex_nibble(hex[2 * i]), lo = hex_nibble(hex[2 * i + 1]);
        if (hi < 0 || lo < 0) die_usage();
        pskc[i] = (unsigned char)(hi << 4 | lo);
    }
    if (strlen(cid) == 0 || strlen(cid) > 64) die_usage();
    setvbuf(stdout, NULL, _IOLBF, 0);

    mbedtls_net_context net;
    mbedtls_ssl_config conf;
    mbedtls_entropy_context entropy;
    mbedtls_ctr_drbg_context drbg;
    mbedtls_timing_delay_context timer;
    static const int suites[] = {MBEDTLS_TLS_ECJPAKE_WITH_AES_128_CCM_8, 0};
    char err[128];
    int ret;

    mbedtls_net_init(&net);
    mbedtls_ssl_init(&ssl);
    mbedtls_ssl_config_init(&conf);
    mbedtls_entropy_init(&entropy);
    mbedtls_ctr_drbg_init(&drbg);
    if ((ret = mbedtls_ctr_drbg_seed(&drbg, mbedtls_entropy_func, &entropy, (const unsigned char *)"mc", 2)) != 0 ||
        (ret = mbedtls_net_connect(&net, host, port, MBEDTLS_NET_PROTO_UDP)) != 0 ||
        (ret = mbedtls_ssl_config_defaults(&conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_DATAGRAM,
                                           MBEDTLS_SSL_PRESET_DEFAULT)) != 0)
    {
        mbedtls_strerror(ret, err, sizeof(err));
        printf("setup failed %s\n", err);
        return 1;
    }
    mbedtls_ssl_conf_rng(&conf, mbedtls_ctr_drbg_random, &drbg);
    mbedtls_ssl_conf_authmode(&conf, MBEDTLS_SSL_VERIFY_NONE);
    mbedtls_ssl_conf_ciphersuites(&conf, suites);
    mbedtls_ssl_conf_min_tls_version(&conf, MBEDTLS_SSL_VERSION_TLS1_2);
    mbedtls_ssl_conf_max_tls_version(&conf, MBEDTLS_SSL_VERSION_TLS1_2);
    mbedtls_ssl_conf_handshake_timeout(&conf, 1000, 8000);
    mbedtls_ssl_conf_read_timeout(&conf, 200);
    if ((ret = mbedtls_ssl_setup(&ssl, &conf)) != 0 ||
        (ret = mbedtls_ssl_set_hs_ecjpake_password(&ssl, pskc, sizeof(pskc))) != 0)
    {
        mbedtls_strerror(ret, err, sizeof(err));
        printf("setup failed %s\n", err);
        return 1;
    }
    mbedtls_ssl_set_bio(&ssl, &net, mbedtls_net_send, mbedtls_net_recv, mbedtls_net_recv_timeout);
    mbedtls_ssl_set_timer_cb(&ssl, &timer, mbedtls_timing_set_delay, mbedtls_timing_get_delay);

    long hs_deadline = now_ms() + 20000;
    do
    {
        ret = mbedtls_ssl_handshake(&ssl);
    } while ((ret == MBEDTLS_ERR_SSL_WANT_READ || ret == MBEDTLS_ERR_SSL_WANT_WRITE || ret == MBEDTLS_ERR_SSL_TIMEOUT) &&
             now_ms() < hs_deadline);
    if (ret != 0)
    {
        mbedtls_strerror(ret, err, sizeof(err));
        printf("handshake failed -0x%04x %s\n", (unsigned)-ret, err);
        return 1;
    }
    printf("handshake ok\n");

    int status = 0;
    uint16_t session = 0;
    for (int i = 5; i < argc; i++)
    {
        const char *step = argv[i];
        uint8_t payload[128], resp[1500];
        size_t plen = 0;
        int len;
        if (strncmp(step, "wait:", 5) == 0 || strncmp(step, "hold:", 5) == 0)
        {
            long until = now_ms() + atol(step + 5);
            while (now_ms() < until)
            {
                uint8_t in[1500];
                int r = mbedtls_ssl_read(&ssl, in, sizeof(in));
                if (r > 4 && ((in[0] >> 4) & 3) == COAP_CON) coap_ack((uint16_t)((in[2] << 8) | in[3]));
                if (r == 0 || r == MBEDTLS_ERR_SSL_PEER_CLOSE_NOTIFY)
                {
                    printf("closed by the agent\n");
                    break;
                }
            }
            continue;
        }
        if (strcmp(step, "petition") == 0)
        {
            payload[plen++] = TLV_COMMISSIONER_ID;
            payload[plen++] = (uint8_t)strlen(cid);
            memcpy(payload + plen, cid, strlen(cid));
            plen += strlen(cid);
            len = exchange("cp", payload, plen, resp, 15000);
            const uint8_t *v;
            if (len >= 0 && find_tlv(resp, (size_t)len, TLV_SESSION_ID, &v) == 2)
                session = (uint16_t)((v[0] << 8) | v[1]);
            if (len < 0)
            {
                printf("petition no-response\n");
                status = 1;
                continue;
            }
            printf("petition state=%d session=%u\n", state_of(resp, len), session);
            continue;
        }
        if (strcmp(step, "keepalive") == 0 || strcmp(step, "resign") == 0)
        {
            payload[plen++] = TLV_STATE;
            payload[plen++] = 1;
            payload[plen++] = strcmp(step, "resign") == 0 ? STATE_REJECT : STATE_ACCEPT;
            payload[plen++] = TLV_SESSION_ID;
            payload[plen++] = 2;
            payload[plen++] = (uint8_t)(session >> 8);
            payload[plen++] = (uint8_t)(session & 0xff);
            len = exchange("ca", payload, plen, resp, 15000);
            if (len < 0)
            {
                printf("%s no-response\n", step);
                status = 1;
                continue;
            }
            printf("%s state=%d\n", step, state_of(resp, len));
            continue;
        }
        die_usage();
    }
    mbedtls_ssl_close_notify(&ssl);
    mbedtls_net_free(&net);
    mbedtls_ssl_free(&ssl);
    mbedtls_ssl_config_free(&conf);
    mbedtls_ctr_drbg_free(&drbg);
    mbedtls_entropy_free(&entropy);
    return status;
}
